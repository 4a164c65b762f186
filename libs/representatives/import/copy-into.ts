import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

const CHUNK_CHARS = 64 * 1024;

async function* chunks(lines: AsyncIterable<string>): AsyncGenerator<string> {
  let buffer = '';
  for await (const line of lines) {
    buffer += line;
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/**
 * Streams COPY text lines into `COPY … FROM STDIN`. When `lines` throws, the COPY is abandoned
 * (the transaction around it must then be rolled back) and the error is the one thrown.
 */
export async function copyInto(client: Client, copySql: string, lines: AsyncIterable<string>): Promise<void> {
  await pipeline(Readable.from(chunks(lines)), client.query(copyFrom(copySql)));
}
