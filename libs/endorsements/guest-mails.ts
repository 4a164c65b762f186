import { formatMailTime, mailLink, MailLanguage, plainLine, type MailMessage } from '@undersigned/common';
import { LetterVisibility, type Letter } from '@undersigned/letters';
import type { RequestToSignInput } from './dto/open-sign-on.inputs';
import type { Endorsement } from './endorsement.entity';

/*
 * Each mail below is given its links as any caller builds them (no language) and opens each in its own
 * language once, with mailLink: a Chinese mail's links carry `lang=zh-Hans` or `lang=zh-Hant`.
 */

/**
 * The letter's public page, for a mail to someone who may have no account: a letter that is not
 * PUBLIC has none, and its workspace (/letters/:slug) opens only signed in.
 */
export function publicLetterUrl(publicUrl: string, letter: Letter): string | null {
  return letter.visibility === LetterVisibility.PUBLIC ? `${publicUrl}/l/${letter.slug}` : null;
}

/**
 * The receipt mailed to a guest signer (signByInvitation, confirmSignOn), with the manage link that re-confirms,
 * switches named/unnamed and withdraws until delivery. The link opens a page: nothing changes
 * until its buttons are pressed, so a mail scanner following it changes nothing.
 */
export function guestReceiptMail(input: {
  to: string;
  letter: Letter;
  endorsement: Endorsement;
  organisationName: string;
  manageUrl: string;
  letterUrl: string | null;
  /** The language of the page the guest signed on. */
  language: MailLanguage;
  /** The guest's IANA time zone, if their page sent it: an embargo's hour is named in it. */
  timeZone?: string;
}): MailMessage {
  const title = plainLine(input.letter.title, 300);
  const subjectTitle = plainLine(input.letter.title, 60);
  const organisation = plainLine(input.organisationName, 200);
  const { endorsement } = input;
  const signer = plainLine(endorsement.signerName, 200);
  const signerTitle = plainLine(endorsement.signerTitle, 200);
  const pending = endorsement.status === 'PENDING_APPROVAL';
  // A signature by open sign-on waits for the leads' approval of the signature itself.
  const awaitsLeads = endorsement.signOnRequestId !== null && endorsement.signOnApprovedAt === null;
  const words = RECEIPT_WORDS[input.language];
  const manageUrl = mailLink(input.manageUrl, input.language);
  const letterUrl = input.letterUrl && mailLink(input.letterUrl, input.language);
  const { publishAt } = input.letter;
  const embargoed = publishAt && publishAt.getTime() > Date.now() ? publishAt : null;
  return {
    to: input.to,
    subject: words.subject(subjectTitle),
    text: [
      words.signed(title, organisation),
      '',
      words.hash(endorsement.contentHash),
      words.signedAs(signer, signerTitle),
      endorsement.anonymous ? words.unnamed : words.listedAs(plainLine(endorsement.displayName, 200)),
      ...(pending && awaitsLeads ? ['', words.awaitsLeads] : pending ? ['', words.nameAwaitsLeads] : []),
      '',
      words.receipt,
      endorsement.receipt,
      '',
      words.manage(manageUrl),
      '',
      words.keep,
      ...(embargoed ? ['', words.embargo(formatMailTime(embargoed, input.language, input.timeZone))] : []),
      ...(letterUrl ? ['', words.letter(letterUrl)] : []),
      '',
    ].join('\n'),
  };
}

interface ReceiptWords {
  subject: (title: string) => string;
  signed: (title: string, organisation: string) => string;
  hash: (hash: string) => string;
  signedAs: (name: string, title: string) => string;
  unnamed: string;
  listedAs: (name: string) => string;
  awaitsLeads: string;
  nameAwaitsLeads: string;
  receipt: string;
  manage: (url: string) => string;
  keep: string;
  embargo: (until: string) => string;
  letter: (url: string) => string;
}

const RECEIPT_WORDS: Record<MailLanguage, ReceiptWords> = {
  [MailLanguage.EN]: {
    subject: (title) => `Your signature: ${title} (Undersigned)`,
    signed: (title, organisation) => `You signed "${title}" for ${organisation}.`,
    hash: (hash) => `Content hash of the text you signed: ${hash}`,
    signedAs: (name, title) => `Signed as: ${name}, ${title}`,
    unnamed: 'Unnamed: only the lead organisations see your organisation among the signatories.',
    listedAs: (name) => `Listed as: ${name}`,
    awaitsLeads:
      'Your signature waits for the lead organisations’ approval: until they approve it, it is neither counted nor listed. You will hear from us either way.',
    nameAwaitsLeads: 'The name you asked for waits for the lead organisations’ approval before it is listed.',
    receipt: 'Your receipt (a signature by Undersigned over what you signed; check it at /.well-known/jwks.json):',
    manage: (url) =>
      `Re-confirm after a change, sign named or unnamed, or withdraw, until the letter is delivered: ${url}`,
    keep: 'Keep this mail: the link is yours alone and works only for this signature.',
    embargo: (until) => `The letter is embargoed until ${until}: please do not share it before then.`,
    letter: (url) => `The letter: ${url}`,
  },
  [MailLanguage.ZH_HANS]: {
    subject: (title) => `您的签署：${title}（Undersigned）`,
    signed: (title, organisation) => `您已代表 ${organisation} 签署《${title}》。`,
    hash: (hash) => `您所签署文本的内容哈希值：${hash}`,
    signedAs: (name, title) => `签署人：${name}，${title}`,
    unnamed: '不具名：只有发起组织会在签署者中看到您的组织。',
    listedAs: (name) => `列名为：${name}`,
    awaitsLeads: '您的签署正在等待发起组织批准：批准之前，它既不计入，也不列出。无论结果如何，我们都会通知您。',
    nameAwaitsLeads: '您要求使用的名称须经发起组织批准后才会列出。',
    receipt: '您的收据（Undersigned 对您所签署内容的签名；可在 /.well-known/jwks.json 核验）：',
    manage: (url) => `在信函递交之前，您可以在文本修改后重新确认、选择具名或不具名签署，或撤回签署：${url}`,
    keep: '请保留这封邮件：此链接只属于您，且仅适用于这次签署。',
    embargo: (until) => `此信函禁发至 ${until}：在此之前请勿分享。`,
    letter: (url) => `信函：${url}`,
  },
  [MailLanguage.ZH_HANT]: {
    subject: (title) => `您的簽署：${title}（Undersigned）`,
    signed: (title, organisation) => `您已代表 ${organisation} 簽署《${title}》。`,
    hash: (hash) => `您所簽署文本的內容雜湊值：${hash}`,
    signedAs: (name, title) => `簽署人：${name}，${title}`,
    unnamed: '不具名：只有發起組織會在簽署者中看到您的組織。',
    listedAs: (name) => `列名為：${name}`,
    awaitsLeads: '您的簽署正在等待發起組織核准：核准之前，既不會計入，也不會列出。無論結果如何，我們都會通知您。',
    nameAwaitsLeads: '您要求使用的名稱須經發起組織核准後才會列出。',
    receipt: '您的收據（Undersigned 對您所簽署內容的數位簽章；可於 /.well-known/jwks.json 驗證）：',
    manage: (url) => `在信函遞交之前，您可以在文本修改後重新確認、選擇具名或不具名簽署，或撤回簽署：${url}`,
    keep: '請保留這封郵件：此連結僅屬於您，且只適用於這次簽署。',
    embargo: (until) => `此信函禁發至 ${until}：在此之前請勿分享。`,
    letter: (url) => `信函：${url}`,
  },
};

/**
 * The confirmation link of an open sign-on request (requestToSign). The link opens a page whose
 * button confirms (confirmSignOn): a mail scanner following it changes nothing.
 */
export function signOnConfirmationMail(input: {
  to: string;
  letter: Letter;
  contentHash: string;
  /** What was asked, all of it: the reader confirms what the mail shows, not what they remember typing. */
  request: RequestToSignInput;
  confirmUrl: string;
  letterUrl: string | null;
  expiresAt: Date;
  /** The language of the page the request was made on. */
  language: MailLanguage;
}): MailMessage {
  const title = plainLine(input.letter.title, 300);
  const { request } = input;
  const organisationName = plainLine(request.organisationName, 200);
  const words = SIGN_ON_WORDS[input.language];
  const confirmUrl = mailLink(input.confirmUrl, input.language);
  const letterUrl = input.letterUrl && mailLink(input.letterUrl, input.language);
  return {
    to: input.to,
    subject: words.subject(plainLine(input.letter.title, 60)),
    text: [
      words.asked(title, organisationName),
      '',
      words.hash(input.contentHash),
      words.signedBy(plainLine(request.signerName, 200), plainLine(request.signerTitle, 200)),
      request.anonymous ? words.unnamed : words.named(plainLine(request.displayName || request.organisationName, 200)),
      ...(request.country ? [words.country(plainLine(request.country, 200))] : []),
      ...(request.website ? [words.website(plainLine(request.website, 2048))] : []),
      ...(request.comment ? [words.comment(plainLine(request.comment, 2000))] : []),
      request.acceptMinorEdits ? words.minorEditsStand : words.anyEditAsks,
      '',
      words.notWhatYouAsked,
      '',
      words.toSign(confirmUrl),
      '',
      words.expires(input.expiresAt.toISOString().slice(0, 10)),
      words.notYou,
      ...(letterUrl ? ['', words.letter(letterUrl)] : []),
      '',
    ].join('\n'),
  };
}

interface SignOnWords {
  subject: (title: string) => string;
  asked: (title: string, organisation: string) => string;
  hash: (hash: string) => string;
  signedBy: (name: string, title: string) => string;
  unnamed: string;
  named: (name: string) => string;
  country: (value: string) => string;
  website: (value: string) => string;
  comment: (value: string) => string;
  minorEditsStand: string;
  anyEditAsks: string;
  notWhatYouAsked: string;
  toSign: (url: string) => string;
  expires: (day: string) => string;
  notYou: string;
  letter: (url: string) => string;
}

const SIGN_ON_WORDS: Record<MailLanguage, SignOnWords> = {
  [MailLanguage.EN]: {
    subject: (title) => `Confirm your signature: ${title} (Undersigned)`,
    asked: (title, organisation) =>
      `Someone, we hope you, asked to sign "${title}" for ${organisation} from this address, as follows.`,
    hash: (hash) => `Content hash of the text to sign: ${hash}`,
    signedBy: (name, title) => `Signed by: ${name}, ${title}`,
    unnamed: 'Unnamed: only the lead organisations would see your organisation among the signatories.',
    named: (name) => `Named: listed publicly as ${name}`,
    country: (value) => `Country: ${value}`,
    website: (value) => `Website: ${value}`,
    comment: (value) => `Comment: ${value}`,
    minorEditsStand: 'After a minor edit of the text (punctuation, spelling), your signature would stand.',
    anyEditAsks: 'After any edit of the text, you would be asked to confirm again.',
    notWhatYouAsked: 'If any of this is not what you asked for, do not confirm: ask again from the letter’s page.',
    toSign: (url) => `To sign, open this link and press Confirm on the page: ${url}`,
    expires: (day) =>
      `The link works until ${day}, for this text only: if the letter changes meanwhile, ask again from its page.`,
    notYou: 'If it was not you, ignore this mail: nothing is signed until the button is pressed.',
    letter: (url) => `The letter: ${url}`,
  },
  [MailLanguage.ZH_HANS]: {
    subject: (title) => `请确认您的签署：${title}（Undersigned）`,
    asked: (title, organisation) =>
      `有人（我们希望是您）用这个地址请求代表 ${organisation} 签署《${title}》，内容如下。`,
    hash: (hash) => `待签署文本的内容哈希值：${hash}`,
    signedBy: (name, title) => `签署人：${name}，${title}`,
    unnamed: '不具名：只有发起组织会在签署者中看到您的组织。',
    named: (name) => `具名：公开列名为 ${name}`,
    country: (value) => `国家/地区：${value}`,
    website: (value) => `网站：${value}`,
    comment: (value) => `留言：${value}`,
    minorEditsStand: '文本经过小幅修改（标点、拼写）后，您的签署仍然有效。',
    anyEditAsks: '文本有任何修改后，都会请您再次确认。',
    notWhatYouAsked: '如果以上任何内容不是您所请求的，请不要确认：请在信函页面重新提出请求。',
    toSign: (url) => `如要签署，请打开此链接，并在页面上按“确认”：${url}`,
    expires: (day) =>
      `此链接在 ${day} 之前有效，且仅适用于这一版文本：如果信函在此期间有修改，请在其页面重新提出请求。`,
    notYou: '如果不是您本人，请忽略此邮件：在按下按钮之前，不会签署任何内容。',
    letter: (url) => `信函：${url}`,
  },
  [MailLanguage.ZH_HANT]: {
    subject: (title) => `請確認您的簽署：${title}（Undersigned）`,
    asked: (title, organisation) =>
      `有人（我們希望是您）以這個地址要求代表 ${organisation} 簽署《${title}》，內容如下。`,
    hash: (hash) => `待簽署文本的內容雜湊值：${hash}`,
    signedBy: (name, title) => `簽署人：${name}，${title}`,
    unnamed: '不具名：只有發起組織會在簽署者中看到您的組織。',
    named: (name) => `具名：公開列名為 ${name}`,
    country: (value) => `國家／地區：${value}`,
    website: (value) => `網站：${value}`,
    comment: (value) => `留言：${value}`,
    minorEditsStand: '文本經過小幅修改（標點、拼字）後，您的簽署仍然有效。',
    anyEditAsks: '文本有任何修改後，都會請您再次確認。',
    notWhatYouAsked: '如果以上任何內容並非您所要求，請不要確認：請在信函頁面重新提出要求。',
    toSign: (url) => `如要簽署，請開啟此連結，並在頁面上按「確認」：${url}`,
    expires: (day) =>
      `此連結在 ${day} 之前有效，且僅適用於這一版文本：如果信函在此期間有所修改，請在其頁面重新提出要求。`,
    notYou: '如果不是您本人，請忽略此郵件：在按下按鈕之前，不會簽署任何內容。',
    letter: (url) => `信函：${url}`,
  },
};

/**
 * After a material revision, to a guest signer at the address it signed from: it re-confirms (or
 * withdraws) from its manage link, the only way it has. `note` and `diff` are the drafters' words,
 * already quoted and unclickable; `diff` undefined when too large to show.
 */
export function guestRevisionNotice(input: {
  to: string;
  language: MailLanguage;
  title: string;
  note: string | null;
  contentHash: string;
  diff: string | undefined;
  letterLink: string;
  manageUrl: string;
}): MailMessage {
  const words = REVISION_WORDS[input.language];
  const diff = input.diff ?? words.tooLarge(mailLink(input.letterLink, input.language));
  return {
    to: input.to,
    subject: words.subject(input.title),
    text:
      words.changed +
      (input.note ? `${words.note}\n\n${input.note}\n\n` : '') +
      `${words.hash(input.contentHash)}\n\n${words.whatChanged}\n\n${diff}\n` +
      `${words.manage(mailLink(input.manageUrl, input.language))}\n`,
  };
}

interface RevisionWords {
  subject: (title: string) => string;
  changed: string;
  note: string;
  hash: (hash: string) => string;
  whatChanged: string;
  tooLarge: (link: string) => string;
  manage: (url: string) => string;
}

const REVISION_WORDS: Record<MailLanguage, RevisionWords> = {
  [MailLanguage.EN]: {
    subject: (title) => `Please re-confirm your endorsement (Undersigned): "${title}"`,
    changed:
      'The text of the letter your organisation endorsed has changed. Your organisation is no longer listed ' +
      'until you re-confirm against the new text.\n\n',
    note: 'Note from the drafters:',
    hash: (hash) => `New content hash: ${hash}`,
    whatChanged: 'What changed:',
    tooLarge: (link) => `The changes are too large to show here; read the whole new text at ${link}\n`,
    manage: (url) => `Read the new text and re-confirm (or withdraw) from your manage link: ${url}`,
  },
  [MailLanguage.ZH_HANS]: {
    subject: (title) => `请重新确认您的签署（Undersigned）：《${title}》`,
    changed: '您的组织所签署的信函文本已经修改。在您根据新文本重新确认之前，您的组织不再列出。\n\n',
    note: '起草者的说明：',
    hash: (hash) => `新的内容哈希值：${hash}`,
    whatChanged: '修改内容：',
    tooLarge: (link) => `修改内容太多，无法在此列出；请在 ${link} 阅读完整的新文本\n`,
    manage: (url) => `请阅读新文本，并通过您的管理链接重新确认（或撤回签署）：${url}`,
  },
  [MailLanguage.ZH_HANT]: {
    subject: (title) => `請重新確認您的簽署（Undersigned）：《${title}》`,
    changed: '您的組織所簽署的信函文本已經修改。在您根據新文本重新確認之前，您的組織不再列出。\n\n',
    note: '起草者的說明：',
    hash: (hash) => `新的內容雜湊值：${hash}`,
    whatChanged: '修改內容：',
    tooLarge: (link) => `修改內容太多，無法在此列出；請至 ${link} 閱讀完整的新文本\n`,
    manage: (url) => `請閱讀新文本，並透過您的管理連結重新確認（或撤回簽署）：${url}`,
  },
};

/**
 * After a minor edit the organisation accepted, to its signers (a guest in its page's language): its endorsement
 * stands, with the words changed since its version and the one-click objection link. `note` and `diff`
 * are the drafters' words, already quoted and unclickable.
 */
export function minorEditNotice(input: {
  to: string;
  language: MailLanguage;
  title: string;
  note: string | null;
  signedVersion: number;
  diff: string;
  contentHash: string;
  objectionUrl: string;
  letterLink: string;
}): MailMessage {
  const words = MINOR_EDIT_WORDS[input.language];
  return {
    to: input.to,
    subject: words.subject(input.title),
    text:
      words.edited +
      (input.note ? `${words.note}\n\n${input.note}\n\n` : '') +
      `${words.since(input.signedVersion)}\n\n${input.diff}\n\n` +
      `${words.hash(input.contentHash)}\n\n` +
      `${words.object}\n${mailLink(input.objectionUrl, input.language)}\n\n` +
      `${words.once(mailLink(input.letterLink, input.language))}\n`,
  };
}

interface MinorEditWords {
  subject: (title: string) => string;
  edited: string;
  note: string;
  since: (version: number) => string;
  hash: (hash: string) => string;
  object: string;
  once: (link: string) => string;
}

const MINOR_EDIT_WORDS: Record<MailLanguage, MinorEditWords> = {
  [MailLanguage.EN]: {
    subject: (title) => `The letter you endorsed was edited (Undersigned): "${title}"`,
    edited:
      'The letter your organisation endorsed had a minor edit (typos, case or punctuation), which your ' +
      'organisation agreed to accept: your endorsement stands, on the version you signed.\n\n',
    note: 'Note from the drafters:',
    since: (version) => `What changed since the version you signed (version ${version}), as [-removed-]{+added+}:`,
    hash: (hash) => `New content hash: ${hash}`,
    object:
      'If this changes what you signed, one click sets your endorsement aside until you re-confirm ' +
      'the new text — "this changes what we signed":',
    once: (link) => `The link works once, until the letter is delivered. Read the letter: ${link}`,
  },
  [MailLanguage.ZH_HANS]: {
    subject: (title) => `您签署的信函有小幅修改（Undersigned）：《${title}》`,
    edited:
      '您的组织所签署的信函有一处小幅修改（错别字、大小写或标点），您的组织已同意接受此类修改：' +
      '您的签署依然有效，以您签署的版本为准。\n\n',
    note: '起草者的说明：',
    since: (version) => `自您签署的版本（第 ${version} 版）以来的修改，以 [-删除的内容-]{+新增的内容+} 标示：`,
    hash: (hash) => `新的内容哈希值：${hash}`,
    object:
      '如果这改变了您所签署的内容，只需点击一下，即可将您的签署搁置，直到您重新确认新文本——“这改变了我们签署的内容”：',
    once: (link) => `此链接只能使用一次，在信函递交之前有效。阅读信函：${link}`,
  },
  [MailLanguage.ZH_HANT]: {
    subject: (title) => `您簽署的信函有小幅修改（Undersigned）：《${title}》`,
    edited:
      '您的組織所簽署的信函有一處小幅修改（錯字、大小寫或標點），您的組織已同意接受此類修改：' +
      '您的簽署依然有效，以您簽署的版本為準。\n\n',
    note: '起草者的說明：',
    since: (version) => `自您簽署的版本（第 ${version} 版）以來的修改，以 [-刪除的內容-]{+新增的內容+} 標示：`,
    hash: (hash) => `新的內容雜湊值：${hash}`,
    object:
      '如果這改變了您所簽署的內容，只要點擊一下，即可將您的簽署擱置，直到您重新確認新文本——「這改變了我們簽署的內容」：',
    once: (link) => `此連結僅能使用一次，在信函遞交之前有效。閱讀信函：${link}`,
  },
};
