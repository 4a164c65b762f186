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
