import { applyDecorators } from '@nestjs/common';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { SingleLine } from '@undersigned/common';
import { canonicalText } from '../content-hash';

export const MAX_TITLE_LENGTH = 300;
export const MAX_BODY_LENGTH = 200_000;

const Canonical = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? canonicalText(value).trim() : value));

/** A letter title: canonical text (as hashed), one line of 1 to 300 characters. */
export const LetterTitle = (): PropertyDecorator =>
  applyDecorators(
    Canonical(),
    IsString(),
    MinLength(1, { message: 'title must not be empty' }),
    MaxLength(MAX_TITLE_LENGTH),
    // A line break would let title and body trade text under one content hash ("T\n\nB").
    SingleLine(),
  );

/** A letter body in Markdown: canonical text (as hashed), 1 to 200,000 characters. */
export const LetterBody = (): PropertyDecorator =>
  applyDecorators(
    Canonical(),
    IsString(),
    MinLength(1, { message: 'body must not be empty' }),
    MaxLength(MAX_BODY_LENGTH),
  );
