import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Revision } from './versions.service';

/**
 * Runs inside the revision's transaction; may return work to do once it has committed
 * (mail, notifications), which never runs if the transaction rolls back.
 */
export type RevisionHook = (manager: EntityManager, revision: Revision) => Promise<(() => void) | void>;

/** Lets later contexts (endorsements) react to a revision without letters depending on them. */
@Injectable()
export class RevisionHooks {
  private readonly hooks: RevisionHook[] = [];

  register(hook: RevisionHook): void {
    this.hooks.push(hook);
  }

  async run(manager: EntityManager, revision: Revision): Promise<(() => void)[]> {
    const after: (() => void)[] = [];
    for (const hook of this.hooks) {
      const then = await hook(manager, revision);
      if (then) after.push(then);
    }
    return after;
  }
}
