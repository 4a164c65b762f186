import { useEffect, useRef, type ReactNode } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { errorCode } from '../../../errors';
import { SigningFields } from '../../../components/signing-fields';
import { ErrorNote, Submit } from '../../../ui';
import type { InvitationView } from '../graphql';
import { useGuestSigning } from '../hooks/use-guest-signing';
import { GuestSigned } from './guest-signed';
import { InvitationChanges } from './invitation-diff';

const WORDS = defineMessages({
  STALE_VERSION: {
    id: 'signing.guestSign.error.STALE_VERSION',
    defaultMessage: 'The letter changed while you were reading. The page now shows the new text and what changed.',
  },
  BAD_USER_INPUT: {
    id: 'signing.guestSign.error.BAD_USER_INPUT',
    defaultMessage:
      'Please check the country (a two-letter code such as KE, or a region name) and the website. An organisation verified on Undersigned signs from its members’ accounts: if it is yours, sign in to sign for it.',
  },
  NOT_FOUND: {
    id: 'signing.guestSign.error.NOT_FOUND',
    defaultMessage:
      'This invitation link is no longer valid. If you already signed with it, your receipt mail has a link to manage your signature.',
  },
  INVALID_STATE: {
    id: 'signing.guestSign.error.INVALID_STATE',
    defaultMessage: 'This invitation can no longer be answered, or the letter is not open for signatures.',
  },
  FORBIDDEN: {
    id: 'signing.guestSign.error.FORBIDDEN',
    defaultMessage: 'This invitation is to an organisation on Undersigned: its members sign it signed in.',
  },
});

/**
 * The one form a guest fills to sign from the invitation mail: the organisation (its name from
 * the invitation), the signer, named or unnamed, minor edits, and their authority; the comment is
 * folded away. One press signs the version shown; then the result replaces the form (and `children`).
 */
export function GuestSigningForm({
  token,
  invitation,
  onStale,
  children,
}: {
  token: string;
  invitation: InvitationView;
  onStale: () => void;
  /** The other answers (declining, or answering from an account), shown until the guest signs. */
  children?: ReactNode;
}) {
  const { fields, changedFrom, signed, submit } = useGuestSigning(token, invitation, onStale);
  const intl = useIntl();
  const current = invitation.letter.currentVersion;
  const changedHeading = useRef<HTMLHeadingElement>(null);
  const changed = changedFrom !== null && changedFrom !== current.number ? changedFrom : null;
  useEffect(() => {
    if (changed !== null) changedHeading.current?.focus();
  }, [changed, current.number]);

  const done = signed.data?.signByInvitation;
  if (done) {
    return (
      <GuestSigned
        endorsement={done}
        organisationName={fields.form.organisationName.trim()}
        email={invitation.email}
        slug={invitation.letter.slug}
        version={current.number}
      />
    );
  }
  const staleShown = changed !== null;
  // Once the new text and its changes show, the refusal that brought them needs no words of its own.
  const showError = Boolean(signed.error) && !(staleShown && errorCode(signed.error) === 'STALE_VERSION');
  return (
    <>
      <section aria-labelledby="guest-sign-heading" className="card sign">
        <h2 id="guest-sign-heading">
          <FormattedMessage id="signing.guestSign.heading" defaultMessage="Sign for your organisation" />
        </h2>
        {staleShown && (
          <div className="card warn" data-testid="text-changed">
            <h3 ref={changedHeading} tabIndex={-1}>
              <FormattedMessage
                id="signing.guestSign.changedHeading"
                defaultMessage="The text changed while you were reading"
              />
            </h3>
            <p>
              <FormattedMessage
                id="signing.guestSign.changed"
                defaultMessage="Version {current} replaced version {previous}. Read the changes (the whole new text is above), then sign the new text, or leave."
                values={{ current: current.number, previous: changed }}
              />
            </p>
            <InvitationChanges token={token} from={changed} to={current.number} />
          </div>
        )}
        <p>
          <FormattedMessage
            id="signing.guestSign.intro"
            defaultMessage="You sign exactly version {version} of the text above, whose hash is <code>{hash}</code>."
            values={{ version: current.number, hash: current.contentHash, code: (chunks) => <code>{chunks}</code> }}
          />
          {invitation.email && (
            <>
              {' '}
              <FormattedMessage
                id="signing.guestSign.receiptTo"
                defaultMessage="Your receipt goes to <bdi>{email}</bdi>, the address this invitation was sent to."
                values={{ email: invitation.email, bdi: (chunks) => <bdi>{chunks}</bdi> }}
              />
            </>
          )}
        </p>
        <form
          noValidate
          onSubmit={(event) => void submit(event)}
          aria-describedby={showError ? 'guest-sign-error' : undefined}
        >
          <SigningFields fields={fields} />
          {showError && (
            <ErrorNote
              id="guest-sign-error"
              error={signed.error}
              words={Object.fromEntries(
                Object.entries(WORDS).map(([code, message]) => [code, intl.formatMessage(message)]),
              )}
            />
          )}
          <Submit busy={signed.fetching} busyText={<FormattedMessage id="signing.signing" defaultMessage="Signing…" />}>
            {staleShown ? (
              <FormattedMessage
                id="signing.guestSign.submitVersion"
                defaultMessage="Sign version {version}"
                values={{ version: current.number }}
              />
            ) : (
              <FormattedMessage id="signing.guestSign.submit" defaultMessage="Sign" />
            )}
          </Submit>
        </form>
      </section>
      {children}
    </>
  );
}
