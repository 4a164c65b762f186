import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { LetterContent } from './render/letter-renderer';

const MAX_ENTRIES = 32;

/**
 * Rendered PDFs of letters as they stand, keyed by a hash of everything rendered (text,
 * addressees, signatories, the day's date): a change to any of them is a new key, so a stale
 * signatory list is never served, in this process or any other. Renders in flight are shared,
 * so a crowd asking for the same new PDF renders it once.
 */
@Injectable()
export class PdfCache {
  private readonly entries = new Map<string, Promise<Buffer>>();

  render(content: LetterContent, render: (content: LetterContent) => Promise<Buffer>): Promise<Buffer> {
    const key = createHash('sha256')
      .update(JSON.stringify({ ...content, date: content.date.toISOString().slice(0, 10) }))
      .digest('hex');
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last: the first key is the one to evict.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const rendered = render(content);
    rendered.catch(() => this.entries.delete(key));
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, rendered);
    return rendered;
  }
}
