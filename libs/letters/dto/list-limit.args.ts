import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

/** Lists of a letter that grow (comments, timeline) answer at most this many items at once. */
export const DEFAULT_LIST_LIMIT = 100;
export const MAX_LIST_LIMIT = 500;
/** Versions carry whole bodies (up to 200,000 characters each): fewer at once. */
export const DEFAULT_VERSIONS_LIMIT = 50;
export const MAX_VERSIONS_LIMIT = 100;

@ArgsType()
export class ListLimitArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_LIST_LIMIT,
    description: `The first items, oldest first; at most ${MAX_LIST_LIMIT}`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_LIST_LIMIT)
  first: number = DEFAULT_LIST_LIMIT;
}

@ArgsType()
export class CommentsArgs extends ListLimitArgs {
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  resolved?: boolean | null;
}

@ArgsType()
export class VersionsArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_VERSIONS_LIMIT,
    description: `The first versions, oldest first; at most ${MAX_VERSIONS_LIMIT}`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_VERSIONS_LIMIT)
  first: number = DEFAULT_VERSIONS_LIMIT;
}
