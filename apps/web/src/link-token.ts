import { useEffect, useState } from 'react';

/**
 * The `?token=` of an email link, read once and then taken out of the address bar (and so out of
 * the history and of what a shared screen or a later visitor of this browser sees). The page keeps
 * it for as long as it is open.
 */
export function useLinkToken(): string {
  const [token] = useState(() => new URLSearchParams(location.search).get('token') ?? '');
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    if (!params.has('token')) return;
    params.delete('token');
    const search = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  }, []);
  return token;
}
