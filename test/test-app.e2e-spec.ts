import { startTestApp } from './support/test-app';

/** Listening servers in this worker process: what keeps it from exiting when Jest ends it. */
function listeningServers(): number {
  return process.getActiveResourcesInfo().filter((kind) => kind === 'TCPServerWrap').length;
}

// The harness itself: a test app closed leaves nothing listening, or Jest force-exits the worker
// that ran it at the end of the run.
describe('the test app', () => {
  it('leaves nothing listening once closed', async () => {
    const before = listeningServers();
    const api = await startTestApp({});
    expect(listeningServers()).toBe(before + 1);
    await api.close();
    expect(listeningServers()).toBe(before);
  });
});
