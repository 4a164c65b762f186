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
