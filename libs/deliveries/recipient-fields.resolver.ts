import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { LeadsOnly } from '@undersigned/letters';
import { RecipientObject } from './dto/delivery.objects';

/**
 * A recipient's contact details are the leads' alone; everyone else sees who the letter is
 * addressed to. (The fields' types and descriptions are RecipientObject's.)
 */
@Resolver(() => RecipientObject)
export class RecipientFieldsResolver {
  @ResolveField()
  @LeadsOnly({ otherwise: null })
  email(@Parent() recipient: RecipientObject): string | null {
    return recipient.email;
  }

  @ResolveField()
  @LeadsOnly({ otherwise: null })
  postalAddress(@Parent() recipient: RecipientObject): string | null {
    return recipient.postalAddress;
  }
}
