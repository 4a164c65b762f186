import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { SignOnRequest } from '../sign-on-request.entity';

/** What an open sign-on request asked to sign, as its confirmation link's page shows it (signOnRequestByLink). */
@ObjectType('SignOnRequest')
export class SignOnRequestObject {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The address the confirmation link was mailed to: the signature is made from it' })
  email: string;

  @Field()
  organisationName: string;

  @Field(() => String, { nullable: true })
  country: string | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field()
  signerName: string;

  @Field()
  signerTitle: string;

  @Field(() => String, { nullable: true })
  displayName: string | null;

  @Field()
  anonymous: boolean;

  @Field()
  acceptMinorEdits: boolean;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field({ description: 'The hash of the text the request was made on: what confirmSignOn signs' })
  contentHash: string;

  @Field({ description: 'After it, the link signs nothing: ask again from the letter’s page' })
  expiresAt: Date;

  /** Resolved by SignOnRequestFieldsResolver. */
  letterId: string;
  /** Not expired: its holder may read the letter (PUBLIC when asked). */
  standing: boolean;
}

export function toSignOnRequestObject(request: SignOnRequest, now = Date.now()): SignOnRequestObject {
  return {
    id: request.id,
    email: request.email,
    organisationName: request.organisationName,
    country: request.country,
    website: request.website,
    signerName: request.signerName,
    signerTitle: request.signerTitle,
    displayName: request.displayName,
    anonymous: request.anonymous ?? false,
    acceptMinorEdits: request.acceptMinorEdits ?? false,
    comment: request.comment,
    contentHash: request.contentHash,
    expiresAt: request.expiresAt,
    letterId: request.letterId,
    standing: request.expiresAt.getTime() > now,
  };
}
