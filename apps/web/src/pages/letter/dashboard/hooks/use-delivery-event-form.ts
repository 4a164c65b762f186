import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { DeliveryStatus } from '../../../../gql/graphql';
import { RecordEvent } from '../graphql';

/** A status a delivery reached and a note (a tracking number, say), as the leads record them. */
export function useDeliveryEventForm(deliveryId: string) {
  const [status, setStatus] = useState<DeliveryStatus>('DELIVERED');
  const [note, setNote] = useState('');
  const [recorded, record] = useMutation(RecordEvent);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const response = await record({ input: { deliveryId, status, note: note || null } });
    if (response.data) setNote('');
  }

  return { status, setStatus, note, setNote, recorded, submit };
}
