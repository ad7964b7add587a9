import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor, type Source } from '../../source.js';
import { dockerComposeSource } from '../config/docker-compose.js';
import { kubernetesManifestsSource } from '../config/kubernetes-manifests.js';
import { traefikSource } from './traefik.js';

async function read(source: Source, path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return source.read(file, { evidenceAt: evidenceFor(file), parse: parseCode, rules: [] });
}

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
});
