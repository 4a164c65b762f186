import { Logger } from '@nestjs/common';
import {
  EventSubscriber,
  type EntityManager,
  type EntitySubscriberInterface,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
  type TransactionStartEvent,
} from 'typeorm';

const logger = new Logger('AfterCommit');

interface Registered {
  work: () => unknown;
  key: string | undefined;
  /** The savepoint level it was registered at: rolling that savepoint back drops it. */
  depth: number;
}

interface OpenTransaction {
  /** 1 in the transaction itself, one more in each savepoint (a nested manager.transaction). */
  depth: number;
  registered: Registered[];
}

/** Every open transaction of every data source with the subscriber, by its query runner (its connection). */
const open = new WeakMap<QueryRunner, OpenTransaction>();

/**
 * Runs `work` once the transaction `manager` belongs to commits, never if it rolls back, and at once
 * when `manager` is in no transaction. Called in a nested piece of work that joined the caller's
 * transaction, it waits for that transaction: nothing is heard of a change before it is visible,
 * nor of one rolled back. What a savepoint rolled back registered is dropped with it.
 *
 * `key`: registering the same key again in one transaction does nothing, so that a change reached by
 * several paths is announced once. `work` runs after COMMIT, before the transaction's caller
 * resumes; it is not awaited, and a failure of it is logged, never thrown at the caller (whose
 * change has committed).
 *
 * For writes that must commit with the change (a pg-boss job, a NOTIFY), use the transaction itself
 * (`transactionalDb`, `EventBusService.publishInTransaction`), not this.
 */
export function afterCommit(manager: EntityManager, work: () => unknown, key?: string): void {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) {
    run(work);
    return;
  }
  const transaction = open.get(runner);
  if (!transaction) {
    throw new Error('afterCommit: this data source has no AfterCommitSubscriber (CoreModule registers it)');
  }
  if (key !== undefined && transaction.registered.some((r) => r.key === key)) return;
  transaction.registered.push({ work, key, depth: transaction.depth });
}

/**
 * Follows each transaction and savepoint of the data source it is registered with (TypeORM's
 * `subscribers` option) and runs what was registered with afterCommit once the outermost commits.
 */
@EventSubscriber()
export class AfterCommitSubscriber implements EntitySubscriberInterface {
  afterTransactionStart({ queryRunner }: TransactionStartEvent): void {
    // Mirrors TypeORM's own depth: a transaction started inside an open one is a savepoint.
    const transaction = open.get(queryRunner);
    if (transaction) transaction.depth += 1;
    else open.set(queryRunner, { depth: 1, registered: [] });
  }

  afterTransactionCommit({ queryRunner }: TransactionCommitEvent): void {
    const transaction = open.get(queryRunner);
    if (!transaction) return;
    transaction.depth -= 1;
    if (transaction.depth > 0) {
      // A savepoint released: what it registered now belongs to the level around it.
      for (const registered of transaction.registered) {
        registered.depth = Math.min(registered.depth, transaction.depth);
      }
      return;
    }
    open.delete(queryRunner);
    for (const { work } of transaction.registered) run(work);
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    const transaction = open.get(queryRunner);
    if (!transaction) return;
    transaction.depth -= 1;
    if (transaction.depth > 0) {
      // A savepoint rolled back: what it registered goes with it.
      transaction.registered = transaction.registered.filter((r) => r.depth <= transaction.depth);
      return;
    }
    open.delete(queryRunner);
  }
}

function run(work: () => unknown): void {
  const failed = (error: unknown): void =>
    logger.warn(`work after commit failed: ${error instanceof Error ? error.message : String(error)}`);
  try {
    const result = work();
    if (result instanceof Promise) result.catch(failed);
  } catch (error) {
    failed(error);
  }
}
