import { plainLine, quoteText, type QueuedMail } from '@undersigned/common';

export interface SignatureMailContext {
  publicUrl: string;
  letter: { slug: string; title: string };
  to: string;
  name: string;
}

/** The links of a signature's mails, each carrying the one token as `?token=`. */
export function signatureLinks(publicUrl: string, token: string): { confirm: string; withdraw: string; erase: string } {
  const query = `?token=${encodeURIComponent(token)}`;
  return {
    confirm: `${publicUrl}/signatures/confirm${query}`,
    withdraw: `${publicUrl}/signatures/withdraw${query}`,
    erase: `${publicUrl}/signatures/erase${query}`,
  };
}

/** Double opt-in: the signature counts once this link is opened. */
export function confirmationMail(context: SignatureMailContext, token: string): QueuedMail {
  const links = signatureLinks(context.publicUrl, token);
  return {
    to: context.to,
    subject: `Confirm your signature: ${context.letter.title}`,
    text: [
      `Dear ${context.name},`,
      '',
      `Thank you for signing "${context.letter.title}". Your signature counts once you confirm it:`,
      '',
      links.confirm,
      '',
      `The letter: ${context.publicUrl}/l/${context.letter.slug}`,
      '',
      `Changed your mind? Withdraw your signature: ${links.withdraw}`,
      `Erase your name, email and postcode from Undersigned: ${links.erase}`,
      '',
      'If you did not sign, ignore this message: nothing is counted without confirmation.',
    ].join('\n'),
  };
}

/** A repeated signature: no new link, so that signing again in someone's name reveals nothing. */
export function alreadySignedMail(context: SignatureMailContext, confirmedAt: Date): QueuedMail {
  return {
    to: context.to,
    subject: `You have already signed: ${context.letter.title}`,
    text: [
      `Dear ${context.name},`,
      '',
      `Someone, probably you, asked to sign "${context.letter.title}" again with this address.`,
      `Your signature was confirmed on ${confirmedAt.toISOString().slice(0, 10)} and counts once.`,
      '',
      `The letter: ${context.publicUrl}/l/${context.letter.slug}`,
      'The confirmation message you received has the links to withdraw or erase your signature.',
    ].join('\n'),
  };
}

/** Characters of the diff put in one mail: the whole text is a link away, and 100,000 mails carry it. */
export const MAIL_DIFF_MAX_CHARS = 6_000;
/** Characters of a lead's title a reconfirmation mail's subject shows: the rest of the subject is the platform's. */
const SUBJECT_TITLE_MAX = 60;

/**
 * After a material revision: the supporter's signature no longer counts for the new text until
 * they confirm it; the changes and the link that confirms the current version.
 */
export function reconfirmationMail(
  context: SignatureMailContext,
  token: string,
  change: { title: string; diff: string | undefined },
): QueuedMail {
  const links = signatureLinks(context.publicUrl, token);
  // The lead's words, quoted and unclickable: the platform mails them to every supporter.
  const diff =
    change.diff === undefined
      ? 'The changes are too many to show here: please read the letter again.'
      : change.diff.length > MAIL_DIFF_MAX_CHARS
        ? `${quoteText(change.diff.slice(0, MAIL_DIFF_MAX_CHARS))}\n… (more changes: read the whole letter)`
        : quoteText(change.diff);
  const signedTitle = plainLine(context.letter.title, 300);
  return {
    to: context.to,
    subject: `The letter you signed has changed (Undersigned): "${plainLine(change.title, SUBJECT_TITLE_MAX)}"`,
    text: [
      `Dear ${context.name},`,
      '',
      `The letter you signed, "${signedTitle}", has been changed in a way that matters. Your signature`,
      'no longer counts, and your name is not shown or delivered with it, unless you confirm the new text:',
      '',
      links.confirm,
      '',
      `The letter as it is now: ${context.publicUrl}/l/${context.letter.slug}`,
      '',
      'What changed, as its lead wrote it (after "> ", lines starting with - were removed, + added):',
      '',
      diff,
      '',
      `Title now: ${plainLine(change.title, 300)}`,
      '',
      'If you do nothing, your signature stays with the text you confirmed and is not counted for this one.',
      `Withdraw your signature: ${links.withdraw}`,
      `Erase your name, email and postcode from Undersigned: ${links.erase}`,
    ].join('\n'),
  };
}
