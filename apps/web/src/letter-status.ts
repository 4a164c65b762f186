import { defineMessages, type MessageDescriptor } from 'react-intl';
import type { LetterStatus } from './gql/graphql';

const STATUS: Record<LetterStatus, MessageDescriptor> = defineMessages({
  DRAFT: { id: 'letterStatus.DRAFT', defaultMessage: 'Draft' },
  OPEN: { id: 'letterStatus.OPEN', defaultMessage: 'Open for signatures' },
  CLOSED: { id: 'letterStatus.CLOSED', defaultMessage: 'Closed' },
  DELIVERED: { id: 'letterStatus.DELIVERED', defaultMessage: 'Delivered' },
});

/** A letter's stage in words (`<FormattedMessage {...statusMessage(status)} />`), as the public page, the workspace and the start page show it. */
export function statusMessage(status: LetterStatus): MessageDescriptor {
  return STATUS[status];
}
