import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@undersigned/common';
import { BoundedCache } from './bounded-cache';
import { isPseudoAreaCode, spacedPostcode } from './postcode';

/** The area type postcodes.io answers for: Westminster constituencies. */
export const WESTMINSTER = 'WMC';

const MAX_ENTRIES = 10_000;
const FOUND_TTL_MS = 24 * 3600_000;
// A postcode unknown today may be issued tomorrow.
const NOT_FOUND_TTL_MS = 3600_000;
const MAX_BODY_BYTES = 256 * 1024;
// Distinct postcodes asked at once, at most: a public query must not make us flood the service.
const MAX_IN_FLIGHT = 50;

export interface LookedUpArea {
  code: string;
  name: string;
  type: string;
}

/** The postcode service timed out, failed (5xx) or answered nonsense: ask again later. */
export class LookupUnavailableError extends Error {
  constructor(reason: string) {
    super(`Postcode lookup unavailable: ${reason}`);
    this.name = 'LookupUnavailableError';
  }
}

interface PostcodesIoAnswer {
  result?: { parliamentary_constituency?: unknown; codes?: { parliamentary_constituency?: unknown } };
}

/**
 * Asks a postcodes.io-compatible service (POSTCODE_LOOKUP_URL) for a postcode's Westminster
 * constituency. Answers, found or not, are kept in a bounded in-process cache; failures are not,
 * and concurrent questions about one postcode share one request.
 */
@Injectable()
export class PostcodeLookupClient {
  private readonly logger = new Logger(PostcodeLookupClient.name);
  private readonly cache = new BoundedCache<LookedUpArea | null>(MAX_ENTRIES);
  private readonly inFlight = new Map<string, Promise<LookedUpArea | null>>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get configured(): boolean {
    return this.config.postcodeLookupUrl !== undefined;
  }

  /** The constituency of a normalised postcode, null when the service does not know it (or it is terminated). */
  async constituency(postcode: string): Promise<LookedUpArea | null> {
    const hit = this.cache.get(postcode);
    if (hit !== undefined) return hit;
    const pending = this.inFlight.get(postcode);
    if (pending) return pending;
    if (this.inFlight.size >= MAX_IN_FLIGHT) throw new LookupUnavailableError('too many lookups at once');
    const request = this.ask(postcode).finally(() => this.inFlight.delete(postcode));
    this.inFlight.set(postcode, request);
    const area = await request;
    this.cache.set(postcode, area, area ? FOUND_TTL_MS : NOT_FOUND_TTL_MS);
    return area;
  }

  private async ask(postcode: string): Promise<LookedUpArea | null> {
    const base = this.config.postcodeLookupUrl;
    if (!base) return null;
    let response: Response;
    try {
      response = await fetch(`${base}/postcodes/${encodeURIComponent(spacedPostcode(postcode))}`, {
        headers: { accept: 'application/json' },
        // The service answers itself or not at all: a redirect could send us (and the postcode) anywhere.
        redirect: 'error',
        signal: AbortSignal.timeout(this.config.postcodeLookupTimeoutMs),
      });
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? 'timed out' : 'unreachable';
      this.logger.warn(`postcode lookup ${reason}`);
      throw new LookupUnavailableError(reason);
    }
    // 404 covers both an unknown postcode and a terminated one (its body then has `terminated`).
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      this.logger.warn(`postcode lookup answered ${response.status}`);
      throw new LookupUnavailableError(`status ${response.status}`);
    }
    const answer = await this.readJson(response);
    const code = answer.result?.codes?.parliamentary_constituency;
    const name = answer.result?.parliamentary_constituency;
    if (code === null || code === undefined) return null;
    if (typeof code !== 'string' || !/^[A-Z]\d{8}$/.test(code)) throw new LookupUnavailableError('unexpected answer');
    if (isPseudoAreaCode(code)) return null;
    return {
      code,
      name: typeof name === 'string' && name.trim() ? name.trim().slice(0, 200) : code,
      type: WESTMINSTER,
    };
  }

  private async readJson(response: Response): Promise<PostcodesIoAnswer> {
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_BODY_BYTES) {
      await response.body?.cancel();
      throw new LookupUnavailableError('answer too large');
    }
    try {
      const text = await response.text();
      if (text.length > MAX_BODY_BYTES) throw new Error('too large');
      return JSON.parse(text) as PostcodesIoAnswer;
    } catch {
      throw new LookupUnavailableError('unreadable answer');
    }
  }
}
