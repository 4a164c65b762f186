import { JwtService } from '@nestjs/jwt';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { JWT_AUDIENCE, JWT_ISSUER } from '@undersigned/common';
import { startTestApp, type TestApp } from './support/test-app';
import { createLetter, createOrganisation, signUp, uniqueEmail, type TestUser } from './support/factories';

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;
const MEMBERS = `query($id: ID) { organisation(id: $id) { members { id user { id } } } }`;
const DELIVERY_CHANGED = `subscription($id: ID!) { deliveryChanged(letterId: $id) { status recipient { name } } }`;
const COUNTS_CHANGED = `subscription($id: ID!) { letterCountsChanged(letterId: $id) { invited } }`;
const EVENT = `mutation($input: DeliveryEventInput!) { recordDeliveryEvent(input: $input) { status } }`;
const INVITE_ENDORSERS = `mutation($input: InviteEndorsersInput!) { inviteEndorsers(input: $input) { id } }`;

/** A subscription's messages, and whether the server ended it. */
interface Watch {
  events: unknown[];
  ended: boolean;
  client: Client;
}

async function until(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

describe('subscriptions re-check access for every event', () => {
  let app: TestApp;
  const watches: Watch[] = [];

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    for (const watch of watches) await watch.client.dispose();
    await app.close();
  });

  async function watch(token: string, query: string, letterId: string): Promise<Watch> {
    const client = createClient({
      url: `${app.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      lazy: false,
    });
    const state: Watch = { events: [], ended: false, client };
    watches.push(state);
    client.subscribe(
      { query, variables: { id: letterId } },
      {
        next: (message) => state.events.push(message.data ?? message.errors),
        error: () => (state.ended = true),
        complete: () => (state.ended = true),
      },
    );
    // Subscribed once the server has run the resolver: no way to observe it but a short pause.
    await new Promise((done) => setTimeout(done, 500));
    return state;
  }

  /** A lead organisation with two OWNERs, `stays` and `leaves`, and a PRIVATE letter it leads. */
  async function leadTeam(
    name: string,
  ): Promise<{ stays: TestUser; leaves: TestUser; orgId: string; letterId: string }> {
    const stays = await signUp(app, `${name} stays`);
    const org = await createOrganisation(app, stays, { name });
    const leavesEmail = uniqueEmail('leaves');
    await app.gql(INVITE, { input: { organisationId: org.id, email: leavesEmail, role: 'OWNER' } }, stays.accessToken);
    const leaves = await signUp(app, `${name} leaves`, leavesEmail);
    // The invitation mail is not read here (no worker): add the membership as accepting it would.
    await app.sql.query(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [
      org.id,
      leaves.id,
    ]);
    const letter = await createLetter(app, stays, org.id, { visibility: 'PRIVATE' });
    return { stays, leaves, orgId: org.id, letterId: letter.id };
  }

  async function remove(owner: TestUser, orgId: string, userId: string): Promise<void> {
    const members = await app.gql<{ organisation: { members: { id: string; user: { id: string } }[] } }>(
      MEMBERS,
      { id: orgId },
      owner.accessToken,
    );
    const membershipId = members.body.data?.organisation.members.find((m) => m.user.id === userId)?.id;
    const removed = await app.gql(
      `mutation($id: ID!) { removeMember(membershipId: $id) }`,
      { id: membershipId },
      owner.accessToken,
    );
    expect(removed.body.data).toEqual({ removeMember: true });
  }

  it('a member removed mid-stream receives no more delivery events; a remaining member does', async () => {
    const { stays, leaves, orgId, letterId } = await leadTeam('Delivery Watchers');
    await app.gql(`mutation($id: ID!) { openLetter(letterId: $id) { id } }`, { id: letterId }, stays.accessToken);
    await app.gql(
      `mutation($input: AddRecipientInput!) { addRecipient(input: $input) { id } }`,
      { input: { letterId, name: 'Registry', role: 'TO', channel: 'POST', postalAddress: '1 Embassy Row' } },
      stays.accessToken,
    );
    const delivered = await app.gql<{ deliverLetter: { id: string }[] }>(
      `mutation($id: ID!) { deliverLetter(letterId: $id) { id } }`,
      { id: letterId },
      stays.accessToken,
    );
    const deliveryId = delivered.body.data?.deliverLetter[0].id as string;

    const staying = await watch(stays.accessToken, DELIVERY_CHANGED, letterId);
    const leaving = await watch(leaves.accessToken, DELIVERY_CHANGED, letterId);
    await app.gql(EVENT, { input: { deliveryId, status: 'SENT', note: 'RR1' } }, stays.accessToken);
    await until(() => staying.events.length === 1 && leaving.events.length === 1, 'the first event');

    await remove(stays, orgId, leaves.id);
    await app.gql(EVENT, { input: { deliveryId, status: 'DELIVERED' } }, stays.accessToken);
    await until(() => staying.events.length === 2, 'the second event to the remaining member');
    // The removed member's subscription is ended instead of fed.
    await until(() => leaving.ended || leaving.events.length > 1, 'the removed member to be cut off');
    expect(leaving.events).toHaveLength(1);
    expect(leaving.ended).toBe(true);
    expect(staying.ended).toBe(false);
  });

  it('a member removed mid-stream stops receiving the counts of a PRIVATE letter', async () => {
    const { stays, leaves, orgId, letterId } = await leadTeam('Count Watchers');
    const staying = await watch(stays.accessToken, COUNTS_CHANGED, letterId);
    const leaving = await watch(leaves.accessToken, COUNTS_CHANGED, letterId);
    const invite = (email: string) =>
      app.gql(INVITE_ENDORSERS, { input: { letterId, invitees: [{ email }] } }, stays.accessToken);
    await invite(uniqueEmail('first-invitee'));
    await until(() => staying.events.length === 1 && leaving.events.length === 1, 'the first event');

    await remove(stays, orgId, leaves.id);
    await invite(uniqueEmail('second-invitee'));
    await until(() => staying.events.length === 2, 'the second event to the remaining member');
    await until(() => leaving.ended || leaving.events.length > 1, 'the removed member to be cut off');
    expect(leaving.events).toHaveLength(1);
    expect(staying.events[1]).toEqual({ letterCountsChanged: { invited: 2 } });
  });

  it('ends a subscription when its access token expires', async () => {
    const { stays, letterId } = await leadTeam('Expiry Watchers');
    const jwt = app.app.get(JwtService, { strict: false });
    const shortLived = await jwt.signAsync(
      { sub: stays.id },
      { expiresIn: 2, issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
    );
    const expiring = await watch(shortLived, COUNTS_CHANGED, letterId);
    const steady = await watch(stays.accessToken, COUNTS_CHANGED, letterId);
    await until(() => expiring.ended, 'the expired subscription to end', 10_000);
    await app.gql(
      INVITE_ENDORSERS,
      { input: { letterId, invitees: [{ email: uniqueEmail('after-expiry') }] } },
      stays.accessToken,
    );
    await until(() => steady.events.length === 1, 'the event to the valid subscriber');
    expect(expiring.events).toHaveLength(0);
  });
});
