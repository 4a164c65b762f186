import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  badInput,
  hashedClientKey,
  DomainError,
  ErrorCode,
  PostgresThrottlerStorage,
  type Actor,
  type AppConfig,
} from '@undersigned/common';
import { PlatformAdminPolicy } from '@undersigned/accounts';
import { AREA_TYPE_PATTERN, type TargetInput } from './dto/target.input';
import { TARGET_ROW_COLUMNS, toTargetObject, type TargetObject, type TargetRow } from './dto/target.object';
import { normaliseUkPostcode } from './postcode';
import { LookupUnavailableError, PostcodeLookupClient, WESTMINSTER, type LookedUpArea } from './postcode-lookup.client';
import { POSTCODE_AREAS_TABLE } from './postcode-area.entity';
import { missingAreasSql, TARGET_SOURCE_COLUMNS, upsertTargetsSql } from './target-upsert';

/** Most targets one postcode can have (one per area type, a few per area at most). */
const MAX_TARGETS = 50;
/** Most targets one upsertTargets call may write: a Parliament's worth. */
export const MAX_UPSERT_TARGETS = 1_000;
const MINUTE_MS = 60_000;

/**
 * Which area a postcode lies in and who represents it. Other contexts (signing) call
 * areaForPostcode; the public asks through `representatives`.
 */
@Injectable()
export class RepresentativesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lookup: PostcodeLookupClient,
    private readonly admins: PlatformAdminPolicy,
    private readonly rateLimits: PostgresThrottlerStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The area of `areaType` the postcode lies in: from the imported table, else (for Westminster
   * constituencies) from POSTCODE_LOOKUP_URL. Null when unknown; BAD_USER_INPUT when it is not a
   * postcode; LookupUnavailableError when the service failed, so the caller can try again later.
   */
  async areaForPostcode(postcode: string, areaType: string = WESTMINSTER): Promise<LookedUpArea | null> {
    const areas = await this.areasFor(this.dataSource.manager, checkedPostcode(postcode), checkedAreaType(areaType));
    return areas[0] ?? null;
  }

  /**
   * The current targets of every area (of `areaType`, when given) the postcode lies in. Emails are
   * left out. Each client IP (`ip`) may ask REPRESENTATIVES_RATE_LIMIT times a minute: a made-up
   * postcode can cost a request to the lookup service.
   */
  async representatives(postcode: string, areaType: string | null | undefined, ip: string): Promise<TargetObject[]> {
    await this.throttle(ip);
    const normalised = checkedPostcode(postcode);
    const type = areaType ? checkedAreaType(areaType) : null;
    let areas: LookedUpArea[];
    try {
      areas = await this.areasFor(this.dataSource.manager, normalised, type);
    } catch (error) {
      if (error instanceof LookupUnavailableError) {
        throw new DomainError(ErrorCode.INTERNAL_SERVER_ERROR, 'The postcode lookup is unavailable; try again shortly');
      }
      throw error;
    }
    if (!areas.length) return [];
    const rows = (await this.dataSource.query(
      `SELECT ${TARGET_ROW_COLUMNS}
       FROM unnest($1::text[], $2::text[]) AS w(type, code)
       JOIN targets t ON t.area_type = w.type AND t.area_code = w.code
       LEFT JOIN areas a ON a.type = t.area_type AND a.code = t.area_code
       WHERE (t.valid_from IS NULL OR t.valid_from <= current_date) AND (t.valid_to IS NULL OR t.valid_to > current_date)
       ORDER BY t.area_type, t.name, t.id
       LIMIT ${MAX_TARGETS}`,
      [areas.map((area) => area.type), areas.map((area) => area.code)],
    )) as TargetRow[];
    // The name the area was found under: the table's (from a names import), or the service's.
    const names = new Map(areas.map((area) => [`${area.type}:${area.code}`, area.name]));
    return rows.map((row) =>
      toTargetObject(
        { ...row, areaName: names.get(`${row.areaType}:${row.areaCode}`) ?? row.areaName },
        { withEmail: false },
      ),
    );
  }

  /**
   * Platform admins: inserts or updates targets by (areaType, externalId), creating unknown areas.
   * An address that failed is written to again: the admin has looked at it.
   */
  async upsertTargets(actor: Actor, inputs: TargetInput[]): Promise<TargetObject[]> {
    if (inputs.length > MAX_UPSERT_TARGETS) throw badInput(`At most ${MAX_UPSERT_TARGETS} targets at once`);
    const seen = new Set<string>();
    for (const input of inputs) {
      const key = `${input.areaType}\u0000${input.externalId}`;
      if (seen.has(key)) throw badInput(`externalId ${input.externalId} appears twice for ${input.areaType}`);
      seen.add(key);
      if (input.validFrom && input.validTo && input.validTo <= input.validFrom) {
        throw badInput('validTo must be after validFrom');
      }
    }
    return this.dataSource.transaction(async (manager) => {
      await this.admins.requireAdmin(manager, actor);
      if (!inputs.length) return [];
      const source = `unnest(${TARGET_SOURCE_COLUMNS.map(
        (column, i) => `$${i + 1}::${column.startsWith('valid_') ? 'date' : 'text'}[]`,
      ).join(', ')}) AS s(${TARGET_SOURCE_COLUMNS.join(', ')})`;
      const params = [
        inputs.map((input) => input.externalId),
        inputs.map((input) => input.name),
        inputs.map((input) => input.title ?? null),
        inputs.map((input) => input.email ?? null),
        inputs.map((input) => input.party ?? null),
        inputs.map((input) => input.areaCode),
        inputs.map((input) => input.areaType),
        inputs.map((input) => input.validFrom ?? null),
        inputs.map((input) => input.validTo ?? null),
      ];
      await manager.query(missingAreasSql(source), params);
      const ids = (
        (await manager.query(upsertTargetsSql(source, { clearFailure: true }), params)) as { id: string }[]
      ).map((row) => row.id);
      const rows = (await manager.query(
        `SELECT ${TARGET_ROW_COLUMNS} FROM unnest($1::uuid[]) WITH ORDINALITY AS i(id, n)
         JOIN targets t ON t.id = i.id LEFT JOIN areas a ON a.type = t.area_type AND a.code = t.area_code
         ORDER BY i.n`,
        [ids],
      )) as TargetRow[];
      return rows.map((row) => toTargetObject(row, { withEmail: true }));
    });
  }

  private async throttle(ip: string): Promise<void> {
    const limit = this.config.representativesRateLimit;
    if (limit === 0) return;
    // A hash: the rate-limit table keeps no client's address.
    const key = hashedClientKey('representatives', ip);
    const { isBlocked } = await this.rateLimits.increment(key, MINUTE_MS, limit);
    if (isBlocked) throw new DomainError(ErrorCode.RATE_LIMITED, 'Too many postcode lookups; try again in a minute');
  }

  private async areasFor(manager: EntityManager, postcode: string, type: string | null): Promise<LookedUpArea[]> {
    const rows = (await manager.query(
      `SELECT p.area_code AS code, p.area_type AS type, coalesce(a.name, p.area_code) AS name
       FROM ${POSTCODE_AREAS_TABLE} p LEFT JOIN areas a ON a.type = p.area_type AND a.code = p.area_code
       WHERE p.postcode = $1 AND ($2::text IS NULL OR p.area_type = $2)
       ORDER BY p.area_type`,
      [postcode, type],
    )) as LookedUpArea[];
    if (rows.length || (type !== null && type !== WESTMINSTER) || !this.lookup.configured) return rows;
    const found = await this.lookup.constituency(postcode);
    return found ? [found] : [];
  }
}

function checkedPostcode(postcode: string): string {
  const normalised = normaliseUkPostcode(postcode);
  if (!normalised) throw badInput('This is not a UK postcode (like SW1A 1AA)');
  return normalised;
}

function checkedAreaType(areaType: string): string {
  if (!AREA_TYPE_PATTERN.test(areaType)) throw badInput('areaType must be upper-case letters, digits and _ (like WMC)');
  return areaType;
}
