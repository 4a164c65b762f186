import type { Letter } from '@undersigned/letters';
import type { Endorsement } from './endorsement.entity';
import { ENDORSEMENT_NOTICES } from './endorsement-notices';

const letter = { title: 'Free the press', slug: 'free-the-press' } as Letter;
const url = 'https://undersigned.example';

describe('ENDORSEMENT_NOTICES', () => {
  it('tells a rejection, with the leads’ reason only when they gave one', () => {
    const withReason = ENDORSEMENT_NOTICES.rejection(letter, { rejectReason: 'impersonation' } as Endorsement, url);
    expect(withReason.subject).toBe('Your endorsement was not accepted: Free the press');
    expect(withReason.text).toContain('Their reason: impersonation\n\n');
    const without = ENDORSEMENT_NOTICES.rejection(letter, { rejectReason: null } as Endorsement, url);
    expect(without.text).not.toContain('Their reason');
  });

  it('names the display name awaiting approval, and the one approved', () => {
    const endorsement = { displayName: 'World Press Congress' } as Endorsement;
    expect(ENDORSEMENT_NOTICES.pendingApproval(letter, endorsement, url)).toMatchObject({
      subject: "Your endorsement awaits the leads' approval: Free the press",
      text: expect.stringContaining('under the name "World Press Congress", which is not its own name'),
    });
    expect(ENDORSEMENT_NOTICES.approval(letter, endorsement, url)).toMatchObject({
      subject: 'Your endorsement was approved: Free the press',
      text: expect.stringContaining('under the name "World Press Congress": it is now counted and listed'),
    });
  });

  it('links every notice to the letter', () => {
    for (const notice of Object.values(ENDORSEMENT_NOTICES)) {
      expect(notice(letter, {} as Endorsement, url).text).toMatch(
        /The letter: https:\/\/undersigned\.example\/letters\/free-the-press\n$/,
      );
    }
  });
});
