import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { badInput, DomainError, ErrorCode, nameSkeleton, withRandomSlug } from '@undersigned/common';
import { normaliseCountry } from './country';
import { Membership } from './membership.entity';
import { Organisation } from './organisation.entity';
import { OrganisationRole } from './organisation-role';
import { websiteDomain } from './organisations.service';
import { requireNameFreeOfVerified, requireNameNotVerified } from './verified-names';

export interface MemberlessOrganisationInput {
  name: string;
  country?: string | null;
  website?: string | null;
}

/** Whether `email` is an address at `domain` or at a subdomain of it. */
export function emailAtDomain(email: string, domain: string): boolean {
  const mailDomain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return mailDomain === domain || mailDomain.endsWith(`.${domain}`);
}

/**
 * Organisations a guest signs for without an account (an invitation mailed to an address proves
 * that mailbox): created without members, and given their first OWNER once someone verifies an
 * account at the address they signed from.
 */
@Injectable()
export class MemberlessOrganisationsService {
  /**
   * Creates it in the caller's transaction. A name that is, looks like, or contains a verified
   * organisation's (the rules of createOrganisation) is BAD_USER_INPUT: that organisation's members
   * sign it signed in. Verified at once (`verifiedDomain`) when `signedFrom` is at its website's
   * domain or a subdomain, the proof verifyOrganisationDomain asks for.
   */
  async create(manager: EntityManager, input: MemberlessOrganisationInput, signedFrom: string): Promise<Organisation> {
    const skeleton = await this.requireNameFree(manager, input.name);
    const domain = input.website ? websiteDomain(input.website) : null;
    const verifiedDomain = domain && emailAtDomain(signedFrom, domain) ? domain : null;
    // A savepoint per attempt: a slug taken meanwhile must not abort the caller's transaction. The
    // slug is always random-suffixed: a plain one would tell whoever next takes the name (its slug
    // suffixed) that an organisation hidden from the directory has it.
    return withRandomSlug(input.name, 'organisation', 'organisations_slug_key', (slug) =>
      manager.transaction((inner) =>
        inner.save(
          inner.create(Organisation, {
            slug,
            name: input.name,
            nameSkeleton: skeleton,
            country: input.country ? normaliseCountry(input.country) : null,
            website: input.website || null,
            verifiedDomain,
          }),
        ),
      ),
    );
  }

  /**
   * BAD_USER_INPUT when `name` is, looks like, or contains a verified organisation's (the rules of
   * createOrganisation): that organisation's members sign signed in. Answers the name's skeleton.
   */
  async requireNameFree(manager: EntityManager, name: string): Promise<string> {
    const skeleton = nameSkeleton(name);
    try {
      await requireNameFreeOfVerified(manager, name, null);
      await requireNameNotVerified(manager, skeleton, null);
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.CONFLICT) {
        throw badInput(
          'A verified organisation has this name (or one that looks like it): its members sign this letter signed in to their account',
        );
      }
      throw error;
    }
    return skeleton;
  }

  /** Whether anyone is a member: then its members act for it, signed in, and no guest link does. */
  async hasMembers(manager: EntityManager, organisationId: string): Promise<boolean> {
    const members: unknown[] = await manager.query('SELECT 1 FROM memberships WHERE organisation_id = $1 LIMIT 1', [
      organisationId,
    ]);
    return members.length > 0;
  }

  /**
   * Makes `userId` the OWNER of each of these organisations that still has no member, in the
   * caller's transaction; the organisation row is locked first, so two claims cannot both pass.
   * Returns the organisations it joined.
   */
  async adopt(manager: EntityManager, userId: string, organisationIds: string[]): Promise<string[]> {
    const adopted: string[] = [];
    for (const organisationId of [...new Set(organisationIds)].sort()) {
      const [organisation] = (await manager.query(
        'SELECT name, name_skeleton, verified_domain FROM organisations WHERE id = $1 FOR UPDATE',
        [organisationId],
      )) as { name: string; name_skeleton: string; verified_domain: string | null }[];
      if (await this.hasMembers(manager, organisationId)) continue;
      // Without members it held its verified name against no one; with them it would. If a verified
      // organisation took the name meanwhile, this one keeps its members but not its badge (its
      // owner can prove the domain again: verifyOrganisationDomain checks names as it should).
      if (organisation.verified_domain && (await this.nameTaken(manager, organisation, organisationId))) {
        await manager.update(Organisation, { id: organisationId }, { verifiedDomain: null });
      }
      await manager.insert(Membership, { organisationId, userId, role: OrganisationRole.OWNER });
      adopted.push(organisationId);
    }
    return adopted;
  }

  /** Whether a verified organisation with members has `organisation`'s name, or one like it. */
  private async nameTaken(
    manager: EntityManager,
    organisation: { name: string; name_skeleton: string },
    organisationId: string,
  ): Promise<boolean> {
    try {
      await requireNameNotVerified(manager, organisation.name_skeleton, organisationId);
      await requireNameFreeOfVerified(manager, organisation.name, organisationId);
      return false;
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.CONFLICT) return true;
      throw error;
    }
  }
}
