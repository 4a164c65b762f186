import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { loaderFor, notFound, OptionalActor, type Actor, type RequestContext } from '@undersigned/common';
import { LeadsOnly, LetterObject } from '@undersigned/letters';
import { CountsService } from './counts.service';
import { EndorsementsArgs, SignatoriesArgs } from './dto/endorsement.inputs';
import {
  EndorsementConnection,
  EndorsementObject,
  LetterCountsObject,
  SignatoryConnection,
  toEndorsementObject,
} from './dto/endorsement.objects';
import { SignatoriesService } from './signatories.service';

/** Letter fields that belong to endorsing; the letter was access-checked by its query. */
@Resolver(() => LetterObject)
export class LetterEndorsementFieldsResolver {
  constructor(
    private readonly signatories: SignatoriesService,
    private readonly countsService: CountsService,
  ) {}

  @ResolveField('signatories', () => SignatoryConnection)
  signatoriesOf(@Parent() letter: LetterObject, @Args() args: SignatoriesArgs): Promise<SignatoryConnection> {
    return this.signatories.page(letter.id, args);
  }

  @ResolveField(() => EndorsementConnection, {
    description:
      "Every endorsement, the unnamed included: for the leads' OWNERs and COORDINATORs only, in a session begun with two-factor where their organisations require it",
  })
  // The unnamed signatories are revealed to those alone (mayRevealUnnamed: the same viewers).
  @LeadsOnly({ otherwise: () => notFound('Endorsements') })
  async endorsements(@Parent() letter: LetterObject, @Args() args: EndorsementsArgs): Promise<EndorsementConnection> {
    const page = await this.signatories.endorsements(letter.id, args);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toEndorsementObject(edge.node, letter.access) })),
    };
  }

  @ResolveField(() => [EndorsementObject], {
    description:
      "The endorsements of the organisations the caller is a member of (the caller's own side of the letter); empty for anyone else",
  })
  async myEndorsements(
    @Parent() letter: LetterObject,
    @OptionalActor() viewer: Actor | null,
  ): Promise<EndorsementObject[]> {
    if (!viewer) return [];
    return (await this.signatories.endorsementsOfMember(letter.id, viewer.userId)).map((e) => toEndorsementObject(e));
  }

  @ResolveField(() => LetterCountsObject)
  counts(@Parent() letter: LetterObject, @Context() context: RequestContext): Promise<LetterCountsObject> {
    const loader = loaderFor(
      context,
      'letterCounts',
      () => new DataLoader((ids: readonly string[]) => this.countsService.forLetters(ids)),
    );
    return loader.load(letter.id);
  }
}
