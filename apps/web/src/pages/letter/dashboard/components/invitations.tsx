import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorNote, Field, Notice, Submit, TextArea } from '../../../../ui';
import type { WorkspaceLetter } from '../../graphql';
import { useInvitationForm } from '../hooks/use-invitation-form';
import { OrganisationSearch } from './organisation-search';

/** Inviting organisations to sign: found on Undersigned, or by email. */
export function Invitations({ letter }: { letter: WorkspaceLetter }) {
  const intl = useIntl();
  const { chosen, choose, unchoose, email, setEmail, name, setName, message, setMessage, invitees, sent, submit } =
    useInvitationForm(letter.id);
  return (
    <section aria-labelledby="invite-heading">
      <h3 id="invite-heading">
        <FormattedMessage id="letter.invitations.heading" defaultMessage="Invite organisations to sign" />
      </h3>
      <OrganisationSearch
        label={intl.formatMessage({
          id: 'letter.invitations.search',
          defaultMessage: 'Find an organisation on Undersigned',
        })}
        onPick={choose}
      />
      <form className="card" onSubmit={submit}>
        {chosen.length > 0 && (
          <ul aria-label={intl.formatMessage({ id: 'letter.invitations.chosen', defaultMessage: 'To invite' })}>
            {chosen.map((o) => (
              <li key={o.id}>
                <FormattedMessage
                  id="letter.invitations.chosenItem"
                  defaultMessage="{name} {remove}"
                  values={{
                    name: <bdi>{o.name}</bdi>,
                    remove: (
                      <button type="button" className="secondary" onClick={() => unchoose(o.id)}>
                        <FormattedMessage
                          id="letter.remove"
                          defaultMessage="Remove <hidden>{name}</hidden>"
                          values={{
                            name: o.name,
                            hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                          }}
                        />
                      </button>
                    ),
                  }}
                />
              </li>
            ))}
          </ul>
        )}
        <Field
          label={intl.formatMessage({ id: 'letter.invitations.email', defaultMessage: 'Or invite by email' })}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <Field
          label={intl.formatMessage({ id: 'letter.invitations.name', defaultMessage: 'Name of that organisation' })}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <TextArea
          label={intl.formatMessage({ id: 'letter.invitations.message', defaultMessage: 'Message (optional)' })}
          rows={2}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
        />
        <ErrorNote
          error={sent.error}
          words={{
            CONFLICT: intl.formatMessage({
              id: 'letter.invitations.conflict',
              defaultMessage: 'One of them is already invited.',
            }),
          }}
        />
        {sent.data && (
          <Notice>
            <FormattedMessage
              id="letter.invitations.sent"
              defaultMessage="{count, plural, one {# invitation sent.} other {# invitations sent.}}"
              values={{ count: sent.data.inviteEndorsers.length }}
            />
          </Notice>
        )}
        {invitees.length > 0 && (
          <Submit busy={sent.fetching} busyText={<FormattedMessage id="ui.sending" defaultMessage="Sending…" />}>
            <FormattedMessage
              id="letter.invitations.submit"
              defaultMessage="{count, plural, one {Send # invitation} other {Send # invitations}}"
              values={{ count: invitees.length }}
            />
          </Submit>
        )}
      </form>
    </section>
  );
}
