import { registerEnumType } from '@nestjs/graphql';

export enum LetterStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  DELIVERED = 'DELIVERED',
}

export enum LetterVisibility {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
}

registerEnumType(LetterStatus, { name: 'LetterStatus' });
registerEnumType(LetterVisibility, { name: 'LetterVisibility' });

/** The lifecycle: each status and the one it may move to by hand. */
export const NEXT_STATUS: Partial<Record<LetterStatus, LetterStatus>> = {
  [LetterStatus.DRAFT]: LetterStatus.OPEN,
  [LetterStatus.OPEN]: LetterStatus.CLOSED,
};
