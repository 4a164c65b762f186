import type { Request } from 'express';
import type { MailLanguage } from './mail-language';

/** The header the web app sends its reader's IANA time zone in (Intl.DateTimeFormat().resolvedOptions()). */
export const TIME_ZONE_HEADER = 'x-time-zone';

/** An IANA time zone name Intl knows ("Europe/London"), or undefined for anything else. */
export function validTimeZone(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return undefined;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return undefined; // RangeError: not a time zone
  }
}

/** The reader's time zone a request names (TIME_ZONE_HEADER), if it names a real one. */
export function timeZoneOfRequest(req: Pick<Request, 'headers'> | undefined): string | undefined {
  return validTimeZone(req?.headers?.[TIME_ZONE_HEADER]);
}

/**
 * A moment as a mail's reader reads it: in the mail's language, in their time zone (UTC when it is
 * not known), with the zone named ("Thursday 18 June 2026 at 00:01:00 BST").
 */
export function formatMailTime(date: Date, language: MailLanguage, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'full',
    timeStyle: 'long',
    timeZone: validTimeZone(timeZone) ?? 'UTC',
  }).format(date);
}
