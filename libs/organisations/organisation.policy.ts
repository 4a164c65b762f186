import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { forbidden, notFound, type Actor } from '@undersigned/common';
import { Membership } from './membership.entity';
import { Organisation } from './organisation.entity';
import { OrganisationRole } from './organisation-role';

/** Data-dependent permission checks about organisations, in one place. */
@Injectable()
export class OrganisationPolicy {
  async roleOf(manager: EntityManager, userId: string, organisationId: string): Promise<OrganisationRole | null> {
    const membership = await manager.findOne(Membership, { where: { userId, organisationId }, select: { role: true } });
    return membership?.role ?? null;
  }

  /**
   * Requires the caller to hold one of `roles` in the organisation. With `lock`, the
   * organisation row is locked first, serialising changes to its membership.
   */
  async requireRole(
    manager: EntityManager,
    actor: Actor,
    organisationId: string,
    roles: readonly OrganisationRole[],
    lock = false,
  ): Promise<OrganisationRole> {
    const query = manager
      .getRepository(Organisation)
      .createQueryBuilder('o')
      .select('o.id')
      .where('o.id = :organisationId', { organisationId });
    const exists = await (lock ? query.setLock('pessimistic_write') : query).getOne();
    if (!exists) throw notFound('Organisation');
    const role = await this.roleOf(manager, actor.userId, organisationId);
    if (!role || !roles.includes(role)) {
      throw forbidden(`This needs the ${roles.join(' or ')} role in the organisation`);
    }
    return role;
  }

  /**
   * A membership as seen by the caller: fellow members see it, others get NOT_FOUND. Locks the
   * organisation row when asked, for changes that must keep at least one OWNER.
   */
  async visibleMembership(
    manager: EntityManager,
    actor: Actor,
    membershipId: string,
    lock = false,
  ): Promise<{ membership: Membership; actorRole: OrganisationRole }> {
    const membership = await manager.findOne(Membership, { where: { id: membershipId } });
    const actorRole = membership ? await this.roleOf(manager, actor.userId, membership.organisationId) : null;
    if (!membership || !actorRole) throw notFound('Membership');
    if (!lock) return { membership, actorRole };
    await manager
      .getRepository(Organisation)
      .createQueryBuilder('o')
      .select('o.id')
      .where('o.id = :id', { id: membership.organisationId })
      .setLock('pessimistic_write')
      .getOne();
    // Re-read under the lock: a concurrent change may have moved or removed it.
    const current = await manager.findOne(Membership, { where: { id: membershipId } });
    const currentRole = await this.roleOf(manager, actor.userId, membership.organisationId);
    if (!current || !currentRole) throw notFound('Membership');
    return { membership: current, actorRole: currentRole };
  }
}
