import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { User } from '@undersigned/accounts';
import { byKeys, groupByKeys, loaderFor, type RequestContext } from '@undersigned/common';
import type { Membership } from './membership.entity';
import { MembershipsService } from './memberships.service';
import type { Organisation } from './organisation.entity';
import { OrganisationsService } from './organisations.service';

/** Per-request DataLoaders for organisation data, so nested fields cost one query per level. */
@Injectable()
export class OrganisationLoaders {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly memberships: MembershipsService,
  ) {}

  organisation(context: RequestContext): DataLoader<string, Organisation | null> {
    return loaderFor(
      context,
      'organisation',
      () =>
        new DataLoader(async (ids: readonly string[]) => byKeys(ids, await this.organisations.byIds(ids), (o) => o.id)),
    );
  }

  user(context: RequestContext): DataLoader<string, User | null> {
    return loaderFor(
      context,
      'user',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          byKeys(ids, await this.memberships.usersByIds(ids), (u) => u.id),
        ),
    );
  }

  /** The members of an organisation (whether the viewer may see them is the caller's check). */
  members(context: RequestContext): DataLoader<string, Membership[]> {
    return loaderFor(
      context,
      'members',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.memberships.membersOf(ids), (m) => m.organisationId),
        ),
    );
  }

  /** The viewer's own membership in an organisation, or null. */
  viewerMembership(context: RequestContext, viewerId: string): DataLoader<string, Membership | null> {
    return loaderFor(
      context,
      `viewerMembership:${viewerId}`,
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          byKeys(ids, await this.memberships.viewerRoles(viewerId, ids), (m) => m.organisationId),
        ),
    );
  }

  /** Whether a user is the viewer or shares an organisation with the viewer (may see the email). */
  isFellow(context: RequestContext, viewerId: string): DataLoader<string, boolean> {
    return loaderFor(
      context,
      `isFellow:${viewerId}`,
      () =>
        new DataLoader(async (userIds: readonly string[]) => {
          const fellows = new Set(await this.memberships.fellowMembers(viewerId, userIds));
          return userIds.map((id) => id === viewerId || fellows.has(id));
        }),
    );
  }

  /** A user's memberships that the viewer may see. */
  visibleMemberships(context: RequestContext, viewerId: string): DataLoader<string, Membership[]> {
    return loaderFor(
      context,
      `visibleMemberships:${viewerId}`,
      () =>
        new DataLoader(async (userIds: readonly string[]) =>
          groupByKeys(userIds, await this.memberships.membershipsVisibleTo(viewerId, userIds), (m) => m.userId),
        ),
    );
  }
}
