import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { toUserObject, User } from '@undersigned/accounts';
import {
  APP_CONFIG,
  DomainError,
  ErrorCode,
  hashToken,
  invalidState,
  MailService,
  newSecretToken,
  notFound,
  plainLine,
  type Actor,
  type AppConfig,
} from '@undersigned/common';
import type { ChangeMemberRoleInput } from './dto/change-member-role.input';
import type { InviteMemberInput } from './dto/invite-member.input';
import { toMembershipInvitationObject, type MembershipInvitationObject } from './dto/membership-invitation.object';
import { toMembershipObject, type MembershipObject } from './dto/membership.object';
import { toOrganisationObject } from './dto/organisation.object';
import { MemberInvitationLimits } from './member-invitation-limits';
import { MembershipInvitation } from './membership-invitation.entity';
import { Membership } from './membership.entity';
import { Organisation } from './organisation.entity';
import { OrganisationPolicy } from './organisation.policy';
import { OrganisationRole } from './organisation-role';

const INVITATION_TTL_MS = 14 * 86_400_000;
/** Who may invite members, and whose invitations stay valid only while they hold the role. */
const INVITING_ROLES: readonly OrganisationRole[] = [OrganisationRole.OWNER];
/** Characters of a name (the organisation's, the inviter's) a mail shows: the names are not the platform's words. */
const NAME_MAX = 60;

@Injectable()
export class MembershipsService {
  private readonly limits: MemberInvitationLimits;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policy: OrganisationPolicy,
    private readonly mail: MailService,
  ) {
    this.limits = new MemberInvitationLimits(config.memberInvitationLimits);
  }

  /** An OWNER invites someone by email; a pending invitation to the same address is renewed. */
  async invite(actor: Actor, input: InviteMemberInput): Promise<MembershipInvitationObject> {
    const secret = newSecretToken();
    return this.dataSource.transaction(async (manager) => {
      await this.policy.requireRole(manager, actor, input.organisationId, INVITING_ROLES, true);
      const alreadyMember = await manager
        .getRepository(Membership)
        .createQueryBuilder('m')
        .innerJoin(User, 'u', 'u.id = m.user_id')
        .where('m.organisation_id = :organisationId AND u.email = :email', {
          organisationId: input.organisationId,
          email: input.email,
        })
        .getExists();
      if (alreadyMember) throw new DomainError(ErrorCode.CONFLICT, 'This person is already a member');
      // Every invitation is a mail to an address the inviter chose: limited, so the platform is no relay.
      await this.limits.lock(manager, actor.userId, input.organisationId);
      await this.limits.check(manager, input.organisationId, actor.userId, input.email);
      const values = {
        role: input.role,
        tokenHash: secret.hash,
        invitedById: actor.userId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        sentAt: new Date(),
      };
      const pending = await manager.findOne(MembershipInvitation, {
        where: { organisationId: input.organisationId, email: input.email, acceptedAt: IsNull(), revokedAt: IsNull() },
      });
      const invitation = pending
        ? await manager.save(manager.merge(MembershipInvitation, pending, values))
        : await manager.save(
            manager.create(MembershipInvitation, {
              ...values,
              organisationId: input.organisationId,
              email: input.email,
            }),
          );
      const organisation = await manager.findOneOrFail(Organisation, { where: { id: input.organisationId } });
      const inviter = await manager.findOneOrFail(User, { where: { id: actor.userId } });
      const link = `${this.config.publicUrl}/invitations/membership?token=${encodeURIComponent(secret.token)}`;
      // Framed by the platform: the names are someone else's words, shortened and unclickable.
      const organisationName = plainLine(organisation.name, NAME_MAX) || 'an organisation';
      const person = plainLine(inviter.name, NAME_MAX) || 'Someone';
      await this.mail.enqueue(
        manager,
        {
          to: invitation.email,
          subject: `You are invited to join ${organisationName} on Undersigned by ${person}`,
          text:
            `${person} of ${organisationName} invites you to join ${organisationName} on Undersigned as ${invitation.role.toLowerCase()}.\n\n` +
            `Accept the invitation here (sign up first with this email address if you have no account):\n\n${link}\n\n` +
            'The invitation is valid for 14 days.\n',
        },
        'membership invitation',
      );
      return toMembershipInvitationObject(invitation, toOrganisationObject(organisation), toUserObject(inviter));
    });
  }

  /** The organisation's unanswered invitations (pending or expired), for its OWNERs. */
  async pendingInvitations(actor: Actor, organisationId: string): Promise<MembershipInvitationObject[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.policy.requireRole(manager, actor, organisationId, INVITING_ROLES);
      const organisation = toOrganisationObject(await manager.findOneByOrFail(Organisation, { id: organisationId }));
      const invitations = await manager.find(MembershipInvitation, {
        where: { organisationId, acceptedAt: IsNull(), revokedAt: IsNull() },
        relations: { invitedBy: true },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      return invitations.map((invitation) =>
        toMembershipInvitationObject(
          invitation,
          organisation,
          invitation.invitedBy ? toUserObject(invitation.invitedBy) : null,
        ),
      );
    });
  }

  /** An OWNER revokes an unanswered invitation; anyone else is told it does not exist. */
  async revokeInvitation(actor: Actor, invitationId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(MembershipInvitation, {
        where: { id: invitationId },
        lock: { mode: 'pessimistic_write' },
      });
      const role = invitation && (await this.policy.roleOf(manager, actor.userId, invitation.organisationId));
      if (!invitation || !role || !INVITING_ROLES.includes(role)) throw notFound('Invitation');
      await this.policy.actingRoleOf(manager, actor, invitation.organisationId);
      if (invitation.acceptedAt) throw invalidState('This invitation has already been accepted');
      if (!invitation.revokedAt)
        await manager.update(MembershipInvitation, { id: invitation.id }, { revokedAt: new Date() });
      return true;
    });
  }

  /**
   * Accepts an invitation. The token proves the caller reads the invited mailbox, so it must be
   * the caller's own address, which the acceptance also verifies.
   */
  async accept(actor: Actor, token: string): Promise<MembershipObject> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager
        .getRepository(MembershipInvitation)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.token_hash = :hash', { hash: hashToken(token) })
        .getOne();
      const user = await manager.findOneOrFail(User, { where: { id: actor.userId } });
      if (!invitation || invitation.email !== user.email) throw notFound('Invitation');
      if (invitation.acceptedAt) {
        const existing = await manager.findOne(Membership, {
          where: { organisationId: invitation.organisationId, userId: actor.userId },
        });
        if (existing && invitation.acceptedById === actor.userId) return toMembershipObject(existing);
        throw invalidState('This invitation has already been used');
      }
      if (invitation.revokedAt) throw invalidState('This invitation was revoked');
      if (invitation.expiresAt.getTime() <= Date.now()) throw invalidState('This invitation has expired');
      // Only as good as its sender's standing: an invitation outlives no OWNER who sent it.
      const senderRole = invitation.invitedById
        ? await this.policy.roleOf(manager, invitation.invitedById, invitation.organisationId)
        : null;
      if (!senderRole || !INVITING_ROLES.includes(senderRole)) throw invalidState('This invitation was revoked');
      const current = await manager.findOne(Membership, {
        where: { organisationId: invitation.organisationId, userId: actor.userId },
      });
      if (current) throw new DomainError(ErrorCode.CONFLICT, 'You are already a member of this organisation');
      const membership = await manager.save(
        manager.create(Membership, {
          organisationId: invitation.organisationId,
          userId: actor.userId,
          role: invitation.role,
        }),
      );
      await manager.update(
        MembershipInvitation,
        { id: invitation.id },
        { acceptedAt: new Date(), acceptedById: actor.userId },
      );
      if (!user.emailVerifiedAt) await manager.update(User, { id: user.id }, { emailVerifiedAt: new Date() });
      return toMembershipObject(membership);
    });
  }

  async changeRole(actor: Actor, input: ChangeMemberRoleInput): Promise<MembershipObject> {
    return this.dataSource.transaction(async (manager) => {
      const { membership, actorRole } = await this.policy.visibleMembership(manager, actor, input.membershipId, true);
      if (actorRole !== OrganisationRole.OWNER)
        throw new DomainError(ErrorCode.FORBIDDEN, 'Only an OWNER can change roles');
      if (membership.role === input.role) return toMembershipObject(membership);
      if (membership.role === OrganisationRole.OWNER) await this.keepAnOwner(manager, membership.organisationId);
      await manager.update(Membership, { id: membership.id }, { role: input.role });
      if (!INVITING_ROLES.includes(input.role)) await this.revokeSentBy(manager, membership);
      return toMembershipObject({ ...membership, role: input.role });
    });
  }

  /** An OWNER removes a member, or a member leaves; the last OWNER can do neither. */
  async remove(actor: Actor, membershipId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const { membership, actorRole } = await this.policy.visibleMembership(manager, actor, membershipId, true);
      if (membership.userId !== actor.userId && actorRole !== OrganisationRole.OWNER) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'Only an OWNER can remove other members');
      }
      if (membership.role === OrganisationRole.OWNER) await this.keepAnOwner(manager, membership.organisationId);
      await manager.delete(Membership, { id: membership.id });
      await this.revokeSentBy(manager, membership);
      return true;
    });
  }

  /** Memberships of the given organisations, for organisations whose member list the viewer may see. */
  async membersOf(organisationIds: readonly string[]): Promise<Membership[]> {
    return this.dataSource.getRepository(Membership).find({
      where: { organisationId: In([...organisationIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The viewer's role in each of the given organisations (null where not a member). */
  async viewerRoles(viewerId: string, organisationIds: readonly string[]): Promise<Membership[]> {
    return this.dataSource.getRepository(Membership).find({
      where: { userId: viewerId, organisationId: In([...organisationIds]) },
    });
  }

  /**
   * Memberships of the given users that the viewer may see: all of the viewer's own, and the
   * others' only in organisations the viewer belongs to (affiliations are sensitive).
   */
  async membershipsVisibleTo(viewerId: string, userIds: readonly string[]): Promise<Membership[]> {
    return this.dataSource
      .getRepository(Membership)
      .createQueryBuilder('m')
      .where('m.user_id IN (:...userIds)', { userIds })
      .andWhere(
        '(m.user_id = :viewerId OR m.organisation_id IN (SELECT v.organisation_id FROM memberships v WHERE v.user_id = :viewerId))',
        { viewerId },
      )
      .orderBy('m.created_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getMany();
  }

  /** Which of `userIds` share at least one organisation with the viewer. */
  async fellowMembers(viewerId: string, userIds: readonly string[]): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(Membership)
      .createQueryBuilder('m')
      .select('DISTINCT m.user_id', 'userId')
      .where('m.user_id IN (:...userIds)', { userIds })
      .andWhere('m.organisation_id IN (SELECT v.organisation_id FROM memberships v WHERE v.user_id = :viewerId)', {
        viewerId,
      })
      .getRawMany<{ userId: string }>();
    return rows.map((row) => row.userId);
  }

  async usersByIds(ids: readonly string[]): Promise<User[]> {
    return this.dataSource.getRepository(User).find({ where: { id: In([...ids]) } });
  }

  /** Revokes the unanswered invitations a member sent for the organisation they no longer manage. */
  private async revokeSentBy(manager: EntityManager, membership: Membership): Promise<void> {
    await manager.update(
      MembershipInvitation,
      {
        organisationId: membership.organisationId,
        invitedById: membership.userId,
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
      },
      { revokedAt: new Date() },
    );
  }

  private async keepAnOwner(manager: EntityManager, organisationId: string): Promise<void> {
    const owners = await manager.count(Membership, { where: { organisationId, role: OrganisationRole.OWNER } });
    if (owners <= 1) throw invalidState('An organisation must keep at least one OWNER');
  }
}
