import { graphql } from '../../../gql';
import { useReauthenticatedMutation } from '../../../hooks/use-reauthenticated-mutation';

const ChangeEmail = graphql(`
  mutation ChangeEmail($email: String!) {
    changeEmail(email: $email)
  }
`);

/** changeEmail, asking the person to confirm who they are first when the API wants it. */
export const useChangeEmail = () => useReauthenticatedMutation(ChangeEmail);
