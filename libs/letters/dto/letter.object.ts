import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@undersigned/common';
import { LetterStatus, LetterVisibility } from '../letter-status';
import type { Letter } from '../letter.entity';
import { LetterAccess } from '../letter.policy';

@ObjectType('Letter')
export class LetterObject {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field(() => LetterStatus)
  status: LetterStatus;

  @Field(() => LetterVisibility)
  visibility: LetterVisibility;

  @Field({ description: "The original's language, a BCP 47 tag: the text that is signed and authoritative" })
  language: string;

  @Field(() => Date, { nullable: true })
  endorsementDeadline: Date | null;

  @Field(() => Date, { nullable: true })
  deliverBy: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Embargo (setPublication): until then a PUBLIC letter is, for all but its leads, invitees and signatories, a PRIVATE one',
  })
  publishAt: Date | null;

  @Field({
    description:
      'Open sign-on (setOpenSignOn): any organisation may ask to sign from the public page (requestToSign), confirmed by mail',
  })
  openSignOn: boolean;

  /** Not in the schema: what the nested resolvers need. */
  access: LetterAccess;
  /** Read by `autoApproveVerified` (@LeadsOnly). */
  autoApproveVerified: boolean;
  currentVersionNumber: number;
  openedVersion: number | null;
}

@ObjectType('LetterConnection')
export class LetterConnection extends Connection(LetterObject, 'Letter') {}

export function toLetterObject(letter: Letter, access: LetterAccess): LetterObject {
  return {
    id: letter.id,
    slug: letter.slug,
    title: letter.title,
    status: letter.status,
    visibility: letter.visibility,
    language: letter.language,
    endorsementDeadline: letter.endorsementDeadline,
    deliverBy: letter.deliverBy,
    publishAt: letter.publishAt,
    openSignOn: letter.openSignOn,
    autoApproveVerified: letter.autoApproveVerified,
    access,
    currentVersionNumber: letter.currentVersion,
    openedVersion: letter.openedVersion,
  };
}

/** The answer of an operation only a lead may run (LetterPolicy.requireLead let the caller through). */
export function toLeadLetterObject(letter: Letter): LetterObject {
  return toLetterObject(letter, LetterAccess.LEAD);
}
