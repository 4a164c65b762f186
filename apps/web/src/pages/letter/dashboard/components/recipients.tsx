import { useMutation } from 'urql';
import type { DeliveryChannel, RecipientRole } from '../../../../gql/graphql';
import { ErrorNote, Field, Select, Submit, TextArea } from '../../../../ui';
import type { WorkspaceLetter } from '../../graphql';
import { RemoveRecipient } from '../graphql';
import { useRecipientForm } from '../hooks/use-recipient-form';

type RecipientRow = {
  id: string;
  name: string;
  title?: string | null;
  organisation?: string | null;
  email?: string | null;
  postalAddress?: string | null;
  role: string;
  channel: string;
};

/** Who the letter goes to, and adding or removing them until it is delivered; `onChange` hears each change. */
export function Recipients({
  letter,
  recipients,
  onChange,
}: {
  letter: WorkspaceLetter;
  recipients: RecipientRow[];
  onChange: () => void;
}) {
  const { form, set, role, setRole, channel, setChannel, added, submit } = useRecipientForm(letter.id, onChange);
  const [removed, remove] = useMutation(RemoveRecipient);
  const editable = letter.status !== 'DELIVERED';
  return (
    <section aria-labelledby="recipients-heading">
      <h3 id="recipients-heading">Recipients</h3>
      {recipients.length === 0 ? (
        <p>No recipient yet.</p>
      ) : (
        <ul>
          {recipients.map((r) => (
            <li key={r.id}>
              <bdi>{r.name}</bdi>
              {r.title && `, ${r.title}`}
              {r.organisation && ` (${r.organisation})`} · {r.role} · {r.channel.toLowerCase()}{' '}
              {r.email && `· ${r.email}`}{' '}
              {editable && (
                <button
                  type="button"
                  className="secondary"
                  onClick={async () => {
                    await remove({ recipientId: r.id });
                    onChange();
                  }}
                >
                  Remove <span className="visually-hidden">{r.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorNote error={removed.error} />
      {editable && (
        <form className="card" onSubmit={submit}>
          <Field label="Recipient’s name" required value={form.name} onChange={set('name')} />
          <Field label="Title" value={form.title} onChange={set('title')} />
          <Field label="Office or organisation" value={form.organisation} onChange={set('organisation')} />
          <Select
            label="Delivered by"
            value={channel}
            onChange={(v) => setChannel(v as DeliveryChannel)}
            options={[
              { value: 'EMAIL', label: 'Email' },
              { value: 'POST', label: 'Post' },
              { value: 'HAND', label: 'By hand' },
            ]}
          />
          {channel === 'EMAIL' ? (
            <Field label="Recipient’s email" type="email" required value={form.email} onChange={set('email')} />
          ) : (
            <TextArea label="Postal address" rows={3} value={form.postalAddress} onChange={set('postalAddress')} />
          )}
          <Select
            label="Addressed as"
            value={role}
            onChange={(v) => setRole(v as RecipientRole)}
            options={[
              { value: 'TO', label: 'To' },
              { value: 'CC', label: 'Copy (cc)' },
            ]}
          />
          <ErrorNote error={added.error} />
          <Submit busy={added.fetching} busyText="Adding…">
            Add recipient
          </Submit>
        </form>
      )}
    </section>
  );
}
