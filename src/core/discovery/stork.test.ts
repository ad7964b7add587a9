import { describe, expect, it } from 'vitest';
import { storkServiceAddress, throughStork } from './stork.js';

const settings = (entries: Record<string, string>) => (key: string): string | undefined => entries[key];

describe('Stork service discovery', () => {
  it.each([
    ['a static list: its first address', { 'quarkus.stork.stats.service-discovery.type': 'static', 'quarkus.stork.stats.service-discovery.address-list': 'stats-a:9000, stats-b:9000' }, 'stats', 'stats-a:9000'],
    ['Kubernetes: the service of its application', { 'quarkus.stork.pool.service-discovery.type': 'kubernetes', 'quarkus.stork.pool.service-discovery.application': 'champion' }, 'pool', 'champion'],
    ['Kubernetes without an application: the Stork service\'s name', { 'quarkus.stork.champion.service-discovery.type': 'kubernetes' }, 'champion', 'champion'],
    ['Consul, under Stork\'s own prefix', { 'stork.pricing.service-discovery.type': 'consul' }, 'pricing', 'pricing'],
    ['DNS: the host name looked up', { 'quarkus.stork.api.service-discovery.type': 'dns', 'quarkus.stork.api.service-discovery.hostname': 'api.internal' }, 'api', 'api.internal'],
    ['no discovery configured', {}, 'stats', undefined],
    ['a custom discovery type', { 'quarkus.stork.x.service-discovery.type': 'acme' }, 'x', undefined],
    ['a static list with no addresses', { 'quarkus.stork.x.service-discovery.type': 'static' }, 'x', undefined],
  ])('%s', (_, entries, service, expected) => {
    expect(storkServiceAddress(service, settings(entries))).toBe(expected);
  });

  const k8s = { 'quarkus.stork.champion-pool.service-discovery.type': 'kubernetes', 'quarkus.stork.champion-pool.service-discovery.application': 'champion' };
  it.each([
    ['a stork:// URL keeps its path', undefined, 'stork://champion-pool/api/champions', k8s, 'http://champion/api/champions'],
    ['storks:// is over TLS', undefined, 'storks://champion-pool', k8s, 'https://champion'],
    ['a stork:// URL of an unconfigured service names nothing', undefined, 'stork://unknown/api', k8s, undefined],
    ['a plain URL is itself', 'quarkus.rest-client.x.url', 'http://rival:8080', k8s, 'http://rival:8080'],
    [
      'a gRPC client resolved by Stork: its host is the Stork service',
      'quarkus.grpc.clients.stats.host',
      'stats',
      { 'quarkus.grpc.clients.stats.name-resolver': 'stork', 'quarkus.stork.stats.service-discovery.type': 'static', 'quarkus.stork.stats.service-discovery.address-list': 'stats-backend:9000' },
      'stats-backend:9000',
    ],
    ['a gRPC client without Stork: its host', 'quarkus.grpc.clients.locations.host', 'location', { 'quarkus.stork.location.service-discovery.type': 'static' }, 'location'],
  ])('%s', (_, key, value, entries, expected) => {
    expect(throughStork(key, value, settings(entries))).toBe(expected);
  });
});
