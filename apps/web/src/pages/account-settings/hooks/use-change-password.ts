import { graphql } from '../../../gql';
import { useReauthenticatedMutation } from '../../../hooks/use-reauthenticated-mutation';

const ChangePassword = graphql(`
  mutation ChangePassword($currentPassword: String!, $password: String!) {
    changePassword(currentPassword: $currentPassword, password: $password)
  }
`);

/** changePassword, asking the person to confirm who they are first when the API wants it. */
export const useChangePassword = () => useReauthenticatedMutation(ChangePassword);
