import { Field, Int, ObjectType } from '@nestjs/graphql';
import { TargetObject } from '@undersigned/representatives';
import { TargetingMode } from '../targeting-mode';

@ObjectType('Targeting')
export class TargetingObject {
  @Field(() => TargetingMode)
  mode: TargetingMode;

  @Field()
  areaType: string;

  @Field(() => Int)
  perTargetPerHour: number;
}

@ObjectType('TargetDeliveries', {
  description: "Supporters' messages to one target about a letter: how many constituents wrote, and where they stand",
})
export class TargetDeliveriesObject {
  @Field(() => TargetObject)
  target: TargetObject;

  @Field(() => Int, { description: 'Constituents who wrote (one message each)' })
  constituents: number;

  @Field(() => Int, { description: 'Queued: due later (spread across the hour) or being retried' })
  pending: number;

  @Field(() => Int)
  sending: number;

  @Field(() => Int)
  sent: number;

  @Field(() => Int)
  failed: number;

  @Field(() => Int, { description: 'Send attempts made, retries included' })
  attempts: number;

  @Field(() => Date, { nullable: true })
  lastSentAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Set once mail to the address failed permanently: no more is sent',
  })
  addressFailedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The latest failure, addresses removed' })
  lastError: string | null;
}
