import { defineMessages, useIntl } from 'react-intl';
import type { CombinedError } from 'urql';

/** What each of the API's error codes means to the person using the app: never the raw message. */
const PLAIN = defineMessages({
  UNAUTHENTICATED: { id: 'error.UNAUTHENTICATED', defaultMessage: 'Please sign in again: your session has ended.' },
  FORBIDDEN: { id: 'error.FORBIDDEN', defaultMessage: 'Your role in this organisation does not allow this.' },
  NOT_FOUND: {
    id: 'error.NOT_FOUND',
    defaultMessage: 'We could not find this. The link may be wrong, expired, or not meant for this account.',
  },
  BAD_USER_INPUT: {
    id: 'error.BAD_USER_INPUT',
    defaultMessage: 'Some of what you entered is not valid. Please check the form and try again.',
  },
  CONFLICT: { id: 'error.CONFLICT', defaultMessage: 'This already exists, or was changed by someone else meanwhile.' },
  STALE_VERSION: {
    id: 'error.STALE_VERSION',
    defaultMessage: 'The letter changed while you were reading it. Read the new text, then sign again.',
  },
  DEADLINE_PASSED: { id: 'error.DEADLINE_PASSED', defaultMessage: 'The deadline for this has passed.' },
  INVALID_STATE: { id: 'error.INVALID_STATE', defaultMessage: 'This cannot be done at the letter’s current stage.' },
  RATE_LIMITED: { id: 'error.RATE_LIMITED', defaultMessage: 'Too many attempts. Please wait a minute and try again.' },
  TWO_FACTOR_REQUIRED: {
    id: 'error.TWO_FACTOR_REQUIRED',
    defaultMessage: 'Enter the code from your authenticator app (or a recovery code).',
  },
  REAUTHENTICATION_REQUIRED: {
    id: 'error.REAUTHENTICATION_REQUIRED',
    defaultMessage: 'Please confirm it is you (enter your password again) to continue.',
  },
  network: {
    id: 'error.network',
    defaultMessage: 'The server could not be reached. Check your connection; what you entered is kept.',
  },
  unknown: { id: 'error.unknown', defaultMessage: 'Something went wrong on our side. Please try again.' },
});

type Code = Exclude<keyof typeof PLAIN, 'network' | 'unknown'>;

export function errorCode(error: CombinedError | undefined): string | undefined {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Words an error in the page's language: `describe(error, overrides)`, where `overrides` words a code for one form. */
export function useDescribeError(): (
  error: CombinedError | undefined,
  overrides?: Partial<Record<string, string>>,
) => string | null {
  const intl = useIntl();
  return (error, overrides = {}) => {
    if (!error) return null;
    if (error.networkError && !error.graphQLErrors.length) return intl.formatMessage(PLAIN.network);
    const code = errorCode(error);
    if (code && overrides[code]) return overrides[code];
    if (code && code in PLAIN && code !== 'network' && code !== 'unknown')
      return intl.formatMessage(PLAIN[code as Code]);
    return intl.formatMessage(PLAIN.unknown);
  };
}
