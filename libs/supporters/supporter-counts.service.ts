import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { SignatureStatus } from './signature-status';
import { CountDimension } from './supporter-count.entity';

/** Signatures folded into the counts in one transaction, at most. */
export const FOLD_BATCH = 5_000;

export interface CountOf {
  key: string;
  count: number;
}

/**
 * The folded counts. A confirmation only marks its signature `dirty`; `fold` adds a batch of
 * them to the counts in one statement (the UK petitions site's lesson: one `+1` per signature on a
 * hot row locks every reader). A signature leaving the count (withdrawn, invalidated) is taken
 * off at once, in its own transaction, so a count is never ahead of a recount; it is only ever
 * behind by the confirmations not yet folded.
 *
 * Invariant: each count equals the number of signatures with `counted` whose `counted_country`
 * (or `counted_area`) is its key.
 */
@Injectable()
export class SupporterCountsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Folds up to `limit` dirty signatures: how many, and the letters whose counts changed. */
  async fold(
    manager: EntityManager,
    limit = FOLD_BATCH,
    letterId?: string,
  ): Promise<{ folded: number; letters: string[] }> {
    // The batch's letters first, as a revision takes its letter before its signatures: a new count
    // row's foreign key takes its letter's KEY SHARE, and taken while holding the signatures it
    // deadlocked with a revision holding the letter and waiting for them (the lead was told CONFLICT).
    const letters = (
      (await manager.query(
        `SELECT id FROM letters WHERE id IN (
           SELECT letter_id FROM signatures WHERE dirty ${letterId ? 'AND letter_id = $2' : ''} ORDER BY id LIMIT $1)
         ORDER BY id FOR KEY SHARE`,
        letterId ? [limit, letterId] : [limit],
      )) as { id: string }[]
    ).map((letter) => letter.id);
    if (!letters.length) return { folded: 0, letters: [] };
    const [row] = (await manager.query(
      `WITH batch AS (
         SELECT id, letter_id, status = '${SignatureStatus.CONFIRMED}' AS want, country, area_code,
                counted, counted_country, counted_area
         FROM signatures WHERE dirty AND letter_id = ANY($2::uuid[])
         ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED
       ), marked AS (
         UPDATE signatures s SET dirty = false, counted = b.want,
           counted_country = CASE WHEN b.want THEN b.country END,
           counted_area = CASE WHEN b.want THEN b.area_code END
         FROM batch b WHERE s.id = b.id
         RETURNING s.id
       ), changes AS (
         SELECT letter_id, '${CountDimension.TOTAL}' AS dimension, '' AS key, want::int - counted::int AS delta FROM batch
         UNION ALL SELECT letter_id, '${CountDimension.COUNTRY}', coalesce(country, ''), 1 FROM batch WHERE want
         UNION ALL SELECT letter_id, '${CountDimension.COUNTRY}', coalesce(counted_country, ''), -1 FROM batch WHERE counted
         UNION ALL SELECT letter_id, '${CountDimension.AREA}', coalesce(area_code, ''), 1 FROM batch WHERE want
         UNION ALL SELECT letter_id, '${CountDimension.AREA}', coalesce(counted_area, ''), -1 FROM batch WHERE counted
       ) ${applyChanges('(SELECT count(*) FROM marked)::int AS folded')}`,
      [limit, letters],
    )) as { folded: number; letters: string[] }[];
    return row;
  }

  /**
   * Ends the signatures `condition` selects (PENDING, CONFIRMED or NEEDS_RECONFIRMATION ones only)
   * with `status`, and takes those counted off the counts in the same statement; the letters whose
   * counts changed, and how many signatures ended.
   */
  async end(
    manager: EntityManager,
    status: SignatureStatus.WITHDRAWN | SignatureStatus.INVALIDATED,
    condition: string,
    parameters: unknown[],
  ): Promise<{ ended: number; letters: string[] }> {
    return this.takeOff(
      manager,
      [SignatureStatus.PENDING, SignatureStatus.CONFIRMED, SignatureStatus.NEEDS_RECONFIRMATION],
      `status = '${status}', ended_at = now()`,
      condition,
      parameters,
    );
  }

  /**
   * After a material revision: every CONFIRMED signature of the letter becomes NEEDS_RECONFIRMATION
   * and those counted come off the counts (total, country and area) at once, in one statement; a
   * reconfirmation puts each back through the fold. How many, and the letters whose counts changed.
   */
  async awaitReconfirmation(manager: EntityManager, letterId: string): Promise<{ ended: number; letters: string[] }> {
    return this.takeOff(
      manager,
      [SignatureStatus.CONFIRMED],
      `status = '${SignatureStatus.NEEDS_RECONFIRMATION}'`,
      'letter_id = $1',
      [letterId],
    );
  }

  /** How many signatures of each letter wait to be confirmed again after a material revision (exact). */
  async awaiting(letterIds: readonly string[]): Promise<Map<string, number>> {
    const rows = (await this.dataSource.query(
      `SELECT letter_id, count(*)::int AS count FROM signatures
       WHERE letter_id = ANY($1::uuid[]) AND status = '${SignatureStatus.NEEDS_RECONFIRMATION}' GROUP BY letter_id`,
      [letterIds],
    )) as { letter_id: string; count: number }[];
    return new Map(rows.map((row) => [row.letter_id, row.count]));
  }

  /** Moves the signatures selected (among `from`) out of the counts, with `set`, in one statement. */
  private async takeOff(
    manager: EntityManager,
    from: SignatureStatus[],
    set: string,
    condition: string,
    parameters: unknown[],
  ): Promise<{ ended: number; letters: string[] }> {
    const [row] = (await manager.query(
      `WITH target AS (
         SELECT id, letter_id, counted, counted_country, counted_area FROM signatures
         WHERE status IN (${from.map((status) => `'${status}'`).join(', ')}) AND (${condition})
         ORDER BY id FOR UPDATE
       ), ended AS (
         UPDATE signatures s SET ${set}, dirty = false,
           counted = false, counted_country = NULL, counted_area = NULL
         FROM target t WHERE s.id = t.id
         RETURNING s.id
       ), changes AS (
         SELECT letter_id, '${CountDimension.TOTAL}' AS dimension, '' AS key, -1 AS delta FROM target WHERE counted
         UNION ALL SELECT letter_id, '${CountDimension.COUNTRY}', coalesce(counted_country, ''), -1 FROM target WHERE counted
         UNION ALL SELECT letter_id, '${CountDimension.AREA}', coalesce(counted_area, ''), -1 FROM target WHERE counted
       ) ${applyChanges('(SELECT count(*) FROM ended)::int AS ended')}`,
      parameters,
    )) as { ended: number; letters: string[] }[];
    return row;
  }

  /** The folded totals of these letters (0 for a letter without supporters). */
  async totals(letterIds: readonly string[]): Promise<Map<string, number>> {
    const rows = (await this.dataSource.query(
      `SELECT letter_id, count FROM supporter_counts WHERE letter_id = ANY($1::uuid[]) AND dimension = $2 AND key = ''`,
      [letterIds, CountDimension.TOTAL],
    )) as { letter_id: string; count: number }[];
    return new Map(rows.map((row) => [row.letter_id, row.count]));
  }

  /** The folded counts of one letter by area, largest first, each with its area's name when known. */
  async byArea(letterId: string, limit: number): Promise<(CountOf & { name: string | null })[]> {
    return (await this.dataSource.query(
      `SELECT c.key, c.count, (SELECT min(a.name) FROM areas a WHERE a.code = c.key) AS name
       FROM supporter_counts c WHERE c.letter_id = $1 AND c.dimension = $2 AND c.count > 0 AND c.key <> ''
       ORDER BY c.count DESC, c.key LIMIT $3`,
      [letterId, CountDimension.AREA, limit],
    )) as (CountOf & { name: string | null })[];
  }

  /** The folded counts of one letter by country or area, largest first; '' (not given) last. */
  async by(
    letterId: string,
    dimension: CountDimension.COUNTRY | CountDimension.AREA,
    limit: number,
  ): Promise<CountOf[]> {
    return (await this.dataSource.query(
      `SELECT key, count FROM supporter_counts WHERE letter_id = $1 AND dimension = $2 AND count > 0
       ORDER BY key = '', count DESC, key LIMIT $3`,
      [letterId, dimension, limit],
    )) as CountOf[];
  }
}

/**
 * The tail of a statement whose CTE `changes` (letter_id, dimension, key, delta) lists count
 * changes: applies their sums in key order (so concurrent statements lock count rows in one
 * order) and answers `also` and the letters touched. The row proposed for insertion never carries
 * a negative count (PostgreSQL checks it against the CHECK before finding the conflict); a
 * decrement always meets its existing row and is applied in the update.
 */
const applyChanges = (also: string): string => `, deltas AS (
     SELECT letter_id, dimension, key, sum(delta)::int AS delta FROM changes
     GROUP BY letter_id, dimension, key HAVING sum(delta) <> 0
   ), applied AS (
     INSERT INTO supporter_counts AS c (letter_id, dimension, key, count)
     SELECT letter_id, dimension, key, greatest(delta, 0) FROM deltas ORDER BY letter_id, dimension, key
     ON CONFLICT (letter_id, dimension, key) DO UPDATE SET count = c.count + (
       SELECT d.delta FROM deltas d
       WHERE d.letter_id = excluded.letter_id AND d.dimension = excluded.dimension AND d.key = excluded.key)
     RETURNING c.letter_id
   )
   SELECT ${also}, array(SELECT DISTINCT letter_id FROM applied)::text[] AS letters`;
