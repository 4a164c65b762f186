import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PaginationArgs, Trim } from '@undersigned/common';

@ArgsType()
export class OrganisationsArgs extends PaginationArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name, case-insensitive' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  search?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(64)
  country?: string | null;
}
