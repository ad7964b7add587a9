import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { readSnippetWithNames } from '../code/code-test-support.js';
import { dockerComposeSource } from '../config/docker-compose.js';
import { kubernetesManifestsSource } from '../config/kubernetes-manifests.js';
import { envoySource } from './envoy.js';

/** Every fact a source states for an inline file, read with the real parser. */
const read = readSnippetWithNames;

/** Each connection as `target mechanism technology @line`. */
async function routes(path: string, text: string): Promise<string[]> {
  return (await read(envoySource, path, text))
    .filter((fact): fact is ConnectionFact => fact.type === 'connection')
    .map((fact) => `${fact.target.key !== undefined ? `key:${fact.target.key}` : `${fact.target.host}${fact.target.port ? `:${fact.target.port}` : ''}`} ${fact.mechanism} ${fact.technology} @${fact.evidence.line}`);
}

/** A v3 front proxy filled by envsubst, with a tracer, a gRPC-Web backend and an unused cluster. */
const FRONT_PROXY = [
  'admin:', //                                                                   1
  '  address: { socket_address: { address: 0.0.0.0, port_value: 9901 } }', //   2
  'static_resources:', //                                                        3
  '  listeners:', //                                                             4
  '    - name: ingress', //                                                      5
  '      address: { socket_address: { address: 0.0.0.0, port_value: ${ENVOY_PORT} } }', // 6
  '      filter_chains:', //                                                     7
  '        - filters:', //                                                       8
  '            - name: envoy.filters.network.http_connection_manager', //        9
  '              typed_config:', //                                             10
  '                "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager', // 11
  '                stat_prefix: ingress_http', //                               12
  '                tracing:', //                                                13
  '                  provider:', //                                             14
  '                    name: envoy.tracers.opentelemetry', //                   15
  '                    typed_config:', //                                       16
  '                      "@type": type.googleapis.com/envoy.config.trace.v3.OpenTelemetryConfig', // 17
  '                      grpc_service: { envoy_grpc: { cluster_name: otel_collector } }', // 18
  '                route_config:', //                                           19
  '                  virtual_hosts:', //                                        20
  '                    - name: frontend', //                                    21
  '                      domains: ["*"]', //                                    22
  '                      routes:', //                                           23
  '                        - match: { prefix: "/images/" }', //                 24
  '                          route: { cluster: image_provider }', //            25
  '                        - match: { prefix: "/shop.v1.Cart/" }', //           26
  '                          route: { cluster: cart }', //                      27
  '                        - match: { prefix: "/" }', //                        28
  '                          route:', //                                        29
  '                            weighted_clusters:', //                          30
  '                              clusters:', //                                 31
  '                                - { name: frontend, weight: 90 }', //        32
  '                                - { name: frontend_canary, weight: 10 }', // 33
  '                http_filters:', //                                           34
  '                  - name: envoy.filters.http.router', //                     35
  '  clusters:', //                                                             36
  '    - name: frontend', //                                                    37
  '      type: STRICT_DNS', //                                                  38
  '      load_assignment:', //                                                  39
  '        cluster_name: frontend', //                                          40
  '        endpoints:', //                                                      41
  '          - lb_endpoints:', //                                               42
  '              - endpoint:', //                                               43
  '                  address:', //                                              44
  '                    socket_address:', //                                     45
  '                      address: ${FRONTEND_HOST}', //                         46
  '                      port_value: ${FRONTEND_PORT}', //                      47
  '    - name: frontend_canary', //                                             48
  '      load_assignment:', //                                                  49
  '        endpoints: [{ lb_endpoints: [{ endpoint: { address: { socket_address: { address: ${CANARY_HOST:-frontend-canary}, port_value: 8080 } } } }] }]', // 50
  '    - name: image_provider', //                                              51
  '      load_assignment:', //                                                  52
  '        endpoints:', //                                                      53
  '          - lb_endpoints:', //                                               54
  '              - endpoint: { address: { socket_address: { address: image-provider, port_value: 8081 } } }', // 55
  '    - name: cart', //                                                        56
  '      typed_extension_protocol_options:', //                                 57
  '        envoy.extensions.upstreams.http.v3.HttpProtocolOptions:', //         58
  '          "@type": type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions', // 59
  '          explicit_http_config: { http2_protocol_options: {} }', //          60
  '      load_assignment:', //                                                  61
  '        endpoints:', //                                                      62
  '          - lb_endpoints:', //                                               63
  '              - endpoint: { address: { socket_address: { address: cart, port_value: 7070 } } }', // 64
  '    - name: otel_collector', //                                              65
  '      http2_protocol_options: {}', //                                        66
  '      load_assignment:', //                                                  67
  '        endpoints:', //                                                      68
  '          - lb_endpoints:', //                                               69
  '              - endpoint: { address: { socket_address: { address: otel-collector, port_value: 4317 } } }', // 70
  '    - name: unused', //                                                      71
  '      load_assignment:', //                                                  72
  '        endpoints:', //                                                      73
  '          - lb_endpoints:', //                                               74
  '              - endpoint: { address: { socket_address: { address: legacy, port_value: 80 } } }', // 75
].join('\n');

describe('Envoy source', () => {
  it.each([
    ['envoy.yaml', true],
    ['proxy/envoy.yml', true],
    ['src/frontend-proxy/envoy.tmpl.yaml', true],
    ['front-envoy.yaml', true],
    ['deploy/gateway.envoy.yaml', true],
    ['deploy/envoy.yaml.tmpl', true],
    ['deploy/proxy.yaml', true],
    ['src/app.ts', false],
    ['envoy.json', true],
    ['gateways/admin/front-envoy.json', true],
    ['package.json', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(envoySource.accepts(path)).toBe(accepted);
  });

  it('reports each routed cluster host, keeping envsubst placeholders, and skips the tracer and unused clusters', async () => {
    expect(await routes('src/frontend-proxy/envoy.tmpl.yaml', FRONT_PROXY)).toEqual([
      'key:FRONTEND_HOST rest HTTP @46',
      'frontend-canary:8080 rest HTTP @50',
      'image-provider:8081 rest HTTP @55',
      'cart:7070 grpc gRPC @64',
    ]);
  });

  it('takes evidence from the line of the cluster address', async () => {
    const [first] = (await read(envoySource, 'envoy.yaml', FRONT_PROXY)).filter((fact) => fact.type === 'connection');
    expect(first?.evidence).toEqual({ file: 'envoy.yaml', line: 46, excerpt: 'address: ${FRONTEND_HOST}' });
  });

  it('reads the v2 layout: config instead of typed_config, hosts, http2_protocol_options with a gRPC-Web filter', async () => {
    const v2 = [
      'static_resources:', //                                          1
      '  listeners:', //                                               2
      '  - address: { socket_address: { address: 0.0.0.0, port_value: 8080 } }', // 3
      '    filter_chains:', //                                         4
      '    - filters:', //                                             5
      '      - name: envoy.http_connection_manager', //                6
      '        config:', //                                            7
      '          route_config:', //                                    8
      '            virtual_hosts:', //                                 9
      '            - name: backend', //                                10
      '              domains: ["*"]', //                               11
      '              routes:', //                                      12
      '              - match: { prefix: "/" }', //                     13
      '                route: { cluster: greeter_service }', //        14
      '              - match: { prefix: "/web" }', //                  15
      '                route: { cluster: web }', //                    16
      '          http_filters:', //                                    17
      '          - name: envoy.grpc_web', //                           18
      '          - name: envoy.router', //                             19
      '  clusters:', //                                                20
      '  - name: greeter_service', //                                  21
      '    type: logical_dns', //                                      22
      '    http2_protocol_options: {}', //                             23
      '    hosts: [{ socket_address: { address: greeter, port_value: 9090 } }]', // 24
      '  - name: web', //                                              25
      '    hosts:', //                                                 26
      '    - socket_address:', //                                      27
      '        address: web', //                                       28
      '        port_value: 80', //                                     29
    ].join('\n');
    expect(await routes('envoy.yaml', v2)).toEqual(['greeter:9090 grpc gRPC @24', 'web:80 rest HTTP @28']);
  });

  it('keeps an HTTP/2 cluster REST when nothing on the route says gRPC', async () => {
    const text = 'static_resources:\n  listeners:\n  - filter_chains:\n    - filters:\n      - name: envoy.filters.network.http_connection_manager\n        typed_config:\n          route_config:\n            virtual_hosts:\n            - routes:\n              - match: { prefix: "/api" }\n                route: { cluster: api }\n  clusters:\n  - name: api\n    http2_protocol_options: {}\n    load_assignment: { endpoints: [{ lb_endpoints: [{ endpoint: { address: { socket_address: { address: api, port_value: 8000 } } } }] }] }\n';
    expect(await routes('envoy.yaml', text)).toEqual(['api:8000 rest HTTP @15']);
    expect(await routes('envoy.yaml', text.replace('{ prefix: "/api" }', '{ prefix: "/", grpc: {} }'))).toEqual(['api:8000 grpc gRPC @15']);
  });

  it.each([
    ['a YAML file that is not an Envoy bootstrap', 'proxy.yaml', 'clusters:\n  - name: a\n    address: orders\n'],
    ['a static IP or loopback upstream', 'envoy.yaml', 'static_resources:\n  listeners:\n  - filter_chains: [{ filters: [{ typed_config: { route_config: { virtual_hosts: [{ routes: [{ route: { cluster: a } }, { route: { cluster: b } }] }] } } }] }]\n  clusters:\n  - { name: a, load_assignment: { endpoints: [{ lb_endpoints: [{ endpoint: { address: { socket_address: { address: 10.0.0.5, port_value: 80 } } } }] }] } }\n  - { name: b, load_assignment: { endpoints: [{ lb_endpoints: [{ endpoint: { address: { socket_address: { address: 127.0.0.1, port_value: 80 } } } }] }] } }\n'],
    ['a TCP proxy (its protocol is not said)', 'envoy.yaml', 'static_resources:\n  listeners:\n  - filter_chains: [{ filters: [{ name: envoy.filters.network.tcp_proxy, typed_config: { cluster: db } }] }]\n  clusters:\n  - { name: db, load_assignment: { endpoints: [{ lb_endpoints: [{ endpoint: { address: { socket_address: { address: postgres, port_value: 5432 } } } }] }] } }\n'],
    ['a file that does not parse', 'envoy.yaml', 'static_resources:\n  clusters: [ { name: a\n'],
  ])('reports nothing for %s', async (_name, path, text) => {
    expect(await routes(path, text)).toEqual([]);
  });

  it('belongs to the compose service that runs it, its hosts resolved through the environment', async () => {
    const compose = [
      'services:',
      '  frontend-proxy:',
      '    build: ./src/frontend-proxy',
      '    environment:',
      '      FRONTEND_HOST: frontend',
      '      FRONTEND_PORT: "8080"',
      '  frontend:',
      '    image: shop/frontend',
      '  frontend-canary:',
      '    image: shop/frontend',
      '  image-provider:',
      '    image: shop/images',
      '  cart:',
      '    image: shop/cart',
      '  otel-collector:',
      '    image: otel/opentelemetry-collector-contrib',
      '  legacy:',
      '    image: shop/legacy',
    ].join('\n');
    const graph = resolveFacts([...(await read(dockerComposeSource, 'docker-compose.yml', compose)), ...(await read(envoySource, 'src/frontend-proxy/envoy.tmpl.yaml', FRONT_PROXY))]);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`).sort()).toEqual([
      'frontend-proxy -> cart grpc',
      'frontend-proxy -> frontend rest',
      'frontend-proxy -> frontend-canary rest',
      'frontend-proxy -> image-provider rest',
    ]);
  });

  it('routes through the local Dapr sidecar to the app id a rewrite names, not to the sidecar', async () => {
    const envoy = [
      'static_resources:',
      '  listeners:',
      '    - address: { socket_address: { address: 0.0.0.0, port_value: 80 } }',
      '      filter_chains:',
      '        - filters:',
      '            - name: envoy.filters.network.http_connection_manager',
      '              typed_config:',
      '                route_config:',
      '                  virtual_hosts:',
      '                    - name: backend',
      '                      domains: ["*"]',
      '                      routes:',
      '                        - match: { prefix: "/c/" }',
      '                          route: { prefix_rewrite: "/v1.0/invoke/catalog-api/method/", cluster: dapr }',
      '                        - match: { safe_regex: { regex: "^/o/(.*)" } }',
      '                          route:',
      '                            cluster: dapr',
      '                            regex_rewrite: { pattern: { regex: "^/o/(.*)" }, substitution: \'/v1.0/invoke/ordering-api/method/\\1\' }',
      '                        - match: { prefix: "/health" }',
      '                          route: { cluster: identity }',
      '  clusters:',
      '    - name: dapr',
      '      load_assignment: { endpoints: [{ lb_endpoints: [{ endpoint: { address: { socket_address: { address: 127.0.0.1, port_value: 3500 } } } }] }] }',
      '    - name: identity',
      '      load_assignment: { endpoints: [{ lb_endpoints: [{ endpoint: { address: { socket_address: { address: identity-api, port_value: 80 } } } }] }] }',
    ].join('\n');
    expect(await routes('webshoppingapigw/envoy.yaml', envoy)).toEqual(['catalog-api rest Dapr @23', 'ordering-api rest Dapr @23', 'identity-api:80 rest HTTP @25']);
    const compose = [
      'services:',
      '  webshoppingapigw:',
      '    image: envoyproxy/envoy:v1.11.1',
      '    volumes: ["./webshoppingapigw/envoy.yaml:/etc/envoy/envoy.yaml"]',
      '  webshoppingapigw-dapr:',
      '    image: daprio/daprd',
      '    command: ["./daprd", "-app-id", "webshoppingapigw"]',
      '    network_mode: "service:webshoppingapigw"',
      '  catalog-api:',
      '    build: ./catalog',
      '  ordering-api:',
      '    build: ./ordering',
      '  identity-api:',
      '    build: ./identity',
    ].join('\n');
    const graph = resolveFacts([...(await read(dockerComposeSource, 'docker-compose.yml', compose)), ...(await read(envoySource, 'webshoppingapigw/envoy.yaml', envoy))]);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`).sort()).toEqual(['webshoppingapigw -> catalog-api rest', 'webshoppingapigw -> identity-api rest', 'webshoppingapigw -> ordering-api rest']);
    expect(graph.systems.find((system) => system.id === 'webshoppingapigw')?.kind).toBe('gateway');
  });
  it('reads the bootstrap written in JSON: weighted clusters, an HTTP/2 gRPC cluster, an unrouted tracer', async () => {
    const json = JSON.stringify(
      {
        static_resources: {
          listeners: [
            {
              filter_chains: [
                {
                  filters: [
                    {
                      name: 'envoy.filters.network.http_connection_manager',
                      typed_config: {
                        route_config: {
                          virtual_hosts: [
                            {
                              domains: ['*'],
                              routes: [
                                { match: { prefix: '/shop.basket.v1.Basket/', grpc: {} }, route: { cluster: 'basket' } },
                                { match: { prefix: '/identity/' }, route: { weighted_clusters: { clusters: [{ name: 'blue', weight: 90 }, { name: 'green', weight: 10 }] } } },
                              ],
                            },
                          ],
                        },
                      },
                    },
                  ],
                },
              ],
            },
          ],
          clusters: [
            { name: 'basket', typed_extension_protocol_options: { 'envoy.extensions.upstreams.http.v3.HttpProtocolOptions': { explicit_http_config: { http2_protocol_options: {} } } }, load_assignment: { endpoints: [{ lb_endpoints: [{ endpoint: { address: { socket_address: { address: 'basket-api', port_value: 50051 } } } }] }] } },
            { name: 'blue', load_assignment: { endpoints: [{ lb_endpoints: [{ endpoint: { address: { socket_address: { address: 'identity-blue', port_value: 80 } } } }] }] } },
            { name: 'green', load_assignment: { endpoints: [{ lb_endpoints: [{ endpoint: { address: { socket_address: { address: 'identity-green', port_value: 80 } } } }] }] } },
            { name: 'jaeger', load_assignment: { endpoints: [{ lb_endpoints: [{ endpoint: { address: { socket_address: { address: 'jaeger', port_value: 9411 } } } }] }] } },
          ],
        },
      },
      null,
      1,
    );
    const found = await routes('gateways/admin/envoy.json', json);
    expect(found.map((route) => route.replace(/ @\d+$/, ''))).toEqual(['basket-api:50051 grpc gRPC', 'identity-blue:80 rest HTTP', 'identity-green:80 rest HTTP']);
    // Evidence on the line that names the host.
    const lines = json.split('\n');
    for (const route of found) expect(lines[Number(/@(\d+)$/.exec(route)?.[1]) - 1]).toContain(route.split(':')[0]);
  });

  it('sends weighted clusters through the Dapr sidecar to the app id the rewrite names', async () => {
    const envoy = [
      'static_resources:',
      '  listeners:',
      '    - filter_chains:',
      '        - filters:',
      '            - typed_config:',
      '                route_config:',
      '                  virtual_hosts:',
      '                    - routes:',
      '                        - match: { prefix: "/b/" }',
      '                          route:',
      '                            prefix_rewrite: "/v1.0/invoke/basket-api/method/"',
      '                            weighted_clusters: { clusters: [{ name: dapr, weight: 100 }] }',
      '  clusters:',
      '    - name: dapr',
      '      load_assignment: { endpoints: [{ lb_endpoints: [{ endpoint: { address: { socket_address: { address: localhost, port_value: 3500 } } } }] }] }',
    ].join('\n');
    expect(await routes('apigw/envoy.yaml', envoy)).toEqual(['basket-api rest Dapr @15']);
  });
  describe('in a Kubernetes ConfigMap mounted by the Deployment running Envoy', () => {
    const configMap = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: apigw-envoy',
      'data:',
      '  envoy.yaml: |',
      '    static_resources:',
      '      listeners:',
      '        - filter_chains:',
      '            - filters:',
      '                - name: envoy.filters.network.http_connection_manager',
      '                  typed_config:',
      '                    route_config:',
      '                      virtual_hosts:',
      '                        - routes:',
      '                            - match: { prefix: "/catalog/" }',
      '                              route: { cluster: catalog }',
      '      clusters:',
      '        - name: catalog',
      '          load_assignment:',
      '            endpoints:',
      '              - lb_endpoints:',
      '                  - endpoint: { address: { socket_address: { address: catalog-api.shop.svc.cluster.local, port_value: 80 } } }',
    ].join('\n');
    const deployment = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: apigw',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: envoy',
      '          image: envoyproxy/envoy:v1.29.2',
      '          volumeMounts: [{ name: config, mountPath: /etc/envoy }]',
      '      volumes:',
      '        - name: config',
      '          configMap: { name: apigw-envoy }',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: catalog-api',
      'spec:',
      '  template:',
      '    spec:',
      '      containers: [{ name: catalog, image: shop/catalog-api:1.0 }]',
    ].join('\n');
    const edges = (facts: Fact[]): string[] => resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`);

    it('in the same file', async () => {
      const facts = await read(kubernetesManifestsSource, 'k8s/apigw.yaml', `${configMap}\n---\n${deployment}`);
      const route = facts.find((fact): fact is ConnectionFact => fact.type === 'connection' && fact.component === 'apigw');
      expect(route).toMatchObject({ target: { host: 'catalog-api.shop.svc.cluster.local', port: 80 }, mechanism: 'rest', evidence: { line: 23 } });
      expect(edges(facts)).toEqual(['apigw -> catalog-api rest']);
    });

    it('in another file', async () => {
      const facts = [...(await read(kubernetesManifestsSource, 'k8s/apigw-configmap.yaml', configMap)), ...(await read(kubernetesManifestsSource, 'k8s/apigw.yaml', deployment))];
      expect(edges(facts)).toEqual(['apigw -> catalog-api rest']);
    });

    it('not for a ConfigMap nobody mounts', async () => {
      expect(edges(await read(kubernetesManifestsSource, 'k8s/apigw-configmap.yaml', configMap))).toEqual([]);
    });
  });
});
