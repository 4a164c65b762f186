import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { SupporterCountsService } from '@undersigned/supporters';
import { eventually } from './support/eventually';
import { openLetter, organisationWithOwner, uniqueEmail } from './support/factories';
import { CONFIRM, setPetition, signAs } from './support/petitions';
import { SmtpSink, tokenFrom } from './support/smtp-sink';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The count folder and a material revision meet on a letter's first confirmed supporter: the revision
 * holds the letter and takes its signatures; the fold, which creates the letter's first count rows
 * (whose foreign key takes the letter's KEY SHARE), must not hold those signatures meanwhile.
 */
describe('folding counts while a revision holds the letter', () => {
  const smtp = new SmtpSink();
  let app: TestApp;

  beforeAll(async () => {
    await smtp.start();
    // The folder of this process waits an hour: the test folds by hand, at the moment it chooses.
    app = await startTestApp({ WORKER: 'on', SMTP_URL: smtp.url, TRUST_PROXY: '1', COUNT_FOLD_INTERVAL_MS: '60000' });
  });
  afterAll(async () => {
    await app?.close();
    await smtp.stop();
  });

  it('neither deadlocks: the revision takes the signatures, then the fold waits for it and folds', async () => {
    const lead = await organisationWithOwner(app, { name: 'Fold Race Lead' });
    const letter = await openLetter(app, lead, { title: 'Fold race', visibility: 'PUBLIC' });
    await setPetition(app, lead, { letterId: letter.letterId, acceptSupporters: true });
    const email = uniqueEmail('fold-race');
    expect((await signAs(app, letter.letterId, { name: 'Robin Reader', email })).body.errors).toBeUndefined();
    const confirmed = await app.gql(CONFIRM, { token: tokenFrom(await smtp.waitFor(email)) });
    expect(confirmed.body.errors).toBeUndefined();

    // The revision's first step: its letter, locked for update.
    const revision = new Client({ connectionString: app.database.url });
    await revision.connect();
    try {
      await revision.query('BEGIN');
      await revision.query('SELECT 1 FROM letters WHERE id = $1 FOR UPDATE', [letter.letterId]);
      const counts = app.app.get(SupporterCountsService);
      const folding = app.app
        .get(DataSource)
        .transaction((manager) => counts.fold(manager, 100, letter.letterId))
        .then(
          (result) => ({ result, error: null }),
          (error: Error) => ({ result: null, error }),
        );
      // The fold is waiting now (for the letter).
      await eventually(
        async () =>
          (await app.sql.query(`SELECT 1 FROM pg_locks WHERE NOT granted AND locktype IN ('tuple', 'transactionid')`))
            .rowCount! > 0,
        { what: 'the fold waiting' },
      );
      // The revision's next step: the letter's signatures. Before, the fold held them: deadlock.
      await revision.query(`UPDATE signatures SET status = status WHERE letter_id = $1`, [letter.letterId]);
      await revision.query('COMMIT');
      const { result, error } = await folding;
      expect(error).toBeNull();
      expect(result?.folded).toBe(1);
    } finally {
      await revision.end();
    }
  });
});
