import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsString, MaxLength } from 'class-validator';
import { OrganisationFields } from '@undersigned/organisations';
import { SigningFields } from './signing-fields';

@InputType()
export class SignByInvitationInput {
  @Field({ description: "The token of the invitation mail's link: the proof of the mailbox it was sent to" })
  @IsString()
  @MaxLength(200)
  token: string;

  @SigningFields.contentHash()
  contentHash: string;

  @OrganisationFields.name(
    'organisationName',
    'The organisation signing, created without members (the invitation gives a name to start from)',
  )
  organisationName: string;

  @OrganisationFields.country()
  country?: string | null;

  @OrganisationFields.website("The organisation's website: an address at its domain (or a subdomain) signs verified")
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
