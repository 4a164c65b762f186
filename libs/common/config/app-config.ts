import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { isAbsolute, join, resolve } from 'node:path';

export enum NodeEnv {
  DEVELOPMENT = 'development',
  PRODUCTION = 'production',
  TEST = 'test',
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  jwtSecret: string;
  /** The Ed25519 private key (JWK JSON) that signs endorsement receipts. */
  receiptSigningKey: string;
  worker: boolean;
  authRateLimit: number;
  /** express's `trust proxy`: false (the socket's address is the client), a hop count, or trusted proxy addresses. */
  trustProxy: false | number | string[];
  logLevel: string;
  bodyLimitBytes: number;
  /** Days after which a pending letter invitation is EXPIRED. */
  invitationTtlDays: number;
  invitationLimits: InvitationLimitsConfig;
  memberInvitationLimits: MemberInvitationLimitsConfig;
  /** Versions an open letter may gain in 24 hours (each one mails its signatories and supporters). */
  letterRevisionsPerDay: number;
  /** Max age of anonymous public reads by GET in shared HTTP caches; 0 keeps every response private. */
  publicCacheMaxAgeSeconds: number;
  /** How long this process reuses its answer to an anonymous public query; 0 turns it off. */
  publicResponseCacheMs: number;
  delivery: DeliveryConfig;
  /** postcodes.io-compatible service asked for postcodes not in the imported table (no trailing slash). */
  postcodeLookupUrl: string | undefined;
  postcodeLookupTimeoutMs: number;
  /** First wait before a failed lookup (for a confirmed signature's area) is tried again; it doubles each time. */
  postcodeLookupRetrySeconds: number;
  /** Public `representatives` lookups per client IP per minute, counted across processes; 0 turns it off. */
  representativesRateLimit: number;
  /** Requests one API key may make per minute (API_KEY_RATE_LIMIT); 0 turns it off. */
  apiKeyRateLimit: number;
  platformAdmins: PlatformAdminConfig;
  /** How often a worker sends supporters' messages to representatives that have fallen due. */
  targetDispatchIntervalMs: number;
  supporters: SupportersConfig;
  /** Readers' renders (PDFs of letters as they stand, verification pages) one process queues; beyond, 503. */
  renderQueueLimit: number;
  webhooks: WebhooksConfig;
}

/** Organisations' webhooks (Standard Webhooks 1.0). */
export interface WebhooksConfig {
  /** Whether hooks may point at private, loopback and link-local addresses (tests, receivers on the same network). */
  allowPrivateNetworks: boolean;
  /** How often a worker looks for webhook calls that have fallen due. */
  dispatchIntervalMs: number;
}

/** How many invitations to endorse may be mailed, counted in PostgreSQL across processes. */
export interface InvitationLimitsConfig {
  /** Invitations mailed for one letter in 24 hours. */
  perLetterPerDay: number;
  /** Invitations one account mails in 24 hours, all letters together. */
  perAccountPerDay: number;
  /** Email addresses a letter may invite in all while none of its lead organisations has a verified domain. */
  unverifiedLeads: number;
}

/** How many invitations to join an organisation may be mailed, counted in PostgreSQL across processes. */
export interface MemberInvitationLimitsConfig {
  /** Invitations mailed for one organisation in 24 hours. */
  perOrganisationPerDay: number;
  /** Invitations one account mails in 24 hours, all its organisations together. */
  perAccountPerDay: number;
}

export interface PlatformAdminConfig {
  /** Lower-cased addresses whose verified accounts administer the platform's shared data (targets). */
  emails: string[];
  /** Whether those accounts must also have two-factor sign-in on. */
  requireTwoFactor: boolean;
}

export interface SupportersConfig {
  /** Signatures per client IP per hour; beyond it they are accepted silently and never counted. 0 turns it off. */
  signRateLimit: number;
  /** Days after a letter is delivered or closed after which its supporters' personal data is erased. */
  retentionDays: number;
  /** How often a worker folds confirmed signatures into the counts. */
  foldIntervalMs: number;
}

export interface DeliveryConfig {
  /** First retry delay after a temporary failure; it doubles each time, up to an hour. */
  retryDelaySeconds: number;
  /** Hours after the first attempt during which temporary failures are retried, before FAILED. */
  retryHours: number;
  /** Messages per minute to one mail domain: deliveries to one server are spread over time. */
  ratePerMinute: number;
  /** A send not finished after this long (the worker died) is tried again, with the same Message-ID. */
  timeoutSeconds: number;
}

/** A configuration value that cannot be used; the message names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function text(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = text(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'must be a URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use one of ${protocols.join(', ')}`);
  }
  return raw;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

/**
 * Reads a secret kept in DATA_DIR, generating it on first use. Two processes starting at once
 * race safely: the file is written aside and hard-linked into place, which fails if it exists.
 */
export function readOrCreateSecret(dataDir: string, name: string, generate: () => string): string {
  const dir = join(dataDir, 'secrets');
  const file = join(dir, name);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(aside, generate(), { mode: 0o600 });
    try {
      linkSync(aside, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(aside, { force: true });
    }
  }
  return readFileSync(file, 'utf8');
}

function isEd25519PrivateJwk(json: string): boolean {
  try {
    const jwk = JSON.parse(json) as Record<string, unknown>;
    return jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.d === 'string' && typeof jwk.x === 'string';
  } catch {
    return false;
  }
}

/**
 * TRUST_PROXY: unset, the client IP is the connection's and X-Forwarded-For is ignored; a number
 * trusts that many proxy hops; otherwise comma-separated addresses or subnets of trusted proxies
 * (or express's names `loopback`, `linklocal`, `uniquelocal`).
 */
function trustProxy(env: Env): false | number | string[] {
  const value = text(env, 'TRUST_PROXY');
  if (value === undefined) return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 20) throw new ConfigError('TRUST_PROXY', 'must be at most 20 hops');
    return hops === 0 ? false : hops;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const [address, bits, extra] = entry.split('/');
    const named = ['loopback', 'linklocal', 'uniquelocal'].includes(entry);
    const family = isIP(address ?? '');
    const maxBits = family === 4 ? 32 : 128;
    const validBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits);
    if (!named && (!family || !validBits || extra !== undefined)) {
      throw new ConfigError('TRUST_PROXY', `must be a hop count or comma-separated proxy addresses, not "${entry}"`);
    }
  }
  return entries;
}

/** Fails now, naming DATA_DIR, rather than later with EACCES from whichever file comes first. */
function assertWritable(dataDir: string): void {
  const probe = join(dataDir, `.write-test-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    writeFileSync(probe, '', { flag: 'wx' });
    rmSync(probe);
  } catch {
    throw new ConfigError('DATA_DIR', `is not writable: ${dataDir}`);
  }
}

/**
 * The host of the default PUBLIC_URL: `localhost` for a loopback address, since browsers refuse an IP
 * address as a WebAuthn relying party (passkeys would not work on the default set-up).
 */
function publicHost(host: string): string {
  const loopback = /^127(\.\d{1,3}){3}$/.test(host) || host === '::1' || host === '[::1]';
  return loopback ? 'localhost' : host;
}

/** Reads and validates the whole configuration once; throws ConfigError naming the bad variable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', Object.values(NodeEnv), NodeEnv.DEVELOPMENT);
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const host = text(env, 'HOST') ?? '127.0.0.1';
  const rawDataDir = text(env, 'DATA_DIR') ?? './.data';
  const dataDir = isAbsolute(rawDataDir) ? rawDataDir : resolve(process.cwd(), rawDataDir);
  const publicUrl = (url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://${publicHost(host)}:${port}`).replace(
    /\/+$/,
    '',
  );
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const smtpUrl = url(env, 'SMTP_URL', ['smtp:', 'smtps:']);
  const workerRaw = oneOf(env, 'WORKER', ['on', 'off'] as const, 'on');
  const authRateLimit = integer(env, 'AUTH_RATE_LIMIT', 10, 0, 1_000_000);
  const trustProxySetting = trustProxy(env);
  const logLevel = oneOf(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === NodeEnv.TEST ? 'warn' : 'info');
  const mailFrom = text(env, 'MAIL_FROM') ?? 'Undersigned <no-reply@undersigned.invalid>';
  // A 200,000-character body written as \uXXXX escapes (six bytes a character) must fit.
  const bodyLimitBytes = integer(env, 'BODY_LIMIT_BYTES', 2 * 1_048_576, 1024, 64 * 1_048_576);

  const jwtSecretEnv = text(env, 'JWT_SECRET');
  if (jwtSecretEnv !== undefined && jwtSecretEnv.length < 32) {
    throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
  }
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch {
    throw new ConfigError('DATA_DIR', `cannot be created at ${dataDir}`);
  }
  assertWritable(dataDir);
  const jwtSecret =
    jwtSecretEnv ?? readOrCreateSecret(dataDir, 'jwt-secret', () => randomBytes(48).toString('base64url'));

  const receiptKeyEnv = text(env, 'RECEIPT_SIGNING_KEY');
  if (receiptKeyEnv !== undefined && !isEd25519PrivateJwk(receiptKeyEnv)) {
    throw new ConfigError('RECEIPT_SIGNING_KEY', 'must be an Ed25519 private key as JWK JSON');
  }
  const receiptSigningKey =
    receiptKeyEnv ??
    readOrCreateSecret(dataDir, 'receipt-signing-key.jwk', () =>
      JSON.stringify(generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' })),
    );

  const delivery: DeliveryConfig = {
    retryDelaySeconds: integer(env, 'DELIVERY_RETRY_DELAY_SECONDS', 30, 1, 86_400),
    retryHours: integer(env, 'DELIVERY_RETRY_HOURS', 48, 1, 24 * 30),
    ratePerMinute: integer(env, 'DELIVERY_RATE_PER_MINUTE', 60, 1, 100_000),
    timeoutSeconds: integer(env, 'DELIVERY_TIMEOUT_SECONDS', 120, 2, 86_400),
  };

  const adminEmails = (text(env, 'PLATFORM_ADMIN_EMAILS') ?? '')
    .split(',')
    .map((email) => email.trim().toLowerCase())
    .filter((email) => email !== '');
  for (const email of adminEmails) {
    if (!/^[^\s@]+@[^\s@]+$/.test(email))
      throw new ConfigError('PLATFORM_ADMIN_EMAILS', `has an invalid address "${email}"`);
  }
  const platformAdmins: PlatformAdminConfig = {
    emails: adminEmails,
    requireTwoFactor:
      oneOf(env, 'PLATFORM_ADMIN_TWO_FACTOR', ['required', 'optional'] as const, 'required') === 'required',
  };

  return {
    nodeEnv,
    port,
    host,
    publicUrl,
    dataDir,
    databaseUrl,
    smtpUrl,
    mailFrom,
    jwtSecret,
    receiptSigningKey,
    worker: workerRaw === 'on',
    authRateLimit,
    trustProxy: trustProxySetting,
    logLevel,
    bodyLimitBytes,
    invitationTtlDays: integer(env, 'INVITATION_TTL_DAYS', 30, 1, 3650),
    invitationLimits: {
      perLetterPerDay: integer(env, 'INVITATIONS_PER_LETTER_PER_DAY', 100, 1, 100_000),
      perAccountPerDay: integer(env, 'INVITATIONS_PER_ACCOUNT_PER_DAY', 200, 1, 100_000),
      unverifiedLeads: integer(env, 'INVITATIONS_UNVERIFIED_LEADS', 10, 0, 100_000),
    },
    letterRevisionsPerDay: integer(env, 'LETTER_REVISIONS_PER_DAY', 30, 1, 10_000),
    memberInvitationLimits: {
      perOrganisationPerDay: integer(env, 'MEMBER_INVITATIONS_PER_ORGANISATION_PER_DAY', 30, 1, 10_000),
      perAccountPerDay: integer(env, 'MEMBER_INVITATIONS_PER_ACCOUNT_PER_DAY', 50, 1, 10_000),
    },
    publicCacheMaxAgeSeconds: integer(env, 'PUBLIC_CACHE_MAX_AGE_SECONDS', 5, 0, 3600),
    publicResponseCacheMs: integer(env, 'PUBLIC_RESPONSE_CACHE_MS', 1_000, 0, 10_000),
    delivery,
    postcodeLookupUrl: url(env, 'POSTCODE_LOOKUP_URL', ['http:', 'https:'])?.replace(/\/+$/, ''),
    postcodeLookupTimeoutMs: integer(env, 'POSTCODE_LOOKUP_TIMEOUT_MS', 5000, 100, 60_000),
    postcodeLookupRetrySeconds: integer(env, 'POSTCODE_LOOKUP_RETRY_SECONDS', 30, 1, 86_400),
    representativesRateLimit: integer(env, 'REPRESENTATIVES_RATE_LIMIT', 60, 0, 1_000_000),
    apiKeyRateLimit: integer(env, 'API_KEY_RATE_LIMIT', 600, 0, 1_000_000),
    platformAdmins,
    targetDispatchIntervalMs: integer(env, 'TARGET_DISPATCH_INTERVAL_MS', 5_000, 100, 600_000),
    supporters: {
      signRateLimit: integer(env, 'SIGN_RATE_LIMIT', 20, 0, 1_000_000),
      retentionDays: integer(env, 'SUPPORTER_RETENTION_DAYS', 180, 1, 36_500),
      foldIntervalMs: integer(env, 'COUNT_FOLD_INTERVAL_MS', 1_000, 100, 60_000),
    },
    renderQueueLimit: integer(env, 'RENDER_QUEUE_LIMIT', 8, 1, 1_000),
    webhooks: {
      allowPrivateNetworks:
        oneOf(env, 'WEBHOOK_ALLOW_PRIVATE_NETWORKS', ['true', 'false'] as const, 'false') === 'true',
      dispatchIntervalMs: integer(env, 'WEBHOOK_DISPATCH_INTERVAL_MS', 1_000, 100, 600_000),
    },
  };
}
