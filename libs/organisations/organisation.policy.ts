import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuthMethod, forbidden, isTwoFactor, notFound, type Actor, type DomainError } from '@undersigned/common';
import { Membership } from './membership.entity';
import { OrganisationRole } from './organisation-role';

/**
 * Refused to a member of an organisation requiring two-factor sign-in whose session did not begin
 * with it (whether or not the account has it on: a session begun with the password alone may be
 * an attacker's), or requiring phishing-resistant sign-in whose session did not begin with a passkey.
 */
export const twoFactorFirst = (): DomainError =>
  forbidden(
    'This organisation requires a stronger sign-in than this session began with: two-factor sign-in (a code), or, where it requires phishing-resistant sign-in, a passkey. Sign in again that way',
  );

/** Whether the caller's session began with a second factor: the question two-factor rules ask. */
export function twoFactorSession(actor: Actor): boolean {
  return isTwoFactor(actor.methods);
}

/** Whether the caller's session began with a passkey: the question phishing-resistant rules ask. */
export function passkeySession(actor: Actor): boolean {
  return (actor.methods ?? []).includes(AuthMethod.PASSKEY);
}

/**
 * SQL condition: the organisation (alias `o`) requires two-factor sign-in and the session does not
 * have it, or requires phishing-resistant sign-in and the session did not begin with a passkey
 * (`twoFactorParam` and `passkeyParam` name boolean parameters bound to twoFactorSession and passkeySession), so
 * the organisation is read-only in this session.
 */
export function readOnlyInSessionSql(o: string, twoFactorParam: string, passkeyParam: string): string {
  return `((${o}.require_two_factor AND NOT ${twoFactorParam}) OR (${o}.require_phishing_resistant AND NOT ${passkeyParam}))`;
}

/** The most an API key may do for its organisation: a COORDINATOR's part, never an OWNER's. */
export const API_KEY_ROLE = OrganisationRole.COORDINATOR;

interface Standing {
  exists: boolean;
  role: OrganisationRole | null;
  /** The organisation requires a sign-in (two-factor, a passkey) this session did not begin with: reads only. */
  readOnly: boolean;
}

/**
 * Data-dependent permission checks about organisations, in one place. Acting for an organisation
 * (requireRole, actingRoleOf, visibleMembership with a lock) also needs a session begun with
 * two-factor when the organisation requires it; reading (roleOf) does not.
 */
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
    const { exists, role, readOnly } = await this.standing(manager, actor, organisationId, lock);
    if (!exists) throw notFound('Organisation');
    if (!role || !roles.includes(role)) {
      throw forbidden(`This needs the ${roles.join(' or ')} role in the organisation`);
    }
    if (readOnly) throw twoFactorFirst();
    return role;
  }

  /** The caller's role, for a step that acts for the organisation: FORBIDDEN if it is read-only in this session. */
  async actingRoleOf(manager: EntityManager, actor: Actor, organisationId: string): Promise<OrganisationRole | null> {
    const { role, readOnly } = await this.standing(manager, actor, organisationId, false);
    if (role && readOnly) throw twoFactorFirst();
    return role;
  }

  /** The organisation's existence, the caller's role in it and whether it is read-only in this session: one query. */
  private async standing(
    manager: EntityManager,
    actor: Actor,
    organisationId: string,
    lock: boolean,
  ): Promise<Standing> {
    if (actor.apiKey) return this.keyStanding(manager, actor.apiKey.organisationId, organisationId, lock);
    const rows = (await manager.query(
      `SELECT m.role, ${readOnlyInSessionSql('o', '$3::boolean', '$4::boolean')} AS "readOnly"
       FROM organisations o
       LEFT JOIN memberships m ON m.organisation_id = o.id AND m.user_id = $2
       WHERE o.id = $1${lock ? ' FOR UPDATE OF o' : ''}`,
      [organisationId, actor.userId, twoFactorSession(actor), passkeySession(actor)],
    )) as { role: OrganisationRole | null; readOnly: boolean | null }[];
    if (!rows.length) return { exists: false, role: null, readOnly: false };
    return { exists: true, role: rows[0].role, readOnly: rows[0].readOnly === true };
  }

  /**
   * An API key stands in its own organisation as a COORDINATOR, never an OWNER, and nowhere else.
   * Two-factor is a rule for people's sessions: the key was made by an OWNER under it.
   */
  private async keyStanding(
    manager: EntityManager,
    keyOrganisationId: string,
    organisationId: string,
    lock: boolean,
  ): Promise<Standing> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM organisations o WHERE o.id = $1${lock ? ' FOR UPDATE OF o' : ''}`,
      [organisationId],
    );
    if (!rows.length) return { exists: false, role: null, readOnly: false };
    return { exists: true, role: organisationId === keyOrganisationId ? API_KEY_ROLE : null, readOnly: false };
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
    const { role: currentRole, readOnly } = await this.standing(manager, actor, membership.organisationId, true);
    // Re-read under the lock: a concurrent change may have moved or removed it.
    const current = await manager.findOne(Membership, { where: { id: membershipId } });
    if (!current || !currentRole) throw notFound('Membership');
    if (readOnly) throw twoFactorFirst();
    return { membership: current, actorRole: currentRole };
  }
}
