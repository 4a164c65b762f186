import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, MaxLength } from 'class-validator';
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
}
