import type { CsvSource } from './csv-records';

const WIDTH = 30;
const EVERY_MS = 200;

export interface ProgressBar {
  tick(rows: number): void;
  done(rows: number): void;
}

/**
 * A one-line progress bar, drawn only on a terminal (a log file or a pipe gets the summary line
 * alone). A dozen lines of our own rather than a dependency: nothing here needs more.
 */
export function progressBar(label: string, source: CsvSource, out: NodeJS.WriteStream = process.stdout): ProgressBar {
  let last = 0;
  const draw = (rows: number, force: boolean): void => {
    if (!out.isTTY) return;
    const now = Date.now();
    if (!force && now - last < EVERY_MS) return;
    last = now;
    const share = source.bytes ? Math.min(1, source.readBytes() / source.bytes) : 1;
    const filled = Math.round(share * WIDTH);
    const bar = '#'.repeat(filled) + '-'.repeat(WIDTH - filled);
    out.write(`\r${label} [${bar}] ${(share * 100).toFixed(0).padStart(3)}% ${rows.toLocaleString('en-GB')} rows`);
  };
  return {
    tick: (rows) => draw(rows, false),
    done: (rows) => {
      draw(rows, true);
      if (out.isTTY) out.write('\n');
    },
  };
}
