import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LetterContent } from './letter-renderer';

interface Pending {
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
}

interface Reply {
  id: number;
  pdf?: Uint8Array;
  error?: string;
}

let worker: Worker | null = null;
let nextId = 0;
let renders = 0;
const pending = new Map<number, Pending>();

/** How many PDFs this process has rendered: serving a stored edition renders none. */
export function pdfRenders(): number {
  return renders;
}

/** The worker script: compiled JavaScript, or TypeScript through ts-node when run from source (tests). */
function script(): { file: string; execArgv: string[] } {
  const compiled = join(__dirname, 'pdf-render.worker.js');
  if (existsSync(compiled)) return { file: compiled, execArgv: [] };
  return {
    file: join(__dirname, 'pdf-render.worker.ts'),
    execArgv: ['-r', 'ts-node/register/transpile-only'],
  };
}

function start(): Worker {
  const { file, execArgv } = script();
  const created = new Worker(file, { execArgv });
  created.on('message', (reply: Reply) => {
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    if (!pending.size) created.unref();
    if (reply.pdf) job.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
    else job.reject(new Error(reply.error ?? 'the PDF could not be rendered'));
  });
  // A crashed renderer fails what it held; the next render starts a new one.
  const fail = (error: Error): void => {
    if (worker === created) worker = null;
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  created.on('error', fail);
  created.on('exit', (code) => fail(new Error(`the PDF renderer stopped (exit code ${code})`)));
  return created;
}

/**
 * The letter as a PDF, typeset on a worker thread of this process so that a long letter never
 * holds up the requests the main thread serves.
 */
export function renderPdf(content: LetterContent): Promise<Buffer> {
  renders++;
  worker ??= start();
  const current = worker;
  current.ref();
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    current.postMessage({ id, content });
  });
}

/** Stops the renderer thread (at shutdown); a later render starts another. */
export async function stopPdfRenderer(): Promise<void> {
  const stopping = worker;
  worker = null;
  if (stopping) await stopping.terminate();
}
