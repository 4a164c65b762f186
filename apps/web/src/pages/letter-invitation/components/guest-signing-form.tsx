import { useEffect, useRef, type ReactNode } from 'react';
import { errorCode } from '../../../errors';
import { SigningFields } from '../../../components/signing-fields';
import { ErrorNote, Submit } from '../../../ui';
import type { InvitationView } from '../graphql';
import { useGuestSigning } from '../hooks/use-guest-signing';
import { GuestSigned } from './guest-signed';
import { InvitationChanges } from './invitation-diff';

const WORDS = {
  STALE_VERSION: 'The letter changed while you were reading. The page now shows the new text and what changed.',
  BAD_USER_INPUT:
    'Please check the country (a two-letter code such as KE, or a region name) and the website. An organisation ' +
    'verified on Undersigned signs from its members’ accounts: if it is yours, sign in to sign for it.',
  NOT_FOUND:
    'This invitation link is no longer valid. If you already signed with it, your receipt mail has a link to manage your signature.',
  INVALID_STATE: 'This invitation can no longer be answered, or the letter is not open for signatures.',
  FORBIDDEN: 'This invitation is to an organisation on Undersigned: its members sign it signed in.',
};

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
        <h2 id="guest-sign-heading">Sign for your organisation</h2>
        {staleShown && (
          <div className="card warn" data-testid="text-changed">
            <h3 ref={changedHeading} tabIndex={-1}>
              The text changed while you were reading
            </h3>
            <p>
              Version {current.number} replaced version {changed}. Read the changes (the whole new text is above), then
              sign the new text, or leave.
            </p>
            <InvitationChanges token={token} from={changed} to={current.number} />
          </div>
        )}
        <p>
          You sign exactly version {current.number} of the text above, whose hash is <code>{current.contentHash}</code>.
          {invitation.email && (
            <>
              {' '}
              Your receipt goes to <bdi>{invitation.email}</bdi>, the address this invitation was sent to.
            </>
          )}
        </p>
        <form
          noValidate
          onSubmit={(event) => void submit(event)}
          aria-describedby={showError ? 'guest-sign-error' : undefined}
        >
          <SigningFields fields={fields} />
          {showError && <ErrorNote id="guest-sign-error" error={signed.error} words={WORDS} />}
          <Submit busy={signed.fetching} busyText="Signing…">
            {staleShown ? `Sign version ${current.number}` : 'Sign'}
          </Submit>
        </form>
      </section>
      {children}
    </>
  );
}
