import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { DataSource, type EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  AuthMethod,
  badInput,
  DomainError,
  ErrorCode,
  hashToken,
  invalidState,
  MailService,
  PostgresThrottlerStorage,
  unauthenticated,
  type Actor,
  type AppConfig,
} from '@undersigned/common';
import { decryptSecret, deriveKey, encryptSecret } from './account-secrets';
import type { TwoFactorSetupObject } from './dto/two-factor-setup.object';
import { RecoveryCode } from './recovery-code.entity';
import { SessionService } from './session.service';
import { User } from './user.entity';

const RECOVERY_CODES = 10;
/** Wrong codes an account may send in 15 to 30 minutes (this window and the last) before every code is refused. */
const MAX_WRONG_CODES = 10;
const WRONG_CODES_WINDOW_MS = 15 * 60_000;
const PERIOD_SECONDS = 30;

export const twoFactorRequired = (
  message = 'Enter the code of your authenticator app or a recovery code',
): DomainError => new DomainError(ErrorCode.TWO_FACTOR_REQUIRED, message);

/** Recovery codes are compared without case, spaces or dashes: they are typed by hand. */
const normaliseRecoveryCode = (code: string): string => code.toLowerCase().replace(/[\s-]/g, '');

/** TOTP (RFC 6238: SHA-1, 6 digits, 30 s) with single-use recovery codes, per account. */
@Injectable()
export class TwoFactorService {
  private readonly logger = new Logger('TwoFactor');
  private readonly secretKey: Buffer;
  private readonly wrongCodes: PostgresThrottlerStorage;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
  ) {
    this.secretKey = deriveKey(config.jwtSecret, 'two-factor secret');
    this.wrongCodes = new PostgresThrottlerStorage(dataSource);
  }

  /** A new secret, kept (encrypted) until confirmTwoFactor proves the app has it. */
  async startSetup(actor: Actor): Promise<TwoFactorSetupObject> {
    return this.dataSource.transaction(async (manager) => {
      // A stolen access token could otherwise turn two-factor on and lock its owner out.
      await this.sessions.requireRecentAuthentication(actor, manager);
      const user = await this.lockedUser(manager, actor.userId);
      if (user.twoFactorEnabledAt) throw invalidState('Two-factor sign-in is already on; turn it off first');
      const secret = new Secret({ size: 20 });
      await manager.update(
        User,
        { id: user.id },
        { twoFactorSecret: encryptSecret(this.secretKey, secret.base32), twoFactorLastStep: null },
      );
      return { secret: secret.base32, otpauthUrl: this.totp(secret, user.email).toString() };
    });
  }

  /**
   * Turns two-factor on with a code from the app; returns fresh recovery codes (shown once). Every
   * other session of the account ends (one begun with a phished password must not outlive this),
   * and the caller's own session, which has just proven a code, counts as two-factor from now on.
   */
  async confirm(actor: Actor, code: string): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.sessions.requireRecentAuthentication(actor, manager);
      const user = await this.lockedUser(manager, actor.userId);
      if (user.twoFactorEnabledAt) throw invalidState('Two-factor sign-in is already on');
      if (!user.twoFactorSecret) throw invalidState('Start the two-factor setup first');
      await this.requireCode(manager, user, code, false);
      await manager.update(User, { id: user.id }, { twoFactorEnabledAt: new Date() });
      await this.sessions.endOtherSessions(manager, user.id, actor.sessionId);
      if (actor.sessionId) await this.sessions.addMethod(manager, user.id, actor.sessionId, AuthMethod.TOTP);
      await manager.delete(RecoveryCode, { userId: user.id });
      const codes = Array.from({ length: RECOVERY_CODES }, () =>
        (randomBytes(10).toString('hex').match(/.{5}/g) as string[]).join('-'),
      );
      await manager.insert(
        RecoveryCode,
        codes.map((recovery) => ({ userId: user.id, codeHash: hashToken(normaliseRecoveryCode(recovery)) })),
      );
      return codes;
    });
  }

  /** Turns two-factor off, with a current code or a recovery code: a stolen access token alone cannot. */
  async disable(actor: Actor, code: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await this.sessions.requireRecentAuthentication(actor, manager);
      const user = await this.lockedUser(manager, actor.userId);
      if (!user.twoFactorEnabledAt) throw invalidState('Two-factor sign-in is not on');
      await this.requireCode(manager, user, code, true);
      await manager.update(
        User,
        { id: user.id },
        { twoFactorSecret: null, twoFactorEnabledAt: null, twoFactorLastStep: null },
      );
      await manager.delete(RecoveryCode, { userId: user.id });
      return true;
    });
  }

  /** Removes whatever two-factor state the account has (a squatter's, on a reset of a never-verified address). */
  async clear(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(
      User,
      { id: userId },
      { twoFactorSecret: null, twoFactorEnabledAt: null, twoFactorLastStep: null },
    );
    await manager.delete(RecoveryCode, { userId });
  }

  /**
   * For a log-in (and a reset or re-authentication) whose password was right: with two-factor on, passes when `code` is a TOTP not
   * used before or an unused recovery code (which it uses up). Answers the methods the session
   * begins with. Locks the user row first, so that a code is used once and two-factor turned on
   * meanwhile is not missed.
   */
  async verifyLogIn(manager: EntityManager, userId: string, code: string | null | undefined): Promise<AuthMethod[]> {
    const user = await this.lockedUser(manager, userId);
    if (!user.twoFactorEnabledAt) return [AuthMethod.PASSWORD];
    if (!code) throw twoFactorRequired();
    return [AuthMethod.PASSWORD, await this.requireCode(manager, user, code, true)];
  }

  /**
   * Wrong codes are counted per account in PostgreSQL, outside the caller's transaction (which a
   * wrong code rolls back); past MAX_WRONG_CODES, even a right code is refused. Callers hold the
   * user row's lock, so concurrent guesses are counted one after the other.
   */
  private async requireCode(
    manager: EntityManager,
    user: User,
    code: string,
    allowRecovery: boolean,
  ): Promise<AuthMethod.TOTP | AuthMethod.RECOVERY> {
    if (code.length > 64) throw badInput('A code is at most 64 characters long');
    const key = `two-factor:${user.id}`;
    if ((await this.wrongCodes.recentHits(key, WRONG_CODES_WINDOW_MS)) >= MAX_WRONG_CODES) {
      throw new DomainError(ErrorCode.RATE_LIMITED, 'Too many wrong codes; try again in half an hour');
    }
    const digits = code.replace(/\s/g, '');
    const totp = /^\d{6}$/.test(digits);
    const ok = totp
      ? await this.useTotp(manager, user, digits)
      : allowRecovery && (await this.useRecoveryCode(manager, user.id, code));
    if (!ok) {
      await this.wrongCodes.increment(key, WRONG_CODES_WINDOW_MS, MAX_WRONG_CODES);
      throw twoFactorRequired('This code is not valid');
    }
    if (totp) return AuthMethod.TOTP;
    await this.queueRecoveryCodeUsed(manager, user);
    return AuthMethod.RECOVERY;
  }

  /**
   * A recovery code stands in for the second factor (and so for a passkey): its owner hears of every
   * one used, in the transaction that used it, so a stolen code does not go unnoticed.
   */
  private async queueRecoveryCodeUsed(manager: EntityManager, user: User): Promise<void> {
    const [{ left }] = (await manager.query(
      'SELECT count(*)::int AS left FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL',
      [user.id],
    )) as { left: number }[];
    await this.mail.enqueue(
      manager,
      {
        to: user.email,
        subject: 'A recovery code of your Undersigned account was used',
        text:
          `Hello ${user.name},\n\nOne of the recovery codes of your Undersigned account was just used in place of ` +
          `a code of your authenticator app, at ${new Date().toUTCString()}. ${left} unused code${left === 1 ? '' : 's'} ` +
          'remain.\n\nIf this was not you, someone has your password and a recovery code: sign in, change your ' +
          `password, turn two-factor sign-in off and on again (for new codes) and end the other sessions at ${this.config.publicUrl}.\n`,
      },
      'recovery code used',
    );
  }

  // A code is valid for its step and the steps either side (clock drift), once: its step must
  // be later than the last one accepted.
  private async useTotp(manager: EntityManager, user: User, token: string): Promise<boolean> {
    if (!user.twoFactorSecret) return false;
    let secret: string;
    try {
      secret = decryptSecret(this.secretKey, user.twoFactorSecret);
    } catch {
      // JWT_SECRET changed since setup: only recovery codes (hashed, keyless) still work.
      this.logger.warn(`two-factor secret of user ${user.id} does not decrypt with the current JWT_SECRET`);
      return false;
    }
    const totp = this.totp(Secret.fromBase32(secret), user.email);
    const timestamp = Date.now();
    const delta = totp.validate({ token, timestamp, window: 1 });
    if (delta === null) return false;
    const step = totp.counter({ timestamp }) + delta;
    if (user.twoFactorLastStep !== null && step <= user.twoFactorLastStep) return false;
    await manager.update(User, { id: user.id }, { twoFactorLastStep: step });
    return true;
  }

  private async useRecoveryCode(manager: EntityManager, userId: string, code: string): Promise<boolean> {
    const used = await manager
      .createQueryBuilder()
      .update(RecoveryCode)
      .set({ usedAt: () => 'now()' })
      .where('user_id = :userId AND code_hash = :hash AND used_at IS NULL', {
        userId,
        hash: hashToken(normaliseRecoveryCode(code)),
      })
      .execute();
    return (used.affected ?? 0) > 0;
  }

  private totp(secret: Secret, email: string): TOTP {
    return new TOTP({
      issuer: 'Undersigned',
      label: email,
      secret,
      algorithm: 'SHA1',
      digits: 6,
      period: PERIOD_SECONDS,
    });
  }

  private async lockedUser(manager: EntityManager, userId: string): Promise<User> {
    const user = await manager.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw unauthenticated('This account no longer exists');
    return user;
  }
}
