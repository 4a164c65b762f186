import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorCode } from '../../../errors';
import { EndorsementByLink, ReconfirmByLink, WithdrawByLink } from '../graphql';

/**
 * The manage link's endorsement, and its buttons: re-confirming the current text (switching
 * named/unnamed on the way) and withdrawing. Opening the page changes nothing; only presses do.
 * After STALE_VERSION the letter is read again, so the page shows the text that now stands.
 */
export function useManagedEndorsement(token: string) {
  const [result, reexecute] = useQuery({ query: EndorsementByLink, variables: { token }, pause: !token });
  const [reconfirmed, reconfirmNow] = useMutation(ReconfirmByLink);
  const [withdrawn, withdrawNow] = useMutation(WithdrawByLink);
  const [reason, setReason] = useState('');

  async function reconfirm(contentHash: string, anonymous?: boolean) {
    const response = await reconfirmNow({ token, contentHash, anonymous: anonymous ?? null });
    if (errorCode(response.error) === 'STALE_VERSION') reexecute({ requestPolicy: 'network-only' });
  }
  function withdraw() {
    void withdrawNow({ token, reason: reason.trim() || null });
  }
  return { result, reconfirmed, reconfirm, withdrawn, withdraw, reason, setReason };
}
