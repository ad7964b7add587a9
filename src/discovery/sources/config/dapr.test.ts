import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { evidenceFor, type Source } from '../../source.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { dockerComposeSource } from './docker-compose.js';
import { kubernetesManifestsSource } from './kubernetes-manifests.js';
import { daprComponentsSource } from './dapr-components.js';

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
    // Listening on HTTP's port: web's depends_on it (through its sidecar) is a REST call, not a start order only.
    '    ports: ["5101:80"]',
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
  it('binds a scoped component to a workload by its app id', async () => {
    const component = ['apiVersion: dapr.io/v1alpha1', 'kind: Component', 'metadata:', '  name: catalog.state', 'spec:', '  type: state.redis', '  metadata:', '    - name: redisHost', '      value: cache:6379', 'scopes:', '  - products'].join('\n');
    const facts = [
      ...(await read(kubernetesManifestsSource, 'k8s/catalog.yaml', deployment(['dapr.io/enabled: "true"', 'dapr.io/app-id: "products"']))),
      ...(await read(daprComponentsSource, 'k8s/dapr/state.yaml', component)),
      web,
    ];
    const uses = (component: string): Fact => ({ type: 'connection', component, target: { key: 'dapr:component:catalog.state' }, role: 'uses', mechanism: 'database', technology: 'Dapr', evidence: { file: `${component}/x.cs`, line: 1, excerpt: 'x' }, confidence: 0.9 });
    expect(edges([...facts, uses('catalog'), uses('web')]).integrations).toEqual(['catalog -> cache']);
  });
});

describe('Dapr components', () => {
  const component = (name: string, type: string, metadata: [string, string][], scopes: string[] = []): string =>
    [
      'apiVersion: dapr.io/v1alpha1',
      'kind: Component',
      'metadata:',
      `  name: ${name}`,
      'spec:',
      `  type: ${type}`,
      '  version: v1',
      '  metadata:',
      ...metadata.flatMap(([field, value]) => [`    - name: ${field}`, `      value: "${value}"`]),
      ...(scopes.length > 0 ? [`scopes: [${scopes.join(', ')}]`] : []),
    ].join('\n');

  it.each([
    ['pubsub.rabbitmq', [['host', 'amqp://rabbitmq:5672']], 'amqp://rabbitmq:5672'],
    ['pubsub.rabbitmq', [['connectionString', 'amqp://guest:guest@rabbitmq:5672']], 'amqp://guest:***@rabbitmq:5672'],
    ['pubsub.kafka', [['brokers', 'kafka:9092,kafka2:9092'], ['consumerGroup', 'g']], 'kafka:9092'],
    ['state.redis', [['redisHost', 'redis:6379'], ['redisPassword', '']], 'redis:6379'],
    ['bindings.smtp', [['host', 'maildev'], ['port', '25']], 'smtp://maildev'],
    ['bindings.twilio.sendgrid', [['apiKey', '{{ secret.key }}']], 'https://api.sendgrid.com'],
  ] as [string, [string, string][], string][])('binds a %s component to the address in its metadata', async (type, metadata, value) => {
    const facts = await read(daprComponentsSource, 'dapr/components/thing.yaml', component('thing', type, metadata));
    expect(facts.map((fact) => (fact.type === 'binding' ? [fact.scope, fact.key, fact.value] : fact.type))).toEqual([['', 'dapr:component:thing', value]]);
  });

  it('binds a state store marked actorStateStore as the actors\' store too', async () => {
    const facts = await read(daprComponentsSource, 'dapr/components/statestore.yaml', component('statestore', 'state.redis', [['redisHost', 'redis:6379'], ['actorStateStore', 'true']]));
    expect(facts.map((fact) => (fact.type === 'binding' ? [fact.key, fact.value] : fact.type))).toEqual([['dapr:component:statestore', 'redis:6379'], ['dapr:actor-state-store', 'redis:6379']]);
  });

  it.each([
    ['a secret store', component('secrets', 'secretstores.local.file', [['secretsFile', 'secrets.json']])],
    ['a value from a secret', component('pubsub', 'pubsub.rabbitmq', [['host', '{{ secret.host }}']])],
    ['a Kubernetes object', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  host: dapr.io'],
  ])('binds nothing for %s', async (_case, text) => {
    expect(await read(daprComponentsSource, 'dapr/components/x.yaml', text)).toEqual([]);
  });

  it('binds a scoped component to each app in scope, and to nothing for the others', async () => {
    const facts = await read(daprComponentsSource, 'deploy/pubsub.yaml', component('pubsub', 'pubsub.rabbitmq', [['host', 'amqp://rabbitmq:5672']], ['ordering-api', 'basket-api']));
    expect(facts.map((fact) => (fact.type === 'binding' ? [fact.component ?? `scope:${fact.scope}`, fact.key, fact.value] : fact.type))).toEqual([
      ['ordering-api', 'dapr:component:pubsub', 'amqp://rabbitmq:5672'],
      ['basket-api', 'dapr:component:pubsub', 'amqp://rabbitmq:5672'],
      ['scope:', 'dapr:component:pubsub', '$ref:dapr:out-of-scope'],
    ]);
  });

  it.each([
    ['pubsub.azure.servicebus.topics', [['connectionString', { secret: 'sb', key: 'cs' }]], 'servicebus', 'servicebus message-broker Azure Service Bus'],
    ['bindings.azure.blobstorage', [['storageAccount', { secret: 'st', key: 'account' }], ['container', 'receipts']], 'blobstorage', 'blobstorage file-store Azure Blob Storage'],
    ['state.azure.cosmosdb', [['url', 'https://orders.documents.azure.com:443/']], 'https://orders.documents.azure.com:443/', 'orders database Azure Cosmos DB'],
    ['state.redis', [['redisHost', { secret: 'redis', key: 'host' }]], 'redis', 'redis database Redis'],
    ['pubsub.aws.snssqs', [], 'sns', 'sns message-broker Amazon SNS'],
  ] as [string, [string, string | { secret: string; key: string }][], string, string][])('makes a %s component whose address is a secret stand for its product', async (type, metadata, value, system) => {
    const text = [
      'apiVersion: dapr.io/v1alpha1',
      'kind: Component',
      'metadata:',
      '  name: heron.thing',
      'spec:',
      `  type: ${type}`,
      '  metadata:',
      ...metadata.flatMap(([field, item]) => (typeof item === 'string' ? [`    - name: ${field}`, `      value: "${item}"`] : [`    - name: ${field}`, '      secretKeyRef:', `        name: ${item.secret}`, `        key: ${item.key}`])),
    ].join('\n');
    const facts = await read(daprComponentsSource, 'manifests/thing.yaml', text);
    expect(facts.map((fact) => (fact.type === 'binding' ? `${fact.key}=${fact.value}` : fact.type === 'component' ? `${fact.name} ${fact.kind} ${fact.technology}` : fact.type))).toEqual([system, `dapr:component:heron.thing=${value}`]);
  });

  it('binds nothing for a component of a developer\'s machine (localhost)', async () => {
    expect(await read(daprComponentsSource, 'dapr/components/statestore.yaml', component('statestore', 'state.redis', [['redisHost', 'localhost:6379']]))).toEqual([]);
  });

  it('resolves a component name used in code to the system behind it, for apps in scope', async () => {
    const facts = [
      ...(await read(daprComponentsSource, 'dapr/components/pubsub.yaml', component('pubsub', 'pubsub.rabbitmq', [['host', 'amqp://rabbitmq:5672']], ['ordering-api', 'basket-api']))),
      ...(await read(daprComponentsSource, 'dapr/components/statestore.yaml', component('statestore', 'state.redis', [['redisHost', 'redis:6379']]))),
      ...(await read(dockerComposeSource, 'docker-compose.yml', ['services:', '  ordering-api:', '    build: ./ordering', '  basket-api:', '    build: ./basket', '  catalog-api:', '    build: ./catalog', '  rabbitmq:', '    image: rabbitmq:3', '  redis:', '    image: redis:7'].join('\n'))),
    ];
    const evidence = { file: 'ordering/x.cs', line: 1, excerpt: 'x' };
    const code: Fact[] = [
      { type: 'connection', component: 'ordering-api', target: { key: 'dapr:component:pubsub' }, role: 'produces', mechanism: 'messaging', evidence, confidence: 0.9 },
      { type: 'connection', component: 'basket-api', target: { key: 'dapr:component:pubsub' }, role: 'consumes', mechanism: 'messaging', evidence, confidence: 0.9 },
      { type: 'connection', component: 'basket-api', target: { key: 'dapr:component:statestore' }, role: 'uses', mechanism: 'database', evidence, confidence: 0.9 },
      { type: 'connection', component: 'catalog-api', target: { key: 'dapr:component:pubsub' }, role: 'produces', mechanism: 'messaging', technology: 'Dapr', evidence: { ...evidence, file: 'catalog/x.cs' }, confidence: 0.9 },
    ];
    expect(edges([...facts, ...code]).integrations.sort()).toEqual(['basket-api -> redis', 'ordering-api -> rabbitmq', 'rabbitmq -> basket-api']);
  });
});
