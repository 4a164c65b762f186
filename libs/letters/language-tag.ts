import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, ValidateBy } from 'class-validator';

/** BCP 47 asks that tags of up to 35 characters be supported; none longer is stored. */
export const MAX_LANGUAGE_TAG_LENGTH = 35;

/**
 * What the database accepts as a language tag (CHECK constraints): letters, digits and hyphens in
 * subtags of 1 to 8. The canonical form is decided by canonicalLanguageTag, not by this pattern.
 */
export const LANGUAGE_TAG_SQL_PATTERN = '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$';

/** Tags that name no language a text is written in: undetermined, multiple, no linguistic content. */
const NOT_A_LANGUAGE = new Set(['und', 'mul', 'zxx']);

/**
 * The canonical form of a BCP 47 language tag (`zh-hans` → `zh-Hans`, `UG` → `ug`, `iw` → `he`),
 * by the Unicode canonicalisation every JavaScript engine implements (Intl.getCanonicalLocales);
 * null for anything that is not a well-formed tag naming a language: a language with optional
 * script, region and variants, without extensions or private use (`-u-…`, `-x-…`).
 */
export function canonicalLanguageTag(value: string): string | null {
  const tag = value.trim();
  if (tag.length === 0 || tag.length > MAX_LANGUAGE_TAG_LENGTH) return null;
  let canonical: string;
  try {
    [canonical] = Intl.getCanonicalLocales(tag);
  } catch {
    return null;
  }
  if (!canonical || canonical.length > MAX_LANGUAGE_TAG_LENGTH) return null;
  const subtags = canonical.split('-');
  if (subtags.some((subtag) => subtag.length === 1)) return null;
  if (NOT_A_LANGUAGE.has(subtags[0])) return null;
  return new RegExp(LANGUAGE_TAG_SQL_PATTERN).test(canonical) ? canonical : null;
}

/** An input field holding a BCP 47 language tag, canonicalised before the service sees it. */
export const LanguageTag = (): PropertyDecorator =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? (canonicalLanguageTag(value) ?? value) : value,
    ),
    IsString(),
    MaxLength(MAX_LANGUAGE_TAG_LENGTH),
    ValidateBy({
      name: 'isLanguageTag',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && canonicalLanguageTag(value) === value,
        defaultMessage: (args) =>
          `${args?.property ?? 'language'} must be a BCP 47 language tag naming a language, such as en, zh-Hans or ug`,
      },
    }),
  );
