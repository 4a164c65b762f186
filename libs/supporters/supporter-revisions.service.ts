import { Inject, Injectable } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { QUEUE, transactionalDb } from '@undersigned/common';
import { CountsPublisher } from '@undersigned/endorsements';
import { RevisionHooksService, type Revision } from '@undersigned/letters';
import { SupporterCountsService } from './supporter-counts.service';

/** Mails "the letter you signed has changed" to the supporters of a letter revised materially, in batches. */
export const RECONFIRMATION_MAIL_QUEUE = 'supporters.reconfirmation-mails';

export interface ReconfirmationMailJobData {
  letterId: string;
  /** The material version that queued it (the mailer mails for the letter's latest one). */
  version: number;
}

/**
 * Supporters are bound to the text: a material revision takes every confirmed supporter off the
 * counts, the list and the delivery until they confirm the new text; a minor edit keeps them.
 * Runs in the revision's transaction, holding the letter's lock for update, set-based: one
 * statement for the signatures and their counts, and one job that mails them in batches.
 */
@Injectable()
export class SupporterRevisionsService {
  constructor(
    @Inject(QUEUE) private readonly boss: PgBoss,
    private readonly supporterCounts: SupporterCountsService,
    private readonly countsPublisher: CountsPublisher,
    hooks: RevisionHooksService,
  ) {
    hooks.register((manager, revision) => this.onRevision(manager, revision));
  }

  private async onRevision(manager: EntityManager, revision: Revision): Promise<void> {
    if (!revision.version.material) return;
    const letterId = revision.letter.id;
    const moved = await this.supporterCounts.awaitReconfirmation(manager, letterId);
    // Those still waiting since an earlier revision hear of this one too.
    if (!moved.ended && !(await this.anyAwaiting(manager, letterId))) return;
    const data: ReconfirmationMailJobData = { letterId, version: revision.version.number };
    await this.boss.send(RECONFIRMATION_MAIL_QUEUE, data, {
      singletonKey: `${letterId}:${revision.version.number}`,
      retryLimit: 10,
      retryDelay: 30,
      retryBackoff: true,
      db: transactionalDb(manager),
    });
    this.countsPublisher.changed(manager, letterId);
  }

  private async anyAwaiting(manager: EntityManager, letterId: string): Promise<boolean> {
    const [{ any }] = (await manager.query(
      `SELECT EXISTS (SELECT 1 FROM signatures WHERE letter_id = $1 AND status = 'NEEDS_RECONFIRMATION') AS any`,
      [letterId],
    )) as { any: boolean }[];
    return any;
  }
}
