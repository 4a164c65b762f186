import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, badInput, invalidState, MAIL_QUEUE, type Actor, type AppConfig } from '@undersigned/common';
import { LetterPolicy, LetterStatus, TimelineKind, TimelineService } from '@undersigned/letters';
import { CountsPublisher } from '@undersigned/endorsements';
import type { InvalidateSignaturesInput } from './dto/petition.inputs';
import { canonicalDomain } from './canonical-email';
import { ipRange } from './petition.service';
import { SignatureStatus } from './signature-status';
import { SigningService } from './signing.service';
import { SupporterCountsService } from './supporter-counts.service';
import { SignatureHooksService } from './signature-hooks.service';

/** Signatures erased by one statement of the retention job. */
const ERASE_BATCH = 500;

/**
 * Personal columns of a signature: what erasure overwrites (a personal domain names its owner).
 * Country and area stay, for the counts.
 */
const ERASE_SET = `name = NULL, email = NULL, email_domain = NULL, postcode = NULL, ip_address = NULL, comment = NULL,
  erased_at = now()`;

/** Withdrawing, invalidating and erasing signatures: the ways out, each keeping the counts true. */
@Injectable()
export class SignatureLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly signing: SigningService,
    private readonly supporterCounts: SupporterCountsService,
    private readonly countsPublisher: CountsPublisher,
    private readonly policy: LetterPolicy,
    private readonly timeline: TimelineService,
    private readonly hooks: SignatureHooksService,
  ) {}

  /** By the link in the confirmation mail, while the letter is OPEN: once closed, its supporters are fixed. */
  async withdraw(token: string): Promise<true> {
    await this.dataSource.transaction(async (manager) => {
      const found = await this.signing.byToken(manager, token);
      const letter = await this.signing.lockLetter(manager, found.letterId);
      if (letter.status !== LetterStatus.OPEN) {
        throw invalidState('Signatures are closed, and the letter goes out with yours; you can still erase your data');
      }
      const { letters } = await this.supporterCounts.end(manager, SignatureStatus.WITHDRAWN, 'id = $1', [found.id]);
      for (const letterId of letters) this.countsPublisher.changed(manager, letterId);
    });
    return true;
  }

  /**
   * Leads take fraudulent signatures out by mail domain, IP address and time range (at least one
   * of the first two): they stop counting at once, and the timeline says how many went.
   */
  async invalidate(actor: Actor, input: InvalidateSignaturesInput): Promise<number> {
    if (!input.emailDomain && !input.ipAddress) throw badInput('Give an emailDomain or an ipAddress to invalidate by');
    if (input.from && input.to && input.from > input.to) throw badInput('from must be before to');
    const conditions = ['letter_id = $1'];
    const parameters: unknown[] = [input.letterId];
    const add = (sql: string, value: unknown): void => {
      parameters.push(value);
      conditions.push(sql.replaceAll('?', `$${parameters.length}`));
    };
    if (input.emailDomain) {
      const domain = canonicalDomain(input.emailDomain);
      add(`(email_domain = ? OR email_domain LIKE '%.' || ?)`, domain);
    }
    if (input.ipAddress) add('ip_address <<= ?::inet', ipRange('ipAddress', input.ipAddress));
    if (input.from) add('created_at >= ?', input.from);
    if (input.to) add('created_at <= ?', input.to);
    return this.dataSource.transaction(async (manager) => {
      const letter = await this.policy.requireLead(manager, actor, input.letterId);
      if (letter.status !== LetterStatus.OPEN) throw invalidState('Signatures are closed: the supporters are fixed');
      const result = await this.supporterCounts.end(
        manager,
        SignatureStatus.INVALIDATED,
        conditions.join(' AND '),
        parameters,
      );
      if (result.ended) {
        await this.timeline.add(manager, input.letterId, {
          kind: TimelineKind.SIGNATURES_INVALIDATED,
          title: `${result.ended.toLocaleString('en-GB')} signature${result.ended === 1 ? '' : 's'} invalidated`,
        });
      }
      this.countsPublisher.changed(manager, input.letterId);
      return result.ended;
    });
  }

  /**
   * Erases the person's name, email, postcode and IP from every signature made with this address
   * (on any letter), and the mails queued or kept for them. The signatures still count.
   */
  async erase(token: string): Promise<true> {
    await this.dataSource.transaction(async (manager) => {
      const found = await this.signing.byToken(manager, token);
      const { letters } = await this.eraseWhere(manager, 'email_fingerprint = $1', [found.emailFingerprint]);
      for (const letterId of letters) this.countsPublisher.changed(manager, letterId);
    });
    return true;
  }

  /**
   * Erases supporters' personal data SUPPORTER_RETENTION_DAYS after their letter was closed or
   * delivered, and that of signatures never confirmed, withdrawn or invalidated as long after,
   * in batches; the number erased.
   */
  async eraseExpired(): Promise<number> {
    let erased = 0;
    for (;;) {
      const batch = await this.dataSource.transaction((manager) =>
        this.eraseWhere(
          manager,
          `id IN (SELECT s.id FROM signatures s JOIN letters l ON l.id = s.letter_id
             WHERE s.erased_at IS NULL AND (
               (l.status IN ('${LetterStatus.CLOSED}', '${LetterStatus.DELIVERED}')
                 AND (SELECT max(t.occurred_at) FROM timeline_entries t WHERE t.letter_id = l.id
                       AND t.kind IN ('${TimelineKind.LETTER_CLOSED}', '${TimelineKind.LETTER_DELIVERED}'))
                     < now() - make_interval(days => $1))
               -- never confirmed, withdrawn or invalidated: kept no longer, whatever the letter (one
               -- waiting to confirm a revised text is kept as a confirmed one is, until the letter ends)
               OR (s.status NOT IN ('${SignatureStatus.CONFIRMED}', '${SignatureStatus.NEEDS_RECONFIRMATION}')
                   AND coalesce(s.ended_at, s.created_at) < now() - make_interval(days => $1)))
             LIMIT ${ERASE_BATCH})`,
          [this.config.supporters.retentionDays],
        ),
      );
      erased += batch.count;
      if (batch.count < ERASE_BATCH) return erased;
    }
  }

  private async eraseWhere(
    manager: EntityManager,
    condition: string,
    parameters: unknown[],
  ): Promise<{ count: number; letters: string[] }> {
    // The mail jobs that carry the person's name and address go too, queued or kept: every mail
    // about a signature is queued with its email fingerprint as the erasure key.
    const [row] = (await manager.query(
      `WITH target AS (SELECT id, letter_id, email_fingerprint FROM signatures WHERE ${condition} FOR UPDATE),
       erased AS (UPDATE signatures s SET ${ERASE_SET} FROM target t WHERE s.id = t.id RETURNING s.id),
       keys AS (SELECT DISTINCT email_fingerprint AS key FROM target),
       jobs AS (DELETE FROM pgboss.job j USING keys k
                WHERE j.name = '${MAIL_QUEUE}' AND j.data->>'erasureKey' = k.key RETURNING j.id),
       archived AS (DELETE FROM pgboss.archive j USING keys k
                WHERE j.name = '${MAIL_QUEUE}' AND j.data->>'erasureKey' = k.key RETURNING j.id)
       SELECT (SELECT count(*) FROM erased)::int AS count,
              array(SELECT id FROM erased)::text[] AS ids,
              array(SELECT DISTINCT letter_id FROM target)::text[] AS letters,
              (SELECT count(*) FROM jobs)::int + (SELECT count(*) FROM archived)::int AS mails`,
      parameters,
    )) as { count: number; ids: string[]; letters: string[] }[];
    // What later contexts keep of these people (webhook calls naming them) goes in the same transaction.
    await this.hooks.erased(manager, row.ids);
    return { count: row.count, letters: row.letters };
  }
}
