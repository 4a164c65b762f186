import { useMutation } from 'urql';
import { ErrorNote } from '../../../../ui';
import type { WorkspaceLetter } from '../../graphql';
import { CloseLetter, OpenLetter } from '../graphql';

/** Words for a letter that is not in the stage an action needs. */
const STAGE = { INVALID_STATE: 'This cannot be done at the letter’s current stage.' };

/** Opening a draft for signatures, and closing an open letter. */
export function LetterStageActions({ letter }: { letter: WorkspaceLetter }) {
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
            {opened.fetching ? 'Opening…' : 'Open for signatures'}
          </button>
        )}
        {letter.status === 'OPEN' && (
          <button
            type="button"
            className="secondary"
            disabled={closed.fetching}
            onClick={() => {
              if (confirm('Close the letter? No organisation can sign after this.'))
                void close({ letterId: letter.id });
            }}
          >
            Close for signatures
          </button>
        )}
      </div>
      <ErrorNote error={opened.error ?? closed.error} words={STAGE} />
    </>
  );
}
