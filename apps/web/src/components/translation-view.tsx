import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import type { ShownTranslationFragment } from '../gql/graphql';
import { languageName, textAttributes } from '../text-language';
import { Markdown } from '../ui';

export const ShownTranslationFragmentDoc = graphql(`
  fragment ShownTranslation on LetterTranslation {
    id
    language
    title
    body
    contentHash
    translator
    status
    basedOnVersion
  }
`);

export type ShownTranslation = ShownTranslationFragment;

/** The original a translation is read beside: its language and content hash. */
export interface Original {
  language: string;
  contentHash: string;
}

/**
 * Which text counts: the translation is for reading; the original, named by its language, is the
 * text that is signed and authoritative, with its content hash.
 */
export function OriginalIsSigned({
  translation,
  original,
  originalHref,
}: {
  translation: ShownTranslation;
  original: Original;
  originalHref?: string;
}) {
  const intl = useIntl();
  return (
    <div className="card note" data-testid="original-is-signed">
      <p>
        <FormattedMessage
          id="translationView.originalIsSigned"
          defaultMessage="This is a translation into {language}{hasTranslator, select, yes { by <bdi>{translator}</bdi>} other {}}, approved by the letter’s leads, for reading. The original in <originalLink>{original}</originalLink> is the text that is signed and authoritative."
          values={{
            language: languageName(translation.language, intl.locale),
            hasTranslator: translation.translator ? 'yes' : 'no',
            translator: translation.translator ?? '',
            original: languageName(original.language, intl.locale),
            bdi: (chunks) => <bdi>{chunks}</bdi>,
            originalLink: (chunks) => (originalHref ? <a href={originalHref}>{chunks}</a> : <>{chunks}</>),
          }}
        />
      </p>
      <p className="hash">
        <FormattedMessage
          id="translationView.originalHash"
          defaultMessage="Content hash of the original: <code>{hash}</code>"
          values={{ hash: original.contentHash, code: (chunks) => <code data-testid="original-hash">{chunks}</code> }}
        />
      </p>
    </div>
  );
}

/** A translation's own content hash, as the public page and the signing pages show it under its text. */
export function TranslationHash({ hash }: { hash: string }) {
  return (
    <p className="hash">
      <FormattedMessage
        id="translationView.translationHash"
        defaultMessage="Content hash of this translation: <code>{hash}</code>"
        values={{ hash, code: (chunks) => <code>{chunks}</code> }}
      />
    </p>
  );
}

/** A translation's title and text, each carrying its language and direction, and its own hash. */
export function TranslationText({ translation, headingId }: { translation: ShownTranslation; headingId: string }) {
  return (
    <>
      <h2 id={headingId} {...textAttributes(translation.language)}>
        {translation.title}
      </h2>
      <div {...textAttributes(translation.language)} data-testid="translation-text">
        <Markdown source={translation.body} />
      </div>
      <TranslationHash hash={translation.contentHash} />
    </>
  );
}

/**
 * On a signing page: the approved translation in the reader's language, above the original, saying
 * that the original is what is signed. Nothing when there is none.
 */
export function TranslationForReading({
  translation,
  original,
}: {
  translation: ShownTranslation | null;
  original: Original;
}) {
  if (!translation) return null;
  return (
    <section aria-labelledby="translation-heading" className="translation" data-testid="reader-translation">
      <OriginalIsSigned translation={translation} original={original} />
      <TranslationText translation={translation} headingId="translation-heading" />
    </section>
  );
}
