import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LetterAccess } from '@undersigned/letters';
import { DeliveryChannel, DeliveryStatus, RecipientRole } from '../delivery-status';
import type { DeliveryEvent } from '../delivery-event.entity';
import type { Delivery } from '../delivery.entity';
import type { Recipient } from '../recipient.entity';

@ObjectType('Recipient')
export class RecipientObject {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  organisation: string | null;

  @Field(() => String, { nullable: true, description: "Shown to the lead organisations' OWNERs and COORDINATORs only" })
  email: string | null;

  @Field(() => String, { nullable: true, description: "Shown to the lead organisations' OWNERs and COORDINATORs only" })
  postalAddress: string | null;

  @Field(() => RecipientRole)
  role: RecipientRole;

  @Field(() => DeliveryChannel)
  channel: DeliveryChannel;

  /** Not in the schema: how the viewer stands to the letter (contact details are @LeadsOnly). */
  access: LetterAccess;
}

/**
 * Contact details are for the coordinators (RecipientFieldsResolver answers null to anyone else);
 * the public sees who the letter is addressed to.
 */
export function toRecipientObject(recipient: Recipient, access: LetterAccess): RecipientObject {
  return {
    id: recipient.id,
    name: recipient.name,
    title: recipient.title,
    organisation: recipient.organisation,
    email: recipient.email,
    postalAddress: recipient.postalAddress,
    role: recipient.role,
    channel: recipient.channel,
    access,
  };
}

/** A recipient as the answer of an operation only a lead may run (LetterPolicy.requireLead let the caller through). */
export function toLeadRecipientObject(recipient: Recipient): RecipientObject {
  return toRecipientObject(recipient, LetterAccess.LEAD);
}

@ObjectType('DeliveryEvent')
export class DeliveryEventObject {
  @Field(() => DeliveryStatus)
  status: DeliveryStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  occurredAt: Date;
}

export function toDeliveryEventObject(event: DeliveryEvent): DeliveryEventObject {
  return { status: event.status, note: event.note, occurredAt: event.occurredAt };
}

@ObjectType('Delivery')
export class DeliveryObject {
  @Field(() => ID)
  id: string;

  @Field(() => RecipientObject)
  recipient: RecipientObject;

  @Field(() => DeliveryChannel)
  channel: DeliveryChannel;

  @Field(() => DeliveryStatus)
  status: DeliveryStatus;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  @Field(() => String, { nullable: true })
  messageId: string | null;

  @Field(() => Date, { nullable: true, description: 'When the next attempt to send is due, while one is queued' })
  nextAttemptAt: Date | null;

  @Field(() => [DeliveryEventObject])
  events: DeliveryEventObject[];

  @Field(() => String, { nullable: true })
  response: string | null;

  /** Not in the schema. */
  letterId: string;
}

/** For the leads: a delivery is shown to no one else (Letter.deliveries, and the operations on one). */
export function toDeliveryObject(delivery: Delivery, recipient: Recipient, events: DeliveryEvent[]): DeliveryObject {
  return {
    id: delivery.id,
    recipient: toLeadRecipientObject(recipient),
    channel: delivery.channel,
    status: delivery.status,
    attempts: delivery.sending.attempts,
    lastError: delivery.sending.lastError,
    sentAt: delivery.sending.sentAt,
    messageId: delivery.messageId,
    nextAttemptAt: delivery.nextAttemptAt,
    events: events.map(toDeliveryEventObject),
    response: delivery.response,
    letterId: delivery.letterId,
  };
}
