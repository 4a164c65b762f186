import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventBusService } from '@undersigned/common';
import { LETTER_PUBLISHED_TOPIC, type LetterPublishedEvent } from '@undersigned/letters';
import { COUNTS_TOPIC, type CountsEvent } from './counts.events';

const TTL_MS = 5_000;
const MAX_ENTRIES = 2_000;

interface Entry {
  /** The letter the value is about: known up front, or once it has loaded (a count by slug). */
  letterId: string | null;
  expires: number;
  value: Promise<unknown>;
}

/**
 * What the public reads of a letter far more often than it changes (signatory and supporter pages,
 * its count), kept briefly in this process. Concurrent misses share one load, so a crowd arriving
 * at once reaches PostgreSQL once. An entry goes when its letter's counts change: at once in the
 * process that made the change, and in every other process when the change's event arrives; the
 * time-to-live bounds what a lost event could leave stale. The same when a letter under embargo
 * publishes.
 */
@Injectable()
export class LetterReadCache implements OnModuleInit {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly events: EventBusService) {}

  onModuleInit(): void {
    this.events.on<CountsEvent>(COUNTS_TOPIC, (event) => this.invalidate(event.letterId));
    // A letter under embargo was kept as not found: once published, every process reads it anew.
    this.events.on<LetterPublishedEvent>(LETTER_PUBLISHED_TOPIC, (event) => this.invalidate(event.letterId));
  }

  /** The value of a letter known by id. */
  get<T>(letterId: string, key: unknown[], load: () => Promise<T>): Promise<T> {
    return this.remember(JSON.stringify([letterId, ...key]), letterId, load, () => letterId);
  }

  /** A value whose letter is known only once loaded (null: no letter, kept all the same). */
  getFound<T>(key: unknown[], load: () => Promise<T>, letterOf: (value: T) => string | null): Promise<T> {
    return this.remember(JSON.stringify(key), null, load, letterOf);
  }

  invalidate(letterId: string): void {
    for (const [id, entry] of this.entries) if (entry.letterId === letterId) this.entries.delete(id);
  }

  private remember<T>(
    id: string,
    letterId: string | null,
    load: () => Promise<T>,
    letterOf: (value: T) => string | null,
  ): Promise<T> {
    const hit = this.entries.get(id);
    if (hit && hit.expires > Date.now()) return hit.value as Promise<T>;
    const entry: Entry = { letterId, expires: Date.now() + TTL_MS, value: load() };
    entry.value.then(
      (value) => (entry.letterId = letterOf(value as T)),
      () => this.entries.get(id) === entry && this.entries.delete(id),
    );
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(id, entry);
    return entry.value as Promise<T>;
  }
}
