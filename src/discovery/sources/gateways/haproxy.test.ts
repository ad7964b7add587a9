import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { readSnippetWithNames } from '../code/code-test-support.js';
import type { Source } from '../../source.js';
import { dockerComposeSource } from '../config/docker-compose.js';
import { kubernetesManifestsSource } from '../config/kubernetes-manifests.js';
import { haproxySource } from './haproxy.js';

const read = readSnippetWithNames;

/** Each connection as `[component -> ]target mechanism technology @line`. */
async function routes(source: Source, path: string, text: string): Promise<string[]> {
  return (await read(source, path, text))
    .filter((fact): fact is ConnectionFact => fact.type === 'connection')
    .map((fact) => `${fact.component ? `${fact.component} -> ` : ''}${fact.target.key !== undefined ? `key:${fact.target.key}` : `${fact.target.host}${fact.target.port ? `:${fact.target.port}` : ''}`} ${fact.mechanism} ${fact.technology}${fact.routed ? '' : ' unrouted'} @${fact.evidence.line}`);
}

function edges(facts: Fact[]): string[] {
  return resolveFacts(facts)
    .integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`)
    .sort();
}

const CONFIG = [
  'defaults', //                                        1
  '  mode http', //                                     2
  'frontend web', //                                    3
  '  bind *:80', //                                     4
  '  use_backend tickets if { path_beg /tickets }', //  5
  '  default_backend timetable', //                     6
  'frontend streams', //                                7
  '  mode tcp', //                                      8
  '  bind *:1883', //                                   9
  '  default_backend brokers', //                      10
  'listen pg', //                                      11
  '  mode tcp', //                                     12
  '  server p1 tickets-db:5432 check', //              13
  'listen legacy', //                                  14
  '  mode tcp', //                                     15
  '  server l1 mainframe:7000', //                     16
  'backend timetable', //                              17
  '  server-template t 3 timetable:8080 check', //     18
  'backend tickets', //                                19
  '  server t1 "${TICKETS_HOST}:5000" check', //       20
  '  server t2 ratings:50051 proto h2', //             21
  '  server t3 127.0.0.1:5000', //                     22
  'backend brokers', //                                23
  '  mode tcp', //                                     24
  '  server b1 mosquitto:1883 check', //               25
  '  server b2 cache:6379 check', //                   26
].join('\n');

describe('HAProxy configuration', () => {
  it('reads routes: REST in mode http (gRPC with proto h2), the port’s protocol in mode tcp, TCP otherwise', async () => {
    expect(await routes(haproxySource, 'haproxy/haproxy.cfg', CONFIG)).toEqual([
      'tickets-db:5432 database PostgreSQL @13',
      'mainframe:7000 other TCP @16',
      'timetable:8080 rest HTTP @18',
      'key:TICKETS_HOST rest HTTP @20',
      'ratings:50051 grpc gRPC @21',
      'mosquitto:1883 messaging MQTT @25',
      'cache:6379 database Redis @26',
    ]);
  });

  it.each([
    ['haproxy/haproxy.cfg', true],
    ['deploy/lb.cfg', true],
    ['haproxy.cfg.tmpl', true],
    ['conf/haproxy-internal.conf', true],
    ['setup.cfg', true],
    ['nginx/default.conf', false],
    ['test/fixtures/haproxy.cfg', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(haproxySource.accepts(path)).toBe(accepted);
  });

  it('claims nothing in a setup.cfg', async () => {
    expect(await routes(haproxySource, 'setup.cfg', '[metadata]\nname = shop\n[options]\npackages = find:\n')).toEqual([]);
  });

  it('belongs to the compose service running HAProxy that mounts it', async () => {
    const config = 'defaults\n  mode http\nfrontend f\n  default_backend b\nbackend b\n  server s1 api:8080 check\n';
    const composes = [
      'services:\n  lb:\n    image: haproxy:2.9-alpine\n    volumes:\n      - ./haproxy/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro\n  api:\n    build: ./api\n',
      'services:\n  lb:\n    image: haproxytech/haproxy-alpine:2.9\n    volumes:\n      - ./haproxy:/etc/haproxy\n  api:\n    build: ./api\n',
      // Loaded where its command's `-f` says.
      'services:\n  lb:\n    image: haproxy:2.9\n    command: ["haproxy", "-f", "/config/lb.cfg"]\n    volumes:\n      - ./haproxy/lb.cfg:/config/lb.cfg:ro\n  api:\n    build: ./api\n',
    ];
    for (const compose of composes) {
      const file = compose.includes('lb.cfg') ? 'haproxy/lb.cfg' : 'haproxy/haproxy.cfg';
      const facts = [...(await read(dockerComposeSource, 'docker-compose.yml', compose)), ...(await read(haproxySource, file, config))];
      expect(edges(facts)).toEqual(['lb -> api rest']);
    }
  });
});

describe('HAProxy in Kubernetes', () => {
  const configMap = [
    'apiVersion: v1', //                                   1
    'kind: ConfigMap', //                                  2
    'metadata:', //                                        3
    '  name: redis-config', //                             4
    'data:', //                                            5
    '  redis.conf: |', //                                  6
    '    port 6379', //                                    7
    '  haproxy.cfg: |', //                                 8
    '    defaults', //                                     9
    '      mode tcp', //                                  10
    '    frontend ft_redis_master', //                    11
    '      bind *:6379', //                               12
    '      use_backend bk_redis_master', //               13
    '    backend bk_redis_master', //                     14
    '      server R0 redis-announce-0:6379 check', //     15
    '      server R1 redis-announce-1:6379 check', //     16
  ].join('\n');
  const workloads = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: { name: redis-haproxy }',
    'spec:',
    '  template:',
    '    metadata: { labels: { app: redis-haproxy } }',
    '    spec:',
    '      containers: [{ name: haproxy, image: "haproxy:2.8.5" }]',
    '      volumes: [{ name: config, configMap: { name: redis-config } }]',
    '---',
    'apiVersion: apps/v1',
    'kind: StatefulSet',
    'metadata: { name: redis }',
    'spec:',
    '  template:',
    '    metadata: { labels: { app: redis } }',
    '    spec:',
    '      containers: [{ name: redis, image: "redis:7.2" }]',
    '      volumes: [{ name: config, configMap: { name: redis-config } }]',
    '---',
    'apiVersion: v1',
    'kind: Service',
    'metadata: { name: redis-announce-0 }',
    'spec:',
    '  selector: { app: redis, "statefulset.kubernetes.io/pod-name": redis-0 }',
    '---',
    'apiVersion: v1',
    'kind: Service',
    'metadata: { name: redis-announce-1 }',
    'spec:',
    '  selector: { app: redis, "statefulset.kubernetes.io/pod-name": redis-1 }',
  ].join('\n');

  it('gives the HAProxy workload mounting a ConfigMap of the same file its routes, not the Redis mounting it too', async () => {
    const text = `${configMap}\n---\n${workloads}`;
    // The ConfigMap's own group (for workloads in other files) and the mounting workload's calls.
    expect((await routes(kubernetesManifestsSource, 'k8s/all.yaml', text)).filter((route) => route.includes(' -> '))).toEqual(['redis-haproxy -> redis-announce-0:6379 database Redis @15', 'redis-haproxy -> redis-announce-1:6379 database Redis @16']);
    expect(edges(await read(kubernetesManifestsSource, 'k8s/all.yaml', text))).toEqual(['redis-haproxy -> redis database']);
  });

  it('joins a ConfigMap of another file to the workload running HAProxy, and per-pod Services to their StatefulSet', async () => {
    const facts = [...(await read(kubernetesManifestsSource, 'k8s/configmap.yaml', configMap)), ...(await read(kubernetesManifestsSource, 'k8s/workloads.yaml', workloads))];
    expect(edges(facts)).toEqual(['redis-haproxy -> redis database']);
    // The routes are in a group only workloads running HAProxy take in.
    const redisOnly = workloads.split('---').slice(1).join('---');
    expect(edges([...(await read(kubernetesManifestsSource, 'k8s/configmap.yaml', configMap)), ...(await read(kubernetesManifestsSource, 'k8s/workloads.yaml', redisOnly))])).toEqual([]);
  });
});
