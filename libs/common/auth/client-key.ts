import { createHash } from 'node:crypto';

/** IPv4 as it is; IPv6 (not IPv4-mapped) by its first four groups, the /64 a host is given. */
export function clientKey(ip: string): string {
  if (!ip.includes(':') || ip.startsWith('::ffff:')) return ip;
  const [head, tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g || '0', 16).toString(16))
    .join(':')}::/64`;
}

/**
 * The rate-limit key of a client for one limit (`scope`): a hash of its clientKey, so that the
 * rate-limit table keeps no client's address.
 */
export function hashedClientKey(scope: string, ip: string): string {
  return `${scope}:${createHash('sha256').update(clientKey(ip)).digest('hex').slice(0, 32)}`;
}
