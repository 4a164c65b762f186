import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { loggableError } from '../logging/redact';
import { ErrorCode } from './error-code';
import { toPublicError } from './to-public-error';

const CONTRACT_CODES = new Set<string>(Object.values(ErrorCode));
/** Apollo's own codes for a request that never reached a resolver. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const logger = new Logger('GraphQL');

/**
 * Apollo's formatError: keeps only a contract code and a safe message, never a stack trace.
 * Errors from operations were already shaped by AllExceptionsFilter; errors thrown in field
 * resolvers (which Nest filters do not see) are shaped here the same way.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  const base = { locations: formatted.locations, path: formatted.path };
  // AllExceptionsFilter (which sets `logged`) already made the message safe, an internal error's too.
  const filtered = typeof formatted.extensions?.logged === 'boolean';
  if (CONTRACT_CODES.has(code) && (code !== ErrorCode.INTERNAL_SERVER_ERROR || filtered)) {
    return { ...base, message: formatted.message, extensions: { code } };
  }
  if (REQUEST_CODES.has(code) || isRequestRefusal(error)) {
    return { ...base, message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  const original = unwrapResolverError(error);
  const shaped = toPublicError(original);
  if (shaped.unexpected && formatted.extensions?.logged !== true) {
    logger.error({ err: loggableError(original) }, 'unexpected GraphQL error');
  }
  return { ...base, message: shaped.message, extensions: { code: shaped.code } };
}

/** Apollo refuses some requests (a persisted-query hash that does not match) with a 4xx status and no code. */
function isRequestRefusal(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.path) return false;
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  return status !== undefined && status >= 400 && status < 500;
}
