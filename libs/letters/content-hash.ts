import { createHash } from 'node:crypto';

/**
 * The canonical form of letter text: Unicode NFC, `\r\n` as `\n`, no trailing white space on any
 * line (white space as JavaScript's `\s` defines it).
 */
export function canonicalText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .join('\n');
}

/** The contract's content hash: lowercase hex SHA-256 of canonical(`title + "\n\n" + body`). */
export function contentHash(title: string, body: string): string {
  return createHash('sha256')
    .update(canonicalText(`${title}\n\n${body}`), 'utf8')
    .digest('hex');
}

/** Paragraphs are blocks separated by blank lines; comments may point at one (1-based). */
export function paragraphCount(body: string): number {
  return canonicalText(body)
    .split(/\n{2,}/)
    .filter((block) => block.trim() !== '').length;
}
