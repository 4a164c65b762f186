import { useQuery } from 'urql';
import { Diff, ErrorNote, Loading } from '../../../ui';
import { ManageDiff } from '../graphql';

/** What changed since the version signed, read with the manage link's token. */
export function ManageChanges({ token, from, to }: { token: string; from: number; to: number }) {
  const [result] = useQuery({ query: ManageDiff, variables: { token, from, to } });
  if (!result.data) return result.error ? <ErrorNote error={result.error} /> : <Loading />;
  return <Diff text={result.data.endorsementByLink.letter.diff} />;
}
