import { randomUUID } from 'node:crypto';
import * as argon2 from 'argon2';
import type { TestApp } from './test-app';
import { graphql } from '../gql';

const LOG_IN = graphql(`
  mutation EdgeLogIn($input: LogInInput!) {
    logIn(input: $input) {
      accessToken
    }
  }
`);
const CREATE_ORGANISATION = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
    }
  }
`);
const CREATE_LETTER = graphql(`
  mutation CreateLetter($input: CreateLetterInput!) {
    createLetter(input: $input) {
      id
      slug
      currentVersion {
        id
      }
    }
  }
`);

/** Actors for the edge tests, built without the sign-up flow (whose answer changes in stage 2). */
export interface EdgeUser {
  id: string;
  email: string;
  accessToken: string;
}

const PASSWORD = 'edge case password 0123';

/** A user whose email is verified, logged in. */
export async function verifiedUser(app: TestApp, name = 'Edge User'): Promise<EdgeUser> {
  const email = `edge.${randomUUID()}@example.org`;
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
  const { rows } = await app.sql.query<{ id: string }>(
    'INSERT INTO users (email, name, password_hash, email_verified_at) VALUES ($1, $2, $3, now()) RETURNING id',
    [email, name, hash],
  );
  const response = await app.gql(LOG_IN, { input: { email, password: PASSWORD } });
  const accessToken = response.body.data?.logIn.accessToken;
  if (!accessToken) throw new Error(`logIn failed: ${response.text}`);
  return { id: rows[0].id, email, accessToken };
}

export async function organisationOf(app: TestApp, owner: EdgeUser, name = 'Edge Watch'): Promise<string> {
  const response = await app.gql(CREATE_ORGANISATION, { input: { name } }, owner.accessToken);
  const id = response.body.data?.createOrganisation.id;
  if (!id) throw new Error(`createOrganisation failed: ${response.text}`);
  return id;
}

export interface EdgeLetter {
  id: string;
  slug: string;
  versionId: string;
}

export async function letterOf(
  app: TestApp,
  author: EdgeUser,
  leadOrganisationId: string,
  input: Record<string, unknown> = {},
): Promise<EdgeLetter> {
  const response = await app.gql(
    CREATE_LETTER,
    {
      input: {
        title: 'Free the detained',
        body: 'Dear Minister,\n\nWe ask you to act.',
        leadOrganisationId,
        visibility: 'PRIVATE',
        ...input,
      },
    },
    author.accessToken,
  );
  const letter = response.body.data?.createLetter;
  if (!letter) throw new Error(`createLetter failed: ${response.text}`);
  return { id: letter.id, slug: letter.slug, versionId: letter.currentVersion.id };
}
