import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { NormaliseEmail } from '@undersigned/common';
import { MAX_PASSWORD_LENGTH } from './sign-up.input';

@InputType()
export class LogInInput {
  @Field()
  @NormaliseEmail()
  @IsString()
  @MaxLength(320)
  email: string;

  @Field()
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  password: string;

  @Field(() => String, {
    nullable: true,
    description: 'With two-factor sign-in on: the code of the authenticator app, or an unused recovery code',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  code?: string | null;
}
