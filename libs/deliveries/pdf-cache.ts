import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { LetterContent } from './render/letter-renderer';
import { RenderQueueFull } from './render/render-thread';

/** At most this many PDFs are kept in all, … */
export const PDF_CACHE_MAX_ENTRIES = 32;
/** … weighing at most this much together (a Chinese translation is up to 1.5 MB) … */
export const PDF_CACHE_MAX_BYTES = 24 * 1024 * 1024;
/** … and at most this many of one letter (its original and translations): asking for every language of one
 * letter evicts only that letter's own PDFs, never another letter's. */
export const PDF_CACHE_MAX_PER_LETTER = 6;
/** Renders of one letter waiting for the readers' render thread at once; more are refused (503), so that one
 * letter's languages asked for all together cannot fill the queue that every letter's readers share. */
export const PDF_RENDERS_PER_LETTER = 2;
const RETRY_AFTER_SECONDS = 2;

interface Entry {
  letterId: string;
  pdf: Promise<Buffer>;
  /** The PDF's size once rendered; null while it renders. */
  bytes: number | null;
}

/**
 * Rendered PDFs of letters as they stand, keyed by a hash of everything rendered (text,
 * addressees, signatories, the day's date): a change to any of them is a new key, so a stale
 * signatory list is never served, in this process or any other. Renders in flight are shared,
 * so a crowd asking for the same new PDF renders it once. Bounded by count, by bytes and per letter.
 */
@Injectable()
export class PdfCache {
  // Most recently used last: the first entry is the one to evict.
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  render(
    letterId: string,
    content: LetterContent,
    render: (content: LetterContent) => Promise<Buffer>,
  ): Promise<Buffer> {
    const key = createHash('sha256')
      .update(JSON.stringify({ ...content, date: content.date.toISOString().slice(0, 10) }))
      .digest('hex');
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.pdf;
    }
    const ofLetter = [...this.entries].filter(([, e]) => e.letterId === letterId);
    if (ofLetter.filter(([, e]) => e.bytes === null).length >= PDF_RENDERS_PER_LETTER) {
      return Promise.reject(new RenderQueueFull(RETRY_AFTER_SECONDS));
    }
    // Room for this letter's new PDF is made among its own, oldest first (never one still rendering).
    const settled = ofLetter.filter(([, e]) => e.bytes !== null);
    for (let i = 0; i <= ofLetter.length - PDF_CACHE_MAX_PER_LETTER && i < settled.length; i++) {
      this.forget(settled[i][0]);
    }
    const entry: Entry = { letterId, pdf: render(content), bytes: null };
    this.entries.set(key, entry);
    entry.pdf.then(
      (pdf) => {
        if (this.entries.get(key) !== entry) return;
        entry.bytes = pdf.length;
        this.bytes += pdf.length;
        this.evict();
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    this.evict();
    return entry.pdf;
  }

  /** The PDFs kept and their weight (for tests and monitoring). */
  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= PDF_CACHE_MAX_ENTRIES && this.bytes <= PDF_CACHE_MAX_BYTES) return;
      // A render in flight stays: those waiting for it share it.
      if (entry.bytes !== null) this.forget(key);
    }
  }

  private forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    if (entry.bytes !== null) this.bytes -= entry.bytes;
  }
}
