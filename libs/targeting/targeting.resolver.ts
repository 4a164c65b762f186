import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { Allow, CurrentActor, loaderFor, Permission, type Actor, type RequestContext } from '@undersigned/common';
import { LeadsOnly, LetterObject } from '@undersigned/letters';
import { TargetingInput } from './dto/targeting.input';
import { TargetDeliveriesObject, TargetingObject } from './dto/targeting.objects';
import { TargetingService } from './targeting.service';

@Resolver(() => LetterObject)
export class TargetingResolver {
  constructor(private readonly service: TargetingService) {}

  @Mutation(() => LetterObject, {
    description:
      "Leads' OWNER or COORDINATOR: OWN_REPRESENTATIVE sends, after each confirmed signature, one message in the supporter's name to the target of their area",
  })
  @Allow(Permission.VERIFIED)
  setTargeting(@CurrentActor() actor: Actor, @Args('input') input: TargetingInput): Promise<LetterObject> {
    return this.service.set(actor, input);
  }

  @ResolveField(() => TargetingObject, {
    nullable: true,
    description: 'Whom supporters write to; null: the letter goes to its recipients only',
  })
  targeting(@Parent() letter: LetterObject, @Context() context: RequestContext): Promise<TargetingObject | null> {
    const loader = loaderFor(
      context,
      'targeting',
      () => new DataLoader((ids: readonly string[]) => this.service.forLetters(ids)),
    );
    return loader.load(letter.id);
  }

  @ResolveField(() => [TargetDeliveriesObject], {
    description: "Leads only (empty for anyone else): supporters' messages per target, with counts by status",
  })
  @LeadsOnly({ otherwise: [] })
  targetDeliveries(@Parent() letter: LetterObject): Promise<TargetDeliveriesObject[]> {
    return this.service.deliveries(letter.id);
  }
}
