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
  if (event.key !== KEY) return;
  current = read();
  listeners.forEach((listener) => listener());
});

export function useSession(): Session | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
