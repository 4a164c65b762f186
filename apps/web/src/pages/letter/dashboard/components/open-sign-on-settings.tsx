import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorNote } from '../../../../ui';
import type { WorkspaceLetter } from '../../graphql';
import { useOpenSignOnSettings } from '../hooks/use-open-sign-on-settings';

/**
 * Open sign-on for a PUBLIC letter: any organisation may then ask to sign from the public page; its
 * signature waits in the approval queue below, or is listed at once when its address is at its
 * website's domain and the leads chose so.
 */
export function OpenSignOnSettings({ letter }: { letter: WorkspaceLetter }) {
  const intl = useIntl();
  const { result, open, autoApprove, setOpen, setAutoApprove } = useOpenSignOnSettings(letter);
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        <FormattedMessage id="letter.openSignOn.heading" defaultMessage="Open sign-on" />
      </h3>
      <div className="check">
        <input
          id={`${id}-open`}
          type="checkbox"
          checked={open}
          onChange={(event) => setOpen(event.target.checked)}
          aria-describedby={`${id}-open-hint`}
        />
        <label htmlFor={`${id}-open`}>
          <FormattedMessage
            id="letter.openSignOn.open"
            defaultMessage="Let any organisation ask to sign from the public page"
          />
        </label>
      </div>
      <p id={`${id}-open-hint`} className="hint">
        <FormattedMessage
          id="letter.openSignOn.openHint"
          defaultMessage="They confirm by mail; you approve each signature before it is listed."
        />
      </p>
      {open && (
        <div className="check">
          <input
            id={`${id}-auto`}
            type="checkbox"
            checked={autoApprove}
            onChange={(event) => setAutoApprove(event.target.checked)}
          />
          <label htmlFor={`${id}-auto`}>
            <FormattedMessage
              id="letter.openSignOn.autoApprove"
              defaultMessage="List at once a signature confirmed from an address at the organisation’s website’s domain (verified)"
            />
          </label>
        </div>
      )}
      <p role="status" className="visually-hidden">
        {result.data &&
          !result.fetching &&
          (result.data.setOpenSignOn.openSignOn ? (
            <FormattedMessage id="letter.openSignOn.on" defaultMessage="Open sign-on is on." />
          ) : (
            <FormattedMessage id="letter.openSignOn.off" defaultMessage="Open sign-on is off." />
          ))}
      </p>
      <ErrorNote
        error={result.error}
        words={{
          BAD_USER_INPUT: intl.formatMessage({
            id: 'letter.openSignOn.notPublic',
            defaultMessage: 'Only a public letter takes signatures by open sign-on.',
          }),
        }}
      />
    </section>
  );
}
