import { freePort, ensureBuilt, startProcess, stopProcess, type ServerProcess } from './support/processes';
import { SmtpSink, tokenFrom } from './support/smtp-sink';
import { startTestApp, type TestApp } from './support/test-app';
import { PASSWORD, SIGN_UP, uniqueEmail } from './support/factories';
import { graphql } from './gql';

const VERIFY_EMAIL = graphql(`
  mutation MailOutboxVerifyEmail($t: String!) {
    verifyEmail(token: $t) {
      email
      emailVerified
    }
  }
`);

describe('transactional mail is queued with the change it follows', () => {
  const smtp = new SmtpSink();
  let api: TestApp | undefined;
  let worker: ServerProcess | undefined;

  beforeAll(async () => {
    ensureBuilt();
    await smtp.start();
  }, 180_000);
  afterAll(async () => {
    if (worker) await stopProcess(worker, 'SIGKILL');
    await api?.close();
    await smtp.stop();
  });

  it('a worker killed between commit and send still delivers the verification mail', async () => {
    // The API's own mail server is unreachable and it has no worker: whatever it would send
    // itself after the commit is lost, as when the process dies right after committing.
    const deadSmtp = `smtp://127.0.0.1:${await freePort()}`;
    api = await startTestApp({ WORKER: 'off', SMTP_URL: deadSmtp, PUBLIC_URL: 'https://undersigned.example' });
    const email = uniqueEmail('outbox');
    const signedUp = await api.gql(SIGN_UP, {
      input: { email, password: PASSWORD, name: 'Outbox User' },
    });
    expect(signedUp.body.errors).toBeUndefined();
    const queued = await api.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail.send' AND state = 'created'`,
    );
    expect(queued.rows[0].n).toBe(1);
    const url = api.database.url;
    const dataDir = api.config.dataDir;
    const { database } = api;
    // Stopped by hand, keeping its database: the afterAll must not close it again.
    const stopped = api;
    api = undefined;
    await stopped.app.close();
    await stopped.sql.end();

    worker = await startProcess('worker', {
      DATABASE_URL: url,
      DATA_DIR: dataDir,
      SMTP_URL: smtp.url,
      JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
      PUBLIC_URL: 'https://undersigned.example',
    });
    const mail = await smtp.waitFor(email, () => true, 60_000);
    expect(mail.parsed.subject).toContain('Confirm your email');
    expect(tokenFrom(mail).length).toBeGreaterThan(20);
    await stopProcess(worker, 'SIGKILL');
    worker = undefined;

    // The link works on a fresh API.
    api = await startTestApp({}, database);
    const verified = await api.gql(VERIFY_EMAIL, { t: tokenFrom(mail) });
    expect(verified.body.data?.verifyEmail).toEqual({ email, emailVerified: true });
    await api.close();
    await database.drop();
    api = undefined;
  }, 120_000);
});
