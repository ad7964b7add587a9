/**
 * dskit configuration files (dskit-config.ts): each known setting's connections in the groups of
 * the parts reading it, taken in by the compose services running those parts (docker-compose.ts).
 */
import { describe, expect, it } from 'vitest';
import { dskitConfigGroup } from '../../../core/discovery/dskit.js';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { evidenceFor, type Source } from '../../source.js';
import { dockerComposeSource } from './docker-compose.js';
import { dskitConfigSource } from './dskit-config.js';
import { kubernetesManifestsSource } from './kubernetes-manifests.js';

async function read(source: Source, path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return source.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

const FILE = 'loki/config.yaml';
/** `part → target mechanism` of each connection read. */
const connections = (facts: readonly Fact[]): string[] =>
  facts
    .filter((fact): fact is ConnectionFact => fact.type === 'connection')
    .map((fact) => `${fact.group?.replace(/^.*dskit:([^:]+):.*$/, '$1')} → ${fact.target.url ?? fact.target.key ?? `${fact.target.host}:${fact.target.port ?? '-'}`} ${fact.mechanism}`);

const SERVER = 'server:\n  http_listen_port: 3100\n';

describe('the dskit configuration source', () => {
  it.each<[string, string, string[]]>([
    ['the querier’s scheduler', 'frontend_worker:\n  scheduler_address: query-scheduler:9095\n', ['querier → query-scheduler:9095 grpc']],
    ['the frontend’s scheduler and downstream', 'frontend:\n  scheduler_address: dns:///query-scheduler:9095\n  downstream_url: http://querier:3100\nquery_range: {}\n', ['query-frontend → query-scheduler:9095 grpc', 'query-frontend → http://querier:3100 rest']],
    ['the ruler’s Alertmanager', 'ruler:\n  alertmanager_url: http://alertmanager:9093\nlimits_config: {}\n', ['ruler → http://alertmanager:9093 rest']],
    ['a cache switched off', 'chunk_store_config:\n  chunk_cache_config:\n    enabled: false\n    memcached_client:\n      addresses: dns+memcached:11211\n', []],
    ['empty cache addresses', 'chunk_store_config:\n  chunk_cache_config:\n    memcached_client:\n      addresses: ""\n', []],
    ['the results cache', 'query_range:\n  results_cache:\n    cache:\n      memcached_client:\n        addresses: dns+results:11211\n', ['query-frontend → results:11211 database']],
    ['an address from the environment', 'frontend_worker:\n  frontend_address: ${FRONTEND_ADDRESS}\n', ['querier → FRONTEND_ADDRESS grpc']],
    ['an address with a default', 'frontend_worker:\n  frontend_address: ${FRONTEND_ADDRESS:-query-frontend:9095}\n', ['querier → query-frontend:9095 grpc']],
    ['not memberlist join members', 'memberlist:\n  join_members:\n    - distributor:7946\n    - ingester:7946\n', []],
    ['not a consul kv block', 'common:\n  ring:\n    kvstore:\n      store: memberlist\n      consul:\n        host: consul:8500\nmemberlist: {}\n', []],
  ])('%s', async (_, text, expected) => {
    expect(connections(await read(dskitConfigSource, FILE, `${SERVER}${text}`))).toEqual(expected);
  });

  it('reads nothing of a file that is no dskit configuration', async () => {
    expect(await read(dskitConfigSource, 'app/config.yaml', 'server:\n  port: 80\nfrontend:\n  scheduler_address: x:1\n')).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    ['one part', '-target=querier', [dskitConfigGroup(FILE, 'querier')]],
    ['two parts', '-target=compactor,ruler', [dskitConfigGroup(FILE, 'compactor'), dskitConfigGroup(FILE, 'ruler')]],
    ['no target: no part', '', []],
  ])('is taken in by a compose service running %s', async (_, target, expected) => {
    const compose = ['services:', '  part:', '    image: grafana/loki:3.1.0', `    command: -config.file=/etc/loki/config.yaml ${target}`, '    volumes:', '      - ./loki:/etc/loki'].join('\n');
    const facts = await read(dockerComposeSource, 'docker-compose.yml', compose);
    const groups = facts.flatMap((fact) => (fact.type === 'binding' && fact.value.includes('dskit') ? [fact.value.replace('$group:', '')] : []));
    expect(groups).toEqual(expected);
  });

  it('names a file mounted with the repository root by its scan path', async () => {
    const compose = ['services:', '  part:', '    image: grafana/loki:3.1.0', '    command: -config.file=/etc/loki/loki.yaml -target=querier', '    volumes:', '      - .:/etc/loki'].join('\n');
    const facts = await read(dockerComposeSource, 'docker-compose.yml', compose);
    const groups = facts.flatMap((fact) => (fact.type === 'binding' && fact.value.includes('dskit') ? [fact.value.replace('$group:', '')] : []));
    expect(groups).toEqual([dskitConfigGroup('loki.yaml', 'querier')]);
  });

  it('calls ingesters through the ring from the distributor and the querier of one compose file', async () => {
    const service = (name: string, target: string): string => `  ${name}:\n    image: grafana/mimir:2.12.0\n    command: ["-target=${target}"]`;
    const compose = ['services:', service('distributor', 'distributor'), service('ingester', 'ingester'), service('querier', 'querier'), service('compactor', 'compactor')].join('\n');
    const calls = (await read(dockerComposeSource, 'docker-compose.yml', compose)).flatMap((fact) => (fact.type === 'connection' && fact.mechanism === 'grpc' ? [`${fact.component} → ${fact.target.component}`] : []));
    expect(calls).toEqual(['distributor → ingester', 'querier → ingester']);
  });

  it('is read from a ConfigMap and taken in by the Kubernetes workloads running each part', async () => {
    const workload = (name: string, target: string): string =>
      ['---', 'apiVersion: apps/v1', 'kind: Deployment', `metadata: { name: ${name} }`, 'spec:', '  template:', '    spec:', '      containers:', `        - name: ${name}`, '          image: grafana/loki:3.1.0', `          args: ["-config.file=/etc/loki/config.yaml", "-target=${target}"]`, '      volumes:', '        - name: config', '          configMap: { name: loki-config }'].join('\n');
    const configMap = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: { name: loki-config }', 'data:', '  config.yaml: |', '    server: {}', '    frontend_worker:', '      scheduler_address: query-scheduler:9095', '    frontend:', '      scheduler_address: query-scheduler:9095'].join('\n');
    const facts = await read(kubernetesManifestsSource, 'k8s/loki.yaml', [configMap, workload('querier', 'querier'), workload('distributor', 'distributor')].join('\n'));
    expect(connections(facts)).toEqual(['querier → query-scheduler:9095 grpc', 'query-frontend → query-scheduler:9095 grpc']);
    const taken = facts.flatMap((fact) => (fact.type === 'binding' && fact.value.includes('dskit') ? [`${fact.component} ${fact.value.replace('$group:', '')}`] : []));
    expect(taken).toEqual([`querier ${dskitConfigGroup('loki-config', 'querier')}`, `distributor ${dskitConfigGroup('loki-config', 'distributor')}`]);
    expect(facts.some((fact) => fact.type === 'component' && fact.name === 'querier' && fact.technology === 'Loki' && fact.kind === 'application')).toBe(true);
  });
});
