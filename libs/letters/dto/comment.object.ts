import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Comment } from '../comment.entity';

@ObjectType('Comment')
export class CommentObject {
  @Field(() => ID)
  id: string;

  @Field()
  body: string;

  @Field(() => Int, { nullable: true })
  paragraph: number | null;

  @Field()
  resolved: boolean;

  @Field()
  createdAt: Date;

  /** Resolved by CommentsResolver. */
  authorId: string;
  versionId: string;
}

export function toCommentObject(comment: Comment): CommentObject {
  return {
    id: comment.id,
    body: comment.body,
    paragraph: comment.paragraph,
    resolved: comment.resolved,
    createdAt: comment.createdAt,
    authorId: comment.authorId,
    versionId: comment.versionId,
  };
}
