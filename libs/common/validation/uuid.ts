import { badInput } from '../errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** IDs are UUIDs: anything else is bad input, refused before it reaches SQL. */
export function assertUuid(value: string, what = 'id'): string {
  if (!isUuid(value)) throw badInput(`${what} must be a UUID`);
  return value.toLowerCase();
}
