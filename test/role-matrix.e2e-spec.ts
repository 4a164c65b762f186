import { randomBytes, randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { getNamedType, isLeafType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { hashToken } from '@undersigned/common';
import { DELIVERY_TOPIC } from '@undersigned/deliveries/delivery-tracker.service';
import { COUNTS_TOPIC } from '@undersigned/endorsements';
import { codeAt, enableTwoFactor, START_TWO_FACTOR } from './support/accounts';
import { leadsOnlyFields } from './support/leads-only-fields';
import { SoftAuthenticator } from './support/soft-authenticator';
import { untilSubscribed } from './support/subscriptions';
import { errorCode, startTestApp, type GqlResponse, type TestApp } from './support/test-app';
import {
  ADD_RECIPIENT,
  addRecipient,
  createLetter,
  createOrganisation,
  deliverLetter,
  endorseAs,
  endorseInput,
  PASSWORD,
  signUp,
  uniqueEmail,
  verifyDirectly,
  type EndorseResult,
  type TestLetter,
  type TestUser,
} from './support/factories';
import { graphql } from './gql';
import type { EndorseInput, SignByInvitationInput } from './gql/graphql';

const LOG_IN = graphql(`
  mutation RoleMatrixLogIn($input: LogInInput!) {
    logIn(input: $input) {
      refreshToken
    }
  }
`);
const REAUTHENTICATE = graphql(`
  mutation RoleMatrixReauthenticate($password: String) {
    reauthenticate(password: $password) {
      accessToken
    }
  }
`);
const START_PASSKEY_REGISTRATION = graphql(`
  mutation RoleMatrixStartPasskeyRegistration {
    startPasskeyRegistration
  }
`);
const FINISH_PASSKEY_REGISTRATION = graphql(`
  mutation RoleMatrixFinishPasskeyRegistration($response: String!) {
    finishPasskeyRegistration(response: $response) {
      id
    }
  }
`);
const START_PASSKEY_LOG_IN = graphql(`
  mutation RoleMatrixStartPasskeyLogIn {
    startPasskeyLogIn
  }
`);
const COMMENT = graphql(`
  mutation RoleMatrixComment($input: CommentInput!) {
    commentOnLetter(input: $input) {
      id
    }
  }
`);

/**
 * The role matrix: every root operation of the schema, called by each kind of caller against
 * realistic data, with the outcome kept as a snapshot: `ok`; `hidden` (answered without what the
 * row is about: an empty list or a null); or the error's code. A few extra rows ask for one
 * sensitive field (a member list, targets' addresses, ...), and every lead-only field (declared
 * @LeadsOnly) has a row of its own, named after it (`Letter.deliveries`). Subscriptions are subscribed
 * to over graphql-ws: `ok` once an event arrives. README's permissions table is generated from
 * the snapshot (`npm run permissions:table`).
 *
 * Each cell builds its own fresh state (a new letter, invitation, membership, ...), so its outcome
 * depends only on who calls. Unless a scenario says otherwise, "the letter" is PRIVATE, led by the
 * lead organisation with the co-lead organisation accepted, and "the organisation" is the lead one.
 */

const CALLERS = ['anonymous', 'outsider', 'MEMBER', 'SIGNATORY', 'COORDINATOR', 'OWNER', 'co-lead-OWNER'] as const;
type Caller = (typeof CALLERS)[number];
type Person = Exclude<Caller, 'anonymous'>;
const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'] as const;
/** The lead organisation's website; its members' addresses are there (for verifyOrganisationDomain). */
const LEAD_DOMAIN = 'matrix-lead.example';

interface Org {
  id: string;
  owner: TestUser;
}

interface World {
  app: TestApp;
  users: Record<Person, TestUser>;
  lead: Org;
  coLead: Org;
  /** An organisation none of the callers belongs to: it endorses and leads letters of its own. */
  third: Org;
  /** A user the account operations (log in, refresh, verify) act on. */
  account: TestUser;
  /** A user whose memberships of the lead organisation are changed and removed. */
  member: TestUser;
  /**
   * The OPEN letter read by queries and subscriptions: signed by the third organisation, unnamed,
   * with a recipient (an email address) and a MEMBER's comment.
   */
  main: { id: string; receipt: string };
  /** An OPEN PUBLIC letter of the lead organisation. */
  public: { id: string };
  /** A delivered letter with an email recipient, and its delivery. */
  delivered: { id: string; deliveryId: string };
  /** An OPEN PUBLIC letter of the lead organisation that accepts supporters, with block lists. */
  petition: { id: string };
  /** An OPEN PUBLIC letter of the lead organisation whose petition settings do not accept supporters yet. */
  petitionOff: { id: string };
}

interface Scenario {
  /** The root field. */
  operation: string;
  /** The lead-only field (`Type.field`, declared @LeadsOnly) the row is about, asked through `operation`. */
  field?: string;
  /** A second row for the same operation, on other data. */
  variant?: string;
  /** What to select of the result: `{ __typename }` unless given (for rows about one field). */
  selection?: string;
  /** Whether the answer shows what the row is about: `hidden` when it does not (an empty list, a null). */
  shows?(data: unknown): boolean;
  /** Builds this cell's fresh state; returns the operation's arguments. */
  args(world: World, caller: Caller): Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Undoes what the call changed beyond the cell's own state (keeps the callers' standing intact). */
  undo?(world: World, caller: Caller): Promise<unknown>;
  /** Subscriptions: an event the subscription listens to (published until the subscriber hears one). */
  event?(world: World, args: Record<string, unknown>): { topic: string; payload: unknown };
}

let world: World;

/** A webhook of the lead organisation, written directly (its secrets are never read by these rows). */
async function webhookRow(): Promise<string> {
  const { rows } = await world.app.sql.query<{ id: string }>(
    `INSERT INTO webhooks (organisation_id, url, events, secret_encrypted, signing_key_encrypted, public_key)
     VALUES ($1, 'https://93.184.215.14/matrix-hook', '{LETTER_OPENED}', 'v1.x.x.x', 'v1.x.x.x', 'whpk_matrix')
     RETURNING id`,
    [world.lead.id],
  );
  return rows[0].id;
}

/** A fresh letter; by default led by the lead organisation with the co-lead accepted, PRIVATE, DRAFT. */
async function letter(
  options: {
    status?: 'DRAFT' | 'OPEN';
    coLead?: 'accepted' | 'pending';
    ledBy?: 'lead' | 'third';
    visibility?: 'PRIVATE' | 'PUBLIC';
  } = {},
): Promise<TestLetter> {
  const { app, lead, third, coLead } = world;
  const by = options.ledBy === 'third' ? third : lead;
  const created = await createLetter(app, by.owner, by.id, { visibility: options.visibility ?? 'PRIVATE' });
  if (by === lead) {
    await app.sql.query(
      `INSERT INTO letter_leads (letter_id, organisation_id, position, accepted_at, added_by_id)
       VALUES ($1, $2, 2, $3, $4)`,
      [created.id, coLead.id, options.coLead === 'pending' ? null : new Date(), lead.owner.id],
    );
  }
  if (options.status === 'OPEN') {
    await app.sql.query(`UPDATE letters SET status = 'OPEN', opened_version = current_version WHERE id = $1`, [
      created.id,
    ]);
  }
  return created;
}

/** A PUBLIC, OPEN letter that takes signatures by open sign-on. */
async function openSignOnLetter(): Promise<TestLetter> {
  const open = await letter({ status: 'OPEN', visibility: 'PUBLIC' });
  await world.app.sql.query('UPDATE letters SET open_sign_on = true WHERE id = $1', [open.id]);
  return open;
}

/** The token of an open sign-on request's confirmation link (the real one is mailed), for a letter of its own or `on`. */
async function signOnRequest(on?: Promise<TestLetter>): Promise<string> {
  const open = await (on ?? openSignOnLetter());
  const token = randomBytes(32).toString('base64url');
  await world.app.sql.query(
    `INSERT INTO sign_on_requests (letter_id, email, content_hash, organisation_name, signer_name, signer_title,
       token_hash, expires_at)
     VALUES ($1, $2, $3, $4, 'A Guest', 'Director', $5, now() + interval '1 day')`,
    [
      open.id,
      `${randomUUID()}@guest.example`,
      open.currentVersion.contentHash,
      `Sign-on Group ${randomUUID().slice(0, 8)}`,
      hashToken(token),
    ],
  );
  return token;
}

/** A PUBLIC, OPEN letter that accepts supporters. */
async function petition(): Promise<TestLetter> {
  const open = await letter({ status: 'OPEN', visibility: 'PUBLIC' });
  await world.app.sql.query(`INSERT INTO petition_settings (letter_id, accept_supporters) VALUES ($1, true)`, [
    open.id,
  ]);
  return open;
}

/** A supporter's signature of a fresh petition, and the token its mails carry. */
async function signature(status: 'PENDING' | 'CONFIRMED' = 'PENDING'): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await world.app.sql.query(
    `WITH s AS (INSERT INTO signatures (letter_id, status, name, email, email_fingerprint, email_domain, confirmed_at, confirmed_version)
       VALUES ($1, $2::signature_status, 'A Supporter', 'supporter@matrix.example', $3, 'matrix.example',
         CASE WHEN $2::text = 'CONFIRMED' THEN now() END, CASE WHEN $2::text = 'CONFIRMED' THEN 1 END) RETURNING id)
     INSERT INTO signature_tokens (token_hash, signature_id, version) SELECT $4, s.id, 1 FROM s`,
    [(await petition()).id, status, randomBytes(32).toString('hex'), hashToken(token)],
  );
  return token;
}

/** A DRAFT translation (zh-Hans) of a fresh letter, saved by the lead organisation's OWNER. */
async function translation(): Promise<string> {
  const { rows } = await world.app.sql.query<{ id: string }>(
    `INSERT INTO letter_translations (letter_id, language, title, body, content_hash, based_on_version, saved_by_id)
     VALUES ($1, 'zh-Hans', '标题', '正文', repeat('a', 64), 1, $2) RETURNING id`,
    [(await letter()).id, world.lead.owner.id],
  );
  return rows[0].id;
}

/** A letter invitation whose token is returned: to an organisation, or to an email address. */
async function letterInvitation(
  letterId: string,
  to: { organisationId: string } | { email: string },
  status: 'PENDING' | 'ACCEPTED' = 'PENDING',
): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await world.app.sql.query(
    `INSERT INTO letter_invitations (letter_id, organisation_id, email, token_hash, status, expires_at)
     VALUES ($1, $2, $3, $4, $5, now() + interval '30 days')`,
    [
      letterId,
      'organisationId' in to ? to.organisationId : null,
      'email' in to ? to.email : null,
      hashToken(token),
      status,
    ],
  );
  return token;
}

/** An endorsement of `org` on `letterId`, made through GraphQL. */
async function endorse(
  letterId: string,
  contentHash: string,
  org: Org,
  extra: Partial<EndorseInput> = {},
): Promise<EndorseResult> {
  return endorseAs(world.app, { user: org.owner, org }, letterId, contentHash, extra);
}

/** An endorsement of the third organisation on a fresh OPEN letter (invited, as it is PRIVATE). */
async function thirdEndorsement(extra: Partial<EndorseInput> = {}): Promise<string> {
  const open = await letter({ status: 'OPEN' });
  await letterInvitation(open.id, { organisationId: world.third.id }, 'ACCEPTED');
  return (await endorse(open.id, open.currentVersion.contentHash, world.third, extra)).id;
}

/** The token of an objection link to a minor edit, for the third organisation's endorsement. */
async function objectionLink(): Promise<string> {
  const endorsementId = await thirdEndorsement();
  const token = randomBytes(32).toString('base64url');
  await world.app.sql.query(
    `INSERT INTO minor_edit_objection_links (endorsement_id, version_id, signed_version_id, token_hash)
     SELECT id, signed_version_id, signed_version_id, $2 FROM endorsements WHERE id = $1`,
    [endorsementId, hashToken(token)],
  );
  return token;
}

/** The letter signOnRequestByLink's scenario asks to sign, made once. */
let signOnRequestLetter: Promise<TestLetter> | undefined;

/** The letter invitationByLink's scenario invites to, made once. */
let invitedLetter: Promise<TestLetter> | undefined;

const SIGN_BY_INVITATION = graphql(`
  mutation RoleMatrixSignByInvitation($input: SignByInvitationInput!) {
    signByInvitation(input: $input) {
      id
    }
  }
`);

/**
 * A guest's signature (signByInvitation) of a fresh OPEN PUBLIC letter, from an invitation to an
 * address; its manage link's token is set to one the test knows (the real one is mailed).
 */
async function guestSignature(): Promise<{ letterId: string; contentHash: string; token: string }> {
  const open = await letter({ status: 'OPEN', visibility: 'PUBLIC' });
  const response = await world.app.gql(SIGN_BY_INVITATION, {
    input: guestSigning(await letterInvitation(open.id, { email: `${randomUUID()}@guest.example` }), open),
  });
  if (!response.body.data) throw new Error(`signByInvitation failed: ${response.text}`);
  const token = randomBytes(32).toString('base64url');
  await world.app.sql.query('UPDATE endorsement_manage_links SET token_hash = $2 WHERE endorsement_id = $1', [
    response.body.data.signByInvitation.id,
    hashToken(token),
  ]);
  return { letterId: open.id, contentHash: open.currentVersion.contentHash, token };
}

function guestSigning(token: string, open: TestLetter): SignByInvitationInput {
  return {
    token,
    contentHash: open.currentVersion.contentHash,
    organisationName: `Guest Group ${randomUUID().slice(0, 8)}`,
    signerName: 'A Guest',
    signerTitle: 'Director',
    authorised: true,
  };
}

/** A fresh email delivery of the delivered letter, as if the worker had got it to `status`. */
async function emailDelivery(status: 'SENT' | 'FAILED' = 'SENT'): Promise<string> {
  const { rows } = await world.app.sql.query<{ id: string }>(
    `WITH r AS (INSERT INTO letter_recipients (letter_id, name, role, channel, email)
       VALUES ($1, 'Another Office', 'CC', 'EMAIL', 'another@recipient.example') RETURNING id)
     INSERT INTO deliveries (letter_id, recipient_id, channel, status, ack_token_hash, sent_at)
     SELECT $1, r.id, 'EMAIL', $3, $2, $4 FROM r RETURNING id`,
    [
      world.delivered.id,
      hashToken(randomBytes(24).toString('base64url')),
      status,
      status === 'SENT' ? new Date() : null,
    ],
  );
  return rows[0].id;
}

/** A fresh membership of the lead organisation in `role`, for the same user each time. */
async function freshMembership(role = 'MEMBER'): Promise<string> {
  const { app, lead, member } = world;
  await app.sql.query('DELETE FROM memberships WHERE organisation_id = $1 AND user_id = $2', [lead.id, member.id]);
  const { rows } = await app.sql.query<{ id: string }>(
    'INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, $3) RETURNING id',
    [lead.id, member.id, role],
  );
  return rows[0].id;
}

/** A pending invitation to join the lead organisation as a MEMBER, sent by its OWNER. */
async function membershipInvitation(email: string): Promise<{ id: string; token: string }> {
  const token = randomBytes(24).toString('base64url');
  const { rows } = await world.app.sql.query<{ id: string }>(
    `INSERT INTO membership_invitations (organisation_id, email, role, token_hash, invited_by_id, expires_at)
     VALUES ($1, $2, 'MEMBER', $3, $4, now() + interval '1 day') RETURNING id`,
    [world.lead.id, email, hashToken(token), world.lead.owner.id],
  );
  return { id: rows[0].id, token };
}

async function logIn(user: TestUser): Promise<string> {
  const response = await world.app.gql(LOG_IN, { input: { email: user.email, password: PASSWORD } });
  if (!response.body.data) throw new Error(`logIn failed: ${response.text}`);
  return response.body.data.logIn.refreshToken;
}

/**
 * A fresh authentication of the caller's session (reauthenticate with the password), which the
 * steps that could lock an owner out ask for: the matrix runs longer than its 5 minutes.
 */
async function freshAuthentication(caller: Caller): Promise<void> {
  if (caller === 'anonymous') return;
  const response = await world.app.gql(REAUTHENTICATE, { password: PASSWORD }, world.users[caller].accessToken);
  if (!response.body.data) throw new Error(`reauthenticate failed: ${response.text}`);
}

/** Turns two-factor on for the caller through GraphQL; a recovery code of it ('000000' for anonymous). */
async function twoFactorOn(caller: Caller): Promise<string> {
  if (caller === 'anonymous') return '000000';
  await freshAuthentication(caller);
  return (await enableTwoFactor(world.app, world.users[caller].accessToken)).recoveryCodes[0];
}

/** Turns two-factor off for the caller directly, so that later rows see the callers as they were. */
async function twoFactorOff(caller: Caller): Promise<void> {
  if (caller === 'anonymous') return;
  await world.app.sql.query(
    `UPDATE users SET two_factor_enabled_at = NULL, two_factor_secret = NULL, two_factor_last_step = NULL
     WHERE id = $1`,
    [world.users[caller].id],
  );
}

/** A fresh API key of the lead organisation, written directly (createApiKey has its own row); answers its id. */
async function matrixApiKey(): Promise<string> {
  const { rows } = await world.app.sql.query<{ id: string }>(
    `INSERT INTO api_keys (organisation_id, name, token_hash)
     VALUES ($1, $2, md5(random()::text) || md5(random()::text)) RETURNING id`,
    [world.lead.id, `Matrix key ${next()}`],
  );
  return rows[0].id;
}

/** A new passkey's answer to a registration the caller starts (after a fresh authentication). */
async function passkeyCreation(caller: Person): Promise<RegistrationResponseJSON> {
  await freshAuthentication(caller);
  const started = await world.app.gql(START_PASSKEY_REGISTRATION, {}, world.users[caller].accessToken);
  const options = started.body.data?.startPasskeyRegistration;
  if (!options) throw new Error(`startPasskeyRegistration failed: ${started.text}`);
  return new SoftAuthenticator().create(
    JSON.parse(options) as PublicKeyCredentialCreationOptionsJSON,
    world.app.config.publicUrl,
  );
}

let accountAuthenticator: Promise<SoftAuthenticator> | undefined;

/** The authenticator holding a passkey of an account of its own (registered once, from a fresh sign-up). */
function accountPasskey(): Promise<SoftAuthenticator> {
  accountAuthenticator ??= (async () => {
    const { app } = world;
    const holder = await signUp(app, 'Passkey Holder');
    await verifyDirectly(app, holder);
    const started = await app.gql(START_PASSKEY_REGISTRATION, {}, holder.accessToken);
    const options = started.body.data?.startPasskeyRegistration;
    if (!options) throw new Error(`startPasskeyRegistration failed: ${started.text}`);
    const authenticator = new SoftAuthenticator();
    const response = await authenticator.create(
      JSON.parse(options) as PublicKeyCredentialCreationOptionsJSON,
      app.config.publicUrl,
    );
    const finished = await app.gql(
      FINISH_PASSKEY_REGISTRATION,
      { response: JSON.stringify(response) },
      holder.accessToken,
    );
    if (!finished.body.data) throw new Error(`finishPasskeyRegistration failed: ${finished.text}`);
    return authenticator;
  })();
  return accountAuthenticator;
}

/** The caller's own address (a new one for anonymous callers). */
function emailOf(caller: Caller): string {
  return caller === 'anonymous' ? uniqueEmail('nobody') : world.users[caller].email;
}

const NO_COUNTS = {
  signed: 0,
  anonymous: 0,
  needsReconfirmation: 0,
  withdrawn: 0,
  declined: 0,
  invited: 0,
  supporters: 0,
};

let counter = 0;
const next = (): number => ++counter;

/**
 * One entry per operation: adding an operation to the schema without an entry here fails the test.
 * Arguments left out are left out of the call; the result is selected as `{ __typename }`.
 */
const SCENARIOS: Scenario[] = [
  // ---- queries: shared data, nothing changes ----
  { operation: 'me', args: () => ({}) },
  { operation: 'letter', args: (w) => ({ id: w.main.id }) },
  { operation: 'letter', variant: 'a PUBLIC letter', args: (w) => ({ id: w.public.id }) },
  {
    operation: 'letter',
    variant: 'comments',
    selection: '{ comments { id } }',
    shows: (data) => (data as { comments: unknown[] }).comments.length > 0,
    args: (w) => ({ id: w.main.id }),
  },
  // A guest signer's manage link.
  { operation: 'endorsementByLink', args: async () => ({ token: (await guestSignature()).token }) },
  // An open sign-on's confirmation link, before it is pressed.
  // One letter for every caller (as invitationByLink's): more would push the main one off Query.letters' first page.
  {
    operation: 'signOnRequestByLink',
    async args() {
      signOnRequestLetter ??= openSignOnLetter();
      return { token: await signOnRequest(signOnRequestLetter) };
    },
  },
  // An invitation mail's link, to an address, before it is used.
  {
    operation: 'invitationByLink',
    async args() {
      // One letter for every caller: more letters would push the main one off Query.letters' first page.
      invitedLetter ??= letter({ status: 'OPEN' });
      return { token: await letterInvitation((await invitedLetter).id, { email: `${randomUUID()}@guest.example` }) };
    },
  },
  // ---- lead-only fields (@LeadsOnly), each asked of a letter every caller but the anonymous may read ----
  {
    // The address a guest signed from, on a PUBLIC letter a guest signed.
    operation: 'letter',
    field: 'Endorsement.signedBy',
    selection: '{ endorsements { edges { node { signedBy } } } }',
    shows: (data) =>
      (data as { endorsements: { edges: { node: { signedBy: string | null } }[] } }).endorsements.edges.some(
        (e) => e.node.signedBy !== null,
      ),
    args: async () => ({ id: (await guestSignature()).letterId }),
  },
  {
    // Every endorsement, the unnamed included.
    operation: 'letter',
    field: 'Letter.endorsements',
    selection: '{ endorsements { totalCount } }',
    args: (w) => ({ id: w.main.id }),
  },
  {
    operation: 'letter',
    field: 'Recipient.email',
    selection: '{ recipients { email } }',
    shows: (data) => (data as { recipients: { email: string | null }[] }).recipients.some((r) => r.email !== null),
    args: (w) => ({ id: w.main.id }),
  },
  {
    operation: 'letter',
    field: 'Recipient.postalAddress',
    selection: '{ recipients { postalAddress } }',
    shows: (data) =>
      (data as { recipients: { postalAddress: string | null }[] }).recipients.some((r) => r.postalAddress !== null),
    args: (w) => ({ id: w.main.id }),
  },
  {
    // Messages to representatives.
    operation: 'letter',
    field: 'Letter.targetDeliveries',
    selection: '{ targetDeliveries { constituents target { email } } }',
    shows: (data) => (data as { targetDeliveries: unknown[] }).targetDeliveries.length > 0,
    args: (w) => ({ id: w.main.id }),
  },
  {
    // How open sign-on requests are approved, on a PUBLIC letter anyone reads.
    operation: 'letter',
    field: 'Letter.autoApproveVerified',
    selection: '{ autoApproveVerified }',
    shows: (data) => (data as { autoApproveVerified: boolean | null }).autoApproveVerified !== null,
    args: (w) => ({ id: w.public.id }),
  },
  {
    operation: 'letter',
    field: 'Letter.deliveries',
    selection: '{ deliveries { id } }',
    shows: (data) => (data as { deliveries: unknown[] }).deliveries.length > 0,
    args: (w) => ({ id: w.delivered.id }),
  },
  {
    operation: 'letter',
    field: 'Letter.petition',
    variant: 'not accepting supporters yet',
    selection: '{ petition { acceptSupporters } }',
    shows: (data) => (data as { petition: unknown }).petition !== null,
    args: (w) => ({ id: w.petitionOff.id }),
  },
  {
    operation: 'letter',
    field: 'Letter.supporters',
    variant: 'by country',
    selection: '{ supporters(country: "GB") { totalCount } }',
    args: (w) => ({ id: w.petition.id }),
  },
  {
    operation: 'letter',
    field: 'PetitionSettings.blockedEmailDomains',
    selection: '{ petition { blockedEmailDomains } }',
    shows: (data) => (data as { petition: { blockedEmailDomains: unknown } }).petition.blockedEmailDomains !== null,
    args: (w) => ({ id: w.petition.id }),
  },
  {
    operation: 'letter',
    field: 'PetitionSettings.blockedIpRanges',
    selection: '{ petition { blockedIpRanges } }',
    shows: (data) => (data as { petition: { blockedIpRanges: unknown } }).petition.blockedIpRanges !== null,
    args: (w) => ({ id: w.petition.id }),
  },
  {
    // Whether the PRIVATE letter is listed.
    operation: 'letters',
    selection: '{ edges { node { id } } }',
    shows: (data) => (data as { edges: { node: { id: string } }[] }).edges.some((e) => e.node.id === world.main.id),
    // A page long enough for every letter the scenarios make: the main one must not fall off it.
    args: (w) => ({ organisationId: w.lead.id, first: 100 }),
  },
  { operation: 'organisation', args: (w) => ({ id: w.lead.id }) },
  {
    operation: 'organisation',
    variant: 'members',
    selection: '{ members { id } }',
    shows: (data) => (data as { members: unknown[] }).members.length > 0,
    args: (w) => ({ id: w.lead.id }),
  },
  { operation: 'organisations', args: () => ({ search: 'Matrix' }) },
  {
    operation: 'representatives',
    shows: (data) => (data as unknown[]).length > 0,
    args: () => ({ postcode: 'BR8 7RE' }),
  },
  {
    operation: 'representatives',
    variant: "targets' email",
    selection: '{ email }',
    shows: (data) => (data as { email: string | null }[]).some((target) => target.email !== null),
    args: () => ({ postcode: 'BR8 7RE' }),
  },
  {
    operation: 'upsertTargets',
    args: () => ({
      input: [{ externalId: `matrix-${next()}`, name: 'A Member', areaCode: 'E14001465', areaType: 'WMC' }],
    }),
  },
  { operation: 'verifyReceipt', args: (w) => ({ receipt: w.main.receipt }) },
  { operation: 'auditTrail', args: (w) => ({ letterId: w.main.id }) },

  // ---- accounts: the account is another user's; the token or password is what proves ----
  {
    operation: 'signUp',
    args: () => ({ input: { email: uniqueEmail('matrix.new'), password: PASSWORD, name: 'New Person' } }),
  },
  {
    operation: 'verifyEmail',
    async args(w) {
      const token = randomBytes(24).toString('base64url');
      await w.app.sql.query('UPDATE users SET email_verified_at = NULL WHERE id = $1', [w.account.id]);
      await w.app.sql.query(
        `INSERT INTO email_verifications (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`,
        [w.account.id, hashToken(token)],
      );
      return { token };
    },
  },
  { operation: 'logIn', args: (w) => ({ input: { email: w.account.email, password: PASSWORD } }) },
  { operation: 'refreshSession', args: async (w) => ({ refreshToken: await logIn(w.account) }) },
  { operation: 'logOut', args: async (w) => ({ refreshToken: await logIn(w.account) }) },
  { operation: 'resendVerificationEmail', args: () => ({}) },
  { operation: 'sessions', args: () => ({}) },
  {
    // The caller's own session, from a log-in of their own.
    operation: 'revokeSession',
    async args(w, caller) {
      if (caller === 'anonymous') return { id: randomUUID() };
      await freshAuthentication(caller);
      await logIn(w.users[caller]);
      const { rows } = await w.app.sql.query<{ id: string }>(
        'SELECT id FROM sessions WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1',
        [w.users[caller].id],
      );
      return { id: rows[0].id };
    },
  },
  {
    operation: 'startTwoFactorSetup',
    async args(_w, caller) {
      await freshAuthentication(caller);
      return {};
    },
  },
  {
    operation: 'confirmTwoFactor',
    async args(w, caller) {
      if (caller === 'anonymous') return { code: '000000' };
      await freshAuthentication(caller);
      const started = await w.app.gql(START_TWO_FACTOR, {}, w.users[caller].accessToken);
      if (!started.body.data) throw new Error(`startTwoFactorSetup failed: ${started.text}`);
      return { code: codeAt(started.body.data.startTwoFactorSetup.secret, 0) };
    },
    undo: (_w, caller) => twoFactorOff(caller),
  },
  {
    operation: 'disableTwoFactor',
    args: async (_w, caller) => ({ code: await twoFactorOn(caller) }),
    undo: (_w, caller) => twoFactorOff(caller),
  },
  {
    operation: 'startPasskeyRegistration',
    async args(_w, caller) {
      await freshAuthentication(caller);
      return {};
    },
  },
  {
    operation: 'finishPasskeyRegistration',
    async args(_w, caller) {
      if (caller === 'anonymous') return { response: '{}', name: 'Matrix key' };
      return { response: JSON.stringify(await passkeyCreation(caller)), name: 'Matrix key' };
    },
    undo: (w, caller) =>
      caller === 'anonymous'
        ? Promise.resolve()
        : w.app.sql.query('DELETE FROM passkeys WHERE user_id = $1', [w.users[caller].id]),
  },
  { operation: 'startPasskeyLogIn', args: () => ({}) },
  {
    // A passkey of its own account, answering a fresh challenge.
    operation: 'finishPasskeyLogIn',
    async args(w) {
      const started = await w.app.gql(START_PASSKEY_LOG_IN, {});
      const options = JSON.parse(started.body.data?.startPasskeyLogIn ?? '') as PublicKeyCredentialRequestOptionsJSON;
      return { response: JSON.stringify(await (await accountPasskey()).get(options, w.app.config.publicUrl)) };
    },
  },
  {
    // One of the caller's own passkeys (not the last, and no strict organisation: only who may call counts here).
    operation: 'removePasskey',
    async args(w, caller) {
      if (caller === 'anonymous') return { passkeyId: randomUUID() };
      const response = JSON.stringify(await passkeyCreation(caller));
      const finished = await w.app.gql(FINISH_PASSKEY_REGISTRATION, { response }, w.users[caller].accessToken);
      const passkeyId = finished.body.data?.finishPasskeyRegistration.id;
      if (!passkeyId) throw new Error(`finishPasskeyRegistration failed: ${finished.text}`);
      await freshAuthentication(caller);
      return { passkeyId };
    },
  },
  { operation: 'requestPasswordReset', args: (w) => ({ email: w.account.email }) },
  {
    // A reset link of the account's, as mailed; the password stays the same, so later rows still log in.
    operation: 'resetPassword',
    async args(w) {
      const token = randomBytes(24).toString('base64url');
      await w.app.sql.query(
        `INSERT INTO password_resets (user_id, email, token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '1 hour')`,
        [w.account.id, w.account.email, hashToken(token)],
      );
      return { token, password: PASSWORD };
    },
  },
  {
    operation: 'changePassword',
    async args(_w, caller) {
      await freshAuthentication(caller);
      return { currentPassword: PASSWORD, password: PASSWORD };
    },
  },
  { operation: 'reauthenticate', args: () => ({ password: PASSWORD }) },
  {
    operation: 'changeEmail',
    async args(_w, caller) {
      await freshAuthentication(caller);
      return { email: uniqueEmail('moving') };
    },
  },
  {
    // A change of the account's address, as mailed to the new one; undone so later rows still log in.
    operation: 'confirmEmailChange',
    async args(w) {
      const token = randomBytes(24).toString('base64url');
      await w.app.sql.query(
        `INSERT INTO email_changes (user_id, new_email, token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '1 day')`,
        [w.account.id, uniqueEmail('moved'), hashToken(token)],
      );
      return { token };
    },
    undo: async (w) => {
      await w.app.sql.query('UPDATE users SET email = $2 WHERE id = $1', [w.account.id, w.account.email]);
    },
  },

  // ---- organisations: the lead organisation ----
  { operation: 'createOrganisation', args: () => ({ input: { name: `Matrix New Org ${next()}`, country: 'GB' } }) },
  {
    operation: 'inviteMember',
    args: (w) => ({ input: { organisationId: w.lead.id, email: uniqueEmail('matrix.invitee'), role: 'MEMBER' } }),
  },
  {
    operation: 'createApiKey',
    args: (w) => ({ input: { organisationId: w.lead.id, name: `Matrix key ${next()}` } }),
  },
  { operation: 'revokeApiKey', args: async () => ({ apiKeyId: await matrixApiKey() }) },
  {
    operation: 'organisation',
    variant: 'apiKeys',
    selection: '{ apiKeys { id } }',
    shows: (data) => (data as { apiKeys: unknown[] }).apiKeys.length > 0,
    async args(w) {
      await matrixApiKey();
      return { id: w.lead.id };
    },
  },
  {
    operation: 'membershipInvitations',
    async args(w) {
      await membershipInvitation(uniqueEmail('matrix.pending'));
      return { organisationId: w.lead.id };
    },
  },
  {
    operation: 'revokeMembershipInvitation',
    args: async () => ({ id: (await membershipInvitation(uniqueEmail('matrix.revoked'))).id }),
  },
  {
    // An invitation to the lead organisation sent to the caller's own address.
    operation: 'acceptMembershipInvitation',
    args: async (w, caller) => ({ token: (await membershipInvitation(emailOf(caller))).token }),
    // Outsiders who joined must stay outsiders for the rows after this one.
    undo: (w, caller) =>
      caller === 'outsider' || caller === 'co-lead-OWNER'
        ? w.app.sql.query('DELETE FROM memberships WHERE organisation_id = $1 AND user_id = $2', [
            w.lead.id,
            w.users[caller].id,
          ])
        : Promise.resolve(),
  },
  {
    operation: 'changeMemberRole',
    args: async () => ({ input: { membershipId: await freshMembership(), role: 'SIGNATORY' } }),
  },
  // Another member's membership (a member may leave by removing their own).
  { operation: 'removeMember', args: async () => ({ membershipId: await freshMembership() }) },
  {
    // Every member of the lead organisation has an address at its website's domain.
    operation: 'setOrganisationSecurity',
    args: (w) => ({ organisationId: w.lead.id, requireTwoFactor: true }),
    undo: (w) => w.app.sql.query('UPDATE organisations SET require_two_factor = false WHERE id = $1', [w.lead.id]),
  },
  {
    operation: 'setOrganisationSecurity',
    variant: 'requirePhishingResistant',
    args: (w) => ({ organisationId: w.lead.id, requirePhishingResistant: true }),
    undo: (w) =>
      w.app.sql.query('UPDATE organisations SET require_phishing_resistant = false WHERE id = $1', [w.lead.id]),
  },
  {
    operation: 'verifyOrganisationDomain',
    async args(w) {
      await w.app.sql.query('UPDATE organisations SET verified_domain = NULL WHERE id = $1', [w.lead.id]);
      return { organisationId: w.lead.id };
    },
  },

  // ---- webhooks ----
  {
    // A public address literal: created without a lookup, and never called (no worker runs here).
    operation: 'createWebhook',
    args: (w) => ({
      input: { organisationId: w.lead.id, url: 'https://93.184.215.14/matrix-hook', events: ['LETTER_OPENED'] },
    }),
    undo: (w) => w.app.sql.query(`DELETE FROM webhooks WHERE organisation_id = $1`, [w.lead.id]),
  },
  { operation: 'rotateWebhookSecret', args: async () => ({ webhookId: await webhookRow() }) },
  { operation: 'deleteWebhook', args: async () => ({ webhookId: await webhookRow() }) },
  {
    operation: 'redeliverWebhook',
    async args(w) {
      const { rows } = await w.app.sql.query<{ id: string }>(
        `INSERT INTO webhook_deliveries (webhook_id, event, message_id, body, status, attempts, sent_at)
         VALUES ($1, 'LETTER_OPENED', 'msg_matrix', '{}', 'SUCCEEDED', 1, now()) RETURNING id`,
        [await webhookRow()],
      );
      return { deliveryId: rows[0].id };
    },
    undo: (w) => w.app.sql.query(`DELETE FROM webhooks WHERE organisation_id = $1`, [w.lead.id]),
  },
  {
    operation: 'organisation',
    variant: 'webhooks',
    selection: '{ webhooks { id deliveries(first: 5) { id } } }',
    shows: (data) => (data as { webhooks: unknown[] }).webhooks.length > 0,
    async args(w) {
      await webhookRow();
      return { id: w.lead.id };
    },
    undo: (w) => w.app.sql.query(`DELETE FROM webhooks WHERE organisation_id = $1`, [w.lead.id]),
  },

  // ---- letters ----
  {
    operation: 'createLetter',
    args: (w) => ({
      input: { title: 'A new letter', body: 'Dear Minister,', leadOrganisationId: w.lead.id, visibility: 'PRIVATE' },
    }),
  },
  {
    operation: 'addCoLead',
    args: async (w) => ({ input: { letterId: (await letter()).id, organisationId: w.third.id } }),
  },
  {
    // The co-lead organisation was proposed as co-lead and has not accepted yet.
    operation: 'acceptCoLead',
    args: async (w) => ({ letterId: (await letter({ coLead: 'pending' })).id, organisationId: w.coLead.id }),
  },
  {
    operation: 'reviseLetter',
    args: async () => ({ input: { letterId: (await letter()).id, body: 'Dear Minister, revised.', material: true } }),
  },
  {
    operation: 'commentOnLetter',
    args: async () => ({ input: { versionId: (await letter()).currentVersion.id, body: 'Shorter, please.' } }),
  },
  {
    // A MEMBER's comment on the draft.
    operation: 'resolveComment',
    async args(w) {
      const draft = await letter();
      const response = await w.app.gql(
        COMMENT,
        { input: { versionId: draft.currentVersion.id, body: 'Add a date.' } },
        w.users.MEMBER.accessToken,
      );
      if (!response.body.data) throw new Error(`commentOnLetter failed: ${response.text}`);
      return { commentId: response.body.data.commentOnLetter.id };
    },
  },
  {
    operation: 'saveTranslation',
    args: async () => ({ input: { letterId: (await letter()).id, language: 'zh-Hans', title: '标题', body: '正文' } }),
  },
  { operation: 'approveTranslation', args: async () => ({ translationId: await translation() }) },
  { operation: 'deleteTranslation', args: async () => ({ translationId: await translation() }) },
  { operation: 'openLetter', args: async () => ({ letterId: (await letter()).id }) },
  { operation: 'closeLetter', args: async () => ({ letterId: (await letter({ status: 'OPEN' })).id }) },
  {
    operation: 'postUpdate',
    args: async () => ({ input: { letterId: (await letter({ status: 'OPEN' })).id, title: 'Met', body: 'We met.' } }),
  },

  // ---- endorsements ----
  {
    operation: 'inviteEndorsers',
    args: async (w) => ({ input: { letterId: (await letter()).id, invitees: [{ organisationId: w.third.id }] } }),
  },
  {
    // A letter of the third organisation; the invitation went to the caller's address, who
    // accepts it for the lead organisation (the organisation whose roles the columns are).
    operation: 'acceptInvitation',
    async args(w, caller) {
      const invited = await letter({ status: 'OPEN', ledBy: 'third' });
      return { token: await letterInvitation(invited.id, { email: emailOf(caller) }), organisationId: w.lead.id };
    },
  },
  {
    // A letter of the third organisation; the lead organisation was invited.
    operation: 'declineInvitation',
    async args(w) {
      const invited = await letter({ status: 'OPEN', ledBy: 'third' });
      return { token: await letterInvitation(invited.id, { organisationId: w.lead.id }), reason: 'Not our field' };
    },
  },
  {
    // Signing for the lead organisation.
    operation: 'endorseLetter',
    async args(w) {
      const open = await letter({ status: 'OPEN' });
      return endorseInput(open.id, w.lead.id, open.currentVersion.contentHash);
    },
  },
  {
    // The lead organisation's own endorsement.
    operation: 'withdrawEndorsement',
    async args(w) {
      const open = await letter({ status: 'OPEN' });
      return { input: { endorsementId: (await endorse(open.id, open.currentVersion.contentHash, w.lead)).id } };
    },
  },
  {
    operation: 'withdrawEndorsement',
    variant: "third organisation's",
    args: async () => ({ input: { endorsementId: await thirdEndorsement() } }),
  },
  {
    operation: 'rejectEndorsement',
    args: async () => ({ endorsementId: await thirdEndorsement(), reason: 'Not who they say' }),
  },
  { operation: 'objectToMinorEdit', args: async () => ({ token: await objectionLink() }) },
  {
    // An invitation of the lead organisation's letter to an address: anyone holding its token signs.
    operation: 'signByInvitation',
    async args() {
      const open = await letter({ status: 'OPEN' });
      return { input: guestSigning(await letterInvitation(open.id, { email: `${randomUUID()}@guest.example` }), open) };
    },
  },
  {
    operation: 'reconfirmByLink',
    async args() {
      const guest = await guestSignature();
      return { token: guest.token, contentHash: guest.contentHash, anonymous: true };
    },
  },
  { operation: 'withdrawByLink', args: async () => ({ token: (await guestSignature()).token, reason: 'Not now' }) },
  {
    operation: 'setOpenSignOn',
    args: async () => ({
      letterId: (await letter({ status: 'OPEN', visibility: 'PUBLIC' })).id,
      open: true,
      autoApproveVerified: true,
    }),
  },
  {
    operation: 'setPublication',
    args: async () => ({
      letterId: (await letter({ visibility: 'PUBLIC' })).id,
      publishAt: new Date(Date.now() + 3_600_000).toISOString(),
    }),
  },
  {
    operation: 'requestToSign',
    args: async () => ({
      input: {
        letterId: (await openSignOnLetter()).id,
        email: `${randomUUID()}@guest.example`,
        organisationName: `Asking Group ${randomUUID().slice(0, 8)}`,
        signerName: 'A Guest',
        signerTitle: 'Director',
        authorised: true,
      },
    }),
  },
  { operation: 'confirmSignOn', args: async () => ({ token: await signOnRequest() }) },
  {
    // Signed under a name other than its own: it waits for a lead's approval.
    operation: 'approveEndorsement',
    args: async () => ({ endorsementId: await thirdEndorsement({ displayName: 'A Name Not Its Own' }) }),
  },

  // ---- supporters (petition mode) ----
  {
    operation: 'setPetitionSettings',
    args: async () => ({
      input: {
        letterId: (await letter({ status: 'OPEN', visibility: 'PUBLIC' })).id,
        acceptSupporters: true,
        goal: 50,
      },
    }),
  },
  {
    operation: 'signPetition',
    args: async () => ({
      input: { letterId: (await petition()).id, name: 'A Supporter', email: `${randomUUID()}@supporter.example` },
    }),
  },
  { operation: 'confirmSignature', args: async () => ({ token: await signature() }) },
  { operation: 'withdrawSignature', args: async () => ({ token: await signature('CONFIRMED') }) },
  { operation: 'eraseSupporterData', args: async () => ({ token: await signature('CONFIRMED') }) },
  {
    operation: 'setTargeting',
    args: async () => {
      const open = await petition();
      await world.app.sql.query('UPDATE petition_settings SET ask_postcode = true WHERE letter_id = $1', [open.id]);
      return { input: { letterId: open.id, mode: 'OWN_REPRESENTATIVE', areaType: 'WMC', perTargetPerHour: 20 } };
    },
  },
  {
    operation: 'invalidateSignatures',
    args: async () => ({ input: { letterId: (await petition()).id, emailDomain: 'supporter.example' } }),
  },

  // ---- recipients and delivery ----
  {
    operation: 'addRecipient',
    args: async () => ({
      input: {
        letterId: (await letter({ status: 'OPEN' })).id,
        name: 'Ministry',
        role: 'TO',
        channel: 'EMAIL',
        email: 'minister@recipient.example',
      },
    }),
  },
  {
    operation: 'removeRecipient',
    args: async (w) => ({
      recipientId: await addRecipient(w.app, w.lead.owner, (await letter({ status: 'OPEN' })).id),
    }),
  },
  {
    operation: 'deliverLetter',
    async args(w) {
      const open = await letter({ status: 'OPEN' });
      await addRecipient(w.app, w.lead.owner, open.id);
      return { letterId: open.id };
    },
  },
  {
    // A phone call confirmed that the sent email arrived.
    operation: 'recordDeliveryEvent',
    args: async () => ({ input: { deliveryId: await emailDelivery(), status: 'DELIVERED', note: 'By phone' } }),
  },
  {
    operation: 'retryDelivery',
    args: async () => ({ deliveryId: await emailDelivery('FAILED') }),
  },
  {
    operation: 'recordResponse',
    args: async () => ({ input: { deliveryId: await emailDelivery(), body: 'Thank you for your letter.' } }),
  },

  // ---- subscriptions: the outcome of subscribing (ok: an event arrived) ----
  {
    operation: 'letterCountsChanged',
    args: (w) => ({ letterId: w.main.id }),
    event: (w) => ({
      topic: COUNTS_TOPIC,
      payload: {
        letterId: w.main.id,
        counts: NO_COUNTS,
      },
    }),
  },
  {
    operation: 'letterCountsChanged',
    variant: 'a PUBLIC letter',
    args: (w) => ({ letterId: w.public.id }),
    event: (w) => ({ topic: COUNTS_TOPIC, payload: { letterId: w.public.id, counts: NO_COUNTS } }),
  },
  {
    operation: 'deliveryChanged',
    args: (w) => ({ letterId: w.delivered.id }),
    event: (w) => ({
      topic: DELIVERY_TOPIC,
      payload: { letterId: w.delivered.id, deliveryId: w.delivered.deliveryId },
    }),
  },
];

/** `query($id: ID!) { letter(id: $id) { __typename } }` for the arguments given. */
function documentFor(
  type: string,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  selection = isLeafType(getNamedType(field.type)) ? '' : '{ __typename }',
): string {
  const used = field.args.filter((arg) => arg.name in args);
  const definitions = used.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const call = used.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return (
    `${type.toLowerCase()}${definitions ? `(${definitions})` : ''} ` +
    `{ ${field.name}${call ? `(${call})` : ''} ${selection} }`
  );
}

function rootFields(schema: GraphQLSchema): { type: string; field: GraphQLField<unknown, unknown> }[] {
  return ROOT_TYPES.flatMap((type) => {
    const root = schema.getType(type) as GraphQLObjectType | undefined;
    return root ? Object.values(root.getFields()).map((field) => ({ type, field })) : [];
  });
}

function outcomeOf(response: GqlResponse, scenario: Scenario): string {
  if (response.body.errors?.length) return errorCode(response) ?? 'ERROR';
  if (!response.body.data) return `HTTP_${response.status}`;
  const data = response.body.data[scenario.operation];
  return data === null || (scenario.shows && !scenario.shows(data)) ? 'hidden' : 'ok';
}

/** Subscribes; the outcome is the error's code, or ok once an event (published until heard) arrives. */
async function subscribeOutcome(
  document: string,
  variables: Record<string, unknown>,
  token: string | undefined,
  event: { topic: string; payload: unknown },
): Promise<string> {
  const client = createClient({
    url: `${world.app.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  let outcome: string | undefined;
  const codeOf = (errors: readonly { extensions?: Record<string, unknown> }[]): string =>
    String(errors[0]?.extensions?.code ?? 'ERROR');
  try {
    client.subscribe(
      { query: document, variables },
      {
        next: (message) => (outcome ??= message.errors?.length ? codeOf(message.errors) : 'ok'),
        error: (error) => (outcome ??= Array.isArray(error) ? codeOf(error) : 'CONNECTION_ERROR'),
        complete: () => (outcome ??= 'COMPLETED'),
      },
    );
    // A refusal comes at once; a live subscription hears one of the events published meanwhile.
    await untilSubscribed(world.app.sql, event.topic, event.payload, () => outcome !== undefined);
    return outcome as string;
  } finally {
    await client.dispose();
  }
}

function rowName(type: string, scenario: Scenario): string {
  return `${scenario.field ?? `${type}.${scenario.operation}`}${scenario.variant ? ` (${scenario.variant})` : ''}`;
}

function formatRow(name: string, outcomes: Record<Caller, string>, width: number): string {
  const cells = CALLERS.map((caller) => `${caller}=${outcomes[caller]}`.padEnd(caller.length + 17));
  return `${name.padEnd(width)} ${cells.join(' ')}`.trimEnd();
}

describe('role matrix', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    const person = async (name: string, email: string): Promise<TestUser> => {
      const user = await signUp(app, name, email);
      await verifyDirectly(app, user);
      return user;
    };
    const owner = await person('Lead Owner', `owner@${LEAD_DOMAIN}`);
    const leadOrg = await createOrganisation(app, owner, {
      name: 'Matrix Lead',
      country: 'GB',
      website: `https://${LEAD_DOMAIN}`,
    });
    const users = { OWNER: owner } as Record<Person, TestUser>;
    for (const role of ['MEMBER', 'SIGNATORY', 'COORDINATOR'] as const) {
      users[role] = await person(`Lead ${role}`, `${role.toLowerCase()}@${LEAD_DOMAIN}`);
      await app.sql.query('INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, $3)', [
        leadOrg.id,
        users[role].id,
        role,
      ]);
    }
    users.outsider = await person('Outsider', uniqueEmail('outsider'));
    await createOrganisation(app, users.outsider, { name: 'Outsider Org', country: 'FR' });
    users['co-lead-OWNER'] = await person('Co-lead Owner', uniqueEmail('colead'));
    const coLeadOrg = await createOrganisation(app, users['co-lead-OWNER'], { name: 'Co-lead Org', country: 'DE' });
    const thirdOwner = await person('Third Owner', uniqueEmail('third'));
    const thirdOrg = await createOrganisation(app, thirdOwner, { name: 'Third Org', country: 'US' });

    world = {
      app,
      users,
      lead: { id: leadOrg.id, owner },
      coLead: { id: coLeadOrg.id, owner: users['co-lead-OWNER'] },
      third: { id: thirdOrg.id, owner: thirdOwner },
      account: await signUp(app, 'Account Holder', uniqueEmail('account')),
      member: await person('Lead Member Two', `member2@${LEAD_DOMAIN}`),
      main: { id: '', receipt: '' },
      public: { id: '' },
      delivered: { id: '', deliveryId: '' },
      petition: { id: '' },
      petitionOff: { id: '' },
    };
    await app.sql.query(
      `WITH a AS (INSERT INTO areas (type, code, name) VALUES ('WMC', 'E14001465', 'Sevenoaks') RETURNING type, code),
       p AS (INSERT INTO postcode_areas (postcode, area_type, area_code) SELECT 'BR87RE', type, code FROM a)
       INSERT INTO targets (external_id, name, email, area_type, area_code)
       SELECT 'matrix', 'Matrix Member', 'member@parliament.example', type, code FROM a`,
    );
    const main = await letter({ status: 'OPEN' });
    await letterInvitation(main.id, { organisationId: thirdOrg.id }, 'ACCEPTED');
    const signed = await endorse(main.id, main.currentVersion.contentHash, world.third, { anonymous: true });
    world.main = { id: main.id, receipt: signed.receipt };
    // A supporter's message to their representative about the main letter.
    await app.sql.query(
      `WITH s AS (INSERT INTO signatures (letter_id, status, name, email, email_fingerprint, email_domain,
         confirmed_at, confirmed_version, postcode, area_code)
         VALUES ($1, 'CONFIRMED', 'A Constituent', 'constituent@matrix.example', repeat('a', 64), 'matrix.example',
           now(), 1, 'BR87RE', 'E14001465') RETURNING id)
       INSERT INTO target_messages (letter_id, signature_id, target_id, scheduled_at, message_id, letter_version)
       SELECT $1, s.id, t.id, now() + interval '1 day', '<matrix@undersigned.invalid>', l.current_version
       FROM s, targets t, letters l WHERE l.id = $1 AND t.external_id = 'matrix'`,
      [main.id],
    );
    world.public = { id: (await letter({ status: 'OPEN', visibility: 'PUBLIC' })).id };
    await addRecipient(app, owner, main.id);
    const posted = await app.gql(
      ADD_RECIPIENT,
      { input: { letterId: main.id, name: 'Embassy', role: 'CC', channel: 'POST', postalAddress: '1 Embassy Row' } },
      owner.accessToken,
    );
    expect(posted.body.errors).toBeUndefined();
    world.petition = { id: (await petition()).id };
    await app.sql.query(
      `UPDATE petition_settings SET blocked_email_domains = '{spam.example}', blocked_ip_ranges = '{203.0.113.0/24}'
       WHERE letter_id = $1`,
      [world.petition.id],
    );
    const off = await letter({ status: 'OPEN', visibility: 'PUBLIC' });
    await app.sql.query(`INSERT INTO petition_settings (letter_id, accept_supporters) VALUES ($1, false)`, [off.id]);
    world.petitionOff = { id: off.id };
    const comment = await app.gql(
      COMMENT,
      { input: { versionId: main.currentVersion.id, body: 'Name the detainees.' } },
      users.MEMBER.accessToken,
    );
    expect(comment.body.errors).toBeUndefined();

    const delivered = await letter({ status: 'OPEN' });
    await addRecipient(app, owner, delivered.id);
    const deliveries = await deliverLetter(app, owner, delivered.id);
    world.delivered = { id: delivered.id, deliveryId: deliveries[0].id };
  });
  afterAll(async () => {
    await app.close();
  });

  it('has a scenario for every operation of the schema, and none for an operation it lacks', () => {
    const schema = app.app.get(GraphQLSchemaHost).schema;
    const operations = rootFields(schema)
      .map(({ field }) => field.name)
      .sort();
    expect([...new Set(SCENARIOS.map((s) => s.operation))].sort()).toEqual(operations);
  });

  it('has a row for every lead-only field (@LeadsOnly), and none for a field not declared so', () => {
    const declared = leadsOnlyFields(app).map(({ field }) => field);
    expect(declared.length).toBeGreaterThan(0);
    expect([...new Set(SCENARIOS.flatMap((s) => (s.field ? [s.field] : [])))].sort()).toEqual(declared.sort());
  });

  it('answers every operation for every caller as the snapshot says (review changes to this table)', async () => {
    const schema = app.app.get(GraphQLSchemaHost).schema;
    const fields = new Map(rootFields(schema).map((root) => [root.field.name, root]));
    const rows: { name: string; outcomes: Record<Caller, string> }[] = [];
    // The callers' roles in the organisations that exist before the matrix runs.
    const organisations = (await app.sql.query<{ id: string }>('SELECT id FROM organisations')).rows.map((r) => r.id);
    const standing = async (): Promise<string[]> =>
      (
        await app.sql.query<{ line: string }>(
          `SELECT m.organisation_id || ' ' || m.user_id || ' ' || m.role AS line FROM memberships m
           WHERE m.user_id = ANY($1) AND m.organisation_id = ANY($2) ORDER BY line`,
          [Object.values(world.users).map((user) => user.id), organisations],
        )
      ).rows.map((row) => row.line);
    const before = await standing();
    for (const scenario of SCENARIOS) {
      const root = fields.get(scenario.operation);
      if (!root) continue; // reported by the test above
      const outcomes = {} as Record<Caller, string>;
      for (const caller of CALLERS) {
        const args = await scenario.args(world, caller);
        const document = documentFor(root.type, root.field, args, scenario.selection);
        const token = caller === 'anonymous' ? undefined : world.users[caller].accessToken;
        outcomes[caller] =
          root.type === 'Subscription'
            ? await subscribeOutcome(
                document,
                args,
                token,
                (scenario.event as NonNullable<Scenario['event']>)(world, args),
              )
            : outcomeOf(await app.gql(document, args, token), scenario);
        await scenario.undo?.(world, caller);
      }
      // A scenario must not change who the callers are, or later rows would test something else.
      expect({ after: scenario.operation, standing: await standing() }).toEqual({
        after: scenario.operation,
        standing: before,
      });
      rows.push({ name: rowName(root.type, scenario), outcomes });
    }
    rows.sort((a, b) => a.name.localeCompare(b.name));
    const width = Math.max(...rows.map((row) => row.name.length));
    const table = rows.map((row) => formatRow(row.name, row.outcomes, width)).join('\n');
    expect(`\n${table}\n`).toMatchSnapshot();
  }, 600_000);
});
