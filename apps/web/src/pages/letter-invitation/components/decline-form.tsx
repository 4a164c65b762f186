import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { ErrorNote, Notice, Submit, TextArea } from '../../../ui';
import { DeclineLetterInvitation } from '../graphql';

/** Declining the invitation, with an optional reason for the coordinators. */
export function DeclineForm({ token }: { token: string }) {
  const [declined, decline] = useMutation(DeclineLetterInvitation);
  const [reason, setReason] = useState('');
  const intl = useIntl();
  if (declined.data)
    return (
      <Notice>
        <FormattedMessage
          id="signing.decline.done"
          defaultMessage="You declined the invitation. The coordinators were told."
        />
      </Notice>
    );
  return (
    <form
      className="card narrow"
      onSubmit={(event) => {
        event.preventDefault();
        void decline({ token, reason: reason || null });
      }}
    >
      <TextArea
        label={intl.formatMessage({ id: 'signing.decline.reason', defaultMessage: 'Reason for declining (optional)' })}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        rows={3}
      />
      <ErrorNote error={declined.error} />
      <Submit busy={declined.fetching}>
        <FormattedMessage id="signing.decline.submit" defaultMessage="Decline" />
      </Submit>
    </form>
  );
}
