/**
 * ClickHouse server configuration (clickhouse-config.ts): the `<zookeeper>` nodes of a file in
 * groups a ClickHouse container mounting the file (or its folder) takes in.
 */
import { describe, expect, it } from 'vitest';
import { clickhouseConfigGroups } from '../../../core/discovery/clickhouse-config.js';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { evidenceFor, type Source } from '../../source.js';
import { clickhouseConfigSource } from './clickhouse-config.js';
import { dockerComposeSource } from './docker-compose.js';

async function read(source: Source, path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return source.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

const targets = (facts: readonly Fact[]): string[] =>
  facts.filter((fact): fact is ConnectionFact => fact.type === 'connection' && fact.group === clickhouseConfigGroups('ch/zk.xml')[0]).map((fact) => `${fact.target.host}:${fact.target.port ?? '-'} line ${fact.evidence.line}`);

describe('the ClickHouse configuration source', () => {
  it.each<[string, string, string[]]>([
    ['each node of <zookeeper>', '<clickhouse>\n  <zookeeper>\n    <node><host>zk-1</host><port>2181</port></node>\n    <node>\n      <host>zk-2</host>\n    </node>\n  </zookeeper>\n</clickhouse>', ['zk-1:2181 line 3', 'zk-2:- line 5']],
    ['the older <yandex> root', '<yandex><zookeeper><node><host>zk</host><port>2181</port></node></zookeeper></yandex>', ['zk:2181 line 1']],
    ['a from_env host by its written default', '<clickhouse><zookeeper><node><host from_env="ZK_HOST">keeper</host></node></zookeeper></clickhouse>', ['keeper:- line 1']],
    ['not a commented-out node', '<clickhouse><zookeeper><!-- <node><host>zk-old</host></node> --></zookeeper></clickhouse>', []],
    ['not remote_servers replicas', '<clickhouse><remote_servers><c><shard><replica><host>ch-2</host><port>9000</port></replica></shard></c></remote_servers></clickhouse>', []],
    ['not another product’s XML', '<configuration><zookeeper><node><host>zk</host></node></zookeeper></configuration>', []],
  ])('%s', async (_, text, expected) => {
    expect(targets(await read(clickhouseConfigSource, 'ch/zk.xml', text))).toEqual(expected);
  });

  it('puts the connections in the file’s group and its folder’s, each with a member', async () => {
    const facts = await read(clickhouseConfigSource, 'ch/zk.xml', '<clickhouse><zookeeper><node><host>zk</host></node></zookeeper></clickhouse>');
    expect(facts.filter((fact) => fact.type === 'binding').map((fact) => (fact.type === 'binding' ? fact.group : ''))).toEqual(clickhouseConfigGroups('ch/zk.xml'));
    expect(facts.filter((fact) => fact.type === 'connection').map((fact) => (fact.type === 'connection' ? fact.group : ''))).toEqual(clickhouseConfigGroups('ch/zk.xml'));
  });

  it('is taken in by a ClickHouse compose service mounting the file, not by another image mounting it', async () => {
    const compose = [
      'services:',
      '  clickhouse:',
      '    image: clickhouse/clickhouse-server:24.3',
      '    volumes:',
      '      - ./ch/zk.xml:/etc/clickhouse-server/config.d/zk.xml',
      '  tools:',
      '    image: alpine:3.20',
      '    volumes:',
      '      - ./ch/zk.xml:/etc/clickhouse-server/config.d/zk.xml',
    ].join('\n');
    const takes = (await read(dockerComposeSource, 'docker-compose.yml', compose)).filter((fact) => fact.type === 'binding' && fact.key === '*' && fact.value.includes('clickhouse:'));
    expect(takes.map((fact) => (fact.type === 'binding' ? `${fact.component} ${fact.value}` : ''))).toEqual([`clickhouse $group:${clickhouseConfigGroups('ch/zk.xml')[0]}`]);
  });
});
