import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isEmail } from 'class-validator';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  badInput,
  DomainError,
  ErrorCode,
  hashToken,
  MailService,
  newSecretToken,
  notFound,
  unauthenticated,
  type Actor,
  type AppConfig,
} from '@undersigned/common';
import { toUserObject, type UserObject } from './dto/user.object';
import { EmailChange } from './email-change.entity';
import { SessionService } from './session.service';
import { User } from './user.entity';
import { EmailVerifiedHooksService } from './email-verified-hooks.service';

const CHANGE_TTL_MS = 24 * 3_600_000;
const CHANGES_PER_DAY = 5;
const MAX_EMAIL_LENGTH = 320;

/** Changing an account's address: confirmed by a link mailed to the new one, the old one told. */
@Injectable()
export class EmailChangeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
    private readonly emailVerifiedHooks: EmailVerifiedHooksService,
  ) {}

  /**
   * Needs a recent authentication. Always true for a valid address: when it is taken, its owner is
   * told instead of being sent a link, so the answer does not say whether it is registered.
   */
  async request(actor: Actor, rawEmail: string): Promise<boolean> {
    const email = rawEmail.trim().toLowerCase();
    if (email.length > MAX_EMAIL_LENGTH || !isEmail(email)) throw badInput('email must be a valid email address');
    return this.dataSource.transaction(async (manager) => {
      await this.sessions.requireRecentAuthentication(actor, manager);
      const user = await manager.findOne(User, { where: { id: actor.userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw unauthenticated('This account no longer exists');
      if (user.email === email) throw badInput('This is already your email address');
      const lastDay = await manager
        .createQueryBuilder(EmailChange, 'c')
        .where(`c.user_id = :userId AND c.created_at > now() - interval '1 day'`, { userId: user.id })
        .getCount();
      if (lastDay >= CHANGES_PER_DAY) {
        throw new DomainError(ErrorCode.RATE_LIMITED, 'Too many changes of address asked for; try again tomorrow');
      }
      const secret = newSecretToken();
      await manager.insert(EmailChange, {
        userId: user.id,
        newEmail: email,
        tokenHash: secret.hash,
        expiresAt: new Date(Date.now() + CHANGE_TTL_MS),
      });
      const taken = await manager.exists(User, { where: { email } });
      const link = `${this.config.publicUrl}/confirm-email-change?token=${encodeURIComponent(secret.token)}`;
      await this.mail.enqueue(
        manager,
        taken
          ? {
              to: email,
              subject: 'Your address already has an Undersigned account',
              text:
                'Someone asked to move another Undersigned account to this address, which already has an account of ' +
                'its own. Nothing has changed. If it was you, sign in with this address instead.\n',
            }
          : {
              to: email,
              subject: 'Confirm your new email address for Undersigned',
              // Not "your account": the account is whoever asked, perhaps a stranger wanting this address.
              text:
                `Someone signed in to the Undersigned account registered as ${user.email} asked to link this ` +
                `address to that account, in place of ${user.email}. Opening this link does so, once you are ` +
                `signed in to that account:\n\n${link}\n\nThe link works for 24 hours. If you did not ask for ` +
                'this, or that account is not yours, ignore this message: nothing changes.\n',
            },
        'email change',
      );
      await this.mail.enqueue(
        manager,
        {
          to: user.email,
          subject: 'A change of your email address on Undersigned',
          text:
            `Hello ${user.name},\n\nSomeone signed in to your Undersigned account asked to change its address to ` +
            `${email}. It changes only once the link mailed there is opened.\n\n` +
            `If this was not you, reset your password at ${this.config.publicUrl}/forgot-password: that cancels ` +
            'the change and signs out every device.\n',
        },
        'email change notice',
      );
      return true;
    });
  }

  /**
   * The link of the mail to the new address, opened signed in to the account that asked: makes it
   * the account's address, verified (the mail proves the mailbox). Anyone else (the address's owner
   * clicking a stranger's link) is answered NOT_FOUND and changes nothing.
   */
  async confirm(actor: Actor, token: string): Promise<UserObject> {
    return this.dataSource.transaction(async (manager) => {
      const change = await manager.findOne(EmailChange, {
        where: { tokenHash: hashToken(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!change || change.usedAt || change.expiresAt.getTime() <= Date.now()) {
        throw badInput('This link is invalid, already used or expired');
      }
      if (change.userId !== actor.userId) throw notFound('Change of address');
      const user = await manager.findOne(User, { where: { id: change.userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw badInput('This link is invalid, already used or expired');
      const oldEmail = user.email;
      await manager.update(EmailChange, { id: change.id }, { usedAt: new Date() });
      await manager.delete(EmailChange, { userId: user.id, usedAt: IsNull(), id: Not(change.id) });
      // Taken meanwhile: the unique index answers CONFLICT and nothing changes.
      // The first verification's time stays: two-factor turned on after it is the owner's (see reset).
      await manager.update(
        User,
        { id: user.id },
        { email: change.newEmail, emailVerifiedAt: user.emailVerifiedAt ?? new Date() },
      );
      await this.queueChanged(manager, user, oldEmail, change.newEmail);
      // The mail to the new address proved it, as a first verification does.
      await this.emailVerifiedHooks.run(manager, { userId: user.id, email: change.newEmail });
      return toUserObject(await manager.findOneByOrFail(User, { id: user.id }));
    });
  }

  private async queueChanged(manager: EntityManager, user: User, oldEmail: string, newEmail: string): Promise<void> {
    await this.mail.enqueue(
      manager,
      {
        to: oldEmail,
        subject: 'Your Undersigned email address was changed',
        text:
          `Hello ${user.name},\n\nThe address of your Undersigned account is now ${newEmail}, no longer this one.\n\n` +
          'If this was not you, write to the platform at once: the account may have been taken over.\n',
      },
      'email changed',
    );
  }
}
