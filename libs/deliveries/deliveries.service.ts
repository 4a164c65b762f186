import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { Between, DataSource, In, type EntityManager } from 'typeorm';
import {
  afterCommit,
  APP_CONFIG,
  badInput,
  ErrorCode,
  hideAs,
  invalidState,
  notFound,
  QUEUE,
  type Actor,
  type AppConfig,
} from '@undersigned/common';
import { SignatoriesService, type PublicSignatories } from '@undersigned/endorsements';
import {
  Letter,
  LetterPolicy,
  LetterStatus,
  LetterVersion,
  TimelineKind,
  TimelineService,
  transactionalDb,
  TranslationsService,
  wordDiff,
} from '@undersigned/letters';
import { DeliveryChannel, DeliveryStatus } from './delivery-status';
import { DeliveryTrackerService } from './delivery-tracker.service';
import { Delivery } from './delivery.entity';
import type { AddRecipientInput, DeliveryEventInput, ResponseInput } from './dto/delivery.inputs';
import { toLeadRecipientObject, type DeliveryObject, type RecipientObject } from './dto/delivery.objects';
import { toEditionObject, verifyUrl, type EditionObject } from './dto/edition.object';
import { editionHash } from './edition-hash';
import { EditionTranslation } from './edition-translation.entity';
import { Edition, type EditionMinorEdit, type EditionSignatory } from './edition.entity';
import { DELIVERY_QUEUE, deliveryJobOptions, type DeliveryJobData } from './jobs/delivery.queue';
import { Recipient } from './recipient.entity';
import type { LetterContent } from './render/letter-renderer';
import { editionContent, frozenSignatories } from './edition-content';
import { LetterPdfService } from './letter-pdf.service';
import type { RenderedEdition } from './render/render-thread';
import { RenderService } from './render/render.service';
import { SupportersService } from '@undersigned/supporters';

// Renderings of the edition before one is stored under the lock (see deliver).
const FREEZE_ATTEMPTS = 3;

/** The edition as the letter stands, before rendering. */
interface FrozenEdition {
  content: LetterContent;
  /** Changes with anything the rendering prints. */
  key: string;
  edition: Omit<Edition, 'html' | 'text' | 'pdf' | 'createdAt' | 'letter' | 'version' | 'translations'>;
  /** The APPROVED translations, frozen with it (typeset once it is stored: LetterPdfService.typesetTranslations). */
  translations: EditionTranslation[];
}

/** A freezing transaction either queued the deliveries (none if delivered before) or asks for a rendering first. */
type FreezeOutcome = { created: Delivery[] } | { render: FrozenEdition };

@Injectable()
export class DeliveriesService {
  private readonly delivering = new Map<string, Promise<DeliveryObject[]>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(QUEUE) private readonly boss: PgBoss,
    private readonly policy: LetterPolicy,
    private readonly signatories: SignatoriesService,
    private readonly timeline: TimelineService,
    private readonly tracker: DeliveryTrackerService,
    private readonly supporters: SupportersService,
    private readonly renderer: RenderService,
    private readonly translations: TranslationsService,
    private readonly pdfs: LetterPdfService,
  ) {
    // A letter's translations are frozen with its edition: the letters lib keeps no editions.
    translations.frozenWhen((manager, letterId) => manager.existsBy(Edition, { letterId }));
  }

  async addRecipient(actor: Actor, input: AddRecipientInput): Promise<RecipientObject> {
    if (input.channel === DeliveryChannel.EMAIL && !input.email) throw badInput('An EMAIL recipient needs an email');
    if (input.channel === DeliveryChannel.POST && !input.postalAddress) {
      throw badInput('A POST recipient needs a postalAddress');
    }
    return this.dataSource.transaction(async (manager) => {
      await this.requireUndelivered(manager, actor, input.letterId);
      const recipient = await manager.save(
        manager.create(Recipient, {
          letterId: input.letterId,
          name: input.name,
          title: input.title || null,
          organisation: input.organisation || null,
          email: input.email || null,
          postalAddress: input.postalAddress || null,
          role: input.role,
          channel: input.channel,
        }),
      );
      return toLeadRecipientObject(recipient);
    });
  }

  async removeRecipient(actor: Actor, recipientId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const recipient = await manager.findOneBy(Recipient, { id: recipientId });
      if (!recipient) throw notFound('Recipient');
      // Whoever may not see the letter learns nothing of it: the recipient is simply not found.
      await this.requireUndelivered(manager, actor, recipient.letterId).catch(
        hideAs('Recipient', [ErrorCode.NOT_FOUND]),
      );
      await manager.delete(Recipient, { id: recipientId });
      return true;
    });
  }

  async recipientsOf(letterIds: readonly string[]): Promise<Recipient[]> {
    return this.dataSource.getRepository(Recipient).find({
      where: { letterId: In([...letterIds]) },
      order: { role: 'ASC', createdAt: 'ASC' },
    });
  }

  /** The editions of these letters as the GraphQL type, each with the letter it belongs to. */
  async editionsOf(letterIds: readonly string[]): Promise<(EditionObject & { letterId: string })[]> {
    const editions = await this.dataSource.getRepository(Edition).find({
      where: { letterId: In([...letterIds]) },
      relations: { version: true, letter: true, translations: true },
    });
    return editions.map((e) => ({
      ...toEditionObject(e, (e.version as LetterVersion).contentHash, this.config.publicUrl, (e.letter as Letter).slug),
      letterId: e.letterId,
    }));
  }

  async deliveriesOf(letterIds: readonly string[]): Promise<DeliveryObject[]> {
    const deliveries = await this.dataSource.getRepository(Delivery).find({
      where: { letterId: In([...letterIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return this.tracker.objects(deliveries);
  }

  /**
   * Closes the letter if OPEN, freezes the edition (final text, named signatories in LEADS_FIRST
   * order and the count of unnamed ones), stores it rendered, and queues one delivery per
   * recipient, in one transaction. Repeating it, from any process, queues nothing new.
   *
   * Rendering takes seconds for a long letter, so it is done before that transaction, on the
   * delivery render thread (never behind readers' renders), from the edition as the letter stands;
   * the transaction then stores it only if nothing the edition prints has changed meanwhile, and
   * renders again otherwise. Only a letter that keeps changing under it (a busy petition) is, at
   * the last attempt, rendered while its lock is held.
   */
  async deliver(actor: Actor, letterId: string): Promise<DeliveryObject[]> {
    // A repeated call (a double press) waits for the one under way in this process, then finds the
    // edition stored, instead of queueing another rendering on the delivery thread.
    const running = this.delivering.get(letterId);
    if (running) await running.catch(() => undefined);
    const delivery = this.deliverOnce(actor, letterId);
    this.delivering.set(letterId, delivery);
    try {
      return await delivery;
    } finally {
      if (this.delivering.get(letterId) === delivery) this.delivering.delete(letterId);
    }
  }

  private async deliverOnce(actor: Actor, letterId: string): Promise<DeliveryObject[]> {
    // Chosen once: the verification address and the date are printed in every rendering.
    const id = randomUUID();
    const deliveredAt = new Date();
    let rendered: { key: string; result: RenderedEdition } | null = null;
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.dataSource.transaction(async (manager): Promise<FreezeOutcome> => {
        const letter = await this.policy.requireLead(manager, actor, letterId);
        if (await manager.existsBy(Edition, { letterId })) return { created: [] };
        if (letter.status === LetterStatus.DRAFT) throw invalidState('A DRAFT letter cannot be delivered');
        const recipients = await manager.find(Recipient, {
          where: { letterId },
          order: { role: 'ASC', createdAt: 'ASC' },
        });
        if (!recipients.length) throw badInput('Add at least one recipient first');
        const frozen = await this.frozen(manager, letter, recipients, id, deliveredAt);
        let result = rendered?.key === frozen.key ? rendered.result : null;
        if (!result) {
          if (attempt < FREEZE_ATTEMPTS) return { render: frozen };
          result = await this.render(frozen);
        }
        if (letter.status === LetterStatus.OPEN) {
          await manager.update(Letter, { id: letterId }, { status: LetterStatus.CLOSED });
          await this.timeline.add(manager, letterId, {
            kind: TimelineKind.LETTER_CLOSED,
            title: 'Endorsements closed for delivery',
            onceKey: 'closed',
          });
        }
        await manager.insert(Edition, { ...frozen.edition, ...result });
        if (frozen.translations.length) {
          // Typeset once the edition is stored, off its lock and once only, however often it was frozen.
          await manager.insert(
            EditionTranslation,
            frozen.translations.map((t) => ({ ...t, pdf: null })),
          );
          afterCommit(manager, () => this.pdfs.typesetTranslations(letterId));
        }
        await this.timeline.add(manager, letterId, {
          kind: TimelineKind.LETTER_DELIVERED,
          title: `Delivered to ${recipients.length} recipient${recipients.length === 1 ? '' : 's'}`,
          onceKey: 'delivered',
        });
        return { created: await this.queue(manager, recipients) };
      });
      if ('render' in outcome) {
        rendered = { key: outcome.render.key, result: await this.render(outcome.render) };
        continue;
      }
      return (await this.deliveriesOf([letterId])) as DeliveryObject[];
    }
  }

  /**
   * The edition typeset, on the delivery render thread. Its translations are typeset after it is
   * stored (once, however often it was frozen, and never under the letter's lock), then kept, so
   * that the mails and GET /letters/:slug.pdf?lang= serve them without typesetting again.
   */
  private async render(frozen: FrozenEdition): Promise<RenderedEdition> {
    return this.renderer.edition(frozen.content);
  }

  async recordEvent(actor: Actor, input: DeliveryEventInput): Promise<DeliveryObject> {
    if (input.status === DeliveryStatus.RESPONDED) throw badInput('Record a response with recordResponse');
    return this.change(actor, input.deliveryId, (manager, delivery) =>
      this.tracker.move(manager, delivery, {
        to: input.status,
        note: input.note,
        occurredAt: input.occurredAt ?? undefined,
      }),
    );
  }

  async recordResponse(actor: Actor, input: ResponseInput): Promise<DeliveryObject> {
    return this.change(actor, input.deliveryId, (manager, delivery) =>
      this.tracker.move(manager, delivery, {
        to: DeliveryStatus.RESPONDED,
        occurredAt: input.receivedAt ?? undefined,
        changes: { response: input.body },
      }),
    );
  }

  /** Queues a FAILED email delivery again, with the same Message-ID, for a new retry window. */
  async retry(actor: Actor, deliveryId: string): Promise<DeliveryObject> {
    return this.change(actor, deliveryId, async (manager, delivery) => {
      if (delivery.status !== DeliveryStatus.FAILED) throw invalidState('Only a FAILED delivery can be retried');
      if (delivery.channel !== DeliveryChannel.EMAIL) {
        throw invalidState('Only an email delivery can be retried; record how a POST or HAND one went');
      }
      const now = new Date();
      await this.tracker.requeue(manager, delivery, now);
      await this.boss.send(DELIVERY_QUEUE, { deliveryId } satisfies DeliveryJobData, {
        ...deliveryJobOptions(this.config.delivery, deliveryId, now),
        db: transactionalDb(manager),
      });
    });
  }

  private async change(
    actor: Actor,
    deliveryId: string,
    work: (manager: EntityManager, delivery: Delivery) => Promise<void>,
  ): Promise<DeliveryObject> {
    await this.dataSource.transaction(async (manager) => {
      const delivery = await this.tracker.lock(manager, deliveryId);
      if (!delivery) throw notFound('Delivery');
      await this.policy.requireLead(manager, actor, delivery.letterId).catch(hideAs('Delivery'));
      await work(manager, delivery); // each moves or requeues it, which publishes it once committed
    });
    return this.tracker.object(deliveryId);
  }

  private async requireUndelivered(manager: EntityManager, actor: Actor, letterId: string): Promise<Letter> {
    const letter = await this.policy.requireLead(manager, actor, letterId);
    if (letter.status === LetterStatus.DELIVERED || (await manager.existsBy(Edition, { letterId }))) {
      throw invalidState('The letter has been delivered: its recipients are fixed');
    }
    return letter;
  }

  /** The edition as the letter stands, unrendered, and a key that changes with anything it prints. */
  private async frozen(
    manager: EntityManager,
    letter: Letter,
    recipients: Recipient[],
    id: string,
    deliveredAt: Date,
  ): Promise<FrozenEdition> {
    const version = await manager.findOneByOrFail(LetterVersion, {
      letterId: letter.id,
      number: letter.currentVersion,
    });
    // Only the named and a count of the unnamed reach the edition (libs/endorsements/unnamed-signatories.ts),
    // each with the hash it signed: after a minor edit, those who consented signed an earlier text.
    const { signatories, anonymousCount }: PublicSignatories = await this.signatories.all(letter.id);
    const frozen = frozenSignatories(signatories);
    const supporterCount = await this.supporters.confirmedCount(manager, letter.id);
    // Only APPROVED ones: a DRAFT was never approved, an OUTDATED one translates a replaced text.
    const translations: EditionTranslation[] = (await this.translations.approved(manager, letter.id)).map((t) => ({
      letterId: letter.id,
      language: t.language,
      title: t.title,
      body: t.body,
      contentHash: t.contentHash,
      translator: t.translator,
      basedOnVersion: t.basedOnVersion,
    }));
    const hash = editionHash({
      contentHash: version.contentHash,
      signatories: frozen.map((s) => s.displayName),
      unnamedCount: anonymousCount,
      supporterCount,
      translations,
    });
    const content: LetterContent = {
      ...editionContent(version, recipients, frozen, anonymousCount, deliveredAt, {
        editionHash: hash,
        verifyUrl: verifyUrl(this.config.publicUrl, id),
      }),
      supporterCount,
    };
    return {
      content,
      key: createHash('sha256')
        .update(JSON.stringify([content, translations]))
        .digest('hex'),
      edition: {
        letterId: letter.id,
        id,
        editionHash: hash,
        supporterCount,
        minorEdits: await this.minorEditsSince(manager, version, frozen),
        deliveredAt,
        versionId: version.id,
        signatories: frozen,
        anonymousCount,
      },
      translations,
    };
  }

  /**
   * The minor edits a listed signatory accepted without reading them: every version after the
   * earliest one signed, each with its word diff from the version before.
   */
  private async minorEditsSince(
    manager: EntityManager,
    delivered: LetterVersion,
    signatories: EditionSignatory[],
  ): Promise<EditionMinorEdit[]> {
    const earliest = Math.min(...signatories.map((s) => s.signedVersion ?? delivered.number));
    if (!(earliest < delivered.number)) return [];
    const versions = await manager.find(LetterVersion, {
      where: { letterId: delivered.letterId, number: Between(earliest, delivered.number) },
      order: { number: 'ASC' },
    });
    const edits: EditionMinorEdit[] = [];
    for (let i = 1; i < versions.length; i++) {
      const version = versions[i];
      edits.push({
        version: version.number,
        contentHash: version.contentHash,
        note: version.note,
        editedAt: version.createdAt.toISOString(),
        diff: await wordDiff(versions[i - 1], version),
      });
    }
    return edits;
  }

  /** One delivery per recipient; email ones go to the queue, spread over time per mail domain. */
  private async queue(manager: EntityManager, recipients: Recipient[]): Promise<Delivery[]> {
    const perDomain = new Map<string, number>();
    const spacingMs = 60_000 / this.config.delivery.ratePerMinute;
    const host = new URL(this.config.publicUrl).hostname;
    const created: Delivery[] = [];
    for (const recipient of recipients) {
      // The id is chosen here: the acknowledgement token and the Message-ID derive from it.
      const id = randomUUID();
      const email = recipient.channel === DeliveryChannel.EMAIL;
      let startAfter: Date | null = null;
      if (email) {
        const domain = (recipient.email as string).split('@')[1];
        const slot = perDomain.get(domain) ?? 0;
        perDomain.set(domain, slot + 1);
        startAfter = new Date(Date.now() + slot * spacingMs);
      }
      const delivery = await manager.save(
        manager.create(Delivery, {
          id,
          letterId: recipient.letterId,
          recipientId: recipient.id,
          channel: recipient.channel,
          status: DeliveryStatus.PENDING,
          ackTokenHash: this.tracker.ackTokenHash(id),
          messageId: `<delivery-${id}@${host}>`,
          nextAttemptAt: startAfter,
        }),
      );
      created.push(delivery);
      this.tracker.changed(manager, delivery.id);
      if (!startAfter) continue;
      await this.boss.send(DELIVERY_QUEUE, { deliveryId: id } satisfies DeliveryJobData, {
        ...deliveryJobOptions(this.config.delivery, id, startAfter),
        db: transactionalDb(manager),
      });
    }
    return created;
  }
}
