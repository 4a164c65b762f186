import { createHash } from 'node:crypto';
import {
  HeaderMap,
  type ApolloServerPlugin,
  type BaseContext,
  type GraphQLRequestContextWillSendResponse,
  type GraphQLResponse,
} from '@apollo/server';
import { isAnonymousPublicResult } from './public-read-cache.plugin';

export interface PublicResponseCacheOptions {
  /** How long an answer is reused; 0 turns the cache off. */
  ttlMs: number;
  /** Characters of JSON the cache holds in all; the oldest answers go first. */
  maxTotalChars: number;
  /** A larger answer is never kept: a page of a letter is far smaller. */
  maxEntryChars: number;
  /** Root query fields that read only what anyone may see. */
  publicRootFields: readonly string[];
  /** How long callers wait for another's execution of the same query (MAX_WAIT_MS by default). */
  maxWaitMs?: number;
  /**
   * Called once with a function that forgets every answer kept: for a change that makes answers
   * wrong before they expire (a letter under embargo published: lists and counts must show it at once).
   */
  forgetAllWhen?: (forget: () => void) => void;
}

/**
 * How long callers wait for another's execution of the same query: past it (an execution that never
 * answers, or a slow one) they execute themselves, and the next to miss executes anew.
 */
export const MAX_WAIT_MS = 5_000;

interface Execution {
  since: number;
  answer: Promise<Record<string, unknown> | undefined>;
}

/** What `answer` settles to, or undefined once `ms` have passed. */
async function within<T>(answer: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
    timer.unref();
  });
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}

interface Entry {
  expires: number;
  chars: number;
  data: Record<string, unknown>;
}

/**
 * A public letter's page is read by crowds without a token: the same query with the same
 * variables, thousands of times a second. This process answers such a query from the answer it
 * gave less than `ttlMs` ago, without executing it, so that a crowd reaches PostgreSQL about once
 * per `ttlMs` per process. Only answers that `isAnonymousPublicResult` would let any shared HTTP
 * cache keep are kept (anonymous, public root fields, found, no error): the same rule, over POST
 * too. Public fields must therefore depend on nothing but the query and its variables (never on
 * the client's address or headers). What it serves is at most `ttlMs` older than the truth.
 *
 * A crowd arriving together, or when an answer expires, executes it once: the first caller to miss
 * executes, and those asking the same while it runs wait for its answer (and execute themselves if
 * that answer may not be kept, or has not come within MAX_WAIT_MS).
 *
 * Bounded by size, not by count: the key is a hash of the document and of the variables the
 * operation declares (undeclared ones change no answer, so they make no new entry), answers over
 * `maxEntryChars` are not kept, and expired entries are swept as new ones arrive.
 */
export function publicResponseCachePlugin(options: PublicResponseCacheOptions): ApolloServerPlugin<BaseContext> {
  const publicFields = new Set([...options.publicRootFields, '__typename']);
  const maxWaitMs = options.maxWaitMs ?? MAX_WAIT_MS;
  const entries = new Map<string, Entry>();
  /** Answers being executed now, by key: what they will keep (undefined if nothing), since when. */
  const executing = new Map<string, Execution>();
  let totalChars = 0;
  const drop = (key: string, entry: Entry): void => {
    entries.delete(key);
    totalChars -= entry.chars;
  };
  options.forgetAllWhen?.(() => {
    entries.clear();
    totalChars = 0;
  });
  const sweep = (now: number): void => {
    // Entries are in insertion order, and every one lives ttlMs: the expired ones come first.
    for (const [key, entry] of entries) {
      if (entry.expires > now && totalChars <= options.maxTotalChars) break;
      drop(key, entry);
    }
  };
  /** Keeps the answer if any shared cache could; returns what it kept. */
  const keep = (key: string, requestContext: GraphQLRequestContextWillSendResponse<BaseContext>) => {
    if (!isAnonymousPublicResult(requestContext, publicFields)) return undefined;
    if (requestContext.response.body.kind !== 'single') return undefined;
    const data = requestContext.response.body.singleResult.data as Record<string, unknown>;
    const chars = JSON.stringify(data).length;
    if (chars > options.maxEntryChars) return undefined;
    const now = Date.now();
    const previous = entries.get(key);
    if (previous) drop(key, previous);
    entries.set(key, { expires: now + options.ttlMs, chars, data });
    totalChars += chars;
    sweep(now);
    return data;
  };
  return {
    async requestDidStart({ request }) {
      if (options.ttlMs <= 0 || !request.http || request.http.headers.get('authorization') !== undefined) return;
      let key: string | undefined;
      let hit = false;
      let settle: ((kept: Record<string, unknown> | undefined) => void) | undefined;
      let mine: Execution | undefined;
      const answer = (data: Record<string, unknown>): GraphQLResponse => {
        hit = true;
        return {
          http: { status: undefined, headers: new HeaderMap() },
          body: { kind: 'single', singleResult: { data } },
        };
      };
      return {
        async responseForOperation({ operation, queryHash }): Promise<GraphQLResponse | null> {
          if (operation.operation !== 'query') return null;
          const declared = (operation.variableDefinitions ?? []).map((d) => d.variable.name.value).sort();
          const variables = declared.map((name) => [name, request.variables?.[name] ?? null]);
          key = createHash('sha256')
            .update(JSON.stringify([queryHash, operation.name?.value ?? null, variables]))
            .digest('base64url');
          const entry = entries.get(key);
          if (entry && entry.expires > Date.now()) return answer(entry.data);
          const running = executing.get(key);
          const waitMs = running ? running.since + maxWaitMs - Date.now() : 0;
          if (running && waitMs > 0) {
            const kept = await within(running.answer, waitMs);
            return kept ? answer(kept) : null;
          }
          // The first to miss executes (or the next, if the one before has not answered in time).
          mine = { since: Date.now(), answer: new Promise((resolve) => (settle = resolve)) };
          executing.set(key, mine);
          return null;
        },
        async willSendResponse(requestContext) {
          if (hit || !key) return;
          let kept: Record<string, unknown> | undefined;
          try {
            kept = keep(key, requestContext);
          } finally {
            if (mine && executing.get(key) === mine) executing.delete(key);
            settle?.(kept);
          }
        },
      };
    },
  };
}
