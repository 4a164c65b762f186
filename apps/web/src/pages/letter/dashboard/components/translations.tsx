import { useState } from 'react';
import { useMutation } from 'urql';
import type { LetterTranslationsQuery } from '../../../../gql/graphql';
import { languageName, textAttributes } from '../../../../text-language';
import { ErrorNote, formatDate, Loading } from '../../../../ui';
import { VersionDiff } from '../../components/version-diff';
import type { WorkspaceLetter } from '../../graphql';
import { ApproveTranslation, DeleteTranslation } from '../graphql';
import { useLetterTranslations } from '../hooks/use-letter-translations';
import { TranslationForm } from './translation-form';

type Row = NonNullable<LetterTranslationsQuery['letter']>['translations'][number];

const STATUS = { DRAFT: 'draft', APPROVED: 'approved', OUTDATED: 'outdated' } as const;

const WORDS = {
  INVALID_STATE: 'The original changed since this translation: edit it on the current version, then approve it.',
  FORBIDDEN: 'Only the lead organisations’ owners and coordinators approve translations.',
};

/**
 * The letter's translations for its leads: each with its status, translator and the version it
 * translates; adding and editing (a DRAFT), approving, deleting; for an OUTDATED one, what the
 * original changed since. Only APPROVED ones are published and go into the edition.
 */
export function Translations({ letter }: { letter: WorkspaceLetter }) {
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
      <h3 id="translations-heading">Translations</h3>
      <p>
        The original in {languageName(data.language, 'en')} is the text organisations sign. Translations are for
        reading: once approved, they show on the public page and go into the delivered edition.
      </p>
      {data.translations.length === 0 ? (
        <p>No translation yet.</p>
      ) : (
        <ul className="translations" data-testid="translations">
          {data.translations.map((t) => (
            <li key={t.id} className="card" data-language={t.language}>
              <p>
                <strong>{languageName(t.language, 'en')}</strong> ({t.language}){' '}
                <span className="tag" data-testid="translation-status">
                  {STATUS[t.status]}
                </span>
              </p>
              <p {...textAttributes(t.language)}>{t.title}</p>
              <p className="meta">
                {t.translator ? (
                  <>
                    Translated by <bdi>{t.translator}</bdi>
                  </>
                ) : (
                  'Translator not named'
                )}{' '}
                · based on version {t.basedOnVersion}
                {t.approvedAt && t.status === 'APPROVED' && <> · approved {formatDate(t.approvedAt)}</>}
              </p>
              {t.status === 'OUTDATED' && (
                <div className="card warn" data-testid="outdated-diff">
                  <p>
                    The original changed since version {t.basedOnVersion}: this translation is not published until it is
                    brought up to date, saved and approved again. What changed:
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
                      Approve <span className="visually-hidden">{languageName(t.language, 'en')}</span>
                    </button>
                  )}
                  <button
                    type="button"
                    className="secondary"
                    aria-expanded={editing === t.id}
                    onClick={() => setEditing(editing === t.id ? null : t.id)}
                  >
                    Edit <span className="visually-hidden">{languageName(t.language, 'en')}</span>
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={deleted.fetching}
                    onClick={async () => {
                      if (!confirm(`Delete the translation into ${languageName(t.language, 'en')}?`)) return;
                      const response = await remove({ translationId: t.id });
                      if (response.data) refresh();
                    }}
                  >
                    Delete <span className="visually-hidden">{languageName(t.language, 'en')}</span>
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
      <ErrorNote error={approved.error ?? deleted.error} words={WORDS} />
      {editable && <TranslationForm letterId={letter.id} onSaved={refresh} />}
    </section>
  );
}

function toDraft(t: Row) {
  return { language: t.language, title: t.title, body: t.body, translator: t.translator ?? '' };
}

/** Before delivering: the translations the edition will leave out (DRAFT and OUTDATED ones). */
export function TranslationsLeftOut({ letter }: { letter: WorkspaceLetter }) {
  const { result } = useLetterTranslations(letter);
  const left = (result.data?.letter?.translations ?? []).filter((t) => t.status !== 'APPROVED');
  if (!left.length) return null;
  return (
    <p className="card warn" data-testid="translations-left-out">
      Not approved, so left out of the delivered edition:{' '}
      {left.map((t, i) => (
        <span key={t.id}>
          {i > 0 && ', '}
          {languageName(t.language, 'en')} ({t.language}), {STATUS[t.status]}
        </span>
      ))}
      . Approve them first to deliver them with the letter.
    </p>
  );
}
