import { defineMessages, type MessageDescriptor } from 'react-intl';

/** The dashboard's words for the API's enums (a delivery's status and channel, a recipient's role, a signature's status). */
export const DASHBOARD_ENUMS: Record<
  'deliveryStatus' | 'channel' | 'role' | 'endorsementStatus' | 'translationStatus',
  MessageDescriptor
> = defineMessages({
  deliveryStatus: {
    id: 'letter.enum.deliveryStatus',
    defaultMessage:
      '{status, select, PENDING {pending} SENDING {sending} SENT {sent} DELIVERED {delivered} ACKNOWLEDGED {acknowledged} RESPONDED {responded} FAILED {failed} other {{status}}}',
  },
  channel: {
    id: 'letter.enum.channel',
    defaultMessage: '{channel, select, EMAIL {email} POST {post} HAND {by hand} other {{channel}}}',
  },
  role: {
    id: 'letter.enum.role',
    defaultMessage: '{role, select, TO {to} CC {cc} other {{role}}}',
  },
  endorsementStatus: {
    id: 'letter.enum.endorsementStatus',
    defaultMessage:
      '{status, select, SIGNED {signed} NEEDS_RECONFIRMATION {needs reconfirmation} PENDING_APPROVAL {pending approval} REJECTED {rejected} WITHDRAWN {withdrawn} other {{status}}}',
  },
  translationStatus: {
    id: 'letter.enum.translationStatus',
    defaultMessage: '{status, select, DRAFT {draft} APPROVED {approved} OUTDATED {outdated} other {{status}}}',
  },
});
