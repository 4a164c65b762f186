import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  badInput,
  hashToken,
  MailService,
  newSecretToken,
  unauthenticated,
  type Actor,
  type AppConfig,
} from '@undersigned/common';
import type { AuthPayloadObject } from './dto/auth-payload.object';
import { toUserObject } from './dto/user.object';
import { EmailChange } from './email-change.entity';
import { assertNewPassword, hashPassword, verifyPassword } from './passwords';
import { PasswordReset } from './password-reset.entity';
import { SessionService } from './session.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import { TwoFactorService } from './two-factor.service';
import { User } from './user.entity';

const RESET_TTL_MS = 3_600_000;
/** Reset links one address may be mailed an hour; beyond, a request mails nothing (and still answers true). */
const RESETS_PER_HOUR = 3;
const MAX_EMAIL_LENGTH = 320;

/** Password reset by a mailed link, password change, and re-authentication. */
@Injectable()
export class PasswordService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly twoFactor: TwoFactorService,
    private readonly throttle: SignInThrottleService,
    private readonly mail: MailService,
  ) {}

  /**
   * Always true, registered address or not. Mails a link valid one hour; every link mailed works
   * until one of them is used (a person who asked twice opens whichever mail comes first).
   */
  async requestReset(rawEmail: string): Promise<boolean> {
    const email = rawEmail.trim().toLowerCase();
    if (email.length > MAX_EMAIL_LENGTH) throw badInput(`email must be at most ${MAX_EMAIL_LENGTH} characters long`);
    await this.dataSource.transaction(async (manager) => {
      // Locked: concurrent requests are counted one after the other.
      const user = await manager.findOne(User, { where: { email }, lock: { mode: 'pessimistic_write' } });
      if (!user) return;
      const recent = await manager
        .createQueryBuilder(PasswordReset, 'r')
        .where(`r.user_id = :userId AND r.created_at > now() - interval '1 hour'`, { userId: user.id })
        .getCount();
      if (recent >= RESETS_PER_HOUR) return;
      const secret = newSecretToken();
      await manager.insert(PasswordReset, {
        userId: user.id,
        email: user.email,
        tokenHash: secret.hash,
        expiresAt: new Date(Date.now() + RESET_TTL_MS),
      });
      const link = `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(secret.token)}`;
      await this.mail.enqueue(
        manager,
        {
          to: user.email,
          subject: 'Reset your Undersigned password',
          text:
            `Hello ${user.name},\n\nSomeone, perhaps you, asked to reset the password of the Undersigned account ` +
            `of this address. To choose a new password, open this link:\n\n${link}\n\n` +
            'The link works for one hour, once. Resetting the password signs out every device.\n' +
            'If you did not ask for it, ignore this message: your password stays as it is.\n',
        },
        'password reset',
      );
    });
    return true;
  }

  /**
   * Sets a new password from a mailed link and ends every session. With two-factor on, `code` (a
   * TOTP or recovery code) is needed too; without it the link stays unused. On an address never
   * verified, the link is the first proof of the mailbox: whatever was set before it (two-factor,
   * recovery codes, a pending change of address, sessions) was set by someone who may not own it,
   * and is cleared; the address is then verified. Two-factor turned on before the address was
   * verified is cleared the same way, verified since or not.
   */
  async reset(token: string, password: string, code: string | null | undefined): Promise<boolean> {
    assertNewPassword(password);
    const passwordHash = await hashPassword(password);
    const email = await this.dataSource.transaction(async (manager) => {
      const reset = await manager.findOne(PasswordReset, {
        where: { tokenHash: hashToken(token) },
        lock: { mode: 'pessimistic_write' },
      });
      const user = reset
        ? await manager.findOne(User, { where: { id: reset.userId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!reset || !user || reset.usedAt || reset.expiresAt.getTime() <= Date.now() || reset.email !== user.email) {
        throw badInput('This reset link is invalid, already used or expired; ask for a new one');
      }
      const squattersTwoFactor =
        user.twoFactorEnabledAt !== null &&
        (user.emailVerifiedAt === null || user.twoFactorEnabledAt < user.emailVerifiedAt);
      if (user.emailVerifiedAt && !squattersTwoFactor) {
        await this.twoFactor.verifyLogIn(manager, user.id, code);
      } else if (user.emailVerifiedAt) {
        // Turned on before the address was proven: whoever did it may not own the address.
        await this.twoFactor.clear(manager, user.id);
      } else {
        await this.twoFactor.clear(manager, user.id);
        await manager.update(User, { id: user.id }, { emailVerifiedAt: new Date() });
      }
      await manager.update(User, { id: user.id }, { passwordHash });
      await this.endPendingSteps(manager, user.id);
      await this.sessions.endOtherSessions(manager, user.id);
      await this.queueChanged(manager, user, 'reset');
      return user.email;
    });
    await this.throttle.succeed(email);
    return true;
  }

  /**
   * With the current password and a recent authentication; ends every other session. The account's
   * row is locked and its password must still be the one checked: a reset committed meanwhile wins.
   */
  async change(actor: Actor, currentPassword: string, password: string): Promise<boolean> {
    assertNewPassword(password);
    await this.sessions.requireRecentAuthentication(actor);
    const user = await this.user(actor.userId);
    await this.throttle.claim(user.email);
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw badInput('The current password is not right'); // counted by the claim
    }
    await this.throttle.release(user.email);
    const passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.requireRecentAuthentication(actor, manager);
      const locked = await manager.findOne(User, { where: { id: user.id }, lock: { mode: 'pessimistic_write' } });
      if (!locked) throw unauthenticated('This account no longer exists');
      if (locked.passwordHash !== user.passwordHash) throw badInput('The current password is not right');
      await manager.update(User, { id: user.id }, { passwordHash });
      await this.endPendingSteps(manager, user.id);
      await this.sessions.endOtherSessions(manager, user.id, actor.sessionId);
      await this.queueChanged(manager, locked, 'change');
    });
    return true;
  }

  /**
   * A fresh authentication of the caller's session: the password, and with two-factor on a code.
   * Answers new tokens for the same session.
   */
  async reauthenticate(
    actor: Actor,
    password: string | null | undefined,
    code: string | null | undefined,
  ): Promise<AuthPayloadObject> {
    if (!password) throw badInput('Enter your password');
    const user = await this.user(actor.userId);
    await this.throttle.claim(user.email);
    if (!(await verifyPassword(user.passwordHash, password))) {
      throw badInput('The password is not right'); // counted by the claim
    }
    await this.throttle.release(user.email);
    const tokens = await this.dataSource.transaction(async (manager) => {
      await this.twoFactor.verifyLogIn(manager, user.id, code);
      return this.sessions.reauthenticated(actor, manager);
    });
    return { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, user: toUserObject(user) };
  }

  /** Pending reset links and changes of address end with the password they were asked under. */
  private async endPendingSteps(manager: EntityManager, userId: string): Promise<void> {
    await manager.query('UPDATE password_resets SET used_at = now() WHERE user_id = $1 AND used_at IS NULL', [userId]);
    await manager.delete(EmailChange, { userId, usedAt: IsNull() });
  }

  private async user(userId: string): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { id: userId } });
    if (!user) throw unauthenticated('This account no longer exists');
    return user;
  }

  private async queueChanged(manager: EntityManager, user: User, how: 'reset' | 'change'): Promise<void> {
    await this.mail.enqueue(
      manager,
      {
        to: user.email,
        subject: 'Your Undersigned password was changed',
        text:
          `Hello ${user.name},\n\nThe password of your Undersigned account was just ${how === 'reset' ? 'reset from a link mailed to this address' : 'changed'}, ` +
          `at ${new Date().toUTCString()}. ${how === 'reset' ? 'Every device was signed out.' : 'Every other device was signed out.'}\n\n` +
          `If this was not you, reset your password at ${this.config.publicUrl}/forgot-password at once.\n`,
      },
      'password changed',
    );
  }
}
