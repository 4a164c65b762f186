/**
 * Text someone else wrote, made safe to show inside a mail the platform sends: nothing in it can
 * be clicked or auto-linked by a mail client. Every pattern here is a single pass without
 * backtracking over nested quantifiers, so the time is linear in the text's length.
 */

/** C0/C1 controls (but tab and newline) and the bidi controls that can make a text read backwards. */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * Defangs what a mail client would turn into a link: `http(s):` becomes `hxxp(s):`, any `://`
 * becomes `[://]`, and a dot followed by two letters (a domain or an email address:
 * `evil.example`, `www.`, `a@b.org`) becomes `[.]`. Numbers such as 3.5 and "e.g." are left alone.
 */
export function defang(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(/\bhttp(s?):/gi, (_match, s: string) => `hxxp${s}:`)
    .replace(/:\/\//g, '[://]')
    .replace(/\.(?=\p{L}\p{L})/gu, '[.]');
}

/** One line of a name or title for a subject or a heading: defanged, no line breaks, at most `max` characters. */
export function plainLine(text: string, max: number): string {
  const line = defang(text).replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** The message as an email quotation ("> " before each line), defanged. */
export function quoteText(text: string): string {
  return defang(text.replace(/\r\n?/g, '\n'))
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}
