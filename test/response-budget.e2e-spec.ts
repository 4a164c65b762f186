import { errorCode, startTestApp, type TestApp } from './support/test-app';
import { organisationWithOwner, openLetter, reviseLetter } from './support/factories';
import { graphql } from './gql';

const VERSIONS = graphql(`
  query ResponseBudgetVersions($id: ID!) {
    letter(id: $id) {
      versions(first: 100) {
        body
      }
    }
  }
`);
const CURRENT_VERSION = graphql(`
  query ResponseBudgetCurrentVersion($id: ID!) {
    letter(id: $id) {
      currentVersion {
        body
      }
    }
  }
`);

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
      await reviseLetter(app, lead, {
        letterId: letter.letterId,
        body: `${String.fromCharCode(97 + i)} `.repeat(100_000),
        material: true,
      });
    }
    const all = await app.gql(VERSIONS, { id: letter.letterId });
    expect(errorCode(all)).toBe('BAD_USER_INPUT');
    expect(all.text.length).toBeLessThan(2_100_000);
    const current = await app.gql(CURRENT_VERSION, { id: letter.letterId });
    expect(errorCode(current)).toBeUndefined();
  });
});
