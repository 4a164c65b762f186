import { useState } from 'react';
import { useMutation } from 'urql';
import type { WorkspaceLetter } from '../../graphql';
import { SetOpenSignOn } from '../graphql';

/**
 * Switching open sign-on, and approving verified addresses at once, on or off (setOpenSignOn). A
 * box shows its new state when pressed, and goes back to what the server holds if it refuses.
 */
export function useOpenSignOnSettings(letter: WorkspaceLetter) {
  const [result, set] = useMutation(SetOpenSignOn);
  const [open, setOpenShown] = useState(letter.openSignOn);
  const [autoApprove, setAutoApproveShown] = useState(letter.autoApproveVerified ?? false);

  async function save(nextOpen: boolean, nextAutoApprove: boolean) {
    setOpenShown(nextOpen);
    setAutoApproveShown(nextAutoApprove);
    const response = await set({ letterId: letter.id, open: nextOpen, autoApproveVerified: nextAutoApprove });
    const stored = response.data?.setOpenSignOn;
    setOpenShown(stored ? stored.openSignOn : letter.openSignOn);
    setAutoApproveShown(stored ? (stored.autoApproveVerified ?? false) : (letter.autoApproveVerified ?? false));
  }

  return {
    result,
    open,
    autoApprove,
    setOpen: (next: boolean) => void save(next, autoApprove),
    setAutoApprove: (next: boolean) => void save(open, next),
  };
}
