import { createServer, type Server, type Socket } from 'node:net';
import { RefusedAddressError, type Resolver } from './network-guard';
import { postWebhook } from './webhook-http';

/** A TCP listener on 127.0.0.1 that records each connection and drops it. */
async function listener(): Promise<{ server: Server; port: number; connections: Socket[] }> {
  const connections: Socket[] = [];
  const server = createServer((socket) => {
    connections.push(socket);
    socket.destroy();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, port: address.port, connections };
}

/** Answers 127.0.0.1 the first time, then an address elsewhere (DNS rebinding); counts its calls. */
function rebinding(): Resolver & { calls: number } {
  const resolve = Object.assign(
    async (): Promise<{ address: string; family: number }[]> => {
      resolve.calls += 1;
      return [{ address: resolve.calls === 1 ? '127.0.0.1' : '192.0.2.1', family: 4 }];
    },
    { calls: 0 },
  );
  return resolve;
}

describe('postWebhook connects to the address it checked', () => {
  for (const scheme of ['http', 'https'] as const) {
    it(`over ${scheme}: the name is resolved once, and the socket goes to that answer`, async () => {
      const { server, port, connections } = await listener();
      const resolve = rebinding();
      try {
        // The listener drops the connection (no HTTP answer, no TLS handshake): an error, after connecting.
        await expect(
          postWebhook({
            url: new URL(`${scheme}://rebinding.invalid:${port}/hook`),
            headers: {},
            body: '{}',
            allowPrivateNetworks: true,
            resolve,
          }),
        ).rejects.toThrow();
        expect(connections).toHaveLength(1);
        expect(resolve.calls).toBe(1);
      } finally {
        server.close();
      }
    });
  }

  it('refuses a name one of whose addresses is private, before connecting', async () => {
    const resolve: Resolver = async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '::ffff:10.0.0.1', family: 6 },
    ];
    await expect(
      postWebhook({
        url: new URL('https://mixed.invalid/'),
        headers: {},
        body: '{}',
        allowPrivateNetworks: false,
        resolve,
      }),
    ).rejects.toBeInstanceOf(RefusedAddressError);
  });
});

describe('postWebhook against a slow receiver', () => {
  it('settles by its timeout when the receiver trickles its answer a byte at a time', async () => {
    const { createServer: createHttpServer } = await import('node:http');
    const timers: NodeJS.Timeout[] = [];
    const server = createHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      timers.push(setInterval(() => res.write('x'), 100));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    const started = Date.now();
    try {
      const settled = await Promise.race([
        postWebhook({
          url: new URL(`http://127.0.0.1:${address.port}/slow`),
          headers: {},
          body: '{}',
          allowPrivateNetworks: true,
          timeoutMs: 1_000,
        }).then(
          (answer) => `answered ${answer.status}`,
          (error: NodeJS.ErrnoException) => `failed ${error.code}`,
        ),
        new Promise<string>((done) => setTimeout(() => done('still waiting'), 5_000)),
      ]);
      expect(settled).not.toBe('still waiting');
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      for (const timer of timers) clearInterval(timer);
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('postWebhook against a name that never resolves', () => {
  it('gives up by its timeout, the resolution included', async () => {
    const never: Resolver = () => new Promise(() => undefined);
    const settled = await Promise.race([
      postWebhook({
        url: new URL('https://slow-dns.invalid/'),
        headers: {},
        body: '{}',
        allowPrivateNetworks: false,
        resolve: never,
        timeoutMs: 500,
      }).then(
        () => 'answered',
        (error: NodeJS.ErrnoException) => `failed ${error.code}`,
      ),
      new Promise<string>((done) => setTimeout(() => done('still waiting'), 3_000)),
    ]);
    expect(settled).toBe('failed ETIMEDOUT');
  });
});
