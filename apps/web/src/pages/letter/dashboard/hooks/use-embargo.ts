import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import type { WorkspaceLetter } from '../../graphql';
import { SetPublication } from '../graphql';

/** A time as a datetime-local input shows it: the reader's own clock, to the minute. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Milliseconds until `iso`, ticking every second (0 once it has come). */
export function useCountdown(iso: string | null | undefined): number {
  const target = iso ? new Date(iso).getTime() : 0;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!target) return;
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [target]);
  return Math.max(0, target - now);
}

/**
 * A PUBLIC letter's embargo (setPublication): the time shown, set, moved or cleared (public at once).
 * While it is to come, a countdown; `onPublished` reads the letter again when it reaches zero.
 */
export function useEmbargo(letter: WorkspaceLetter, onPublished: () => void) {
  const [result, set] = useMutation(SetPublication);
  const publishAt = result.data?.setPublication.publishAt ?? (result.data ? null : letter.publishAt);
  const [value, setValue] = useState(toLocalInput(publishAt));
  const remaining = useCountdown(publishAt);
  const embargoed = Boolean(publishAt) && remaining > 0;

  useEffect(() => {
    if (publishAt && remaining === 0) onPublished();
  }, [publishAt, remaining === 0]); // once, when the countdown reaches zero

  return {
    result,
    publishAt,
    embargoed,
    remaining,
    value,
    setValue,
    save: () => void set({ letterId: letter.id, publishAt: value ? new Date(value).toISOString() : null }),
    clear: () => {
      setValue('');
      void set({ letterId: letter.id, publishAt: null }).then((response) => response.data && onPublished());
    },
  };
}
