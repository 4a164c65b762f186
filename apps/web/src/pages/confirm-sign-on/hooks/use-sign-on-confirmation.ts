import { useMutation, useQuery } from 'urql';
import { ConfirmSignOn, SignOnRequestByLink } from '../graphql';

/** The request of the confirmation link (read, changing nothing), and confirmSignOn on the press. */
export function useSignOnConfirmation(token: string) {
  const [result] = useQuery({ query: SignOnRequestByLink, variables: { token }, pause: !token });
  const [confirmed, confirmMutation] = useMutation(ConfirmSignOn);
  const confirm = () => void confirmMutation({ token });
  return { result, confirmed, confirm };
}
