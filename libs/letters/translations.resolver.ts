import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import {
  Allow,
  assertUuid,
  byKeys,
  CurrentActor,
  groupByKeys,
  loaderFor,
  Permission,
  type Actor,
  type RequestContext,
} from '@undersigned/common';
import { LetterTranslationObject, toLetterTranslationObject } from './dto/letter-translation.object';
import { LetterObject } from './dto/letter.object';
import { SaveTranslationInput, TranslationArgs, TranslationsArgs } from './dto/translation.inputs';
import { TranslationsService, visibleOf, visibleTranslationStatuses } from './translations.service';

/** Translations of a letter: the leads' mutations, and Letter's fields (batched per request). */
@Resolver(() => LetterObject)
export class TranslationsResolver {
  constructor(private readonly translations: TranslationsService) {}

  @Mutation(() => LetterTranslationObject, {
    description:
      "Leads: adds the letter's translation into a language, or replaces its text; either way a DRAFT on the current version",
  })
  @Allow(Permission.VERIFIED)
  saveTranslation(
    @CurrentActor() actor: Actor,
    @Args('input') input: SaveTranslationInput,
  ): Promise<LetterTranslationObject> {
    return this.translations.save(actor, input);
  }

  @Mutation(() => LetterTranslationObject, {
    description: 'Leads: approves a DRAFT translation; an OUTDATED one is refused (INVALID_STATE) until saved again',
  })
  @Allow(Permission.VERIFIED)
  approveTranslation(
    @CurrentActor() actor: Actor,
    @Args('translationId', { type: () => ID }) translationId: string,
  ): Promise<LetterTranslationObject> {
    return this.translations.approve(actor, assertUuid(translationId));
  }

  @Mutation(() => Boolean, { description: 'Leads: deletes a translation' })
  @Allow(Permission.VERIFIED)
  deleteTranslation(
    @CurrentActor() actor: Actor,
    @Args('translationId', { type: () => ID }) translationId: string,
  ): Promise<boolean> {
    return this.translations.remove(actor, assertUuid(translationId));
  }

  @ResolveField('translations', () => [LetterTranslationObject], {
    description:
      'Translations for reading, by language: the original is the text that is signed. Leads see every one; everyone else the APPROVED ones',
  })
  async translationsOf(
    @Parent() letter: LetterObject,
    @Context() context: RequestContext,
    @Args() { status }: TranslationsArgs,
  ): Promise<LetterTranslationObject[]> {
    const loader = loaderFor(
      context,
      `translations:${status ?? ''}`,
      () =>
        new DataLoader(
          async (letters: readonly LetterObject[]) => {
            const statuses = new Set(letters.flatMap((l) => visibleTranslationStatuses(l.access, status)));
            const found = await this.translations.ofLetters(
              letters.map((l) => l.id),
              [...statuses],
            );
            const byLetter = groupByKeys(
              letters.map((l) => l.id),
              found,
              (t) => t.letterId,
            );
            return letters.map((l, i) => visibleOf(l, byLetter[i], status));
          },
          { cacheKeyFn: (l) => l.id },
        ),
    );
    return (await loader.load(letter)).map(toLetterTranslationObject);
  }

  @ResolveField('translation', () => LetterTranslationObject, {
    nullable: true,
    description: 'The translation into this language (its canonical tag), if the viewer may see it',
  })
  async translationOf(
    @Parent() letter: LetterObject,
    @Context() context: RequestContext,
    @Args() { language }: TranslationArgs,
  ): Promise<LetterTranslationObject | null> {
    const loader = loaderFor(
      context,
      'translationByLanguage',
      () =>
        new DataLoader(
          async (keys: readonly { letterId: string; language: string }[]) =>
            byKeys(keys.map(keyOf), await this.translations.byLanguages(keys), keyOf),
          { cacheKeyFn: keyOf },
        ),
    );
    const found = await loader.load({ letterId: letter.id, language });
    const [visible] = found ? visibleOf(letter, [found]) : [];
    return visible ? toLetterTranslationObject(visible) : null;
  }
}

function keyOf(key: { letterId: string; language: string }): string {
  return `${key.letterId} ${key.language}`;
}
