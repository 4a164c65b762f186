import { ErrorNote, Field, Notice, Submit, TextArea } from '../../../../ui';
import type { WorkspaceLetter } from '../../graphql';
import { useInvitationForm } from '../hooks/use-invitation-form';
import { OrganisationSearch } from './organisation-search';

/** Inviting organisations to sign: found on Undersigned, or by email. */
export function Invitations({ letter }: { letter: WorkspaceLetter }) {
  const { chosen, choose, unchoose, email, setEmail, name, setName, message, setMessage, invitees, sent, submit } =
    useInvitationForm(letter.id);
  return (
    <section aria-labelledby="invite-heading">
      <h3 id="invite-heading">Invite organisations to sign</h3>
      <OrganisationSearch label="Find an organisation on Undersigned" onPick={choose} />
      <form className="card" onSubmit={submit}>
        {chosen.length > 0 && (
          <ul aria-label="To invite">
            {chosen.map((o) => (
              <li key={o.id}>
                <bdi>{o.name}</bdi>{' '}
                <button type="button" className="secondary" onClick={() => unchoose(o.id)}>
                  Remove <span className="visually-hidden">{o.name}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <Field label="Or invite by email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        <Field label="Name of that organisation" value={name} onChange={(e) => setName(e.target.value)} />
        <TextArea label="Message (optional)" rows={2} value={message} onChange={(e) => setMessage(e.target.value)} />
        <ErrorNote error={sent.error} words={{ CONFLICT: 'One of them is already invited.' }} />
        {sent.data && <Notice>{sent.data.inviteEndorsers.length} invitation(s) sent.</Notice>}
        {invitees.length > 0 && (
          <Submit busy={sent.fetching} busyText="Sending…">
            Send {invitees.length} invitation{invitees.length === 1 ? '' : 's'}
          </Submit>
        )}
      </form>
    </section>
  );
}
