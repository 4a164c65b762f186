import { createReadStream, statSync } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';

/** A file that cannot be imported, naming the line at fault when there is one. */
export class ImportError extends Error {
  constructor(
    readonly line: number | undefined,
    readonly problem: string,
    readonly file?: string,
  ) {
    super([file, line === undefined ? undefined : `line ${line}`, problem].filter(Boolean).join(': '));
    this.name = 'ImportError';
  }

  inFile(file: string): ImportError {
    return new ImportError(this.line, this.problem, file);
  }
}

/** A column of the file, found by any of its header names (compared case-insensitively). */
export interface ColumnSpec {
  names: string[];
  required: boolean;
}

export interface CsvRecord<K extends string> {
  /** The (last) line of the file the record was read from, counting from 1 for the header. */
  line: number;
  values: Record<K, string | undefined>;
}

export interface CsvSource {
  path: string;
  bytes: number;
  /** Bytes read so far, for a progress bar. */
  readBytes(): number;
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Streams a CSV file as records keyed by the columns asked for, mapped by header name: the file
 * is never held in memory, and the names can change between releases of a data set.
 */
export async function* csvRecords<K extends string>(
  source: CsvSource & { stream: Readable },
  columns: Record<K, ColumnSpec>,
): AsyncGenerator<CsvRecord<K>> {
  const parser = source.stream.pipe(
    parse({ bom: true, info: true, skip_empty_lines: true, trim: true, max_record_size: 64 * 1024 }),
  );
  // A stream error (a missing file) ends the parser too, so the loop below sees it.
  source.stream.on('error', (error) => parser.destroy(error));
  let indexes: Record<K, number> | undefined;
  try {
    for await (const { record, info } of parser as AsyncIterable<ParsedRecord>) {
      if (!indexes) {
        indexes = headerIndexes(record, columns);
        continue;
      }
      const values = {} as Record<K, string | undefined>;
      for (const key of Object.keys(indexes) as K[]) {
        const index = indexes[key];
        const value = index < 0 ? undefined : record[index];
        values[key] = value === '' ? undefined : value;
      }
      yield { line: info.lines, values };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === 'number' ? error.lines : undefined;
      throw new ImportError(line, `not a well-formed CSV line (${error.code})`);
    }
    throw error;
  } finally {
    source.stream.destroy();
  }
  if (!indexes) throw new ImportError(undefined, 'the file is empty');
}

function headerIndexes<K extends string>(header: string[], columns: Record<K, ColumnSpec>): Record<K, number> {
  const lower = header.map((name) => name.trim().toLowerCase());
  const indexes = {} as Record<K, number>;
  for (const [key, spec] of Object.entries(columns) as [K, ColumnSpec][]) {
    const index = lower.findIndex((name) => spec.names.includes(name));
    if (index < 0 && spec.required) {
      throw new ImportError(1, `no column named ${spec.names.join(' or ')} in the header`);
    }
    indexes[key] = index;
  }
  return indexes;
}

/** Opens a file for csvRecords, counting the bytes read. */
export function openCsv(path: string): CsvSource & { stream: Readable } {
  let bytes: number;
  try {
    bytes = statSync(path).size;
  } catch {
    throw new ImportError(undefined, `cannot read ${path}`);
  }
  let read = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      read += chunk.length;
      done(null, chunk);
    },
  });
  const stream = createReadStream(path)
    .on('error', (error) => counter.destroy(error))
    .pipe(counter);
  return { path, bytes, readBytes: () => read, stream };
}

const COPY_SPECIAL = /[\\\t\n\r]/g;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One row of COPY's text format: tab-separated, `\N` for null, backslash escapes. */
export function copyLine(values: (string | number | null | undefined)[]): string {
  return (
    values
      .map((value) =>
        value === null || value === undefined
          ? '\\N'
          : String(value).replace(COPY_SPECIAL, (special) => COPY_ESCAPES[special]),
      )
      .join('\t') + '\n'
  );
}
