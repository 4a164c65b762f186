import { createHash } from 'node:crypto';
import { canonicalText, contentHash, isJsWhiteSpace, paragraphCount } from './content-hash';

/** An independent computation over the exact bytes the contract describes. */
function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

describe('contentHash', () => {
  it('hashes title, a blank line and body as UTF-8', () => {
    expect(contentHash('Free them', 'We ask you to raise their cases.')).toBe(
      sha256Hex(Buffer.from('Free them\n\nWe ask you to raise their cases.', 'utf8')),
    );
  });

  it('is the known SHA-256 of a fixed vector', () => {
    // printf 'A\n\nB' | sha256sum
    expect(contentHash('A', 'B')).toBe('13c8c841fb53ad9953fbadbc2bcf1608d590d32828d3e5bc117b0f39f6c33679');
  });

  it('turns \\r\\n into \\n', () => {
    expect(contentHash('T', 'line one\r\nline two\r\n')).toBe(sha256Hex(Buffer.from('T\n\nline one\nline two\n')));
  });

  it('drops trailing spaces and tabs from every line', () => {
    expect(contentHash('Title  ', 'one \t\ntwo   \nthree')).toBe(sha256Hex(Buffer.from('Title\n\none\ntwo\nthree')));
  });

  it('composes a decomposed accent (NFC)', () => {
    const decomposed = 'Re\u0301publique'; // e + combining acute
    const composed = Buffer.from([0x52, 0xc3, 0xa9, 0x70, 0x75, 0x62, 0x6c, 0x69, 0x71, 0x75, 0x65]); // "République"
    expect(contentHash('T', decomposed)).toBe(sha256Hex(Buffer.concat([Buffer.from('T\n\n'), composed])));
    expect(contentHash('T', decomposed)).toBe(contentHash('T', 'R\u00e9publique'));
  });

  it('hashes Tibetan and Chinese text by its UTF-8 bytes', () => {
    const tibetan = 'བོད་ཀྱི་མི་དམངས།';
    const chinese = '释放所有被任意拘留的人士';
    expect(contentHash(tibetan, chinese)).toBe(
      sha256Hex(Buffer.concat([Buffer.from(tibetan, 'utf8'), Buffer.from([0x0a, 0x0a]), Buffer.from(chinese, 'utf8')])),
    );
  });

  it('leaves canonical text unchanged (idempotent)', () => {
    const text = canonicalText('a  \r\nb\u0301\t\n');
    expect(canonicalText(text)).toBe(text);
  });
});

/** The definition the contract was first written against: per line, `/\s+$/u` removed. */
function referenceCanonical(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .join('\n');
}

describe('canonicalText', () => {
  it("treats exactly the characters of JavaScript's \\s as white space", () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isJsWhiteSpace(code) !== /\s/u.test(String.fromCharCode(code))) differing.push(code);
    }
    expect(differing).toEqual([]);
  });

  it.each([
    ['no-break space and ideographic space', 'a\u00a0\u3000\nb'],
    ['a line separator and a paragraph separator', 'a \u2028\u2029\nb'],
    ['tabs, vertical tab and form feed', '\ta\t\v\f\n\tb\t'],
    ['\\r\\n line ends', 'a  \r\nb\r\n\r\n'],
    ['a lone \\r inside a line and at its end', 'a\rb \r\nc\r'],
    ['\\r\\r\\n', 'a\r\r\nb'],
    ['a byte-order mark and thin spaces', '\ufeffa\u2009\u202f\ufeff'],
    ['characters that are not \\s', 'a\u0085\u180e\u200b\n'],
    ['white space only', ' \t\n \n'],
    ['astral characters', 'free \u{1F54A}\u00a0\n\u{20000} '],
    ['an empty text', ''],
  ])('matches the reference definition on %s', (_name, text) => {
    expect(canonicalText(text)).toBe(referenceCanonical(text));
  });

  it('matches the reference definition on random mixes of white space', () => {
    const alphabet = [' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u3000', 'a', '\u0301', 'e'];
    let seed = 42;
    for (let run = 0; run < 500; run++) {
      let text = '';
      for (let i = 0; i < 30; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        text += alphabet[seed % alphabet.length];
      }
      expect(canonicalText(text)).toBe(referenceCanonical(text));
    }
  });

  it('canonicalises a megabyte of white space followed by a letter (linear: within the test timeout)', () => {
    expect(canonicalText(`${' '.repeat(1_000_000)}x`)).toHaveLength(1_000_001);
    expect(canonicalText(`x${' \t'.repeat(500_000)}`)).toBe('x');
  });
});

describe('paragraphCount', () => {
  it('counts blocks separated by blank lines', () => {
    expect(paragraphCount('One.\n\nTwo,\nstill two.\n\n\n\nThree.')).toBe(3);
    expect(paragraphCount('')).toBe(0);
  });
});
