import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { unauthenticated } from '../errors';
import type { ApiKeyPrincipal } from './api-key-registry';
import { requestOf } from './request-of';

/** The authenticated caller, as proven by its access token. */
export interface Actor {
  userId: string;
  /** When the access token expires (ms since the epoch): long-lived subscriptions end then. */
  expiresAt?: number;
  /** The session (refresh-token family) the access token was issued for. */
  sessionId?: string;
  /**
   * How that session began (AuthMethod values), as its row says at this request (the guard reads
   * it): two-factor requirements are decided on these, never on the user's settings.
   */
  methods?: readonly string[];
  /**
   * Set when the caller is an organisation's API key, not a person: `userId` is then
   * API_KEY_USER_ID (no account), and the key acts for `apiKey.organisationId` as a COORDINATOR at
   * most, on the operations declared with @AllowApiKeys only.
   */
  apiKey?: ApiKeyPrincipal;
}

/** The caller, or null for an anonymous one (on PUBLIC operations). */
export const OptionalActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor | null => requestOf(context).user ?? null,
);

/** The caller; for AUTHENTICATED operations, where the guard has already proven there is one. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).user;
  if (!actor) throw unauthenticated();
  return actor;
});
