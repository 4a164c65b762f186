import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { badInput, loaderFor, type RequestContext } from '@undersigned/common';
import { LeadsOnly, LetterObject } from '@undersigned/letters';
import { SupportersArgs } from './dto/petition.inputs';
import {
  AreaCountObject,
  CountryCountObject,
  PetitionSettingsObject,
  SupporterConnection,
  toPetitionSettingsObject,
} from './dto/petition.objects';
import { PetitionService, type Petition } from './petition.service';
import { CountDimension } from './supporter-count.entity';
import { SupporterCountsService } from './supporter-counts.service';
import { SupportersService } from './supporters.service';

/** Breakdowns are for display: the largest this many. */
const BREAKDOWN_LIMIT = 300;

/** Letter fields of petition mode; the letter was access-checked by its query. */
@Resolver(() => LetterObject)
export class LetterSupporterFieldsResolver {
  constructor(
    private readonly petitions: PetitionService,
    private readonly supporterList: SupportersService,
    private readonly supporterCounts: SupporterCountsService,
  ) {}

  @ResolveField(() => PetitionSettingsObject, {
    nullable: true,
    description: 'null unless the letter accepts supporters',
  })
  // The leads see their settings while they prepare them; everyone else only a petition that is on.
  @LeadsOnly({
    otherwise: null,
    answers: {
      is: 'it does not accept supporters',
      test: (petition: PetitionSettingsObject | null) => petition?.acceptSupporters === false,
    },
  })
  async petition(
    @Parent() letter: LetterObject,
    @Context() context: RequestContext,
  ): Promise<PetitionSettingsObject | null> {
    const petition = await this.load(letter, context);
    if (!petition) return null;
    return toPetitionSettingsObject(petition.settings, petition.consentText, letter.access);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'The current goal: it rises when reached, if the leads asked so',
  })
  async goal(@Parent() letter: LetterObject, @Context() context: RequestContext): Promise<number | null> {
    return (await this.load(letter, context))?.settings.currentGoal ?? null;
  }

  @ResolveField(() => SupporterConnection, {
    description: 'Confirmed supporters who chose to be listed, newest first; empty unless the letter lists supporters',
  })
  // A list filtered by country would tell each listed supporter's country, which they never agreed to show.
  @LeadsOnly({
    argument: 'country',
    otherwise: () => badInput("country: supporters' countries are not public; see supportersByCountry"),
  })
  supporters(@Parent() letter: LetterObject, @Args() args: SupportersArgs): Promise<SupporterConnection> {
    return this.supporterList.page(letter.id, args);
  }

  @ResolveField(() => [CountryCountObject])
  async supportersByCountry(@Parent() letter: LetterObject): Promise<CountryCountObject[]> {
    const rows = await this.supporterCounts.by(letter.id, CountDimension.COUNTRY, BREAKDOWN_LIMIT);
    return rows.filter((row) => row.key !== '').map((row) => ({ country: row.key, count: row.count }));
  }

  @ResolveField(() => [AreaCountObject], { description: 'By the area of supporters’ postcodes, once known' })
  async supportersByArea(@Parent() letter: LetterObject): Promise<AreaCountObject[]> {
    const rows = await this.supporterCounts.byArea(letter.id, BREAKDOWN_LIMIT);
    return rows.map((row) => ({ areaCode: row.key, areaName: row.name, count: row.count }));
  }

  private load(letter: LetterObject, context: RequestContext): Promise<Petition | null> {
    const loader = loaderFor(
      context,
      'petition',
      () => new DataLoader((ids: readonly string[]) => this.petitions.forLetters(ids)),
    );
    return loader.load(letter.id);
  }
}
