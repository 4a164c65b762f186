import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import {
  API_KEY_PREFIX,
  APP_CONFIG,
  ApiKeyRegistry,
  DomainError,
  ErrorCode,
  hashToken,
  invalidState,
  notFound,
  PostgresThrottlerStorage,
  type Actor,
  type ApiKeyPrincipal,
  type AppConfig,
} from '@undersigned/common';
import { OrganisationPolicy } from '../organisation.policy';
import { OrganisationRole } from '../organisation-role';
import { ApiKey } from './api-key.entity';
import { toApiKeyObject, type ApiKeyCreatedObject, type ApiKeyObject } from './api-key.object';
import type { CreateApiKeyInput } from './create-api-key.input';

/** Live keys one organisation may hold: a list an OWNER can still review. */
export const MAX_API_KEYS_PER_ORGANISATION = 20;
/** `last_used_at` is written at most this often per key: a busy integration is not a write per request. */
export const API_KEY_TOUCH_INTERVAL_MS = 60_000;
const RATE_WINDOW_MS = 60_000;
/** usk_ and 32 random bytes in base64url (43 characters). */
const TOKEN_SHAPE = /^usk_[A-Za-z0-9_-]{43}$/;

/**
 * SHA-256, unsalted and fast, is enough for these tokens (unlike passwords): 256 random bits cannot
 * be guessed or found in a table, so a leaked hash gives nothing, and a fast hash looked up through
 * a unique index costs every request the same small work.
 */
export function hashApiKey(token: string): string {
  return hashToken(token);
}

/** Creating, revoking and listing an organisation's API keys, and recognising one at each request. */
@Injectable()
export class ApiKeysService extends ApiKeyRegistry {
  private readonly counters: PostgresThrottlerStorage;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policy: OrganisationPolicy,
  ) {
    super();
    this.counters = new PostgresThrottlerStorage(dataSource);
  }

  /** An OWNER makes a key; its token is returned this once. */
  async create(actor: Actor, input: CreateApiKeyInput): Promise<ApiKeyCreatedObject> {
    const token = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    return this.dataSource.transaction(async (manager) => {
      // The organisation row locked first: two creations cannot both pass the count below.
      await this.policy.requireRole(manager, actor, input.organisationId, [OrganisationRole.OWNER], true);
      const live = await manager.count(ApiKey, {
        where: { organisationId: input.organisationId, revokedAt: IsNull() },
      });
      if (live >= MAX_API_KEYS_PER_ORGANISATION) {
        throw invalidState(`An organisation may have ${MAX_API_KEYS_PER_ORGANISATION} API keys; revoke one first`);
      }
      const key = await manager.save(
        manager.create(ApiKey, {
          organisationId: input.organisationId,
          name: input.name,
          tokenHash: hashApiKey(token),
          createdById: actor.userId,
        }),
      );
      return { apiKey: toApiKeyObject(key), token };
    });
  }

  /** An OWNER revokes a key: from the commit on, it authenticates nothing. NOT_FOUND to non-members. */
  async revoke(actor: Actor, apiKeyId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const key = await manager.findOne(ApiKey, { where: { id: apiKeyId, revokedAt: IsNull() } });
      if (!key || !(await this.policy.roleOf(manager, actor.userId, key.organisationId))) throw notFound('API key');
      await this.policy.requireRole(manager, actor, key.organisationId, [OrganisationRole.OWNER], true);
      const result = await manager.update(ApiKey, { id: key.id, revokedAt: IsNull() }, { revokedAt: new Date() });
      if (!result.affected) throw notFound('API key');
      return true;
    });
  }

  /** The organisation's live keys, newest first (at most MAX_API_KEYS_PER_ORGANISATION each). */
  async listFor(organisationIds: readonly string[]): Promise<ApiKeyObject[][]> {
    if (!organisationIds.length) return [];
    const keys = await this.dataSource
      .getRepository(ApiKey)
      .createQueryBuilder('k')
      .where('k.organisation_id IN (:...organisationIds) AND k.revoked_at IS NULL', { organisationIds })
      .orderBy('k.created_at', 'DESC')
      .addOrderBy('k.id', 'ASC')
      .getMany();
    return organisationIds.map((id) => keys.filter((key) => key.organisationId === id).map(toApiKeyObject));
  }

  /**
   * Read at every request, never cached, so a revoked key fails at once; counts the request against
   * API_KEY_RATE_LIMIT (per key, per minute, across processes) and notes when the key was last used.
   */
  async authenticate(token: string): Promise<ApiKeyPrincipal | null> {
    if (!TOKEN_SHAPE.test(token)) return null;
    const [row] = (await this.dataSource.query(
      `SELECT id, organisation_id AS "organisationId",
              last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $2) AS stale
       FROM api_keys WHERE token_hash = $1 AND revoked_at IS NULL`,
      [hashApiKey(token), API_KEY_TOUCH_INTERVAL_MS / 1000],
    )) as { id: string; organisationId: string; stale: boolean }[];
    if (!row) return null;
    const limit = this.config.apiKeyRateLimit;
    if (limit > 0 && (await this.counters.increment(`api-key:${row.id}`, RATE_WINDOW_MS, limit)).isBlocked) {
      throw new DomainError(ErrorCode.RATE_LIMITED, `An API key may make ${limit} requests a minute; slow down`);
    }
    if (row.stale) {
      await this.dataSource.query(
        `UPDATE api_keys SET last_used_at = now()
         WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $2))`,
        [row.id, API_KEY_TOUCH_INTERVAL_MS / 1000],
      );
    }
    return { id: row.id, organisationId: row.organisationId };
  }
}
