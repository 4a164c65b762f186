import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { badInput, ErrorCode, hideAs, invalidState, notFound, type Actor } from '@undersigned/common';
import { contentHash } from './content-hash';
import { toLetterTranslationObject, type LetterTranslationObject } from './dto/letter-translation.object';
import type { LetterObject } from './dto/letter.object';
import type { SaveTranslationInput } from './dto/translation.inputs';
import { LetterTranslation } from './letter-translation.entity';
import { LetterPolicy, readsAsLead, type LetterAccess } from './letter.policy';
import { TranslationStatus } from './translation-status';

/** A letter has at most this many translations: each may be as long as the letter (200,000 characters). */
export const MAX_TRANSLATIONS_PER_LETTER = 50;

/**
 * The statuses of translations a viewer may see: leads see all, everyone else who may read the
 * letter the APPROVED ones only. `wanted` narrows to one status.
 */
export function visibleTranslationStatuses(
  access: LetterAccess,
  wanted?: TranslationStatus | null,
): TranslationStatus[] {
  const visible = readsAsLead(access) ? Object.values(TranslationStatus) : [TranslationStatus.APPROVED];
  return wanted ? visible.filter((status) => status === wanted) : visible;
}

/**
 * Translations of letters: leads save them (each a DRAFT on the current version) and approve them;
 * a material revision makes them OUTDATED (VersionsService.revise). Every write holds the letter's
 * row lock, as revising does, so a translation is never approved on a version already replaced.
 */
@Injectable()
export class TranslationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: LetterPolicy,
  ) {}

  /**
   * Whether a letter's edition is frozen (it was delivered): told by deliveries, which keep editions.
   * From then on its translations are those of the edition, and none changes.
   */
  private frozen: (manager: EntityManager, letterId: string) => Promise<boolean> = async () => false;

  frozenWhen(check: (manager: EntityManager, letterId: string) => Promise<boolean>): void {
    this.frozen = check;
  }

  /** Under the letter's lock: INVALID_STATE once the letter was delivered. */
  private async requireUnfrozen(manager: EntityManager, letterId: string): Promise<void> {
    if (await this.frozen(manager, letterId)) {
      throw invalidState('The letter was delivered: its translations are those of its edition, and stay as they are');
    }
  }

  /** Adds the letter's translation into `input.language`, or replaces its text: a DRAFT on the current version. */
  async save(actor: Actor, input: SaveTranslationInput): Promise<LetterTranslationObject> {
    return this.dataSource.transaction(async (manager) => {
      const letter = await this.policy.requireLead(manager, actor, input.letterId);
      await this.requireUnfrozen(manager, letter.id);
      if (input.language === letter.language) {
        throw badInput(`The original is in ${letter.language}: a translation is into another language`);
      }
      const fields = {
        title: input.title,
        body: input.body,
        contentHash: contentHash(input.title, input.body),
        translator: input.translator || null,
        status: TranslationStatus.DRAFT,
        basedOnVersion: letter.currentVersion,
        savedById: actor.userId,
        approvedAt: null,
        approvedById: null,
      };
      const existing = await manager.findOne(LetterTranslation, {
        where: { letterId: letter.id, language: input.language },
      });
      if (existing) {
        await manager.update(LetterTranslation, { id: existing.id }, fields);
        return toLetterTranslationObject(await manager.findOneByOrFail(LetterTranslation, { id: existing.id }));
      }
      if ((await manager.countBy(LetterTranslation, { letterId: letter.id })) >= MAX_TRANSLATIONS_PER_LETTER) {
        throw invalidState(`A letter has at most ${MAX_TRANSLATIONS_PER_LETTER} translations: delete one first`);
      }
      const created = await manager.save(
        manager.create(LetterTranslation, { letterId: letter.id, language: input.language, ...fields }),
      );
      return toLetterTranslationObject(created);
    });
  }

  /** A lead approves a DRAFT: it is shown beside the original and goes into the edition. */
  async approve(actor: Actor, translationId: string): Promise<LetterTranslationObject> {
    return this.dataSource.transaction(async (manager) => {
      const translation = await this.lockedForLead(manager, actor, translationId);
      if (translation.status === TranslationStatus.OUTDATED) {
        throw invalidState(
          `The original was revised after version ${translation.basedOnVersion}: save the translation again on the current version, then approve it`,
        );
      }
      if (translation.status === TranslationStatus.DRAFT) {
        await manager.update(
          LetterTranslation,
          { id: translation.id },
          { status: TranslationStatus.APPROVED, approvedAt: new Date(), approvedById: actor.userId },
        );
      }
      return toLetterTranslationObject(await manager.findOneByOrFail(LetterTranslation, { id: translation.id }));
    });
  }

  async remove(actor: Actor, translationId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const translation = await this.lockedForLead(manager, actor, translationId);
      await manager.delete(LetterTranslation, { id: translation.id });
      return true;
    });
  }

  /** In a material revision's transaction, under the letter's lock: every translation now translates an older text. */
  async outdateAll(manager: EntityManager, letterId: string): Promise<void> {
    await manager.update(LetterTranslation, { letterId }, { status: TranslationStatus.OUTDATED });
  }

  /** The APPROVED translations of a letter, by language: what its edition freezes (read under the letter's lock). */
  async approved(manager: EntityManager, letterId: string): Promise<LetterTranslation[]> {
    const found = await manager.findBy(LetterTranslation, { letterId, status: TranslationStatus.APPROVED });
    return found.sort(byLanguage);
  }

  /** The translations of each letter in `statuses`, by language. */
  async ofLetters(letterIds: readonly string[], statuses: readonly TranslationStatus[]): Promise<LetterTranslation[]> {
    if (!letterIds.length || !statuses.length) return [];
    const found = await this.dataSource
      .getRepository(LetterTranslation)
      .findBy({ letterId: In([...letterIds]), status: In([...statuses]) });
    return found.sort(byLanguage);
  }

  /** The translations of these (letter, language) pairs. */
  async byLanguages(keys: readonly { letterId: string; language: string }[]): Promise<LetterTranslation[]> {
    if (!keys.length) return [];
    return this.dataSource
      .getRepository(LetterTranslation)
      .createQueryBuilder('t')
      .where('(t.letter_id, t.language) IN (SELECT * FROM unnest(:ids::uuid[], :languages::varchar[]))', {
        ids: keys.map((k) => k.letterId),
        languages: keys.map((k) => k.language),
      })
      .getMany();
  }

  /**
   * The translation, read again once its letter is locked for a lead. Whoever may not see the
   * letter learns nothing of the translation; a reader of the letter who is no lead is FORBIDDEN.
   */
  private async lockedForLead(manager: EntityManager, actor: Actor, translationId: string): Promise<LetterTranslation> {
    const found = await manager.findOneBy(LetterTranslation, { id: translationId });
    if (!found) throw notFound('Translation');
    await this.policy.requireLead(manager, actor, found.letterId).catch(hideAs('Translation', [ErrorCode.NOT_FOUND]));
    const translation = await manager.findOneBy(LetterTranslation, { id: translationId });
    if (!translation) throw notFound('Translation');
    await this.requireUnfrozen(manager, translation.letterId);
    return translation;
  }
}

/** By language tag, in code-unit order: the order of the edition hash's `translations`. */
export function byLanguage(a: { language: string }, b: { language: string }): number {
  return a.language < b.language ? -1 : a.language > b.language ? 1 : 0;
}

/** The translations a viewer may see of a letter, for Letter.translations. */
export function visibleOf(
  letter: Pick<LetterObject, 'access'>,
  translations: readonly LetterTranslation[],
  wanted?: TranslationStatus | null,
): LetterTranslation[] {
  const statuses = visibleTranslationStatuses(letter.access, wanted);
  return translations.filter((t) => statuses.includes(t.status));
}
