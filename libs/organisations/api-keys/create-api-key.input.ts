import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';
import { IdField, Trim } from '@undersigned/common';

@InputType()
export class CreateApiKeyInput {
  @IdField()
  organisationId: string;

  @Field({ description: 'What the key is for ("Action Network"), at most 100 characters' })
  @Trim()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(100)
  name: string;
}
