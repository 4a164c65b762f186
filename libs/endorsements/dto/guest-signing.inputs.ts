import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsString, MaxLength } from 'class-validator';
import { OrganisationFields } from '@undersigned/organisations';
import { SigningFields } from './signing-fields';

/** What a guest fills in to sign for an organisation without members: by invitation link or by open sign-on. */
@InputType({ isAbstract: true })
export abstract class GuestSignerInput {
  @OrganisationFields.name('organisationName', 'The organisation signing, created without members')
  organisationName: string;

  @OrganisationFields.country()
  country?: string | null;

  @OrganisationFields.website(
    "The organisation's website: an address at its domain (or a subdomain) signs verified (and, by open sign-on with autoApproveVerified, is approved at once)",
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

@InputType()
export class SignByInvitationInput extends GuestSignerInput {
  @Field({ description: "The token of the invitation mail's link: the proof of the mailbox it was sent to" })
  @IsString()
  @MaxLength(200)
  token: string;

  @SigningFields.contentHash()
  contentHash: string;
}
