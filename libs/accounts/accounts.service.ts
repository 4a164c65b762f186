import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { DataSource, type EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  AuthMethod,
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
import type { AuthPayloadObject } from './dto/auth-payload.object';
import type { LogInInput } from './dto/log-in.input';
import type { SignUpInput } from './dto/sign-up.input';
import { EmailVerification } from './email-verification.entity';
import { EmailVerifiedHooksService } from './email-verified-hooks.service';
import { SessionService, type Device } from './session.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import { TwoFactorService } from './two-factor.service';
import { User } from './user.entity';

const VERIFICATION_TTL_MS = 48 * 3_600_000;
/** Verification links one account may be sent per day (sign-up's included). */
const RESENDS_PER_DAY = 5;
const ARGON2_OPTIONS = { type: argon2.argon2id } as const;

/** How a session began, in words, for the mails that tell the owner about it. */
export function describeMethods(methods: readonly string[]): string {
  if (methods.includes(AuthMethod.PASSKEY)) return 'a passkey';
  if (methods.includes(AuthMethod.RECOVERY)) return 'the password and a recovery code';
  if (methods.includes(AuthMethod.TOTP)) return 'the password and a code from the authenticator app';
  return 'the password alone';
}

@Injectable()
export class AccountsService {
  /** Verified against when the email is unknown, so both failures take the same time. */
  private readonly decoyHash = argon2.hash('not-a-real-password-decoy', ARGON2_OPTIONS);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
    private readonly twoFactor: TwoFactorService,
    private readonly throttle: SignInThrottleService,
    private readonly emailVerifiedHooks: EmailVerifiedHooksService,
  ) {}

  /**
   * Always true: a new address gets a verification link, a taken one a note that it has an
   * account, so the answer never tells whether an address is registered. The password is
   * hashed either way, so the time taken does not tell either.
   */
  async signUp(input: SignUpInput): Promise<boolean> {
    const passwordHash = await argon2.hash(input.password, ARGON2_OPTIONS);
    await this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(User)
        .values({ email: input.email, name: input.name, passwordHash })
        .orIgnore() // the address is taken (perhaps by a concurrent sign-up)
        .returning(['id'])
        .execute();
      const row = (inserted.raw as { id: string }[])[0];
      if (row) {
        const user = await manager.findOneByOrFail(User, { id: row.id });
        await this.queueVerification(manager, user, await this.createVerification(manager, user.id));
      } else {
        await this.queueAccountExists(manager, await manager.findOneByOrFail(User, { email: input.email }));
      }
    });
    return true;
  }

  /**
   * The first verification proves the mailbox: sessions begun before it may be a squatter's (who
   * signed up with the address and waits for its owner to click the link), so every session of the
   * account ends but the caller's own, when the caller is that account.
   */
  async verifyEmail(actor: Actor | null, token: string): Promise<UserObject> {
    return this.dataSource.transaction(async (manager) => {
      const verification = await manager.findOne(EmailVerification, { where: { tokenHash: hashToken(token) } });
      if (!verification || verification.expiresAt.getTime() <= Date.now()) {
        throw badInput('This verification link is invalid or has expired');
      }
      const user = await manager.findOneOrFail(User, { where: { id: verification.userId } });
      if (!user.emailVerifiedAt) {
        user.emailVerifiedAt = new Date();
        await manager.update(User, { id: user.id }, { emailVerifiedAt: user.emailVerifiedAt });
        await this.sessions.endOtherSessions(manager, user.id, actor?.userId === user.id ? actor.sessionId : null);
        await this.emailVerifiedHooks.run(manager, { userId: user.id, email: user.email });
      }
      return toUserObject(user);
    });
  }

  /**
   * Sends a fresh verification link to the caller, if the address is not verified yet: at most
   * one a minute and RESENDS_PER_DAY a day, counted from the links issued (sign-up's included).
   */
  async resendVerification(actor: Actor): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // Locked: concurrent resends are counted one after the other.
      const user = await manager.findOne(User, { where: { id: actor.userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('User');
      if (user.emailVerifiedAt) return false;
      const { lastMinute, lastDay } = await manager
        .createQueryBuilder(EmailVerification, 'v')
        .select(`count(*) FILTER (WHERE v.created_at > now() - interval '1 minute')::int`, 'lastMinute')
        .addSelect(`count(*) FILTER (WHERE v.created_at > now() - interval '1 day')::int`, 'lastDay')
        .where('v.user_id = :userId', { userId: user.id })
        .getRawOne<{ lastMinute: number; lastDay: number }>()
        .then((counts) => counts ?? { lastMinute: 0, lastDay: 0 });
      if (lastMinute > 0 || lastDay >= RESENDS_PER_DAY) {
        throw new DomainError(ErrorCode.RATE_LIMITED, 'Too many verification links asked for; try again later');
      }
      await this.queueVerification(manager, user, await this.createVerification(manager, user.id));
      return true;
    });
  }

  /**
   * With two-factor on, the password alone answers TWO_FACTOR_REQUIRED (it was right: asking for
   * the code says no more than that). A log-in from a device the account never used is mailed.
   * After wrong passwords for the address, a device the account never used waits (RATE_LIMITED);
   * one it has signed in from does not, so a guesser cannot lock the owner out.
   */
  async logIn(input: LogInInput, device: Device): Promise<AuthPayloadObject> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { email: input.email } });
    // Claimed before the (slow) password check: parallel guesses cannot all pass a wait not yet set.
    const throttled = !(user && (await this.sessions.isKnownDevice(user.id, device)));
    if (throttled) await this.throttle.claim(input.email);
    const valid = user
      ? await argon2.verify(user.passwordHash, input.password)
      : await argon2.verify(await this.decoyHash, input.password).then(() => false);
    if (!user || !valid) {
      if (!throttled) await this.throttle.fail(input.email); // a claim has counted it already
      throw unauthenticated('Invalid email or password');
    }
    let payload: AuthPayloadObject;
    try {
      payload = await this.dataSource.transaction(async (manager) => {
        const methods = await this.twoFactor.verifyLogIn(manager, user.id, input.code);
        return this.beginSession(manager, user, device, methods);
      });
    } catch (error) {
      // The password was right (a code is still wanted): not a wrong password.
      if (throttled) await this.throttle.release(input.email);
      throw error;
    }
    await this.throttle.succeed(input.email);
    return payload;
  }

  /**
   * A session for `user` on `device`, begun with `methods` (a password log-in's or a passkey's), in
   * the caller's transaction; a device the account never used is mailed, saying how it signed in.
   */
  async beginSession(
    manager: EntityManager,
    user: User,
    device: Device,
    methods: readonly AuthMethod[],
  ): Promise<AuthPayloadObject> {
    const session = await this.sessions.start(user.id, device, methods, manager);
    if (session.newDevice) await this.queueNewDevice(manager, user, device, methods);
    return { accessToken: session.accessToken, refreshToken: session.refreshToken, user: toUserObject(user) };
  }

  async refresh(refreshToken: string): Promise<AuthPayloadObject> {
    const session = await this.sessions.refresh(refreshToken);
    return { ...session, user: await this.me({ userId: session.userId }) };
  }

  async me(actor: Actor): Promise<UserObject> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { id: actor.userId } });
    if (!user) throw unauthenticated('This account no longer exists');
    return toUserObject(user);
  }

  private async createVerification(manager: EntityManager, userId: string): Promise<string> {
    const secret = newSecretToken();
    await manager.insert(EmailVerification, {
      userId,
      tokenHash: secret.hash,
      expiresAt: new Date(Date.now() + VERIFICATION_TTL_MS),
    });
    return secret.token;
  }

  private async queueVerification(manager: EntityManager, user: User, token: string): Promise<void> {
    const link = `${this.config.publicUrl}/verify-email?token=${encodeURIComponent(token)}`;
    await this.mail.enqueue(
      manager,
      {
        to: user.email,
        subject: 'Confirm your email address for Undersigned',
        text:
          `Hello ${user.name},\n\nPlease confirm your email address by opening this link:\n\n${link}\n\n` +
          'The link works for 48 hours. If you did not sign up for Undersigned, ignore this message.\n',
      },
      'verification',
    );
  }

  private async queueNewDevice(
    manager: EntityManager,
    user: User,
    device: Device,
    methods: readonly AuthMethod[],
  ): Promise<void> {
    await this.mail.enqueue(
      manager,
      {
        to: user.email,
        subject: 'New log-in to your Undersigned account from a new device',
        text:
          `Hello ${user.name},\n\nYour Undersigned account was just logged in to from a device it had not been ` +
          `used from before:\n\n  ${device.userAgent || '(no browser name given)'}\n  at ${new Date().toUTCString()}\n` +
          `  signed in with ${describeMethods(methods)}\n\n` +
          'If this was you, there is nothing to do. If not, change your password, turn on two-factor sign-in, ' +
          `and end the session under your account's sessions at ${this.config.publicUrl}.\n`,
      },
      'new device',
    );
  }

  private async queueAccountExists(manager: EntityManager, user: User): Promise<void> {
    await this.mail.enqueue(
      manager,
      {
        to: user.email,
        subject: 'You already have an Undersigned account',
        text:
          `Hello ${user.name},\n\nSomeone, perhaps you, tried to sign up for Undersigned with this address, ` +
          `which already has an account. Log in at ${this.config.publicUrl} instead.\n\n` +
          'Forgotten the password, or did someone else create this account with your address? Choose a new ' +
          `password at ${this.config.publicUrl}/forgot-password: a link is mailed here, and a reset of an ` +
          'address never confirmed clears whatever was set on the account before.\n\n' +
          'If it was not you, ignore this message: nothing has changed.\n',
      },
      'account exists',
    );
  }
}
