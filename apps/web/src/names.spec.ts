import { plainName } from './names';

describe('plainName', () => {
  it('removes bidi overrides, isolates and marks, keeping the letters', () => {
    expect(plainName('Evil\u202E gro\u2066 ʻ\u200Fname\u2069\u061C')).toBe('Evil gro ʻname');
    expect(plainName('منظمة العفو')).toBe('منظمة العفو');
  });
});
