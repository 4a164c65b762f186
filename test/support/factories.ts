import type { TestApp } from './test-app';

let counter = 0;

export interface TestUser {
  id: string;
  email: string;
  accessToken: string;
  refreshToken: string;
}

export const PASSWORD = 'correct horse battery staple';

export function uniqueEmail(prefix = 'user'): string {
  counter += 1;
  return `${prefix}.${process.pid}.${counter}@example.org`;
}

/**
 * Signs up and logs in. The address is marked verified directly unless `verified` is false (the
 * verification flow itself is tested in accounts): unverified accounts may not act for organisations.
 */
export async function signUp(
  app: TestApp,
  name = 'Test User',
  email = uniqueEmail(),
  { verified = true }: { verified?: boolean } = {},
): Promise<TestUser> {
  const signedUp = await app.gql<{ signUp: boolean }>(`mutation($input: SignUpInput!) { signUp(input: $input) }`, {
    input: { email, password: PASSWORD, name },
  });
  if (signedUp.body.data?.signUp !== true) throw new Error(`signUp failed: ${signedUp.text}`);
  if (verified) await app.sql.query('UPDATE users SET email_verified_at = now() WHERE email = lower($1)', [email]);
  const response = await app.gql<{ logIn: { accessToken: string; refreshToken: string; user: { id: string } } }>(
    `mutation($input: LogInInput!) { logIn(input: $input) { accessToken refreshToken user { id } } }`,
    { input: { email, password: PASSWORD } },
  );
  const payload = response.body.data?.logIn;
  if (!payload) throw new Error(`logIn failed: ${response.text}`);
  return { id: payload.user.id, email, accessToken: payload.accessToken, refreshToken: payload.refreshToken };
}

export async function createOrganisation(
  app: TestApp,
  owner: TestUser,
  input: { name: string; country?: string; website?: string; description?: string },
): Promise<{ id: string; slug: string }> {
  const response = await app.gql<{ createOrganisation: { id: string; slug: string } }>(
    `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id slug } }`,
    { input },
    owner.accessToken,
  );
  const organisation = response.body.data?.createOrganisation;
  if (!organisation) throw new Error(`createOrganisation failed: ${response.text}`);
  return organisation;
}

/** Counts rows of a table, for asserting that a refused request wrote nothing. */
export async function countRows(app: TestApp, table: string): Promise<number> {
  const { rows } = await app.sql.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
  return Number(rows[0].n);
}

export const LETTER_FIELDS = `id slug title status visibility endorsementDeadline
  currentVersion { id number contentHash } leadOrganisations { id }`;

export interface TestLetter {
  id: string;
  slug: string;
  currentVersion: { id: string; number: number; contentHash: string };
}

export async function createLetter(
  app: TestApp,
  author: TestUser,
  leadOrganisationId: string,
  input: Record<string, unknown> = {},
): Promise<TestLetter> {
  const response = await app.gql<{ createLetter: TestLetter }>(
    `mutation($input: CreateLetterInput!) { createLetter(input: $input) { ${LETTER_FIELDS} } }`,
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

export const ENDORSE = `mutation($input: EndorseInput!) { endorseLetter(input: $input) {
  id status contentHash displayName anonymous signedAt receipt organisation { id } } }`;

export interface EndorseResult {
  id: string;
  status: string;
  contentHash: string;
  receipt: string;
  signedAt: string;
}

export function endorseInput(
  letterId: string,
  organisationId: string,
  contentHash: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { input: { letterId, organisationId, contentHash, signerName: 'Signer', signerTitle: 'Director', ...extra } };
}
