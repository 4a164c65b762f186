import { useQuery } from 'urql';
import { Diff, ErrorNote, Loading } from '../../../ui';
import { DiffQuery } from '../graphql';

/** The changes between two versions of the letter's text. */
export function VersionDiff({ slug, from, to }: { slug: string; from: number; to: number }) {
  const [result] = useQuery({ query: DiffQuery, variables: { slug, from, to } });
  if (!result.data) return result.error ? <ErrorNote error={result.error} /> : <Loading />;
  return <Diff text={result.data.letter?.diff ?? ''} />;
}
