import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import { Client, Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

const CHANNEL = 'undersigned_events';
/** PostgreSQL refuses NOTIFY payloads of 8,000 bytes or more; events stay far below. */
const MAX_PAYLOAD = 7_900;

interface Envelope {
  topic: string;
  payload: unknown;
}

/**
 * Cross-process events for GraphQL subscriptions: published with PostgreSQL NOTIFY, received by
 * every API process LISTENing, and fanned out locally through graphql-subscriptions' PubSub.
 * No subscriber may hear of a rolled-back change: `publish` from work registered with afterCommit
 * (database/after-commit.ts), or `publishInTransaction` with the change's transaction.
 */
@Injectable()
export class EventBusService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(EventBusService.name);
  private readonly local = new PubSub();
  private listener: Client | undefined;
  private publisher: Pool | undefined;
  private closing = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    await this.listener?.end().catch(() => undefined);
    await this.publisher?.end().catch(() => undefined);
  }

  async publish(topic: string, payload: unknown): Promise<void> {
    const text = JSON.stringify({ topic, payload } satisfies Envelope);
    if (Buffer.byteLength(text) > MAX_PAYLOAD) throw new Error(`event on ${topic} is too large to publish`);
    // One pooled connection: it queues concurrent publishes and replaces itself if it breaks.
    if (!this.publisher) {
      this.publisher = new Pool({
        connectionString: this.config.databaseUrl,
        max: 1,
        application_name: 'undersigned-events',
      });
      // An idle connection that breaks is replaced on the next publish; it must not crash the process.
      this.publisher.on('error', (error: Error) =>
        this.logger.warn(`event publisher connection lost: ${error.message}`),
      );
    }
    await this.publisher.query('SELECT pg_notify($1, $2)', [CHANNEL, text]);
  }

  /**
   * Publishes with the transaction of `manager`: PostgreSQL delivers a NOTIFY sent in a
   * transaction only when it commits, and never if it rolls back, so every process (this one
   * included) hears of the change exactly when it is visible. For a payload known inside the
   * transaction; one read after the commit (the new counts) is published from afterCommit.
   */
  async publishInTransaction(
    manager: { query(sql: string, parameters?: unknown[]): Promise<unknown> },
    topic: string,
    payload: unknown,
  ): Promise<void> {
    const text = JSON.stringify({ topic, payload } satisfies Envelope);
    if (Buffer.byteLength(text) > MAX_PAYLOAD) throw new Error(`event on ${topic} is too large to publish`);
    await manager.query('SELECT pg_notify($1, $2)', [CHANNEL, text]);
  }

  /** Calls `handler` with every event on `topic` from any process (this one included). */
  on<T>(topic: string, handler: (payload: T) => void): void {
    void this.local.subscribe(topic, handler as (payload: unknown) => void);
  }

  asyncIterator<T>(topic: string): AsyncIterableIterator<T> {
    return this.local.asyncIterableIterator<T>(topic);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.databaseUrl, application_name: 'undersigned-events' });
    let lost = false;
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const envelope = JSON.parse(message.payload) as Envelope;
        void this.local.publish(envelope.topic, envelope.payload);
      } catch {
        this.logger.warn('ignored a malformed event');
      }
    });
    // A dying connection reports more than one error (the server's FATAL, then the socket's end):
    // reconnect once per connection, or every later event would be delivered twice.
    client.on('error', (error: Error) => {
      if (lost) return;
      lost = true;
      this.logger.warn(`event listener lost its connection: ${error.message}`);
      this.reconnect();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      lost = true;
      await client.end().catch(() => undefined);
      throw error;
    }
    this.listener = client;
  }

  private reconnect(): void {
    if (this.closing) return;
    this.listener = undefined;
    setTimeout(() => {
      if (this.closing) return;
      this.listen().catch(() => this.reconnect());
    }, 1_000).unref();
  }
}
