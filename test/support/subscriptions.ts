import type { ExecutionResult } from 'graphql';
import type { Client, Sink } from 'graphql-ws';
import type { Pool } from 'pg';
import type { TypedDocumentString } from '../gql/graphql';
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

/** Subscribes `client` (graphql-ws) to a graphql() document: its events are typed from the schema. */
export function subscribe<TResult, TVariables>(
  client: Client,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  sink: Sink<ExecutionResult<TResult>>,
): () => void {
  return client.subscribe<TResult>(
    { query: document.toString(), variables: variables as Record<string, unknown> },
    sink,
  );
}
