import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { badInput, hideAs, invalidState, notFound, type Actor } from '@undersigned/common';
import { Comment } from './comment.entity';
import { paragraphCount } from './content-hash';
import type { CommentInput } from './dto/letter.inputs';
import { toCommentObject, type CommentObject } from './dto/comment.object';
import { LetterStatus } from './letter-status';
import { LetterVersion } from './letter-version.entity';
import { LetterPolicy } from './letter.policy';

/** Drafting discussion: seen and written only by those who work on the letter. */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: LetterPolicy,
  ) {}

  async comment(actor: Actor, input: CommentInput): Promise<CommentObject> {
    return this.dataSource.transaction(async (manager) => {
      const version = await manager.findOne(LetterVersion, { where: { id: input.versionId } });
      if (!version) throw notFound('Version');
      // Readers who may not discuss the draft learn nothing more.
      const letter = await this.policy.requireParticipant(manager, actor, version.letterId).catch(hideAs('Version'));
      if (letter.status === LetterStatus.DELIVERED) throw invalidState('The letter has been delivered');
      if (input.paragraph && input.paragraph > paragraphCount(version.body)) {
        throw badInput(`paragraph must be between 1 and ${paragraphCount(version.body)}`);
      }
      const comment = await manager.save(
        manager.create(Comment, {
          letterId: version.letterId,
          versionId: version.id,
          authorId: actor.userId,
          body: input.body,
          paragraph: input.paragraph ?? null,
        }),
      );
      return toCommentObject(comment);
    });
  }

  async resolve(actor: Actor, commentId: string): Promise<CommentObject> {
    return this.dataSource.transaction(async (manager) => {
      const comment = await manager.findOne(Comment, { where: { id: commentId } });
      if (!comment) throw notFound('Comment');
      await this.policy.requireLead(manager, actor, comment.letterId).catch(hideAs('Comment'));
      if (!comment.resolved) {
        Object.assign(comment, { resolved: true, resolvedById: actor.userId, resolvedAt: new Date() });
        await manager.update(
          Comment,
          { id: comment.id },
          { resolved: true, resolvedById: actor.userId, resolvedAt: comment.resolvedAt },
        );
      }
      return toCommentObject(comment);
    });
  }

  async forLetters(letterIds: readonly string[], resolved: boolean | null | undefined): Promise<Comment[]> {
    return this.dataSource.getRepository(Comment).find({
      where: { letterId: In([...letterIds]), ...(resolved === null || resolved === undefined ? {} : { resolved }) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}
