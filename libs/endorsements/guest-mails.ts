import { plainLine, type MailMessage } from '@undersigned/common';
import { LetterVisibility, type Letter } from '@undersigned/letters';
import type { RequestToSignInput } from './dto/open-sign-on.inputs';
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
  /** What was asked, all of it: the reader confirms what the mail shows, not what they remember typing. */
  request: RequestToSignInput;
  confirmUrl: string;
  letterUrl: string | null;
  expiresAt: Date;
}): MailMessage {
  const title = plainLine(input.letter.title, 300);
  const { request } = input;
  const organisationName = plainLine(request.organisationName, 200);
  return {
    to: input.to,
    subject: `Confirm your signature: ${plainLine(input.letter.title, 60)} (Undersigned)`,
    text: [
      `Someone, we hope you, asked to sign "${title}" for ${organisationName} from this address, as follows.`,
      '',
      `Content hash of the text to sign: ${input.contentHash}`,
      `Signed by: ${plainLine(request.signerName, 200)}, ${plainLine(request.signerTitle, 200)}`,
      request.anonymous
        ? 'Unnamed: only the lead organisations would see your organisation among the signatories.'
        : `Named: listed publicly as ${plainLine(request.displayName || request.organisationName, 200)}`,
      ...(request.country ? [`Country: ${plainLine(request.country, 200)}`] : []),
      ...(request.website ? [`Website: ${plainLine(request.website, 2048)}`] : []),
      ...(request.comment ? [`Comment: ${plainLine(request.comment, 2000)}`] : []),
      request.acceptMinorEdits
        ? 'After a minor edit of the text (punctuation, spelling), your signature would stand.'
        : 'After any edit of the text, you would be asked to confirm again.',
      '',
      'If any of this is not what you asked for, do not confirm: ask again from the letter’s page.',
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
