import {
  addRecipient,
  memberOf,
  openLetter,
  organisationWithOwner,
  signUp,
  type OrganisationOwner,
} from './support/factories';
import { setPetition } from './support/petitions';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

// The fragments are declared on their own (one definition a graphql() call); the query's text carries them.
graphql(`
  fragment LeadsOnlyFieldsRecipient on Recipient {
    e2: email
    p2: postalAddress
  }
`);
graphql(`
  fragment LeadsOnlyFieldsLetter on Letter {
    recipients {
      ...LeadsOnlyFieldsRecipient
    }
    petition {
      ... on PetitionSettings {
        blockedEmailDomains
        blockedIpRanges
      }
    }
  }
`);
const DOCUMENT = graphql(`
  query LeadsOnlyFieldsProbe($slug: String!) {
    letter(slug: $slug) {
      a: recipients {
        email
        postalAddress
      }
      b: recipients {
        ... on Recipient {
          email
        }
      }
      ...LeadsOnlyFieldsLetter
      deliveries {
        id
      }
      targetDeliveries {
        constituents
      }
    }
    letters(first: 50) {
      edges {
        node {
          id
          recipients {
            email
            postalAddress
          }
          petition {
            blockedEmailDomains
            blockedIpRanges
          }
        }
      }
    }
  }
`);

/**
 * Attacker's probe of the lead-only fields through paths the role matrix does not walk: the
 * letters list, aliases, fragments, nested objects, and the anonymous public cache after a lead read.
 */
describe('lead-only fields through every path', () => {
  let app: TestApp;
  let lead: OrganisationOwner;
  let letterId: string;
  let slug: string;
  const SECRET_EMAIL = 'minister.private@example.gov';
  const SECRET_POST = '1 Secret Row';

  beforeAll(async () => {
    app = await startTestApp();
    lead = await organisationWithOwner(app);
    const letter = await openLetter(app, lead, { visibility: 'PUBLIC' });
    ({ letterId, slug } = letter);
    await addRecipient(app, lead, letterId, { name: 'Minister', role: 'TO', channel: 'EMAIL', email: SECRET_EMAIL });
    await addRecipient(app, lead, letterId, {
      name: 'Embassy',
      role: 'CC',
      channel: 'POST',
      postalAddress: SECRET_POST,
    });
    await setPetition(app, lead, {
      letterId,
      acceptSupporters: true,
      blockedEmailDomains: ['spam.example'],
      blockedIpRanges: ['203.0.113.0/24'],
    });
  }, 120_000);

  afterAll(() => app?.close());

  it('a lead sees them (the probe reaches the data)', async () => {
    const res = await app.gql(DOCUMENT, { slug }, lead.token);
    expect(res.text).toContain(SECRET_EMAIL);
    expect(res.text).toContain(SECRET_POST);
    expect(res.text).toContain('spam.example');
  });

  it.each(['anonymous', 'outsider', 'MEMBER', 'SIGNATORY'])('%s sees none of them', async (who) => {
    let token: string | undefined;
    if (who === 'outsider') token = (await signUp(app)).accessToken;
    if (who === 'MEMBER' || who === 'SIGNATORY') token = (await memberOf(app, lead, who)).token;
    // The lead reads first: an answer kept for the anonymous must not be the lead's.
    await app.gql(DOCUMENT, { slug }, lead.token);
    for (let i = 0; i < 2; i++) {
      const res = await app.gql(DOCUMENT, { slug }, token);
      expect(res.text).not.toContain(SECRET_EMAIL);
      expect(res.text).not.toContain(SECRET_POST);
      expect(res.text).not.toContain('spam.example');
      expect(res.text).not.toContain('203.0.113');
      expect(res.text).toContain('"email":null'); // the probe did reach the recipients
    }
  });
});
