import type { ApolloServerPlugin } from '@apollo/server';
import {
  defaultFieldResolver,
  getNamedType,
  GraphQLString,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { ErrorCode } from '../errors/error-code';
import { RESPONSE_TEXT_BUDGET, spendText, type RequestContext } from './request-context';

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

function charge(context: RequestContext, value: unknown): unknown {
  if (typeof value === 'string') spendText(context, value);
  else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') spendText(context, item);
  return value;
}

/**
 * Counts every String field of every response against RESPONSE_TEXT_BUDGET, whatever its
 * type — a timeline body, a comment, a name — so that no field added later can escape the
 * budget by being forgotten. Wraps the resolvers of the built schema (Nest's transformSchema);
 * subscriptions are left out, as their events are counted one by one by nobody and are small.
 */
export function countTextAgainstBudget(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (getNamedType(field.type).name !== GraphQLString.name) continue;
      const resolve: GraphQLFieldResolver<unknown, RequestContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: RequestContext, info) => {
        const value = resolve(source, args, context, info);
        if (info.operation.operation === 'subscription' || !context) return value;
        return isPromiseLike(value) ? Promise.resolve(value).then((v) => charge(context, v)) : charge(context, value);
      };
    }
  }
  return schema;
}

/**
 * A response over the budget answers one error and no data: without this, every field after the
 * budget ran out would add its own error (a thousand entries of a list, each with its message).
 */
export function textBudgetPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (!contextValue.textOverBudget || response.body.kind !== 'single') return;
          response.body.singleResult = {
            errors: [
              {
                message: `This response would carry more than ${RESPONSE_TEXT_BUDGET} characters of text: ask for fewer items or fields at once`,
                extensions: { code: ErrorCode.BAD_USER_INPUT },
              },
            ],
          };
        },
      };
    },
  };
}
