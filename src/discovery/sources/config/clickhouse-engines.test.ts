/**
 * ClickHouse engines in DDL files and migration code (clickhouse-engines.ts): the server's
 * connections, with passwords masked and test code left out.
 */
import { describe, expect, it } from 'vitest';
import { CLICKHOUSE_SERVER } from '../../../core/discovery/clickhouse-engines.js';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { clickhouseEnginesSource } from './clickhouse-engines.js';

async function read(path: string, text: string): Promise<ConnectionFact[]> {
  const file = { path, text };
  const facts: Fact[] = await clickhouseEnginesSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
  return facts.filter((fact): fact is ConnectionFact => fact.type === 'connection');
}

const shown = (facts: ConnectionFact[]): string[] => facts.map((fact) => `${fact.component} ${fact.role} ${fact.mechanism} ${fact.technology} ${fact.target.host ?? '?'}:${fact.target.port ?? '-'} ${fact.channel ?? '-'} line ${fact.evidence.line}`);

describe('the ClickHouse engines source', () => {
  it.each<[string, string, string, string[]]>([
    ['a Kafka table of an init script, one fact per topic', 'initdb/01.sql', "CREATE TABLE q (a String)\nENGINE = Kafka('redpanda:9092', 'views,clicks', 'ch', 'JSONEachRow');", [`${CLICKHOUSE_SERVER} consumes messaging Kafka redpanda:9092 views line 2`, `${CLICKHOUSE_SERVER} consumes messaging Kafka redpanda:9092 clicks line 2`]],
    ['a Rails ClickHouse migration', 'app/db/clickhouse_migrate/1_q.rb', "class Q < ActiveRecord::Migration[7.1]\n  def up\n    execute <<~SQL\n      CREATE TABLE q (a String)\n      ENGINE = RabbitMQ\n      SETTINGS rabbitmq_host_port = 'rabbitmq:5672',\n               rabbitmq_exchange_name = 'audit'\n    SQL\n  end\nend\n", [`${CLICKHOUSE_SERVER} consumes messaging RabbitMQ rabbitmq:5672 audit line 6`]],
    ['a database engine is a use of the database', 'migrations/002.go', "package migrations\n\nconst mirror = `CREATE DATABASE legacy ENGINE = MySQL('shop-db:3306', 'shop', 'ro', 'pw')`\n", [`${CLICKHOUSE_SERVER} uses database MySQL shop-db:3306 - line 3`]],
    ['not a MergeTree table', 'initdb/02.sql', 'CREATE TABLE t (a String) ENGINE = MergeTree ORDER BY a;', []],
  ])('%s', async (_, path, text, expected) => {
    expect(shown(await read(path, text))).toEqual(expected);
  });

  it('masks a password written as an argument', async () => {
    const [fact] = await read('ops/mirror.py', "DDL = \"CREATE TABLE m (id UInt64) ENGINE = PostgreSQL('pg:5432', 'app', 'invoices', 'reader', 'hunter2-secret')\"\n");
    expect(fact?.evidence.excerpt).not.toContain('hunter2-secret');
    expect(fact?.evidence.excerpt).toContain("'reader', '***'");
  });

  it.each(['spec/fixtures/queue.sql', 'db/tests/queue.sql', 'README.md', 'node_modules/x/queue.sql'])('does not read %s', (path) => {
    expect(clickhouseEnginesSource.accepts(path)).toBe(false);
  });
});
