import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound } from '@undersigned/common';
import { collection, resource, splitName, type HalObject, type Page } from './hal';
import { OsdiPetitionsService } from './osdi-petitions.service';

interface CampaignRow {
  id: string;
  title: string;
  body: string;
  createdAt: Date;
  modifiedAt: Date;
  outreaches: number;
}

interface OutreachRow {
  id: string;
  letterId: string;
  signatureId: string;
  createdAt: Date;
  sentAt: Date | null;
  subject: string;
  targetName: string;
  targetTitle: string | null;
  party: string | null;
  areaType: string;
  areaCode: string;
}

/** SQL condition: letter `l` writes to each supporter's own representative and is led by `$1`. */
const OWN_REPRESENTATIVE_LED = `EXISTS (SELECT 1 FROM letter_targeting lt
    WHERE lt.letter_id = l.id AND lt.mode = 'OWN_REPRESENTATIVE')
  AND EXISTS (SELECT 1 FROM letter_leads ll
    WHERE ll.letter_id = l.id AND ll.organisation_id = $1 AND ll.accepted_at IS NOT NULL)`;

const OUTREACH_SQL = `SELECT tm.id, tm.letter_id AS "letterId", tm.signature_id AS "signatureId",
    tm.created_at AS "createdAt", tm.sent_at AS "sentAt", v.title AS subject, t.name AS "targetName",
    t.title AS "targetTitle", t.party, t.area_type AS "areaType", t.area_code AS "areaCode"
  FROM target_messages tm
  JOIN targets t ON t.id = tm.target_id
  JOIN letter_versions v ON v.letter_id = tm.letter_id AND v.number = tm.letter_version`;

const CAMPAIGN_COLUMNS = `l.id, l.title, v.body, l.created_at AS "createdAt",
  GREATEST(l.created_at, v.created_at) AS "modifiedAt",
  (SELECT count(*)::int FROM target_messages tm WHERE tm.letter_id = l.id) AS outreaches`;

/**
 * OSDI advocacy campaigns: the OWN_REPRESENTATIVE letters the key's organisation leads, and their
 * outreaches (each supporter's message to their representative, from the targeting context).
 */
@Injectable()
export class OsdiAdvocacyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly petitions: OsdiPetitionsService,
  ) {}

  async campaigns(organisationId: string, page: Page): Promise<Record<string, unknown>> {
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM letters l WHERE ${OWN_REPRESENTATIVE_LED}`,
      [organisationId],
    )) as { total: number }[];
    const rows = (await this.dataSource.query(
      `SELECT ${CAMPAIGN_COLUMNS}
       FROM letters l JOIN letter_versions v ON v.letter_id = l.id AND v.number = l.current_version
       WHERE ${OWN_REPRESENTATIVE_LED} ORDER BY l.created_at, l.id LIMIT $2 OFFSET $3`,
      [organisationId, page.perPage, page.offset],
    )) as CampaignRow[];
    return collection(
      'advocacy_campaigns',
      `${this.petitions.base}/advocacy_campaigns`,
      page,
      total,
      rows.map((row) => this.campaign(row)),
    );
  }

  async campaignById(organisationId: string, letterId: string): Promise<HalObject> {
    const [row] = (await this.dataSource.query(
      `SELECT ${CAMPAIGN_COLUMNS}
       FROM letters l JOIN letter_versions v ON v.letter_id = l.id AND v.number = l.current_version
       WHERE l.id = $2 AND ${OWN_REPRESENTATIVE_LED}`,
      [organisationId, letterId],
    )) as CampaignRow[];
    if (!row) throw notFound('Advocacy campaign');
    return this.campaign(row);
  }

  async outreachById(organisationId: string, letterId: string, outreachId: string): Promise<HalObject> {
    await this.campaignById(organisationId, letterId);
    const [row] = (await this.dataSource.query(`${OUTREACH_SQL} WHERE tm.letter_id = $1 AND tm.id = $2`, [
      letterId,
      outreachId,
    ])) as OutreachRow[];
    if (!row) throw notFound('Outreach');
    return this.outreach(row);
  }

  async outreaches(organisationId: string, letterId: string, page: Page): Promise<Record<string, unknown>> {
    await this.campaignById(organisationId, letterId);
    const [{ total }] = (await this.dataSource.query(
      'SELECT count(*)::int AS total FROM target_messages WHERE letter_id = $1',
      [letterId],
    )) as { total: number }[];
    const rows = (await this.dataSource.query(
      `${OUTREACH_SQL} WHERE tm.letter_id = $1 ORDER BY tm.created_at, tm.id LIMIT $2 OFFSET $3`,
      [letterId, page.perPage, page.offset],
    )) as OutreachRow[];
    return collection(
      'outreaches',
      `${this.petitions.base}/advocacy_campaigns/${letterId}/outreaches`,
      page,
      total,
      rows.map((row) => this.outreach(row)),
    );
  }

  private campaign(row: CampaignRow): HalObject {
    const self = `${this.petitions.base}/advocacy_campaigns/${row.id}`;
    return {
      ...resource(row.id, row.createdAt, row.modifiedAt),
      title: row.title,
      description: row.body.split(/\n\s*\n/, 1)[0].slice(0, 1000),
      type: 'email',
      // Each supporter writes to their own representative: the targets are the outreaches'.
      targets: [],
      total_outreaches: row.outreaches,
      _links: {
        self: { href: self },
        'osdi:outreaches': { href: `${self}/outreaches` },
        'osdi:petition': { href: `${this.petitions.base}/petitions/${row.id}` },
      },
    };
  }

  // The message is the letter itself (osdi:petition's petition_text), not repeated in every outreach.
  private outreach(row: OutreachRow): HalObject {
    const campaign = `${this.petitions.base}/advocacy_campaigns/${row.letterId}`;
    return {
      ...resource(row.id, row.createdAt, row.sentAt ?? row.createdAt),
      action_date: row.createdAt.toISOString(),
      type: 'email',
      subject: row.subject,
      targets: [
        {
          title: row.targetTitle,
          organization: row.party,
          ...splitName(row.targetName),
          // Not an OCD id: the area the representative stands for, as imported (e.g. ONS constituency codes).
          area: `${row.areaType}:${row.areaCode}`,
        },
      ],
      _links: {
        self: { href: `${campaign}/outreaches/${row.id}` },
        'osdi:advocacy_campaign': { href: campaign },
        'osdi:person': { href: `${this.petitions.base}/people/${row.signatureId}` },
      },
    };
  }
}
