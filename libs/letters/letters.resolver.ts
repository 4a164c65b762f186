import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Allow,
  AllowApiKeys,
  assertUuid,
  CurrentActor,
  OptionalActor,
  Permission,
  type Actor,
} from '@undersigned/common';
import { CommentsService } from './comments.service';
import { CommentObject } from './dto/comment.object';
import { AddCoLeadInput, CommentInput, CreateLetterInput, LettersArgs, ReviseLetterInput } from './dto/letter.inputs';
import { LetterConnection, LetterObject, toLeadLetterObject } from './dto/letter.object';
import { LetterVersionObject } from './dto/letter-version.object';
import { LetterLifecycleService } from './letter-lifecycle.service';
import { LettersService } from './letters.service';
import { OpenSignOnSettingsService } from './open-sign-on-settings.service';
import { LetterPublicationService } from './letter-publication.service';
import { VersionsService } from './versions.service';
import { PostUpdateInput } from './dto/post-update.input';
import { TimelineEntryObject, toTimelineEntryObject } from './dto/timeline-entry.object';
import { TimelineService } from './timeline.service';

@Resolver(() => LetterObject)
export class LettersResolver {
  constructor(
    private readonly service: LettersService,
    private readonly versions: VersionsService,
    private readonly comments: CommentsService,
    private readonly lifecycle: LetterLifecycleService,
    private readonly timeline: TimelineService,
    private readonly openSignOn: OpenSignOnSettingsService,
    private readonly publication: LetterPublicationService,
  ) {}

  @Query(() => LetterObject, { nullable: true })
  @AllowApiKeys()
  @Allow(Permission.PUBLIC)
  letter(
    @OptionalActor() viewer: Actor | null,
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('slug', { type: () => String, nullable: true }) slug?: string,
  ): Promise<LetterObject> {
    return this.service.findOne(viewer, id, slug);
  }

  @Query(() => LetterConnection)
  @Allow(Permission.PUBLIC)
  letters(@OptionalActor() viewer: Actor | null, @Args() args: LettersArgs): Promise<LetterConnection> {
    return this.service.list(viewer, args);
  }

  @Mutation(() => LetterObject)
  @Allow(Permission.VERIFIED)
  createLetter(@CurrentActor() actor: Actor, @Args('input') input: CreateLetterInput): Promise<LetterObject> {
    return this.service.create(actor, input);
  }

  @Mutation(() => LetterObject)
  @Allow(Permission.VERIFIED)
  addCoLead(@CurrentActor() actor: Actor, @Args('input') input: AddCoLeadInput): Promise<LetterObject> {
    return this.service.addCoLead(actor, input.letterId, input.organisationId);
  }

  @Mutation(() => LetterObject)
  @Allow(Permission.VERIFIED)
  acceptCoLead(
    @CurrentActor() actor: Actor,
    @Args('letterId', { type: () => ID }) letterId: string,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<LetterObject> {
    return this.service.acceptCoLead(actor, assertUuid(letterId), assertUuid(organisationId));
  }

  @Mutation(() => LetterVersionObject)
  @Allow(Permission.VERIFIED)
  reviseLetter(@CurrentActor() actor: Actor, @Args('input') input: ReviseLetterInput): Promise<LetterVersionObject> {
    return this.versions.revise(actor, input);
  }

  @Mutation(() => LetterObject, {
    description:
      "Leads' OWNER or COORDINATOR, while a DRAFT or OPEN: switches open sign-on (requestToSign) on or off; PUBLIC letters only (BAD_USER_INPUT otherwise). " +
      "With autoApproveVerified, a request confirmed from an address at its website's domain is SIGNED at once; omitted, it stays as it was",
  })
  @Allow(Permission.VERIFIED)
  async setOpenSignOn(
    @CurrentActor() actor: Actor,
    @Args('letterId', { type: () => ID }) letterId: string,
    @Args('open') open: boolean,
    @Args('autoApproveVerified', { type: () => Boolean, nullable: true }) autoApproveVerified?: boolean | null,
  ): Promise<LetterObject> {
    return toLeadLetterObject(await this.openSignOn.set(actor, assertUuid(letterId), open, autoApproveVerified));
  }

  @Mutation(() => LetterObject, {
    description:
      "Leads: sets, moves or clears (null: public at once) a PUBLIC letter's embargo until the letter is public (then INVALID_STATE; a DRAFT past its hour is not); a past time is BAD_USER_INPUT",
  })
  @Allow(Permission.VERIFIED)
  async setPublication(
    @CurrentActor() actor: Actor,
    @Args('letterId', { type: () => ID }) letterId: string,
    @Args('publishAt', { type: () => Date, nullable: true }) publishAt?: Date | null,
  ): Promise<LetterObject> {
    return toLeadLetterObject(await this.publication.set(actor, assertUuid(letterId), publishAt ?? null));
  }

  @Mutation(() => CommentObject)
  @Allow(Permission.VERIFIED)
  commentOnLetter(@CurrentActor() actor: Actor, @Args('input') input: CommentInput): Promise<CommentObject> {
    return this.comments.comment(actor, input);
  }

  @Mutation(() => CommentObject)
  @Allow(Permission.VERIFIED)
  resolveComment(
    @CurrentActor() actor: Actor,
    @Args('commentId', { type: () => ID }) commentId: string,
  ): Promise<CommentObject> {
    return this.comments.resolve(actor, assertUuid(commentId));
  }

  @Mutation(() => TimelineEntryObject)
  @Allow(Permission.VERIFIED)
  async postUpdate(@CurrentActor() actor: Actor, @Args('input') input: PostUpdateInput): Promise<TimelineEntryObject> {
    return toTimelineEntryObject(await this.timeline.postUpdate(actor, input));
  }

  @Mutation(() => LetterObject)
  @Allow(Permission.VERIFIED)
  async openLetter(
    @CurrentActor() actor: Actor,
    @Args('letterId', { type: () => ID }) letterId: string,
  ): Promise<LetterObject> {
    return toLeadLetterObject(await this.lifecycle.open(actor, assertUuid(letterId)));
  }

  @Mutation(() => LetterObject)
  @Allow(Permission.VERIFIED)
  async closeLetter(
    @CurrentActor() actor: Actor,
    @Args('letterId', { type: () => ID }) letterId: string,
  ): Promise<LetterObject> {
    return toLeadLetterObject(await this.lifecycle.close(actor, assertUuid(letterId)));
  }
}
