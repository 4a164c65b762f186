import { normaliseAnyPostcode } from './postcode';

describe('a supporter postcode, of any country', () => {
  it.each([
    ['sw1a 1aa', 'SW1A1AA'],
    [' BR8  7RE ', 'BR87RE'],
    ['10115', '10115'],
    ['75 008', '75008'],
    ['d02 x285', 'D02X285'],
    ['12', '12'],
  ])('normalises %s to %s', (input, expected) => {
    expect(normaliseAnyPostcode(input)).toBe(expected);
  });

  it.each(['', '1', 'SW1A-1AA', '12345678901', 'not a postcode!'])('refuses %s', (input) => {
    expect(normaliseAnyPostcode(input)).toBeNull();
  });
});
