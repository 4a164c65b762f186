import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, MaxLength } from 'class-validator';
import { NormaliseEmail, IdField } from '@undersigned/common';
import { OrganisationRole } from '../organisation-role';

@InputType()
export class InviteMemberInput {
  @IdField()
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
