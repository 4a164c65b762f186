import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { DomainError, ErrorCode, forbidden, unauthenticated } from '../errors';
import { AccountRegistry } from './account-registry';
import type { Actor } from './actor';
import { API_KEY_USER_ID, ApiKeyRegistry, presentedApiKey } from './api-key-registry';
import { ALLOW_API_KEYS_KEY, ALLOW_KEY, Permission } from './permission';
import { requestOf } from './request-of';
import { SessionRegistry } from './session-registry';

/** The one global guard: checks the access token and the operation's declared permission. */
@Injectable()
export class PermissionGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionRegistry,
    private readonly accounts: AccountRegistry,
    private readonly apiKeys: ApiKeyRegistry,
  ) {
    super();
  }

  override getRequest(context: ExecutionContext): unknown {
    return requestOf(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(ALLOW_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (permission === undefined) {
      // Fail closed: an operation nobody declared a permission for is reachable by nobody.
      throw new DomainError(ErrorCode.FORBIDDEN, 'Operation not allowed');
    }
    const request = requestOf(context);
    const apiKey = presentedApiKey(request);
    if (apiKey !== null) {
      const keysAllowed = this.reflector.getAllAndOverride<boolean | undefined>(ALLOW_API_KEYS_KEY, [
        context.getHandler(),
        context.getClass(),
      ]);
      await this.authenticateApiKey(apiKey, request);
      // Fail closed here too: a key reaches only what is declared for keys, never what is meant for people.
      if (permission !== Permission.API_KEY && !keysAllowed) {
        throw forbidden('An API key cannot do this: it is for a person signed in to the organisation');
      }
      return true;
    }
    if (permission === Permission.API_KEY) throw unauthenticated("This needs an organisation's API key");
    if (!request.headers?.authorization) {
      if (permission === Permission.PUBLIC) return true;
      throw unauthenticated();
    }
    await super.canActivate(context);
    const actor = request.user as Actor;
    await this.requireLiveSession(actor);
    if (permission === Permission.VERIFIED) await this.requireVerifiedEmail(actor);
    return true;
  }

  /** Looked up at every request: a revoked key answers UNAUTHENTICATED at once. */
  private async authenticateApiKey(token: string, request: { user?: Actor }): Promise<void> {
    const principal = await this.apiKeys.authenticate(token);
    if (!principal) throw unauthenticated('Invalid or revoked API key');
    request.user = { userId: API_KEY_USER_ID, apiKey: principal, methods: [] };
  }

  /**
   * A valid signature is not enough: the token's session must still stand (revokeSession, logOut,
   * a password change end it at once), and its methods are taken from the session row, the one
   * record of how it began (confirmTwoFactor adds the code it proved).
   */
  private async requireLiveSession(actor: Actor): Promise<void> {
    const session = actor.sessionId ? await this.sessions.live(actor.sessionId) : null;
    if (!session || session.userId !== actor.userId) throw unauthenticated('This session has ended; log in again');
    actor.methods = session.methods;
  }

  // Read at each call, not from the token: a link opened a minute ago counts at once.
  private async requireVerifiedEmail(actor: Actor): Promise<void> {
    const verified = await this.accounts.emailVerified(actor.userId);
    if (verified === null) throw unauthenticated('This account no longer exists');
    if (!verified) throw forbidden('Confirm your email address first (see the link we sent you)');
  }

  override handleRequest<T = Actor>(error: unknown, actor: T | false): T {
    if (error || !actor) throw unauthenticated('Invalid or expired access token');
    return actor;
  }
}
