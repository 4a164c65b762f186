import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OptionalActor, type Actor } from '@undersigned/common';
import { OrganisationObject, OrganisationPolicy, OrganisationRole } from '@undersigned/organisations';
import { CoLeadRequestObject } from './dto/co-lead-request.object';

/** At most this many pending requests are listed (the oldest first). */
const MAX_REQUESTS = 50;

/**
 * The co-lead requests an organisation has not yet answered: what its OWNER needs to find a letter
 * to accept (acceptCoLead), since the letter itself stays hidden until then.
 */
@Resolver(() => OrganisationObject)
export class CoLeadRequestsResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationPolicy,
  ) {}

  @ResolveField(() => [CoLeadRequestObject], {
    description:
      "Letters whose leads asked this organisation to co-lead, not yet accepted; for the organisation's OWNERs only",
  })
  async coLeadRequests(
    @Parent() organisation: OrganisationObject,
    @OptionalActor() viewer: Actor | null,
  ): Promise<CoLeadRequestObject[]> {
    if (!viewer) return [];
    const role = await this.organisations.roleOf(this.dataSource.manager, viewer.userId, organisation.id);
    if (role !== OrganisationRole.OWNER) return [];
    const rows: { letter_id: string; slug: string; title: string; created_at: Date }[] = await this.dataSource.query(
      `SELECT l.id AS letter_id, l.slug, v.title, ll.created_at
         FROM letter_leads ll
         JOIN letters l ON l.id = ll.letter_id
         JOIN letter_versions v ON v.letter_id = l.id AND v.number = l.current_version
        WHERE ll.organisation_id = $1 AND ll.accepted_at IS NULL AND l.status <> 'DELIVERED'
        ORDER BY ll.created_at, l.id
        LIMIT ${MAX_REQUESTS}`,
      [organisation.id],
    );
    return rows.map((r) => ({ letterId: r.letter_id, slug: r.slug, title: r.title, requestedAt: r.created_at }));
  }
}
