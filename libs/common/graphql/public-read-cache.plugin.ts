import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { Kind, OperationTypeNode } from 'graphql';

export interface PublicReadCacheOptions {
  /** `max-age` of a public read; 0 keeps every response private. */
  maxAgeSeconds: number;
  /** Root query fields that read only what anyone may see (letters, signatories, organisations). */
  publicRootFields: readonly string[];
}

export const PRIVATE_NO_STORE = 'private, no-store';

/**
 * Sets `Cache-Control` on every GraphQL response over HTTP: `public, max-age=N` only for an
 * anonymous GET query of public root fields that answered without an error and found what it
 * asked for; `private, no-store` for everything else. An answer to a caller without an
 * Authorization header depends only on the URL, so a shared cache may serve it to anyone.
 * The ETag, and 304 for a matching If-None-Match, are Express's own (`res.send`).
 */
export function publicReadCachePlugin(options: PublicReadCacheOptions): ApolloServerPlugin<BaseContext> {
  const publicFields = new Set([...options.publicRootFields, '__typename']);
  const publicHeader = `public, max-age=${options.maxAgeSeconds}`;
  return {
    async requestDidStart() {
      return {
        async willSendResponse(requestContext) {
          if (!requestContext.request.http) return; // executed in-process, not over HTTP
          const headers = requestContext.response.http.headers;
          if (options.maxAgeSeconds > 0 && isPublicRead(requestContext, publicFields)) {
            headers.set('cache-control', publicHeader);
            // Another Accept gets another content type; a caller with a token gets their own view.
            headers.set('vary', 'Accept, Authorization');
          } else {
            headers.set('cache-control', PRIVATE_NO_STORE);
          }
        },
      };
    },
  };
}

function isPublicRead(
  requestContext: GraphQLRequestContextWillSendResponse<BaseContext>,
  publicFields: Set<string>,
): boolean {
  return requestContext.request.http?.method === 'GET' && isAnonymousPublicResult(requestContext, publicFields);
}

/**
 * An answer that depends on nothing but the request: a query by a caller without an
 * Authorization header, of public root fields only, that found what it asked for without an error.
 */
export function isAnonymousPublicResult(
  { request, operation, response }: GraphQLRequestContextWillSendResponse<BaseContext>,
  publicFields: Set<string>,
): boolean {
  if (!request.http || request.http.headers.get('authorization') !== undefined) return false;
  if (operation?.operation !== OperationTypeNode.QUERY || response.body.kind !== 'single') return false;
  const { data, errors } = response.body.singleResult;
  if (errors?.length || !data) return false;
  // A null root (a letter the public may not see, or none) is not cached either: errors and
  // absences stay private, so a private letter can never be served from a shared cache.
  return operation.selectionSet.selections.every(
    (selection) =>
      selection.kind === Kind.FIELD &&
      publicFields.has(selection.name.value) &&
      data[(selection.alias ?? selection.name).value] != null,
  );
}
