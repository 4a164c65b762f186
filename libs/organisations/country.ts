import { isISO31661Alpha2, registerDecorator, type ValidationOptions } from 'class-validator';

const REGION_NAME = /^\p{L}[\p{L}\p{M} .'’-]{1,63}$/u;

/**
 * A country is an ISO 3166-1 alpha-2 code (kept upper case) or, for places the standard does
 * not name as the people there do ("Tibet", "East Turkestan"), a region name.
 */
export function normaliseCountry(value: string): string | null {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  if (trimmed.length === 2) return isISO31661Alpha2(trimmed.toUpperCase()) ? trimmed.toUpperCase() : null;
  return REGION_NAME.test(trimmed) ? trimmed : null;
}

export function IsCountry(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isCountry',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'country must be an ISO 3166-1 alpha-2 code or a region name', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && normaliseCountry(value) !== null },
    });
}
