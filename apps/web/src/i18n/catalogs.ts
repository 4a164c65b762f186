import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { RTL_PSEUDO_LOCALE, SOURCE_LOCALE } from './locale';
import { mirrored } from './pseudo-locale';

/** A catalog as the app receives it: each message precompiled to its syntax tree at build (vite.config.mts). */
export type CompiledCatalog = Record<string, MessageFormatElement[]>;

// One chunk per catalog, fetched only for the language shown: adding `messages/<locale>.json` adds the language.
const LOADERS = import.meta.glob<CompiledCatalog>('../messages/*.json', { import: 'default' });

function localeOfPath(path: string): string {
  return /([^/]+)\.json$/.exec(path)?.[1] ?? path;
}

/** The locales that have a catalog, the source first. */
export const AVAILABLE_LOCALES: readonly string[] = Object.keys(LOADERS)
  .map(localeOfPath)
  .sort((a, b) => (a === SOURCE_LOCALE ? -1 : b === SOURCE_LOCALE ? 1 : a.localeCompare(b)));

/** The messages of a locale (the pseudo-locale is made from the source catalog). */
export async function loadCatalog(locale: string): Promise<CompiledCatalog> {
  const source = locale === RTL_PSEUDO_LOCALE ? SOURCE_LOCALE : locale;
  const loader = LOADERS[`../messages/${source}.json`];
  if (!loader) throw new Error(`no catalog for ${source}`);
  const catalog = await loader();
  return locale === RTL_PSEUDO_LOCALE ? mirrored(catalog) : catalog;
}
