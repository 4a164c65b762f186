import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import type { WebhookEvent } from '../../../gql/graphql';
import { CreateWebhook, DeleteWebhook, RedeliverWebhook, WebhooksQuery } from '../webhooks-graphql';

export const WEBHOOK_EVENTS: WebhookEvent[] = [
  'ENDORSEMENT_SIGNED',
  'ENDORSEMENT_WITHDRAWN',
  'ENDORSEMENT_NEEDS_RECONFIRMATION',
  'LETTER_OPENED',
  'LETTER_CLOSED',
  'LETTER_DELIVERED',
  'DELIVERY_CHANGED',
  'SUPPORTER_CONFIRMED',
];

/** The organisation's webhooks, the one being made (a URL and its events), and the secret of the last one made. */
export function useWebhooks(organisationId: string) {
  const [list, refetch] = useQuery({ query: WebhooksQuery, variables: { id: organisationId } });
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>(WEBHOOK_EVENTS);
  const [created, create] = useMutation(CreateWebhook);
  const [deleted, remove] = useMutation(DeleteWebhook);
  const [redelivered, redeliver] = useMutation(RedeliverWebhook);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  function toggle(event: WebhookEvent, on: boolean) {
    setEvents((current) => (on ? [...current, event] : current.filter((e) => e !== event)));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const response = await create({ input: { organisationId, url, events } });
    if (response.data) {
      setUrl('');
      reload();
    }
  }

  async function removeHook(webhookId: string) {
    if ((await remove({ webhookId })).data) reload();
  }

  async function redeliverCall(deliveryId: string) {
    if ((await redeliver({ deliveryId })).data) reload();
  }

  return {
    hooks: list.data?.organisation?.webhooks,
    url,
    setUrl,
    events,
    toggle,
    created,
    submit,
    deleted,
    removeHook,
    redelivered,
    redeliverCall,
  };
}
