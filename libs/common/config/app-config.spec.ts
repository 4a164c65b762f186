import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'undersigned-config-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('applies the contract defaults', () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      publicUrl: 'http://localhost:3000',
      databaseUrl: undefined,
      smtpUrl: undefined,
      worker: true,
      authRateLimit: 10,
      trustProxy: false,
    });
  });

  it('defaults PUBLIC_URL to localhost on a loopback HOST: browsers refuse an IP address as a passkey relying party', () => {
    expect(loadConfig({ DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ DATA_DIR: dataDir, HOST: '::1' }).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ DATA_DIR: dataDir, HOST: 'app.internal' }).publicUrl).toBe('http://app.internal:3000');
  });

  it('reads the representatives settings: the lookup service, platform admins (lower-cased) and their two-factor rule', () => {
    const config = loadConfig({
      DATA_DIR: dataDir,
      POSTCODE_LOOKUP_URL: 'https://postcodes.example/',
      PLATFORM_ADMIN_EMAILS: ' Admin@Example.org ,, second@example.org',
    });
    expect(config.postcodeLookupUrl).toBe('https://postcodes.example');
    expect(config.postcodeLookupTimeoutMs).toBe(5000);
    expect(config.representativesRateLimit).toBe(60);
    expect(loadConfig({ DATA_DIR: dataDir, REPRESENTATIVES_RATE_LIMIT: '0' }).representativesRateLimit).toBe(0);
    expect(config.platformAdmins).toEqual({
      emails: ['admin@example.org', 'second@example.org'],
      requireTwoFactor: true,
    });
    expect(loadConfig({ DATA_DIR: dataDir }).platformAdmins).toEqual({ emails: [], requireTwoFactor: true });
    expect(
      loadConfig({ DATA_DIR: dataDir, PLATFORM_ADMIN_TWO_FACTOR: 'optional' }).platformAdmins.requireTwoFactor,
    ).toBe(false);
  });

  it('reads TRUST_PROXY as a hop count or a list of proxy addresses', () => {
    expect(loadConfig({ DATA_DIR: dataDir, TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ DATA_DIR: dataDir, TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir, TRUST_PROXY: ' 10.0.0.0/8, ::1 ,loopback' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '::1',
      'loopback',
    ]);
  });

  it('generates JWT_SECRET once, keeps it in DATA_DIR readable only by its owner, and reuses it', () => {
    const first = loadConfig({ DATA_DIR: dataDir }).jwtSecret;
    expect(first.length).toBeGreaterThanOrEqual(48);
    const file = join(dataDir, 'secrets', 'jwt-secret');
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(loadConfig({ DATA_DIR: dataDir }).jwtSecret).toBe(first);
    expect(loadConfig({ DATA_DIR: dataDir, JWT_SECRET: 'x'.repeat(40) }).jwtSecret).toBe('x'.repeat(40));
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['SMTP_URL', 'not a url'],
    ['PUBLIC_URL', 'ftp://example.org'],
    ['WORKER', 'maybe'],
    ['AUTH_RATE_LIMIT', '-1'],
    ['NODE_ENV', 'staging'],
    ['JWT_SECRET', 'short'],
    ['LOG_LEVEL', 'loud'],
    ['TRUST_PROXY', 'everyone'],
    ['TRUST_PROXY', '10.0.0.1/40'],
    ['TRUST_PROXY', '99'],
    ['POSTCODE_LOOKUP_URL', 'ftp://postcodes.example'],
    ['POSTCODE_LOOKUP_TIMEOUT_MS', '10'],
    ['REPRESENTATIVES_RATE_LIMIT', '-1'],
    ['PLATFORM_ADMIN_EMAILS', 'admin@example.org, not an address'],
    ['PLATFORM_ADMIN_TWO_FACTOR', 'never'],
    ['TARGET_DISPATCH_INTERVAL_MS', '0'],
  ])('refuses %s=%s with a message naming the variable', (variable, value) => {
    const load = () => loadConfig({ DATA_DIR: dataDir, [variable]: value });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });

  it('reads the optional variables', () => {
    const config = loadConfig({
      DATA_DIR: dataDir,
      PORT: '8080',
      HOST: '0.0.0.0',
      PUBLIC_URL: 'https://undersigned.example/',
      DATABASE_URL: 'postgres://u:p@db:5432/undersigned',
      SMTP_URL: 'smtp://127.0.0.1:2525',
      WORKER: 'off',
      AUTH_RATE_LIMIT: '0',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      publicUrl: 'https://undersigned.example',
      databaseUrl: 'postgres://u:p@db:5432/undersigned',
      smtpUrl: 'smtp://127.0.0.1:2525',
      worker: false,
      authRateLimit: 0,
    });
  });
});
