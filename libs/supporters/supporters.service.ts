import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { badInput, decodeCursor, toConnection, type ConnectionShape } from '@undersigned/common';
import { LetterReadCache } from '@undersigned/endorsements';
import { normaliseCountry } from '@undersigned/organisations';
import type { SupportersArgs } from './dto/petition.inputs';
import type { SupporterObject } from './dto/petition.objects';
import { SupporterNames } from './signature-status';

/**
 * Who may be listed, on a letter that lists supporters: confirmed (of the current text: after a
 * material revision, supporters of an earlier one are NEEDS_RECONFIRMATION), not erased, and
 * chose to show their name. The one rule for the public list and the delivered annex (the
 * partial index signatures_letter_listed_idx is on the same condition).
 */
const LISTED_SQL = `s.status = 'CONFIRMED' AND s.show_name AND s.name IS NOT NULL`;

interface SupporterRow {
  id: string;
  name: string;
  confirmed_at: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The UTC day of a time: what the public sees of when someone signed. */
export function toDay(time: Date): Date {
  return new Date(Date.UTC(time.getUTCFullYear(), time.getUTCMonth(), time.getUTCDate()));
}

export interface SupporterCsvRow {
  name: string | null;
  email: string | null;
  country: string | null;
  postcode: string | null;
  consented: boolean;
  consent_text: string | null;
  consented_at: Date | null;
  confirmed_at: Date;
}

const EMPTY_PAGE: ConnectionShape<SupporterObject> = {
  edges: [],
  pageInfo: { hasNextPage: false, endCursor: null },
  totalCount: 0,
};

/** Reading supporters: the public list, the leads' export and the delivered names. */
@Injectable()
export class SupportersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: LetterReadCache,
  ) {}

  /**
   * Newest first; pages are cached briefly and dropped when the letter's counts change. A
   * supporter agreed to show their name with the letter, and only that: no country or area, and
   * the day they signed, not the time (the cursor names the signature, not its time, too).
   * `country` filters for the leads only (the resolver refuses it to anyone else).
   */
  async page(letterId: string, args: SupportersArgs): Promise<ConnectionShape<SupporterObject>> {
    return this.cache.get(letterId, ['supporters', args.country, args.first, args.after], async () => {
      if (!(await this.lists(letterId))) return EMPTY_PAGE;
      const country = args.country ? (normaliseCountry(args.country) ?? args.country) : null;
      const [afterId] = args.after ? decodeCursor(args.after, 1) : [null];
      if (afterId !== null && (typeof afterId !== 'string' || !UUID.test(afterId)))
        throw badInput('after: not a cursor');
      // Conditions only for what was asked: the plan then walks the partial index alone.
      const where = [`s.letter_id = $1 AND ${LISTED_SQL}`];
      const parameters: unknown[] = [letterId];
      if (country) where.push(`s.country = $${parameters.push(country)}`);
      const counted = [...parameters];
      if (afterId)
        where.push(
          `(s.confirmed_at, s.id) < (SELECT a.confirmed_at, a.id FROM signatures a WHERE a.id = $${parameters.push(afterId)}::uuid AND a.letter_id = $1)`,
        );
      const rows = (await this.dataSource.query(
        `SELECT s.id, s.name, s.confirmed_at FROM signatures s WHERE ${where.join(' AND ')}
         ORDER BY s.confirmed_at DESC, s.id DESC LIMIT $${parameters.push(args.first + 1)}`,
        parameters,
      )) as SupporterRow[];
      const [{ total }] = (await this.dataSource.query(
        `SELECT count(*)::int AS total FROM signatures s WHERE ${where.slice(0, country ? 2 : 1).join(' AND ')}`,
        counted,
      )) as { total: number }[];
      return toConnection(
        rows,
        args.first,
        total,
        (row) => [row.id],
        (row): SupporterObject => ({ name: row.name, country: null, area: null, signedAt: toDay(row.confirmed_at) }),
      );
    });
  }

  /**
   * The supporters a delivery freezes: every CONFIRMED signature, counted or not yet folded. The
   * caller holds the letter's lock for update, so no confirmation can commit meanwhile.
   */
  async confirmedCount(manager: EntityManager, letterId: string): Promise<number> {
    const [{ count }] = (await manager.query(
      `SELECT count(*)::int AS count FROM signatures WHERE letter_id = $1 AND status = 'CONFIRMED'`,
      [letterId],
    )) as { count: number }[];
    return count;
  }

  /**
   * Every listed supporter's name, oldest first, for the delivered letter: the name only, which is
   * what they agreed to show (country null).
   */
  async listedNames(letterId: string): Promise<{ name: string; country: string | null }[]> {
    if (!(await this.lists(letterId))) return [];
    return (await this.dataSource.query(
      `SELECT s.name, NULL::text AS country FROM signatures s WHERE s.letter_id = $1 AND ${LISTED_SQL}
       ORDER BY s.confirmed_at, s.id`,
      [letterId],
    )) as { name: string; country: string | null }[];
  }

  /** Whether the letter lists its supporters' names (LISTED), rather than only their number. */
  private async lists(letterId: string): Promise<boolean> {
    const [row] = (await this.dataSource.query('SELECT supporter_names FROM petition_settings WHERE letter_id = $1', [
      letterId,
    ])) as { supporter_names: SupporterNames }[];
    return row?.supporter_names === SupporterNames.LISTED;
  }

  /** The leads' export: confirmed supporters with their email and what they consented to, and when. */
  async csvRows(letterId: string): Promise<SupporterCsvRow[]> {
    return (await this.dataSource.query(
      `SELECT s.name, s.email, s.country, s.postcode, s.consented, c.text AS consent_text, s.consented_at, s.confirmed_at
       FROM signatures s
       LEFT JOIN petition_consent_texts c ON c.letter_id = s.letter_id AND c.version = s.consent_version
       WHERE s.letter_id = $1 AND s.status = 'CONFIRMED' AND s.counted
       ORDER BY s.confirmed_at, s.id`,
      [letterId],
    )) as SupporterCsvRow[];
  }
}
