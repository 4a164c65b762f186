import type { Actor } from './actor';

/** What the guard needs to know about a live session. */
export interface LiveSession {
  userId: string;
  methods: string[];
}

/**
 * Answers, for each request, whether the session an access token was issued for still stands, so
 * that revokeSession and logOut stop its access tokens at once. Provided by the accounts context,
 * which owns the sessions table (common cannot import it).
 */
export abstract class SessionRegistry {
  /** The session if it exists and is not revoked; null otherwise. */
  abstract live(sessionId: string): Promise<LiveSession | null>;

  /** Whether the caller is still signed in: an anonymous caller is; a revoked session is not. */
  async stands(actor: Actor | null): Promise<boolean> {
    if (!actor) return true;
    const session = actor.sessionId ? await this.live(actor.sessionId) : null;
    return session !== null && session.userId === actor.userId;
  }
}
