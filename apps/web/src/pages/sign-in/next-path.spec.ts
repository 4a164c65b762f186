import { nextPath } from './next-path';

describe('nextPath', () => {
  it('goes back to a path of this app', () => {
    expect(nextPath('?next=%2Fletters%2Fa-letter')).toBe('/letters/a-letter');
    expect(nextPath('?next=%2Finvitations%2Fletter%3Ftoken%3Dabc')).toBe('/invitations/letter?token=abc');
  });

  it('goes to the start page without a next path, or when it leads to another site', () => {
    expect(nextPath('')).toBe('/');
    expect(nextPath('?next=https%3A%2F%2Fevil.example')).toBe('/');
    expect(nextPath('?next=%2F%2Fevil.example')).toBe('/');
  });
});
