import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TransactionHooks, type TransactionHook } from '@undersigned/common';
import type { Signature } from './signature.entity';

/**
 * Lets later contexts (targeting, webhooks) act in a confirmation's or an erasure's transaction without
 * supporters depending on them.
 */
@Injectable()
export class SignatureHooksService {
  private readonly confirmedHooks = new TransactionHooks<Signature>();
  private readonly erasedHooks = new TransactionHooks<readonly string[]>();

  onConfirmed(hook: TransactionHook<Signature>): void {
    this.confirmedHooks.register(hook);
  }

  confirmed(manager: EntityManager, signature: Signature): Promise<void> {
    return this.confirmedHooks.run(manager, signature);
  }

  /** Erased signatures (their ids): a later context forgets what it keeps of the person, in the same transaction. */
  onErased(hook: TransactionHook<readonly string[]>): void {
    this.erasedHooks.register(hook);
  }

  erased(manager: EntityManager, signatureIds: readonly string[]): Promise<void> {
    return signatureIds.length ? this.erasedHooks.run(manager, signatureIds) : Promise.resolve();
  }
}
