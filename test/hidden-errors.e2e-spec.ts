import { Client } from 'pg';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import { organisationWithOwner, openLetter } from './support/factories';
import { graphql } from './gql';

const COMMENT = graphql(`
  mutation HiddenErrorsComment($input: CommentInput!) {
    commentOnLetter(input: $input) {
      id
    }
  }
`);
const RESOLVE = graphql(`
  mutation HiddenErrorsResolve($id: ID!) {
    resolveComment(commentId: $id) {
      resolved
    }
  }
`);

/**
 * A hidden thing answers NOT_FOUND; a failure of the server (here a lock not obtained in time, as a
 * deadlock would be) must not be disguised as one.
 */
describe('errors that are not "not found"', () => {
  let setup: TestApp;
  let app: TestApp;

  beforeAll(async () => {
    setup = await startTestApp();
    // The second app's connections give up waiting for a row lock after 300 ms.
    await setup.sql.query(`ALTER DATABASE "${setup.database.name}" SET lock_timeout = '300ms'`);
    app = await startTestApp({}, setup.database);
  });
  afterAll(async () => {
    await app.close();
    await setup.close();
  });

  /** Runs `work` while another transaction holds the letter's row lock. */
  async function whileLetterLocked<T>(letterId: string, work: () => Promise<T>): Promise<T> {
    const holder = new Client({ connectionString: setup.database.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM letters WHERE id = $1 FOR UPDATE', [letterId]);
      return await work();
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
  }

  it('does not answer NOT_FOUND when the access check fails for another reason', async () => {
    const lead = await organisationWithOwner(app);
    const letter = await openLetter(app, lead, { visibility: 'PRIVATE' });
    const input = { versionId: letter.versionId, body: 'Shorter, please.' };

    const commented = await whileLetterLocked(letter.letterId, () => app.gql(COMMENT, { input }, lead.token));
    expect(errorCode(commented)).toBeDefined();
    expect(errorCode(commented)).not.toBe('NOT_FOUND');

    const comment = await app.gql(COMMENT, { input }, lead.token);
    const commentId = comment.body.data?.commentOnLetter.id as string;
    const resolved = await whileLetterLocked(letter.letterId, () => app.gql(RESOLVE, { id: commentId }, lead.token));
    expect(errorCode(resolved)).toBeDefined();
    expect(errorCode(resolved)).not.toBe('NOT_FOUND');
  });

  it('still answers NOT_FOUND to whoever may not reach the letter', async () => {
    const lead = await organisationWithOwner(app);
    const letter = await openLetter(app, lead, { visibility: 'PRIVATE' });
    const comment = await app.gql(COMMENT, { input: { versionId: letter.versionId, body: 'A note.' } }, lead.token);
    const commentId = comment.body.data?.commentOnLetter.id as string;
    const outsider = await organisationWithOwner(app);
    expect(
      errorCode(await app.gql(COMMENT, { input: { versionId: letter.versionId, body: 'x' } }, outsider.token)),
    ).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(RESOLVE, { id: commentId }, outsider.token))).toBe('NOT_FOUND');
  });
});
