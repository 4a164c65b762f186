import { formatDate, Select } from '../../../ui';
import type { WorkspaceLetter } from '../graphql';
import { useVersionComparison } from '../hooks/use-version-comparison';
import { VersionDiff } from './version-diff';

/** The letter's versions, and the changes between any two of them. */
export function Versions({ letter }: { letter: WorkspaceLetter }) {
  const { from, setFrom, to, setTo, show, setShow } = useVersionComparison(letter.versions.map((v) => v.number));
  if (letter.versions.length < 2) return null;
  const options = letter.versions.map((v) => ({
    value: String(v.number),
    label: `Version ${v.number}${v.material ? '' : ' (minor)'} · ${formatDate(v.createdAt)}`,
  }));
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">Versions</h2>
      <ol>
        {letter.versions.map((v) => (
          <li key={v.id}>
            Version {v.number} · {formatDate(v.createdAt)} {v.material ? '' : '(minor edit)'}{' '}
            {v.note && <q dir="auto">{v.note}</q>}
          </li>
        ))}
      </ol>
      <div className="row">
        <Select label="Compare" value={String(from)} onChange={(v) => setFrom(Number(v))} options={options} />
        <Select label="with" value={String(to)} onChange={(v) => setTo(Number(v))} options={options} />
        <button type="button" onClick={() => setShow(true)}>
          Show the changes
        </button>
      </div>
      {show && <VersionDiff slug={letter.slug} from={from} to={to} />}
    </section>
  );
}
