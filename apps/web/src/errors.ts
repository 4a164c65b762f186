import type { CombinedError } from 'urql';

/** What each of the API's error codes means to the person using the app: never the raw message. */
const PLAIN: Record<string, string> = {
  UNAUTHENTICATED: 'Please sign in again: your session has ended.',
  FORBIDDEN: 'Your role in this organisation does not allow this.',
  NOT_FOUND: 'We could not find this. The link may be wrong, expired, or not meant for this account.',
  BAD_USER_INPUT: 'Some of what you entered is not valid. Please check the form and try again.',
  CONFLICT: 'This already exists, or was changed by someone else meanwhile.',
  STALE_VERSION: 'The letter changed while you were reading it. Read the new text, then sign again.',
  DEADLINE_PASSED: 'The deadline for this has passed.',
  INVALID_STATE: 'This cannot be done at the letter’s current stage.',
  RATE_LIMITED: 'Too many attempts. Please wait a minute and try again.',
  TWO_FACTOR_REQUIRED: 'Enter the code from your authenticator app (or a recovery code).',
  REAUTHENTICATION_REQUIRED: 'Please confirm it is you (enter your password again) to continue.',
};

export function errorCode(error: CombinedError | undefined): string | undefined {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A sentence for an error; `overrides` words a code for one form. */
export function describeError(
  error: CombinedError | undefined,
  overrides: Partial<Record<string, string>> = {},
): string | null {
  if (!error) return null;
  if (error.networkError && !error.graphQLErrors.length) {
    return 'The server could not be reached. Check your connection; what you entered is kept.';
  }
  const code = errorCode(error);
  return (code && (overrides[code] ?? PLAIN[code])) || 'Something went wrong on our side. Please try again.';
}
