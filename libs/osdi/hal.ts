import { badInput } from '@undersigned/common';

/** OSDI's largest page, and the size of a page unless `per_page` asks for fewer. */
export const OSDI_MAX_PAGE_SIZE = 25;
export const OSDI_ORIGIN_SYSTEM = 'Undersigned';
export const OSDI_CONTENT_TYPE = 'application/hal+json; charset=utf-8';
/** Where the `osdi:` link relations are documented (HAL curie). */
export const OSDI_CURIES = [{ name: 'osdi', href: 'https://opensupporter.github.io/osdi-docs/{rel}', templated: true }];

export type HalLink = { href: string };
export type HalObject = Record<string, unknown> & { _links: Record<string, unknown> };

export interface Page {
  page: number;
  perPage: number;
  offset: number;
}

/** `page` (from 1) and `per_page` (1 to 25; more is served as 25, as OSDI's max_pagesize says). */
export function pageOf(query: { page?: unknown; per_page?: unknown }): Page {
  const number = (value: unknown, name: string, fallback: number): number => {
    if (value === undefined || value === '') return fallback;
    if (typeof value !== 'string' || !/^\d{1,9}$/.test(value) || Number(value) < 1) {
      throw badInput(`${name} must be a whole number from 1`);
    }
    return Number(value);
  };
  const page = number(query.page, 'page', 1);
  const perPage = Math.min(number(query.per_page, 'per_page', OSDI_MAX_PAGE_SIZE), OSDI_MAX_PAGE_SIZE);
  return { page, perPage, offset: (page - 1) * perPage };
}

/** The identifier of one of our records, as OSDI names it (`system:id`). */
export function identifiers(id: string): string[] {
  return [`undersigned:${id}`];
}

/** The fields every OSDI resource carries. */
export function resource(id: string, created: Date, modified: Date): Record<string, unknown> {
  return {
    identifiers: identifiers(id),
    origin_system: OSDI_ORIGIN_SYSTEM,
    created_date: created.toISOString(),
    modified_date: modified.toISOString(),
  };
}

/**
 * An OSDI collection: the page's items embedded under `osdi:<rel>` and linked, the paging numbers
 * and `_links.next` / `prev` while there are pages that way.
 */
export function collection(
  rel: string,
  href: string,
  page: Page,
  totalRecords: number,
  items: HalObject[],
): Record<string, unknown> {
  const totalPages = Math.ceil(totalRecords / page.perPage);
  const at = (n: number): HalLink => ({ href: `${href}?page=${n}&per_page=${page.perPage}` });
  return {
    total_pages: totalPages,
    per_page: page.perPage,
    page: page.page,
    total_records: totalRecords,
    _links: {
      self: at(page.page),
      ...(page.page < totalPages ? { next: at(page.page + 1) } : {}),
      ...(page.page > 1 ? { prev: at(Math.min(page.page - 1, Math.max(totalPages, 1))) } : {}),
      [`osdi:${rel}`]: items.map((item) => item._links.self),
      curies: OSDI_CURIES,
    },
    _embedded: { [`osdi:${rel}`]: items },
  };
}

/** A full name split as OSDI wants it: the first word given, the rest family (a one-word name is all given). */
export function splitName(name: string | null): { given_name?: string; family_name?: string } {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (!words.length) return {};
  if (words.length === 1) return { given_name: words[0] };
  return { given_name: words[0], family_name: words.slice(1).join(' ') };
}
