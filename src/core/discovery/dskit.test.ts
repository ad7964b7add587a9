import { describe, expect, it } from 'vitest';
import { dskitCacheDisabled, dskitCommand, dskitConfigGroup, dskitProductOfImage, dskitRingCalls, dskitSettingOf, dskitTargets, isDskitConfigGroup, type DskitValue } from './dskit.js';

describe('dskitProductOfImage', () => {
  it.each<[string, string | undefined]>([
    ['grafana/loki:3.1.0', 'Loki'],
    ['grafana/mimir:2.12.0', 'Mimir'],
    ['docker.io/grafana/tempo@sha256:abc', 'Tempo'],
    ['cortexproject/cortex:v1.17.0', 'Cortex'],
    ['grafana/enterprise-metrics:v2', 'Mimir'],
    ['grafana/loki-canary:3.1.0', undefined],
    ['grafana/grafana:11.0.0', undefined],
    ['grafana/promtail:3.1.0', undefined],
  ])('%s', (image, expected) => {
    expect(dskitProductOfImage(image)).toBe(expected);
  });
});

describe('dskitCommand', () => {
  it.each<[string, string[], { parts: string[]; configFile?: string } | undefined]>([
    ['one part', ['-config.file=/etc/loki/config.yaml', '-target=querier'], { parts: ['querier'], configFile: '/etc/loki/config.yaml' }],
    ['a flag and its value apart', ['--target', 'ingester', '--config.file', '/etc/mimir.yaml'], { parts: ['ingester'], configFile: '/etc/mimir.yaml' }],
    ['a list of parts', ['-target=compactor,ruler'], { parts: ['compactor', 'ruler'] }],
    ['the write group', ['-target=write'], { parts: ['distributor', 'ingester'] }],
    ['the read group', ['-target=read'], { parts: ['querier', 'query-frontend'] }],
    ['an older spelling', ['-target=frontend'], { parts: ['query-frontend'] }],
    ['no target: a plain Loki', ['-config.file=/etc/loki/local-config.yaml'], undefined],
    ['a target from a variable', ['-target=${TARGET}'], undefined],
  ])('%s', (_, words, expected) => {
    expect(dskitCommand(words)).toEqual(expected);
  });

  it('runs every part for all', () => {
    expect(dskitCommand(['-target=all'])?.parts).toEqual(expect.arrayContaining(['distributor', 'ingester', 'querier', 'query-frontend', 'compactor', 'ruler']));
  });
});

describe('dskitSettingOf', () => {
  it.each<[string, string[] | undefined, string | undefined]>([
    ['frontend_worker.frontend_address', ['querier'], 'grpc'],
    ['frontend_worker.scheduler_address', ['querier'], 'grpc'],
    ['frontend.scheduler_address', ['query-frontend'], 'grpc'],
    ['frontend.downstream_url', ['query-frontend'], 'rest'],
    ['storage_config.tsdb_shipper.index_gateway_client.server_address', ['querier', 'ruler'], 'grpc'],
    ['ruler.alertmanager_url', ['ruler'], 'rest'],
    ['common.storage.s3.endpoint', ['ingester', 'querier', 'compactor', 'ruler', 'index-gateway', 'store-gateway', 'metrics-generator'], 'file-transfer'],
    ['query_range.results_cache.cache.memcached_client.addresses', ['query-frontend'], 'database'],
    ['metrics_generator.storage.remote_write.0.url', ['metrics-generator'], 'rest'],
    ['memberlist.join_members.0', undefined, undefined],
    ['common.ring.kvstore.consul.host', undefined, undefined],
    ['server.http_listen_port', undefined, undefined],
  ])('%s', (path, parts, mechanism) => {
    const setting = dskitSettingOf(path);
    expect(setting?.parts).toEqual(parts);
    expect(setting?.mechanism).toBe(mechanism);
  });
});

describe('dskitTargets', () => {
  it.each<[string, DskitValue, unknown[]]>([
    ['query-scheduler:9095', 'address', [{ host: 'query-scheduler', port: 9095 }]],
    ['dns:///index-gateway:9095', 'address', [{ host: 'index-gateway', port: 9095 }]],
    ['dns+memcached-a:11211,dns+memcached-b:11211', 'addresses', [{ host: 'memcached-a', port: 11211 }, { host: 'memcached-b', port: 11211 }]],
    ['dnssrvnoa+_memcached._tcp.memcached', 'addresses', [{ host: 'memcached' }]],
    ['http://alertmanager:9093', 'url', [{ url: 'http://alertmanager:9093' }]],
    ['minio:9000', 's3-endpoint', [{ host: 'minio', port: 9000 }]],
    ['http://minio:9000', 's3-endpoint', [{ host: 'minio', port: 9000 }]],
    ['s3://key:secret@minio:9000/chunks', 's3-url', [{ host: 'minio', port: 9000 }]],
    ['s3://eu-west-1/chunks', 's3-url', []],
    ['', 'addresses', []],
    ['${MEMCACHED_ADDRESSES}', 'addresses', []],
  ])('%s', (value, kind, expected) => {
    expect(dskitTargets(value, kind)).toEqual(expected);
  });
});

describe('dskitCacheDisabled', () => {
  it.each<[string, string, Record<string, string>, boolean]>([
    ['on by default', 'chunk_store_config.chunk_cache_config.memcached_client.addresses', {}, false],
    ['the cache beside its client off', 'storage_config.index_queries_cache_config.memcached_client.addresses', { 'storage_config.index_queries_cache_config.memcached.enabled': 'false' }, true],
    ['an enclosing section off', 'chunk_store_config.chunk_cache_config.memcached_client.addresses', { 'chunk_store_config.chunk_cache_config.enabled': 'false' }, true],
    ['Loki’s results cache off', 'query_range.results_cache.cache.memcached_client.addresses', { 'query_range.cache_results': 'false' }, true],
    ['Mimir’s backend another store', 'blocks_storage.bucket_store.index_cache.memcached.addresses', { 'blocks_storage.bucket_store.index_cache.backend': 'inmemory' }, true],
    ['Mimir’s backend memcached', 'blocks_storage.bucket_store.index_cache.memcached.addresses', { 'blocks_storage.bucket_store.index_cache.backend': 'memcached' }, false],
  ])('%s', (_, path, settings, expected) => {
    expect(dskitCacheDisabled(path, (key) => settings[key])).toBe(expected);
  });
});

describe('dskitRingCalls', () => {
  it.each<[string, Array<[string, string[]]>, Array<{ from: string; to: string }>]>([
    ['microservices', [['distributor', ['distributor']], ['ingester', ['ingester']], ['querier', ['querier']]], [{ from: 'distributor', to: 'ingester' }, { from: 'querier', to: 'ingester' }]],
    ['simple scalable', [['write', ['distributor', 'ingester']], ['read', ['querier', 'query-frontend']]], [{ from: 'read', to: 'write' }]],
    ['one binary alone', [['loki', ['distributor', 'ingester', 'querier']]], []],
    ['no ingester running', [['distributor', ['distributor']], ['querier', ['querier']]], []],
  ])('%s', (_, deployables, expected) => {
    expect(dskitRingCalls(new Map(deployables))).toEqual(expected);
  });
});

describe('dskitConfigGroup', () => {
  it('names the part and the file, and is known for a dskit group', () => {
    expect(dskitConfigGroup('loki/config.yaml', 'querier')).not.toContain('#');
    expect(isDskitConfigGroup(dskitConfigGroup('loki/config.yaml', 'querier'))).toBe(true);
    expect(isDskitConfigGroup('configmap-settings:clickhouse:x.xml')).toBe(false);
  });
});
