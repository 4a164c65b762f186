import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { DataSource, type EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  AuthMethod,
  badInput,
  DomainError,
  ErrorCode,
  MailService,
  notFound,
  unauthenticated,
  invalidState,
  type Actor,
  type AppConfig,
} from '@undersigned/common';
import { AccountsService } from './accounts.service';
import type { AuthPayloadObject } from './dto/auth-payload.object';
import { toPasskeyObject, type PasskeyObject } from './dto/passkey.object';
import { PasskeyCeremony } from './passkey-challenge.entity';
import { PasskeyRemovalHooksService } from './passkey-removal-hooks.service';
import { Passkey } from './passkey.entity';
import { SessionService, type Device } from './session.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import { User } from './user.entity';

/** How long a challenge may be answered. */
export const PASSKEY_CHALLENGE_TTL_MINUTES = 5;
/** Passkeys one account may hold. */
export const MAX_PASSKEYS = 20;
/** A browser's answer is a few kilobytes; anything far larger is not one. */
const MAX_RESPONSE_LENGTH = 32_000;
const MAX_NAME_LENGTH = 100;
const TRANSPORTS: ReadonlySet<string> = new Set(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb']);

/** The credential (challenge and all) a browser sends back, parsed enough to find its challenge. */
interface Answer<T> {
  response: T;
  challenge: string;
}

/**
 * Passkeys (WebAuthn, verified by @simplewebauthn/server): registering one needs a recent sign-in,
 * as turning two-factor on does; signing in with one begins a session that counts as two-factor
 * (AuthMethod.PASSKEY). User verification is required; the relying party is PUBLIC_URL's host and
 * origin; a challenge is answered once (its row is deleted by the answer) within five minutes; a
 * signature counter that does not move forward (when either is non-zero) is refused.
 */
@Injectable()
export class PasskeysService {
  private readonly rpId: string;
  private readonly origin: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly accounts: AccountsService,
    private readonly throttle: SignInThrottleService,
    private readonly mail: MailService,
    private readonly removalHooks: PasskeyRemovalHooksService,
  ) {
    const url = new URL(config.publicUrl);
    this.rpId = url.hostname;
    this.origin = url.origin;
  }

  async list(userId: string): Promise<PasskeyObject[]> {
    const passkeys = await this.dataSource
      .getRepository(Passkey)
      .find({ where: { userId }, order: { createdAt: 'ASC', id: 'ASC' }, take: MAX_PASSKEYS });
    return passkeys.map(toPasskeyObject);
  }

  /** Creation options (JSON text) for a new passkey of the caller, who signed in recently. */
  async startRegistration(actor: Actor): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      // A stolen access token could otherwise add the thief's passkey to the account.
      await this.sessions.requireRecentAuthentication(actor, manager);
      const user = await this.lockedUser(manager, actor.userId);
      const existing = await manager.find(Passkey, { where: { userId: user.id } });
      if (existing.length >= MAX_PASSKEYS) throw invalidState(`An account holds at most ${MAX_PASSKEYS} passkeys`);
      requirePasskeySessionToAddAnother(actor, existing.length);
      const options = await generateRegistrationOptions({
        rpName: 'Undersigned',
        rpID: this.rpId,
        userName: user.email,
        userDisplayName: user.name,
        userID: new Uint8Array(userHandleOf(user.id)),
        attestationType: 'none',
        timeout: PASSKEY_CHALLENGE_TTL_MINUTES * 60_000,
        excludeCredentials: existing.map((passkey) => ({
          id: passkey.credentialId,
          transports: passkey.transports as AuthenticatorTransportFuture[],
        })),
        authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      });
      await this.storeChallenge(manager, options.challenge, PasskeyCeremony.REGISTRATION, user.id, false);
      return JSON.stringify(options);
    });
  }

  /** Verifies the browser's answer to startRegistration and keeps the new passkey. */
  async finishRegistration(
    actor: Actor,
    responseText: string,
    name: string | null | undefined,
  ): Promise<PasskeyObject> {
    const passkeyName = normaliseName(name);
    const answer = parseAnswer<RegistrationResponseJSON>(responseText);
    const challenge = await this.takeChallenge(answer.challenge, PasskeyCeremony.REGISTRATION);
    if (!challenge || challenge.userId !== actor.userId) {
      throw badInput('This passkey request has expired or was answered already: start again');
    }
    const verification = await verifyRegistrationResponse({
      response: answer.response,
      expectedChallenge: answer.challenge,
      expectedOrigin: this.origin,
      expectedRPID: this.rpId,
      requireUserVerification: true,
    }).catch((error: unknown) => {
      throw badInput(`The passkey could not be verified: ${error instanceof Error ? error.message : 'bad answer'}`);
    });
    if (!verification.verified) throw badInput('The passkey could not be verified');
    const { credential } = verification.registrationInfo;
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockedUser(manager, actor.userId);
      const count = await manager.count(Passkey, { where: { userId: user.id } });
      if (count >= MAX_PASSKEYS) throw invalidState(`An account holds at most ${MAX_PASSKEYS} passkeys`);
      requirePasskeySessionToAddAnother(actor, count);
      const passkey = await manager.save(
        manager.create(Passkey, {
          userId: user.id,
          credentialId: credential.id,
          publicKey: Buffer.from(credential.publicKey),
          counter: credential.counter,
          transports: knownTransports(credential.transports),
          name: passkeyName ?? `Passkey ${count + 1}`,
        }),
      );
      await this.queueAdded(manager, user, passkey.name);
      return toPasskeyObject(passkey);
    });
  }

  /**
   * Request options (JSON text), the same whether or not an email is given: they never list an
   * account's credential ids (every passkey here is discoverable, residentKey required), so they do
   * not tell whether the address has an account, how many passkeys it holds, or ids a seized key
   * could be matched against. With an email, the challenge is bound to that account: only its
   * passkeys may answer it (an address without an account or passkeys: none may).
   */
  async startLogIn(email: string | null | undefined): Promise<string> {
    const address = email?.trim().toLowerCase() || null;
    if (address && address.length > 320) throw badInput('An email address is at most 320 characters long');
    return this.dataSource.transaction(async (manager) => {
      let userId: string | null = null;
      if (address) {
        const [row] = (await manager.query(
          `SELECT u.id AS "userId" FROM users u WHERE u.email = $1 AND EXISTS (SELECT 1 FROM passkeys p WHERE p.user_id = u.id)`,
          [address],
        )) as { userId: string }[];
        userId = row?.userId ?? null;
      }
      const options = await generateAuthenticationOptions({
        rpID: this.rpId,
        userVerification: 'required',
        timeout: PASSKEY_CHALLENGE_TTL_MINUTES * 60_000,
      });
      await this.storeChallenge(manager, options.challenge, PasskeyCeremony.LOG_IN, userId, address !== null);
      return JSON.stringify(options);
    });
  }

  /**
   * Verifies the browser's answer to startLogIn and begins a session that counts as two-factor.
   * Throttled per account as a password log-in is (SignInThrottleService), besides per IP.
   */
  async finishLogIn(responseText: string, device: Device): Promise<AuthPayloadObject> {
    const answer = parseAnswer<AuthenticationResponseJSON>(responseText);
    const challenge = await this.takeChallenge(answer.challenge, PasskeyCeremony.LOG_IN);
    if (!challenge) throw unauthenticated('This passkey sign-in has expired or was answered already: start again');
    const passkey = await this.dataSource
      .getRepository(Passkey)
      .findOne({ where: { credentialId: String(answer.response.id) } });
    const user = passkey ? await this.dataSource.getRepository(User).findOne({ where: { id: passkey.userId } }) : null;
    if (!passkey || !user || (challenge.boundToEmail && challenge.userId !== passkey.userId)) {
      throw unauthenticated('This passkey is not registered here');
    }
    const userHandle = answer.response.response?.userHandle;
    if (userHandle && userHandle !== userHandleOf(user.id).toString('base64url')) {
      throw unauthenticated('This passkey is not registered here');
    }
    const throttled = !(await this.sessions.isKnownDevice(user.id, device));
    if (throttled) await this.throttle.claim(user.email);
    const verification = await verifyAuthenticationResponse({
      response: answer.response,
      expectedChallenge: answer.challenge,
      expectedOrigin: this.origin,
      expectedRPID: this.rpId,
      credential: {
        id: passkey.credentialId,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: passkey.counter,
        transports: passkey.transports as AuthenticatorTransportFuture[],
      },
      requireUserVerification: true,
    }).catch((error: unknown) => {
      throw unauthenticated(
        `The passkey's answer is not valid: ${error instanceof Error ? error.message : 'bad answer'}`,
      );
    });
    if (!verification.verified) throw unauthenticated("The passkey's answer is not valid");
    const { newCounter } = verification.authenticationInfo;
    const payload = await this.dataSource.transaction(async (manager) => {
      // Re-read under the lock: two answers signed with one counter value cannot both pass.
      const current = await manager.findOne(Passkey, {
        where: { id: passkey.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw unauthenticated('This passkey is not registered here');
      if ((newCounter > 0 || current.counter > 0) && newCounter <= current.counter) {
        throw unauthenticated('The passkey’s signature counter went backwards: it may have been cloned');
      }
      await manager.update(Passkey, { id: current.id }, { counter: newCounter, lastUsedAt: new Date() });
      return this.accounts.beginSession(manager, user, device, [AuthMethod.PASSKEY]);
    });
    await this.throttle.succeed(user.email);
    return payload;
  }

  /**
   * Removes one of the caller's passkeys, after a recent sign-in. Other contexts may refuse (an
   * organisation requiring phishing-resistant sign-in, for its member's last passkey).
   */
  async remove(actor: Actor, passkeyId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await this.sessions.requireRecentAuthentication(actor, manager);
      const user = await this.lockedUser(manager, actor.userId);
      const passkey = await manager.findOne(Passkey, { where: { id: passkeyId, userId: user.id } });
      if (!passkey) throw notFound('Passkey');
      const remaining = (await manager.count(Passkey, { where: { userId: user.id } })) - 1;
      await this.removalHooks.run(manager, {
        userId: user.id,
        remaining,
        freshPasskeySession: await this.sessions.isFreshPasskeySession(actor, manager),
      });
      await manager.delete(Passkey, { id: passkey.id });
      return true;
    });
  }

  private async storeChallenge(
    manager: EntityManager,
    challenge: string,
    ceremony: PasskeyCeremony,
    userId: string | null,
    boundToEmail: boolean,
  ): Promise<void> {
    // Unanswered challenges are of no use once expired: each new one clears them (indexed).
    await manager.query('DELETE FROM passkey_challenges WHERE expires_at < now()');
    await manager.query(
      `INSERT INTO passkey_challenges (challenge, ceremony, user_id, bound_to_email, created_at, expires_at)
       VALUES ($1, $2, $3, $4, now(), now() + make_interval(mins => $5))`,
      [challenge, ceremony, userId, boundToEmail, PASSKEY_CHALLENGE_TTL_MINUTES],
    );
  }

  /**
   * Takes the challenge out of the table in one statement of its own, committed before the answer
   * is verified: a second answer to it, concurrent or later, finds nothing, and so does a first one
   * that failed. Null if it is unknown, of another ceremony, or expired.
   */
  private async takeChallenge(
    challenge: string,
    ceremony: PasskeyCeremony,
  ): Promise<{ userId: string | null; boundToEmail: boolean } | null> {
    const rows = (await this.dataSource.query(
      `DELETE FROM passkey_challenges WHERE challenge = $1 AND ceremony = $2
       RETURNING user_id AS "userId", bound_to_email AS "boundToEmail", expires_at > now() AS live`,
      [challenge, ceremony],
    )) as [{ userId: string | null; boundToEmail: boolean; live: boolean }[], number];
    const row = rows[0]?.[0];
    return row?.live ? { userId: row.userId, boundToEmail: row.boundToEmail } : null;
  }

  private async lockedUser(manager: EntityManager, userId: string): Promise<User> {
    const user = await manager.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw unauthenticated('This account no longer exists');
    return user;
  }

  private async queueAdded(manager: EntityManager, user: User, name: string): Promise<void> {
    await this.mail.enqueue(
      manager,
      {
        to: user.email,
        subject: 'A passkey was added to your Undersigned account',
        text:
          `Hello ${user.name},\n\nA passkey named “${name}” was just added to your Undersigned account, at ` +
          `${new Date().toUTCString()}. It signs in without the password.\n\nIf this was not you, sign in, remove ` +
          `it under your account at ${this.config.publicUrl}/account, change your password and end the other sessions.\n`,
      },
      'passkey added',
    );
  }
}

/**
 * An account that holds a passkey adds another only in a session begun with one: otherwise a
 * phished password and code (relayed within their 30 seconds, a fresh session) would add the
 * phisher's own passkey, and with it a passkey session, where an organisation requires one. The
 * first passkey comes from any recent sign-in. The session's methods are its row's (the guard's).
 */
function requirePasskeySessionToAddAnother(actor: Actor, held: number): void {
  if (held === 0 || (actor.methods ?? []).includes(AuthMethod.PASSKEY)) return;
  throw new DomainError(
    ErrorCode.REAUTHENTICATION_REQUIRED,
    'This account holds a passkey: to add another, sign in with one you hold (if you lost it, remove it first)',
  );
}

/** The transports the browser named that are known ones: it sends them unverified, in any shape. */
function knownTransports(transports: unknown): string[] {
  if (!Array.isArray(transports)) return [];
  return transports.filter((transport): transport is string => TRANSPORTS.has(transport as string)).slice(0, 8);
}

/** The WebAuthn user handle of an account: its UUID's 16 bytes (no personal data). */
function userHandleOf(userId: string): Buffer {
  return Buffer.from(userId.replace(/-/g, ''), 'hex');
}

function normaliseName(name: string | null | undefined): string | null {
  const trimmed = name?.trim() ?? '';
  if (!trimmed) return null;
  if ([...trimmed].length > MAX_NAME_LENGTH)
    throw badInput(`A passkey's name is at most ${MAX_NAME_LENGTH} characters`);
  if (/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u.test(trimmed))
    throw badInput("A passkey's name has a character it may not");
  return trimmed;
}

/** The browser's answer, and the challenge its client data carries; BAD_USER_INPUT if it is not one. */
function parseAnswer<T extends { id: string; response: { clientDataJSON: string } }>(text: string): Answer<T> {
  if (text.length > MAX_RESPONSE_LENGTH) throw badInput('This is not a passkey answer (too long)');
  try {
    const response = JSON.parse(text) as T;
    if (typeof response?.id !== 'string' || typeof response.response?.clientDataJSON !== 'string') throw new Error();
    const clientData = JSON.parse(Buffer.from(response.response.clientDataJSON, 'base64url').toString('utf8')) as {
      challenge?: unknown;
    };
    if (typeof clientData.challenge !== 'string' || clientData.challenge.length > 128) throw new Error();
    return { response, challenge: clientData.challenge };
  } catch {
    throw badInput('This is not a passkey answer');
  }
}
