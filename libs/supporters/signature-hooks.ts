import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Signature } from './signature.entity';

/** Runs in the confirmation's transaction: what it writes (a queued job) commits with it, or not at all. */
export type SignatureConfirmedHook = (manager: EntityManager, signature: Signature) => Promise<void>;

/** Lets later contexts (targeting) react to a confirmed signature without supporters depending on them. */
@Injectable()
export class SignatureHooks {
  private readonly confirmedHooks: SignatureConfirmedHook[] = [];

  onConfirmed(hook: SignatureConfirmedHook): void {
    this.confirmedHooks.push(hook);
  }

  async confirmed(manager: EntityManager, signature: Signature): Promise<void> {
    for (const hook of this.confirmedHooks) await hook(manager, signature);
  }
}
