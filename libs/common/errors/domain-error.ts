import { ErrorCode } from './error-code';

/**
 * An expected failure of a domain rule. Its message is shown to the caller, so it must never
 * carry another user's data, SQL or anything internal.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string): DomainError => new DomainError(ErrorCode.NOT_FOUND, `${what} not found`);
export const badInput = (message: string): DomainError => new DomainError(ErrorCode.BAD_USER_INPUT, message);
export const invalidState = (message: string): DomainError => new DomainError(ErrorCode.INVALID_STATE, message);
export const forbidden = (message: string): DomainError => new DomainError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'Authentication required'): DomainError =>
  new DomainError(ErrorCode.UNAUTHENTICATED, message);
