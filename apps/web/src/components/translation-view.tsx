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
  const originalName = languageName(original.language, 'en');
  return (
    <div className="card note" data-testid="original-is-signed">
      <p>
        This is a translation into {languageName(translation.language, 'en')}
        {translation.translator && (
          <>
            {' '}
            by <bdi>{translation.translator}</bdi>
          </>
        )}
        , approved by the letter’s leads, for reading. The original in{' '}
        {originalHref ? <a href={originalHref}>{originalName}</a> : originalName} is the text that is signed and
        authoritative.
      </p>
      <p className="hash">
        Content hash of the original: <code data-testid="original-hash">{original.contentHash}</code>
      </p>
    </div>
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
      <p className="hash">
        Content hash of this translation: <code>{translation.contentHash}</code>
      </p>
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
