import { MAIL_LANGUAGES, MailLanguage } from '@undersigned/common';
import { alreadySignedMail, confirmationMail, reconfirmationMail, type SignatureMailContext } from './supporter-mails';

const LINK = /https?:\/\/\S+/g;

function context(language: MailLanguage, title = 'Free the teachers'): SignatureMailContext {
  return {
    publicUrl: 'https://undersigned.example',
    letter: { slug: 'free-k3v9qz', title },
    to: 'a@b.org',
    name: 'Ann',
    language,
  };
}

describe('supporter mails in each language', () => {
  it('carry the same links in every language, each opening the web app in the mail’s language', () => {
    const links = (language: MailLanguage) => [
      ...(confirmationMail(context(language), 'tok').text.match(LINK) ?? []),
      ...(alreadySignedMail(context(language), new Date()).text.match(LINK) ?? []),
      ...(reconfirmationMail(context(language), 'tok', { title: 'T', diff: '-a\n+b' }).text.match(LINK) ?? []),
    ];
    const english = links(MailLanguage.EN);
    expect(english).toHaveLength(9);
    for (const link of english) expect(new URL(link).searchParams.has('lang')).toBe(false);
    for (const [language, lang] of [
      [MailLanguage.ZH_HANS, 'zh-Hans'],
      [MailLanguage.ZH_HANT, 'zh-Hant'],
    ] as const) {
      const chinese = links(language);
      expect(chinese.map((link) => new URL(link).searchParams.get('lang'))).toEqual(english.map(() => lang));
      // The same link otherwise: the token first (what the web app and tokenFrom read), then lang.
      expect(chinese).toEqual(english.map((link) => `${link}${link.includes('?') ? '&' : '?'}lang=${lang}`));
    }
  });

  it('are written in their language', () => {
    expect(confirmationMail(context(MailLanguage.EN), 't').subject).toBe('Confirm your signature: Free the teachers');
    expect(confirmationMail(context(MailLanguage.ZH_HANS), 't').subject).toBe('请确认您的签名：Free the teachers');
    expect(confirmationMail(context(MailLanguage.ZH_HANT), 't').subject).toBe('請確認您的簽名：Free the teachers');
  });

  it("keep the lead's words unclickable in the reconfirmation mail, in every language", () => {
    for (const language of MAIL_LANGUAGES) {
      const mail = reconfirmationMail(context(language, 'Go to http://evil.example'), 'tok', {
        title: 'Now at https://evil.example/x',
        diff: '+ see www.evil.example',
      });
      expect(`${mail.subject}\n${mail.text}`).not.toMatch(/evil\.example|https?:\/\/evil/);
      expect(mail.text).toMatch(/^> \+ see www\[\.\]evil\[\.\]example$/m);
    }
  });

  it('say when the changes are too many to show, in every language', () => {
    for (const language of MAIL_LANGUAGES) {
      const mail = reconfirmationMail(context(language), 'tok', { title: 'T', diff: undefined });
      expect(mail.text).not.toMatch(/^> /m);
    }
    expect(reconfirmationMail(context(MailLanguage.ZH_HANT), 'tok', { title: 'T', diff: undefined }).text).toContain(
      '修改太多，無法在此列出',
    );
  });
});
