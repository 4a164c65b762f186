import { endorseAs, memberOf, openLetter, organisationWithOwner, type OrganisationOwner } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

const MY = graphql(`
  query WebFieldsMyEndorsements($slug: String!) {
    letter(slug: $slug) {
      myEndorsements {
        status
        anonymous
        organisation {
          name
        }
      }
    }
  }
`);
const REQUESTS = graphql(`
  query WebFieldsCoLeadRequests($id: ID!) {
    organisation(id: $id) {
      coLeadRequests {
        letterId
        slug
        title
      }
    }
  }
`);
const ADD_CO_LEAD = graphql(`
  mutation WebFieldsAddCoLead($input: AddCoLeadInput!) {
    addCoLead(input: $input) {
      id
    }
  }
`);
const ACCEPT_CO_LEAD = graphql(`
  mutation WebFieldsAcceptCoLead($l: ID!, $o: ID!) {
    acceptCoLead(letterId: $l, organisationId: $o) {
      id
    }
  }
`);

/**
 * The two fields the web app added to the API, and who may see what through them:
 * Letter.myEndorsements (the caller's own organisations' endorsements) and
 * Organisation.coLeadRequests (letters awaiting the organisation's OWNER as co-lead).
 */
describe('fields for the web app', () => {
  let app: TestApp;
  let lead: OrganisationOwner;
  let signer: OrganisationOwner;
  let hidden: OrganisationOwner;

  beforeAll(async () => {
    app = await startTestApp();
    lead = await organisationWithOwner(app, { name: 'Fields Lead' });
    signer = await organisationWithOwner(app, { name: 'Fields Signer' });
    hidden = await organisationWithOwner(app, { name: 'Fields Unnamed' });
  });
  afterAll(() => app.close());

  it("myEndorsements lists the caller's organisations' endorsements only, the unnamed one to its own members alone", async () => {
    const open = await openLetter(app, lead);
    await endorseAs(app, { user: signer.user, org: { id: signer.organisationId } }, open.letterId, open.contentHash);
    await endorseAs(app, { user: hidden.user, org: { id: hidden.organisationId } }, open.letterId, open.contentHash, {
      anonymous: true,
    });
    const mine = async (token?: string) =>
      (await app.gql(MY, { slug: open.slug }, token)).body.data?.letter?.myEndorsements.map((e) => e.organisation.name);

    expect(await mine(signer.token)).toEqual(['Fields Signer']);
    expect(await mine(hidden.token)).toEqual(['Fields Unnamed']);
    const colleague = await memberOf(app, hidden, 'MEMBER');
    expect(await mine(colleague.token)).toEqual(['Fields Unnamed']);
    // Neither the public nor the lead (who sees every endorsement through Letter.endorsements) gets
    // anything here, and nobody sees another organisation's.
    expect(await mine()).toEqual([]);
    expect(await mine(lead.token)).toEqual([]);
  });

  it("coLeadRequests shows a pending request to the invited organisation's OWNERs only, until accepted", async () => {
    const open = await openLetter(app, lead, { title: 'Co-lead me' });
    const invited = await organisationWithOwner(app, { name: 'Invited Co-lead' });
    const added = await app.gql(
      ADD_CO_LEAD,
      { input: { letterId: open.letterId, organisationId: invited.organisationId } },
      lead.token,
    );
    expect(added.body.errors).toBeUndefined();
    const requests = async (token?: string) =>
      (await app.gql(REQUESTS, { id: invited.organisationId }, token)).body.data?.organisation?.coLeadRequests;

    expect(await requests(invited.token)).toEqual([{ letterId: open.letterId, slug: open.slug, title: 'Co-lead me' }]);
    const coordinator = await memberOf(app, invited, 'COORDINATOR');
    expect(await requests(coordinator.token)).toEqual([]);
    expect(await requests(lead.token)).toEqual([]);
    expect(await requests()).toEqual([]);

    const accepted = await app.gql(ACCEPT_CO_LEAD, { l: open.letterId, o: invited.organisationId }, invited.token);
    expect(accepted.body.errors).toBeUndefined();
    expect(await requests(invited.token)).toEqual([]);
  });
});
