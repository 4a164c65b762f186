import { createPublicKey, verify } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { graphql } from '../gql';

export interface ReceivedCall {
  path: string;
  headers: IncomingHttpHeaders;
  /** The raw body, exactly as received. */
  body: string;
  /** The status answered. */
  answered: number;
}

/**
 * A webhook receiver on 127.0.0.1 (node:http): records every call, and answers each path with the
 * statuses queued for it (then 200).
 */
export class WebhookReceiver {
  readonly calls: ReceivedCall[] = [];
  private readonly answers = new Map<string, number[]>();
  private server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const path = req.url ?? '/';
        const answered = this.answers.get(path)?.shift() ?? 200;
        this.calls.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), answered });
        res.writeHead(answered, { 'content-type': 'text/plain' }).end(answered < 300 ? 'ok' : 'not now');
      });
    });
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** The next answers to calls on `path` (a 200 once they are used up). */
  answer(path: string, ...statuses: number[]): void {
    this.answers.set(path, [...(this.answers.get(path) ?? []), ...statuses]);
  }

  on(path: string): ReceivedCall[] {
    return this.calls.filter((call) => call.path === path);
  }

  async stop(): Promise<void> {
    await new Promise<void>((done) => (this.server ? this.server.close(() => done()) : done()));
  }
}

/** The headers as standardwebhooks' verify takes them. */
function standardHeaders(call: ReceivedCall): Record<string, string> {
  return {
    'webhook-id': String(call.headers['webhook-id']),
    'webhook-timestamp': String(call.headers['webhook-timestamp']),
    'webhook-signature': String(call.headers['webhook-signature']),
  };
}

/** Whether the official library (`v1`, HMAC-SHA256) accepts the call with `secret`. */
export function verifiesV1(call: ReceivedCall, secret: string, body = call.body): boolean {
  try {
    new StandardWebhook(secret).verify(body, standardHeaders(call));
    return true;
  } catch {
    return false;
  }
}

/** Whether a `v1a` entry is an Ed25519 signature of `id.timestamp.body` by the whpk_ public key. */
export function verifiesV1a(call: ReceivedCall, publicKey: string, body = call.body): boolean {
  const key = createPublicKey({
    key: {
      kty: 'OKP',
      crv: 'Ed25519',
      x: Buffer.from(publicKey.replace(/^whpk_/, ''), 'base64').toString('base64url'),
    },
    format: 'jwk',
  });
  const content = Buffer.from(`${call.headers['webhook-id']}.${call.headers['webhook-timestamp']}.${body}`);
  return String(call.headers['webhook-signature'])
    .split(' ')
    .filter((entry) => entry.startsWith('v1a,'))
    .some((entry) => verify(null, content, key, Buffer.from(entry.slice(4), 'base64')));
}

/** The body with one byte changed. */
export function alteredByOneByte(body: string): string {
  const bytes = Buffer.from(body, 'utf8');
  const at = Math.floor(bytes.length / 2);
  bytes[at] = bytes[at] === 0x41 ? 0x42 : 0x41;
  return bytes.toString('utf8');
}

export interface ParsedEvent {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

export function eventOf(call: ReceivedCall): ParsedEvent {
  return JSON.parse(call.body) as ParsedEvent;
}

export const CREATE_WEBHOOK = graphql(`
  mutation WebhooksCreate($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      secret
      webhook {
        id
        url
        events
        letterId
        enabled
        publicKey
      }
    }
  }
`);
