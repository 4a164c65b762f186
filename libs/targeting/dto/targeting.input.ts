import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { IdField } from '@undersigned/common';
import { AREA_TYPE_PATTERN } from '@undersigned/representatives';
import { MAX_PER_TARGET_PER_HOUR, TargetingMode } from '../targeting-mode';

@InputType()
export class TargetingInput {
  @IdField()
  letterId: string;

  @Field(() => TargetingMode)
  @IsEnum(TargetingMode)
  mode: TargetingMode;

  @Field({ description: 'The kind of area whose representative each supporter writes to, e.g. WMC' })
  @IsString()
  @Matches(AREA_TYPE_PATTERN, { message: 'areaType must be upper-case letters, digits and _ (like WMC)' })
  areaType: string;

  @Field(() => Int, {
    nullable: true,
    description: 'At most this many messages to one target in any hour, spread out (30 when omitted)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PER_TARGET_PER_HOUR)
  perTargetPerHour?: number | null;
}
