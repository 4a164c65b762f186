import { FormattedMessage } from 'react-intl';
import { useMutation } from 'urql';
import { Notice } from '../../../ui';
import { Resend } from '../graphql';

/** Until the address is confirmed: what that means, and sending the link again. */
export function EmailUnconfirmed() {
  const [resent, resend] = useMutation(Resend);
  return (
    <div className="card warn">
      <p>
        <FormattedMessage
          id="home.emailUnconfirmed.text"
          defaultMessage="Please confirm your email address with the link we sent you: until then you can read, but not act for an organisation."
        />
      </p>
      {resent.data ? (
        <Notice>
          <FormattedMessage id="home.emailUnconfirmed.resent" defaultMessage="A new link is on its way." />
        </Notice>
      ) : (
        <button type="button" onClick={() => void resend({})} disabled={resent.fetching}>
          <FormattedMessage id="home.emailUnconfirmed.resend" defaultMessage="Send the link again" />
        </button>
      )}
    </div>
  );
}
