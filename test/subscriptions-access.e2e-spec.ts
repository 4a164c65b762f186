import { JwtService } from '@nestjs/jwt';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { JWT_AUDIENCE, JWT_ISSUER } from '@undersigned/common';
import { startTestApp, type TestApp } from './support/test-app';
import {
  addRecipient,
  createLetter,
  createOrganisation,
  deliverLetter,
  openDraft,
  signUp,
  uniqueEmail,
  type TestUser,
} from './support/factories';
import { subscribe } from './support/subscriptions';
import { graphql } from './gql';
import type { TypedDocumentString } from './gql/graphql';

const INVITE = graphql(`
  mutation SubscriptionsAccessInvite($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
    }
  }
`);
const MEMBERS = graphql(`
  query SubscriptionsAccessMembers($id: ID) {
    organisation(id: $id) {
      members {
        id
        user {
          id
        }
      }
    }
  }
`);
const REMOVE = graphql(`
  mutation SubscriptionsAccessRemove($id: ID!) {
    removeMember(membershipId: $id)
  }
`);
const DELIVERY_CHANGED = graphql(`
  subscription SubscriptionsAccessDeliveryChanged($id: ID!) {
    deliveryChanged(letterId: $id) {
      status
      recipient {
        name
      }
    }
  }
`);
const COUNTS_CHANGED = graphql(`
  subscription SubscriptionsAccessCountsChanged($id: ID!) {
    letterCountsChanged(letterId: $id) {
      invited
    }
  }
`);
const EVENT = graphql(`
  mutation SubscriptionsAccessEvent($input: DeliveryEventInput!) {
    recordDeliveryEvent(input: $input) {
      status
    }
  }
`);
const INVITE_ENDORSERS = graphql(`
  mutation SubscriptionsAccessInviteEndorsers($input: InviteEndorsersInput!) {
    inviteEndorsers(input: $input) {
      id
    }
  }
`);

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

/**
 * Fires `trigger` until every watcher has received an event: proof that each subscription is live
 * (graphql-ws does not acknowledge a subscription, and a fixed pause may be too short under load).
 */
async function prime(watchers: Watch[], trigger: () => Promise<unknown>): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    await trigger();
    const deadline = Date.now() + 2_000;
    while (Date.now() < deadline && watchers.some((w) => w.events.length === 0)) {
      await new Promise((done) => setTimeout(done, 50));
    }
    if (watchers.every((w) => w.events.length > 0)) return;
  }
  throw new Error('the subscriptions never received an event');
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

  async function watch<TResult>(
    token: string,
    document: TypedDocumentString<TResult, { id: string }>,
    letterId: string,
  ): Promise<Watch> {
    const client = createClient({
      url: `${app.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      lazy: false,
    });
    const state: Watch = { events: [], ended: false, client };
    watches.push(state);
    subscribe(
      client,
      document,
      { id: letterId },
      {
        next: (message) => state.events.push(message.data ?? message.errors),
        error: () => (state.ended = true),
        complete: () => (state.ended = true),
      },
    );
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
    const members = await app.gql(MEMBERS, { id: orgId }, owner.accessToken);
    const membershipId = members.body.data?.organisation?.members.find((m) => m.user.id === userId)?.id;
    if (!membershipId) throw new Error(members.text);
    const removed = await app.gql(REMOVE, { id: membershipId }, owner.accessToken);
    expect(removed.body.data).toEqual({ removeMember: true });
  }

  it('a member removed mid-stream receives no more delivery events; a remaining member does', async () => {
    const { stays, leaves, orgId, letterId } = await leadTeam('Delivery Watchers');
    await openDraft(app, stays, letterId);
    for (let i = 0; i < 12; i++) {
      await addRecipient(app, stays, letterId, {
        name: `Registry ${i}`,
        role: 'TO',
        channel: 'POST',
        postalAddress: `${i} Embassy Row`,
      });
    }
    const deliveryIds = (await deliverLetter(app, stays, letterId)).map((d) => d.id);
    const recordSent = () =>
      app.gql(EVENT, { input: { deliveryId: deliveryIds.shift() as string, status: 'SENT' } }, stays.accessToken);

    const staying = await watch(stays.accessToken, DELIVERY_CHANGED, letterId);
    const leaving = await watch(leaves.accessToken, DELIVERY_CHANGED, letterId);
    await prime([staying, leaving], recordSent);

    await remove(stays, orgId, leaves.id);
    const [stayingBefore, leavingBefore] = [staying.events.length, leaving.events.length];
    await recordSent();
    await until(() => staying.events.length > stayingBefore, 'the next event to the remaining member');
    // The removed member's subscription is ended instead of fed.
    await until(() => leaving.ended || leaving.events.length > leavingBefore, 'the removed member to be cut off');
    expect(leaving.events).toHaveLength(leavingBefore);
    expect(leaving.ended).toBe(true);
    expect(staying.ended).toBe(false);
  });

  it('a member removed mid-stream stops receiving the counts of a PRIVATE letter', async () => {
    const { stays, leaves, orgId, letterId } = await leadTeam('Count Watchers');
    const staying = await watch(stays.accessToken, COUNTS_CHANGED, letterId);
    const leaving = await watch(leaves.accessToken, COUNTS_CHANGED, letterId);
    const invite = () =>
      app.gql(
        INVITE_ENDORSERS,
        { input: { letterId, invitees: [{ email: uniqueEmail('invitee') }] } },
        stays.accessToken,
      );
    await prime([staying, leaving], invite);

    await remove(stays, orgId, leaves.id);
    const [stayingBefore, leavingBefore] = [staying.events.length, leaving.events.length];
    await invite();
    await until(() => staying.events.length > stayingBefore, 'the next event to the remaining member');
    await until(() => leaving.ended || leaving.events.length > leavingBefore, 'the removed member to be cut off');
    expect(leaving.events).toHaveLength(leavingBefore);
    expect(leaving.ended).toBe(true);
  });

  it('ends a subscription when its access token expires', async () => {
    const { stays, letterId } = await leadTeam('Expiry Watchers');
    const jwt = app.app.get(JwtService, { strict: false });
    // Of the same session: a token's session must still stand for it to be accepted.
    const { sid, amr } = jwt.decode<{ sid: string; amr: string[] }>(stays.accessToken);
    const shortLived = await jwt.signAsync(
      { sub: stays.id, sid, amr },
      { expiresIn: 2, issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
    );
    const expiring = await watch(shortLived, COUNTS_CHANGED, letterId);
    const steady = await watch(stays.accessToken, COUNTS_CHANGED, letterId);
    const invite = () =>
      app.gql(
        INVITE_ENDORSERS,
        { input: { letterId, invitees: [{ email: uniqueEmail('invitee') }] } },
        stays.accessToken,
      );
    await until(() => expiring.ended, 'the expired subscription to end', 10_000);
    const expiredWith = expiring.events.length;
    await prime([steady], invite);
    await invite();
    await until(() => steady.events.length >= 2, 'the events to the valid subscriber');
    expect(expiring.events).toHaveLength(expiredWith);
  });
});
