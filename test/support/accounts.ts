import { Secret, TOTP } from 'otpauth';
import { graphql } from '../gql';
import type { LogInMutation } from '../gql/graphql';
import { eventually } from './eventually';
import { PASSWORD } from './factories';
import type { ReceivedMail, SmtpSink } from './smtp-sink';
import type { GqlResponse, TestApp } from './test-app';

/** Documents and steps of the accounts tests: logging in from a device, two-factor, resets. */

export const LOG_IN = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      accessToken
      refreshToken
      user {
        id
        emailVerified
        twoFactorEnabled
      }
    }
  }
`);

export const ME = graphql(`
  query Me {
    me {
      id
    }
  }
`);

export const REFRESH_SESSION = graphql(`
  mutation RefreshSession($t: String!) {
    refreshSession(refreshToken: $t) {
      accessToken
      refreshToken
    }
  }
`);

export const START_TWO_FACTOR = graphql(`
  mutation StartTwoFactorSetup {
    startTwoFactorSetup {
      secret
      otpauthUrl
    }
  }
`);

export const CONFIRM_TWO_FACTOR = graphql(`
  mutation ConfirmTwoFactor($code: String!) {
    confirmTwoFactor(code: $code)
  }
`);

export const DISABLE_TWO_FACTOR = graphql(`
  mutation DisableTwoFactor($code: String!) {
    disableTwoFactor(code: $code)
  }
`);

export const REVOKE_SESSION = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($token: String!, $password: String!, $code: String) {
    resetPassword(token: $token, password: $password, code: $code)
  }
`);

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($current: String!, $password: String!) {
    changePassword(currentPassword: $current, password: $password)
  }
`);

export const CHANGE_EMAIL = graphql(`
  mutation ChangeEmail($email: String!) {
    changeEmail(email: $email)
  }
`);

export const CONFIRM_EMAIL_CHANGE = graphql(`
  mutation ConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token) {
      id
      email
      emailVerified
    }
  }
`);

/**
 * Logs in from the device its User-Agent names: sign-in throttling and sessions tell devices apart
 * by it (signUp's log-in sends none, so the tests' default is another, unknown device).
 */
export function logIn(
  app: TestApp,
  email: string,
  { password = PASSWORD, code, userAgent = 'e2e-test' }: { password?: string; code?: string; userAgent?: string } = {},
): Promise<GqlResponse<LogInMutation>> {
  return app.gql(LOG_IN, { input: { email, password, code } }, undefined, { 'User-Agent': userAgent });
}

export function totpOf(secret: string): TOTP {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
}

/** The code of `stepsAhead` steps later: valid within the window, and never used before when ahead. */
export function codeAt(secret: string, stepsAhead: number): string {
  return totpOf(secret).generate({ timestamp: Date.now() + stepsAhead * 30_000 });
}

/** A code of the step after the current one: valid (within the window) and never used before. */
export function nextCode(secret: string): string {
  return codeAt(secret, 1);
}

/** Turns two-factor on from the session of `token`, with the current code. */
export async function enableTwoFactor(
  app: TestApp,
  token: string,
): Promise<{ secret: string; otpauthUrl: string; recoveryCodes: string[] }> {
  const started = await app.gql(START_TWO_FACTOR, {}, token);
  const setup = started.body.data?.startTwoFactorSetup;
  if (!setup) throw new Error(`startTwoFactorSetup failed: ${started.text}`);
  const confirmed = await app.gql(CONFIRM_TWO_FACTOR, { code: codeAt(setup.secret, 0) }, token);
  const recoveryCodes = confirmed.body.data?.confirmTwoFactor;
  if (!recoveryCodes) throw new Error(`confirmTwoFactor failed: ${confirmed.text}`);
  return { ...setup, recoveryCodes };
}

/** Asks for a reset link; the answer is true whether or not the address has an account. */
export async function requestReset(app: TestApp, email: string): Promise<void> {
  const asked = await app.gql(REQUEST_PASSWORD_RESET, { email });
  expect(asked.body.data?.requestPasswordReset).toBe(true);
}

/** The `nth` password reset mail to `email`, once it has arrived. */
export function resetMail(smtp: SmtpSink, email: string, nth = 1): Promise<ReceivedMail> {
  return eventually(
    () =>
      smtp.messages.filter(
        (m) => m.to.includes(email) && /reset your undersigned password/i.test(m.parsed.subject ?? ''),
      )[nth - 1],
    { what: `reset mail ${nth} to ${email}` },
  );
}
