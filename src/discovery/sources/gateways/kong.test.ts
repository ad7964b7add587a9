import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { readSnippetWithNames } from '../code/code-test-support.js';
import type { Source } from '../../source.js';
import { dockerComposeSource } from '../config/docker-compose.js';
import { kubernetesManifestsSource } from '../config/kubernetes-manifests.js';
import { kongSource } from './kong.js';

/** Every fact a source states for an inline file, read with the real parser. */
const read = readSnippetWithNames;

/** Each connection as `[component ]target mechanism technology @line`. */
async function routes(source: Source, path: string, text: string): Promise<string[]> {
  return (await read(source, path, text))
    .filter((fact): fact is ConnectionFact => fact.type === 'connection')
    .map((fact) => `${fact.component ? `${fact.component} -> ` : ''}${fact.target.key !== undefined ? `key:${fact.target.key}` : `${fact.target.host}${fact.target.port ? `:${fact.target.port}` : ''}`} ${fact.mechanism} ${fact.technology} @${fact.evidence.line}`);
}

function edges(facts: Fact[]): string[] {
  return resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`);
}

const DECLARATIVE = [
  '_format_version: "3.0"', //                                  1
  'services:', //                                                2
  '  - name: auth', //                                           3
  '    url: http://auth:9999/verify', //                         4
  '    routes: [{ name: auth, paths: [/auth] }]', //             5
  '  - name: berths', //                                         6
  '    host: berths', //                                         7
  '    port: 8000', //                                           8
  '    routes: [{ name: berths, paths: [/berths] }]', //         9
  '  - name: manifests', //                                     10
  '    protocol: grpcs', //                                     11
  '    host: manifests', //                                     12
  '    port: 50051', //                                         13
  '    routes: [{ name: manifests, protocols: [grpc] }]', //    14
  '  - name: live', //                                          15
  '    url: wss://tracking:7070/live', //                       16
  '    routes: [{ name: live, paths: [/live] }]', //            17
  '  - name: invoices', //                                      18
  '    host: invoices-upstream', //                             19
  '  - name: retired', //                                       20
  '    enabled: false', //                                      21
  '    url: http://quotes:8080', //                             22
  '    routes: [{ name: quotes, paths: [/quotes] }]', //        23
  '  - name: admin', //                                         24
  '    url: http://127.0.0.1:8001', //                          25
  '    routes: [{ name: admin, paths: [/_admin] }]', //         26
  '  - name: unrouted', //                                      27
  '    url: http://sandbox:3000', //                            28
  '  - name: database', //                                      29
  '    protocol: tcp', //                                       30
  '    host: orders-db', //                                     31
  '    port: 5432', //                                          32
  '    routes: [{ name: db, protocols: [tcp], destinations: [{ port: 5432 }] }]', // 33
  'routes:', //                                                 34
  '  - name: invoices', //                                      35
  '    service: { name: invoices }', //                         36
  '    paths: [/invoices]', //                                  37
  'upstreams:', //                                              38
  '  - name: invoices-upstream', //                             39
  '    targets:', //                                            40
  '      - target: invoices-a:8080', //                         41
  '      - { target: invoices-b:8080, weight: 100 }', //        42
  '      - { target: invoices-drain:8080, weight: 0 }', //      43
].join('\n');

describe('Kong declarative configuration', () => {
  it.each([
    ['kong/kong.yml', true],
    ['deploy/kong.yaml', true],
    ['deck/partners.yaml', true],
    ['kong.json', true],
    ['config/kong-dbless.json', true],
    ['package.json', false],
    ['docker-compose.yml', true],
    ['tests/docker-compose.yml', false],
    ['tests/smoke/kong.yml', false],
    ['kong/README.md', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(kongSource.accepts(path)).toBe(accepted);
  });

  it('reads each routed service: url, host/port/protocol, gRPC and WebSocket, upstream targets', async () => {
    expect(await routes(kongSource, 'kong/kong.yml', DECLARATIVE)).toEqual([
      'auth:9999 rest HTTP @4',
      'berths:8000 rest HTTP @7',
      'manifests:50051 grpc gRPC @12',
      'tracking:7070 rest WebSocket @16',
      'invoices-a:8080 rest HTTP @41',
      'invoices-b:8080 rest HTTP @42',
    ]);
  });

  it('believes a service with no route when the file routes nothing (routes kept in another decK file)', async () => {
    const text = '_format_version: "3.0"\nservices:\n  - name: orders\n    url: http://orders:8080\n';
    expect(await routes(kongSource, 'deck/services.yaml', text)).toEqual(['orders:8080 rest HTTP @4']);
  });

  it('parses through decK and envsubst placeholders, taking a variable host as a key to follow', async () => {
    const text = [
      '_format_version: "3.0"',
      'services:',
      '  - { name: orders, url: "${{ env "DECK_ORDERS_URL" }}", routes: [{ paths: [/orders] }] }',
      '  - name: pricing',
      '    host: $PRICING_HOST',
      '    routes: [{ paths: [/pricing] }]',
      '    plugins: [{ name: request-transformer, config: { add: { headers: ["X-Key:$SERVICE_KEY"] } } }]',
      'consumers:',
      '  - { username: partner, keyauth_credentials: [{ key: ${{ env "DECK_PARTNER_KEY" }} }] }',
    ].join('\n');
    expect(await routes(kongSource, 'deck/kong.yaml', text)).toEqual(['key:DECK_ORDERS_URL rest HTTP @3', 'key:PRICING_HOST rest HTTP @5']);
  });

  it('reads the 1.x top-level targets and string service references', async () => {
    const text = '_format_version: "1.1"\nservices:\n  - name: cart\n    host: cart-up\nroutes:\n  - { name: cart, service: cart, paths: [/cart] }\nupstreams:\n  - name: cart-up\ntargets:\n  - { upstream: cart-up, target: cart:3000 }\n';
    expect(await routes(kongSource, 'kong.yml', text)).toEqual(['cart:3000 rest HTTP @10']);
  });

  it('reads plugins Kong itself connects for: Redis counters, introspection; not logging, tracing or switched-off plugins', async () => {
    const text = [
      '_format_version: "3.0"', //                                                  1
      'services:', //                                                                2
      '  - name: orders', //                                                         3
      '    url: http://orders:8080', //                                              4
      '    routes: [{ name: orders, paths: [/orders] }]', //                         5
      '    plugins:', //                                                             6
      '      - name: oauth2-introspection', //                                       7
      '        config: { introspection_url: "http://auth:9000/introspect" }', //     8
      '  - name: old', //                                                            9
      '    enabled: false', //                                                      10
      '    url: http://old:8080', //                                                11
      '    routes: [{ paths: [/old] }]', //                                         12
      '    plugins: [{ name: rate-limiting, config: { policy: redis, redis_host: old-cache } }]', // 13
      'plugins:', //                                                                14
      '  - name: rate-limiting', //                                                 15
      '    config:', //                                                             16
      '      policy: redis', //                                                     17
      '      redis:', //                                                            18
      '        host: cache', //                                                     19
      '        port: 6379', //                                                      20
      '  - name: response-ratelimiting', //                                         21
      '    enabled: false', //                                                      22
      '    config: { policy: redis, redis_host: spare-cache }', //                  23
      '  - { name: rate-limiting, config: { policy: local, redis_host: unused } }', // 24
      '  - { name: http-log, config: { http_endpoint: "http://log-sink:9880" } }', // 25
      '  - { name: zipkin, config: { http_endpoint: "http://jaeger:9411/api/v2/spans" } }', // 26
    ].join('\n');
    expect(await routes(kongSource, 'kong/kong.yml', text)).toEqual(['orders:8080 rest HTTP @4', 'cache:6379 database Redis @19', 'auth:9000 rest HTTP @8']);
  });

  it.each([
    ['a compose file', 'services:\n  web:\n    image: nginx\n'],
    ['a list of services with no routes or upstreams', 'services:\n  - name: status\n    url: http://status:8080\n'],
    ['a list of names', 'services:\n  - postgres\n  - redis\n'],
    ['a Kubernetes object', 'apiVersion: v1\nkind: Foo\nservices:\n  - { url: http://x:1, routes: [] }\n'],
    ['broken YAML', '_format_version: "3.0"\nservices: [\n'],
  ])('claims nothing in %s', async (_name, text) => {
    expect(await routes(kongSource, 'config/services.yaml', text)).toEqual([]);
  });

  it('takes a list of services with routes as Kong even without _format_version', async () => {
    expect(await routes(kongSource, 'kong.yaml', 'services:\n  - name: a\n    url: http://api:8080\n    routes:\n      - paths: [/]\n')).toEqual(['api:8080 rest HTTP @3']);
  });

  it('belongs to the compose service running Kong that mounts it, wherever Kong loads it from', async () => {
    const kong = '_format_version: "3.0"\nservices:\n  - name: auth\n    url: http://auth:9999/verify\n    routes: [{ paths: [/auth] }]\n';
    const composes = [
      'services:\n  gateway:\n    image: kong:3.6\n    environment:\n      KONG_DECLARATIVE_CONFIG: /kong/declarative/kong.yml\n    volumes:\n      - ./volumes/api:/kong/declarative:ro\n  auth:\n    build: ./auth\n',
      // An entrypoint renders the mounted template where KONG_DECLARATIVE_CONFIG points.
      'services:\n  gateway:\n    image: kong/kong-gateway:3.6\n    environment:\n      - KONG_DECLARATIVE_CONFIG=/home/kong/kong.yml\n    volumes:\n      - ./volumes/api/kong.yml:/home/kong/temp.yml:ro\n  auth:\n    build: ./auth\n',
      // Not a Kong image, but pointed at the declarative file.
      'services:\n  gateway:\n    build: ./edge\n    environment:\n      KONG_DECLARATIVE_CONFIG: /opt/kong/kong.yml\n    volumes:\n      - type: bind\n        source: ./volumes/api\n        target: /opt/kong\n  auth:\n    build: ./auth\n',
    ];
    for (const compose of composes) {
      const facts = [...(await read(dockerComposeSource, 'docker-compose.yml', compose)), ...(await read(kongSource, 'volumes/api/kong.yml', kong))];
      expect(edges(facts)).toEqual(['gateway -> auth rest']);
    }
  });

  it('gives the routes of a declarative file only to a Kong: not to the services of a codebase holding it, nor to any other gateway', async () => {
    const kong = '_format_version: "3.0"\nservices:\n  - name: orders\n    url: http://orders:8080\n    routes: [{ paths: [/orders] }]\n  - name: invoices\n    host: invoices\n    port: 8080\n    routes: [{ paths: [/invoices] }]\n';
    expect((await read(kongSource, 'deploy/legacy/kong.yml', kong)).map((fact) => (fact.type === 'connection' ? fact.gatewayConfig : fact.type))).toEqual(['Kong', 'Kong']);
    const composes = [
      // One image run as both services (`build: .`): the codebase holding deploy/legacy/ is theirs, its kong.yml is not.
      'services:\n  gateway:\n    image: nginx:1.27\n    volumes:\n      - ./deploy/nginx:/etc/nginx/conf.d:ro\n  orders:\n    build: .\n    command: node services/orders.js\n  invoices:\n    build: .\n    command: node services/invoices.js\n',
      // One application built from the repository root holds every folder.
      'services:\n  gateway:\n    image: nginx:1.27\n  orders:\n    build: .\n  invoices:\n    image: acme/invoices:1.0\n',
      // An nginx mounting the folder is not the Kong loading it.
      'services:\n  gateway:\n    image: nginx:1.27\n    volumes:\n      - ./deploy/legacy:/etc/nginx/conf.d:ro\n  orders:\n    build: ./orders\n  invoices:\n    build: ./invoices\n',
    ];
    for (const compose of composes) {
      const facts = [...(await read(dockerComposeSource, 'docker-compose.yml', compose)), ...(await read(kongSource, 'deploy/legacy/kong.yml', kong))];
      expect(edges(facts)).toEqual([]);
    }
  });

  it('makes the one compose service running Kong answer to kong, the gateway of the kong ingress class', async () => {
    const compose = 'services:\n  api-gateway:\n    image: kong/kong-gateway:3.6\n  web:\n    build: ./web\n';
    expect((await read(kongSource, 'docker-compose.yml', compose)).map((fact) => (fact.type === 'component' ? `${fact.name} ${fact.aliases?.join(',')}` : fact.type))).toEqual(['api-gateway kong']);
    const ingress = 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: { name: web }\nspec:\n  ingressClassName: kong\n  defaultBackend: { service: { name: web, port: { number: 80 } } }\n';
    const facts = [...(await read(dockerComposeSource, 'docker-compose.yml', compose)), ...(await read(kongSource, 'docker-compose.yml', compose)), ...(await read(kubernetesManifestsSource, 'k8s/ingress.yaml', ingress))];
    expect(edges(facts)).toEqual(['api-gateway -> web rest']);
    // Two Kongs in one file: both are Kong, neither is the one the ingress class names.
    const two = await read(kongSource, 'docker-compose.yml', 'services:\n  public:\n    image: kong:3.6\n  internal:\n    image: kong:3.6\n');
    expect(two.map((fact) => (fact.type === 'component' ? `${fact.name} ${fact.technology} ${fact.aliases?.join(',') ?? '-'}` : fact.type))).toEqual(['public Kong -', 'internal Kong -']);
  });
});

describe('Kong for Kubernetes', () => {
  it('reads a KongPlugin keeping counters in Redis as the gateway kong; not a disabled one or a tracing plugin', async () => {
    const text = [
      'apiVersion: configuration.konghq.com/v1', //  1
      'kind: KongPlugin', //                         2
      'metadata: { name: rate-limit }', //           3
      'plugin: rate-limiting', //                    4
      'config:', //                                  5
      '  minute: 60', //                             6
      '  policy: redis', //                          7
      '  redis: { host: redis, port: 6379 }', //     8
      '---',
      'apiVersion: configuration.konghq.com/v1',
      'kind: KongPlugin',
      'metadata: { name: old }',
      'disabled: true',
      'plugin: rate-limiting',
      'config: { policy: redis, redis_host: legacy-cache }',
      '---',
      'apiVersion: configuration.konghq.com/v1',
      'kind: KongClusterPlugin',
      'metadata: { name: tracing, labels: { global: "true" } }',
      'plugin: zipkin',
      'config: { http_endpoint: "http://jaeger-collector:9411/api/v2/spans" }',
    ].join('\n');
    expect(await routes(kubernetesManifestsSource, 'k8s/plugins.yaml', text)).toEqual(['kong -> redis:6379 database Redis @8']);
  });

  it('makes the kong ingress class, the Deployment running Kong and its plugins one gateway; gRPC by the Ingress or the Service', async () => {
    const text = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: { name: edge-proxy }',
      'spec:',
      '  template:',
      '    metadata: { labels: { app: edge-proxy } }',
      '    spec:',
      '      containers: [{ name: proxy, image: "kong:3.6" }]',
      '---',
      'apiVersion: networking.k8s.io/v1',
      'kind: Ingress',
      'metadata: { name: web }',
      'spec:',
      '  ingressClassName: kong',
      '  rules:',
      '    - http:',
      '        paths:',
      '          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }',
      '          - { path: /ledger.v1.Ledger, pathType: Prefix, backend: { service: { name: ledger, port: { number: 50051 } } } }',
      '---',
      'apiVersion: networking.k8s.io/v1',
      'kind: Ingress',
      'metadata: { name: rpc, annotations: { konghq.com/protocols: "grpc,grpcs" } }',
      'spec:',
      '  ingressClassName: kong',
      '  defaultBackend: { service: { name: quotes, port: { number: 50051 } } }',
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata: { name: ledger, annotations: { konghq.com/protocol: grpc } }',
      'spec: { selector: { app: ledger } }',
      '---',
      'apiVersion: configuration.konghq.com/v1',
      'kind: KongPlugin',
      'metadata: { name: rl }',
      'plugin: rate-limiting',
      'config: { policy: redis, redis_host: cache }',
    ].join('\n');
    const graph = resolveFacts(await read(kubernetesManifestsSource, 'k8s/edge.yaml', text));
    // One gateway, named after the product as the cluster's controllers are (ingress-nginx, traefik).
    expect(graph.systems.filter((system) => system.kind === 'gateway').map((system) => system.id)).toEqual(['kong']);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`).sort()).toEqual(['kong -> cache database', 'kong -> ledger grpc', 'kong -> quotes grpc', 'kong -> web rest']);
  });

  it('reads a declarative configuration from a ConfigMap, as the calls of the workload mounting it', async () => {
    const configMap = [
      'apiVersion: v1', //                       1
      'kind: ConfigMap', //                      2
      'metadata: { name: kong-config }', //      3
      'data:', //                                4
      '  kong.yml: |', //                        5
      '    _format_version: "3.0"', //           6
      '    services:', //                        7
      '      - name: orders', //                 8
      '        url: http://orders:8080', //      9
      '        routes: [{ paths: [/orders] }]', // 10
    ].join('\n');
    const deployment = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: { name: gateway }',
      'spec:',
      '  template:',
      '    metadata: { labels: { app: gateway } }',
      '    spec:',
      '      containers: [{ name: kong, image: "kong:3.6" }]',
      '      volumes: [{ name: config, configMap: { name: kong-config } }]',
    ].join('\n');
    const together = await read(kubernetesManifestsSource, 'k8s/gateway.yaml', `${configMap}\n---\n${deployment}`);
    expect(edges(together)).toEqual(['gateway -> orders rest']);
    expect(together.filter((fact): fact is ConnectionFact => fact.type === 'connection' && fact.component === 'gateway').map((fact) => fact.evidence.line)).toEqual([9]);
    // Apart, joined through the ConfigMap's settings group.
    const facts = [...(await read(kubernetesManifestsSource, 'k8s/config.yaml', configMap)), ...(await read(kubernetesManifestsSource, 'k8s/gateway.yaml', deployment))];
    expect(edges(facts)).toEqual(['gateway -> orders rest']);
  });
});
