import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventBus } from '@undersigned/common';
import { COUNTS_TOPIC, type CountsEvent } from './counts.events';

const TTL_MS = 5_000;
const MAX_ENTRIES = 2_000;

interface Entry {
  letterId: string;
  expires: number;
  value: unknown;
}

/**
 * Signatory pages are read far more often than they change (a coalition's website, journalists,
 * thousands watching a count). Pages are kept briefly, and dropped when the letter's endorsements
 * change: at once in the process that made the change, and in every other process when the
 * change's event arrives; the time-to-live bounds what a lost event could leave stale.
 */
@Injectable()
export class SignatoryCache implements OnModuleInit {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly events: EventBus) {}

  onModuleInit(): void {
    this.events.on<CountsEvent>(COUNTS_TOPIC, (event) => this.invalidate(event.letterId));
  }

  async get<T>(letterId: string, key: unknown[], load: () => Promise<T>): Promise<T> {
    const id = JSON.stringify([letterId, ...key]);
    const hit = this.entries.get(id);
    if (hit && hit.expires > Date.now()) return hit.value as T;
    const value = await load();
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(id, { letterId, expires: Date.now() + TTL_MS, value });
    return value;
  }

  invalidate(letterId: string): void {
    for (const [id, entry] of this.entries) if (entry.letterId === letterId) this.entries.delete(id);
  }
}
