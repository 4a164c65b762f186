import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import {
  Allow,
  AllowApiKeys,
  assertUuid,
  CurrentActor,
  EventBusService,
  groupByKeys,
  guardedEvents,
  loaderFor,
  Permission,
  type Actor,
  type RequestContext,
  SessionRegistry,
} from '@undersigned/common';
import { LeadsOnly, LetterObject, LetterPolicy } from '@undersigned/letters';
import { DeliveriesService } from './deliveries.service';
import { DELIVERY_TOPIC, DeliveryTrackerService, type DeliveryEventPayload } from './delivery-tracker.service';
import { AddRecipientInput, DeliveryEventInput, ResponseInput } from './dto/delivery.inputs';
import { DeliveryObject, RecipientObject, toRecipientObject } from './dto/delivery.objects';
import { EditionObject } from './dto/edition.object';

@Resolver(() => LetterObject)
export class DeliveriesResolver {
  constructor(
    private readonly deliveries: DeliveriesService,
    private readonly tracker: DeliveryTrackerService,
    private readonly policy: LetterPolicy,
    private readonly events: EventBusService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionRegistry,
  ) {}

  @Mutation(() => RecipientObject)
  @AllowApiKeys()
  @Allow(Permission.VERIFIED)
  addRecipient(@CurrentActor() actor: Actor, @Args('input') input: AddRecipientInput): Promise<RecipientObject> {
    return this.deliveries.addRecipient(actor, input);
  }

  @Mutation(() => Boolean)
  @AllowApiKeys()
  @Allow(Permission.VERIFIED)
  removeRecipient(
    @CurrentActor() actor: Actor,
    @Args('recipientId', { type: () => ID }) recipientId: string,
  ): Promise<boolean> {
    return this.deliveries.removeRecipient(actor, assertUuid(recipientId));
  }

  @Mutation(() => [DeliveryObject])
  @Allow(Permission.VERIFIED)
  deliverLetter(
    @CurrentActor() actor: Actor,
    @Args('letterId', { type: () => ID }) letterId: string,
  ): Promise<DeliveryObject[]> {
    return this.deliveries.deliver(actor, assertUuid(letterId));
  }

  @Mutation(() => DeliveryObject)
  @Allow(Permission.VERIFIED)
  recordDeliveryEvent(@CurrentActor() actor: Actor, @Args('input') input: DeliveryEventInput): Promise<DeliveryObject> {
    return this.deliveries.recordEvent(actor, input);
  }

  @Mutation(() => DeliveryObject)
  @Allow(Permission.VERIFIED)
  recordResponse(@CurrentActor() actor: Actor, @Args('input') input: ResponseInput): Promise<DeliveryObject> {
    return this.deliveries.recordResponse(actor, input);
  }

  @Mutation(() => DeliveryObject, {
    description: "Sends a FAILED email delivery again, with the same Message-ID (the leads' OWNERs and COORDINATORs)",
  })
  @Allow(Permission.VERIFIED)
  retryDelivery(
    @CurrentActor() actor: Actor,
    @Args('deliveryId', { type: () => ID }) deliveryId: string,
  ): Promise<DeliveryObject> {
    return this.deliveries.retry(actor, assertUuid(deliveryId));
  }

  @Subscription(() => DeliveryObject, {
    resolve(this: DeliveriesResolver, event: DeliveryEventPayload) {
      return this.tracker.object(event.deliveryId);
    },
  })
  @Allow(Permission.AUTHENTICATED)
  async deliveryChanged(
    @CurrentActor() actor: Actor,
    @Args('letterId', { type: () => ID }) letterId: string,
  ): Promise<AsyncIterableIterator<DeliveryEventPayload>> {
    assertUuid(letterId);
    await this.policy.requireLeadView(this.dataSource.manager, actor, letterId);
    return guardedEvents(this.events.asyncIterator<DeliveryEventPayload>(DELIVERY_TOPIC), {
      matches: (event) => event.letterId === letterId,
      mayReceive: () => this.policy.mayReadAsLead(this.dataSource.manager, actor, letterId),
      signedIn: () => this.sessions.stands(actor),
      expiresAt: actor.expiresAt,
    });
  }

  /** Who the letter is addressed to; contact details for the leads only (RecipientFieldsResolver). */
  @ResolveField(() => [RecipientObject])
  async recipients(@Parent() letter: LetterObject, @Context() context: RequestContext): Promise<RecipientObject[]> {
    const loader = loaderFor(
      context,
      'recipients',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.deliveries.recipientsOf(ids), (r) => r.letterId),
        ),
    );
    return (await loader.load(letter.id)).map((r) => toRecipientObject(r, letter.access));
  }

  /** The letter as delivered, null until then: visible to whoever may read the letter. */
  @ResolveField('edition', () => EditionObject, { nullable: true })
  async edition(@Parent() letter: LetterObject, @Context() context: RequestContext): Promise<EditionObject | null> {
    const loader = loaderFor(
      context,
      'editions',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const editions = await this.deliveries.editionsOf(ids);
          return ids.map((id) => editions.find((e) => e.letterId === id) ?? null);
        }),
    );
    return loader.load(letter.id);
  }

  /** Each recipient's delivery, with its events: for the lead organisations' OWNERs and COORDINATORs. */
  @ResolveField('deliveries', () => [DeliveryObject])
  @LeadsOnly({ otherwise: [] })
  deliveriesOf(@Parent() letter: LetterObject, @Context() context: RequestContext): Promise<DeliveryObject[]> {
    const loader = loaderFor(
      context,
      'deliveries',
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          groupByKeys(ids, await this.deliveries.deliveriesOf(ids), (d) => d.letterId),
        ),
    );
    return loader.load(letter.id);
  }
}
