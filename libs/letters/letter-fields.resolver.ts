import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { groupByKeys, loaderFor, type RequestContext } from '@undersigned/common';
import { OrganisationObject, toOrganisationObject } from '@undersigned/organisations';
import { CommentsService } from './comments.service';
import { CommentObject, toCommentObject } from './dto/comment.object';
import { CommentsArgs, ListLimitArgs, VersionsArgs } from './dto/list-limit.args';
import { LetterObject } from './dto/letter.object';
import { LetterVersionObject, toLetterVersionObject } from './dto/letter-version.object';
import { TimelineEntryObject, toTimelineEntryObject } from './dto/timeline-entry.object';
import { LeadsOnly } from './leads-only.interceptor';
import { isParticipant } from './letter.policy';
import { LettersService } from './letters.service';
import { TimelineService } from './timeline.service';
import { VersionsService } from './versions.service';

/**
 * The fields of a Letter. Its parent was access-checked by the query that returned it, and
 * carries how the viewer stands to it (`access`); every list here is batched per request.
 */
@Resolver(() => LetterObject)
export class LetterFieldsResolver {
  constructor(
    private readonly letters: LettersService,
    private readonly versions: VersionsService,
    private readonly commentsService: CommentsService,
    private readonly timeline: TimelineService,
  ) {}

  @ResolveField(() => [OrganisationObject], { description: 'In lead order: the order of the signatory block' })
  async leadOrganisations(
    @Parent() letter: LetterObject,
    @Context() context: RequestContext,
  ): Promise<OrganisationObject[]> {
    const loader = loaderFor(
      context,
      'letterLeads',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.letters.leadsOf(ids), (l) => l.letterId),
        ),
    );
    return (await loader.load(letter.id)).map((lead) => toOrganisationObject(lead.organisation));
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      "With open sign-on, whether a request confirmed from an address at its website's domain is SIGNED at once. The leads only",
  })
  @LeadsOnly({ otherwise: null })
  autoApproveVerified(@Parent() letter: LetterObject): boolean {
    return letter.autoApproveVerified;
  }

  @ResolveField(() => LetterVersionObject)
  async currentVersion(
    @Parent() letter: LetterObject,
    @Context() context: RequestContext,
  ): Promise<LetterVersionObject> {
    const loader = loaderFor(
      context,
      'currentVersion',
      () =>
        new DataLoader(
          async (letters: readonly LetterObject[]) => {
            const found = await this.versions.current(letters);
            return letters.map(
              (l) => found.find((v) => v.letterId === l.id && v.number === l.currentVersionNumber) ?? null,
            );
          },
          { cacheKeyFn: (l) => l.id },
        ),
    );
    const version = await loader.load(letter);
    if (!version) throw new Error(`letter ${letter.id} has no current version`);
    return toLetterVersionObject(version);
  }

  @ResolveField('versions', () => [LetterVersionObject])
  async versionsOf(
    @Parent() letter: LetterObject,
    @Context() context: RequestContext,
    @Args() { first }: VersionsArgs,
  ): Promise<LetterVersionObject[]> {
    const loader = loaderFor(
      context,
      `versions:${first}`,
      () =>
        new DataLoader(
          async (letters: readonly LetterObject[]) =>
            groupByKeys(
              letters.map((l) => l.id),
              await this.versions.visibleVersions(letters, first),
              (v) => v.letterId,
            ),
          { cacheKeyFn: (l) => l.id },
        ),
    );
    return (await loader.load(letter)).map(toLetterVersionObject);
  }

  @ResolveField(() => String, { description: 'A unified diff of the bodies of two versions' })
  async diff(
    @Parent() letter: LetterObject,
    @Args('fromVersion', { type: () => Int }) fromVersion: number,
    @Args('toVersion', { type: () => Int }) toVersion: number,
  ): Promise<string> {
    // Counted against the response's text budget like every String field (countTextAgainstBudget).
    return this.versions.diff(letter, fromVersion, toVersion);
  }

  @ResolveField(() => [CommentObject], { description: 'The drafting discussion; empty for readers who do not draft' })
  async comments(
    @Parent() letter: LetterObject,
    @Context() context: RequestContext,
    @Args() { resolved, first }: CommentsArgs,
  ): Promise<CommentObject[]> {
    if (!isParticipant(letter.access)) return [];
    const loader = loaderFor(
      context,
      `comments:${String(resolved)}:${first}`,
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.commentsService.forLetters(ids, resolved, first), (c) => c.letterId),
        ),
    );
    return (await loader.load(letter.id)).map(toCommentObject);
  }

  @ResolveField('timeline', () => [TimelineEntryObject])
  async timelineOf(
    @Parent() letter: LetterObject,
    @Context() context: RequestContext,
    @Args() { first }: ListLimitArgs,
  ): Promise<TimelineEntryObject[]> {
    const loader = loaderFor(
      context,
      `timeline:${first}`,
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.timeline.forLetters(ids, first), (t) => t.letterId),
        ),
    );
    return (await loader.load(letter.id)).map(toTimelineEntryObject);
  }
}
