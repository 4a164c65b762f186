import { pdfReadingText } from '../../../test/support/pdf-reading';
import { typesetPdf, type LetterContent } from './letter-renderer';

const verification = {
  editionHash: 'ab'.repeat(32),
  verifyUrl: 'https://undersigned.example/verify/7d9f2b8e-3c41-4a6e-9f0b-2d5c8e1a4b73',
};

function letter(paragraphs: number, signatories: number): LetterContent {
  return {
    title: 'A long letter',
    body: Array.from(
      { length: paragraphs },
      (_, i) => `Paragraph ${i + 1} of the letter, which asks for release.`,
    ).join('\n\n'),
    date: new Date('2026-11-22T00:00:00Z'),
    addressees: [],
    signatories: Array.from({ length: signatories }, (_, i) => ({
      displayName: `Organisation ${i + 1}`,
      country: null,
      lead: i === signatories - 1,
    })),
    anonymousCount: 3,
    verification,
  };
}

describe('renderPdf', () => {
  it('prints the edition hash, the verification address and "Page n of m" on every page', async () => {
    const pdf = await typesetPdf(letter(60, 80));
    const text = await pdfReadingText(new Uint8Array(pdf));
    const pages = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Page ${page} of ${pages}`);
    expect(text.split(`Edition hash: ${verification.editionHash}`)).toHaveLength(pages + 1);
    expect(text.split(verification.verifyUrl)).toHaveLength(pages + 1);
    // The lead organisation first, though listed last; no "To:" without addressees.
    expect(text.indexOf('Organisation 80')).toBeLessThan(text.indexOf('Organisation 1\n'));
    expect(text).not.toMatch(/^To:/m);
    expect(text).toContain('and 3 organisations that cannot be named for their safety');
    expect(pdf.length).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('marks a letter not yet delivered as a draft on every page', async () => {
    const text = await pdfReadingText(new Uint8Array(await typesetPdf({ ...letter(60, 2), verification: null })));
    const pages = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text.split('Draft — not delivered')).toHaveLength(pages + 1);
    expect(text).not.toContain('Edition hash');
  });
});
