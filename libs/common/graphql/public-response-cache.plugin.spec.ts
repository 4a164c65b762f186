import { ApolloServer, HeaderMap } from '@apollo/server';
import { publicResponseCachePlugin } from './public-response-cache.plugin';

describe('publicResponseCachePlugin', () => {
  let executions = 0;
  let failNext = false;
  const server = new ApolloServer({
    typeDefs: `type Letter { title: String! body: String! } type Query { letter(slug: String!, size: Int): Letter }`,
    resolvers: {
      Query: {
        letter: async (_: unknown, { slug, size }: { slug: string; size?: number }) => {
          executions += 1;
          // Long enough for every caller of a crowd to arrive while the first is executing.
          await new Promise((resolve) => setTimeout(resolve, 20));
          return slug === 'private' ? null : { title: slug, body: 'x'.repeat(size ?? 10) };
        },
      },
    },
    plugins: [
      publicResponseCachePlugin({
        ttlMs: 60_000,
        maxTotalChars: 100_000,
        maxEntryChars: 50_000,
        publicRootFields: ['letter'],
        // Long enough for a crowd to be answered by one execution on a loaded machine (at 300 ms, a
        // loaded 2-core machine saw a second execution), short enough for the test of a lost one.
        maxWaitMs: 3_000,
      }),
      {
        // A plugin that fails a request between the cache's hooks: its willSendResponse never runs.
        async requestDidStart() {
          return {
            async executionDidStart({ request }) {
              if (request.variables?.slug === 'stuck' && failNext) {
                failNext = false;
                throw new Error('failed between hooks');
              }
            },
          };
        },
      },
    ],
  });

  beforeAll(() => server.start());
  afterAll(() => server.stop());
  beforeEach(() => (executions = 0));

  async function ask(variables: Record<string, unknown>, authorization?: string): Promise<string> {
    const headers = new HeaderMap([['content-type', 'application/json']]);
    if (authorization) headers.set('authorization', authorization);
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers,
        search: '',
        body: {
          query: 'query($slug: String!, $size: Int) { letter(slug: $slug, size: $size) { title body } }',
          variables,
        },
      },
      context: async () => ({}),
    });
    return response.body.kind === 'complete' ? response.body.string : '';
  }

  it('executes a repeated anonymous query once, whatever undeclared variables come with it', async () => {
    for (let i = 0; i < 500; i++) expect(await ask({ slug: 'open', junk: i })).toContain('"title":"open"');
    expect(executions).toBe(1);
  });

  it('executes a crowd arriving at once only once, and a crowd asking what may not be kept each time', async () => {
    const crowd = await Promise.all(Array.from({ length: 50 }, () => ask({ slug: 'crowded' })));
    expect(crowd.every((body) => body.includes('"title":"crowded"'))).toBe(true);
    expect(executions).toBe(1);
    executions = 0;
    const refused = await Promise.all(Array.from({ length: 5 }, () => ask({ slug: 'private' })));
    expect(refused.every((body) => body.includes('"letter":null'))).toBe(true);
    expect(executions).toBe(5);
  });

  it('lets those waiting execute themselves when the execution they wait for never answers', async () => {
    failNext = true;
    const first = ask({ slug: 'stuck' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const crowd = await Promise.all(Array.from({ length: 5 }, () => ask({ slug: 'stuck' })));
    expect(crowd.every((body) => body.includes('"title":"stuck"'))).toBe(true);
    await first;
    // Then the next to miss executes anew: the key is not held by the lost execution.
    expect(await ask({ slug: 'stuck' })).toContain('"title":"stuck"');
  });

  it('executes for every caller with a token, and for every answer that found nothing', async () => {
    for (let i = 0; i < 3; i++) await ask({ slug: 'mine' }, 'Bearer t');
    for (let i = 0; i < 3; i++) await ask({ slug: 'private' });
    expect(executions).toBe(6);
  });

  it('never keeps an answer over its size bound, and keeps within its total', async () => {
    for (let i = 0; i < 3; i++) await ask({ slug: 'huge', size: 60_000 });
    expect(executions).toBe(3);
    // Forty answers of ~10,000 characters exceed the 100,000 in all: the oldest are dropped.
    for (let i = 0; i < 40; i++) await ask({ slug: `letter-${i}`, size: 10_000 });
    executions = 0;
    await ask({ slug: 'letter-0', size: 10_000 });
    await ask({ slug: 'letter-39', size: 10_000 });
    expect(executions).toBe(1); // letter-0 was dropped; letter-39 is still kept
  });
});
