import { createHmac } from 'node:crypto';

/** Mail domains that are one mailbox under two names. */
const DOMAIN_ALIASES: Record<string, string> = { 'googlemail.com': 'gmail.com' };
/** Domains whose mailboxes ignore dots in the local part. */
const DOTLESS_DOMAINS = new Set(['gmail.com']);

/**
 * The address as the mailbox it reaches, for "one signature per person": lower case, `+tag`
 * removed, and for Gmail dots removed and googlemail.com read as gmail.com. `null` when it is
 * not an address at all. Linear in the input.
 */
export function canonicalEmail(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at <= 0 || at === email.length - 1) return null;
  let local = email.slice(0, at).toLowerCase();
  let domain = email.slice(at + 1).toLowerCase();
  domain = DOMAIN_ALIASES[domain] ?? domain;
  const plus = local.indexOf('+');
  if (plus >= 0) local = local.slice(0, plus);
  if (DOTLESS_DOMAINS.has(domain)) local = local.replaceAll('.', '');
  if (!local) return null;
  return `${local}@${domain}`;
}

/** The domain signatures are blocked or invalidated by: the canonical one. */
export function emailDomain(canonical: string): string {
  return canonical.slice(canonical.lastIndexOf('@') + 1);
}

/**
 * A keyed hash of the canonical address: it keeps one signature per person after the address
 * itself is erased, and cannot be reversed by hashing a list of addresses without the key.
 */
export function emailFingerprint(key: Buffer, canonical: string): string {
  return createHmac('sha256', key).update(canonical).digest('hex');
}
