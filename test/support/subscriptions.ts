import type { Pool } from 'pg';
import { eventually } from './eventually';

/** The PostgreSQL channel every API process LISTENs on (libs/common/events/event-bus.service.ts). */
const EVENTS_CHANNEL = 'undersigned_events';

/**
 * Waits until a GraphQL subscription is live, without a fixed sleep: announces `payload` on
 * `topic` through PostgreSQL NOTIFY, the path every real event takes, again and again until
 * `heard()` says the subscriber received one. The test must tell these probes from real events.
 */
export async function untilSubscribed(sql: Pool, topic: string, payload: unknown, heard: () => boolean): Promise<void> {
  await eventually(
    async () => {
      if (heard()) return true;
      await sql.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, JSON.stringify({ topic, payload })]);
      return false;
    },
    { intervalMs: 100, what: `a live subscription to ${topic}` },
  );
}
