import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventBus } from '@undersigned/common';
import { COUNTS_TOPIC, type CountsEvent } from '@undersigned/endorsements';

const TTL_MS = 2_000;
const MAX_ENTRIES = 10_000;

export interface PublicCount {
  letterId: string | null;
  body: { signed: number; supporters: number; goal: number | null } | null;
}

/**
 * The public count of each letter, kept in this process for a moment: a crowd reloading a
 * letter's count reaches PostgreSQL about once per TTL per process, not once per reload. An entry
 * goes as soon as the letter's counts change, in every process (the counts event); the TTL bounds
 * what a lost event could leave stale. Unknown slugs are kept too, so made-up ones cost no more.
 */
@Injectable()
export class CountCache implements OnModuleInit {
  private readonly entries = new Map<string, { expires: number; value: Promise<PublicCount> }>();

  constructor(private readonly events: EventBus) {}

  onModuleInit(): void {
    this.events.on<CountsEvent>(COUNTS_TOPIC, (event) => this.invalidate(event.letterId));
  }

  get(slug: string, load: () => Promise<PublicCount>): Promise<PublicCount> {
    const hit = this.entries.get(slug);
    if (hit && hit.expires > Date.now()) return hit.value;
    // Concurrent misses share one load.
    const value = load();
    value.catch(() => this.entries.delete(slug));
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(slug, { expires: Date.now() + TTL_MS, value });
    return value;
  }

  invalidate(letterId: string): void {
    for (const [slug, entry] of this.entries) {
      void entry.value.then((count) => {
        if (count.letterId === letterId && this.entries.get(slug) === entry) this.entries.delete(slug);
      });
    }
  }
}
