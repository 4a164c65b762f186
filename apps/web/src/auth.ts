// The signed-in session: tokens kept in localStorage so every tab shares one session.
// The API takes credentials only from the Authorization header (never a cookie), which another site
// cannot make a browser send: no CSRF. The CSP (apps/api/src/web-app.ts) keeps foreign scripts out.
import { useSyncExternalStore } from 'react';

const KEY = 'undersigned.session';

export interface Session {
  accessToken: string;
  refreshToken: string;
  userId: string;
  name: string;
}

const listeners = new Set<() => void>();
let current: Session | null = read();

function read(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function session(): Session | null {
  return current;
}

export function setSession(next: Session | null): void {
  current = next;
  if (next) localStorage.setItem(KEY, JSON.stringify(next));
  else localStorage.removeItem(KEY);
  listeners.forEach((listener) => listener());
}

addEventListener('storage', (event) => {
  if (event.key !== KEY && event.key !== null) return;
  const next = read();
  // Signed out in another tab: start afresh here too, so nothing of the session stays on screen,
  // in the GraphQL cache or on the open websocket.
  if (current && !next) return location.replace('/');
  current = next;
  listeners.forEach((listener) => listener());
});

const LOG_OUT = `mutation LogOut($refreshToken: String!) { logOut(refreshToken: $refreshToken) }`;

/**
 * Ends the session on the server (its refresh token stops working), forgets it here, and reloads the
 * start page: the reload drops the GraphQL cache, the websocket and whatever the last page showed.
 */
export async function signOut(): Promise<void> {
  const known = current;
  if (known) {
    await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOG_OUT, variables: { refreshToken: known.refreshToken } }),
    }).catch(() => undefined);
  }
  setSession(null);
  location.replace('/');
}

export function useSession(): Session | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
