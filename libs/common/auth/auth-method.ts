/**
 * How a session began (OpenID's `amr` values, RFC 8176 in spirit): recorded on the session row and
 * in its access tokens. Where two-factor is required, what counts is the session's methods, not
 * whether its user has two-factor on today.
 */
export enum AuthMethod {
  PASSWORD = 'password',
  TOTP = 'totp',
  RECOVERY = 'recovery',
  PASSKEY = 'passkey',
}

export const AUTH_METHODS: readonly AuthMethod[] = Object.values(AuthMethod);

/** A second factor besides the password: a code of the app, a recovery code, or a passkey (stage 10). */
const SECOND_FACTORS: ReadonlySet<string> = new Set([AuthMethod.TOTP, AuthMethod.RECOVERY, AuthMethod.PASSKEY]);

/** Whether a session that began with `methods` counts as two-factor. */
export function isTwoFactor(methods: readonly string[] | undefined): boolean {
  return (methods ?? []).some((method) => SECOND_FACTORS.has(method));
}
