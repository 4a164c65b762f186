import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { offsetOf, toOffsetConnection, type ConnectionShape } from '@undersigned/common';
import { normaliseCountry } from '@undersigned/organisations';
import { namedSignatory, unnamedSignatory, type PublicSignatories } from './unnamed-signatories';
import type { EndorsementsArgs, SignatoriesArgs } from './dto/endorsement.inputs';
import type { SignatoryObject } from './dto/endorsement.objects';
import { SignatoryOrder } from './endorsement-status';
import { Endorsement } from './endorsement.entity';
import { LetterReadCache } from './letter-read-cache';

/** Locale-aware ordering of names (ICU's root collation): "Ångström" sorts with the A's. */
const NAME = 'e.display_name COLLATE "und-x-icu"';

const ORDER_BY: Record<SignatoryOrder, string> = {
  [SignatoryOrder.LEADS_FIRST]: `ll.position ASC NULLS LAST, ${NAME} ASC, e.id ASC`,
  [SignatoryOrder.ALPHABETICAL]: `${NAME} ASC, e.id ASC`,
  [SignatoryOrder.SIGNED_AT]: 'e.signed_at ASC, e.id ASC',
};

interface SignatoryRow {
  display_name: string;
  content_hash: string;
  signed_version_number: number;
  lead: boolean;
  signed_at: Date;
  organisation_id: string;
  name: string;
  country: string | null;
  slug: string;
  website: string | null;
  description: string | null;
  verified_domain: string | null;
  require_two_factor: boolean;
  require_phishing_resistant: boolean;
}

export interface SignatoryPage extends ConnectionShape<SignatoryObject> {
  anonymousCount: number;
}

/**
 * The named signatories of a letter: SIGNED endorsements that are not anonymous. Unnamed ones
 * appear only as a number, and never in a filter, an order or a page (the rule: ./unnamed-signatories.ts).
 */
@Injectable()
export class SignatoriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: LetterReadCache,
  ) {}

  async page(letterId: string, args: SignatoriesArgs): Promise<SignatoryPage> {
    return this.cache.get(letterId, [args.order, args.country, args.first, args.after], () =>
      this.load(letterId, args),
    );
  }

  private async load(letterId: string, args: SignatoriesArgs): Promise<SignatoryPage> {
    const offset = offsetOf(args.after);
    const country = args.country ? (normaliseCountry(args.country) ?? args.country) : null;
    const rows = await this.named(letterId, args.order, country, args.first + 1, offset);
    const [{ total, anonymous }] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE ${namedSignatory('e')} AND ($2::text IS NULL OR lower(o.country) = lower($2)))::int AS total,
              count(*) FILTER (WHERE ${unnamedSignatory('e')})::int AS anonymous
         FROM endorsements e JOIN organisations o ON o.id = e.organisation_id
        WHERE e.letter_id = $1 AND e.status = 'SIGNED'`,
      [letterId, country],
    )) as { total: number; anonymous: number }[];
    return { ...toOffsetConnection(rows, args.first, offset, total, toSignatory), anonymousCount: anonymous };
  }

  /** Every named signatory in LEADS_FIRST order, for the CSV and the delivered letter. */
  async all(letterId: string): Promise<PublicSignatories> {
    const rows = await this.named(letterId, SignatoryOrder.LEADS_FIRST, null, null, 0);
    const [{ anonymous }] = (await this.dataSource.query(
      `SELECT count(*)::int AS anonymous FROM endorsements e WHERE e.letter_id = $1 AND ${unnamedSignatory('e')}`,
      [letterId],
    )) as { anonymous: number }[];
    return { signatories: rows.map(toSignatory), anonymousCount: anonymous };
  }

  /** All endorsements of a letter, the unnamed included: for its lead organisations only. */
  async endorsements(letterId: string, args: EndorsementsArgs): Promise<ConnectionShape<Endorsement>> {
    const offset = offsetOf(args.after);
    const query = this.dataSource
      .getRepository(Endorsement)
      .createQueryBuilder('e')
      .where('e.letter_id = :letterId', { letterId });
    if (args.status) query.andWhere('e.status = :status', { status: args.status });
    const totalCount = await query.clone().getCount();
    const rows = await query
      .orderBy('e.created_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .offset(offset)
      .limit(args.first + 1)
      .getMany();
    return toOffsetConnection(rows, args.first, offset, totalCount, (row) => row);
  }

  /** The letter's endorsements by organisations the user is a member of (bounded by their memberships). */
  endorsementsOfMember(letterId: string, userId: string): Promise<Endorsement[]> {
    return this.dataSource
      .getRepository(Endorsement)
      .createQueryBuilder('e')
      .where('e.letter_id = :letterId', { letterId })
      .andWhere(
        'EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = e.organisation_id AND m.user_id = :userId)',
        {
          userId,
        },
      )
      .orderBy('e.created_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(100)
      .getMany();
  }

  private async named(
    letterId: string,
    order: SignatoryOrder,
    country: string | null,
    limit: number | null,
    offset: number,
  ): Promise<SignatoryRow[]> {
    return this.dataSource.query(
      `SELECT e.display_name, e.signed_at, e.content_hash, e.signed_version_number, (ll.position IS NOT NULL) AS lead,
              o.id AS organisation_id, o.name, o.country, o.slug, o.website, o.description, o.verified_domain,
              o.require_two_factor, o.require_phishing_resistant
         FROM endorsements e
         JOIN organisations o ON o.id = e.organisation_id
         LEFT JOIN letter_leads ll
           ON ll.letter_id = e.letter_id AND ll.organisation_id = e.organisation_id AND ll.accepted_at IS NOT NULL
        WHERE e.letter_id = $1 AND ${namedSignatory('e')}
          AND ($2::text IS NULL OR lower(o.country) = lower($2))
        ORDER BY ${ORDER_BY[order]}
        LIMIT $3 OFFSET $4`,
      [letterId, country, limit, offset],
    );
  }
}

/** The organisation comes with the row (one JOIN), so nested organisation fields cost no query. */
function toSignatory(row: SignatoryRow): SignatoryObject {
  return {
    displayName: row.display_name,
    country: row.country,
    organisationSlug: row.slug,
    lead: row.lead,
    verified: row.verified_domain !== null,
    verifiedDomain: row.verified_domain,
    contentHash: row.content_hash,
    signedVersion: row.signed_version_number,
    signedAt: new Date(row.signed_at),
    organisation: {
      id: row.organisation_id,
      slug: row.slug,
      name: row.name,
      country: row.country,
      website: row.website,
      description: row.description,
      verifiedDomain: row.verified_domain,
      requireTwoFactor: row.require_two_factor,
      requirePhishingResistant: row.require_phishing_resistant,
    },
  };
}
