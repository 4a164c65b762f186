import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import type { DeliveryStatus } from '../../../../gql/graphql';
import { ErrorNote, Field, formatDate, Select, Submit, TextArea } from '../../../../ui';
import { RetryDelivery } from '../graphql';
import { useDeliveryEventForm } from '../hooks/use-delivery-event-form';
import { useDeliveryReplyForm } from '../hooks/use-delivery-reply-form';
import { DASHBOARD_ENUMS } from '../status-messages';

export type DeliveryRow = {
  id: string;
  channel: string;
  status: string;
  attempts: number;
  lastError?: string | null;
  sentAt?: string | null;
  response?: string | null;
  recipient: { id: string; name: string };
  events: { status: string; note?: string | null; occurredAt: string }[];
};

const MANUAL_STATUSES: DeliveryStatus[] = ['SENT', 'DELIVERED', 'ACKNOWLEDGED', 'FAILED'];

/** One delivery: its status and history, the recipient's reply, sending again, and recording what happened. */
export function DeliveryItem({ delivery }: { delivery: DeliveryRow }) {
  const intl = useIntl();
  const { status, setStatus, note, setNote, recorded, submit: recordEvent } = useDeliveryEventForm(delivery.id);
  const { reply, setReply, responded, submit: recordReply } = useDeliveryReplyForm(delivery.id);
  const [retried, retry] = useMutation(RetryDelivery);
  const statusWord = (s: string) => intl.formatMessage(DASHBOARD_ENUMS.deliveryStatus, { status: s });
  return (
    <div className="card">
      <p>
        <FormattedMessage
          id="letter.delivery.summary"
          defaultMessage="{recipient} · {channel} · {status}{sent, select, yes { · sent {sentAt}} other {}}{refused, select, yes { · the recipient’s mail server refused it} other {}}"
          values={{
            recipient: <bdi>{delivery.recipient.name}</bdi>,
            channel: intl.formatMessage(DASHBOARD_ENUMS.channel, { channel: delivery.channel }),
            status: (
              <strong data-testid={`delivery-status-${delivery.recipient.name}`} data-status={delivery.status}>
                {statusWord(delivery.status)}
              </strong>
            ),
            sent: delivery.sentAt ? 'yes' : 'no',
            sentAt: formatDate(delivery.sentAt),
            refused: delivery.status === 'FAILED' && delivery.lastError ? 'yes' : 'no',
          }}
        />
      </p>
      {delivery.events.length > 0 && (
        <ol className="events">
          {delivery.events.map((e, i) => (
            <li key={i}>
              <FormattedMessage
                id="letter.delivery.event"
                defaultMessage="{date} · {status} {note}"
                values={{
                  date: formatDate(e.occurredAt),
                  status: statusWord(e.status),
                  note: e.note ? <q dir="auto">{e.note}</q> : '',
                }}
              />
            </li>
          ))}
        </ol>
      )}
      {delivery.response && (
        <blockquote dir="auto">
          <p>{delivery.response}</p>
        </blockquote>
      )}
      {delivery.status === 'FAILED' && (
        <button type="button" disabled={retried.fetching} onClick={() => void retry({ deliveryId: delivery.id })}>
          <FormattedMessage id="letter.delivery.retry" defaultMessage="Send again" />
        </button>
      )}
      <details>
        <summary>
          <FormattedMessage id="letter.delivery.record" defaultMessage="Record what happened" />
        </summary>
        <form onSubmit={recordEvent}>
          <Select
            label={intl.formatMessage({ id: 'letter.delivery.status', defaultMessage: 'Status' })}
            value={status}
            onChange={(v) => setStatus(v as DeliveryStatus)}
            options={MANUAL_STATUSES.map((s) => ({ value: s, label: statusWord(s) }))}
          />
          <Field
            label={intl.formatMessage({
              id: 'letter.delivery.note',
              defaultMessage: 'Note (for example a tracking number)',
            })}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <ErrorNote
            error={recorded.error ?? retried.error}
            words={{
              INVALID_STATE: intl.formatMessage({
                id: 'letter.delivery.backwards',
                defaultMessage: 'A delivery cannot go back to an earlier state.',
              }),
            }}
          />
          <Submit busy={recorded.fetching}>
            <FormattedMessage id="letter.delivery.submitEvent" defaultMessage="Record" />
          </Submit>
        </form>
        <form onSubmit={recordReply}>
          <TextArea
            label={intl.formatMessage({ id: 'letter.delivery.reply', defaultMessage: 'The recipient’s reply' })}
            required
            rows={3}
            value={reply}
            onChange={(e) => setReply(e.target.value)}
          />
          <ErrorNote error={responded.error} />
          <Submit busy={responded.fetching}>
            <FormattedMessage id="letter.delivery.submitReply" defaultMessage="Record the reply" />
          </Submit>
        </form>
      </details>
    </div>
  );
}
