import { cacheExchange } from '@urql/exchange-graphcache';
import { createClient as createWsClient } from 'graphql-ws';
import { Client, fetchExchange, subscriptionExchange } from 'urql';
import { session, setSession } from './auth';
import { graphql } from './gql';
import type { LiveCountsFragment } from './gql/graphql';

const REFRESH = `mutation Refresh($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) { accessToken refreshToken user { id name } }
}`;

let refreshing: Promise<boolean> | null = null;

/** Rotates the refresh token once for every request that found its access token expired. */
function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    const known = session();
    if (!known) return false;
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: REFRESH, variables: { refreshToken: known.refreshToken } }),
    });
    const body = (await response.json()) as {
      data?: { refreshSession: { accessToken: string; refreshToken: string; user: { id: string; name: string } } };
    };
    const next = body.data?.refreshSession;
    setSession(
      next
        ? { accessToken: next.accessToken, refreshToken: next.refreshToken, userId: next.user.id, name: next.user.name }
        : null,
    );
    return Boolean(next);
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

function withToken(init: RequestInit | undefined): RequestInit {
  const headers = new Headers(init?.headers);
  const token = session()?.accessToken;
  if (token) headers.set('authorization', `Bearer ${token}`);
  else headers.delete('authorization');
  return { ...init, headers };
}

/** Whether a GraphQL response says the access token was refused (not merely contains the word). */
export function refusedToken(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] } | null;
    return (parsed?.errors ?? []).some((error) => error?.extensions?.code === 'UNAUTHENTICATED');
  } catch {
    return false;
  }
}

/** Whether a request's body carries a mutation: those are never sent twice without the person asking. */
function isMutation(init: RequestInit | undefined): boolean {
  if (typeof init?.body !== 'string') return true;
  try {
    const { query } = JSON.parse(init.body) as { query?: unknown };
    return typeof query !== 'string' || /(?:^|\})\s*mutation\b/.test(query);
  } catch {
    return true;
  }
}

/**
 * fetch with the session's token. An expired access token is refreshed once; a query or
 * subscription is then repeated, a mutation is not (its error asks the person to try again).
 */
async function authFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const sent = session()?.accessToken;
  const response = await fetch(input, withToken(init));
  if (!sent) return response;
  if (!refusedToken(await response.clone().text())) return response;
  if (!(await refresh()) || isMutation(init)) return response;
  return fetch(input, withToken(init));
}

const countsFragment = graphql(`
  fragment LiveCounts on Letter {
    id
    counts {
      ...LetterCountFields
    }
  }
`);

/**
 * The app's chosen locale (LocaleRoot keeps it on `<html lang>`), sent as Accept-Language so that the
 * mails a request causes (a signature's confirmation, a guest's receipt) are written in the page's
 * language; and the reader's time zone (X-Time-Zone), in which those mails name an embargo's hour.
 */
function pageLanguageHeaders(): Record<string, string> {
  const locale = document.documentElement.lang;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return { ...(locale ? { 'accept-language': locale } : {}), ...(timeZone ? { 'x-time-zone': timeZone } : {}) };
}

export function createClient(): Client {
  const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const ws = createWsClient({
    url: wsUrl,
    lazy: true,
    connectionParams: () => {
      const token = session()?.accessToken;
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    retryAttempts: 20,
    shouldRetry: () => true,
  });
  return new Client({
    url: '/graphql',
    fetch: authFetch,
    fetchOptions: () => ({ headers: pageLanguageHeaders() }),
    preferGetMethod: false,
    exchanges: [
      cacheExchange({
        keys: {
          LetterCounts: () => null,
          PageInfo: () => null,
          SignatoryConnection: () => null,
          SignatoryEdge: () => null,
          Signatory: () => null,
          EndorsementConnection: () => null,
          EndorsementEdge: () => null,
          LetterConnection: () => null,
          LetterEdge: () => null,
          OrganisationConnection: () => null,
          OrganisationEdge: () => null,
          AuthPayload: () => null,
          DeliveryEvent: () => null,
          TwoFactorSetup: () => null,
          ReceiptVerification: () => null,
          CoLeadRequest: () => null,
          Targeting: () => null,
          Area: () => null,
          PetitionSettings: () => null,
        },
        updates: {
          Subscription: {
            // The counts carry no letter id: file them under the letter the subscription names.
            letterCountsChanged(result, args, cache) {
              const counts = (result as { letterCountsChanged: LiveCountsFragment['counts'] }).letterCountsChanged;
              cache.writeFragment(countsFragment, { id: args.letterId as string, counts });
            },
          },
        },
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}
