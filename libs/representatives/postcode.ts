/** Longest input worth looking at: a postcode with generous spacing. Longer input is refused unread. */
const MAX_INPUT_LENGTH = 16;

// Outward code (A9, A99, AA9, AA99, A9A, AA9A) then inward code (9AA), spaces removed. No nested
// quantifiers: checking is linear in the (already bounded) length. GIR 0AA is Girobank's.
const UK_POSTCODE = /^(?:[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}|GIR0AA)$/;

/** Upper case without spaces (`br8 7re` → `BR87RE`), or null when it is not shaped like a UK postcode. */
export function normaliseUkPostcode(input: string): string | null {
  if (input.length > MAX_INPUT_LENGTH) return null;
  const compact = input.replace(/\s/g, '').toUpperCase();
  return UK_POSTCODE.test(compact) ? compact : null;
}

/** `BR87RE` → `BR8 7RE`: the spelling postcodes.io and people use. */
export function spacedPostcode(normalised: string): string {
  return `${normalised.slice(0, -3)} ${normalised.slice(-3)}`;
}

// ONS pseudo-codes such as E99999999, W99999999, L99999999 mean "not in any area of this type".
const PSEUDO_CODE = /^[A-Z]9{8}$/;

export function isPseudoAreaCode(code: string): boolean {
  return PSEUDO_CODE.test(code);
}
