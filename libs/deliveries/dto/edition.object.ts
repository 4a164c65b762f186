import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SignatoryObject } from '@undersigned/endorsements';
import { byLanguage } from '@undersigned/letters';
import type { EditionTranslation } from '../edition-translation.entity';
import type { Edition, EditionMinorEdit, EditionSignatory } from '../edition.entity';

@ObjectType('EditionMinorEdit', {
  description: 'A minor edit (typos, case, punctuation) made after some listed signatory signed, which it accepted',
})
export class EditionMinorEditObject {
  @Field(() => Int)
  version: number;

  @Field({ description: 'The content hash of the text after this edit' })
  contentHash: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  editedAt: Date;

  @Field({ description: 'What it changed from the version before, word by word: [-removed-]{+added+}' })
  diff: string;
}

@ObjectType('EditionTranslation', {
  description: 'An APPROVED translation as the edition froze it at delivery; the edition hash covers its content hash',
})
export class EditionTranslationObject {
  @Field({ description: 'A canonical BCP 47 language tag' })
  language: string;

  @Field({ description: 'The content hash of the frozen translation, by the rule of versions' })
  contentHash: string;

  @Field({ description: 'GET /letters/:slug.pdf?lang=<language>' })
  pdfUrl: string;
}

@ObjectType('Edition', { description: 'The letter as delivered, which its recipients can verify' })
export class EditionObject {
  @Field(() => ID, { description: 'The id of GET /verify/:id' })
  id: string;

  @Field({ description: 'The hash of the delivered text' })
  contentHash: string;

  @Field({
    description:
      'SHA-256 (hex) of the canonical JSON {"contentHash","signatories":[display names],"supporterCount","unnamedCount"}, keys sorted, no spaces; ' +
      'an edition with translations also has "translations":[{"contentHash","language"}] sorted by language',
  })
  editionHash: string;

  @Field()
  deliveredAt: Date;

  @Field(() => [SignatoryObject], { description: 'The named signatories, in the delivered order' })
  signatories: SignatoryObject[];

  @Field(() => [EditionMinorEditObject], {
    description:
      'The minor edits since the earliest version a listed signatory signed, oldest first: a signatory whose signedVersion is n accepted those after n',
  })
  minorEdits: EditionMinorEditObject[];

  @Field(() => Int)
  unnamedCount: number;

  @Field(() => Int)
  supporterCount: number;

  @Field()
  verifyUrl: string;

  @Field(() => [EditionTranslationObject], {
    description: 'The translations APPROVED at delivery, by language (DRAFT and OUTDATED ones were left out)',
  })
  translations: EditionTranslationObject[];
}

/** A frozen signatory as the Signatory type; editions from before organisations were frozen lack them. */
function toSignatoryObject(s: EditionSignatory, contentHash: string, deliveredAt: Date): SignatoryObject {
  const slug = s.organisationSlug ?? s.organisation?.slug ?? '';
  return {
    displayName: s.displayName,
    country: s.country,
    organisationSlug: slug,
    lead: s.lead,
    verified: s.verified ?? false,
    // Editions from before the domain was frozen beside the badge have it in the organisation.
    verifiedDomain: s.verified ? (s.verifiedDomain ?? s.organisation?.verifiedDomain ?? null) : null,
    contentHash: s.contentHash ?? contentHash,
    signedVersion: s.signedVersion ?? null,
    signedAt: s.signedAt ? new Date(s.signedAt) : deliveredAt,
    organisation: {
      requireTwoFactor: false,
      requirePhishingResistant: false,
      ...(s.organisation ?? {
        id: '',
        slug,
        name: s.displayName,
        country: s.country,
        website: null,
        description: null,
        verifiedDomain: null,
      }),
    },
  };
}

export function toEditionObject(edition: Edition, contentHash: string, publicUrl: string, slug: string): EditionObject {
  return {
    id: edition.id,
    contentHash,
    editionHash: edition.editionHash,
    deliveredAt: edition.deliveredAt,
    signatories: edition.signatories.map((s) => toSignatoryObject(s, contentHash, edition.deliveredAt)),
    minorEdits: (edition.minorEdits ?? []).map(toMinorEditObject),
    unnamedCount: edition.anonymousCount,
    supporterCount: edition.supporterCount,
    verifyUrl: verifyUrl(publicUrl, edition.id),
    translations: [...(edition.translations ?? [])]
      .sort(byLanguage)
      .map((t) => toEditionTranslationObject(t, publicUrl, slug)),
  };
}

export function toEditionTranslationObject(
  translation: Pick<EditionTranslation, 'language' | 'contentHash'>,
  publicUrl: string,
  slug: string,
): EditionTranslationObject {
  return {
    language: translation.language,
    contentHash: translation.contentHash,
    pdfUrl: translationPdfUrl(publicUrl, slug, translation.language),
  };
}

/** The contract's `GET /letters/:slug.pdf?lang=xx`. */
export function translationPdfUrl(publicUrl: string, slug: string, language: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/letters/${encodeURIComponent(slug)}.pdf?lang=${encodeURIComponent(language)}`;
}

function toMinorEditObject(edit: EditionMinorEdit): EditionMinorEditObject {
  return { ...edit, editedAt: new Date(edit.editedAt) };
}

export function verifyUrl(publicUrl: string, editionId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/verify/${editionId}`;
}
