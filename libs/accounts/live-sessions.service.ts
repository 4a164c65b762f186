import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { EventBusService, SessionRegistry, type LiveSession } from '@undersigned/common';

/**
 * How long a process trusts what it read of a session. Changes reach every process by NOTIFY when
 * they commit (below); this bounds how long one missed while a listener reconnected can matter.
 */
export const SESSION_CACHE_MS = 2_000;
const MAX_CACHED_SESSIONS = 10_000;
const SESSIONS_CHANGED = 'accounts.sessions-changed';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface SessionsChanged {
  userId: string;
}

/**
 * The guard's question for every authenticated request: does the token's session still stand, and
 * how did it begin? Answered from the sessions table through a short per-process cache, which a
 * change to a user's sessions clears in this process at once and in every process when it commits.
 */
@Injectable()
export class LiveSessionsService extends SessionRegistry implements OnModuleInit {
  private readonly cache = new Map<string, { session: LiveSession | null; until: number }>();
  /** Bumped by every change: a read begun before one is not kept (it may predate the change). */
  private generation = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventBusService,
  ) {
    super();
  }

  onModuleInit(): void {
    this.events.on<SessionsChanged>(SESSIONS_CHANGED, ({ userId }) => this.forget(userId));
  }

  async live(sessionId: string): Promise<LiveSession | null> {
    if (!UUID.test(sessionId)) return null;
    const hit = this.cache.get(sessionId);
    if (hit && hit.until > Date.now()) return hit.session;
    const generation = this.generation;
    const rows = (await this.dataSource.query(
      'SELECT user_id AS "userId", methods FROM sessions WHERE id = $1 AND revoked_at IS NULL',
      [sessionId],
    )) as LiveSession[];
    const session = rows[0] ?? null;
    if (generation === this.generation) {
      this.cache.delete(sessionId);
      if (this.cache.size >= MAX_CACHED_SESSIONS) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(sessionId, { session, until: Date.now() + SESSION_CACHE_MS });
    }
    return session;
  }

  /**
   * Called in the transaction that revokes or changes sessions of `userId`: forgets them in this
   * process now, and in every process (this one again) once the transaction commits.
   */
  async changed(manager: EntityManager, userId: string): Promise<void> {
    this.forget(userId);
    await this.events.publishInTransaction(manager, SESSIONS_CHANGED, { userId } satisfies SessionsChanged);
  }

  private forget(userId: string): void {
    this.generation += 1;
    for (const [id, entry] of this.cache) {
      if (entry.session?.userId === userId) this.cache.delete(id);
    }
  }
}
