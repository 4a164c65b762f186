import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PostcodeAnswer {
  status: 200 | 301 | 404 | 500 | 'slow';
  constituency?: { code: string; name: string };
  /** Where a 301 sends the client. */
  location?: string;
  terminated?: boolean;
}

/**
 * A local HTTP server answering `GET /postcodes/:postcode` the way postcodes.io does: found
 * (200 with `result.codes.parliamentary_constituency`), not found (404), terminated (404 with
 * `terminated`), failing (500), or slow (no answer until the test ends).
 */
export class PostcodesIo {
  readonly requests: string[] = [];
  private server?: Server;
  private readonly hanging = new Set<ServerResponse>();

  constructor(private readonly answers: Record<string, PostcodeAnswer>) {}

  get url(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => this.answer(request, response));
    await new Promise<void>((done) => this.server?.listen(0, '127.0.0.1', done));
  }

  async stop(): Promise<void> {
    for (const response of this.hanging) response.destroy();
    this.server?.closeAllConnections();
    await new Promise((done) => this.server?.close(done));
  }

  private answer(request: IncomingMessage, response: ServerResponse): void {
    const match = /^\/postcodes\/([^/?]+)$/.exec(request.url ?? '');
    const postcode = match ? decodeURIComponent(match[1]) : '';
    this.requests.push(postcode);
    const known = this.answers[postcode.toUpperCase()];
    const json = (status: number, body: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (!known || known.status === 404) {
      json(404, {
        status: 404,
        error: 'Postcode not found',
        ...(known?.terminated ? { terminated: { postcode, year_terminated: 2019, month_terminated: 6 } } : {}),
      });
    } else if (known.status === 301) {
      response.writeHead(301, { location: known.location ?? '/' });
      response.end();
    } else if (known.status === 500) {
      json(500, { status: 500, error: 'Internal server error' });
    } else if (known.status === 'slow') {
      this.hanging.add(response);
    } else {
      json(200, {
        status: 200,
        result: {
          postcode,
          parliamentary_constituency: known.constituency?.name,
          codes: { parliamentary_constituency: known.constituency?.code },
        },
      });
    }
  }
}
