import type { EntityManager } from 'typeorm';

/** Work a later context does in the transaction of a change made by an earlier one. */
export type TransactionHook<T> = (manager: EntityManager, change: T) => Promise<void>;

/**
 * Lets later contexts act on a change of an earlier one without the earlier one depending on them.
 * Hooks run in the change's transaction, in the order registered: what they write (a queued job)
 * commits with the change or not at all; what must wait for the commit (telling subscribers) they
 * register with afterCommit.
 */
export class TransactionHooks<T> {
  private readonly hooks: TransactionHook<T>[] = [];

  register(hook: TransactionHook<T>): void {
    this.hooks.push(hook);
  }

  async run(manager: EntityManager, change: T): Promise<void> {
    for (const hook of this.hooks) await hook(manager, change);
  }
}
