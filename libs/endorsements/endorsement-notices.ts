import type { MailMessage } from '@undersigned/common';
import type { Letter } from '@undersigned/letters';
import type { Endorsement } from './endorsement.entity';

/** What the leads decided about an endorsement, told to its signers. */
export type EndorsementNoticeKind = 'rejection' | 'pendingApproval' | 'approval';

type Notice = Omit<MailMessage, 'to'>;

/** Each notice's subject and text, from the letter, the endorsement and the public URL. */
export const ENDORSEMENT_NOTICES: Record<
  EndorsementNoticeKind,
  (letter: Letter, endorsement: Endorsement, publicUrl: string) => Notice
> = {
  rejection: (letter, endorsement, publicUrl) => ({
    subject: `Your endorsement was not accepted: ${letter.title}`,
    text:
      `The lead organisations of "${letter.title}" rejected your organisation's endorsement; it is not counted ` +
      `or listed.\n\n` +
      (endorsement.rejectReason ? `Their reason: ${endorsement.rejectReason}\n\n` : '') +
      `The letter: ${publicUrl}/letters/${letter.slug}\n`,
  }),
  pendingApproval: (letter, endorsement, publicUrl) => ({
    subject: `Your endorsement awaits the leads' approval: ${letter.title}`,
    text:
      `Your organisation signed "${letter.title}" under the name "${endorsement.displayName}", which is not its ` +
      `own name. The lead organisations see both names and decide whether it is listed that way; until then it ` +
      `is neither counted nor listed. You will hear from us either way.\n\n` +
      `To be listed at once under your organisation's own name, sign again without a display name.\n\n` +
      `The letter: ${publicUrl}/letters/${letter.slug}\n`,
  }),
  approval: (letter, endorsement, publicUrl) => ({
    subject: `Your endorsement was approved: ${letter.title}`,
    text:
      `The lead organisations of "${letter.title}" approved your organisation's endorsement under the name ` +
      `"${endorsement.displayName}": it is now counted and listed.\n\n` +
      `The letter: ${publicUrl}/letters/${letter.slug}\n`,
  }),
};
