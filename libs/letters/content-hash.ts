import { createHash } from 'node:crypto';

/** JavaScript's `\s`: WhiteSpace and LineTerminator of ECMA-262 (none is outside the BMP). */
export function isJsWhiteSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The line without its trailing white space; a backwards scan, linear where `/\s+$/` is quadratic. */
function trimLineEnd(line: string): string {
  let end = line.length;
  while (end > 0 && isJsWhiteSpace(line.charCodeAt(end - 1))) end--;
  return end === line.length ? line : line.slice(0, end);
}

/**
 * The canonical form of letter text: Unicode NFC, `\r\n` as `\n`, no trailing white space on any
 * line (white space as JavaScript's `\s` defines it). Linear in the length of the text.
 */
export function canonicalText(text: string): string {
  return text.normalize('NFC').replace(/\r\n/g, '\n').split('\n').map(trimLineEnd).join('\n');
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
