import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './request-context';

const APPLICATION_JSON = 'application/json';
const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/** Apollo's codes for a well-formed request whose document or variables GraphQL refused. */
const GRAPHQL_REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT', // variable coercion
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Status codes by the GraphQL over HTTP spec: Apollo answers 400 to parse, validation and
 * variable errors whatever the client accepts; with the legacy `application/json` response a
 * well-formed request SHOULD get 200 (older clients read the body only then), while
 * `application/graphql-response+json` keeps 400.
 */
export function responseStatusPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, errors, response }) {
          if (response.http.status !== 400 || !errors?.length) return;
          if (!errors.every((error) => GRAPHQL_REQUEST_ERRORS.has(String(error.extensions.code)))) return;
          // The same negotiation as Apollo's: application/json unless graphql-response+json is preferred.
          if (contextValue.req.accepts([APPLICATION_JSON, GRAPHQL_RESPONSE_JSON]) === GRAPHQL_RESPONSE_JSON) return;
          response.http.status = 200;
        },
      };
    },
  };
}
