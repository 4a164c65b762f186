import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { ErrorNote } from '../../../../ui';
import type { WorkspaceLetter } from '../../graphql';
import { CloseLetter, OpenLetter } from '../graphql';

/** Opening a draft for signatures, and closing an open letter. */
export function LetterStageActions({ letter }: { letter: WorkspaceLetter }) {
  const intl = useIntl();
  const [opened, open] = useMutation(OpenLetter);
  const [closed, close] = useMutation(CloseLetter);
  return (
    <>
      <div className="row">
        {letter.status === 'DRAFT' && (
          <button
            type="button"
            disabled={opened.fetching}
            aria-busy={opened.fetching}
            onClick={() => void open({ letterId: letter.id })}
          >
            {opened.fetching ? (
              <FormattedMessage id="letter.stage.opening" defaultMessage="Opening…" />
            ) : (
              <FormattedMessage id="letter.stage.open" defaultMessage="Open for signatures" />
            )}
          </button>
        )}
        {letter.status === 'OPEN' && (
          <button
            type="button"
            className="secondary"
            disabled={closed.fetching}
            onClick={() => {
              const question = intl.formatMessage({
                id: 'letter.stage.closeConfirm',
                defaultMessage: 'Close the letter? No organisation can sign after this.',
              });
              if (confirm(question)) void close({ letterId: letter.id });
            }}
          >
            <FormattedMessage id="letter.stage.close" defaultMessage="Close for signatures" />
          </button>
        )}
      </div>
      {/* A letter not in the stage an action needs: the error catalog's own words. */}
      <ErrorNote error={opened.error ?? closed.error} />
    </>
  );
}
