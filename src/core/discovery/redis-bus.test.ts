import { describe, expect, it } from 'vitest';
import { foldStoreIntoBus, isRedisLike, type FoldableEdge } from './redis-bus.js';

type Row = [string, string, string, string, string?];
/** Edges as `[source, target, mechanism, role, channel]`; Redis-like targets are named `redis…`/`valkey…`. */
function edges(rows: readonly Row[]): Map<string, FoldableEdge<string>> {
  const technology = (key: string): string | undefined => (/^redis|^cache/.test(key) ? 'Redis' : /^valkey/.test(key) ? 'Valkey' : /^pg/.test(key) ? 'PostgreSQL' : undefined);
  return new Map(rows.map(([source, target, mechanism, role, channel]) => [`${source}|${target}|${mechanism}|${channel ?? ''}`, { source: { key: source }, target: { key: target, technology: technology(target) }, mechanism, role, ...(channel ? { channel } : {}), evidence: [`${source}-${mechanism}`] }]));
}

describe('a Redis a service both stores in and messages through', () => {
  it.each<[string, Row[], unknown[]]>([
    ['a producer caching in its broker: the database edge merges into the messaging one', [['web', 'redis', 'database', 'uses'], ['web', 'redis', 'messaging', 'produces']], [{ id: 'web|redis|database|', action: 'merge', into: 'web|redis|messaging|' }]],
    ['a consumer only (a Celery worker caching): its database edge becomes messaging', [['worker', 'redis', 'database', 'uses'], ['redis', 'worker', 'messaging', 'consumes']], [{ id: 'worker|redis|database|', action: 'convert' }]],
    ['a channel-less messaging edge is preferred to a channel’s', [['web', 'redis', 'database', 'uses'], ['web', 'redis', 'messaging', 'produces', 'emails'], ['web', 'redis', 'messaging', 'produces']], [{ id: 'web|redis|database|', action: 'merge', into: 'web|redis|messaging|' }]],
    ['a store only: kept as it is', [['api', 'redis', 'database', 'uses'], ['worker', 'redis', 'messaging', 'produces']], []],
    ['a bare depends_on is no messaging', [['api', 'redis', 'database', 'uses'], ['api', 'redis', 'messaging', 'depends']], []],
    ['Valkey speaks Redis', [['ledger', 'valkey', 'database', 'uses'], ['ledger', 'valkey', 'messaging', 'produces']], [{ id: 'ledger|valkey|database|', action: 'merge', into: 'ledger|valkey|messaging|' }]],
    ['PostgreSQL queried and LISTENed on keeps both', [['api', 'pg', 'database', 'uses'], ['pg', 'api', 'messaging', 'consumes']], []],
    ['a Redis reached only as a store, nothing else: untouched', [['ledger', 'valkey', 'database', 'uses']], []],
  ])('%s', (_name, rows, expected) => {
    expect(foldStoreIntoBus(edges(rows))).toEqual(expected);
  });

  it.each<[string | undefined, boolean]>([
    ['Redis', true],
    ['Valkey', true],
    ['KeyDB', true],
    ['Dragonfly', true],
    ['Memcached', false],
    ['PostgreSQL', false],
    [undefined, false],
  ])('tells Redis-like technologies: %s', (technology, expected) => {
    expect(isRedisLike(technology)).toBe(expected);
  });
});
