import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, MaxLength } from 'class-validator';
import { IdField, NormaliseEmail } from '@undersigned/common';
import { OrganisationFields } from '@undersigned/organisations';
import { SigningFields } from './signing-fields';

/** An organisation asking to sign a PUBLIC letter with open sign-on (requestToSign). */
@InputType()
export class RequestToSignInput {
  @IdField()
  letterId: string;

  @Field({ description: 'Where the confirmation link goes: the signature is made from this address' })
  @NormaliseEmail()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email: string;

  @OrganisationFields.name('organisationName', 'The organisation signing, created without members once confirmed')
  organisationName: string;

  @OrganisationFields.country()
  country?: string | null;

  @OrganisationFields.website(
    "The organisation's website: an address at its domain (or a subdomain) signs verified, and may be approved at once",
  )
  website?: string | null;

  @SigningFields.signerName()
  signerName: string;

  @SigningFields.signerTitle()
  signerTitle: string;

  @SigningFields.displayName()
  displayName?: string | null;

  @SigningFields.anonymous()
  anonymous?: boolean | null;

  @SigningFields.acceptMinorEdits()
  acceptMinorEdits?: boolean | null;

  @SigningFields.comment()
  comment?: string | null;

  @Field({ description: '"I am authorised to sign for this organisation": must be true' })
  @IsBoolean()
  authorised: boolean;
}
