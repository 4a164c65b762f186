import { websiteDomain } from './organisations.service';

describe('websiteDomain', () => {
  it("is the website's host without www.", () => {
    expect(websiteDomain('https://www.amnesty.org/en/')).toBe('amnesty.org');
    expect(websiteDomain('https://uk.amnesty.org.uk')).toBe('uk.amnesty.org.uk');
    expect(websiteDomain('hrw.org')).toBe('hrw.org');
  });

  it('is nothing for a public suffix, which nobody owns', () => {
    expect(websiteDomain('https://co.uk')).toBeNull();
    expect(websiteDomain('https://www.github.io')).toBeNull();
  });

  it("is nothing for a shared mail provider's own site", () => {
    expect(websiteDomain('https://www.gmail.com')).toBeNull();
    expect(websiteDomain('https://proton.me')).toBeNull();
  });

  it('is nothing for an address that names a user before the real host', () => {
    expect(websiteDomain('https://amnesty.org@example.org')).toBeNull();
    expect(websiteDomain('https://amnesty.org:pw@example.org')).toBeNull();
  });
});
