import { describe, expect, it } from 'vitest';
import { code, readSnippet } from './code-test-support.js';
import { csharpCodeSource } from './csharp-source.js';
import type { Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { daprComponentsSource } from '../config/dapr-components.js';
import { dockerComposeSource } from '../config/docker-compose.js';

const COMPOSE = ['services:', '  order-service:', '    build: ./order-service', '  accounting-service:', '    build: ./accounting-service'].join('\n');

type Metadata = [string, string | { secret: string; key: string }];

const component = (name: string, type: string, metadata: Metadata[], scopes: string[] = []): string =>
  [
    'apiVersion: dapr.io/v1alpha1',
    'kind: Component',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    `  type: ${type}`,
    '  version: v1',
    '  metadata:',
    ...metadata.flatMap(([field, value]) =>
      typeof value === 'string' ? [`    - name: ${field}`, `      value: "${value}"`] : [`    - name: ${field}`, '      secretKeyRef:', `        name: ${value.secret}`, `        key: ${value.key}`],
    ),
    'auth:',
    '  secretStore: kubernetes',
    ...(scopes.length > 0 ? ['scopes:', ...scopes.map((scope) => `  - ${scope}`)] : []),
  ].join('\n');

const DEPLOYED: [string, string][] = [
  ['manifests/pubsub.yaml', component('heron.pubsub', 'pubsub.azure.servicebus.topics', [['connectionString', { secret: 'heron-servicebus', key: 'connectionString' }]], ['order-service', 'shipping-service'])],
  ['manifests/receipts.yaml', component('heron.binding.receipt', 'bindings.azure.blobstorage', [['storageAccount', { secret: 'heron-storage', key: 'account' }], ['storageAccessKey', { secret: 'heron-storage', key: 'key' }], ['container', 'receipts']], ['order-service'])],
  ['manifests/cosmos.yaml', component('heron.state.orders', 'state.azure.cosmosdb', [['url', 'https://heron-orders.documents.azure.com:443/'], ['masterKey', { secret: 'heron-cosmos', key: 'key' }], ['database', 'orders']])],
  ['manifests/redis.yaml', component('heron.state.cache', 'state.redis', [['redisHost', 'redis-master.default.svc.cluster.local:6379'], ['redisPassword', { secret: 'redis', key: 'password' }]])],
];

const LOCAL: [string, string][] = [
  ['dapr/components/pubsub.yaml', component('heron.pubsub', 'pubsub.redis', [['redisHost', 'localhost:6379']])],
  ['dapr/components/cache.yaml', component('heron.state.cache', 'state.redis', [['redisHost', 'localhost:6379']])],
];

async function edgesOf(files: [string, string][], components: [string, string][]): Promise<{ systems: string[]; edges: string[] }> {
  const facts: Fact[] = [...(await readSnippet(dockerComposeSource, 'docker-compose.yml', COMPOSE))];
  for (const [path, yaml] of components) facts.push(...(await readSnippet(daprComponentsSource, path, yaml)));
  for (const [path, text] of files) facts.push(...(await readSnippet(csharpCodeSource, path, text)));
  const graph = resolveFacts(facts);
  return {
    systems: graph.systems.filter((system) => system.kind !== 'application').map((system) => `${system.id} ${system.kind} ${system.technology ?? ''}`.trim()).sort(),
    edges: graph.integrations.map((integration) => `${integration.source} -> ${integration.target} ${integration.mechanism}${integration.channel ? ` ${integration.channel}` : ''}`).sort(),
  };
}

const ORDER_SERVICE = code`
  using Dapr;
  using Dapr.Client;
  [ApiController]
  public class OrdersController : ControllerBase {
    private const string PubSubName = "heron.pubsub";
    private readonly DaprClient dapr;
    [Topic(PubSubName, "orders")]
    [HttpPost("orders")]
    public async Task OnOrder(Order order) {
      await dapr.PublishEventAsync("heron.pubsub", "order-accepted", order);
      await dapr.InvokeBindingAsync("heron.binding.receipt", "create", order);
      await dapr.SaveStateAsync("heron.state.orders", order.Id, order);
      await dapr.GetStateAsync<Order>("heron.state.cache", order.Id);
    }
  }`;

const ACCOUNTING_SERVICE = code`
  using Dapr.Client;
  public class Ledger {
    private readonly DaprClient dapr;
    public Task Post(Entry entry) => dapr.PublishEventAsync("heron.pubsub", "ledger", entry);
    public Task Save(Entry entry) => dapr.InvokeBindingAsync("heron.binding.receipt", "create", entry);
  }`;

describe('Dapr components whose address is a secret, scopes, local components', () => {
  it('resolves secret-only components to a system named after the product; cloud hosts take the product', async () => {
    const result = await edgesOf([['order-service/OrdersController.cs', ORDER_SERVICE]], DEPLOYED);
    expect(result.systems).toEqual([
      'blobstorage file-store Azure Blob Storage',
      'heron-orders database Azure Cosmos DB',
      'redis-master database Redis',
      'servicebus message-broker Azure Service Bus',
    ]);
    expect(result.edges).toEqual([
      'order-service -> blobstorage file-transfer',
      'order-service -> heron-orders database',
      'order-service -> redis-master database',
      'order-service -> servicebus messaging order-accepted',
      'servicebus -> order-service messaging orders',
    ]);
  });

  it('gives apps outside a component’s scopes no edge to it', async () => {
    const result = await edgesOf([['accounting-service/Ledger.cs', ACCOUNTING_SERVICE]], DEPLOYED);
    expect(result.edges).toEqual([]);
  });

  it('prefers the deployed component to a local one of the same name with localhost addresses', async () => {
    for (const order of [[...LOCAL, ...DEPLOYED], [...DEPLOYED, ...LOCAL]]) {
      const result = await edgesOf([['order-service/OrdersController.cs', ORDER_SERVICE]], order);
      expect(result.edges).toContain('order-service -> servicebus messaging order-accepted');
      expect(result.edges).toContain('order-service -> redis-master database');
      expect(result.edges.join('\n')).not.toContain('localhost');
    }
  });

  it('binds nothing for a local component alone', async () => {
    const facts = await readSnippet(daprComponentsSource, LOCAL[0]![0], LOCAL[0]![1]);
    expect(facts).toEqual([]);
  });
});
