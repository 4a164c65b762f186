import DataLoader from 'dataloader';
import type { AuthenticatedRequest } from '../auth/request-of';
import { badInput } from '../errors';

/** The GraphQL context: the request and the DataLoaders built for this request only. */
export interface RequestContext {
  req: AuthenticatedRequest;
  loaders: Map<string, DataLoader<unknown, unknown>>;
  /** Characters of text (every String field: bodies, diffs, names) this response carries so far. */
  textSent: number;
  /** Set once the response went over RESPONSE_TEXT_BUDGET: it then answers one error (textBudgetPlugin). */
  textOverBudget?: boolean;
}

export function createRequestContext(req: AuthenticatedRequest): RequestContext {
  return { req, loaders: new Map(), textSent: 0 };
}

/**
 * Text one response may carry, all aliases, lists and fields together: a few full letters'
 * worth. Lists and aliases are bounded, but their product times 200,000-character bodies is not.
 * Every String field counts (countTextAgainstBudget in ./text-budget.ts).
 */
export const RESPONSE_TEXT_BUDGET = 2_000_000;

/** Counts `text` against this response's budget; BAD_USER_INPUT once it would be exceeded. */
export function spendText(context: RequestContext, text: string): string {
  context.textSent += text.length;
  if (context.textSent > RESPONSE_TEXT_BUDGET) {
    context.textOverBudget = true;
    throw badInput(
      `This response would carry more than ${RESPONSE_TEXT_BUDGET} characters of text: ask for fewer items or fields at once`,
    );
  }
  return text;
}

/** This request's loader named `key`, built on first use so that batches never cross requests. */
export function loaderFor<K, V>(context: RequestContext, key: string, build: () => DataLoader<K, V>): DataLoader<K, V> {
  let loader = context.loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = build();
    context.loaders.set(key, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders batch results to match the keys, as DataLoader requires. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

/** Groups batch results by key, in the keys' order, as DataLoader requires for one-to-many. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
