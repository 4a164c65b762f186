import { mailLink, MailLanguage, plainLine, quoteText, type QueuedMail } from '@undersigned/common';

export interface SignatureMailContext {
  publicUrl: string;
  letter: { slug: string; title: string };
  to: string;
  name: string;
  /** The language of the page the supporter signed on. */
  language: MailLanguage;
}

/**
 * The links of a signature's mails, each carrying the one token as `?token=`, opening the web app in the
 * mail's language.
 */
export function signatureLinks(
  context: Pick<SignatureMailContext, 'publicUrl' | 'language'>,
  token: string,
): { confirm: string; withdraw: string; erase: string } {
  const query = `?token=${encodeURIComponent(token)}`;
  const link = (path: string) => mailLink(`${context.publicUrl}${path}${query}`, context.language);
  return {
    confirm: link('/signatures/confirm'),
    withdraw: link('/signatures/withdraw'),
    erase: link('/signatures/erase'),
  };
}

/** The letter's public page, in the mail's language (its translation in it, if approved; else the original). */
function letterLink(context: SignatureMailContext): string {
  return mailLink(`${context.publicUrl}/l/${context.letter.slug}`, context.language);
}

/** Double opt-in: the signature counts once this link is opened. */
export function confirmationMail(context: SignatureMailContext, token: string): QueuedMail {
  const links = signatureLinks(context, token);
  const { name, letter } = context;
  const letterUrl = letterLink(context);
  const texts: Record<MailLanguage, { subject: string; lines: string[] }> = {
    [MailLanguage.EN]: {
      subject: `Confirm your signature: ${letter.title}`,
      lines: [
        `Dear ${name},`,
        '',
        `Thank you for signing "${letter.title}". Your signature counts once you confirm it:`,
        '',
        links.confirm,
        '',
        `The letter: ${letterUrl}`,
        '',
        `Changed your mind? Withdraw your signature: ${links.withdraw}`,
        `Erase your name, email and postcode from Undersigned: ${links.erase}`,
        '',
        'If you did not sign, ignore this message: nothing is counted without confirmation.',
      ],
    },
    [MailLanguage.ZH_HANS]: {
      subject: `请确认您的签名：${letter.title}`,
      lines: [
        `${name}，您好：`,
        '',
        `感谢您签署《${letter.title}》。您的签名经确认后才会计入：`,
        '',
        links.confirm,
        '',
        `信函：${letterUrl}`,
        '',
        `改变主意了？撤回签名：${links.withdraw}`,
        `从 Undersigned 删除您的姓名、电子邮件地址和邮政编码：${links.erase}`,
        '',
        '如果您没有签名，请忽略此邮件：未经确认，任何签名都不会计入。',
      ],
    },
    [MailLanguage.ZH_HANT]: {
      subject: `請確認您的簽名：${letter.title}`,
      lines: [
        `${name} 您好：`,
        '',
        `感謝您簽署《${letter.title}》。您的簽名須經確認後才會計入：`,
        '',
        links.confirm,
        '',
        `信函：${letterUrl}`,
        '',
        `改變主意了？撤回簽名：${links.withdraw}`,
        `從 Undersigned 刪除您的姓名、電子郵件地址和郵遞區號：${links.erase}`,
        '',
        '如果您沒有簽名，請忽略此郵件：未經確認，任何簽名都不會計入。',
      ],
    },
  };
  const text = texts[context.language];
  return { to: context.to, subject: text.subject, text: text.lines.join('\n') };
}

/** A repeated signature: no new link, so that signing again in someone's name reveals nothing. */
export function alreadySignedMail(context: SignatureMailContext, confirmedAt: Date): QueuedMail {
  const { name, letter } = context;
  const letterUrl = letterLink(context);
  const day = confirmedAt.toISOString().slice(0, 10);
  const texts: Record<MailLanguage, { subject: string; lines: string[] }> = {
    [MailLanguage.EN]: {
      subject: `You have already signed: ${letter.title}`,
      lines: [
        `Dear ${name},`,
        '',
        `Someone, probably you, asked to sign "${letter.title}" again with this address.`,
        `Your signature was confirmed on ${day} and counts once.`,
        '',
        `The letter: ${letterUrl}`,
        'The confirmation message you received has the links to withdraw or erase your signature.',
      ],
    },
    [MailLanguage.ZH_HANS]: {
      subject: `您已经签过名：${letter.title}`,
      lines: [
        `${name}，您好：`,
        '',
        `有人（可能是您）用这个地址再次请求签署《${letter.title}》。`,
        `您的签名已于 ${day} 确认，只计一次。`,
        '',
        `信函：${letterUrl}`,
        '您之前收到的确认邮件里有撤回或删除签名的链接。',
      ],
    },
    [MailLanguage.ZH_HANT]: {
      subject: `您已經簽過名：${letter.title}`,
      lines: [
        `${name} 您好：`,
        '',
        `有人（可能是您）以這個地址再次要求簽署《${letter.title}》。`,
        `您的簽名已於 ${day} 確認，只計算一次。`,
        '',
        `信函：${letterUrl}`,
        '您先前收到的確認郵件中有撤回或刪除簽名的連結。',
      ],
    },
  };
  const text = texts[context.language];
  return { to: context.to, subject: text.subject, text: text.lines.join('\n') };
}

/** Characters of the diff put in one mail: the whole text is a link away, and 100,000 mails carry it. */
export const MAIL_DIFF_MAX_CHARS = 6_000;
/** Characters of a lead's title a reconfirmation mail's subject shows: the rest of the subject is the platform's. */
const SUBJECT_TITLE_MAX = 60;

const DIFF_NOTES: Record<MailLanguage, { tooMany: string; more: string }> = {
  [MailLanguage.EN]: {
    tooMany: 'The changes are too many to show here: please read the letter again.',
    more: '… (more changes: read the whole letter)',
  },
  [MailLanguage.ZH_HANS]: {
    tooMany: '改动太多，无法在此列出：请重新阅读信函。',
    more: '……（还有更多改动：请阅读全文）',
  },
  [MailLanguage.ZH_HANT]: {
    tooMany: '修改太多，無法在此列出：請重新閱讀信函。',
    more: '……（還有更多修改：請閱讀全文）',
  },
};

/**
 * After a material revision: the supporter's signature no longer counts for the new text until
 * they confirm it; the changes and the link that confirms the current version.
 */
export function reconfirmationMail(
  context: SignatureMailContext,
  token: string,
  change: { title: string; diff: string | undefined },
): QueuedMail {
  const links = signatureLinks(context, token);
  const notes = DIFF_NOTES[context.language];
  // The lead's words, quoted and unclickable: the platform mails them to every supporter.
  const diff =
    change.diff === undefined
      ? notes.tooMany
      : change.diff.length > MAIL_DIFF_MAX_CHARS
        ? `${quoteText(change.diff.slice(0, MAIL_DIFF_MAX_CHARS))}\n${notes.more}`
        : quoteText(change.diff);
  const signedTitle = plainLine(context.letter.title, 300);
  const subjectTitle = plainLine(change.title, SUBJECT_TITLE_MAX);
  const titleNow = plainLine(change.title, 300);
  const letterUrl = letterLink(context);
  const { name } = context;
  const texts: Record<MailLanguage, { subject: string; lines: string[] }> = {
    [MailLanguage.EN]: {
      subject: `The letter you signed has changed (Undersigned): "${subjectTitle}"`,
      lines: [
        `Dear ${name},`,
        '',
        `The letter you signed, "${signedTitle}", has been changed in a way that matters. Your signature`,
        'no longer counts, and your name is not shown or delivered with it, unless you confirm the new text:',
        '',
        links.confirm,
        '',
        `The letter as it is now: ${letterUrl}`,
        '',
        'What changed, as its lead wrote it (after "> ", lines starting with - were removed, + added):',
        '',
        diff,
        '',
        `Title now: ${titleNow}`,
        '',
        'If you do nothing, your signature stays with the text you confirmed and is not counted for this one.',
        `Withdraw your signature: ${links.withdraw}`,
        `Erase your name, email and postcode from Undersigned: ${links.erase}`,
      ],
    },
    [MailLanguage.ZH_HANS]: {
      subject: `您签署的信函已修改（Undersigned）：《${subjectTitle}》`,
      lines: [
        `${name}，您好：`,
        '',
        `您签署的信函《${signedTitle}》有了实质性的修改。除非您确认新的文本，否则您的签名不再计入，您的名字也不会随信显示或递交：`,
        '',
        links.confirm,
        '',
        `信函现在的内容：${letterUrl}`,
        '',
        '发起组织所写的改动如下（“> ”之后，以 - 开头的行为删除的内容，以 + 开头的行为新增的内容）：',
        '',
        diff,
        '',
        `现在的标题：${titleNow}`,
        '',
        '如果您不做任何操作，您的签名仍属于您确认过的文本，不会计入这一版本。',
        `撤回签名：${links.withdraw}`,
        `从 Undersigned 删除您的姓名、电子邮件地址和邮政编码：${links.erase}`,
      ],
    },
    [MailLanguage.ZH_HANT]: {
      subject: `您簽署的信函已修改（Undersigned）：《${subjectTitle}》`,
      lines: [
        `${name} 您好：`,
        '',
        `您簽署的信函《${signedTitle}》已有實質修改。除非您確認新的文本，否則您的簽名不再計入，您的名字也不會隨信顯示或遞交：`,
        '',
        links.confirm,
        '',
        `信函目前的內容：${letterUrl}`,
        '',
        '發起組織所寫的修改如下（「> 」之後，以 - 開頭的行為刪除的內容，以 + 開頭的行為新增的內容）：',
        '',
        diff,
        '',
        `目前的標題：${titleNow}`,
        '',
        '如果您不採取任何行動，您的簽名仍屬於您確認過的文本，不會計入這一版本。',
        `撤回簽名：${links.withdraw}`,
        `從 Undersigned 刪除您的姓名、電子郵件地址和郵遞區號：${links.erase}`,
      ],
    },
  };
  const text = texts[context.language];
  return { to: context.to, subject: text.subject, text: text.lines.join('\n') };
}
