import { graphql } from '../gql';
import type {
  AddRecipientInput,
  CreateLetterInput,
  CreateOrganisationInput,
  EndorseInput,
  EndorseLetterMutation,
  EndorseLetterMutationVariables,
  ReviseLetterInput,
  ReviseLetterMutation,
  TestLetterFieldsFragment,
} from '../gql/graphql';
import type { TestApp } from './test-app';

/**
 * The factories every test builds its world with: each knows the shape of one mutation, throws
 * (failing the test) when it is refused, and answers what the next step needs. A test that is about
 * one of these mutations calls it itself, to assert on its answer.
 */

let counter = 0;

export interface TestUser {
  id: string;
  email: string;
  accessToken: string;
  refreshToken: string;
}

/** Whoever calls: a user, or an organisation's owner or member (which carry their token). */
export type Actor = { accessToken: string } | { token: string };

export function tokenOf(actor: Actor): string {
  return 'accessToken' in actor ? actor.accessToken : actor.token;
}

export const PASSWORD = 'correct horse battery staple';

export function uniqueEmail(prefix = 'user'): string {
  counter += 1;
  return `${prefix}.${process.pid}.${counter}@example.org`;
}

export const SIGN_UP = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input)
  }
`);

export const LOG_IN = graphql(`
  mutation FactoryLogIn($input: LogInInput!) {
    logIn(input: $input) {
      accessToken
      refreshToken
      user {
        id
      }
    }
  }
`);

/**
 * Every test user signs up through here: the one place that knows the shape of `signUp`. Signs up and logs in. The address is marked verified directly unless `verified` is false (the
 * verification flow itself is tested in accounts): unverified accounts may not act for organisations.
 */
export async function signUp(
  app: TestApp,
  name = 'Test User',
  email = uniqueEmail(),
  { verified = true }: { verified?: boolean } = {},
): Promise<TestUser> {
  const signedUp = await app.gql(SIGN_UP, { input: { email, password: PASSWORD, name } });
  if (signedUp.body.data?.signUp !== true) throw new Error(`signUp failed: ${signedUp.text}`);
  if (verified) await app.sql.query('UPDATE users SET email_verified_at = now() WHERE email = lower($1)', [email]);
  const response = await app.gql(LOG_IN, { input: { email, password: PASSWORD } });
  const payload = response.body.data?.logIn;
  if (!payload) throw new Error(`logIn failed: ${response.text}`);
  return { id: payload.user.id, email, accessToken: payload.accessToken, refreshToken: payload.refreshToken };
}

export const CREATE_ORGANISATION = graphql(`
  mutation FactoryCreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      slug
    }
  }
`);

export async function createOrganisation(
  app: TestApp,
  owner: TestUser,
  input: CreateOrganisationInput,
): Promise<{ id: string; slug: string }> {
  const response = await app.gql(CREATE_ORGANISATION, { input }, owner.accessToken);
  const organisation = response.body.data?.createOrganisation;
  if (!organisation) throw new Error(`createOrganisation failed: ${response.text}`);
  return organisation;
}

/** How many versions the letter has: a refused revision adds none. */
export async function versionCount(app: TestApp, letterId: string): Promise<number> {
  const { rows } = await app.sql.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM letter_versions WHERE letter_id = $1',
    [letterId],
  );
  return rows[0].n;
}

/** Counts rows of a table, for asserting that a refused request wrote nothing. */
export async function countRows(app: TestApp, table: string): Promise<number> {
  const { rows } = await app.sql.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
  return Number(rows[0].n);
}

graphql(`
  fragment TestLetterFields on Letter {
    id
    slug
    title
    status
    visibility
    endorsementDeadline
    currentVersion {
      id
      number
      contentHash
    }
    leadOrganisations {
      id
    }
  }
`);

export type TestLetter = TestLetterFieldsFragment;

export const CREATE_LETTER = graphql(`
  mutation FactoryCreateLetter($input: CreateLetterInput!) {
    createLetter(input: $input) {
      ...TestLetterFields
    }
  }
`);

export async function createLetter(
  app: TestApp,
  author: TestUser,
  leadOrganisationId: string,
  input: Partial<CreateLetterInput> = {},
): Promise<TestLetter> {
  const response = await app.gql(
    CREATE_LETTER,
    {
      input: {
        title: 'Raise the cases of the detained',
        body: 'Dear Secretary,\n\nWe ask you to raise their cases.\n\nSincerely,',
        leadOrganisationId,
        visibility: 'PRIVATE',
        ...input,
      },
    },
    author.accessToken,
  );
  const letter = response.body.data?.createLetter;
  if (!letter) throw new Error(`createLetter failed: ${response.text}`);
  return letter;
}

/** Marks the user's email verified directly (the verification flow itself is tested in accounts). */
export async function verifyDirectly(app: TestApp, user: TestUser): Promise<void> {
  await app.sql.query('UPDATE users SET email_verified_at = now() WHERE id = $1', [user.id]);
}

export const ENDORSE_LETTER = graphql(`
  mutation EndorseLetter($input: EndorseInput!) {
    endorseLetter(input: $input) {
      id
      status
      contentHash
      displayName
      anonymous
      signedAt
      receipt
      organisation {
        id
      }
    }
  }
`);

/** The text of ENDORSE_LETTER, for the callers that still write their own result type. */
export const ENDORSE = ENDORSE_LETTER.toString();

export type EndorseResult = EndorseLetterMutation['endorseLetter'];

export function endorseInput(
  letterId: string,
  organisationId: string,
  contentHash: string,
  extra: Partial<EndorseInput> = {},
): EndorseLetterMutationVariables {
  return { input: { letterId, organisationId, contentHash, signerName: 'Signer', signerTitle: 'Director', ...extra } };
}

/** Signs for `who`'s organisation and returns the endorsement; fails the test on any error. */
export async function endorseAs(
  app: TestApp,
  who: { user: TestUser; org: { id: string } },
  letterId: string,
  hash: string,
  extra: Partial<EndorseInput> = {},
): Promise<EndorseResult> {
  const response = await app.gql(ENDORSE_LETTER, endorseInput(letterId, who.org.id, hash, extra), who.user.accessToken);
  if (!response.body.data?.endorseLetter) throw new Error(`endorseLetter failed: ${response.text}`);
  return response.body.data.endorseLetter;
}

/** A verified user who OWNs a fresh organisation: the usual actor of a test. */
export interface OrganisationOwner {
  token: string;
  userId: string;
  email: string;
  organisationId: string;
  organisationSlug: string;
  /** The same user, for the helpers that take a TestUser. */
  user: TestUser;
}

export async function organisationWithOwner(
  app: TestApp,
  { name = `Organisation ${uniqueEmail('org').split('@')[0]}`, country }: { name?: string; country?: string } = {},
): Promise<OrganisationOwner> {
  const user = await signUp(app, `Owner of ${name}`);
  await verifyDirectly(app, user);
  const organisation = await createOrganisation(app, user, { name, ...(country ? { country } : {}) });
  return {
    token: user.accessToken,
    userId: user.id,
    email: user.email,
    organisationId: organisation.id,
    organisationSlug: organisation.slug,
    user,
  };
}

export interface OrganisationMember {
  token: string;
  userId: string;
  email: string;
  membershipId: string;
  user: TestUser;
}

/**
 * A verified user with `role` in the organisation. The membership is written directly: the
 * invitation flow itself is tested in organisations.e2e-spec.ts.
 */
export async function memberOf(
  app: TestApp,
  organisation: { organisationId: string },
  role: string,
): Promise<OrganisationMember> {
  const user = await signUp(app, `${role.toLowerCase()} member`);
  await verifyDirectly(app, user);
  const { rows } = await app.sql.query<{ id: string }>(
    `INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, $3) RETURNING id`,
    [organisation.organisationId, user.id, role],
  );
  return { token: user.accessToken, userId: user.id, email: user.email, membershipId: rows[0].id, user };
}

export const OPEN_LETTER = graphql(`
  mutation FactoryOpenLetter($letterId: ID!) {
    openLetter(letterId: $letterId) {
      id
    }
  }
`);

/** Opens a DRAFT letter for endorsement, as its lead (`actor`) does. */
export async function openDraft(app: TestApp, actor: Actor, letterId: string): Promise<void> {
  const opened = await app.gql(OPEN_LETTER, { letterId }, tokenOf(actor));
  if (opened.body.errors) throw new Error(`openLetter failed: ${opened.text}`);
}

export const REVISE_LETTER = graphql(`
  mutation ReviseLetter($input: ReviseLetterInput!) {
    reviseLetter(input: $input) {
      id
      number
      contentHash
    }
  }
`);

/** Revises the letter as `actor` (a lead); answers the new version. */
export async function reviseLetter(
  app: TestApp,
  actor: Actor,
  input: ReviseLetterInput,
): Promise<ReviseLetterMutation['reviseLetter']> {
  const response = await app.gql(REVISE_LETTER, { input }, tokenOf(actor));
  if (!response.body.data) throw new Error(`reviseLetter failed: ${response.text}`);
  return response.body.data.reviseLetter;
}

export interface OpenLetter {
  letterId: string;
  slug: string;
  contentHash: string;
  versionId: string;
}

/** A letter led by `lead`'s organisation, created and opened for endorsement. */
export async function openLetter(
  app: TestApp,
  lead: OrganisationOwner,
  input: { visibility?: 'PUBLIC' | 'PRIVATE'; body?: string; title?: string; endorsementDeadline?: string } = {},
): Promise<OpenLetter> {
  const letter = await createLetter(app, lead.user, lead.organisationId, { visibility: 'PUBLIC', ...input });
  await openDraft(app, lead, letter.id);
  return {
    letterId: letter.id,
    slug: letter.slug,
    contentHash: letter.currentVersion.contentHash,
    versionId: letter.currentVersion.id,
  };
}

export const ADD_RECIPIENT = graphql(`
  mutation FactoryAddRecipient($input: AddRecipientInput!) {
    addRecipient(input: $input) {
      id
    }
  }
`);

/** Adds a recipient to the letter (by default the Foreign Office, by email); answers its id. */
export async function addRecipient(
  app: TestApp,
  actor: Actor,
  letterId: string,
  recipient: Omit<AddRecipientInput, 'letterId'> = {
    name: 'Foreign Office',
    role: 'TO',
    channel: 'EMAIL',
    email: 'office@recipient.example',
  },
): Promise<string> {
  const response = await app.gql(ADD_RECIPIENT, { input: { letterId, ...recipient } }, tokenOf(actor));
  if (!response.body.data) throw new Error(`addRecipient failed: ${response.text}`);
  return response.body.data.addRecipient.id;
}

export const DELIVER_LETTER = graphql(`
  mutation FactoryDeliverLetter($letterId: ID!) {
    deliverLetter(letterId: $letterId) {
      id
      messageId
    }
  }
`);

/** Delivers the letter to its recipients (which closes it); answers one delivery per recipient. */
export async function deliverLetter(
  app: TestApp,
  actor: Actor,
  letterId: string,
): Promise<{ id: string; messageId: string | null }[]> {
  const response = await app.gql(DELIVER_LETTER, { letterId }, tokenOf(actor));
  if (!response.body.data) throw new Error(`deliverLetter failed: ${response.text}`);
  return response.body.data.deliverLetter;
}
