import { errorCode, startTestApp, type TestApp } from './support/test-app';
import {
  countRows,
  createLetter,
  createOrganisation,
  ENDORSE_LETTER,
  endorseInput,
  openDraft,
  signUp,
  verifyDirectly,
  type TestUser,
} from './support/factories';
import { eventually } from './support/eventually';
import { graphql } from './gql';

const POST_UPDATE = graphql(`
  mutation TimelinePostUpdate($input: PostUpdateInput!) {
    postUpdate(input: $input) {
      id
      kind
      title
      body
      occurredAt
    }
  }
`);
const TIMELINE = graphql(`
  query TimelineTimeline($id: ID!) {
    letter(id: $id) {
      timeline {
        kind
        title
        body
        occurredAt
      }
    }
  }
`);

describe('the campaign timeline', () => {
  let app: TestApp;
  let lead: TestUser;
  let leadOrg: { id: string };

  beforeAll(async () => {
    app = await startTestApp();
    lead = await signUp(app, 'Timeline Lead');
    await verifyDirectly(app, lead);
    leadOrg = await createOrganisation(app, lead, { name: 'Timeline Lead Org' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('takes dated updates from lead members, shows them publicly, and refuses everyone else', async () => {
    const letter = await createLetter(app, lead, leadOrg.id, { visibility: 'PUBLIC' });
    await openDraft(app, lead, letter.id);
    const posted = await app.gql(
      POST_UPDATE,
      {
        input: {
          letterId: letter.id,
          title: 'Sanctions list published without the official',
          body: 'We continue to call for accountability.',
          occurredAt: '2026-11-01T09:00:00.000Z',
        },
      },
      lead.accessToken,
    );
    expect(posted.body.data?.postUpdate).toMatchObject({ kind: 'UPDATE', occurredAt: '2026-11-01T09:00:00.000Z' });

    const outsider = await signUp(app, 'Timeline Outsider');
    const before = await countRows(app, 'timeline_entries');
    const refused = await app.gql(
      POST_UPDATE,
      { input: { letterId: letter.id, title: 'Fake news', body: '' } },
      outsider.accessToken,
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const empty = await app.gql(
      POST_UPDATE,
      { input: { letterId: letter.id, title: ' ', body: 'x' } },
      lead.accessToken,
    );
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    expect(await countRows(app, 'timeline_entries')).toBe(before);

    // Public, ordered by when things happened.
    const timeline = await app.gql(TIMELINE, { id: letter.id });
    expect(timeline.body.data?.letter?.timeline.map((t) => t.kind)).toEqual(['UPDATE', 'LETTER_OPENED']);
  });

  it('records each signatory milestone once, even when signatures arrive at the same moment', async () => {
    const letter = await createLetter(app, lead, leadOrg.id, { visibility: 'PUBLIC' });
    await openDraft(app, lead, letter.id);
    const signers: { user: TestUser; org: { id: string } }[] = [];
    for (let i = 0; i < 27; i++) {
      const user = await signUp(app, `Milestone signer ${i}`);
      await verifyDirectly(app, user);
      signers.push({ user, org: await createOrganisation(app, user, { name: `Milestone Org ${i}` }) });
    }
    const answers = await Promise.all(
      signers.map(({ user, org }) =>
        app.gql(ENDORSE_LETTER, endorseInput(letter.id, org.id, letter.currentVersion.contentHash), user.accessToken),
      ),
    );
    for (const answer of answers) expect(answer.body.errors).toBeUndefined();

    const milestones = async () =>
      (
        await app.sql.query<{ title: string; n: number }>(
          `SELECT title, count(*)::int AS n FROM timeline_entries WHERE letter_id = $1 AND kind = 'MILESTONE' GROUP BY title ORDER BY min(occurred_at)`,
          [letter.id],
        )
      ).rows;
    await eventually(async () => (await milestones()).length >= 2, { timeoutMs: 30_000, what: 'two milestones' });
    expect(await milestones()).toEqual([
      { title: '10 signatories', n: 1 },
      { title: '25 signatories', n: 1 },
    ]);
    // A late duplicate could never be written: the database keeps each milestone once per letter.
    const duplicate = await app.sql
      .query(
        `INSERT INTO timeline_entries (letter_id, kind, title, occurred_at, once_key) VALUES ($1, 'MILESTONE', '10 signatories', now(), 'signatories:10')`,
        [letter.id],
      )
      .then(
        () => undefined,
        (error: { code?: string }) => error.code,
      );
    expect(duplicate).toBe('23505');
  });
});
