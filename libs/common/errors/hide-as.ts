import { DomainError, notFound } from './domain-error';
import { ErrorCode } from './error-code';

const HIDDEN: readonly ErrorCode[] = [ErrorCode.NOT_FOUND, ErrorCode.FORBIDDEN];

/**
 * For `.catch(hideAs('Comment'))` around a permission check on what a thing belongs to: a caller
 * who may not reach the letter learns nothing of the comment, so the check's NOT_FOUND or FORBIDDEN
 * (or only the given `codes`) becomes "Comment not found". Everything else — a deadlock, a lost
 * connection, another rule's error — is rethrown unchanged.
 */
export function hideAs(what: string, codes: readonly ErrorCode[] = HIDDEN): (error: unknown) => never {
  return (error: unknown) => {
    if (error instanceof DomainError && codes.includes(error.code)) throw notFound(what);
    throw error;
  };
}
