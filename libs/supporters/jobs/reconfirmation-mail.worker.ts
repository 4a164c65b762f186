import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { DataSource, In, type EntityManager } from 'typeorm';
import { APP_CONFIG, MailService, QUEUE, storedMailLanguage, type AppConfig } from '@undersigned/common';
import { boundedVersionDiff, LetterStatus, LetterVersion } from '@undersigned/letters';
import { deliverableAddress } from '../canonical-email';
import { SignatureTokensService } from '../signature-tokens.service';
import { reconfirmationMail } from '../supporter-mails';
import { RECONFIRMATION_MAIL_QUEUE, type ReconfirmationMailJobData } from '../supporter-revisions.service';

/** Supporters mailed per transaction: their tokens, their mark and their queued mails commit together. */
export const RECONFIRMATION_MAIL_BATCH = 500;
/**
 * "The letter has changed" mails one signature receives in all: a lead revising again and again
 * cannot mail its supporters again and again. After the last one they are not told of later
 * revisions (their signature stays with the text they confirmed, uncounted for the new one).
 */
export const RECONFIRMATION_MAILS_MAX = 3;
/** Which signatures may be mailed now: fewer than the maximum, and none in the last 24 hours. */
const MAILABLE = `coalesce(reconfirm_mails_sent, 0) < ${RECONFIRMATION_MAILS_MAX}
         AND (reconfirm_mailed_at IS NULL OR reconfirm_mailed_at <= now() - interval '1 day')`;

interface LetterRow {
  slug: string;
  title: string;
  status: LetterStatus;
  current_version: number;
  material_version: number;
}

interface AwaitingRow {
  id: string;
  name: string;
  email: string;
  email_fingerprint: string;
  confirmed_version: number;
  language: string;
}

/**
 * Mails each supporter waiting to confirm a materially revised letter the changes since the
 * version they confirmed and a link that confirms the current one, batch by batch in a worker:
 * a petition of 100,000 supporters is revised in one short transaction, and mailed from here.
 * Restartable: each signature is marked with the version it was mailed for, in the batch's
 * transaction, and a later material revision mails again those still waiting.
 */
@Injectable()
export class ReconfirmationMailWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReconfirmationMailWorker.name);

  constructor(
    @Inject(QUEUE) private readonly boss: PgBoss,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: SignatureTokensService,
    private readonly mail: MailService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.work<ReconfirmationMailJobData>(
      RECONFIRMATION_MAIL_QUEUE,
      { pollingIntervalSeconds: 1, batchSize: 1 },
      async ([job]) => {
        const mailed = await this.mailAll(job.data.letterId);
        if (mailed)
          this.logger.log(`mailed ${mailed} supporters of letter ${job.data.letterId} to confirm its new text`);
        await this.mailLater(job.data);
      },
    );
  }

  /** Mails every supporter of the letter still to be told of its latest material version; how many. */
  async mailAll(letterId: string): Promise<number> {
    let mailed = 0;
    for (;;) {
      const batch = await this.dataSource.transaction((manager) => this.mailBatch(manager, letterId));
      mailed += batch;
      if (batch < RECONFIRMATION_MAIL_BATCH) return mailed;
    }
  }

  /**
   * Those still to be told of the latest text but mailed in the last 24 hours are mailed when
   * their day is over, by a job that waits until then.
   */
  private async mailLater(data: ReconfirmationMailJobData): Promise<void> {
    const [next] = (await this.dataSource.query(
      `SELECT min(s.reconfirm_mailed_at) + interval '1 day' AS at FROM signatures s
       WHERE s.letter_id = $1 AND s.status = 'NEEDS_RECONFIRMATION' AND s.email IS NOT NULL
         AND coalesce(s.reconfirm_mails_sent, 0) < ${RECONFIRMATION_MAILS_MAX}
         AND coalesce(s.reconfirm_mailed_version, 0) <
           (SELECT max(v.number) FROM letter_versions v WHERE v.letter_id = s.letter_id AND v.material)
         AND s.reconfirm_mailed_at > now() - interval '1 day'`,
      [data.letterId],
    )) as { at: Date | null }[];
    if (!next?.at) return;
    await this.boss.send(RECONFIRMATION_MAIL_QUEUE, data, {
      singletonKey: `${data.letterId}:later`,
      startAfter: new Date(next.at.getTime() + 1_000),
      retryLimit: 10,
      retryDelay: 30,
      retryBackoff: true,
    });
  }

  private async mailBatch(manager: EntityManager, letterId: string): Promise<number> {
    // Shared with confirmations, exclusive of a revision: the text mailed is the current one.
    const [letter] = (await manager.query(
      `SELECT l.slug, l.title, l.status, l.current_version,
         (SELECT max(v.number) FROM letter_versions v WHERE v.letter_id = l.id AND v.material)::int AS material_version
       FROM letters l WHERE l.id = $1 FOR KEY SHARE`,
      [letterId],
    )) as LetterRow[];
    // Closed or delivered: signatures are fixed, a link could confirm nothing.
    if (!letter || letter.status !== LetterStatus.OPEN) return 0;
    const rows = (await manager.query(
      `SELECT id, name, email, email_fingerprint, confirmed_version, language FROM signatures
       WHERE letter_id = $1 AND status = 'NEEDS_RECONFIRMATION' AND email IS NOT NULL
         AND coalesce(reconfirm_mailed_version, 0) < $2 AND ${MAILABLE}
       ORDER BY id LIMIT $3 FOR UPDATE`,
      [letterId, letter.material_version, RECONFIRMATION_MAIL_BATCH],
    )) as AwaitingRow[];
    // Not SKIP LOCKED: a row a confirmation holds is waited for, then mailed only if still waiting
    // (a confirmation that fails must not leave its supporter unmailed).
    if (!rows.length) return 0;
    const numbers = [...new Set([...rows.map((row) => row.confirmed_version), letter.current_version])];
    const versions = await manager.find(LetterVersion, { where: { letterId, number: In(numbers) } });
    const current = versions.find((v) => v.number === letter.current_version) as LetterVersion;
    const titles = new Map(versions.map((v) => [v.number, v.title]));
    const diffs = new Map<number, string | undefined>();
    for (const version of versions) diffs.set(version.number, await boundedVersionDiff(version, current));
    const tokens = await this.tokens.issue(
      manager,
      rows.map((row) => ({ signatureId: row.id, version: letter.current_version })),
    );
    await manager.query(
      `UPDATE signatures SET reconfirm_mailed_version = $2, reconfirm_mailed_at = now(),
         reconfirm_mails_sent = coalesce(reconfirm_mails_sent, 0) + 1
       WHERE id = ANY($1::uuid[])`,
      [rows.map((row) => row.id), letter.current_version],
    );
    for (const [i, row] of rows.entries()) {
      const message = reconfirmationMail(
        {
          publicUrl: this.config.publicUrl,
          // "The letter you signed": under the title they confirmed.
          letter: { slug: letter.slug, title: titles.get(row.confirmed_version) ?? letter.title },
          to: deliverableAddress(row.email),
          name: row.name,
          language: storedMailLanguage(row.language),
        },
        tokens[i],
        { title: current.title, diff: diffs.get(row.confirmed_version) },
      );
      await this.mail.enqueue(manager, message, 'signature reconfirmation', row.email_fingerprint);
    }
    return rows.length;
  }
}
