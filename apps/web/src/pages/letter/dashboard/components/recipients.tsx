import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import type { DeliveryChannel, RecipientRole } from '../../../../gql/graphql';
import { ErrorNote, Field, Select, Submit, TextArea } from '../../../../ui';
import type { WorkspaceLetter } from '../../graphql';
import { RemoveRecipient } from '../graphql';
import { DASHBOARD_ENUMS } from '../status-messages';
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
  const intl = useIntl();
  const { form, set, role, setRole, channel, setChannel, added, submit } = useRecipientForm(letter.id, onChange);
  const [removed, remove] = useMutation(RemoveRecipient);
  const editable = letter.status !== 'DELIVERED';
  return (
    <section aria-labelledby="recipients-heading">
      <h3 id="recipients-heading">
        <FormattedMessage id="letter.recipients.heading" defaultMessage="Recipients" />
      </h3>
      {recipients.length === 0 ? (
        <p>
          <FormattedMessage id="letter.recipients.none" defaultMessage="No recipient yet." />
        </p>
      ) : (
        <ul>
          {recipients.map((r) => (
            <li key={r.id}>
              <FormattedMessage
                id="letter.recipients.item"
                defaultMessage="{name}{title, select, none {} other {, {title}}}{organisation, select, none {} other { ({organisation})}} · {role} · {channel}{email, select, none {} other { · {email}}} {remove}"
                values={{
                  name: <bdi>{r.name}</bdi>,
                  title: r.title || 'none',
                  organisation: r.organisation || 'none',
                  role: intl.formatMessage(DASHBOARD_ENUMS.role, { role: r.role }),
                  channel: intl.formatMessage(DASHBOARD_ENUMS.channel, { channel: r.channel }),
                  email: r.email || 'none',
                  remove: editable ? (
                    <button
                      type="button"
                      className="secondary"
                      onClick={async () => {
                        await remove({ recipientId: r.id });
                        onChange();
                      }}
                    >
                      <FormattedMessage
                        id="letter.remove"
                        defaultMessage="Remove <hidden>{name}</hidden>"
                        values={{ name: r.name, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> }}
                      />
                    </button>
                  ) : (
                    ''
                  ),
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <ErrorNote error={removed.error} />
      {editable && (
        <form className="card" onSubmit={submit}>
          <Field
            label={intl.formatMessage({ id: 'letter.recipients.name', defaultMessage: 'Recipient’s name' })}
            required
            value={form.name}
            onChange={set('name')}
          />
          <Field
            label={intl.formatMessage({ id: 'letter.recipients.title', defaultMessage: 'Title' })}
            value={form.title}
            onChange={set('title')}
          />
          <Field
            label={intl.formatMessage({
              id: 'letter.recipients.organisation',
              defaultMessage: 'Office or organisation',
            })}
            value={form.organisation}
            onChange={set('organisation')}
          />
          <Select
            label={intl.formatMessage({ id: 'letter.recipients.channel', defaultMessage: 'Delivered by' })}
            value={channel}
            onChange={(v) => setChannel(v as DeliveryChannel)}
            options={[
              { value: 'EMAIL', label: intl.formatMessage({ id: 'letter.recipients.email', defaultMessage: 'Email' }) },
              { value: 'POST', label: intl.formatMessage({ id: 'letter.recipients.post', defaultMessage: 'Post' }) },
              { value: 'HAND', label: intl.formatMessage({ id: 'letter.recipients.hand', defaultMessage: 'By hand' }) },
            ]}
          />
          {channel === 'EMAIL' ? (
            <Field
              label={intl.formatMessage({ id: 'letter.recipients.emailAddress', defaultMessage: 'Recipient’s email' })}
              type="email"
              required
              value={form.email}
              onChange={set('email')}
            />
          ) : (
            <TextArea
              label={intl.formatMessage({ id: 'letter.recipients.postalAddress', defaultMessage: 'Postal address' })}
              rows={3}
              value={form.postalAddress}
              onChange={set('postalAddress')}
            />
          )}
          <Select
            label={intl.formatMessage({ id: 'letter.recipients.role', defaultMessage: 'Addressed as' })}
            value={role}
            onChange={(v) => setRole(v as RecipientRole)}
            options={[
              { value: 'TO', label: intl.formatMessage({ id: 'letter.recipients.to', defaultMessage: 'To' }) },
              { value: 'CC', label: intl.formatMessage({ id: 'letter.recipients.cc', defaultMessage: 'Copy (cc)' }) },
            ]}
          />
          <ErrorNote error={added.error} />
          <Submit
            busy={added.fetching}
            busyText={<FormattedMessage id="letter.recipients.adding" defaultMessage="Adding…" />}
          >
            <FormattedMessage id="letter.recipients.add" defaultMessage="Add recipient" />
          </Submit>
        </form>
      )}
    </section>
  );
}
