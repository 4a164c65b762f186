/** Upper case without spaces ("sw1a 1aa" → "SW1A1AA"); null when it cannot be a postcode. */
export function normalisePostcode(value: string): string | null {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return /^[A-Z0-9]{2,10}$/.test(compact) ? compact : null;
}
