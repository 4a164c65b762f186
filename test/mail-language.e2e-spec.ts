import { graphql } from './gql';
import {
  openLetter,
  organisationWithOwner,
  reviseLetter,
  uniqueEmail,
  type OpenLetter,
  type OrganisationOwner,
} from './support/factories';
import { CONFIRM, setPetition, signAs, type Signer } from './support/petitions';
import { SmtpSink, tokenFrom, type ReceivedMail } from './support/smtp-sink';
import { startTestApp, type TestApp } from './support/test-app';

const INVITE = graphql(`
  mutation MailLanguageInvite($input: InviteEndorsersInput!) {
    inviteEndorsers(input: $input) {
      id
    }
  }
`);
const SET_OPEN = graphql(`
  mutation MailLanguageSetOpen($letterId: ID!) {
    setOpenSignOn(letterId: $letterId, open: true) {
      openSignOn
    }
  }
`);
const REQUEST_TO_SIGN = graphql(`
  mutation MailLanguageRequestToSign($input: RequestToSignInput!) {
    requestToSign(input: $input)
  }
`);
const CONFIRM_SIGN_ON = graphql(`
  mutation MailLanguageConfirmSignOn($token: String!) {
    confirmSignOn(token: $token) {
      status
    }
  }
`);
const SIGN_PETITION = graphql(`
  mutation MailLanguageSignPetition($input: SignPetitionInput!) {
    signPetition(input: $input)
  }
`);
const SIGN_BY_INVITATION = graphql(`
  mutation MailLanguageSignByInvitation($input: SignByInvitationInput!) {
    signByInvitation(input: $input) {
      id
      status
    }
  }
`);

const TITLE = 'Free the Tibetan language teachers';
const BODY = 'Dear Minister,\n\nWe ask you to release the teachers.\n\nSincerely,';
const REVISED = 'Dear Minister,\n\nWe ask you to release the teachers and to reopen their schools.\n\nSincerely,';

describe('mails to supporters and guest signers are in the language of their page (issue 21, part 5)', () => {
  let smtp: SmtpSink;
  let app: TestApp;
  let lead: OrganisationOwner;
  let letter: OpenLetter;

  beforeAll(async () => {
    smtp = await new SmtpSink().start();
    app = await startTestApp({ WORKER: 'on', SMTP_URL: smtp.url, TRUST_PROXY: '1' });
    lead = await organisationWithOwner(app, { name: 'Language Rights Coalition' });
    letter = await openLetter(app, lead, { title: TITLE, body: BODY });
    await setPetition(app, lead, { letterId: letter.letterId, acceptSupporters: true });
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.stop();
  });

  /** The one mail to `email` whose subject starts with `subject`. */
  async function mailTo(email: string, subject: string): Promise<ReceivedMail> {
    const mail = await smtp.waitFor(email, (m) => m.parsed.subject?.startsWith(subject) ?? false);
    expect(smtp.messages.filter((m) => m.to.includes(email) && m.parsed.subject?.startsWith(subject))).toHaveLength(1);
    return mail;
  }

  /**
   * The `lang` of each link in a mail (null where it carries none): every link of a mail opens the web app in
   * the mail's language, so that a Chinese mail read in an English browser lands on Chinese pages.
   */
  function linkLanguages(mail: ReceivedMail): (string | null)[] {
    return [...(mail.parsed.text ?? '').matchAll(/https?:\/\/\S+/g)].map(([link]) =>
      new URL(link).searchParams.get('lang'),
    );
  }

  async function sign(signer: Signer, acceptLanguage: string, ip: string): Promise<void> {
    const response = await app.gql(SIGN_PETITION, { input: { letterId: letter.letterId, ...signer } }, undefined, {
      'Accept-Language': acceptLanguage,
      'X-Forwarded-For': ip,
    });
    expect(response.body).toEqual({ data: { signPetition: true } });
  }

  async function inviteAndSign(email: string, organisationName: string, acceptLanguage: string): Promise<void> {
    const invited = await app.gql(INVITE, { input: { letterId: letter.letterId, invitees: [{ email }] } }, lead.token);
    expect(invited.body.errors).toBeUndefined();
    const token = tokenFrom(await smtp.waitFor(email, (m) => /invites/.test(m.parsed.subject ?? '')));
    const signed = await app.gql(
      SIGN_BY_INVITATION,
      {
        input: {
          token,
          contentHash: letter.contentHash,
          organisationName,
          country: 'TW',
          signerName: '林美玲',
          signerTitle: '理事長',
          authorised: true,
        },
      },
      undefined,
      { 'Accept-Language': acceptLanguage },
    );
    expect(signed.body.data?.signByInvitation.status).toBe('SIGNED');
  }

  const zhSupporter = { name: '王小明', email: uniqueEmail('zh-supporter'), country: 'GB' };
  const enSupporter = { name: 'Jane Citizen', email: uniqueEmail('en-supporter'), country: 'GB' };
  const frSupporter = { name: 'Jeanne Citoyenne', email: uniqueEmail('fr-supporter'), country: 'FR' };
  const noHeaderSupporter = { name: 'Ann Client', email: uniqueEmail('api-supporter'), country: 'GB' };
  const zhGuest = uniqueEmail('zh-guest');
  const enGuest = uniqueEmail('en-guest');

  it('a supporter signing from a zh-CN page gets the confirmation in Simplified Chinese, with the same links, and it is kept', async () => {
    await sign(zhSupporter, 'zh-CN,zh;q=0.9,en;q=0.8', '198.51.100.21');
    const mail = await mailTo(zhSupporter.email, '请确认您的签名');
    expect(mail.parsed.subject).toBe(`请确认您的签名：${TITLE}`);
    const text = mail.parsed.text ?? '';
    expect(text).toContain(`${zhSupporter.name}，您好：`);
    expect(text).toContain(`感谢您签署《${TITLE}》。`);
    expect(text).toContain(`${app.config.publicUrl}/l/${letter.slug}`);
    expect(text).toMatch(/撤回签名：https?:\/\/\S+\/signatures\/withdraw\?token=/);
    // Confirm, the letter, withdraw, erase: each opens the web app in Simplified Chinese.
    expect(linkLanguages(mail)).toEqual(Array(4).fill('zh-Hans'));
    expect(text).toContain(`信函：${app.config.publicUrl}/l/${letter.slug}?lang=zh-Hans\n`);
    expect(text).not.toContain('Thank you for signing');
    const { rows } = await app.sql.query<{ language: string }>(
      'SELECT language FROM signatures WHERE letter_id = $1 AND name = $2',
      [letter.letterId, zhSupporter.name],
    );
    expect(rows).toEqual([{ language: 'zh-Hans' }]);
    const confirmed = await app.gql(CONFIRM, { token: tokenFrom(mail) });
    expect(confirmed.body.data?.confirmSignature.status).toBe('CONFIRMED');
  });

  it('a supporter on an English page, or in a language without mail texts, gets English', async () => {
    await sign(enSupporter, 'en-GB,en;q=0.9', '198.51.100.22');
    const en = await mailTo(enSupporter.email, 'Confirm your signature');
    expect(en.parsed.subject).toBe(`Confirm your signature: ${TITLE}`);
    expect(en.parsed.text).toContain(`Thank you for signing "${TITLE}".`);
    // English links carry no language: the reader's own choice in the web app stands.
    expect(linkLanguages(en)).toEqual(Array(4).fill(null));
    await sign(frSupporter, 'fr-FR,fr;q=0.9,de;q=0.5', '198.51.100.23');
    expect(linkLanguages(await mailTo(frSupporter.email, 'Confirm your signature'))).toEqual(Array(4).fill(null));
    // No header at all (an API client): English.
    expect(await signAs(app, letter.letterId, noHeaderSupporter, '198.51.100.24')).toMatchObject({
      body: { data: { signPetition: true } },
    });
    await mailTo(noHeaderSupporter.email, 'Confirm your signature');
    const { rows } = await app.sql.query<{ language: string }>(
      'SELECT language FROM signatures WHERE letter_id = $1 AND name <> $2',
      [letter.letterId, zhSupporter.name],
    );
    expect(rows).toEqual([{ language: 'en' }, { language: 'en' }, { language: 'en' }]);
    const confirmed = await app.gql(CONFIRM, { token: tokenFrom(en) });
    expect(confirmed.body.data?.confirmSignature.status).toBe('CONFIRMED');
  });

  it('a guest signing by invitation from a zh-TW page gets the receipt in Traditional Chinese', async () => {
    await inviteAndSign(zhGuest, '台灣語言權利協會', 'zh-TW');
    const receipt = await mailTo(zhGuest, '您的簽署');
    expect(receipt.parsed.subject).toBe(`您的簽署：${TITLE}（Undersigned）`);
    const text = receipt.parsed.text ?? '';
    expect(text).toContain(`您已代表 台灣語言權利協會 簽署《${TITLE}》。`);
    expect(text).toContain(`您所簽署文本的內容雜湊值：${letter.contentHash}`);
    expect(text).toMatch(/撤回簽署：https?:\/\/\S+\?token=/);
    // The manage link and the letter's, in Traditional Chinese.
    expect(linkLanguages(receipt)).toEqual(Array(2).fill('zh-Hant'));
    expect(text).not.toContain('You signed');
    const { rows } = await app.sql.query<{ signed_language: string }>(
      'SELECT signed_language FROM endorsements WHERE letter_id = $1 AND signed_by_email = $2',
      [letter.letterId, zhGuest],
    );
    expect(rows).toEqual([{ signed_language: 'zh-Hant' }]);

    await inviteAndSign(enGuest, 'Language Rights Watch', 'en');
    const english = await mailTo(enGuest, 'Your signature');
    expect(english.parsed.text).toContain(`You signed "${TITLE}" for Language Rights Watch.`);
    expect(linkLanguages(english)).toEqual(Array(2).fill(null));
  });

  it('a material revision tells each in the language they signed in, whatever language the lead revises in', async () => {
    const revised = await reviseLetter(app, lead, { letterId: letter.letterId, body: REVISED, material: true });

    const zhNotice = await mailTo(zhGuest, '請重新確認您的簽署');
    expect(zhNotice.parsed.subject).toBe(`請重新確認您的簽署（Undersigned）：《${TITLE}》`);
    const zhText = zhNotice.parsed.text ?? '';
    expect(zhText).toContain(`新的內容雜湊值：${revised.contentHash}`);
    expect(zhText).toMatch(/reopen their schools/);
    expect(zhText).toMatch(/並透過您的管理連結重新確認（或撤回簽署）：https?:\/\/\S+\?token=/);
    expect(linkLanguages(zhNotice)).toEqual(['zh-Hant']);

    const enNotice = await mailTo(enGuest, 'Please re-confirm your endorsement');
    expect(enNotice.parsed.text).toContain(`New content hash: ${revised.contentHash}`);
    expect(enNotice.parsed.text).toMatch(/re-confirm \(or withdraw\) from your manage link: https?:\/\/\S+\?token=/);
    expect(linkLanguages(enNotice)).toEqual([null]);

    const zhReconfirm = await mailTo(zhSupporter.email, '您签署的信函已修改');
    expect(zhReconfirm.parsed.subject).toBe(`您签署的信函已修改（Undersigned）：《${TITLE}》`);
    expect(zhReconfirm.parsed.text).toContain(`您签署的信函《${TITLE}》有了实质性的修改。`);
    expect(zhReconfirm.parsed.text).toMatch(/^> .*reopen their schools/m);
    // Its new confirmation link, the letter, withdraw, erase: in Simplified Chinese; and the link confirms.
    expect(linkLanguages(zhReconfirm)).toEqual(Array(4).fill('zh-Hans'));
    const reconfirmed = await app.gql(CONFIRM, { token: tokenFrom(zhReconfirm) });
    expect(reconfirmed.body.data?.confirmSignature.status).toBe('CONFIRMED');
    const enReconfirm = await mailTo(enSupporter.email, 'The letter you signed has changed');
    expect(enReconfirm.parsed.text).toContain(`Dear ${enSupporter.name},`);
    expect(linkLanguages(enReconfirm)).toEqual(Array(4).fill(null));
  });

  it('open sign-on: the confirmation mail, and the receipt after it, are in the language of the page the request came from', async () => {
    const opened = await app.gql(SET_OPEN, { letterId: letter.letterId }, lead.token);
    expect(opened.body.data?.setOpenSignOn.openSignOn).toBe(true);
    const email = uniqueEmail('hk-guest');
    const asked = await app.gql(
      REQUEST_TO_SIGN,
      {
        input: {
          letterId: letter.letterId,
          email,
          organisationName: '香港語言關注組',
          country: 'HK',
          signerName: '陳大文',
          signerTitle: '召集人',
          authorised: true,
        },
      },
      undefined,
      { 'Accept-Language': 'zh-HK,zh;q=0.8,en;q=0.5', 'X-Forwarded-For': '198.51.100.31' },
    );
    expect(asked.body).toEqual({ data: { requestToSign: true } });
    const confirmation = await mailTo(email, '請確認您的簽署');
    expect(confirmation.parsed.subject).toBe(`請確認您的簽署：${TITLE}（Undersigned）`);
    expect(confirmation.parsed.text).toContain(
      `有人（我們希望是您）以這個地址要求代表 香港語言關注組 簽署《${TITLE}》`,
    );
    expect(confirmation.parsed.text).toMatch(/並在頁面上按「確認」：https?:\/\/\S+\?token=/);
    expect(linkLanguages(confirmation)).toEqual(Array(2).fill('zh-Hant'));
    // Confirmed from a client that sends no language: the receipt keeps the request's.
    const confirmed = await app.gql(CONFIRM_SIGN_ON, { token: tokenFrom(confirmation) });
    expect(confirmed.body.data?.confirmSignOn.status).toBe('PENDING_APPROVAL');
    const receipt = await mailTo(email, '您的簽署');
    expect(receipt.parsed.text).toContain('您的簽署正在等待發起組織核准');
    expect(linkLanguages(receipt)).toEqual(Array(2).fill('zh-Hant'));
    const { rows } = await app.sql.query<{ request: string; endorsement: string }>(
      `SELECT r.language AS request, e.signed_language AS endorsement
       FROM sign_on_requests r JOIN endorsements e ON e.sign_on_request_id = r.id WHERE r.email = $1`,
      [email],
    );
    expect(rows).toEqual([{ request: 'zh-Hant', endorsement: 'zh-Hant' }]);
  });

  it('the database keeps only the languages mails are written in', async () => {
    await expect(
      app.sql.query(`UPDATE signatures SET language = 'fr' WHERE letter_id = $1`, [letter.letterId]),
    ).rejects.toMatchObject({ code: '23514' });
    await expect(
      app.sql.query(`UPDATE endorsements SET signed_language = 'fr' WHERE letter_id = $1`, [letter.letterId]),
    ).rejects.toMatchObject({ code: '23514' });
    await expect(
      app.sql.query(`UPDATE sign_on_requests SET language = 'de' WHERE letter_id = $1`, [letter.letterId]),
    ).rejects.toMatchObject({ code: '23514' });
  });
});
