import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsString, MaxLength } from 'class-validator';
import { IdField, OptionalIdField, Trim, WebhookEvent } from '@undersigned/common';
import type { WebhookDelivery } from '../webhook-delivery.entity';
import type { Webhook } from '../webhook.entity';
import { MAX_WEBHOOK_URL_LENGTH } from '../network-guard';

@ObjectType('Webhook')
export class WebhookObject {
  @Field(() => ID)
  id: string;

  @Field()
  url: string;

  @Field(() => [WebhookEvent])
  events: WebhookEvent[];

  @Field(() => ID, { nullable: true })
  letterId: string | null;

  @Field()
  enabled: boolean;

  @Field({ description: 'The Ed25519 public key that verifies v1a signatures: whpk_ + base64 of its raw 32 bytes' })
  publicKey: string;

  @Field()
  createdAt: Date;
}

@ObjectType('WebhookDelivery')
export class WebhookDeliveryObject {
  @Field(() => ID)
  id: string;

  @Field(() => WebhookEvent)
  event: WebhookEvent;

  @Field({ description: 'PENDING, SENDING, SUCCEEDED or FAILED' })
  status: string;

  @Field(() => Int)
  attempts: number;

  @Field(() => Int, { nullable: true })
  lastStatusCode: number | null;

  @Field(() => Date, { nullable: true })
  nextAttemptAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType('WebhookCreated')
export class WebhookCreatedObject {
  @Field(() => WebhookObject)
  webhook: WebhookObject;

  @Field({ description: 'The whsec_ secret that verifies v1 signatures: shown this once' })
  secret: string;
}

@InputType()
export class CreateWebhookInput {
  @IdField()
  organisationId: string;

  @Field()
  @Trim()
  @IsString()
  @MaxLength(MAX_WEBHOOK_URL_LENGTH)
  url: string;

  @Field(() => [WebhookEvent])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(Object.keys(WebhookEvent).length)
  @IsEnum(WebhookEvent, { each: true })
  events: WebhookEvent[];

  @OptionalIdField("Only this letter's events, when given")
  letterId?: string | null;
}

export function toWebhookObject(hook: Webhook): WebhookObject {
  return {
    id: hook.id,
    url: hook.url,
    events: hook.events as WebhookEvent[],
    letterId: hook.letterId,
    enabled: hook.enabled,
    publicKey: hook.publicKey,
    createdAt: hook.createdAt,
  };
}

export function toWebhookDeliveryObject(delivery: WebhookDelivery): WebhookDeliveryObject {
  return {
    id: delivery.id,
    event: delivery.event as WebhookEvent,
    status: delivery.status,
    attempts: delivery.sending.attempts,
    lastStatusCode: delivery.lastStatusCode,
    nextAttemptAt: delivery.nextAttemptAt,
    createdAt: delivery.createdAt,
  };
}
