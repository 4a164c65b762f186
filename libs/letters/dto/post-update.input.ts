import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Trim } from '@undersigned/common';

@InputType()
export class PostUpdateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'letterId must be a UUID' })
  letterId: string;

  @Field()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(300)
  title: string;

  @Field()
  @Trim()
  @IsString()
  @MaxLength(20_000)
  body: string;

  @Field(() => Date, { nullable: true, description: 'When it happened; now when omitted' })
  @IsOptional()
  @IsDate()
  occurredAt?: Date | null;
}
