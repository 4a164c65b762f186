import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, assertUuid, CurrentActor, OptionalActor, Permission, type Actor } from '@undersigned/common';
import { OrganisationObject } from '@undersigned/organisations';
import { CreateWebhookInput, WebhookCreatedObject, WebhookDeliveryObject, WebhookObject } from './dto/webhook.object';
import { WebhooksService } from './webhooks.service';

@Resolver(() => WebhookObject)
export class WebhooksResolver {
  constructor(private readonly webhooks: WebhooksService) {}

  @Mutation(() => WebhookCreatedObject, {
    description: "A webhook for the organisation's events; OWNERs and COORDINATORs. The secret is shown this once",
  })
  @Allow(Permission.VERIFIED)
  createWebhook(@CurrentActor() actor: Actor, @Args('input') input: CreateWebhookInput): Promise<WebhookCreatedObject> {
    return this.webhooks.create(actor, input);
  }

  @Mutation(() => WebhookCreatedObject, {
    description: 'A new secret for the webhook; the old one still signs for 24 hours. Shown this once',
  })
  @Allow(Permission.VERIFIED)
  rotateWebhookSecret(
    @CurrentActor() actor: Actor,
    @Args('webhookId', { type: () => ID }) webhookId: string,
  ): Promise<WebhookCreatedObject> {
    return this.webhooks.rotateSecret(actor, assertUuid(webhookId));
  }

  @Mutation(() => Boolean)
  @Allow(Permission.VERIFIED)
  deleteWebhook(
    @CurrentActor() actor: Actor,
    @Args('webhookId', { type: () => ID }) webhookId: string,
  ): Promise<boolean> {
    return this.webhooks.delete(actor, assertUuid(webhookId));
  }

  @Mutation(() => WebhookDeliveryObject, {
    description: 'Sends a delivery again, as a new delivery under the same webhook-id',
  })
  @Allow(Permission.VERIFIED)
  redeliverWebhook(
    @CurrentActor() actor: Actor,
    @Args('deliveryId', { type: () => ID }) deliveryId: string,
  ): Promise<WebhookDeliveryObject> {
    return this.webhooks.redeliver(actor, assertUuid(deliveryId));
  }

  // A Webhook is only ever returned to an OWNER or COORDINATOR of its organisation.
  @ResolveField(() => [WebhookDeliveryObject], { description: 'The latest deliveries, newest first (at most 50)' })
  deliveries(
    @Parent() webhook: WebhookObject,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
  ): Promise<WebhookDeliveryObject[]> {
    return this.webhooks.deliveries(webhook.id, first);
  }
}

@Resolver(() => OrganisationObject)
export class OrganisationWebhooksResolver {
  constructor(private readonly service: WebhooksService) {}

  /** The organisation's webhooks: its OWNERs and COORDINATORs see them, everyone else an empty list. */
  @ResolveField(() => [WebhookObject])
  webhooks(
    @Parent() organisation: OrganisationObject,
    @OptionalActor() viewer: Actor | null,
  ): Promise<WebhookObject[]> {
    return this.service.forOrganisation(viewer, organisation.id);
  }
}
