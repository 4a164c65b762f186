import { HeaderMap, type ApolloServerPlugin, type BaseContext, type GraphQLResponse } from '@apollo/server';
import { isAnonymousPublicResult } from './public-read-cache.plugin';

export interface PublicResponseCacheOptions {
  /** How long an answer is reused; 0 turns the cache off. */
  ttlMs: number;
  maxEntries: number;
  /** Root query fields that read only what anyone may see. */
  publicRootFields: readonly string[];
}

interface Entry {
  expires: number;
  data: Record<string, unknown>;
}

/**
 * A public letter's page is read by crowds without a token: the same query with the same
 * variables, thousands of times a second. This process answers such a query from the answer it
 * gave less than `ttlMs` ago, without executing it, so that a crowd reaches PostgreSQL about once
 * per `ttlMs` per process. Only answers that `isAnonymousPublicResult` would let any shared HTTP
 * cache keep are kept (anonymous, public root fields, found, no error): the same rule, over POST
 * too. What it may serve is at most `ttlMs` older than the truth, less than HTTP caches may.
 */
export function publicResponseCachePlugin(options: PublicResponseCacheOptions): ApolloServerPlugin<BaseContext> {
  const publicFields = new Set([...options.publicRootFields, '__typename']);
  const entries = new Map<string, Entry>();
  return {
    async requestDidStart({ request }) {
      if (options.ttlMs <= 0 || !request.http || request.http.headers.get('authorization') !== undefined) return;
      let key: string | undefined;
      let hit = false;
      return {
        async responseForOperation(requestContext): Promise<GraphQLResponse | null> {
          if (requestContext.operation.operation !== 'query') return null;
          key = JSON.stringify([requestContext.queryHash, request.operationName ?? null, request.variables ?? {}]);
          const entry = entries.get(key);
          if (!entry || entry.expires <= Date.now()) return null;
          hit = true;
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: entry.data } },
          };
        },
        async willSendResponse(requestContext) {
          if (hit || !key || !isAnonymousPublicResult(requestContext, publicFields)) return;
          if (requestContext.response.body.kind !== 'single') return;
          if (entries.size >= options.maxEntries) entries.delete(entries.keys().next().value as string);
          entries.set(key, {
            expires: Date.now() + options.ttlMs,
            data: requestContext.response.body.singleResult.data as Record<string, unknown>,
          });
        },
      };
    },
  };
}
