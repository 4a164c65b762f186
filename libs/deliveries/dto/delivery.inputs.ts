import { Field, InputType } from '@nestjs/graphql';
import { IsDate, IsEmail, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { NormaliseEmail, Trim, IdField } from '@undersigned/common';
import { DeliveryChannel, DeliveryStatus, RecipientRole } from '../delivery-status';

@InputType()
export class AddRecipientInput {
  @IdField()
  letterId: string;

  @Field()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  organisation?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NormaliseEmail()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  postalAddress?: string | null;

  @Field(() => RecipientRole)
  @IsEnum(RecipientRole)
  role: RecipientRole;

  @Field(() => DeliveryChannel)
  @IsEnum(DeliveryChannel)
  channel: DeliveryChannel;
}

@InputType()
export class DeliveryEventInput {
  @IdField()
  deliveryId: string;

  @Field(() => DeliveryStatus)
  @IsEnum(DeliveryStatus)
  status: DeliveryStatus;

  @Field(() => String, { nullable: true, description: 'For example a tracking number' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  occurredAt?: Date | null;
}

@InputType()
export class ResponseInput {
  @IdField()
  deliveryId: string;

  @Field()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(100_000)
  body: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  receivedAt?: Date | null;
}
