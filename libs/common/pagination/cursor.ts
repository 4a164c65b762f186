import { badInput } from '../errors';
import type { ConnectionShape } from './connection';

export type CursorValue = string | number | null;

/** Opaque keyset cursors: the sort key of the last row seen, base64url-encoded. */
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, length: number): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === length &&
      values.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
    ) {
      return values as CursorValue[];
    }
  } catch {
    // fall through to the one error below
  }
  throw badInput('Invalid cursor');
}

/** Builds a connection from `first + 1` rows fetched after the cursor. */
export function toConnection<Row, Node>(
  rows: Row[],
  first: number,
  totalCount: number,
  keyOf: (row: Row) => CursorValue[],
  toNode: (row: Row) => Node,
): ConnectionShape<Node> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeCursor(keyOf(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/** For short lists ordered by expressions a keyset cannot follow: the cursor is a position. */
export function offsetOf(after: string | null | undefined): number {
  if (!after) return 0;
  const [offset] = decodeCursor(after, 1);
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) throw badInput('Invalid cursor');
  return offset;
}

/** A connection from `first + 1` rows fetched at `offset`. */
export function toOffsetConnection<Row, Node>(
  rows: Row[],
  first: number,
  offset: number,
  totalCount: number,
  toNode: (row: Row) => Node,
): ConnectionShape<Node> {
  const edges = rows
    .slice(0, first)
    .map((row, index) => ({ cursor: encodeCursor([offset + index + 1]), node: toNode(row) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
