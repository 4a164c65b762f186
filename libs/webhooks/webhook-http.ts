import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { resolveTarget, type Resolver } from './network-guard';

/** Standard Webhooks: 15 to 30 seconds; a receiver that has not answered by then is tried again later. */
export const WEBHOOK_TIMEOUT_MS = 15_000;
/** What is read of a receiver's answer (for the delivery's note): the rest is dropped. */
const MAX_ANSWER_BYTES = 4096;

export interface WebhookRequest {
  url: URL;
  headers: Record<string, string>;
  body: string;
  allowPrivateNetworks: boolean;
  /** The name's resolution (node:dns unless given): asked once, its checked answer used for the connection. */
  resolve?: Resolver;
  /** The whole call's bound (WEBHOOK_TIMEOUT_MS unless given). */
  timeoutMs?: number;
}

export interface WebhookAnswer {
  status: number;
  /** The start of the answer's body, at most MAX_ANSWER_BYTES. */
  body: string;
}

/**
 * POSTs one webhook call: the host resolved once and checked by the network guard, the connection
 * made to that address (TLS still checks the name), redirects not followed (node:http never does),
 * the whole call bounded by WEBHOOK_TIMEOUT_MS and the answer read only so far.
 */
export async function postWebhook(call: WebhookRequest): Promise<WebhookAnswer> {
  const timeoutMs = call.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const started = Date.now();
  const timedOut = (): NodeJS.ErrnoException => {
    const error = new Error(`no answer within ${timeoutMs / 1000} s`) as NodeJS.ErrnoException;
    error.code = 'ETIMEDOUT';
    return error;
  };
  // The name's resolution counts against the call's bound too (a slow name server holds no slot longer).
  let resolving: NodeJS.Timeout | undefined;
  const target = await Promise.race([
    resolveTarget(call.url, call.allowPrivateNetworks, call.resolve),
    new Promise<never>((_resolve, reject) => {
      resolving = setTimeout(() => reject(timedOut()), timeoutMs);
    }),
  ]).finally(() => clearTimeout(resolving));
  // Every lookup the socket makes answers the address checked above.
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const request = call.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<WebhookAnswer>((resolve, reject) => {
    const req = request(
      call.url,
      {
        method: 'POST',
        lookup: pinned,
        headers: { ...call.headers, 'content-length': String(Buffer.byteLength(call.body)) },
        agent: false,
      },
      (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const done = (): void => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
        };
        res.on('data', (chunk: Buffer) => {
          if (size >= MAX_ANSWER_BYTES) return;
          chunks.push(chunk.subarray(0, MAX_ANSWER_BYTES - size));
          size += chunk.length;
          // Enough read: the rest of a long answer is not waited for.
          if (size >= MAX_ANSWER_BYTES) {
            res.destroy();
            done();
          }
        });
        res.on('end', done);
        res.on('error', () => done());
      },
    );
    const timer = setTimeout(() => req.destroy(timedOut()), Math.max(0, timeoutMs - (Date.now() - started)));
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    req.end(call.body);
  });
}
