import { useQuery } from 'urql';
import { Diff, ErrorNote, Loading } from '../../../ui';
import { InvitationDiff } from '../graphql';

/** What changed between the version the guest read and the current one, read with the invitation's token. */
export function InvitationChanges({ token, from, to }: { token: string; from: number; to: number }) {
  const [result] = useQuery({ query: InvitationDiff, variables: { token, from, to } });
  if (!result.data) return result.error ? <ErrorNote error={result.error} /> : <Loading />;
  return <Diff text={result.data.invitationByLink.letter.diff} />;
}
