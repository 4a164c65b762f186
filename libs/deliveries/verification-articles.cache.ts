import { Injectable } from '@nestjs/common';
import { RenderService } from './render/render.service';

// The rendered texts kept, in characters (two bytes each at most): a few hundred letters.
const MAX_CACHED_CHARACTERS = 16_000_000;
// What an entry costs besides its text (key, map slot), counted so that many short texts are bounded too.
const ENTRY_OVERHEAD = 200;

/**
 * Delivered texts rendered from Markdown for the verification page, keyed by content hash: a
 * delivered version never changes, so each renders once (on the readers' render thread) and is
 * then served from memory, least recently used first out. Renders in flight are shared.
 */
@Injectable()
export class VerificationArticlesCache {
  private readonly entries = new Map<string, { html: Promise<string>; size: number }>();
  private size = 0;

  constructor(private readonly renderer: RenderService) {}

  html(contentHash: string, body: string): Promise<string> {
    const hit = this.entries.get(contentHash);
    if (hit) {
      // Most recently used last: the first key is the one to evict.
      this.entries.delete(contentHash);
      this.entries.set(contentHash, hit);
      return hit.html;
    }
    const entry = { html: this.renderer.readerMarkdown(body), size: 0 };
    this.entries.set(contentHash, entry);
    entry.html.then(
      (html) => {
        if (this.entries.get(contentHash) !== entry) return;
        entry.size = html.length + ENTRY_OVERHEAD;
        this.size += entry.size;
        this.evict();
      },
      () => {
        if (this.entries.get(contentHash) === entry) this.entries.delete(contentHash);
      },
    );
    return entry.html;
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.size <= MAX_CACHED_CHARACTERS) return;
      this.entries.delete(key);
      this.size -= entry.size;
    }
  }
}
