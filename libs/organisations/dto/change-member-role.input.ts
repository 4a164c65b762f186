import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { IdField } from '@undersigned/common';
import { OrganisationRole } from '../organisation-role';

@InputType()
export class ChangeMemberRoleInput {
  @IdField()
  membershipId: string;

  @Field(() => OrganisationRole)
  @IsEnum(OrganisationRole)
  role: OrganisationRole;
}
