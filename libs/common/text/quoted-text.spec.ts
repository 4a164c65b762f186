import { defang, plainLine, quoteText } from './quoted-text';

describe('text quoted in the platform’s mail', () => {
  it('leaves nothing a mail client would link', () => {
    const text = defang(
      'Log in at https://paypal.com.evil.example/login or www.evil.example, mail a@b.org, ftp://x.io',
    );
    expect(text).toBe(
      'Log in at hxxps[://]paypal[.]com[.]evil[.]example/login or www[.]evil[.]example, mail a@b[.]org, ftp[://]x[.]io',
    );
    expect(text).not.toMatch(/https?:|\w:\/\/|\w\.\p{L}{2}/iu);
  });

  it('keeps numbers, abbreviations and sentences readable', () => {
    expect(defang('We ask for 3.5% by 2027, e.g. now. Thanks')).toBe('We ask for 3.5% by 2027, e.g. now. Thanks');
  });

  it('removes controls and bidi overrides that could disguise a text', () => {
    expect(defang('pay\u202eevil\u202c\u0007 me')).toBe('payevil me');
  });

  it('quotes every line and flattens a subject line', () => {
    expect(quoteText('Dear friends,\r\n\r\nsee evil.example')).toBe('> Dear friends,\n>\n> see evil[.]example');
    expect(plainLine('  A\nB   C ', 100)).toBe('A B C');
    expect(plainLine('x'.repeat(300), 80)).toHaveLength(80);
  });

  it('takes linear time on hostile input', () => {
    const hostile = `${'a.'.repeat(100_000)}${':/'.repeat(100_000)}${'http'.repeat(50_000)}`;
    const started = Date.now();
    defang(hostile);
    quoteText(hostile);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
