import { FormattedMessage, useIntl } from 'react-intl';
import { formatDate, Select } from '../../../ui';
import type { WorkspaceLetter } from '../graphql';
import { useVersionComparison } from '../hooks/use-version-comparison';
import { VersionDiff } from './version-diff';

/** The letter's versions, and the changes between any two of them. */
export function Versions({ letter }: { letter: WorkspaceLetter }) {
  const intl = useIntl();
  const { from, setFrom, to, setTo, show, setShow } = useVersionComparison(letter.versions.map((v) => v.number));
  if (letter.versions.length < 2) return null;
  const options = letter.versions.map((v) => ({
    value: String(v.number),
    label: intl.formatMessage(
      {
        id: 'letter.versions.option',
        defaultMessage: 'Version {number}{minor, select, yes { (minor)} other {}} · {date}',
      },
      { number: v.number, minor: v.material ? 'no' : 'yes', date: formatDate(v.createdAt) },
    ),
  }));
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">
        <FormattedMessage id="letter.versions.heading" defaultMessage="Versions" />
      </h2>
      <ol>
        {letter.versions.map((v) => (
          <li key={v.id}>
            <FormattedMessage
              id="letter.versions.item"
              defaultMessage="Version {number} · {date} {minor, select, yes {(minor edit)} other {}} {note}"
              values={{
                number: v.number,
                date: formatDate(v.createdAt),
                minor: v.material ? 'no' : 'yes',
                note: v.note ? <q dir="auto">{v.note}</q> : '',
              }}
            />
          </li>
        ))}
      </ol>
      <div className="row">
        <Select
          label={intl.formatMessage({ id: 'letter.versions.compare', defaultMessage: 'Compare' })}
          value={String(from)}
          onChange={(v) => setFrom(Number(v))}
          options={options}
        />
        <Select
          label={intl.formatMessage({ id: 'letter.versions.with', defaultMessage: 'with' })}
          value={String(to)}
          onChange={(v) => setTo(Number(v))}
          options={options}
        />
        <button type="button" onClick={() => setShow(true)}>
          <FormattedMessage id="letter.versions.show" defaultMessage="Show the changes" />
        </button>
      </div>
      {show && <VersionDiff slug={letter.slug} from={from} to={to} />}
    </section>
  );
}
