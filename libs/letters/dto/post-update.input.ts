import { Field, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Trim, IdField } from '@undersigned/common';

@InputType()
export class PostUpdateInput {
  @IdField()
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
