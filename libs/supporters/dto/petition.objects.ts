import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@undersigned/common';
import type { LetterAccess } from '@undersigned/letters';
import type { PetitionSettings } from '../petition-settings.entity';
import { SignatureStatus, SupporterNames } from '../signature-status';
import type { Signature } from '../signature.entity';

@ObjectType('PetitionSettings')
export class PetitionSettingsObject {
  @Field()
  acceptSupporters: boolean;

  @Field(() => Int, { nullable: true, description: 'The goal the leads set; Letter.goal is the current one' })
  goal: number | null;

  @Field()
  raiseGoalWhenReached: boolean;

  @Field(() => Int, { nullable: true })
  minimumAge: number | null;

  @Field()
  askPostcode: boolean;

  @Field(() => String, { nullable: true, description: 'Shown beside "contact me", verbatim' })
  consentText: string | null;

  @Field(() => Int, { nullable: true, description: 'The version of the consent text; each change is a new one' })
  consentVersion: number | null;

  @Field(() => SupporterNames)
  supporterNames: SupporterNames;

  @Field(() => [String], { nullable: true, description: "The leads' block lists: null for anyone else" })
  blockedEmailDomains: string[] | null;

  @Field(() => [String], { nullable: true, description: "The leads' block lists: null for anyone else" })
  blockedIpRanges: string[] | null;

  /** Not in the schema: how the viewer stands to the letter (the block lists are @LeadsOnly). */
  access: LetterAccess;
}

/** The block lists are the leads' (PetitionSettingsFieldsResolver answers null to anyone else). */
export function toPetitionSettingsObject(
  settings: PetitionSettings,
  consentText: string | null,
  access: LetterAccess,
): PetitionSettingsObject {
  return {
    acceptSupporters: settings.acceptSupporters,
    goal: settings.goal,
    raiseGoalWhenReached: settings.raiseGoalWhenReached,
    minimumAge: settings.minimumAge,
    askPostcode: settings.askPostcode,
    consentText,
    consentVersion: settings.consentVersion,
    supporterNames: settings.supporterNames,
    blockedEmailDomains: settings.blockedEmailDomains,
    blockedIpRanges: settings.blockedIpRanges,
    access,
  };
}

@ObjectType('Signature')
export class SignatureObject {
  @Field(() => ID)
  id: string;

  @Field(() => SignatureStatus)
  status: SignatureStatus;

  @Field({ description: 'Empty once the supporter’s data is erased' })
  name: string;

  @Field(() => Date, { nullable: true })
  confirmedAt: Date | null;
}

export function toSignatureObject(signature: Signature): SignatureObject {
  return {
    id: signature.id,
    status: signature.status,
    name: signature.name ?? '',
    confirmedAt: signature.confirmedAt,
  };
}

@ObjectType('Supporter', {
  description:
    'A confirmed supporter of the current text who chose to be listed, on a letter that lists them: only their name is shown',
})
export class SupporterObject {
  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'null: the form asks only to show the name' })
  country: string | null;

  @Field(() => String, { nullable: true, description: 'null: a constituency is not shown with a name' })
  area: string | null;

  @Field({ description: 'The day of the confirmation (UTC midnight), not its time' })
  signedAt: Date;
}

@ObjectType('SupporterConnection')
export class SupporterConnection extends Connection(SupporterObject, 'Supporter') {}

@ObjectType('CountryCount')
export class CountryCountObject {
  @Field({ description: 'As the supporters gave it; empty when not given' })
  country: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('AreaCount')
export class AreaCountObject {
  @Field()
  areaCode: string;

  @Field(() => String, { nullable: true })
  areaName: string | null;

  @Field(() => Int)
  count: number;
}
