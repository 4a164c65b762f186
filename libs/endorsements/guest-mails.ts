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
}): MailMessage {
  const title = plainLine(input.letter.title, 300);
  const organisation = plainLine(input.organisationName, 200);
  const { endorsement } = input;
  const pending = endorsement.status === 'PENDING_APPROVAL';
  // A signature by open sign-on waits for the leads' approval of the signature itself.
  const awaitsLeads = endorsement.signOnRequestId !== null && endorsement.signOnApprovedAt === null;
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
      ...(pending && awaitsLeads
        ? [
            '',
            'Your signature waits for the lead organisations’ approval: until they approve it, it is neither counted nor listed. You will hear from us either way.',
          ]
        : pending
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

/**
 * The confirmation link of an open sign-on request (requestToSign). The link opens a page whose
 * button confirms (confirmSignOn): a mail scanner following it changes nothing.
 */
export function signOnConfirmationMail(input: {
  to: string;
  letter: Letter;
  contentHash: string;
  organisationName: string;
  confirmUrl: string;
  letterUrl: string | null;
  expiresAt: Date;
}): MailMessage {
  const title = plainLine(input.letter.title, 300);
  return {
    to: input.to,
    subject: `Confirm your signature: ${plainLine(input.letter.title, 60)} (Undersigned)`,
    text: [
      `Someone, we hope you, asked to sign "${title}" for ${plainLine(input.organisationName, 200)} from this address.`,
      '',
      `Content hash of the text you asked to sign: ${input.contentHash}`,
      '',
      `To sign, open this link and press Confirm on the page: ${input.confirmUrl}`,
      '',
      `The link works until ${input.expiresAt.toISOString().slice(0, 10)}, for this text only: if the letter changes meanwhile, ask again from its page.`,
      'If it was not you, ignore this mail: nothing is signed until the button is pressed.',
      ...(input.letterUrl ? ['', `The letter: ${input.letterUrl}`] : []),
      '',
    ].join('\n'),
  };
}
