import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { DataSource, type EntityManager } from 'typeorm';
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
import type { AuthPayloadObject } from './dto/auth-payload.object';
import type { LogInInput } from './dto/log-in.input';
import type { SignUpInput } from './dto/sign-up.input';
import { EmailVerification } from './email-verification.entity';
import { SessionService } from './session.service';
import { User } from './user.entity';

const VERIFICATION_TTL_MS = 48 * 3_600_000;
const ARGON2_OPTIONS = { type: argon2.argon2id } as const;

@Injectable()
export class AccountsService {
  /** Verified against when the email is unknown, so both failures take the same time. */
  private readonly decoyHash = argon2.hash('not-a-real-password-decoy', ARGON2_OPTIONS);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
  ) {}

  async signUp(input: SignUpInput): Promise<AuthPayloadObject> {
    const passwordHash = await argon2.hash(input.password, ARGON2_OPTIONS);
    const { user, session, verificationToken } = await this.dataSource.transaction(async (manager) => {
      const taken = await manager.exists(User, { where: { email: input.email } });
      if (taken) throw new DomainError(ErrorCode.CONFLICT, 'An account with this email address already exists');
      const created = await manager.save(manager.create(User, { email: input.email, name: input.name, passwordHash }));
      return {
        user: created,
        verificationToken: await this.createVerification(manager, created.id),
        session: await this.sessions.start(created.id, manager),
      };
    });
    this.sendVerification(user, verificationToken);
    return { accessToken: session.accessToken, refreshToken: session.refreshToken, user: toUserObject(user) };
  }

  async verifyEmail(token: string): Promise<UserObject> {
    return this.dataSource.transaction(async (manager) => {
      const verification = await manager.findOne(EmailVerification, { where: { tokenHash: hashToken(token) } });
      if (!verification || verification.expiresAt.getTime() <= Date.now()) {
        throw badInput('This verification link is invalid or has expired');
      }
      const user = await manager.findOneOrFail(User, { where: { id: verification.userId } });
      if (!user.emailVerifiedAt) {
        user.emailVerifiedAt = new Date();
        await manager.update(User, { id: user.id }, { emailVerifiedAt: user.emailVerifiedAt });
      }
      return toUserObject(user);
    });
  }

  /** Sends a fresh verification link to the caller, if the address is not verified yet. */
  async resendVerification(actor: Actor): Promise<boolean> {
    const { user, token } = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(User, { where: { id: actor.userId } });
      if (!found) throw notFound('User');
      if (found.emailVerifiedAt) return { user: found, token: null };
      return { user: found, token: await this.createVerification(manager, found.id) };
    });
    if (token) this.sendVerification(user, token);
    return token !== null;
  }

  async logIn(input: LogInInput): Promise<AuthPayloadObject> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { email: input.email } });
    const valid = user
      ? await argon2.verify(user.passwordHash, input.password)
      : await argon2.verify(await this.decoyHash, input.password).then(() => false);
    if (!user || !valid) throw unauthenticated('Invalid email or password');
    const session = await this.sessions.start(user.id);
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

  private sendVerification(user: User, token: string): void {
    const link = `${this.config.publicUrl}/verify-email?token=${encodeURIComponent(token)}`;
    this.mail.sendAfterCommit(
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
}
