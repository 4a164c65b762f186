import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  hashToken,
  JWT_AUDIENCE,
  JWT_ISSUER,
  newSecretToken,
  unauthenticated,
  type AccessTokenClaims,
} from '@undersigned/common';
import { RefreshToken } from './refresh-token.entity';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_DAYS = 30;

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  userId: string;
}

type RefreshOutcome = { ok: SessionTokens } | { reused: string } | { invalid: true };

/** Access tokens (short-lived JWTs) and rotating refresh tokens grouped in families. */
@Injectable()
export class SessionService {
  constructor(
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async start(userId: string, manager: EntityManager = this.dataSource.manager): Promise<SessionTokens> {
    return this.issue(manager, userId, randomUUID(), null);
  }

  /**
   * Exchanges a refresh token for a new pair. A token works once: presenting it again means it
   * was copied, so the whole family (every token descended from the same log-in) is revoked.
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
      await manager.update(RefreshToken, { id: row.id }, { usedAt: new Date() });
      return { ok: await this.issue(manager, row.userId, row.familyId, row.id) };
    });
    if ('ok' in outcome) return outcome.ok;
    if ('reused' in outcome) await this.revokeFamily(outcome.reused);
    throw unauthenticated('Invalid or expired refresh token');
  }

  /** Ends the session the refresh token belongs to. */
  async logOut(refreshToken: string): Promise<boolean> {
    const row = await this.dataSource
      .getRepository(RefreshToken)
      .findOne({ where: { tokenHash: hashToken(refreshToken) } });
    if (!row) throw unauthenticated('Invalid or expired refresh token');
    await this.revokeFamily(row.familyId);
    return true;
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(RefreshToken)
      .set({ revokedAt: () => 'now()' })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
  }

  private async issue(
    manager: EntityManager,
    userId: string,
    familyId: string,
    parentId: string | null,
  ): Promise<SessionTokens> {
    const refresh = newSecretToken();
    await manager.insert(RefreshToken, {
      userId,
      familyId,
      parentId,
      tokenHash: refresh.hash,
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_DAYS * 86_400_000),
    });
    const claims: AccessTokenClaims = { sub: userId };
    const accessToken = await this.jwt.signAsync(claims, {
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      jwtid: randomUUID(),
    });
    return { accessToken, refreshToken: refresh.token, userId };
  }
}
