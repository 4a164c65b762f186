import { MAIL_LANGUAGES, MailLanguage, mailLink } from '@undersigned/common';
import { LetterVisibility, type Letter } from '@undersigned/letters';
import type { RequestToSignInput } from './dto/open-sign-on.inputs';
import type { Endorsement } from './endorsement.entity';
import { guestReceiptMail, guestRevisionNotice, minorEditNotice, signOnConfirmationMail } from './guest-mails';

const LINK = /https?:\/\/\S+/g;
const HASH = 'a'.repeat(64);
const letter = { title: 'Read http://evil.example', slug: 'x-k3v9qz', visibility: LetterVisibility.PUBLIC } as Letter;
const endorsement = {
  contentHash: HASH,
  signerName: 'Lin www.evil.example',
  signerTitle: 'Chair',
  displayName: 'Org https://evil.example',
  anonymous: false,
  status: 'SIGNED',
  signOnRequestId: null,
  signOnApprovedAt: null,
  receipt: 'eyJ.receipt.sig',
} as unknown as Endorsement;

function receipt(language: MailLanguage) {
  return guestReceiptMail({
    to: 'g@x.org',
    letter,
    endorsement,
    organisationName: 'Org evil.example',
    manageUrl: 'https://u.example/manage?token=m',
    letterUrl: 'https://u.example/l/x-k3v9qz',
    language,
  });
}

function signOn(language: MailLanguage) {
  return signOnConfirmationMail({
    to: 'g@x.org',
    letter,
    contentHash: HASH,
    request: {
      organisationName: 'Org evil.example',
      signerName: 'Lin',
      signerTitle: 'Chair',
      website: 'https://evil.example',
      comment: 'see http://evil.example',
      acceptMinorEdits: true,
    } as RequestToSignInput,
    confirmUrl: 'https://u.example/sign-on/confirm?token=c',
    letterUrl: 'https://u.example/l/x-k3v9qz',
    expiresAt: new Date('2027-01-01T00:00:00Z'),
    language,
  });
}

function notice(language: MailLanguage) {
  return guestRevisionNotice({
    to: 'g@x.org',
    language,
    title: 'T',
    note: '> note',
    contentHash: HASH,
    diff: '> -a\n> +b',
    letterLink: 'https://u.example/letters/x-k3v9qz',
    manageUrl: 'https://u.example/manage?token=n',
  });
}

function minorEdit(language: MailLanguage) {
  return minorEditNotice({
    to: 'g@x.org',
    language,
    title: 'T',
    note: null,
    signedVersion: 2,
    diff: '> [-a-]{+b+}',
    contentHash: HASH,
    objectionUrl: 'https://u.example/object?token=o',
    letterLink: 'https://u.example/letters/x-k3v9qz',
  });
}

describe('guest mails in each language', () => {
  it.each([
    ['receipt', receipt],
    ['sign-on confirmation', signOn],
    ['revision notice', notice],
    ['minor edit notice', minorEdit],
  ])('the %s carries the same links, hash and receipt in every language, and no clickable user text', (_, build) => {
    const english = build(MailLanguage.EN);
    const englishLinks = english.text.match(LINK) ?? [];
    expect(englishLinks.length).toBeGreaterThanOrEqual(1);
    for (const link of englishLinks) expect(new URL(link).searchParams.has('lang')).toBe(false);
    for (const language of MAIL_LANGUAGES) {
      const mail = build(language);
      // Each link opens the web app in the mail's language (English ones as they were given).
      expect(mail.text.match(LINK)).toEqual(englishLinks.map((link) => mailLink(link, language)));
      expect(mail.text).toContain(HASH);
      expect(`${mail.subject}\n${mail.text}`).not.toMatch(/evil\.example/);
    }
    expect(build(MailLanguage.ZH_HANS).text).not.toEqual(english.text);
    expect(build(MailLanguage.ZH_HANT).text).not.toEqual(build(MailLanguage.ZH_HANS).text);
  });

  it.each([
    ['receipt', receipt, 2],
    ['sign-on confirmation', signOn, 2],
    ['revision notice', notice, 1],
    ['minor edit notice', minorEdit, 2],
  ] as const)('every link of a Chinese %s carries its lang', (_, build, count) => {
    for (const [language, lang] of [
      [MailLanguage.ZH_HANS, 'zh-Hans'],
      [MailLanguage.ZH_HANT, 'zh-Hant'],
    ] as const) {
      const links = build(language).text.match(LINK) ?? [];
      expect(links.map((link) => new URL(link).searchParams.get('lang'))).toEqual(Array(count).fill(lang));
    }
  });

  it('the receipt carries the JWS receipt in every language', () => {
    for (const language of MAIL_LANGUAGES) expect(receipt(language).text).toContain('eyJ.receipt.sig');
  });
});
