import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { decodeCursor, toConnection, type ConnectionShape } from '@undersigned/common';
import { SignatoryCache } from '@undersigned/endorsements';
import { normaliseCountry } from '@undersigned/organisations';
import type { SupportersArgs } from './dto/petition.inputs';
import type { SupporterObject } from './dto/petition.objects';
import { SupporterNames } from './signature-status';

/**
 * Who may be listed: confirmed, not erased, chose to show their name, on a letter that lists
 * supporters. The one rule for the public list, the delivered annex and the edition.
 */
export const LISTED_SQL = `s.status = 'CONFIRMED' AND s.show_name AND s.name IS NOT NULL
  AND EXISTS (SELECT 1 FROM petition_settings p WHERE p.letter_id = s.letter_id AND p.supporter_names = '${SupporterNames.LISTED}')`;

interface SupporterRow {
  id: string;
  name: string;
  country: string | null;
  area_code: string | null;
  confirmed_at: Date;
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

/** Reading supporters: the public list, the leads' export and the delivered names. */
@Injectable()
export class SupportersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: SignatoryCache,
  ) {}

  /** Newest first; pages are cached briefly and dropped when the letter's counts change. */
  async page(letterId: string, args: SupportersArgs): Promise<ConnectionShape<SupporterObject>> {
    return this.cache.get(letterId, ['supporters', args.country, args.first, args.after], async () => {
      const country = args.country ? (normaliseCountry(args.country) ?? args.country) : null;
      const [after, afterId] = args.after ? decodeCursor(args.after, 2) : [null, null];
      const rows = (await this.dataSource.query(
        `SELECT s.id, s.name, s.country, s.area_code, s.confirmed_at FROM signatures s
         WHERE s.letter_id = $1 AND ${LISTED_SQL} AND ($2::text IS NULL OR s.country = $2)
           AND ($3::timestamptz IS NULL OR (s.confirmed_at, s.id) < ($3::timestamptz, $4::uuid))
         ORDER BY s.confirmed_at DESC, s.id DESC LIMIT $5`,
        [letterId, country, after, afterId, args.first + 1],
      )) as SupporterRow[];
      const [{ total }] = (await this.dataSource.query(
        `SELECT count(*)::int AS total FROM signatures s
         WHERE s.letter_id = $1 AND ${LISTED_SQL} AND ($2::text IS NULL OR s.country = $2)`,
        [letterId, country],
      )) as { total: number }[];
      return toConnection(
        rows,
        args.first,
        total,
        (row) => [row.confirmed_at.toISOString(), row.id],
        (row): SupporterObject => ({
          name: row.name,
          country: row.country,
          area: row.area_code,
          signedAt: row.confirmed_at,
        }),
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

  /** Every listed supporter's name, oldest first, for the delivered letter. */
  async listedNames(letterId: string): Promise<{ name: string; country: string | null }[]> {
    return (await this.dataSource.query(
      `SELECT s.name, s.country FROM signatures s WHERE s.letter_id = $1 AND ${LISTED_SQL}
       ORDER BY s.confirmed_at, s.id`,
      [letterId],
    )) as { name: string; country: string | null }[];
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
