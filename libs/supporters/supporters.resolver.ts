import { Args, Context, Int, Mutation, Resolver } from '@nestjs/graphql';
import {
  Allow,
  CurrentActor,
  mailLanguageOfRequest,
  Permission,
  type Actor,
  type RequestContext,
} from '@undersigned/common';
import { LetterObject, toLeadLetterObject } from '@undersigned/letters';
import { InvalidateSignaturesInput, PetitionSettingsInput, SignPetitionInput } from './dto/petition.inputs';
import { SignatureObject, toSignatureObject } from './dto/petition.objects';
import { PetitionService } from './petition.service';
import { SignatureLifecycleService } from './signature-lifecycle.service';
import { SigningService } from './signing.service';

@Resolver()
export class SupportersResolver {
  constructor(
    private readonly petitions: PetitionService,
    private readonly signing: SigningService,
    private readonly lifecycle: SignatureLifecycleService,
  ) {}

  @Mutation(() => LetterObject, { description: "Leads' OWNERs and COORDINATORs; the letter DRAFT or OPEN" })
  @Allow(Permission.VERIFIED)
  async setPetitionSettings(
    @CurrentActor() actor: Actor,
    @Args('input') input: PetitionSettingsInput,
  ): Promise<LetterObject> {
    return toLeadLetterObject(await this.petitions.set(actor, input));
  }

  @Mutation(() => Boolean, {
    description:
      'Public, no sign-in. Always true once the input is valid, for a new, a repeated or a silently refused signature alike; the confirmation link is mailed',
  })
  @Allow(Permission.PUBLIC)
  signPetition(@Args('input') input: SignPetitionInput, @Context() context: RequestContext): Promise<true> {
    return this.signing.sign(input, context.req.ip ?? '', mailLanguageOfRequest(context.req));
  }

  @Mutation(() => SignatureObject, { description: 'PENDING → CONFIRMED: counted from then; repeating it is harmless' })
  @Allow(Permission.PUBLIC)
  async confirmSignature(@Args('token') token: string): Promise<SignatureObject> {
    return toSignatureObject(await this.signing.confirm(token));
  }

  @Mutation(() => Boolean)
  @Allow(Permission.PUBLIC)
  withdrawSignature(@Args('token') token: string): Promise<true> {
    return this.lifecycle.withdraw(token);
  }

  @Mutation(() => Boolean, {
    description: "Erases the person's name, email, postcode and IP from every signature they made; counts stay",
  })
  @Allow(Permission.PUBLIC)
  eraseSupporterData(@Args('token') token: string): Promise<true> {
    return this.lifecycle.erase(token);
  }

  @Mutation(() => Int, { description: "Leads' OWNERs and COORDINATORs: how many signatures stopped counting" })
  @Allow(Permission.VERIFIED)
  invalidateSignatures(@CurrentActor() actor: Actor, @Args('input') input: InvalidateSignaturesInput): Promise<number> {
    return this.lifecycle.invalidate(actor, input);
  }
}
