import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, Matches, MaxLength } from 'class-validator';
import { IdField, NormaliseEmail } from '@undersigned/common';
import { GuestSignerInput } from './guest-signing.inputs';

/** An organisation asking to sign a PUBLIC letter with open sign-on (requestToSign). */
@InputType()
export class RequestToSignInput extends GuestSignerInput {
  @IdField()
  letterId: string;

  @Field({ description: 'Where the confirmation link goes: the signature is made from this address' })
  @NormaliseEmail()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The content hash of the text the form showed (as signByInvitation takes it): STALE_VERSION when the letter changed since. Without it, the request binds to the text as it stands',
  })
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/, { message: 'contentHash must be 64 lowercase hex characters' })
  contentHash?: string | null;
}
