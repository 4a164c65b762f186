import { useMutation } from 'urql';
import type { DeliveryStatus } from '../../../../gql/graphql';
import { ErrorNote, Field, formatDate, Select, Submit, TextArea } from '../../../../ui';
import { RetryDelivery } from '../graphql';
import { useDeliveryEventForm } from '../hooks/use-delivery-event-form';
import { useDeliveryReplyForm } from '../hooks/use-delivery-reply-form';

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
  const { status, setStatus, note, setNote, recorded, submit: recordEvent } = useDeliveryEventForm(delivery.id);
  const { reply, setReply, responded, submit: recordReply } = useDeliveryReplyForm(delivery.id);
  const [retried, retry] = useMutation(RetryDelivery);
  return (
    <div className="card">
      <p>
        <bdi>{delivery.recipient.name}</bdi> · {delivery.channel.toLowerCase()} ·{' '}
        <strong data-testid={`delivery-status-${delivery.recipient.name}`}>{delivery.status}</strong>
        {delivery.sentAt && ` · sent ${formatDate(delivery.sentAt)}`}
        {delivery.status === 'FAILED' && delivery.lastError && ' · the recipient’s mail server refused it'}
      </p>
      {delivery.events.length > 0 && (
        <ol className="events">
          {delivery.events.map((e, i) => (
            <li key={i}>
              {formatDate(e.occurredAt)} · {e.status.toLowerCase()} {e.note && <q dir="auto">{e.note}</q>}
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
          Send again
        </button>
      )}
      <details>
        <summary>Record what happened</summary>
        <form onSubmit={recordEvent}>
          <Select
            label="Status"
            value={status}
            onChange={(v) => setStatus(v as DeliveryStatus)}
            options={MANUAL_STATUSES.map((s) => ({ value: s, label: s.toLowerCase() }))}
          />
          <Field label="Note (for example a tracking number)" value={note} onChange={(e) => setNote(e.target.value)} />
          <ErrorNote
            error={recorded.error ?? retried.error}
            words={{ INVALID_STATE: 'A delivery cannot go back to an earlier state.' }}
          />
          <Submit busy={recorded.fetching}>Record</Submit>
        </form>
        <form onSubmit={recordReply}>
          <TextArea
            label="The recipient’s reply"
            required
            rows={3}
            value={reply}
            onChange={(e) => setReply(e.target.value)}
          />
          <ErrorNote error={responded.error} />
          <Submit busy={responded.fetching}>Record the reply</Submit>
        </form>
      </details>
    </div>
  );
}
