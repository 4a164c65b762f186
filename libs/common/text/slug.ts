import { randomBytes } from 'node:crypto';

const MAX_SLUG_LENGTH = 60;

/**
 * A URL slug from a name: Latin letters lose their accents, everything else becomes hyphens.
 * Names written wholly in other scripts give an empty base; callers add a suffix then.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, '');
}

const SLUG_ATTEMPTS = 5;

/**
 * Runs `insert` with the slug of `name`, and with a random suffix while the slug is taken
 * (detected by the unique constraint `constraint`, so concurrent inserts are safe).
 */
export async function withUniqueSlug<T>(
  name: string,
  fallback: string,
  constraint: string,
  insert: (slug: string) => Promise<T>,
): Promise<T> {
  const base = slugify(name) || fallback;
  for (let attempt = 0; ; attempt++) {
    const slug = attempt === 0 ? base : `${base.slice(0, 50)}-${randomBytes(3).toString('hex')}`;
    try {
      return await insert(slug);
    } catch (error) {
      const violated = (error as { driverError?: { constraint?: string } }).driverError?.constraint;
      if (violated !== constraint || attempt + 1 >= SLUG_ATTEMPTS) throw error;
    }
  }
}

/** Characters of a slug's random part: lower-case letters and digits that cannot be confused. */
const RANDOM_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
export const RANDOM_SLUG_PART_LENGTH = 6;

/** A random slug part of RANDOM_SLUG_PART_LENGTH characters (30 bits). */
export function randomSlugPart(): string {
  return [...randomBytes(RANDOM_SLUG_PART_LENGTH)].map((byte) => RANDOM_ALPHABET[byte % 32]).join('');
}

/**
 * Runs `insert` with the slug of `name` followed by a random part, always: a slug then never
 * tells whether another record with the same name exists (a private letter, for instance).
 */
export async function withRandomSlug<T>(
  name: string,
  fallback: string,
  constraint: string,
  insert: (slug: string) => Promise<T>,
): Promise<T> {
  const base = (slugify(name) || fallback).slice(0, MAX_SLUG_LENGTH - RANDOM_SLUG_PART_LENGTH - 1).replace(/-+$/, '');
  for (let attempt = 0; ; attempt++) {
    try {
      return await insert(`${base}-${randomSlugPart()}`);
    } catch (error) {
      const violated = (error as { driverError?: { constraint?: string } }).driverError?.constraint;
      if (violated !== constraint || attempt + 1 >= SLUG_ATTEMPTS) throw error;
    }
  }
}
