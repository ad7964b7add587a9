import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { evidenceFor, type Source } from '../../source.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { dockerComposeSource } from './docker-compose.js';
import { kubernetesManifestsSource } from './kubernetes-manifests.js';

async function read(source: Source, path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return source.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

function edges(facts: Fact[]): { systems: string[]; integrations: string[] } {
  const graph = resolveFacts(facts);
  return {
    systems: graph.systems.map((system) => `${system.id} ${system.kind}${system.technology ? ` ${system.technology}` : ''}`),
    integrations: graph.integrations.map((integration) => `${integration.source} -> ${integration.target}`),
  };
}

const SIDECAR_COMPOSE = (sidecar: string[]): string =>
  [
    'services:',
    '  catalog-api:',
    '    build: ./catalog',
    '    depends_on: [rabbitmq, dapr-placement]',
    '  web:',
    '    build: ./web',
    '    depends_on: [catalog-api-dapr]',
    '  catalog-api-dapr:',
    ...sidecar.map((line) => `    ${line}`),
    '  dapr-placement:',
    '    image: "daprio/dapr:1.12"',
    '    command: ["./placement", "-port", "50000"]',
    '  dapr-dashboard:',
    '    image: daprio/dashboard:latest',
    '  rabbitmq:',
    '    image: rabbitmq:3-management',
  ].join('\n');

describe('Dapr in Docker Compose', () => {
  it.each([
    ['image and command with network_mode', ['image: "daprio/daprd:1.12.0"', 'command: ["./daprd", "-app-id", "catalog-api", "-app-port", "80", "-placement-host-address", "dapr-placement:50000"]', 'network_mode: "service:catalog-api"', 'depends_on: [catalog-api, dapr-placement]']],
    ['--app-id= form, no network_mode', ['image: daprio/daprd', 'command: ./daprd --app-id=catalog-api --app-port 80', 'depends_on: [catalog-api]']],
    ['network_mode only, app id spelled otherwise', ['image: daprio/daprd:edge', 'command: ["./daprd", "-app-id", "catalog"]', 'network_mode: "service:catalog-api"', 'depends_on: [catalog-api]']],
  ])('folds the sidecar into its app (%s); placement and dashboard are control plane', async (_case, sidecar) => {
    const facts = await read(dockerComposeSource, 'docker-compose.yml', SIDECAR_COMPOSE(sidecar));
    expect(edges(facts)).toEqual({
      systems: ['catalog-api application', 'dapr-dashboard other Dapr', 'dapr-placement other Dapr', 'rabbitmq message-broker RabbitMQ', 'web application'],
      integrations: ['catalog-api -> rabbitmq', 'web -> catalog-api'],
    });
  });

  it('leaves a daprd service alone when it names no app', async () => {
    const facts = await read(dockerComposeSource, 'docker-compose.yml', ['services:', '  sidecar:', '    image: daprio/daprd'].join('\n'));
    expect(edges(facts).systems).toEqual(['sidecar application']);
  });
});

describe('Dapr on Kubernetes', () => {
  const deployment = (annotations: string[]): string =>
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: catalog',
      'spec:',
      '  template:',
      '    metadata:',
      '      labels: { app: catalog }',
      ...(annotations.length > 0 ? ['      annotations:', ...annotations.map((line) => `        ${line}`)] : []),
      '    spec:',
      '      containers:',
      '        - name: catalog',
      '          image: acme/catalog:1.0',
    ].join('\n');
  const caller: Fact = { type: 'connection', component: 'web', target: { host: 'products' }, role: 'calls', mechanism: 'rest', evidence: { file: 'web/app.cs', line: 1, excerpt: 'x' }, confidence: 0.9 };
  const web: Fact = { type: 'component', name: 'web', kind: 'application', evidence: { file: 'web/web.csproj', line: 1, excerpt: 'x' }, confidence: 0.95 };

  it.each([
    ['enabled with an app id', ['dapr.io/enabled: "true"', 'dapr.io/app-id: "products"'], ['web -> catalog']],
    ['enabled as a YAML boolean', ['dapr.io/enabled: true', 'dapr.io/app-id: products'], ['web -> catalog']],
    ['not enabled', ['dapr.io/enabled: "false"', 'dapr.io/app-id: "products"'], ['web -> products']],
    ['no annotations', [], ['web -> products']],
  ])('the app id is another name of the workload (%s)', async (_case, annotations, expected) => {
    const facts = await read(kubernetesManifestsSource, 'k8s/catalog.yaml', deployment(annotations));
    expect(edges([...facts, web, caller]).integrations).toEqual(expected);
  });
});
