import { useMutation } from 'urql';
import type { WorkspaceLetter } from '../../graphql';
import { SetOpenSignOn } from '../graphql';

/** Switching open sign-on, and approving verified addresses at once, on or off (setOpenSignOn). */
export function useOpenSignOnSettings(letter: WorkspaceLetter) {
  const [result, set] = useMutation(SetOpenSignOn);
  const open = result.data?.setOpenSignOn.openSignOn ?? letter.openSignOn;
  const autoApprove = result.data?.setOpenSignOn.autoApproveVerified ?? letter.autoApproveVerified ?? false;
  return {
    result,
    open,
    autoApprove,
    setOpen: (next: boolean) => void set({ letterId: letter.id, open: next }),
    setAutoApprove: (next: boolean) => void set({ letterId: letter.id, open, autoApproveVerified: next }),
  };
}
