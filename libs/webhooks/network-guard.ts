import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { badInput, type DomainError } from '@undersigned/common';

/** The longest webhook URL accepted. */
export const MAX_WEBHOOK_URL_LENGTH = 2000;

/** A target address the guard refuses, with why. */
export class RefusedAddressError extends Error {
  readonly code = 'WEBHOOK_ADDRESS_REFUSED';
}

/**
 * Whether an address is a public unicast one. ipaddr.js names every special range (private,
 * loopback, linkLocal, uniqueLocal, carrierGradeNat, multicast, unspecified, broadcast, reserved,
 * ipv4Mapped, 6to4, teredo, …): anything but `unicast` is refused, IPv4-mapped IPv6 included.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.parse(address).range() === 'unicast';
}

/** A URL a hook may have: http or https, no credentials, a host, bounded. BAD_USER_INPUT otherwise. */
export function parseWebhookUrl(raw: string): URL {
  const refuse = (why: string): DomainError => badInput(`The webhook URL ${why}`);
  if (raw.length > MAX_WEBHOOK_URL_LENGTH) throw refuse(`is longer than ${MAX_WEBHOOK_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse('is not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refuse('must start with http:// or https://');
  if (url.username || url.password) throw refuse('must not carry a user name or password');
  if (!url.hostname) throw refuse('has no host');
  return url;
}

/** The URL's host as an address or a name (IPv6 without its brackets). */
function hostOf(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

/** How a name is resolved: every address it has (node:dns by default; a test may answer itself). */
export type Resolver = (host: string) => Promise<{ address: string; family: number }[]>;

const systemResolver: Resolver = (host) => lookup(host, { all: true, verbatim: true });

export interface ResolvedTarget {
  address: string;
  family: 4 | 6;
}

/**
 * Resolves the URL's host once, and refuses it when any of its addresses is not public (unless
 * `allowPrivate`): the caller connects to the address returned, so a second lookup by the HTTP
 * client (DNS rebinding) cannot send the request elsewhere.
 */
export async function resolveTarget(
  url: URL,
  allowPrivate: boolean,
  resolve: Resolver = systemResolver,
): Promise<ResolvedTarget> {
  const host = hostOf(url);
  const found = isIP(host) !== 0 ? [{ address: host, family: isIP(host) }] : await resolve(host);
  if (!found.length) throw new RefusedAddressError(`${host} has no address`);
  if (!allowPrivate) {
    const refused = found.find(({ address }) => !isPublicAddress(address));
    if (refused) throw new RefusedAddressError(`${host} resolves to a private or reserved address`);
  }
  return { address: found[0].address, family: found[0].family === 6 ? 6 : 4 };
}
