import { graphql } from '../gql';
import type { PetitionSettingsInput, SignPetitionInput } from '../gql/graphql';
import type { TestApp } from './test-app';
import type { OrganisationOwner } from './factories';

export const SIGN = graphql(`
  mutation SignPetition($input: SignPetitionInput!) {
    signPetition(input: $input)
  }
`);

export const CONFIRM = graphql(`
  mutation ConfirmSignature($token: String!) {
    confirmSignature(token: $token) {
      id
      status
      name
      confirmedAt
    }
  }
`);

export const SET_PETITION = graphql(`
  mutation SetPetitionSettings($input: PetitionSettingsInput!) {
    setPetitionSettings(input: $input) {
      id
      goal
    }
  }
`);

export type Signer = Omit<SignPetitionInput, 'letterId'>;

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
  const { status, body } = await app.gql(SIGN, { input: { letterId, ...signer } }, undefined, {
    'X-Forwarded-For': ip,
  });
  return { status, body };
}

export async function setPetition(
  app: TestApp,
  lead: OrganisationOwner,
  input: PetitionSettingsInput,
): Promise<{ id: string; goal: number | null }> {
  const response = await app.gql(SET_PETITION, { input }, lead.token);
  if (!response.body.data) throw new Error(`setPetitionSettings failed: ${response.text}`);
  return response.body.data.setPetitionSettings;
}

const SUPPORTER_COUNT = graphql(`
  query SupporterCount($id: ID!) {
    letter(id: $id) {
      counts {
        supporters
      }
    }
  }
`);

/** The folded supporter count, as the public reads it. */
export async function supporterCount(app: TestApp, letterId: string): Promise<number> {
  const response = await app.gql(SUPPORTER_COUNT, { id: letterId });
  return response.body.data?.letter?.counts.supporters ?? -1;
}
