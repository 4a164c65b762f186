import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseArrayPipe } from '@nestjs/common';
import { Allow, CurrentActor, Permission, type Actor, type RequestContext } from '@undersigned/common';
import { TargetInput } from './dto/target.input';
import { TargetObject } from './dto/target.object';
import { RepresentativesService } from './representatives.service';

@Resolver(() => TargetObject)
export class RepresentativesResolver {
  constructor(private readonly service: RepresentativesService) {}

  @Query(() => [TargetObject], {
    description:
      "The current representatives of the postcode's areas (of areaType, e.g. WMC, when given); [] for an unknown postcode. Emails are null here. RATE_LIMITED beyond REPRESENTATIVES_RATE_LIMIT per client IP per minute.",
  })
  @Allow(Permission.PUBLIC)
  representatives(
    @Args('postcode') postcode: string,
    @Context() context: RequestContext,
    @Args('areaType', { type: () => String, nullable: true }) areaType?: string | null,
  ): Promise<TargetObject[]> {
    return this.service.representatives(postcode, areaType, context.req.ip ?? '');
  }

  @Mutation(() => [TargetObject], {
    description: 'Platform admins: inserts or updates targets by (areaType, externalId)',
  })
  @Allow(Permission.VERIFIED)
  upsertTargets(
    @CurrentActor() actor: Actor,
    @Args(
      'input',
      { type: () => [TargetInput] },
      new ParseArrayPipe({ items: TargetInput, whitelist: true, forbidNonWhitelisted: true }),
    )
    input: TargetInput[],
  ): Promise<TargetObject[]> {
    return this.service.upsertTargets(actor, input);
  }
}
