import type { Request } from 'express';

/** What an API key stands for: an organisation, acted for with a COORDINATOR's rights at most. */
export interface ApiKeyPrincipal {
  /** The key's id (not its token). */
  id: string;
  organisationId: string;
}

/** Every API key token begins with this, so the guard tells it from an access token (a JWT) at a glance. */
export const API_KEY_PREFIX = 'usk_';

/** The header Action Network (and OSDI clients generally) send an API key in. */
export const OSDI_TOKEN_HEADER = 'osdi-api-token';

/**
 * The user id an API key's actor carries: no account has it (ids are random v4 UUIDs), so every
 * membership lookup by user finds nothing and a step written for people refuses a key (fail closed).
 */
export const API_KEY_USER_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The API key a request presents (`Authorization: Bearer usk_…`, or `OSDI-API-Token` on the OSDI API),
 * or null. OSDI's header counts under /osdi/ only: elsewhere the caches take a request without
 * `Authorization` for an anonymous one (public-read-cache.plugin.ts), so it must be one.
 */
export function presentedApiKey(request: Pick<Request, 'headers'> & { originalUrl?: string }): string | null {
  const osdi = request.headers?.[OSDI_TOKEN_HEADER];
  if (typeof osdi === 'string' && osdi && request.originalUrl?.startsWith('/osdi/')) return osdi;
  const authorization = request.headers?.authorization;
  const match = typeof authorization === 'string' ? /^Bearer\s+(\S+)$/i.exec(authorization) : null;
  return match && match[1].startsWith(API_KEY_PREFIX) ? match[1] : null;
}

/**
 * Turns a presented API key into what it stands for, at each request (a revoked key fails at once:
 * nothing is cached). Provided by the organisations context, which owns the api_keys table (common
 * cannot import it). Also counts the key's requests against API_KEY_RATE_LIMIT.
 */
export abstract class ApiKeyRegistry {
  /** The key's principal; null when no live key has this token. RATE_LIMITED past the key's budget. */
  abstract authenticate(token: string): Promise<ApiKeyPrincipal | null>;
}
