import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TransactionHooks, type TransactionHook } from '@undersigned/common';
import type { Signature } from './signature.entity';

/** Lets later contexts (targeting) act in a confirmation's transaction without supporters depending on them. */
@Injectable()
export class SignatureHooksService {
  private readonly confirmedHooks = new TransactionHooks<Signature>();

  onConfirmed(hook: TransactionHook<Signature>): void {
    this.confirmedHooks.register(hook);
  }

  confirmed(manager: EntityManager, signature: Signature): Promise<void> {
    return this.confirmedHooks.run(manager, signature);
  }
}
