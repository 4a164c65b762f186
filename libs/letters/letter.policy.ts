import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { deniedAsFalse, forbidden, notFound, type Actor } from '@undersigned/common';
import {
  API_KEY_ROLE,
  LEAD_ROLES,
  passkeySession,
  readOnlyInSessionSql,
  twoFactorFirst,
  twoFactorSession,
} from '@undersigned/organisations';
import { Letter } from './letter.entity';
import { embargoedSql, isPublicNow, publicNowSql } from './publication';

/** How the viewer stands to a letter. */
export enum LetterAccess {
  /** May not see it at all: every question about it answers NOT_FOUND. */
  NONE = 'NONE',
  /** A public letter once open: its text as opened and since, its timeline. */
  PUBLIC = 'PUBLIC',
  /** A member of an organisation invited to endorse: drafts and comments, as a participant. */
  INVITED = 'INVITED',
  /** A MEMBER or SIGNATORY of a lead organisation: drafts and comments, nothing that runs the letter. */
  LEAD_MEMBER = 'LEAD_MEMBER',
  /**
   * An OWNER or COORDINATOR of a lead organisation: runs the letter (revising, inviting, opening,
   * closing, recipients and their contacts, delivery, updates) and sees unnamed signatories.
   */
  LEAD = 'LEAD',
  /**
   * An OWNER or COORDINATOR of lead organisations that all require two-factor sign-in, in a session
   * begun without it: a participant like LEAD_MEMBER, who neither runs the letter nor reads what
   * only leads read (unnamed signatories, supporters' and recipients' contacts, the audit trail).
   * Where others are told NOT_FOUND, they are told FORBIDDEN with what to do (twoFactorFirst).
   */
  LEAD_WITHOUT_TWO_FACTOR = 'LEAD_WITHOUT_TWO_FACTOR',
}

/** Those who take part in drafting: they see every version and the discussion. */
export function isParticipant(access: LetterAccess): boolean {
  return (
    access === LetterAccess.LEAD ||
    access === LetterAccess.LEAD_WITHOUT_TWO_FACTOR ||
    access === LetterAccess.LEAD_MEMBER ||
    access === LetterAccess.INVITED
  );
}

/**
 * Whether a viewer with this access may make the reads only leads make (unnamed signatories,
 * contacts, deliveries): LEAD alone, not a lead whose session lacks the two-factor its
 * organisations require. Lead-only fields declare it with @LeadsOnly.
 */
export function readsAsLead(access: LetterAccess): boolean {
  return access === LetterAccess.LEAD;
}

/**
 * For reads only leads may make: passes for LEAD; FORBIDDEN (with what to do) for a lead whose
 * session lacks the two-factor its organisations require; `otherwise` for everyone else.
 */
export function requireLeadRead(access: LetterAccess, otherwise: () => Error): void {
  if (readsAsLead(access)) return;
  if (access === LetterAccess.LEAD_WITHOUT_TWO_FACTOR) throw twoFactorFirst();
  throw otherwise();
}

export type LockMode = 'update' | 'share';

/**
 * The letter row locked before anything about it is read: `share` beside other writers that do not
 * change the letter (signing, withdrawing), `update` alone (revising, closing, delivering). Null if
 * there is none. For who-may-see checks too, use LetterPolicy.locked.
 */
export function lockLetterRow(manager: EntityManager, letterId: string, mode: LockMode): Promise<Letter | null> {
  return manager
    .getRepository(Letter)
    .createQueryBuilder('l')
    .setLock(mode === 'update' ? 'pessimistic_write' : 'pessimistic_read')
    .where('l.id = :letterId', { letterId })
    .getOne();
}

const LEAD_ROLES_SQL = LEAD_ROLES.map((role) => `'${role}'`).join(', ');

/**
 * SQL condition: the letter invitation row (columns prefixed by `prefix`, e.g. `li.`) still stands:
 * accepted, or pending and not expired. A declined or expired one grants nothing.
 */
export function invitationStandsSql(prefix = ''): string {
  return `(${prefix}status = 'ACCEPTED' OR (${prefix}status = 'PENDING' AND ${prefix}expires_at > now()))`;
}

/** Who may see and do what with a letter: the one place these rules live. */
@Injectable()
export class LetterPolicy {
  /** SQL condition: `:viewerId` is an OWNER or COORDINATOR of an accepted lead of letter alias `l`. */
  static readonly LEAD_SQL = `EXISTS (SELECT 1 FROM letter_leads ll
      JOIN memberships lm ON lm.organisation_id = ll.organisation_id
      WHERE ll.letter_id = l.id AND ll.accepted_at IS NOT NULL AND lm.user_id = :viewerId
        AND lm.role IN (${LEAD_ROLES_SQL}))`;

  /**
   * SQL condition: `:viewerId` is an OWNER or COORDINATOR of an accepted lead of letter `l` that is
   * not read-only in this session (`:twoFactor`, `:passkey`: see readOnlyInSessionSql).
   */
  static readonly LEAD_IN_SESSION_SQL = `EXISTS (SELECT 1 FROM letter_leads ll
      JOIN memberships lm ON lm.organisation_id = ll.organisation_id
      JOIN organisations lo ON lo.id = ll.organisation_id
      WHERE ll.letter_id = l.id AND ll.accepted_at IS NOT NULL AND lm.user_id = :viewerId
        AND lm.role IN (${LEAD_ROLES_SQL}) AND NOT ${readOnlyInSessionSql('lo', ':twoFactor', ':passkey')})`;

  /** SQL condition: `:viewerId` is a member, in any role, of an accepted lead of letter `l`. */
  static readonly LEAD_MEMBER_SQL = `EXISTS (SELECT 1 FROM letter_leads ll
      JOIN memberships lm ON lm.organisation_id = ll.organisation_id
      WHERE ll.letter_id = l.id AND ll.accepted_at IS NOT NULL AND lm.user_id = :viewerId)`;

  /**
   * SQL condition: `:viewerId` is a member of an organisation invited to endorse letter `l` by an
   * invitation that still stands (accepted, or pending and not expired; a declined or expired one
   * grants nothing), or of an organisation that signed it while PRIVATE or under embargo: a
   * signatory can always read what it signed, re-confirm and withdraw. Signing a public letter,
   * which anyone may do, opens no drafts or discussion. (Invitations and endorsements belong to the endorsements
   * context; the rule lives here.)
   */
  static readonly INVITED_MEMBER_SQL = `(EXISTS (SELECT 1 FROM letter_invitations li
      JOIN memberships im ON im.organisation_id = li.organisation_id
      WHERE li.letter_id = l.id AND im.user_id = :viewerId AND ${invitationStandsSql('li.')})
    OR ((l.visibility = 'PRIVATE' OR ${embargoedSql('l')}) AND EXISTS (SELECT 1 FROM endorsements le
      JOIN memberships em ON em.organisation_id = le.organisation_id
      WHERE le.letter_id = l.id AND em.user_id = :viewerId AND le.status <> 'REJECTED')))`;

  /** SQL condition: the public may see letter `l` now (publication.ts: PUBLIC, past its draft, not under embargo). */
  static readonly PUBLIC_SQL = publicNowSql('l');

  /** SQL condition: the viewer may see letter `l` at all. */
  static readonly VISIBLE_SQL = `(${LetterPolicy.PUBLIC_SQL} OR ${LetterPolicy.LEAD_MEMBER_SQL} OR ${LetterPolicy.INVITED_MEMBER_SQL})`;

  async access(manager: EntityManager, viewer: Actor | null, letter: Letter): Promise<LetterAccess> {
    const standing = viewer ? (await this.accessOf(manager, viewer, [letter.id])).get(letter.id) : undefined;
    if (standing && standing !== LetterAccess.PUBLIC) return standing;
    if (isPublicNow(letter)) return LetterAccess.PUBLIC;
    return LetterAccess.NONE;
  }

  /**
   * How the caller stands to each of several letters, in one query (PUBLIC where not a participant).
   * A lead's standing depends on the session too: see LetterAccess.LEAD_WITHOUT_TWO_FACTOR.
   */
  async accessOf(
    manager: EntityManager,
    viewer: Actor,
    letterIds: readonly string[],
  ): Promise<Map<string, LetterAccess>> {
    if (!letterIds.length) return new Map();
    if (viewer.apiKey) return this.keyAccessOf(manager, viewer.apiKey.organisationId, letterIds);
    const rows = await manager
      .getRepository(Letter)
      .createQueryBuilder('l')
      .select('l.id', 'id')
      .addSelect(LetterPolicy.LEAD_SQL, 'lead')
      .addSelect(LetterPolicy.LEAD_IN_SESSION_SQL, 'leadInSession')
      .addSelect(LetterPolicy.LEAD_MEMBER_SQL, 'leadMember')
      .addSelect(LetterPolicy.INVITED_MEMBER_SQL, 'invited')
      .where('l.id IN (:...letterIds)', { letterIds })
      .setParameter('viewerId', viewer.userId)
      .setParameter('twoFactor', twoFactorSession(viewer))
      .setParameter('passkey', passkeySession(viewer))
      .getRawMany<{ id: string; lead: boolean; leadInSession: boolean; leadMember: boolean; invited: boolean }>();
    return new Map(
      rows.map((row) => [
        row.id,
        row.leadInSession
          ? LetterAccess.LEAD
          : row.lead
            ? LetterAccess.LEAD_WITHOUT_TWO_FACTOR
            : row.leadMember
              ? LetterAccess.LEAD_MEMBER
              : row.invited
                ? LetterAccess.INVITED
                : LetterAccess.PUBLIC,
      ]),
    );
  }

  /**
   * How an organisation's API key stands to letters: as a COORDINATOR of its organisation (API_KEY_ROLE),
   * so LEAD where that organisation is an accepted lead, INVITED where it is invited or signed a
   * PRIVATE letter (or one under embargo); two-factor is a rule for people's sessions and does not apply.
   */
  private async keyAccessOf(
    manager: EntityManager,
    organisationId: string,
    letterIds: readonly string[],
  ): Promise<Map<string, LetterAccess>> {
    const rows = (await manager.query(
      `SELECT l.id,
         EXISTS (SELECT 1 FROM letter_leads ll
           WHERE ll.letter_id = l.id AND ll.accepted_at IS NOT NULL AND ll.organisation_id = $2) AS lead,
         (EXISTS (SELECT 1 FROM letter_invitations li
            WHERE li.letter_id = l.id AND li.organisation_id = $2 AND ${invitationStandsSql('li.')})
          OR ((l.visibility = 'PRIVATE' OR ${embargoedSql('l')}) AND EXISTS (SELECT 1 FROM endorsements le
            WHERE le.letter_id = l.id AND le.organisation_id = $2 AND le.status <> 'REJECTED'))) AS invited
       FROM letters l WHERE l.id = ANY($1::uuid[])`,
      [letterIds, organisationId],
    )) as { id: string; lead: boolean; invited: boolean }[];
    const keyLeads = LEAD_ROLES.includes(API_KEY_ROLE);
    return new Map(
      rows.map((row) => [
        row.id,
        row.lead
          ? keyLeads
            ? LetterAccess.LEAD
            : LetterAccess.LEAD_MEMBER
          : row.invited
            ? LetterAccess.INVITED
            : LetterAccess.PUBLIC,
      ]),
    );
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
    return this.seen(manager, viewer, await manager.findOne(Letter, { where }));
  }

  /**
   * For writers: locks the letter row first, then reads it and the viewer's standing, so that what
   * the caller decides on cannot change before it commits. `share` lets writers that do not change
   * the letter (signing, withdrawing, commenting) run side by side; `update` excludes them all
   * (revising, closing, delivering). NOT_FOUND when the viewer may not see the letter.
   */
  async locked(
    manager: EntityManager,
    viewer: Actor | null,
    letterId: string,
    mode: LockMode,
  ): Promise<{ letter: Letter; access: LetterAccess }> {
    return this.seen(manager, viewer, await lockLetterRow(manager, letterId, mode));
  }

  /**
   * The letter, locked for update, if the caller runs it (OWNER or COORDINATOR of a lead).
   * Those who may read it get FORBIDDEN; everyone else NOT_FOUND.
   */
  async requireLead(manager: EntityManager, actor: Actor, letterId: string): Promise<Letter> {
    // Checked once without the lock too: a caller who may not run the letter never holds its
    // exclusive lock, even for a moment (signers would queue behind it).
    const refuse = (access: LetterAccess): void =>
      requireLeadRead(access, () => forbidden('Only an OWNER or COORDINATOR of a lead organisation can do this'));
    refuse((await this.readable(manager, actor, letterId)).access);
    const { letter, access } = await this.locked(manager, actor, letterId, 'update');
    refuse(access);
    return letter;
  }

  /**
   * For a LEAD about to act: at least one of the lead organisations they run must not require
   * two-factor sign-in, or this session must have begun with it. (LetterAccess.LEAD already means
   * as much; this re-checks it where the access was decided without the letter's lock.)
   */
  async requireActingLead(manager: EntityManager, actor: Actor, letterId: string): Promise<void> {
    if (!(await this.leadsWith(manager, actor, letterId, LEAD_ROLES_SQL))) throw twoFactorFirst();
  }

  /** The letter, locked against revision meanwhile, if the caller takes part in drafting it. */
  async requireParticipant(manager: EntityManager, actor: Actor, letterId: string): Promise<Letter> {
    const { letter, access } = await this.locked(manager, actor, letterId, 'share');
    if (!isParticipant(access)) throw forbidden('Only those drafting or invited to endorse can do this');
    return letter;
  }

  /**
   * For reads only leads may make (supporters' emails, the audit trail): NOT_FOUND for anyone
   * else, FORBIDDEN for a lead whose session lacks the two-factor its organisations require.
   */
  async requireLeadView(manager: EntityManager, actor: Actor | null, letterId: string): Promise<Letter> {
    const { letter, access } = await this.readable(manager, actor, letterId);
    requireLeadRead(access, () => notFound('Letter'));
    return letter;
  }

  /**
   * Whether the caller may, now, make the reads only leads make on the letter (false where it may
   * not see the letter at all): asked again before each event of a lead-only subscription.
   */
  async mayReadAsLead(manager: EntityManager, viewer: Actor | null, letterId: string): Promise<boolean> {
    return this.readable(manager, viewer, letterId).then(({ access }) => readsAsLead(access), deniedAsFalse);
  }

  /**
   * Whether an organisation may sign the letter: anyone may sign a public one; a PRIVATE one, or a
   * PUBLIC one under embargo, its leads, the organisations whose invitation still stands, and those
   * that signed it already (re-confirming after a revision).
   */
  async maySign(manager: EntityManager, letter: Letter, organisationId: string): Promise<boolean> {
    if (isPublicNow(letter)) return true;
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM letter_leads WHERE letter_id = $1 AND organisation_id = $2 AND accepted_at IS NOT NULL
       UNION ALL
       SELECT 1 FROM letter_invitations WHERE letter_id = $1 AND organisation_id = $2 AND ${invitationStandsSql()}
       UNION ALL
       SELECT 1 FROM endorsements WHERE letter_id = $1 AND organisation_id = $2 AND status <> 'REJECTED'`,
      [letter.id, organisationId],
    );
    return rows.length > 0;
  }

  /** Lead OWNER: an OWNER of one of the letter's accepted lead organisations (adds co-leads). */
  async isLeadOwner(manager: EntityManager, actor: Actor, letterId: string): Promise<boolean> {
    return this.leadsWith(manager, actor, letterId, `'OWNER'`);
  }

  /** Whether the caller holds one of `rolesSql` in an accepted lead they may act for in this session. */
  private async leadsWith(manager: EntityManager, actor: Actor, letterId: string, rolesSql: string): Promise<boolean> {
    if (actor.apiKey) {
      if (!rolesSql.includes(`'${API_KEY_ROLE}'`)) return false;
      const found: unknown[] = await manager.query(
        `SELECT 1 FROM letter_leads WHERE letter_id = $1 AND organisation_id = $2 AND accepted_at IS NOT NULL`,
        [letterId, actor.apiKey.organisationId],
      );
      return found.length > 0;
    }
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM letter_leads ll
       JOIN memberships m ON m.organisation_id = ll.organisation_id
       JOIN organisations o ON o.id = ll.organisation_id
       WHERE ll.letter_id = $1 AND ll.accepted_at IS NOT NULL AND m.user_id = $2 AND m.role IN (${rolesSql})
         AND NOT ${readOnlyInSessionSql('o', '$3::boolean', '$4::boolean')}
       LIMIT 1`,
      [letterId, actor.userId, twoFactorSession(actor), passkeySession(actor)],
    );
    return rows.length > 0;
  }

  private async seen(
    manager: EntityManager,
    viewer: Actor | null,
    letter: Letter | null,
  ): Promise<{ letter: Letter; access: LetterAccess }> {
    const access = letter ? await this.access(manager, viewer, letter) : LetterAccess.NONE;
    if (!letter || access === LetterAccess.NONE) throw notFound('Letter');
    return { letter, access };
  }
}
