import { LetterStatus, LetterVisibility } from './letter-status';
import { isPublicNow } from './publication';

describe('isPublicNow', () => {
  const now = Date.parse('2027-06-17T23:01:00Z');
  const letter = (visibility: LetterVisibility, status: LetterStatus, publishAt: string | null) => ({
    visibility,
    status,
    publishAt: publishAt === null ? null : new Date(publishAt),
  });

  it('is a PUBLIC letter past its draft whose publishAt, if any, has come', () => {
    expect(isPublicNow(letter(LetterVisibility.PUBLIC, LetterStatus.OPEN, null), now)).toBe(true);
    expect(isPublicNow(letter(LetterVisibility.PUBLIC, LetterStatus.DELIVERED, '2027-06-17T23:01:00Z'), now)).toBe(
      true,
    );
    expect(isPublicNow(letter(LetterVisibility.PUBLIC, LetterStatus.OPEN, '2027-06-17T23:01:00.001Z'), now)).toBe(
      false,
    );
    expect(isPublicNow(letter(LetterVisibility.PUBLIC, LetterStatus.DRAFT, null), now)).toBe(false);
    expect(isPublicNow(letter(LetterVisibility.PRIVATE, LetterStatus.OPEN, null), now)).toBe(false);
  });
});
