import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, MoreThan, type EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  AuthMethod,
  DomainError,
  ErrorCode,
  hashToken,
  JWT_AUDIENCE,
  JWT_ISSUER,
  newSecretToken,
  notFound,
  unauthenticated,
  type AccessTokenClaims,
  type Actor,
  type AppConfig,
} from '@undersigned/common';
import { deriveKey, deviceHash } from './account-secrets';
import type { SessionObject } from './dto/session.object';
import { LiveSessionsService } from './live-sessions.service';
import { RefreshToken } from './refresh-token.entity';
import { Session } from './session.entity';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_DAYS = 30;
/** How recent an authentication the steps that could lock the owner out ask for. */
export const REAUTHENTICATION_WINDOW_MINUTES = 5;
const MAX_USER_AGENT_LENGTH = 512;

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  userId: string;
}

/** Where a log-in comes from. */
export interface Device {
  userAgent: string;
  ip: string;
}

type RefreshOutcome = { ok: SessionTokens } | { reused: string } | { invalid: true };

/**
 * Access tokens (short-lived JWTs) and rotating refresh tokens grouped in families; each family
 * is a session, listed to its user and revocable.
 */
@Injectable()
export class SessionService {
  private readonly deviceKey: Buffer;

  constructor(
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly liveSessions: LiveSessionsService,
  ) {
    this.deviceKey = deriveKey(config.jwtSecret, 'device hash');
  }

  /**
   * Starts a session on `device`, begun with `methods` (the password, then the kind of code given
   * if any). `newDevice` is true when the account has logged in before, but never from this user
   * agent and IP address.
   */
  async start(
    userId: string,
    device: Device,
    methods: readonly AuthMethod[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SessionTokens & { newDevice: boolean }> {
    const hash = deviceHash(this.deviceKey, device.userAgent, device.ip);
    const [seen] = (await manager.query(
      `SELECT count(*)::int AS sessions, count(*) FILTER (WHERE device_hash = $2)::int AS "onDevice"
       FROM sessions WHERE user_id = $1`,
      [userId, hash],
    )) as { sessions: number; onDevice: number }[];
    const id = randomUUID();
    await manager.insert(Session, {
      id,
      userId,
      userAgent: device.userAgent.slice(0, MAX_USER_AGENT_LENGTH),
      deviceHash: hash,
      methods: [...methods],
    });
    const tokens = await this.issue(manager, userId, id, null, methods);
    return { ...tokens, newDevice: seen.sessions > 0 && seen.onDevice === 0 };
  }

  /**
   * Exchanges a refresh token for a new pair. A token works once: presenting it again means it
   * was copied, so the whole family (every token descended from the same log-in) is revoked. The
   * new access token carries the methods the session began with, read from its row: refreshing
   * never makes a password-only session more than it was.
   */
  async refresh(refreshToken: string): Promise<SessionTokens> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<RefreshOutcome> => {
      const row = await manager
        .getRepository(RefreshToken)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.token_hash = :hash', { hash: hashToken(refreshToken) })
        .getOne();
      if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) return { invalid: true };
      if (row.usedAt) return { reused: row.familyId };
      const session = await manager.findOne(Session, {
        where: { id: row.familyId },
        select: { id: true, methods: true, revokedAt: true },
      });
      if (!session || session.revokedAt) return { invalid: true };
      await manager.update(RefreshToken, { id: row.id }, { usedAt: new Date() });
      await manager.update(Session, { id: row.familyId }, { lastUsedAt: new Date() });
      return { ok: await this.issue(manager, row.userId, row.familyId, row.id, session.methods as AuthMethod[]) };
    });
    if ('ok' in outcome) return outcome.ok;
    if ('reused' in outcome) {
      const familyId = outcome.reused;
      await this.dataSource.transaction((manager) => this.revokeFamily(manager, familyId));
    }
    throw unauthenticated('Invalid or expired refresh token');
  }

  /** Ends the session the refresh token belongs to: its access tokens are refused from now on. */
  async logOut(refreshToken: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.getRepository(RefreshToken).findOne({ where: { tokenHash: hashToken(refreshToken) } });
      if (!row) throw unauthenticated('Invalid or expired refresh token');
      await this.revokeFamily(manager, row.familyId);
      return true;
    });
  }

  /**
   * Ends every session of the user but `exceptSessionId` (the caller's own, when it stays), in the
   * caller's transaction: turning two-factor on, changing or resetting the password. Their refresh
   * tokens stop working and their access tokens are refused from the next request, in every process
   * once the transaction commits.
   */
  async endOtherSessions(manager: EntityManager, userId: string, exceptSessionId?: string | null): Promise<void> {
    // A session's refresh tokens carry its id as their family.
    for (const [entity, sessionColumn] of [
      [RefreshToken, 'family_id'],
      [Session, 'id'],
    ] as const) {
      const live = manager
        .createQueryBuilder()
        .update(entity)
        .set({ revokedAt: () => 'now()' })
        .where('user_id = :userId AND revoked_at IS NULL', { userId });
      if (exceptSessionId) live.andWhere(`${sessionColumn} <> :exceptSessionId`, { exceptSessionId });
      await live.execute();
    }
    await this.liveSessions.changed(manager, userId);
  }

  /**
   * Records that the session has just proven `method` too (confirmTwoFactor: a code of the new
   * app), in the caller's transaction; its access tokens count it from the next request.
   */
  async addMethod(manager: EntityManager, userId: string, sessionId: string, method: AuthMethod): Promise<void> {
    await manager.query(
      `UPDATE sessions SET methods = array_append(methods, $3::text)
       WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL AND NOT ($3::text = ANY(methods))`,
      [sessionId, userId, method],
    );
    await this.liveSessions.changed(manager, userId);
  }

  /** The caller's live sessions, most recently used first. */
  async list(actor: Actor): Promise<SessionObject[]> {
    const sessions = await this.dataSource.getRepository(Session).find({
      where: {
        userId: actor.userId,
        revokedAt: IsNull(),
        lastUsedAt: MoreThan(new Date(Date.now() - REFRESH_TOKEN_TTL_DAYS * 86_400_000)),
      },
      order: { lastUsedAt: 'DESC', id: 'ASC' },
    });
    return sessions.map((session) => ({
      id: session.id,
      createdAt: session.createdAt,
      lastUsedAt: session.lastUsedAt,
      userAgent: session.userAgent,
      methods: session.methods,
      current: session.id === actor.sessionId,
    }));
  }

  /** Revokes one of the caller's sessions: its refresh tokens stop working. Others' are NOT_FOUND. */
  async revoke(actor: Actor, sessionId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.findOne(Session, {
        where: { id: sessionId, userId: actor.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session) throw notFound('Session');
      // Ending one's own session is logging out; ending another needs a recent authentication.
      if (session.id !== actor.sessionId) await this.requireRecentAuthentication(actor, manager);
      await this.revokeFamily(manager, session.id);
      return true;
    });
  }

  /**
   * REAUTHENTICATION_REQUIRED unless the caller's session proved who they are (log-in or
   * reauthenticate) less than REAUTHENTICATION_WINDOW_MINUTES ago: a stolen access token alone
   * cannot turn two-factor on, change the address or the password, or end the owner's sessions.
   */
  async requireRecentAuthentication(actor: Actor, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const [row] = actor.sessionId
      ? ((await manager.query(
          `SELECT 1 FROM sessions WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL
             AND authenticated_at > now() - make_interval(mins => $3)`,
          [actor.sessionId, actor.userId, REAUTHENTICATION_WINDOW_MINUTES],
        )) as unknown[])
      : [];
    if (!row) {
      throw new DomainError(
        ErrorCode.REAUTHENTICATION_REQUIRED,
        `Confirm it is you: enter your password again (this step needs a sign-in less than ${REAUTHENTICATION_WINDOW_MINUTES} minutes old)`,
      );
    }
  }

  /**
   * Whether the caller's session began with a passkey less than REAUTHENTICATION_WINDOW_MINUTES ago:
   * what removing the last passkey asks for where an organisation requires one (a password
   * re-authentication does not make it fresh).
   */
  async isFreshPasskeySession(actor: Actor, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    if (!actor.sessionId) return false;
    const rows = (await manager.query(
      `SELECT 1 FROM sessions WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL AND $3::text = ANY(methods)
         AND created_at > now() - make_interval(mins => $4)`,
      [actor.sessionId, actor.userId, AuthMethod.PASSKEY, REAUTHENTICATION_WINDOW_MINUTES],
    )) as unknown[];
    return rows.length > 0;
  }

  /**
   * Records a fresh authentication in the caller's session and issues it a new token pair; the
   * session's earlier refresh tokens stop working (the client keeps the new ones).
   */
  async reauthenticated(actor: Actor, manager: EntityManager): Promise<SessionTokens> {
    const session = actor.sessionId
      ? await manager.findOne(Session, {
          where: { id: actor.sessionId, userId: actor.userId, revokedAt: IsNull() },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!session) throw unauthenticated('This session has ended; sign in again');
    await manager.update(Session, { id: session.id }, { authenticatedAt: new Date(), lastUsedAt: new Date() });
    await manager.query(
      `UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL AND used_at IS NULL`,
      [session.id],
    );
    return this.issue(manager, actor.userId, session.id, null, session.methods as AuthMethod[]);
  }

  /** Whether the account has had a session on this device (user agent and IP) before. */
  async isKnownDevice(userId: string, device: Device): Promise<boolean> {
    const [row] = (await this.dataSource.query(
      'SELECT 1 FROM sessions WHERE user_id = $1 AND device_hash = $2 LIMIT 1',
      [userId, deviceHash(this.deviceKey, device.userAgent, device.ip)],
    )) as unknown[];
    return Boolean(row);
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    const [session] = (await manager.query('SELECT user_id AS "userId" FROM sessions WHERE id = $1', [familyId])) as {
      userId: string;
    }[];
    await manager
      .createQueryBuilder()
      .update(RefreshToken)
      .set({ revokedAt: () => 'now()' })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
    await manager
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()' })
      .where('id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
    if (session) await this.liveSessions.changed(manager, session.userId);
  }

  private async issue(
    manager: EntityManager,
    userId: string,
    familyId: string,
    parentId: string | null,
    methods: readonly AuthMethod[],
  ): Promise<SessionTokens> {
    const refresh = newSecretToken();
    await manager.insert(RefreshToken, {
      userId,
      familyId,
      parentId,
      tokenHash: refresh.hash,
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_DAYS * 86_400_000),
    });
    const claims: AccessTokenClaims = { sub: userId, sid: familyId, amr: [...methods] };
    const accessToken = await this.jwt.signAsync(claims, {
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      jwtid: randomUUID(),
    });
    return { accessToken, refreshToken: refresh.token, userId };
  }
}
