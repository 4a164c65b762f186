import { DomainError } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-code';

export interface EventGuard<T> {
  /** Whether the event concerns this subscription at all (cheap, checked first). */
  matches(event: T): boolean;
  /** Whether the subscriber may see it now: false ends the subscription. */
  mayReceive(): Promise<boolean>;
  /** Whether the subscriber's session still stands (SessionRegistry.stands): false ends the subscription. */
  signedIn?: () => Promise<boolean>;
  /** When the subscriber's access token expires (ms since the epoch): the subscription ends then. */
  expiresAt?: number;
}

/** For `mayReceive`: a policy's NOT_FOUND means "no longer allowed"; anything else is a real error. */
export function deniedAsFalse(error: unknown): false {
  if (error instanceof DomainError && (error.code === ErrorCode.NOT_FOUND || error.code === ErrorCode.FORBIDDEN)) {
    return false;
  }
  throw error;
}

/**
 * The events of `source` a subscriber may receive, authorised again for each event: access checked
 * at subscribe time alone would keep feeding a member after their removal. Ends, and releases the
 * source, when access is lost, when the session is revoked, when the token expires, or when the
 * client goes away.
 */
export function guardedEvents<T>(source: AsyncIterableIterator<T>, guard: EventGuard<T>): AsyncIterableIterator<T> {
  let timer: NodeJS.Timeout | undefined;
  const end = async (): Promise<IteratorResult<T>> => {
    clearTimeout(timer);
    await source.return?.();
    return { done: true, value: undefined };
  };
  const expired = (): boolean => guard.expiresAt !== undefined && Date.now() >= guard.expiresAt;
  if (guard.expiresAt !== undefined) {
    // Ending the source also settles a pending next(): no event is awaited past the token's life.
    timer = setTimeout(() => void source.return?.(), Math.max(guard.expiresAt - Date.now(), 0));
    timer.unref();
  }
  const iterator: AsyncIterableIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      for (;;) {
        if (expired()) return end();
        const result = await source.next();
        if (result.done || expired()) return end();
        if (!guard.matches(result.value)) continue;
        if (guard.signedIn && !(await guard.signedIn())) return end();
        if (!(await guard.mayReceive())) return end();
        return result;
      }
    },
    return: end,
    async throw(error: unknown): Promise<IteratorResult<T>> {
      await end();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
