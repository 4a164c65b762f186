import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsUUID, MaxLength } from 'class-validator';
import { NormaliseEmail } from '@undersigned/common';
import { OrganisationRole } from '../organisation-role';

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId: string;

  @Field()
  @NormaliseEmail()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email: string;

  @Field(() => OrganisationRole)
  @IsEnum(OrganisationRole)
  role: OrganisationRole;
}
