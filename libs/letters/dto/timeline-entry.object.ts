import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { TimelineEntry } from '../timeline-entry.entity';

@ObjectType('TimelineEntry')
export class TimelineEntryObject {
  @Field(() => ID)
  id: string;

  @Field()
  kind: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  body: string | null;

  @Field()
  occurredAt: Date;
}

export function toTimelineEntryObject(entry: TimelineEntry): TimelineEntryObject {
  return { id: entry.id, kind: entry.kind, title: entry.title, body: entry.body, occurredAt: entry.occurredAt };
}
