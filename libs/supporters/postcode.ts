/**
 * A supporter's postcode, of any country: upper case without spaces ("sw1a 1aa" → "SW1A1AA",
 * "10115" stays), null when it cannot be one. Looser than representatives' normaliseUkPostcode,
 * which accepts only the shape of a UK postcode: a supporter abroad signs with theirs.
 */
export function normaliseAnyPostcode(value: string): string | null {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return /^[A-Z0-9]{2,10}$/.test(compact) ? compact : null;
}
