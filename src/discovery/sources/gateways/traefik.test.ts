import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { readSnippetWithNames } from '../code/code-test-support.js';
import type { Source } from '../../source.js';
import { dockerComposeSource } from '../config/docker-compose.js';
import { kubernetesManifestsSource } from '../config/kubernetes-manifests.js';
import { traefikSource } from './traefik.js';

/** Every fact a source states for an inline file, read with the real parser. */
const read = readSnippetWithNames;

/** Each connection as `gateway -> host:port mechanism`. */
async function routes(source: Source, path: string, text: string): Promise<string[]> {
  return (await read(source, path, text))
    .filter((fact): fact is ConnectionFact => fact.type === 'connection')
    .map((fact) => `${fact.component} -> ${fact.target.key !== undefined ? `key:${fact.target.key}` : `${fact.target.host}${fact.target.port ? `:${fact.target.port}` : ''}`} ${fact.mechanism}`);
}

const COMPOSE = `
services:
  proxy:
    image: traefik:v3.1
    command:
      - --providers.docker=true
      - --entrypoints.web.address=:80
  api:
    build: .
    labels:
      - "traefik.enable=true"
      - "traefik.http.routers.api.rule=PathPrefix(\`/api\`)"
      - "traefik.http.services.api.loadbalancer.server.port=3000"
  grpc-edge:
    build: .
    labels:
      traefik.http.routers.edge.rule: Host(\`edge.local\`)
      traefik.http.services.edge.loadbalancer.server.scheme: h2c
  hidden:
    build: .
    labels: ["traefik.enable=false", "traefik.http.routers.hidden.rule=Path(\`/x\`)"]
  mongo:
    image: mongo:7
  postgres-tcp:
    image: postgres:16
    labels: ["traefik.tcp.routers.pg.rule=HostSNI(\`*\`)"]
`;

describe('Traefik', () => {
  it('routes from the Traefik service to services labelled for it (docker provider)', async () => {
    expect(await routes(traefikSource, 'docker-compose.yml', COMPOSE)).toEqual(['proxy -> api:3000 rest', 'proxy -> grpc-edge grpc']);
  });

  it('reads the labels of a Compose file named for its product (Compose by its content)', async () => {
    expect(await routes(traefikSource, 'deploy/stack.yml', COMPOSE)).toEqual(['proxy -> api:3000 rest', 'proxy -> grpc-edge grpc']);
  });

  it('reads the Swarm provider\'s labels under deploy', async () => {
    const text = `services:\n  proxy:\n    image: traefik:v3.1\n  api:\n    image: shop/api\n    deploy:\n      labels:\n        - traefik.enable=true\n        - traefik.http.services.api.loadbalancer.server.port=3000\n`;
    expect(await routes(traefikSource, 'docker-compose.yml', text)).toEqual(['proxy -> api:3000 rest']);
  });

  it('reads Traefik 1 labels and command', async () => {
    const text = `services:
  proxy:
    image: traefik:1.7
    command: --docker --docker.exposedbydefault=false
  api:
    image: shop/api
    labels:
      - traefik.enable=true
      - traefik.frontend.rule=PathPrefix:/api
      - traefik.port=3000
  grpc:
    image: shop/grpc
    labels: [traefik.enable=true, traefik.protocol=h2c, traefik.port=50051]
  web:
    image: shop/web
    labels: [traefik.frontend.rule=Host:shop.local]
  cadvisor:
    image: acme/cadvisor
    command: --docker=unix:///var/run/docker.sock
`;
    expect(await routes(traefikSource, 'docker-compose.yml', text)).toEqual(['proxy -> api:3000 rest', 'proxy -> grpc:50051 grpc']);
  });

  it('with exposedByDefault=false routes only services labelled traefik.enable=true', async () => {
    const text = COMPOSE.replace('--providers.docker=true', '--providers.docker.exposedByDefault=false');
    expect(await routes(traefikSource, 'docker-compose.yml', text)).toEqual(['proxy -> api:3000 rest']);
  });

  it('labels in a compose file without Traefik are routes of a gateway named traefik', async () => {
    const text = `services:\n  web:\n    image: shop/web\n    labels: ["traefik.http.routers.web.rule=Host(\`shop\`)"]\n`;
    const facts = await read(traefikSource, 'docker-compose.override.yml', text);
    expect(facts.filter((fact) => fact.type === 'component').map((fact) => fact.type === 'component' && fact.name)).toEqual(['traefik']);
    expect(await routes(traefikSource, 'docker-compose.override.yml', text)).toEqual(['traefik -> web rest']);
  });

  it('reads the file provider: each server URL of each HTTP service', async () => {
    const text = `http:
  routers:
    api:
      rule: PathPrefix(\`/api\`)
      service: api
  services:
    api:
      loadBalancer:
        servers:
          - url: http://api:3000
          - url: "http://api-2:3000/"
    local:
      loadBalancer:
        servers:
          - url: http://localhost:9000
    grpc:
      loadBalancer:
        servers:
          - url: h2c://ratings:50051
`;
    expect(await routes(traefikSource, 'traefik/dynamic.yml', text)).toEqual(['traefik -> api:3000 rest', 'traefik -> api-2:3000 rest', 'traefik -> ratings:50051 grpc']);
  });

  it('reads the file provider whatever the case of its keys, as Traefik does', async () => {
    const text = 'HTTP:\n  Services:\n    api:\n      loadbalancer:\n        Servers:\n          - URL: http://api:3000\n';
    expect(await routes(traefikSource, 'traefik/dynamic.yml', text)).toEqual(['traefik -> api:3000 rest']);
  });

  it('ignores YAML that is not a Traefik dynamic configuration', async () => {
    expect(await routes(traefikSource, 'config/app.yml', 'services:\n  loadBalancer:\n    servers: []\n')).toEqual([]);
  });

  it('reads IngressRoute custom resources', async () => {
    const text = `apiVersion: traefik.io/v1alpha1
kind: IngressRoute
metadata:
  name: shop
spec:
  entryPoints: [websecure]
  routes:
    - match: PathPrefix(\`/api\`)
      kind: Rule
      services:
        - name: api
          port: 3000
        - name: canary
          kind: TraefikService
`;
    expect(await routes(kubernetesManifestsSource, 'k8s/ingressroute.yaml', text)).toEqual(['traefik -> api:3000 rest']);
  });

  it('resolves to the compose service running Traefik', async () => {
    const facts = [...(await read(dockerComposeSource, 'docker-compose.yml', COMPOSE)), ...(await read(traefikSource, 'docker-compose.yml', COMPOSE))];
    const graph = resolveFacts(facts);
    const edges = graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`).sort();
    expect(edges).toContain('proxy -> api rest');
    expect(edges).toContain('proxy -> grpc-edge grpc');
    expect(edges.some((edge) => edge.includes('hidden') || edge.includes('mongo') || edge.includes('postgres'))).toBe(false);
  });

  it.each([
    [
      'tables and arrays of tables',
      `[http.routers.orders]
  rule = "PathPrefix(\`/orders\`)"
  service = "orders"

[http.routers.dashboard]
  rule = "Host(\`traefik.harbor.internal\`)"
  service = "api@internal"

[http.services.orders.loadBalancer]
  [[http.services.orders.loadBalancer.servers]]
    url = "http://orders:8080"
  [[http.services.orders.loadBalancer.servers]]
    url = 'http://orders-2:8080/'

# [[http.services.legacy.loadBalancer.servers]]
#   url = "http://legacy:8080"
`,
      ['traefik -> orders:8080 rest', 'traefik -> orders-2:8080 rest'],
    ],
    [
      'dotted keys, inline tables, h2c and a local server',
      `[http.services]
  ratings.loadBalancer.servers = [ { url = "h2c://ratings:50051" } ]
  local = { loadBalancer = { servers = [ { url = "http://127.0.0.1:9000" } ] } }
`,
      ['traefik -> ratings:50051 grpc'],
    ],
    [
      'Traefik 1 backends, servers by name',
      `[frontends.orders]\n  backend = "orders"\n  [frontends.orders.routes.api]\n    rule = "PathPrefix:/orders"\n[backends.orders.servers.server1]\n  url = "http://orders:8080"\n[backends.orders.servers.server2]\n  url = "http://orders-b:8080"\n`,
      ['traefik -> orders:8080 rest', 'traefik -> orders-b:8080 rest'],
    ],
    ['a static configuration names no route', `[entryPoints.web]
  address = ":80"
[providers.file]
  directory = "/etc/traefik/dynamic"
`, []],
  ])('reads the file provider in TOML: %s', async (_name, text, expected) => {
    expect(await routes(traefikSource, 'traefik/dynamic/routes.toml', text)).toEqual(expected);
  });

  it('reads the Docker provider default of a static configuration, YAML or TOML, as a setting of its folder', async () => {
    const yaml = 'entryPoints:\n  web:\n    address: ":80"\nproviders:\n  docker:\n    exposedByDefault: false\n';
    const toml = '[providers.docker]\n  exposedByDefault = false\n';
    const v1 = 'defaultEntryPoints = ["http"]\n[docker]\n  endpoint = "unix:///var/run/docker.sock"\n  exposedByDefault = false\n';
    for (const [path, text] of [['traefik/traefik.yml', yaml], ['traefik/traefik.toml', toml], ['traefik/traefik.toml', v1]] as const) {
      const facts = await read(traefikSource, path, text);
      expect(facts.map((fact) => (fact.type === 'binding' ? `${fact.scope} ${fact.key}=${fact.value}` : fact.type))).toEqual(['traefik TRAEFIK_PROVIDERS_DOCKER_EXPOSEDBYDEFAULT=false']);
    }
  });

  it('a service routed only by default is not where the environment or the mounted static configuration turns the default off', async () => {
    const compose = (extra: string) => COMPOSE.replace('      - --entrypoints.web.address=:80', `      - --entrypoints.web.address=:80${extra}`);
    const edgesOf = async (composeText: string, more: Fact[] = []) => {
      const facts = [...(await read(dockerComposeSource, 'docker-compose.yml', composeText)), ...(await read(traefikSource, 'docker-compose.yml', composeText)), ...more];
      return resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`).sort();
    };
    expect(await edgesOf(compose(''))).toEqual(['proxy -> api rest', 'proxy -> grpc-edge grpc']);
    expect(await edgesOf(compose('\n    environment:\n      TRAEFIK_PROVIDERS_DOCKER_EXPOSEDBYDEFAULT: "false"'))).toEqual(['proxy -> api rest']);
    const mounted = compose('\n    volumes:\n      - ./traefik/traefik.yml:/etc/traefik/traefik.yml:ro');
    const staticConfig = await read(traefikSource, 'traefik/traefik.yml', 'providers:\n  docker:\n    exposedByDefault: false\n');
    expect(await edgesOf(mounted, staticConfig)).toEqual(['proxy -> api rest']);
    // Not mounted into the Traefik service: another deployment's file, which says nothing of this one.
    expect(await edgesOf(compose(''), await read(traefikSource, 'other/traefik.yml', 'providers:\n  docker:\n    exposedByDefault: false\n'))).toEqual(['proxy -> api rest', 'proxy -> grpc-edge grpc']);
  });

  it("the file provider's routes are the compose service running Traefik, whatever its name", async () => {
    const compose = 'services:\n  edge:\n    image: traefik:v3.1\n    volumes:\n      - ./traefik:/etc/traefik:ro\n  inventory:\n    image: harbor/inventory:1.7\n';
    const dynamic = 'http:\n  services:\n    inventory:\n      loadBalancer:\n        servers:\n          - url: http://inventory:8081\n';
    const facts = [...(await read(dockerComposeSource, 'docker-compose.yml', compose)), ...(await read(traefikSource, 'docker-compose.yml', compose)), ...(await read(traefikSource, 'traefik/dynamic.yml', dynamic))];
    const graph = resolveFacts(facts);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`)).toEqual(['edge -> inventory rest']);
    expect(graph.systems.map((system) => system.id).sort()).toEqual(['edge', 'inventory']);
  });

  it('IngressRoutes are made by the Kubernetes workload running Traefik, whatever its name: one system', async () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: edge-router
spec:
  template:
    metadata:
      labels:
        app: edge-router
    spec:
      containers:
        - name: traefik
          image: traefik:v3.1
---
apiVersion: v1
kind: Service
metadata:
  name: edge-router
spec:
  type: LoadBalancer
  selector:
    app: edge-router
  ports:
    - port: 80
---
apiVersion: traefik.io/v1alpha1
kind: IngressRoute
metadata:
  name: shop
spec:
  routes:
    - match: PathPrefix(\`/api\`)
      services:
        - name: api
          port: 3000
`;
    const graph = resolveFacts(await read(kubernetesManifestsSource, 'k8s/edge.yaml', text));
    // One gateway, named as the cluster's controllers are (ingress-nginx, traefik) when nothing else outweighs it.
    expect(graph.systems.filter((system) => system.kind === 'gateway').map((system) => system.id)).toEqual(['traefik']);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`)).toEqual(['traefik -> api rest']);
  });
});
