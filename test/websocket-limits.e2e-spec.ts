import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from './support/test-app';

// The WebSocket path runs outside Apollo's HTTP pipeline: the same limits must hold there.

describe('GraphQL over WebSocket', () => {
  let app: TestApp;
  const clients: Client[] = [];

  function client(): Client {
    const created = createClient({
      url: app.url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
    });
    clients.push(created);
    return created;
  }

  /** The first answer to a document: its errors, or how the socket closed. */
  function answer(query: string): Promise<string> {
    return new Promise((resolve) => {
      const dispose = client().subscribe(
        { query },
        {
          next: (value) => {
            resolve(value.errors ? `errors: ${value.errors.map((e) => e.message).join('; ')}` : 'data');
            dispose();
          },
          error: (error: unknown) => {
            if (Array.isArray(error)) resolve(`errors: ${error.map((e: Error) => e.message).join('; ')}`);
            else if (error && typeof error === 'object' && 'code' in error)
              resolve(`closed: ${(error as { code: number }).code}`);
            else resolve(`error: ${String(error)}`);
          },
          complete: () => resolve('complete'),
        },
      );
    });
  }

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await app.close();
  });

  it('serves subscriptions only: a query or a mutation is refused', async () => {
    expect(await answer('{ organisations(first: 1) { totalCount } }')).toMatch(/^errors: Only subscriptions/);
    expect(await answer('mutation { logOut(refreshToken: "x") }')).toMatch(/^errors: Only subscriptions/);
  });

  it('applies the alias and token limits that HTTP applies', async () => {
    const letterId = '00000000-0000-4000-8000-000000000000';
    const fields = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: signed`).join(' ');
    const aliases = await answer(`subscription { letterCountsChanged(letterId: "${letterId}") { ${fields(50)} } }`);
    expect(aliases).toMatch(/^errors: .*[Aa]lias/);
    const tokens = await answer(`subscription { letterCountsChanged(letterId: "${letterId}") { ${fields(1_500)} } }`);
    expect(tokens).toMatch(/^(errors|closed)/);
    expect(tokens).not.toBe('closed: 1009');
  });

  it('closes a connection that sends a message larger than subscriptions need', async () => {
    const huge = `subscription { __typename ${' '.repeat(200_000)} }`;
    expect(await answer(huge)).toBe('closed: 1009');
  });
});
