import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LetterContent } from './letter-renderer';

/** What a render thread does: a PDF, a delivered edition (HTML, text and PDF), or Markdown as HTML. */
export type RenderJob =
  | { kind: 'pdf'; content: LetterContent }
  | { kind: 'edition'; content: LetterContent }
  | { kind: 'markdown'; body: string };

/** A delivered edition as it is stored and mailed. */
export interface RenderedEdition {
  html: string;
  text: string;
  pdf: Buffer;
}

/** What the worker thread sends back for one job (a structured clone: bytes arrive as a Uint8Array). */
export interface RenderReply {
  id: number;
  pdf?: Uint8Array;
  html?: string;
  text?: string;
  error?: string;
}

/** A render refused because the queue it would wait in is full; the client may come back later. */
export class RenderQueueFull extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`The server is busy rendering; try again in ${retryAfterSeconds} seconds`);
    this.name = 'RenderQueueFull';
  }
}

interface Pending {
  resolve: (reply: RenderReply) => void;
  reject: (error: Error) => void;
}

let pdfCount = 0;
let markdownCount = 0;

/** How many PDFs this process has sent to be rendered: serving a stored edition renders none. */
export function pdfRenders(): number {
  return pdfCount;
}

/** How many Markdown bodies this process has sent to be rendered on their own (the verification page). */
export function markdownRenders(): number {
  return markdownCount;
}

/** The worker script: compiled JavaScript, or TypeScript through ts-node when run from source (tests). */
function script(): { file: string; execArgv: string[] } {
  const compiled = join(__dirname, 'render.worker.js');
  if (existsSync(compiled)) return { file: compiled, execArgv: [] };
  return { file: join(__dirname, 'render.worker.ts'), execArgv: ['-r', 'ts-node/register/transpile-only'] };
}

// Retry-After is the queue's length times the time a render took lately, within these bounds.
const MIN_RETRY_SECONDS = 1;
const MAX_RETRY_SECONDS = 120;

/**
 * One worker thread and the renders waiting for it, done one at a time in the order sent: a long
 * letter takes seconds of CPU, and the main thread must keep answering meanwhile. With a `limit`,
 * a render that would find that many before it is refused (RenderQueueFull) instead of waiting.
 */
export class RenderThread {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  // The last render's duration and when the thread last finished one, for Retry-After.
  private lastDurationMs = 1000;
  private idleSince = Date.now();

  constructor(private readonly limit: number | null) {}

  /** Renders sent and not finished, the one running included. */
  get waiting(): number {
    return this.pending.size;
  }

  pdf(content: LetterContent): Promise<Buffer> {
    return this.run({ kind: 'pdf', content }).then((reply) => toBuffer(reply.pdf));
  }

  edition(content: LetterContent): Promise<RenderedEdition> {
    return this.run({ kind: 'edition', content }).then((reply) => ({
      html: reply.html ?? '',
      text: reply.text ?? '',
      pdf: toBuffer(reply.pdf),
    }));
  }

  markdown(body: string): Promise<string> {
    return this.run({ kind: 'markdown', body }).then((reply) => reply.html ?? '');
  }

  /** Stops the thread (at shutdown), failing what waits for it; a later render starts another. */
  async stop(): Promise<void> {
    const stopping = this.worker;
    this.worker = null;
    if (stopping) await stopping.terminate();
  }

  private run(job: RenderJob): Promise<RenderReply> {
    if (this.limit !== null && this.pending.size >= this.limit) {
      const seconds = Math.ceil((this.pending.size * this.lastDurationMs) / 1000);
      return Promise.reject(new RenderQueueFull(Math.min(MAX_RETRY_SECONDS, Math.max(MIN_RETRY_SECONDS, seconds))));
    }
    if (job.kind === 'markdown') markdownCount++;
    else pdfCount++;
    if (!this.pending.size) this.idleSince = Date.now();
    this.worker ??= this.start();
    const current = this.worker;
    current.ref();
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      current.postMessage({ id, job });
    });
  }

  private start(): Worker {
    const { file, execArgv } = script();
    const created = new Worker(file, { execArgv });
    created.on('message', (reply: RenderReply) => {
      const job = this.pending.get(reply.id);
      if (!job) return;
      this.pending.delete(reply.id);
      const now = Date.now();
      this.lastDurationMs = now - this.idleSince;
      this.idleSince = now;
      if (!this.pending.size) created.unref();
      if (reply.error !== undefined) job.reject(new Error(reply.error));
      else job.resolve(reply);
    });
    // A crashed renderer fails what it held; the next render starts a new one.
    const fail = (error: Error): void => {
      if (this.worker === created) this.worker = null;
      for (const job of this.pending.values()) job.reject(error);
      this.pending.clear();
    };
    created.on('error', fail);
    created.on('exit', (code) => fail(new Error(`the renderer stopped (exit code ${code})`)));
    return created;
  }
}

function toBuffer(bytes: Uint8Array | undefined): Buffer {
  if (!bytes) throw new Error('the PDF could not be rendered');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
