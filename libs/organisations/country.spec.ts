import { normaliseCountry } from './country';

describe('normaliseCountry', () => {
  it.each([
    ['gb', 'GB'],
    ['US', 'US'],
    ['Tibet', 'Tibet'],
    ['East  Turkestan', 'East Turkestan'],
    ['XX', null],
    ['1', null],
    ['<script>', null],
    ['a'.repeat(80), null],
  ])('%s -> %s', (value, expected) => {
    expect(normaliseCountry(value)).toBe(expected);
  });
});
