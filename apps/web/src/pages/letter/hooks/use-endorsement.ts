import { useMutation } from 'urql';
import { Endorse, Withdraw } from '../graphql';

/** endorseLetter and withdrawEndorsement; `onChange` runs after each that succeeds. */
export function useEndorsement(onChange: () => void) {
  const [signed, endorseNow] = useMutation(Endorse);
  const [withdrawn, withdrawNow] = useMutation(Withdraw);
  const endorse = async (variables: Parameters<typeof endorseNow>[0]) => {
    const response = await endorseNow(variables);
    if (response.data) onChange();
    return response;
  };
  const withdraw = async (variables: Parameters<typeof withdrawNow>[0]) => {
    const response = await withdrawNow(variables);
    if (response.data) onChange();
    return response;
  };
  return { signed, endorse, withdrawn, withdraw };
}
