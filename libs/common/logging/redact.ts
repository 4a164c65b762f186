import { QueryFailedError } from 'typeorm';

/** Logged texts are cut here: enough to diagnose, and it keeps the redaction below linear in practice. */
const MAX_LOGGED_TEXT = 2_000;
// A local part as atoms or quoted (`"jane doe"`), a domain as a name or an address literal (`[192.0.2.7]`,
// `[IPv6:…]`): RFC 5321's forms, the quoted and bracketed ones bounded by its 64-octet local part and
// 255-octet path, so that no start position scans far.
const EMAIL =
  /(?:"(?:[^"\\\n]|\\.){1,64}"|[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]+)@(?:\[[^\]\n]{1,255}\]|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*)/gu;
const QUOTED = /"[^"\n]*"|'(?:[^'\n]|'')*'/g;

/** The text with every email address replaced by `[email]` (SMTP replies quote the recipient). */
export function redactEmails(text: string): string {
  return text.slice(0, MAX_LOGGED_TEXT).replace(EMAIL, '[email]');
}

/** The text with quoted values (`"abc"`, `'abc'`) replaced, as PostgreSQL messages quote inputs. */
function redactQuoted(text: string): string {
  return redactEmails(text).replace(QUOTED, '"[value]"');
}

/** A stack without its first line, which repeats the message. */
function framesOf(error: Error): string | undefined {
  return error.stack?.split('\n').slice(1).join('\n').slice(0, MAX_LOGGED_TEXT);
}

/**
 * What may be logged of an unexpected error: never the parameters of a failed query, the values
 * PostgreSQL quotes in its message or detail, or an email address; the kind, code and stack stay.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (error instanceof QueryFailedError) {
    const driver = error.driverError as { code?: string; table?: string; constraint?: string; routine?: string };
    return {
      type: 'QueryFailedError',
      code: driver?.code,
      message: redactQuoted(error.message),
      table: driver?.table,
      constraint: driver?.constraint,
      routine: driver?.routine,
      query: redactQuoted(error.query ?? ''),
      stack: framesOf(error),
    };
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return {
      type: error.name,
      ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
      message: redactEmails(error.message),
      stack: framesOf(error),
    };
  }
  return { type: typeof error, message: redactEmails(String(error)) };
}
