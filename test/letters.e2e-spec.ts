import { createHash } from 'node:crypto';
import { errorCode, startTestApp, type TestApp } from './support/test-app';
import {
  countRows,
  createLetter,
  createOrganisation,
  openDraft,
  reviseLetter,
  signUp,
  type TestUser,
} from './support/factories';
import { eventually } from './support/eventually';
import { graphql } from './gql';
import type { CreateLetterInput, TypedDocumentString } from './gql/graphql';

const REVISE = graphql(`
  mutation LettersRevise($input: ReviseLetterInput!) {
    reviseLetter(input: $input) {
      id
      number
      contentHash
      material
      note
    }
  }
`);
const OPEN = graphql(`
  mutation LettersOpen($id: ID!) {
    openLetter(letterId: $id) {
      id
      status
    }
  }
`);
const CLOSE = graphql(`
  mutation LettersClose($id: ID!) {
    closeLetter(letterId: $id) {
      id
      status
    }
  }
`);
const COMMENT = graphql(`
  mutation LettersComment($input: CommentInput!) {
    commentOnLetter(input: $input) {
      id
      paragraph
      resolved
      author {
        name
        email
      }
      version {
        number
      }
    }
  }
`);
const VERSIONS_AND_DIFF = graphql(`
  query LettersVersionsAndDiff($id: ID!) {
    letter(id: $id) {
      versions {
        number
      }
      currentVersion {
        number
      }
      diff(fromVersion: 1, toVersion: 4)
    }
  }
`);
const PRIVATE_LETTER = graphql(`
  query LettersPrivateLetter($id: ID!) {
    letter(id: $id) {
      id
      title
    }
  }
`);
const PRIVATE_VERSIONS = graphql(`
  query LettersPrivateVersions($id: ID!) {
    letter(id: $id) {
      versions {
        body
      }
    }
  }
`);
const PRIVATE_COMMENTS = graphql(`
  query LettersPrivateComments($id: ID!) {
    letter(id: $id) {
      comments {
        body
      }
    }
  }
`);
const PRIVATE_DIFF = graphql(`
  query LettersPrivateDiff($id: ID!) {
    letter(id: $id) {
      diff(fromVersion: 1, toVersion: 1)
    }
  }
`);
const ADD_CO_LEAD = graphql(`
  mutation LettersAddCoLead($input: AddCoLeadInput!) {
    addCoLead(input: $input) {
      id
    }
  }
`);
const COUNT_LETTERS = graphql(`
  query LettersCount {
    letters {
      totalCount
    }
  }
`);
const ACCEPT_CO_LEAD = graphql(`
  mutation LettersAcceptCoLead($l: ID!, $o: ID!) {
    acceptCoLead(letterId: $l, organisationId: $o) {
      leadOrganisations {
        id
      }
    }
  }
`);
const COMMENT_AUTHORS = graphql(`
  query LettersCommentAuthors($id: ID!) {
    letter(id: $id) {
      comments {
        body
        author {
          name
          email
        }
      }
    }
  }
`);
const RESOLVE_COMMENT = graphql(`
  mutation LettersResolveComment($id: ID!) {
    resolveComment(commentId: $id) {
      resolved
    }
  }
`);
const COMMENT_LISTS = graphql(`
  query LettersCommentLists($id: ID!) {
    letter(id: $id) {
      open: comments(resolved: false) {
        body
      }
      done: comments(resolved: true) {
        body
      }
      all: comments {
        body
      }
    }
  }
`);
const ANONYMOUS_READ = graphql(`
  query LettersAnonymousRead($id: ID!) {
    letter(id: $id) {
      status
      versions {
        number
      }
      comments {
        id
      }
      timeline {
        kind
      }
    }
  }
`);
const EARLY_DIFF = graphql(`
  query LettersEarlyDiff($id: ID!) {
    letter(id: $id) {
      diff(fromVersion: 1, toVersion: 2)
    }
  }
`);
const OPEN_LETTERS = graphql(`
  query LettersOpenList {
    letters(status: OPEN) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const TIMELINE = graphql(`
  query LettersTimeline($id: ID!) {
    letter(id: $id) {
      timeline {
        kind
      }
    }
  }
`);
const CREATE = graphql(`
  mutation LettersCreate($input: CreateLetterInput!) {
    createLetter(input: $input) {
      id
    }
  }
`);

function sha256(text: string): string {
  return createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
}

describe('letters and drafting', () => {
  let app: TestApp;
  let lead: TestUser;
  let leadOrg: { id: string };

  beforeAll(async () => {
    app = await startTestApp();
    lead = await signUp(app, 'Lead Coordinator');
    leadOrg = await createOrganisation(app, lead, { name: 'Human Rights Watch', country: 'US' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('keeps every revision as an immutable version with its own content hash, and diffs them', async () => {
    const letter = await createLetter(app, lead, leadOrg.id, {
      title: 'Raise their cases',
      body: 'Dear Secretary,\r\n\r\nFree Ilham Tohti.  \r\n\r\nSincerely,',
    });
    // Version 1's hash is the contract's, recomputed here from the canonical text.
    expect(letter.currentVersion).toMatchObject({
      number: 1,
      contentHash: sha256('Raise their cases\n\nDear Secretary,\n\nFree Ilham Tohti.\n\nSincerely,'),
    });
    const bodies = [
      'Dear Secretary,\n\nFree Ilham Tohti.\nFree Gulshan Abbas.\n\nSincerely,',
      // A minor edit (stage 6: no word added, so no longer "Yours sincerely," here).
      'Dear Secretary,\n\nFree Ilham Tohti.\nFree Gulshan Abbas.\n\nSincerely!',
      'Dear Secretary,\n\nFree Ilham Tohti.\nFree Gulshan Abbas.\nFree Jimmy Lai.\n\nYours sincerely,',
    ];
    const hashes = [letter.currentVersion.contentHash];
    for (const [i, body] of bodies.entries()) {
      const revised = await app.gql(
        REVISE,
        { input: { letterId: letter.id, body, material: i !== 1, note: `revision ${i + 1}` } },
        lead.accessToken,
      );
      expect(revised.body.data?.reviseLetter).toMatchObject({ number: i + 2, material: i !== 1 });
      hashes.push(revised.body.data?.reviseLetter.contentHash as string);
    }
    expect(new Set(hashes).size).toBe(4);
    expect(hashes[3]).toBe(sha256(`Raise their cases\n\n${bodies[2]}`));

    const read = await app.gql(VERSIONS_AND_DIFF, { id: letter.id }, lead.accessToken);
    expect(read.body.data?.letter?.versions.map((v) => v.number)).toEqual([1, 2, 3, 4]);
    expect(read.body.data?.letter?.currentVersion.number).toBe(4);
    const changed = (read.body.data?.letter?.diff ?? '').split('\n').filter((line) => /^[-+](?![-+]{2} )/.test(line));
    expect(changed).toEqual(['+Free Gulshan Abbas.', '+Free Jimmy Lai.', '-Sincerely,', '+Yours sincerely,']);

    // The database itself refuses to change or delete a version.
    await expect(
      app.sql.query(`UPDATE letter_versions SET body = 'tampered' WHERE letter_id = $1`, [letter.id]),
    ).rejects.toThrow(/not allowed/);
    await expect(app.sql.query(`DELETE FROM letter_versions WHERE letter_id = $1`, [letter.id])).rejects.toThrow(
      /not allowed/,
    );
    const { rows } = await app.sql.query(`SELECT count(*)::int AS n FROM letter_versions WHERE letter_id = $1`, [
      letter.id,
    ]);
    expect(rows[0].n).toBe(4);

    // An unchanged text is not a revision.
    const same = await app.gql(
      REVISE,
      { input: { letterId: letter.id, body: bodies[2], material: false } },
      lead.accessToken,
    );
    expect(errorCode(same)).toBe('BAD_USER_INPUT');
  });

  it('hides a PRIVATE draft from everyone but its leads; a co-lead sees it only after accepting', async () => {
    const letter = await createLetter(app, lead, leadOrg.id);
    const commented = await app.gql(
      COMMENT,
      { input: { versionId: letter.currentVersion.id, body: 'Name the detained.', paragraph: 2 } },
      lead.accessToken,
    );
    expect(commented.body.data?.commentOnLetter).toMatchObject({ paragraph: 2, author: { email: lead.email } });

    const outsider = await signUp(app, 'Outsider');
    const unrelated = await signUp(app, 'Unrelated Member');
    await createOrganisation(app, unrelated, { name: 'Unrelated Org' });
    const coLeadOwner = await signUp(app, 'Co-lead Owner');
    const coLeadOrg = await createOrganisation(app, coLeadOwner, { name: 'Hong Kong Watch', country: 'GB' });

    const queries: [string, TypedDocumentString<unknown, { id: string }>][] = [
      ['letter', PRIVATE_LETTER],
      ['versions', PRIVATE_VERSIONS],
      ['comments', PRIVATE_COMMENTS],
      ['diff', PRIVATE_DIFF],
    ];
    const callers: [string, string | undefined][] = [
      ['anonymous', undefined],
      ['outsider', outsider.accessToken],
      ['unrelated member', unrelated.accessToken],
      ['co-lead before accepting', coLeadOwner.accessToken],
    ];
    const refusedEverywhere = async (): Promise<void> => {
      for (const [, token] of callers) {
        for (const [, query] of queries) {
          const response = await app.gql(query, { id: letter.id }, token);
          expect(errorCode(response)).toBe('NOT_FOUND');
          expect(response.text).not.toContain('Raise the cases');
          expect(response.text).not.toContain('Name the detained');
        }
        expect(
          errorCode(await app.gql(REVISE, { input: { letterId: letter.id, body: 'x', material: true } }, token)),
        ).toMatch(/NOT_FOUND|UNAUTHENTICATED/);
        expect(
          errorCode(await app.gql(COMMENT, { input: { versionId: letter.currentVersion.id, body: 'hi' } }, token)),
        ).toMatch(/NOT_FOUND|UNAUTHENTICATED/);
      }
    };

    const added = await app.gql(
      ADD_CO_LEAD,
      { input: { letterId: letter.id, organisationId: coLeadOrg.id } },
      lead.accessToken,
    );
    expect(added.body.errors).toBeUndefined();
    await refusedEverywhere();
    // Not listed either.
    const listed = await app.gql(COUNT_LETTERS, {}, outsider.accessToken);
    expect(listed.body.data?.letters.totalCount).toBe(0);

    const accepted = await app.gql(ACCEPT_CO_LEAD, { l: letter.id, o: coLeadOrg.id }, coLeadOwner.accessToken);
    expect(accepted.body.data?.acceptCoLead.leadOrganisations.map((o) => o.id)).toEqual([leadOrg.id, coLeadOrg.id]);
    callers.pop();
    await refusedEverywhere();

    // The co-lead now reads everything, and may revise and comment; the author's email is hidden
    // from it (they share no organisation), but the comment is there.
    const seen = await app.gql(COMMENT_AUTHORS, { id: letter.id }, coLeadOwner.accessToken);
    expect(seen.body.data?.letter?.comments).toEqual([
      { body: 'Name the detained.', author: { name: 'Lead Coordinator', email: '' } },
    ]);
    const revised = await app.gql(
      REVISE,
      { input: { letterId: letter.id, body: 'A co-lead edit.', material: true } },
      coLeadOwner.accessToken,
    );
    expect(revised.body.errors).toBeUndefined();
  });

  it('anchors comments to a paragraph that exists, resolves them, and filters by resolved', async () => {
    const letter = await createLetter(app, lead, leadOrg.id);
    const versionId = letter.currentVersion.id;
    const tooFar = await app.gql(COMMENT, { input: { versionId, body: 'Where?', paragraph: 4 } }, lead.accessToken);
    expect(errorCode(tooFar)).toBe('BAD_USER_INPUT');
    const first = await app.gql(
      COMMENT,
      { input: { versionId, body: 'Third paragraph: sign-off', paragraph: 3 } },
      lead.accessToken,
    );
    expect(first.body.data?.commentOnLetter.version.number).toBe(1);
    await app.gql(COMMENT, { input: { versionId, body: 'General remark' } }, lead.accessToken);
    const resolved = await app.gql(
      RESOLVE_COMMENT,
      { id: first.body.data?.commentOnLetter.id as string },
      lead.accessToken,
    );
    expect(resolved.body.data?.resolveComment.resolved).toBe(true);
    const lists = await app.gql(COMMENT_LISTS, { id: letter.id }, lead.accessToken);
    expect(lists.body.data?.letter).toEqual({
      open: [{ body: 'General remark' }],
      done: [{ body: 'Third paragraph: sign-off' }],
      all: [{ body: 'Third paragraph: sign-off' }, { body: 'General remark' }],
    });
  });

  it('shows a PUBLIC letter to anyone once OPEN, never as a draft, and only the text since it opened', async () => {
    const letter = await createLetter(app, lead, leadOrg.id, {
      visibility: 'PUBLIC',
      body: 'Early draft naming someone.',
    });
    const anonymousRead = () => app.gql(ANONYMOUS_READ, { id: letter.id });
    expect(errorCode(await anonymousRead())).toBe('NOT_FOUND');
    await reviseLetter(app, lead, { letterId: letter.id, body: 'The final text.', material: true });
    await app.gql(COMMENT, { input: { versionId: letter.currentVersion.id, body: 'internal' } }, lead.accessToken);
    await openDraft(app, lead, letter.id);

    const read = await anonymousRead();
    expect(read.body.data?.letter).toEqual({
      status: 'OPEN',
      versions: [{ number: 2 }],
      comments: [],
      timeline: [{ kind: 'LETTER_OPENED' }],
    });
    expect(read.text).not.toContain('Early draft');
    const early = await app.gql(EARLY_DIFF, { id: letter.id });
    expect(errorCode(early)).toBe('NOT_FOUND');
    const listed = await app.gql(OPEN_LETTERS);
    expect(listed.body.data?.letters.edges.map((e) => e.node.id)).toContain(letter.id);
  });

  it('allows only DRAFT → OPEN → CLOSED; anything else is INVALID_STATE and changes nothing', async () => {
    const letter = await createLetter(app, lead, leadOrg.id);
    const state = async () =>
      (await app.sql.query(`SELECT status FROM letters WHERE id = $1`, [letter.id])).rows[0].status;
    const entries = async () => countRows(app, 'timeline_entries');

    let before = await entries();
    expect(errorCode(await app.gql(CLOSE, { id: letter.id }, lead.accessToken))).toBe('INVALID_STATE');
    expect([await state(), await entries()]).toEqual(['DRAFT', before]);

    expect((await app.gql(OPEN, { id: letter.id }, lead.accessToken)).body.errors).toBeUndefined();
    before = await entries();
    expect(errorCode(await app.gql(OPEN, { id: letter.id }, lead.accessToken))).toBe('INVALID_STATE');
    expect([await state(), await entries()]).toEqual(['OPEN', before]);

    expect((await app.gql(CLOSE, { id: letter.id }, lead.accessToken)).body.errors).toBeUndefined();
    before = await entries();
    const transitions: TypedDocumentString<unknown, { id: string }>[] = [OPEN, CLOSE];
    for (const mutation of transitions) {
      expect(errorCode(await app.gql(mutation, { id: letter.id }, lead.accessToken))).toBe('INVALID_STATE');
    }
    const revise = await app.gql(
      REVISE,
      { input: { letterId: letter.id, body: 'late', material: true } },
      lead.accessToken,
    );
    expect(errorCode(revise)).toBe('INVALID_STATE');
    expect([await state(), await entries()]).toEqual(['CLOSED', before]);
    const timeline = await app.gql(TIMELINE, { id: letter.id }, lead.accessToken);
    expect(timeline.body.data?.letter?.timeline.map((t) => t.kind)).toEqual(['LETTER_OPENED', 'LETTER_CLOSED']);
  });

  describe('bad input changes nothing', () => {
    const base = (): CreateLetterInput => ({
      title: 'A letter',
      body: 'Text',
      leadOrganisationId: leadOrg.id,
      visibility: 'PRIVATE',
    });
    const cases: [string, () => CreateLetterInput, string][] = [
      ['an empty title', () => ({ ...base(), title: '  ' }), 'BAD_USER_INPUT'],
      ['a deadline in the past', () => ({ ...base(), endorsementDeadline: '2020-01-01T00:00:00Z' }), 'BAD_USER_INPUT'],
      ['a malformed deadline', () => ({ ...base(), endorsementDeadline: 'next tuesday' }), 'BAD_USER_INPUT'],
      [
        'an unknown organisation',
        () => ({ ...base(), leadOrganisationId: '00000000-0000-4000-8000-000000000000' }),
        'NOT_FOUND',
      ],
      ['a body over 200,000 characters', () => ({ ...base(), body: 'x'.repeat(200_001) }), 'BAD_USER_INPUT'],
    ];
    it.each(cases)('%s', async (_label, input, code) => {
      const before = [await countRows(app, 'letters'), await countRows(app, 'letter_versions')];
      expect(errorCode(await app.gql(CREATE, { input: input() }, lead.accessToken))).toBe(code);
      expect([await countRows(app, 'letters'), await countRows(app, 'letter_versions')]).toEqual(before);
    });

    it('a 2 MB body', async () => {
      const before = await countRows(app, 'letters');
      const response = await app.gql(
        CREATE,
        { input: { ...base(), body: 'x'.repeat(2 * 1024 * 1024) } },
        lead.accessToken,
      );
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(await countRows(app, 'letters')).toBe(before);
    });

    it('a MEMBER (not OWNER or SIGNATORY) of the lead organisation cannot create a letter', async () => {
      const owner = await signUp(app, 'Owner');
      const org = await createOrganisation(app, owner, { name: 'Org With Member' });
      const member = await signUp(app, 'Member');
      await app.sql.query(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [
        org.id,
        member.id,
      ]);
      const before = await countRows(app, 'letters');
      const response = await app.gql(CREATE, { input: { ...base(), leadOrganisationId: org.id } }, member.accessToken);
      expect(errorCode(response)).toBe('FORBIDDEN');
      expect(await countRows(app, 'letters')).toBe(before);
    });
  });
});

describe('the endorsement deadline', () => {
  it('closes the letter by itself at its deadline, once, with two workers, after the API that opened it is gone', async () => {
    const api = await startTestApp({ WORKER: 'off' });
    const workers: TestApp[] = [];
    try {
      const lead = await signUp(api, 'Deadline Lead');
      const org = await createOrganisation(api, lead, { name: 'Deadline Org' });
      const letter = await createLetter(api, lead, org.id, {
        endorsementDeadline: new Date(Date.now() + 3_000).toISOString(),
      });
      await openDraft(api, lead, letter.id);
      // The close is a job in the database: workers started later still run it.
      workers.push(
        await startTestApp({ WORKER: 'on' }, api.database),
        await startTestApp({ WORKER: 'on' }, api.database),
      );
      const status = await eventually(
        async () => {
          const found: string = (await api.sql.query(`SELECT status FROM letters WHERE id = $1`, [letter.id])).rows[0]
            .status;
          return found !== 'OPEN' && found;
        },
        { timeoutMs: 60_000, intervalMs: 250, what: 'the letter closing' },
      );
      expect(status).toBe('CLOSED');
      const closings = await api.sql.query(
        `SELECT count(*)::int AS n FROM timeline_entries WHERE letter_id = $1 AND kind = 'LETTER_CLOSED'`,
        [letter.id],
      );
      expect(closings.rows[0].n).toBe(1);
    } finally {
      for (const worker of workers) await worker.close();
      await api.close();
    }
  });
});
