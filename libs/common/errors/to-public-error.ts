import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { QueryFailedError } from 'typeorm';
import { DomainError } from './domain-error';
import { ErrorCode } from './error-code';

export interface PublicError {
  code: ErrorCode;
  message: string;
  /** True when the failure was not foreseen and deserves a stack trace in the logs. */
  unexpected: boolean;
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
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error', unexpected: true };
}
