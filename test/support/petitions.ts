import request from 'supertest';
import type { TestApp } from './test-app';
import type { OrganisationOwner } from './factories';

export const SIGN = `mutation($input: SignPetitionInput!) { signPetition(input: $input) }`;
export const CONFIRM = `mutation($token: String!) { confirmSignature(token: $token) { id status name confirmedAt } }`;
export const SET_PETITION = `mutation($input: PetitionSettingsInput!) { setPetitionSettings(input: $input) { id goal } }`;

export interface Signer {
  name: string;
  email: string;
  country?: string;
  postcode?: string;
  ageConfirmed?: boolean;
  consent?: boolean;
  showName?: boolean;
}

/** signPetition as a member of the public at `ip` (the app trusts X-Forwarded-For: TRUST_PROXY=1). */
export async function signAs(
  app: TestApp,
  letterId: string,
  signer: Signer,
  ip = '198.51.100.7',
): Promise<{
  status: number;
  body: { data?: { signPetition: boolean } | null; errors?: { extensions?: { code?: string } }[] };
}> {
  const response = await request(app.url)
    .post('/graphql')
    .set('Content-Type', 'application/json')
    .set('X-Forwarded-For', ip)
    .send({ query: SIGN, variables: { input: { letterId, ...signer } } });
  return { status: response.status, body: response.body };
}

export async function setPetition(
  app: TestApp,
  lead: OrganisationOwner,
  input: Record<string, unknown>,
): Promise<{ id: string; goal: number | null }> {
  const response = await app.gql<{ setPetitionSettings: { id: string; goal: number | null } }>(
    SET_PETITION,
    { input },
    lead.token,
  );
  if (!response.body.data) throw new Error(`setPetitionSettings failed: ${response.text}`);
  return response.body.data.setPetitionSettings;
}

/** The folded supporter count, as the public reads it. */
export async function supporterCount(app: TestApp, letterId: string): Promise<number> {
  const response = await app.gql<{ letter: { counts: { supporters: number } } }>(
    `query($id: ID!) { letter(id: $id) { counts { supporters } } }`,
    { id: letterId },
  );
  return response.body.data?.letter.counts.supporters ?? -1;
}
