import type { ArgumentMetadata } from '@nestjs/common';
import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, MaxLength } from 'class-validator';
import { DomainError } from '../errors';
import { InputValidationPipe } from './input-validation.pipe';
import { MAX_INPUT_LENGTH, SingleLine } from './safe-strings';

const transformed: number[] = [];

@InputType()
class Probe {
  @Field()
  @Transform(({ value }: { value: string }) => {
    transformed.push(value.length);
    return value.trim();
  })
  @IsString()
  @MaxLength(10)
  @SingleLine()
  name: string;

  @Field(() => [String], { nullable: true })
  tags?: string[];
}

const pipe = new InputValidationPipe({ whitelist: true, transform: true });
/** GqlParamtype.ARGS, as @nestjs/graphql passes it. */
const GQL_ARGS = 3 as unknown as ArgumentMetadata['type'];
const ARGS: ArgumentMetadata = { type: GQL_ARGS, metatype: Probe, data: 'input' };

async function refusal(value: unknown, metadata: ArgumentMetadata = ARGS): Promise<string | undefined> {
  try {
    await pipe.transform(value, metadata);
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return `${error.code}: ${error.message}`;
    return `other: ${String((error as { response?: { message?: unknown } }).response?.message ?? error)}`;
  }
}

describe('InputValidationPipe', () => {
  beforeEach(() => transformed.splice(0));

  it('refuses an over-long field before its transform runs', async () => {
    expect(await refusal({ name: `${' '.repeat(100_000)}x` })).toBe(
      'BAD_USER_INPUT: name must be shorter than or equal to 10 characters',
    );
    expect(transformed).toEqual([]);
    expect(await refusal({ name: ' short ' })).toBeUndefined();
    expect(transformed).toEqual([7]);
  });

  it('refuses NUL and other control characters anywhere, nested in lists too, and in plain arguments', async () => {
    expect(await refusal({ name: 'a\u0000' })).toMatch(/^BAD_USER_INPUT: name must not contain control characters/);
    expect(await refusal({ name: 'ok', tags: ['fine', 'bad\u0001'] })).toMatch(/^BAD_USER_INPUT: input.tags\[1\]/);
    expect(await refusal('slug\u0000', { type: GQL_ARGS, metatype: String, data: 'slug' })).toBe(
      'BAD_USER_INPUT: slug must not contain control characters',
    );
    expect(await refusal('x'.repeat(MAX_INPUT_LENGTH + 1), { type: 'param', metatype: String, data: 'file' })).toMatch(
      /^BAD_USER_INPUT: file must be shorter/,
    );
    expect(transformed).toEqual([]);
  });

  it('keeps line breaks and tabs out of single-line fields only', async () => {
    expect(await refusal({ name: 'a\nb' })).toBe('other: name must be a single line');
    expect(await refusal({ name: 'ok', tags: ['multi\nline\ttext'] })).toBeUndefined();
  });

  it('keeps characters that reorder how text is drawn out of single-line fields', async () => {
    expect(await refusal({ name: '\u202Ednoces' })).toBe(
      'other: name must not contain characters that change the direction of text',
    );
    expect(await refusal({ name: 'الساحل\u200F' })).toBeUndefined();
  });
});
