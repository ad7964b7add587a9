/**
 * Resolving ClickHouse engines' connections (clickhouse-engines.ts): they are the server's,
 * whatever file holds the DDL, and a datastore's depends_on a broker is no publishing.
 */
import { describe, expect, it } from 'vitest';
import { CLICKHOUSE_SERVER } from './clickhouse-engines.js';
import { CONFIDENCE, type Evidence, type Fact } from './facts.js';
import { resolveFacts } from './resolve.js';

const at = (file: string, line = 1): Evidence => ({ file, line, excerpt: `line ${line}` });
const component = (name: string, extra: Partial<Extract<Fact, { type: 'component' }>> = {}): Fact => ({
  type: 'component', name, kind: 'application', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared, ...extra,
});
const engine = (file: string, extra: Partial<Extract<Fact, { type: 'connection' }>>): Fact => ({
  type: 'connection', component: CLICKHOUSE_SERVER, target: {}, role: 'consumes', mechanism: 'messaging', technology: 'Kafka', targetKind: 'message-broker', evidence: at(file, 5), confidence: CONFIDENCE.literal, ...extra,
});
const depends = (source: string, target: string): Fact => ({
  type: 'connection', component: source, target: { component: target }, role: 'depends', mechanism: 'other', evidence: at('docker-compose.yml', 9), confidence: CONFIDENCE.declared,
});

function edges(facts: Fact[]): string[] {
  return resolveFacts(facts)
    .integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism})`)
    .sort();
}

describe('resolveFacts: ClickHouse engines', () => {
  it.each<[string, Fact[], string[]]>([
    [
      "a Kafka engine in an application's migration is the ClickHouse server consuming, under the server's compose name",
      [
        component('dashboard', { root: 'dashboard' }),
        component('ch-server', { kind: 'database', technology: 'ClickHouse' }),
        component('redpanda', { kind: 'message-broker', technology: 'Redpanda' }),
        engine('dashboard/db/clickhouse_migrate/1_queue.rb', { target: { host: 'redpanda', port: 9092 }, channel: 'views' }),
      ],
      ['redpanda -> ch-server (messaging)'],
    ],
    [
      'a broker written as a macro is the one broker of the engine’s product',
      [
        component('clickhouse', { kind: 'database', technology: 'ClickHouse' }),
        component('kafka', { kind: 'message-broker', technology: 'Kafka' }),
        component('rabbitmq', { kind: 'message-broker', technology: 'RabbitMQ' }),
        engine('sql/queue.sql', {}),
      ],
      ['kafka -> clickhouse (messaging)'],
    ],
    [
      'a PostgreSQL engine is the server reading that database',
      [
        component('clickhouse', { kind: 'database', technology: 'ClickHouse' }),
        component('billing-db', { kind: 'database', technology: 'PostgreSQL' }),
        engine('ops/mirror.py', { role: 'uses', mechanism: 'database', technology: 'PostgreSQL', targetKind: 'database', target: { host: 'billing-db', port: 5432 } }),
      ],
      ['clickhouse -> billing-db (database)'],
    ],
    [
      'with no ClickHouse deployed, the engine is a ClickHouse system’s',
      [component('kafka', { kind: 'message-broker', technology: 'Kafka' }), engine('migrations/001.sql', { target: { host: 'kafka', port: 9092 } })],
      ['kafka -> clickhouse (messaging)'],
    ],
    [
      "the server's depends_on its broker is no publishing, with or without an engine; on its database it stays a use",
      [
        component('clickhouse', { kind: 'database', technology: 'ClickHouse' }),
        component('redpanda', { kind: 'message-broker', technology: 'Redpanda' }),
        component('rabbitmq', { kind: 'message-broker', technology: 'RabbitMQ' }),
        component('billing-db', { kind: 'database', technology: 'PostgreSQL' }),
        depends('clickhouse', 'redpanda'),
        depends('clickhouse', 'rabbitmq'),
        depends('clickhouse', 'billing-db'),
        engine('sql/queue.sql', { target: { host: 'redpanda', port: 9092 } }),
      ],
      ['clickhouse -> billing-db (database)', 'redpanda -> clickhouse (messaging)'],
    ],
    [
      'a Kafka client reaches the one Redpanda, which speaks its protocol',
      [
        component('tracker', { root: 'tracker' }),
        component('redpanda', { kind: 'message-broker', technology: 'Redpanda' }),
        { type: 'connection', target: {}, role: 'produces', mechanism: 'messaging', technology: 'Kafka', channel: 'views', evidence: at('tracker/src/index.ts', 3), confidence: CONFIDENCE.literal },
      ],
      ['tracker -> redpanda (messaging)'],
    ],
  ])('%s', (_, facts, expected) => {
    expect(edges(facts)).toEqual(expected);
  });
});
