import { createHash } from 'node:crypto';
import { canonicalText, contentHash, paragraphCount } from './content-hash';

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

describe('paragraphCount', () => {
  it('counts blocks separated by blank lines', () => {
    expect(paragraphCount('One.\n\nTwo,\nstill two.\n\n\n\nThree.')).toBe(3);
    expect(paragraphCount('')).toBe(0);
  });
});
