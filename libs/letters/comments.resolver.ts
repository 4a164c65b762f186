import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { toUserObject, UserObject } from '@undersigned/accounts';
import { OptionalActor, type Actor, type RequestContext } from '@undersigned/common';
import { OrganisationLoaders } from '@undersigned/organisations';
import { CommentObject } from './dto/comment.object';
import { LetterVersionObject } from './dto/letter-version.object';
import { VersionsService } from './versions.service';

@Resolver(() => CommentObject)
export class CommentsResolver {
  constructor(
    private readonly organisations: OrganisationLoaders,
    private readonly versions: VersionsService,
  ) {}

  /** The author's email shows only to fellow members of one of the author's organisations. */
  @ResolveField(() => UserObject)
  async author(
    @Parent() comment: CommentObject,
    @OptionalActor() viewer: Actor | null,
    @Context() context: RequestContext,
  ): Promise<UserObject> {
    const user = await this.organisations.user(context).load(comment.authorId);
    if (!user) throw new Error(`comment ${comment.id} has no author`);
    const fellow = viewer ? await this.organisations.isFellow(context, viewer.userId).load(user.id) : false;
    return toUserObject(user, fellow);
  }

  @ResolveField(() => LetterVersionObject)
  async version(@Parent() comment: CommentObject, @Context() context: RequestContext): Promise<LetterVersionObject> {
    return this.versions.load(context, comment.versionId);
  }
}
