import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { DomainError } from './domain-error';
import { ErrorCode } from './error-code';

export interface PublicError {
  code: ErrorCode;
  message: string;
  /** True when the failure was not foreseen and deserves a stack trace in the logs. */
  unexpected: boolean;
  /** For plain HTTP routes, when the code's usual status does not fit (503 while the database is down). */
  httpStatus?: number;
}

/**
 * The database is down or restarting: a server fault (INTERNAL_SERVER_ERROR, there is no contract
 * code for it) that the client may retry; plain HTTP routes answer 503, GraphQL 200 with the error.
 */
export const DATABASE_UNAVAILABLE: PublicError = {
  code: ErrorCode.INTERNAL_SERVER_ERROR,
  message: 'The database is unavailable; try again shortly',
  unexpected: false,
  httpStatus: HttpStatus.SERVICE_UNAVAILABLE,
};

/**
 * Connection exceptions (08), insufficient resources such as too many connections while every
 * process reconnects at once (53), shutting down or starting up (57P01-57P03), statement timeout (57014).
 */
const UNAVAILABLE_SQLSTATE = /^(08...|53...|57P0[123]|57014)$/;
const UNAVAILABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ENOTCONN',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
/** What node-postgres says, without a code, when a connection breaks or the pool waits too long. */
const UNAVAILABLE_MESSAGE =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/** Whether an error (or the driver error or cause it wraps) says the database cannot be reached. */
export function isDatabaseUnavailable(exception: unknown): boolean {
  // TypeORM releases a transaction's query runner when its connection breaks (either class, by where
  // the next statement of the transaction finds it).
  if (
    exception instanceof QueryRunnerAlreadyReleasedError ||
    exception instanceof QueryRunnerProviderAlreadyReleasedError
  )
    return true;
  // Duck-typed: errors from Node's sockets may come from another realm than this code's Error.
  let error = exception as
    { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown } | undefined;
  for (let depth = 0; typeof error === 'object' && error !== null && depth < 3; depth += 1) {
    const { code, message } = error;
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
    // A connection tried on several addresses fails with an AggregateError of each attempt's error.
    if (Array.isArray(error.errors) && error.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    error = (error.driverError ?? error.cause) as typeof error;
  }
  return false;
}

const PG_MESSAGES: Record<string, PublicError> = {
  '23505': { code: ErrorCode.CONFLICT, message: 'This already exists', unexpected: false },
  '22P02': { code: ErrorCode.BAD_USER_INPUT, message: 'A value has the wrong format', unexpected: false },
  '23514': { code: ErrorCode.BAD_USER_INPUT, message: 'A value is out of the allowed range', unexpected: false },
  '22001': { code: ErrorCode.BAD_USER_INPUT, message: 'A value is too long', unexpected: false },
  // Values PostgreSQL cannot store or read (U+0000 in text, a year 0, an integer overflow): refused
  // at the edge already, mapped here too so that one that slips through is still the caller's error.
  '22021': {
    code: ErrorCode.BAD_USER_INPUT,
    message: 'A value contains a character that cannot be stored',
    unexpected: false,
  },
  '22P05': {
    code: ErrorCode.BAD_USER_INPUT,
    message: 'A value contains a character that cannot be stored',
    unexpected: false,
  },
  '22003': { code: ErrorCode.BAD_USER_INPUT, message: 'A number is out of range', unexpected: false },
  '22007': { code: ErrorCode.BAD_USER_INPUT, message: 'A date has the wrong format', unexpected: false },
  '22008': { code: ErrorCode.BAD_USER_INPUT, message: 'A date is out of range', unexpected: false },
  '40001': { code: ErrorCode.CONFLICT, message: 'Concurrent change; try again', unexpected: false },
  '40P01': { code: ErrorCode.CONFLICT, message: 'Concurrent change; try again', unexpected: false },
};

const HTTP_CODES: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.UNAUTHORIZED]: ErrorCode.UNAUTHENTICATED,
  [HttpStatus.FORBIDDEN]: ErrorCode.FORBIDDEN,
  [HttpStatus.NOT_FOUND]: ErrorCode.NOT_FOUND,
  [HttpStatus.CONFLICT]: ErrorCode.CONFLICT,
  [HttpStatus.PAYLOAD_TOO_LARGE]: ErrorCode.BAD_USER_INPUT,
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.RATE_LIMITED,
};

/** Validation messages name fields and rules; they never echo the submitted values. */
function validationMessage(exception: BadRequestException): string {
  const response = exception.getResponse();
  if (typeof response === 'object' && response !== null && 'message' in response) {
    const message = (response as { message: unknown }).message;
    if (Array.isArray(message)) return message.join('; ');
    if (typeof message === 'string') return message;
  }
  return 'Invalid input';
}

/** Turns anything thrown into what a client may see: a contract code and a safe message. */
export function toPublicError(exception: unknown): PublicError {
  if (exception instanceof DomainError) {
    return { code: exception.code, message: exception.message, unexpected: false };
  }
  if (exception instanceof ThrottlerException) {
    return { code: ErrorCode.RATE_LIMITED, message: 'Too many attempts; try again in a minute', unexpected: false };
  }
  if (exception instanceof BadRequestException) {
    return { code: ErrorCode.BAD_USER_INPUT, message: validationMessage(exception), unexpected: false };
  }
  if (exception instanceof HttpException) {
    const code = HTTP_CODES[exception.getStatus()];
    if (code) return { code, message: exception.message, unexpected: false };
  }
  if (exception instanceof QueryFailedError) {
    const pgCode = (exception.driverError as { code?: string } | undefined)?.code;
    const known = pgCode ? PG_MESSAGES[pgCode] : undefined;
    if (known) return known;
  }
  if (isDatabaseUnavailable(exception)) return DATABASE_UNAVAILABLE;
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error', unexpected: true };
}
