/** The error codes of the public contract, carried in `extensions.code`. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** The password was right, but the account has two-factor sign-in on and no valid code came with it. */
  TWO_FACTOR_REQUIRED = 'TWO_FACTOR_REQUIRED',
  /** The step needs an authentication less than 5 minutes old: `reauthenticate`, then try again. */
  REAUTHENTICATION_REQUIRED = 'REAUTHENTICATION_REQUIRED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  STALE_VERSION = 'STALE_VERSION',
  DEADLINE_PASSED = 'DEADLINE_PASSED',
  INVALID_STATE = 'INVALID_STATE',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
