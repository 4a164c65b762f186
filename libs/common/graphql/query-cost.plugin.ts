import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type ValidationRule } from 'graphql';
import { ErrorCode } from '../errors/error-code';
import { operationCost } from './query-cost';
import type { RequestContext } from './request-context';

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

function tooCostly(maxCost: number, cost: number): GraphQLError {
  return new GraphQLError(
    `Query cost limit of ${maxCost} exceeded, found at least ${Math.ceil(cost)}: ask for fewer items, fields or aliases at once`,
    { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } },
  );
}

/**
 * Refuses an operation costing more than `maxCost` (./query-cost.ts) once its variables are
 * known, before any resolver runs: over HTTP, Apollo resolves the operation with the request's
 * variables, so `first: $n` counts as `n` items. The walk stops once the cost passes `maxCost`.
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost({
            schema,
            operation,
            fragments: fragmentsOf(document),
            variables: request.variables,
            limit: maxCost,
          });
          if (cost > maxCost) throw tooCostly(maxCost, cost);
        },
      };
    },
  };
}

/**
 * The same limit as a validation rule, for subscriptions over WebSocket (graphql-ws validates
 * before it sees variables; subscriptions take no page sizes, so defaults are exact there).
 */
export function queryCostRule(maxCost: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const document = context.getDocument();
      const cost = operationCost({
        schema: context.getSchema(),
        operation,
        fragments: fragmentsOf(document),
        limit: maxCost,
      });
      if (cost > maxCost) context.reportError(tooCostly(maxCost, cost));
    },
  });
}
