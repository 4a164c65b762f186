import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { User } from '@undersigned/accounts';
import {
  APP_CONFIG,
  badInput,
  forbidden,
  hashToken,
  invalidState,
  MailService,
  newSecretToken,
  notFound,
  unauthenticated,
  type Actor,
  type AppConfig,
  type MailMessage,
} from '@undersigned/common';
import { invitationStandsSql, LetterPolicy, LetterStatus } from '@undersigned/letters';
import { Membership, Organisation, OrganisationPolicy, SIGNING_ROLES } from '@undersigned/organisations';
import { AuditKind } from './audit/audit-event.entity';
import { AuditService } from './audit/audit.service';
import type { InviteEndorsersInput } from './dto/endorsement.inputs';
import { invitationStatus, toInvitationObject, type InvitationObject } from './dto/endorsement.objects';
import { InvitationStatus } from './endorsement-status';
import { Invitation } from './invitation.entity';
import { CountsPublisher } from './counts.publisher';
import { InvitationLimits } from './invitation-limits';
import { invitationMail, type Inviter } from './invitation-mail';
import { publicLetterUrl } from './guest-mails';

/** Longer than any token newSecretToken makes: not worth hashing. */
const TOKEN_MAX = 200;

@Injectable()
export class InvitationsService {
  private readonly limits: InvitationLimits;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly letters: LetterPolicy,
    private readonly organisations: OrganisationPolicy,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly countsPublisher: CountsPublisher,
  ) {
    this.limits = new InvitationLimits(config.invitationLimits);
  }

  /** Invites many at once: organisations by id (their signers are mailed), people by email. */
  async invite(actor: Actor, input: InviteEndorsersInput, timeZone?: string): Promise<InvitationObject[]> {
    for (const invitee of input.invitees) {
      if (!invitee.organisationId === !invitee.email) {
        throw badInput('Each invitee needs exactly one of organisationId and email');
      }
    }
    const { invitations } = await this.dataSource.transaction(async (manager) => {
      const letter = await this.letters.requireLead(manager, actor, input.letterId);
      if (letter.status !== LetterStatus.DRAFT && letter.status !== LetterStatus.OPEN) {
        throw invalidState(`A ${letter.status} letter takes no more invitations`);
      }
      await this.limits.lock(manager, actor.userId);
      await this.limits.check(manager, letter.id, actor.userId, input.invitees.filter((i) => i.email).length);
      const inviter = await this.inviter(manager, actor.userId, letter.id);
      const orgIds = input.invitees.flatMap((i) => (i.organisationId ? [i.organisationId] : []));
      const organisations = orgIds.length ? await manager.find(Organisation, { where: { id: In(orgIds) } }) : [];
      if (organisations.length !== new Set(orgIds).size) throw notFound('Organisation');
      const signers = orgIds.length
        ? await manager.find(Membership, {
            where: { organisationId: In(orgIds), role: In([...SIGNING_ROLES]) },
            relations: { user: true },
          })
        : [];
      const created: Invitation[] = [];
      const outgoing: MailMessage[] = [];
      const expiresAt = new Date(Date.now() + this.config.invitationTtlDays * 86_400_000);
      for (const invitee of input.invitees) {
        const secret = newSecretToken();
        // An organisation that declined, or let its invitation expire, may be asked again: the old
        // link is replaced. A pending or accepted invitation stands as it is.
        const renewed: { id: string }[] = invitee.organisationId
          ? await manager
              .query(
                `UPDATE letter_invitations
                  SET status = 'PENDING', token_hash = $3, expires_at = $4, responded_at = NULL,
                      decline_reason = NULL, invited_by_id = $5, message = $6, sent_at = now()
                WHERE letter_id = $1 AND organisation_id = $2
                  AND NOT ${invitationStandsSql()}
            RETURNING id`,
                [letter.id, invitee.organisationId, secret.hash, expiresAt, actor.userId, input.message ?? null],
              )
              .then(([rows]: [{ id: string }[]]) => rows)
          : [];
        const inserted = renewed.length
          ? { raw: renewed }
          : await manager
              .createQueryBuilder()
              .insert()
              .into(Invitation)
              .values({
                letterId: letter.id,
                organisationId: invitee.organisationId ?? null,
                email: invitee.email ?? null,
                name: invitee.name ?? null,
                tokenHash: secret.hash,
                message: input.message ?? null,
                invitedById: actor.userId,
                expiresAt,
              })
              .orIgnore() // an organisation invited twice keeps its first invitation
              .returning(['id'])
              .execute();
        const row = (inserted.raw as { id: string }[])[0];
        if (!row) continue;
        const invitation = await manager.findOneByOrFail(Invitation, { id: row.id });
        created.push(invitation);
        await this.audit.append(manager, letter.id, {
          kind: AuditKind.INVITED,
          organisationId: invitation.organisationId,
          actorId: actor.userId,
          payload: { invitationId: invitation.id, byEmail: invitation.email !== null },
        });
        const to = invitation.organisationId
          ? signers.filter((m) => m.organisationId === invitation.organisationId).map((m) => (m.user as User).email)
          : [invitation.email as string];
        const inviteeName = invitation.organisationId
          ? (organisations.find((o) => o.id === invitation.organisationId)?.name ?? null)
          : invitation.name;
        if (to.length) {
          outgoing.push(
            invitationMail({
              letter,
              to,
              inviter,
              invitee: inviteeName,
              message: input.message ?? null,
              timeZone,
              acceptUrl: `${this.config.publicUrl}/invitations/letter?token=${encodeURIComponent(secret.token)}`,
              // A member of an invited organisation reads it signed in; an address may have no account.
              letterUrl: invitation.organisationId
                ? `${this.config.publicUrl}/letters/${letter.slug}`
                : publicLetterUrl(this.config.publicUrl, letter),
            }),
          );
        }
      }
      // After writing, in the same transaction: beyond a limit nothing is kept and nothing mailed.
      if (created.length) await this.limits.check(manager, letter.id, actor.userId);
      for (const message of outgoing) await this.mail.enqueue(manager, message, 'endorsement invitation');
      this.countsPublisher.changed(manager, input.letterId);
      return { invitations: created };
    });
    return invitations.map(toInvitationObject);
  }

  /** Binds an invitation to an organisation the caller may sign for, and accepts it. */
  async accept(actor: Actor, token: string, organisationId: string): Promise<InvitationObject> {
    const invitation = await this.dataSource.transaction(async (manager) => {
      const found = await this.byToken(manager, token);
      await this.organisations.requireRole(manager, actor, organisationId, SIGNING_ROLES);
      if (found.email) {
        // A link can be forwarded or stolen: only the person it was sent to may use it.
        const caller = await manager.findOneByOrFail(User, { id: actor.userId });
        if (!caller.emailVerifiedAt || caller.email !== found.email.toLowerCase()) {
          throw forbidden('This invitation was sent to another email address: sign in as its recipient');
        }
      }
      if (found.organisationId && found.organisationId !== organisationId) {
        throw badInput('This invitation was sent to another organisation');
      }
      const status = invitationStatus(found);
      if (status === InvitationStatus.DECLINED) throw invalidState('This invitation was declined');
      if (status === InvitationStatus.EXPIRED) throw invalidState('This invitation has expired');
      if (status === InvitationStatus.ACCEPTED) return found;
      found.organisationId = organisationId;
      found.status = InvitationStatus.ACCEPTED;
      found.respondedAt = new Date();
      await manager.save(found);
      await this.audit.append(manager, found.letterId, {
        kind: AuditKind.INVITATION_ACCEPTED,
        organisationId,
        actorId: actor.userId,
        payload: { invitationId: found.id },
      });
      return found;
    });
    return toInvitationObject(invitation);
  }

  async decline(token: string, reason: string | null | undefined, actor: Actor | null): Promise<InvitationObject> {
    const invitation = await this.dataSource.transaction(async (manager) => {
      const found = await this.byToken(manager, token);
      if (found.organisationId) {
        // Sent to an organisation: only someone who may sign for it may turn it down, not
        // whoever a forwarded link reached.
        if (!actor) throw unauthenticated('Sign in to decline for your organisation');
        await this.organisations.requireRole(manager, actor, found.organisationId, SIGNING_ROLES);
      }
      // Subscribers hear of a decline once it commits, a repeated one included.
      this.countsPublisher.changed(manager, found.letterId);
      const status = invitationStatus(found);
      if (status === InvitationStatus.DECLINED || status === InvitationStatus.EXPIRED) return found;
      if (found.status === InvitationStatus.ACCEPTED) throw invalidState('This invitation was already accepted');
      found.status = InvitationStatus.DECLINED;
      found.declineReason = reason?.trim() || null;
      found.respondedAt = new Date();
      await manager.save(found);
      await this.audit.append(manager, found.letterId, {
        kind: AuditKind.DECLINED,
        organisationId: found.organisationId,
        actorId: actor?.userId ?? null,
        payload: { invitationId: found.id },
      });
      return found;
    });
    return toInvitationObject(invitation);
  }

  /**
   * What an invitation mail's link opens, for whoever holds it (no account needed): the invitation
   * while it is pending, which grants reading its letter (Invitation.letter). Reading changes
   * nothing (mail scanners open links). An unknown token, or one answered, declined or expired,
   * is NOT_FOUND: a used link then says no more than a wrong one.
   */
  async byLink(token: string): Promise<InvitationObject> {
    const found =
      token.length <= TOKEN_MAX
        ? await this.dataSource.manager.findOne(Invitation, { where: { tokenHash: hashToken(token) } })
        : null;
    if (!found || invitationStatus(found) !== InvitationStatus.PENDING) throw notFound('Invitation');
    return toInvitationObject(found);
  }

  private async byToken(manager: DataSource['manager'], token: string): Promise<Invitation> {
    const found = await manager
      .getRepository(Invitation)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.token_hash = :hash', { hash: hashToken(token) })
      .getOne();
    if (!found) throw notFound('Invitation');
    return found;
  }

  /** The caller and the lead organisation they act for (where they are OWNER or COORDINATOR), by name. */
  private async inviter(manager: EntityManager, userId: string, letterId: string): Promise<Inviter> {
    const [row] = (await manager.query(
      `SELECT u.name AS person,
              (SELECT o.name FROM letter_leads ll
                 JOIN memberships m ON m.organisation_id = ll.organisation_id AND m.user_id = u.id
                 JOIN organisations o ON o.id = ll.organisation_id
                WHERE ll.letter_id = $2 AND ll.accepted_at IS NOT NULL AND m.role IN ('OWNER', 'COORDINATOR')
                ORDER BY o.name LIMIT 1) AS organisation
         FROM users u WHERE u.id = $1`,
      [userId, letterId],
    )) as { person: string; organisation: string | null }[];
    return { person: row?.person ?? '', organisation: row?.organisation ?? '' };
  }
}
