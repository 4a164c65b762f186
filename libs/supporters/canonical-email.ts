import { createHmac } from 'node:crypto';
import { domainToASCII } from 'node:url';

/** Mail domains that are one mailbox under two names. */
const DOMAIN_ALIASES: Record<string, string> = { 'googlemail.com': 'gmail.com' };
/** Domains whose mailboxes ignore dots in the local part. */
const DOTLESS_DOMAINS = new Set(['gmail.com']);
/** A local part as people write it: no quotes, spaces or other specials that name the same mailbox twice. */
const PLAIN_LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
const ASCII_DOMAIN = /^[a-z0-9.-]+$/;

/**
 * The address as the mailbox it reaches, for "one signature per person": lower case, `+tag`
 * removed, the domain in ASCII (punycode; `。` read as `.`, no trailing dot), and for Gmail dots
 * removed and googlemail.com read as gmail.com. `null` for what is not a plain address (a quoted
 * local part reaches the same mailbox under another spelling). Linear in the input.
 */
export function canonicalEmail(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at <= 0 || at === email.length - 1) return null;
  let local = email.slice(0, at).toLowerCase();
  let domain = domainToASCII(email.slice(at + 1).toLowerCase()).replace(/\.$/, '');
  if (!PLAIN_LOCAL.test(local) || !domain || !ASCII_DOMAIN.test(domain)) return null;
  domain = DOMAIN_ALIASES[domain] ?? domain;
  const plus = local.indexOf('+');
  if (plus >= 0) local = local.slice(0, plus);
  if (DOTLESS_DOMAINS.has(domain)) local = local.replaceAll('.', '');
  if (!local) return null;
  return `${local}@${domain}`;
}

/** The address as typed, its domain in ASCII: what SMTP servers take (`a@fraud。example` → `a@fraud.example`). */
export function deliverableAddress(email: string): string {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, at)}@${domainToASCII(email.slice(at + 1).toLowerCase()).replace(/\.$/, '')}`;
}

/** The domain signatures are blocked or invalidated by: the canonical one. */
export function emailDomain(canonical: string): string {
  return canonical.slice(canonical.lastIndexOf('@') + 1);
}

/** A domain as a lead types it into a block list or an invalidation: ASCII, lower case, no trailing dot. */
export function canonicalDomain(domain: string): string {
  const ascii = domainToASCII(domain.trim().toLowerCase()).replace(/\.$/, '');
  return DOMAIN_ALIASES[ascii] ?? ascii;
}

/** Whether `domain` is `blocked` or one of its subdomains. */
export function withinDomain(domain: string, blocked: string): boolean {
  return domain === blocked || domain.endsWith(`.${blocked}`);
}

/**
 * A keyed hash of the canonical address: it keeps one signature per person after the address
 * itself is erased, and cannot be reversed by hashing a list of addresses without the key.
 */
export function emailFingerprint(key: Buffer, canonical: string): string {
  return createHmac('sha256', key).update(canonical).digest('hex');
}
