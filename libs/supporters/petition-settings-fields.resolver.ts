import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { LeadsOnly } from '@undersigned/letters';
import { PetitionSettingsObject } from './dto/petition.objects';

/** A petition's block lists are the leads' alone. (The fields' types and descriptions are PetitionSettingsObject's.) */
@Resolver(() => PetitionSettingsObject)
export class PetitionSettingsFieldsResolver {
  @ResolveField()
  @LeadsOnly({ otherwise: null })
  blockedEmailDomains(@Parent() petition: PetitionSettingsObject): string[] | null {
    return petition.blockedEmailDomains;
  }

  @ResolveField()
  @LeadsOnly({ otherwise: null })
  blockedIpRanges(@Parent() petition: PetitionSettingsObject): string[] | null {
    return petition.blockedIpRanges;
  }
}
