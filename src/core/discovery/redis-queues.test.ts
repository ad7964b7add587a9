import { describe, expect, it } from 'vitest';
import { MESSAGE_BUS, asRedisQueue } from './redis-queues.js';
import { SIDEKIQ } from './shared-codebase.js';

describe('asRedisQueue', () => {
  it.each<[string | undefined, string | undefined]>([
    [SIDEKIQ, 'Redis'],
    [MESSAGE_BUS, 'Redis'],
    ['Celery', 'Celery'],
    ['Kafka', 'Kafka'],
    [undefined, undefined],
  ])('%s is looked for as %s', (technology, looked) => {
    expect(asRedisQueue({ ...(technology !== undefined ? { technology } : {}), role: 'produces' }).technology).toBe(looked);
  });
});
