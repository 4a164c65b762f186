import type { QueuedMail } from '@undersigned/common';

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
