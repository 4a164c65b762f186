import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, notFound, type AppConfig } from '@undersigned/common';
import { unnamedFlag } from '@undersigned/endorsements';
import { collection, resource, splitName, type HalObject, type Page } from './hal';

/** The letters an organisation leads (accepted), as OSDI petitions see them. */
interface PetitionRow {
  id: string;
  slug: string;
  title: string;
  body: string;
  createdAt: Date;
  modifiedAt: Date;
  signatures: number;
  targets: string[];
}

/** One signature: an organisation's endorsement, or a confirmed supporter's signature. */
interface SignatureRow {
  kind: 'endorsement' | 'supporter';
  id: string;
  letterId: string;
  actionAt: Date;
  createdAt: Date;
  modifiedAt: Date;
  comment: string | null;
  name: string | null;
  title: string | null;
  organisation: string | null;
  unnamed: boolean;
  /** Set only where the supporter consented to be contacted by the letter's leads. */
  email: string | null;
  postcode: string | null;
  country: string | null;
}

/** SQL condition: letter `l` is led by `$1` (an accepted lead): the only letters a key sees on OSDI. */
const LED_BY_KEY_ORGANISATION = `EXISTS (SELECT 1 FROM letter_leads ll
  WHERE ll.letter_id = l.id AND ll.organisation_id = $1 AND ll.accepted_at IS NOT NULL)`;

const PETITION_COLUMNS = `l.id, l.slug, l.title, v.body, l.created_at AS "createdAt",
  GREATEST(l.created_at, v.created_at) AS "modifiedAt",
  (SELECT count(*)::int FROM endorsements e WHERE e.letter_id = l.id AND e.status = 'SIGNED')
    + (SELECT count(*)::int FROM signatures s WHERE s.letter_id = l.id AND s.status = 'CONFIRMED') AS signatures,
  ARRAY(SELECT r.name FROM letter_recipients r WHERE r.letter_id = l.id ORDER BY r.role, r.created_at, r.id LIMIT 50) AS targets`;

/**
 * Signatures of letter `$1`: organisations' endorsements that stand (SIGNED) and supporters'
 * confirmed signatures, in one stable order (when signed, then id). A supporter's email is read
 * only where they consented to be contacted; every endorsement of a letter the key's organisation
 * leads is shown with its signer, unnamed ones too (leads see unnamed signatories; no one else
 * reaches these rows: every route checks the lead first).
 */
const SIGNATURES_SQL = `SELECT * FROM (
    SELECT 'endorsement' AS kind, e.id, e.letter_id AS "letterId", e.signed_at AS "actionAt",
      e.created_at AS "createdAt", e.updated_at AS "modifiedAt", e.comment, e.signer_name AS name,
      e.signer_title AS title, e.display_name AS organisation, ${unnamedFlag('e')} AS unnamed,
      NULL::varchar AS email, NULL::varchar AS postcode, o.country
    FROM endorsements e JOIN organisations o ON o.id = e.organisation_id
    WHERE e.letter_id = $1 AND e.status = 'SIGNED'
    UNION ALL
    SELECT 'supporter', s.id, s.letter_id, s.confirmed_at, s.created_at, COALESCE(s.confirmed_at, s.created_at),
      s.comment, s.name, NULL, NULL, false, CASE WHEN s.consented THEN s.email END, s.postcode, s.country
    FROM signatures s
    WHERE s.letter_id = $1 AND s.status = 'CONFIRMED'
  ) x`;

/**
 * OSDI petitions (the letters the key's organisation leads), their signatures and the people who
 * signed. A read-only projection over letters, endorsements, supporters and deliveries, paged in
 * SQL: this context sits above them all (libs/common/architecture.spec.ts).
 */
@Injectable()
export class OsdiPetitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The API's base URL, for `_links`. */
  get base(): string {
    return `${this.config.publicUrl}/osdi/v1`;
  }

  async petitions(organisationId: string, page: Page): Promise<Record<string, unknown>> {
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM letters l WHERE ${LED_BY_KEY_ORGANISATION}`,
      [organisationId],
    )) as { total: number }[];
    const rows = (await this.dataSource.query(
      `SELECT ${PETITION_COLUMNS}
       FROM letters l JOIN letter_versions v ON v.letter_id = l.id AND v.number = l.current_version
       WHERE ${LED_BY_KEY_ORGANISATION}
       ORDER BY l.created_at, l.id LIMIT $2 OFFSET $3`,
      [organisationId, page.perPage, page.offset],
    )) as PetitionRow[];
    return collection(
      'petitions',
      `${this.base}/petitions`,
      page,
      total,
      rows.map((row) => this.petition(row)),
    );
  }

  /** NOT_FOUND unless the key's organisation leads the letter. */
  async petitionById(organisationId: string, letterId: string): Promise<HalObject> {
    const [row] = (await this.dataSource.query(
      `SELECT ${PETITION_COLUMNS}
       FROM letters l JOIN letter_versions v ON v.letter_id = l.id AND v.number = l.current_version
       WHERE l.id = $2 AND ${LED_BY_KEY_ORGANISATION}`,
      [organisationId, letterId],
    )) as PetitionRow[];
    if (!row) throw notFound('Petition');
    return this.petition(row);
  }

  async signatures(organisationId: string, letterId: string, page: Page): Promise<Record<string, unknown>> {
    await this.requireLed(organisationId, letterId);
    const [{ total }] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM (${SIGNATURES_SQL}) c`, [
      letterId,
    ])) as { total: number }[];
    const rows = (await this.dataSource.query(`${SIGNATURES_SQL} ORDER BY "actionAt", id LIMIT $2 OFFSET $3`, [
      letterId,
      page.perPage,
      page.offset,
    ])) as SignatureRow[];
    return collection(
      'signatures',
      `${this.base}/petitions/${letterId}/signatures`,
      page,
      total,
      rows.map((row) => this.signature(row)),
    );
  }

  async signatureById(organisationId: string, letterId: string, signatureId: string): Promise<HalObject> {
    await this.requireLed(organisationId, letterId);
    const [row] = (await this.dataSource.query(`${SIGNATURES_SQL} WHERE id = $2`, [
      letterId,
      signatureId,
    ])) as SignatureRow[];
    if (!row) throw notFound('Signature');
    return this.signature(row);
  }

  /** A person is one signature's signer: found among the letters the key's organisation leads. */
  async person(organisationId: string, personId: string): Promise<HalObject> {
    const [found] = (await this.dataSource.query(
      `SELECT letter_id AS "letterId" FROM endorsements WHERE id = $1 AND status = 'SIGNED'
       UNION ALL SELECT letter_id FROM signatures WHERE id = $1 AND status = 'CONFIRMED'`,
      [personId],
    )) as { letterId: string }[];
    if (!found || !(await this.leads(organisationId, found.letterId))) throw notFound('Person');
    const [row] = (await this.dataSource.query(`${SIGNATURES_SQL} WHERE id = $2`, [
      found.letterId,
      personId,
    ])) as SignatureRow[];
    if (!row) throw notFound('Person');
    return this.personOf(row);
  }

  async requireLed(organisationId: string, letterId: string): Promise<void> {
    if (!(await this.leads(organisationId, letterId))) throw notFound('Petition');
  }

  private async leads(organisationId: string, letterId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM letters l WHERE l.id = $2 AND ${LED_BY_KEY_ORGANISATION}`,
      [organisationId, letterId],
    );
    return rows.length > 0;
  }

  private petition(row: PetitionRow): HalObject {
    const self = `${this.base}/petitions/${row.id}`;
    return {
      ...resource(row.id, row.createdAt, row.modifiedAt),
      title: row.title,
      // The letter's opening paragraph; petition_text is the whole letter (Markdown) as it now stands.
      description: row.body.split(/\n\s*\n/, 1)[0].slice(0, 1000),
      petition_text: row.body,
      browser_url: `${this.config.publicUrl}/l/${row.slug}`,
      total_signatures: row.signatures,
      target: row.targets.map((name) => ({ name })),
      _links: {
        self: { href: self },
        'osdi:signatures': { href: `${self}/signatures` },
      },
    };
  }

  private signature(row: SignatureRow): HalObject {
    const petition = `${this.base}/petitions/${row.letterId}`;
    return {
      ...resource(row.id, row.createdAt, row.modifiedAt),
      action_date: row.actionAt.toISOString(),
      ...(row.comment ? { comments: row.comment } : {}),
      _links: {
        self: { href: `${petition}/signatures/${row.id}` },
        'osdi:petition': { href: petition },
        'osdi:person': { href: `${this.base}/people/${row.id}` },
      },
      _embedded: { 'osdi:person': this.personOf(row) },
    };
  }

  /**
   * An organisation's signer as a person (Action Network's fields): their name and title, and the
   * organisation in `employer` and `custom_fields` (no email: a co-signer never agreed to share
   * theirs). A supporter: their name, their email only where they consented to be contacted, and
   * where they live as far as they told it.
   */
  private personOf(row: SignatureRow): HalObject {
    const common = {
      ...resource(row.id, row.createdAt, row.modifiedAt),
      ...splitName(row.name),
      email_addresses: row.email ? [{ address: row.email, primary: true, status: 'subscribed' }] : [],
      postal_addresses:
        row.postcode || row.country
          ? [
              {
                ...(row.postcode ? { postal_code: row.postcode } : {}),
                ...(row.country ? { country: row.country } : {}),
              },
            ]
          : [],
      _links: { self: { href: `${this.base}/people/${row.id}` } },
    };
    if (row.kind === 'supporter') return { ...common, custom_fields: { undersigned_kind: 'supporter' } };
    return {
      ...common,
      employer: row.organisation,
      custom_fields: {
        undersigned_kind: 'organisation',
        organisation: row.organisation,
        job_title: row.title,
        // Unnamed: listed nowhere in public; leads see it, as here.
        unnamed: row.unnamed,
      },
    };
  }
}
