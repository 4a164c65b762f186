import { getMetadataStorage, MAX_LENGTH, ValidateBy, type ValidationOptions } from 'class-validator';
import { badInput } from '../errors';

/** The longest string any input may carry (a letter's body); longer ones are refused untouched. */
export const MAX_INPUT_LENGTH = 200_000;

/**
 * C0 control characters except tab, line feed and carriage return. PostgreSQL refuses U+0000 in
 * text, and none of the others belongs in anything a person writes.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
/**
 * Unicode's explicit directional formatting: embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069). An override draws "\u202Ecidron ecaepneerg" as "greenpeace nordic" while its
 * letters, and so every check of names against names, stay reversed. A name never needs them: the
 * web app isolates each name (`<bdi>`, `dir="auto"`), so a right-to-left name shows as written.
 */
export const DIRECTION_FORMATTING = /[\u202a-\u202e\u2066-\u2069]/;
/** Half a surrogate pair: not Unicode text (it cannot be stored as UTF-8, and validators throw on it). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The MaxLength of each property of an input class, read from its class-validator decorators. */
const maxLengths = new WeakMap<object, Map<string, number>>();

function maxLengthsOf(metatype: unknown): Map<string, number> | undefined {
  if (typeof metatype !== 'function' || metatype === String || metatype === Object) return undefined;
  let found = maxLengths.get(metatype);
  if (!found) {
    found = new Map();
    for (const rule of getMetadataStorage().getTargetValidationMetadatas(metatype, '', true, false)) {
      const max = Number(rule.constraints?.[0]);
      if (rule.name === MAX_LENGTH && !rule.each && Number.isFinite(max)) {
        found.set(rule.propertyName, Math.min(max, found.get(rule.propertyName) ?? Infinity));
      }
    }
    maxLengths.set(metatype, found);
  }
  return found;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function checkString(value: string, path: string, max: number): void {
  if (value.length > max) throw badInput(`${path} must be shorter than or equal to ${max} characters`);
  if (CONTROL.test(value)) throw badInput(`${path} must not contain control characters`);
  if (LONE_SURROGATE.test(value)) throw badInput(`${path} must be valid Unicode text`);
}

function walk(value: unknown, path: string, depth: number): void {
  if (typeof value === 'string') return checkString(value, path, MAX_INPUT_LENGTH);
  if (depth > 20) throw badInput(`${path} is nested too deeply`);
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, `${path}[${index}]`, depth + 1));
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key, depth + 1);
  }
}

/**
 * The edge check of every string a caller sends, run before any transform (trimming,
 * canonicalisation) so that nothing costly ever sees an over-long or hostile string: no control
 * character (U+0000 included), no half of a surrogate pair, and no string longer than its field's
 * MaxLength (for the fields of the argument's own class) or than MAX_INPUT_LENGTH (anywhere).
 */
export function assertSafeStrings(value: unknown, metatype: unknown, name: string | undefined): void {
  const limits = maxLengthsOf(metatype);
  if (limits && isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const path = name ? `${name}.${key}` : key;
      if (typeof item === 'string') checkString(item, key, Math.min(limits.get(key) ?? Infinity, MAX_INPUT_LENGTH));
      else walk(item, path, 1);
    }
    return;
  }
  walk(value, name ?? '', 0);
}

/**
 * A one-line text (a name, a title): no line break or tab inside (checked after trimming), and no
 * character that reorders how it is drawn (DIRECTION_FORMATTING).
 */
export const SingleLine = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'singleLine',
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' || !(LINE_BREAK_OR_TAB.test(value) || DIRECTION_FORMATTING.test(value)),
        defaultMessage: (args) =>
          typeof args?.value === 'string' && LINE_BREAK_OR_TAB.test(args.value)
            ? `${args.property} must be a single line`
            : reordering(args?.property),
      },
    },
    options,
  );

function reordering(property = 'value'): string {
  return `${property} must not contain characters that change the direction of text`;
}

/** A text of several lines (a comment) drawn as written: no DIRECTION_FORMATTING character. */
export const DrawnAsWritten = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'drawnAsWritten',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !DIRECTION_FORMATTING.test(value),
        defaultMessage: (args) =>
          `${args?.property ?? 'value'} must not contain characters that change the direction of text`,
      },
    },
    options,
  );
