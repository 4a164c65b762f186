import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { forbidden, notFound, type Actor } from '@undersigned/common';
import { Membership, OrganisationRole } from '@undersigned/organisations';
import { LetterLead } from './letter-lead.entity';
import { LetterStatus, LetterVisibility } from './letter-status';
import { Letter } from './letter.entity';

/** How the viewer stands to a letter. */
export enum LetterAccess {
  /** May not see it at all: every question about it answers NOT_FOUND. */
  NONE = 'NONE',
  /** A public letter once open: its text as opened and since, its timeline. */
  PUBLIC = 'PUBLIC',
  /** A member of an organisation invited to endorse: drafts and comments, as a participant. */
  INVITED = 'INVITED',
  /** A member of a lead organisation: drafts, comments, revising, opening and closing. */
  LEAD = 'LEAD',
}

/** Those who take part in drafting: they see every version and the discussion. */
export function isParticipant(access: LetterAccess): boolean {
  return access === LetterAccess.LEAD || access === LetterAccess.INVITED;
}

/** Who may see and do what with a letter: the one place these rules live. */
@Injectable()
export class LetterPolicy {
  /** SQL condition: the user `:viewerId` is a member of an accepted lead of letter alias `l`. */
  static readonly LEAD_MEMBER_SQL = `EXISTS (SELECT 1 FROM letter_leads ll
      JOIN memberships lm ON lm.organisation_id = ll.organisation_id
      WHERE ll.letter_id = l.id AND ll.accepted_at IS NOT NULL AND lm.user_id = :viewerId)`;

  /**
   * SQL condition: `:viewerId` is a member of an organisation invited to endorse letter `l`
   * (invitations belong to the endorsements context; the rule lives here with the others).
   */
  static readonly INVITED_MEMBER_SQL = `EXISTS (SELECT 1 FROM letter_invitations li
      JOIN memberships im ON im.organisation_id = li.organisation_id
      WHERE li.letter_id = l.id AND li.status IN ('PENDING', 'ACCEPTED') AND im.user_id = :viewerId)`;

  /** SQL condition: the letter `l` is public and past its draft. */
  static readonly PUBLIC_SQL = `(l.visibility = 'PUBLIC' AND l.status <> 'DRAFT')`;

  async access(manager: EntityManager, viewer: Actor | null, letter: Letter): Promise<LetterAccess> {
    if (viewer && (await this.isLeadMember(manager, viewer.userId, letter.id))) return LetterAccess.LEAD;
    if (viewer && (await this.isInvitedMember(manager, viewer.userId, letter.id))) return LetterAccess.INVITED;
    if (letter.visibility === LetterVisibility.PUBLIC && letter.status !== LetterStatus.DRAFT)
      return LetterAccess.PUBLIC;
    return LetterAccess.NONE;
  }

  async isLeadMember(manager: EntityManager, userId: string, letterId: string): Promise<boolean> {
    return manager
      .getRepository(LetterLead)
      .createQueryBuilder('ll')
      .innerJoin(Membership, 'm', 'm.organisation_id = ll.organisation_id')
      .where('ll.letter_id = :letterId AND ll.accepted_at IS NOT NULL AND m.user_id = :userId', { letterId, userId })
      .getExists();
  }

  async isInvitedMember(manager: EntityManager, userId: string, letterId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM letters l WHERE l.id = $1 AND ${LetterPolicy.INVITED_MEMBER_SQL.replace(':viewerId', '$2')}`,
      [letterId, userId],
    );
    return rows.length > 0;
  }

  /** The letter if the viewer may see it, with how; NOT_FOUND otherwise. */
  async readable(
    manager: EntityManager,
    viewer: Actor | null,
    letterId: string,
  ): Promise<{ letter: Letter; access: LetterAccess }> {
    return this.readableWhere(manager, viewer, { id: letterId });
  }

  /** The same, for a letter named by id or by slug (links and file routes use slugs). */
  async readableWhere(
    manager: EntityManager,
    viewer: Actor | null,
    where: { id: string } | { slug: string },
  ): Promise<{ letter: Letter; access: LetterAccess }> {
    const letter = await manager.findOne(Letter, { where });
    const access = letter ? await this.access(manager, viewer, letter) : LetterAccess.NONE;
    if (!letter || access === LetterAccess.NONE) throw notFound('Letter');
    return { letter, access };
  }

  /**
   * The letter, locked for update, if the caller is a member of one of its lead organisations.
   * Readers who are not leads get FORBIDDEN; everyone else NOT_FOUND.
   */
  async requireLead(manager: EntityManager, actor: Actor, letterId: string): Promise<Letter> {
    const { access } = await this.readable(manager, actor, letterId);
    if (access !== LetterAccess.LEAD) throw forbidden('Only members of the lead organisations can do this');
    return manager
      .getRepository(Letter)
      .createQueryBuilder('l')
      .setLock('pessimistic_write')
      .where('l.id = :letterId', { letterId })
      .getOneOrFail();
  }

  /** The letter, locked against revision meanwhile, if the caller takes part in drafting it. */
  async requireParticipant(manager: EntityManager, actor: Actor, letterId: string): Promise<Letter> {
    const { access } = await this.readable(manager, actor, letterId);
    if (!isParticipant(access)) throw forbidden('Only those drafting or invited to endorse can do this');
    return manager
      .getRepository(Letter)
      .createQueryBuilder('l')
      .setLock('pessimistic_read')
      .where('l.id = :letterId', { letterId })
      .getOneOrFail();
  }

  /** Lead OWNER: an OWNER of one of the letter's accepted lead organisations. */
  async isLeadOwner(manager: EntityManager, userId: string, letterId: string): Promise<boolean> {
    return manager
      .getRepository(LetterLead)
      .createQueryBuilder('ll')
      .innerJoin(Membership, 'm', 'm.organisation_id = ll.organisation_id')
      .where('ll.letter_id = :letterId AND ll.accepted_at IS NOT NULL AND m.user_id = :userId AND m.role = :role', {
        letterId,
        userId,
        role: OrganisationRole.OWNER,
      })
      .getExists();
  }
}
