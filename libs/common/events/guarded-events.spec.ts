import { PubSub } from 'graphql-subscriptions';
import { notFound } from '../errors/domain-error';
import { deniedAsFalse, guardedEvents } from './guarded-events';

interface Event {
  letterId: string;
  n: number;
}

describe('guardedEvents', () => {
  it('passes matching events while allowed, skips others, and ends once access is lost', async () => {
    const pubsub = new PubSub();
    let allowed = true;
    const events = guardedEvents(pubsub.asyncIterableIterator<Event>('t'), {
      matches: (event) => event.letterId === 'a',
      mayReceive: async () => allowed,
    });
    const first = events.next();
    await pubsub.publish('t', { letterId: 'b', n: 1 });
    await pubsub.publish('t', { letterId: 'a', n: 2 });
    expect(await first).toEqual({ done: false, value: { letterId: 'a', n: 2 } });
    allowed = false;
    const second = events.next();
    await pubsub.publish('t', { letterId: 'a', n: 3 });
    expect(await second).toEqual({ done: true, value: undefined });
  });

  it('ends a pending wait when the token expires', async () => {
    const pubsub = new PubSub();
    const events = guardedEvents(pubsub.asyncIterableIterator<Event>('t'), {
      matches: () => true,
      mayReceive: async () => true,
      expiresAt: Date.now() + 50,
    });
    expect(await events.next()).toEqual({ done: true, value: undefined });
  });

  it('treats NOT_FOUND as denied and rethrows anything else', () => {
    expect(deniedAsFalse(notFound('Letter'))).toBe(false);
    expect(() => deniedAsFalse(new Error('connection lost'))).toThrow('connection lost');
  });
});
