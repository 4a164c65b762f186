import { errorCode, startTestApp, type TestApp } from './support/test-app';
import { organisationWithOwner, openLetter } from './support/factories';

// Aliases and list sizes are bounded, but not their product with 200,000-character bodies.

describe('the text one response may carry', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses a read that would carry many long versions, and still serves a normal one', async () => {
    const lead = await organisationWithOwner(app);
    const letter = await openLetter(app, lead, { visibility: 'PUBLIC' });
    for (let i = 0; i < 11; i += 1) {
      const revised = await app.gql(
        `mutation($input: ReviseLetterInput!) { reviseLetter(input: $input) { number } }`,
        {
          input: { letterId: letter.letterId, body: `${String.fromCharCode(97 + i)} `.repeat(100_000), material: true },
        },
        lead.token,
      );
      expect(errorCode(revised)).toBeUndefined();
    }
    const all = await app.gql(`query($id: ID!) { letter(id: $id) { versions(first: 100) { body } } }`, {
      id: letter.letterId,
    });
    expect(errorCode(all)).toBe('BAD_USER_INPUT');
    expect(all.text.length).toBeLessThan(2_100_000);
    const current = await app.gql(`query($id: ID!) { letter(id: $id) { currentVersion { body } } }`, {
      id: letter.letterId,
    });
    expect(errorCode(current)).toBeUndefined();
  });
});
