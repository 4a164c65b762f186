import { plainLine, type MailMessage } from '@undersigned/common';
import { LetterVisibility, type Letter } from '@undersigned/letters';
import type { Endorsement } from './endorsement.entity';

/**
 * The letter's public page, for a mail to someone who may have no account: a letter that is not
 * PUBLIC has none, and its workspace (/letters/:slug) opens only signed in.
 */
export function publicLetterUrl(publicUrl: string, letter: Letter): string | null {
  return letter.visibility === LetterVisibility.PUBLIC ? `${publicUrl}/l/${letter.slug}` : null;
}

/**
 * The receipt mailed to a guest signer (signByInvitation), with the manage link that re-confirms,
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
}): MailMessage {
  const title = plainLine(input.letter.title, 300);
  const organisation = plainLine(input.organisationName, 200);
  const { endorsement } = input;
  const pending = endorsement.status === 'PENDING_APPROVAL';
  return {
    to: input.to,
    subject: `Your signature: ${plainLine(input.letter.title, 60)} (Undersigned)`,
    text: [
      `You signed "${title}" for ${organisation}.`,
      '',
      `Content hash of the text you signed: ${endorsement.contentHash}`,
      `Signed as: ${plainLine(endorsement.signerName, 200)}, ${plainLine(endorsement.signerTitle, 200)}`,
      endorsement.anonymous
        ? 'Unnamed: only the lead organisations see your organisation among the signatories.'
        : `Listed as: ${plainLine(endorsement.displayName, 200)}`,
      ...(pending
        ? ['', 'The name you asked for waits for the lead organisations’ approval before it is listed.']
        : []),
      '',
      'Your receipt (a signature by Undersigned over what you signed; check it at /.well-known/jwks.json):',
      endorsement.receipt,
      '',
      `Re-confirm after a change, sign named or unnamed, or withdraw, until the letter is delivered: ${input.manageUrl}`,
      '',
      'Keep this mail: the link is yours alone and works only for this signature.',
      ...(input.letterUrl ? ['', `The letter: ${input.letterUrl}`] : []),
      '',
    ].join('\n'),
  };
}
