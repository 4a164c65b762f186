import { isPseudoAreaCode, normaliseUkPostcode, spacedPostcode } from './postcode';

describe('postcodes', () => {
  it.each([
    ['BR8 7RE', 'BR87RE'],
    ['br8 7re', 'BR87RE'],
    ['  SW1A   1AA ', 'SW1A1AA'],
    ['M1 1AE', 'M11AE'],
    ['B33 8TH', 'B338TH'],
    ['CR2 6XH', 'CR26XH'],
    ['DN55 1PT', 'DN551PT'],
    ['W1A 0AX', 'W1A0AX'],
    ['GIR 0AA', 'GIR0AA'],
  ])('normalises %s to %s', (input, expected) => {
    expect(normaliseUkPostcode(input)).toBe(expected);
  });

  it.each(['', 'BR8', 'BR8 7', '12345', 'BR8 7REX', 'B R 8 7 R E X', 'ZZZZ 9ZZ', 'SW1A-1AA', 'x'.repeat(17)])(
    'refuses %s',
    (input) => {
      expect(normaliseUkPostcode(input)).toBeNull();
    },
  );

  it('refuses a long input at once', () => {
    expect(normaliseUkPostcode('A'.repeat(1_000_000))).toBeNull();
  });

  it('spaces the inward code', () => {
    expect(spacedPostcode('BR87RE')).toBe('BR8 7RE');
    expect(spacedPostcode('M11AE')).toBe('M1 1AE');
  });

  it('knows pseudo area codes', () => {
    expect(isPseudoAreaCode('E99999999')).toBe(true);
    expect(isPseudoAreaCode('E14001465')).toBe(false);
  });
});
