import { useState } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import type { LetterTranslationsQuery } from '../../../../gql/graphql';
import { languageName, textAttributes } from '../../../../text-language';
import { ErrorNote, formatDate, Loading } from '../../../../ui';
import { VersionDiff } from '../../components/version-diff';
import type { WorkspaceLetter } from '../../graphql';
import { ApproveTranslation, DeleteTranslation } from '../graphql';
import { DASHBOARD_ENUMS } from '../status-messages';
import { useLetterTranslations } from '../hooks/use-letter-translations';
import { TranslationForm } from './translation-form';

type Row = NonNullable<LetterTranslationsQuery['letter']>['translations'][number];

const WORDS = defineMessages({
  INVALID_STATE: {
    id: 'letter.translations.error.outdated',
    defaultMessage: 'The original changed since this translation: edit it on the current version, then approve it.',
  },
  FORBIDDEN: {
    id: 'letter.translations.error.forbidden',
    defaultMessage: 'Only the lead organisations’ owners and coordinators approve translations.',
  },
});

/**
 * The letter's translations for its leads: each with its status, translator and the version it
 * translates; adding and editing (a DRAFT), approving, deleting; for an OUTDATED one, what the
 * original changed since. Only APPROVED ones are published and go into the edition.
 */
export function Translations({ letter }: { letter: WorkspaceLetter }) {
  const intl = useIntl();
  const words = Object.fromEntries(Object.entries(WORDS).map(([code, message]) => [code, intl.formatMessage(message)]));
  const name = (tag: string) => languageName(tag, intl.locale);
  const { result, refresh } = useLetterTranslations(letter);
  const [approved, approve] = useMutation(ApproveTranslation);
  const [deleted, remove] = useMutation(DeleteTranslation);
  const [editing, setEditing] = useState<string | null>(null);
  const data = result.data?.letter;
  if (!data) return result.error ? <ErrorNote error={result.error} /> : <Loading />;
  const current = data.currentVersion.number;
  const editable = letter.status !== 'DELIVERED';
  return (
    <section aria-labelledby="translations-heading">
      <h3 id="translations-heading">
        <FormattedMessage id="letter.translations.heading" defaultMessage="Translations" />
      </h3>
      <p>
        <FormattedMessage
          id="letter.translations.intro"
          defaultMessage="The original in {language} is the text organisations sign. Translations are for reading: once approved, they show on the public page and go into the delivered edition."
          values={{ language: name(data.language) }}
        />
      </p>
      {data.translations.length === 0 ? (
        <p>
          <FormattedMessage id="letter.translations.none" defaultMessage="No translation yet." />
        </p>
      ) : (
        <ul className="translations" data-testid="translations">
          {data.translations.map((t) => (
            <li key={t.id} className="card" data-language={t.language}>
              <p>
                <FormattedMessage
                  id="letter.translations.language"
                  defaultMessage="{name} ({tag}) {status}"
                  values={{
                    name: <strong>{name(t.language)}</strong>,
                    tag: t.language,
                    status: (
                      <span className="tag" data-testid="translation-status">
                        {intl.formatMessage(DASHBOARD_ENUMS.translationStatus, { status: t.status })}
                      </span>
                    ),
                  }}
                />
              </p>
              <p {...textAttributes(t.language)}>{t.title}</p>
              <p className="meta">
                <FormattedMessage
                  id="letter.translations.meta"
                  defaultMessage="{named, select, yes {Translated by <bdi>{translator}</bdi>} other {Translator not named}} · based on version {version}{approved, select, yes { · approved {date}} other {}}"
                  values={{
                    named: t.translator ? 'yes' : 'no',
                    translator: t.translator,
                    version: t.basedOnVersion,
                    approved: t.approvedAt && t.status === 'APPROVED' ? 'yes' : 'no',
                    date: formatDate(t.approvedAt),
                    bdi: (chunks) => <bdi>{chunks}</bdi>,
                  }}
                />
              </p>
              {t.status === 'OUTDATED' && (
                <div className="card warn" data-testid="outdated-diff">
                  <p>
                    <FormattedMessage
                      id="letter.translations.outdated"
                      defaultMessage="The original changed since version {version}: this translation is not published until it is brought up to date, saved and approved again. What changed:"
                      values={{ version: t.basedOnVersion }}
                    />
                  </p>
                  <VersionDiff slug={letter.slug} from={t.basedOnVersion} to={current} />
                </div>
              )}
              {editable && (
                <div className="row">
                  {t.status === 'DRAFT' && (
                    <button
                      type="button"
                      disabled={approved.fetching}
                      onClick={async () => {
                        const response = await approve({ translationId: t.id });
                        if (response.data) refresh();
                      }}
                    >
                      <FormattedMessage
                        id="letter.approve"
                        defaultMessage="Approve <hidden>{name}</hidden>"
                        values={{
                          name: name(t.language),
                          hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                        }}
                      />
                    </button>
                  )}
                  <button
                    type="button"
                    className="secondary"
                    aria-expanded={editing === t.id}
                    onClick={() => setEditing(editing === t.id ? null : t.id)}
                  >
                    <FormattedMessage
                      id="letter.translations.edit"
                      defaultMessage="Edit <hidden>{name}</hidden>"
                      values={{
                        name: name(t.language),
                        hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                      }}
                    />
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={deleted.fetching}
                    onClick={async () => {
                      const question = intl.formatMessage(
                        {
                          id: 'letter.translations.deleteConfirm',
                          defaultMessage: 'Delete the translation into {name}?',
                        },
                        { name: name(t.language) },
                      );
                      if (!confirm(question)) return;
                      const response = await remove({ translationId: t.id });
                      if (response.data) refresh();
                    }}
                  >
                    <FormattedMessage
                      id="letter.translations.delete"
                      defaultMessage="Delete <hidden>{name}</hidden>"
                      values={{
                        name: name(t.language),
                        hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                      }}
                    />
                  </button>
                </div>
              )}
              {editing === t.id && (
                <TranslationForm
                  letterId={letter.id}
                  editing={toDraft(t)}
                  onSaved={() => {
                    setEditing(null);
                    refresh();
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorNote error={approved.error ?? deleted.error} words={words} />
      {editable && <TranslationForm letterId={letter.id} onSaved={refresh} />}
    </section>
  );
}

function toDraft(t: Row) {
  return { language: t.language, title: t.title, body: t.body, translator: t.translator ?? '' };
}

/** Before delivering: the translations the edition will leave out (DRAFT and OUTDATED ones). */
export function TranslationsLeftOut({ letter }: { letter: WorkspaceLetter }) {
  const intl = useIntl();
  const { result } = useLetterTranslations(letter);
  const left = (result.data?.letter?.translations ?? []).filter((t) => t.status !== 'APPROVED');
  if (!left.length) return null;
  return (
    <p className="card warn" data-testid="translations-left-out">
      <FormattedMessage
        id="letter.translations.leftOut"
        defaultMessage="Not approved, so left out of the delivered edition: {list}. Approve them first to deliver them with the letter."
        values={{
          list: left
            .map((t) =>
              intl.formatMessage(
                { id: 'letter.translations.leftOutItem', defaultMessage: '{name} ({tag}), {status}' },
                {
                  name: languageName(t.language, intl.locale),
                  tag: t.language,
                  status: intl.formatMessage(DASHBOARD_ENUMS.translationStatus, { status: t.status }),
                },
              ),
            )
            .join(intl.formatMessage({ id: 'ui.listSeparator', defaultMessage: ', ' })),
        }}
      />
    </p>
  );
}
