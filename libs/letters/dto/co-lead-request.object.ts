import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A letter whose leads asked an organisation to co-lead it, awaiting that organisation's OWNER. */
@ObjectType('CoLeadRequest')
export class CoLeadRequestObject {
  @Field(() => ID)
  letterId: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field()
  requestedAt: Date;
}
