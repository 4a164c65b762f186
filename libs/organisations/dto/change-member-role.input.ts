import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { OrganisationRole } from '../organisation-role';

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'membershipId must be a UUID' })
  membershipId: string;

  @Field(() => OrganisationRole)
  @IsEnum(OrganisationRole)
  role: OrganisationRole;
}
