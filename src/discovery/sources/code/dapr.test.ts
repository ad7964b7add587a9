import { describe, expect, it } from 'vitest';
import { code, readSnippet, summarise } from './code-test-support.js';
import { csharpCodeSource } from './csharp-source.js';
import { goCodeSource } from './go-source.js';
import { pythonCodeSource } from './python-source.js';
import { typescriptCodeSource } from './typescript-source.js';
import type { Source } from '../../source.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { daprComponentsSource } from '../config/dapr-components.js';
import { dockerComposeSource } from '../config/docker-compose.js';

describe('Dapr in C#', () => {
  it.each([
    [
      'service invocation, with and without an HTTP method, through a constant',
      code`
        using Dapr.Client;
        public class CatalogClient {
          private const string CatalogApi = "catalog-api";
          public async Task Run(DaprClient daprClient) {
            await daprClient.InvokeMethodAsync<List<Item>>(HttpMethod.Get, CatalogApi, "api/v1/catalog/items");
            await daprClient.InvokeMethodAsync<Basket>("basket-api", "api/basket");
            var http = DaprClient.CreateInvokeHttpClient("ordering-api");
          }
        }`,
    ],
    [
      'publish, subscribe, state and a binding',
      code`
        using Dapr;
        using Dapr.Client;
        public class OrdersController : ControllerBase {
          [Topic("pubsub", "OrderCreated")]
          public async Task Handle(OrderCreated evt, DaprClient dapr) {
            await dapr.PublishEventAsync("pubsub", "OrderPaid", evt);
            await dapr.SaveStateAsync("statestore", evt.Id, evt);
            var entry = await dapr.GetStateEntryAsync<Basket>("statestore", evt.Id);
            await dapr.InvokeBindingAsync("sendmail", "create", evt);
          }
        }`,
    ],
    [
      'nothing without the Dapr namespace',
      code`
        public class Other {
          public async Task Run(Client client) {
            await client.InvokeMethodAsync("basket-api", "x");
            await client.PublishEventAsync("pubsub", "OrderPaid", evt);
          }
        }`,
    ],
  ])('%s', async (_name, text) => {
    expect(summarise(await readSnippet(csharpCodeSource, 'src/Ordering/Orders.cs', text))).toMatchSnapshot();
  });
});

describe('Dapr in JavaScript, Python and Go', () => {
  it.each([
    [
      'JavaScript @dapr/dapr',
      typescriptCodeSource,
      'src/orders/index.ts',
      code`
        import { DaprClient, HttpMethod } from "@dapr/dapr";
        const client = new DaprClient();
        await client.invoker.invoke("catalog-api", "api/items", HttpMethod.GET);
        await client.pubsub.publish("pubsub", "OrderCreated", order);
        await client.state.save("statestore", [{ key: "k", value: order }]);`,
      [
        ['calls', 'rest', { host: 'catalog-api' }, undefined, 3],
        ['produces', 'messaging', { key: 'dapr:component:pubsub' }, 'OrderCreated', 4],
        ['uses', 'database', { key: 'dapr:component:statestore' }, undefined, 5],
      ],
    ],
    [
      'Python dapr.clients',
      pythonCodeSource,
      'orders/app.py',
      code`
        from dapr.clients import DaprClient
        with DaprClient() as d:
            d.invoke_method("catalog-api", "items", data=b"", http_verb="GET")
            d.publish_event(pubsub_name="pubsub", topic_name="OrderCreated", data="{}")
            d.save_state(store_name="statestore", key="k", value="v")`,
      [
        ['calls', 'rest', { host: 'catalog-api' }, undefined, 3],
        ['produces', 'messaging', { key: 'dapr:component:pubsub' }, 'OrderCreated', 4],
        ['uses', 'database', { key: 'dapr:component:statestore' }, undefined, 5],
      ],
    ],
    [
      'Go go-sdk',
      goCodeSource,
      'orders/main.go',
      code`
        package main
        import dapr "github.com/dapr/go-sdk/client"
        func run(ctx context.Context, client dapr.Client) {
          client.InvokeMethod(ctx, "catalog-api", "items", "get")
          client.PublishEvent(ctx, "pubsub", "OrderCreated", data)
          client.SaveState(ctx, "statestore", "k", data, nil)
        }`,
      [
        ['calls', 'rest', { host: 'catalog-api' }, undefined, 4],
        ['produces', 'messaging', { key: 'dapr:component:pubsub' }, 'OrderCreated', 5],
        ['uses', 'database', { key: 'dapr:component:statestore' }, undefined, 6],
      ],
    ],
  ] as [string, Source, string, string, unknown[][]][])('%s', async (_name, source, path, text, expected) => {
    const facts = summarise(await readSnippet(source, path, text)).map((fact) => ('role' in fact ? [fact.role, fact.mechanism, fact.target, fact.channel, fact.line] : fact));
    expect(facts).toEqual(expected);
  });
});

describe('Dapr end to end', () => {
  it('joins sidecars, components and C# calls into app-to-app and app-to-broker edges', async () => {
    const compose = [
      'services:',
      '  ordering-api:',
      '    build: ./ordering',
      '  ordering-api-dapr:',
      '    image: daprio/daprd',
      '    command: ["./daprd", "-app-id", "ordering-api"]',
      '    network_mode: "service:ordering-api"',
      '    depends_on: [ordering-api]',
      '  catalog-api:',
      '    build: ./catalog',
      '  catalog-api-dapr:',
      '    image: daprio/daprd',
      '    command: ["./daprd", "-app-id", "catalog-api"]',
      '    network_mode: "service:catalog-api"',
      '  rabbitmq:',
      '    image: rabbitmq:3',
    ].join('\n');
    const component = ['apiVersion: dapr.io/v1alpha1', 'kind: Component', 'metadata:', '  name: pubsub', 'spec:', '  type: pubsub.rabbitmq', '  metadata:', '    - name: host', '      value: "amqp://rabbitmq:5672"'].join('\n');
    const ordering = code`
      using Dapr.Client;
      public class Orders {
        const string CatalogApi = "catalog-api";
        public async Task Run(DaprClient dapr) {
          await dapr.InvokeMethodAsync<Item>(HttpMethod.Get, CatalogApi, "api/items");
          await dapr.PublishEventAsync("pubsub", "OrderCreated", evt);
        }
      }`;
    const catalog = code`
      using Dapr;
      public class Handler : ControllerBase {
        [Topic("pubsub", "OrderCreated")]
        public Task On(OrderCreated evt) => Task.CompletedTask;
      }`;
    const facts = [
      ...(await readSnippet(dockerComposeSource, 'docker-compose.yml', compose)),
      ...(await readSnippet(daprComponentsSource, 'dapr/components/pubsub.yaml', component)),
      ...(await readSnippet(csharpCodeSource, 'ordering/Orders.cs', ordering)),
      ...(await readSnippet(csharpCodeSource, 'catalog/Handler.cs', catalog)),
    ];
    const graph = resolveFacts(facts);
    expect(graph.systems.map((system) => system.id)).toEqual(['catalog-api', 'ordering-api', 'rabbitmq']);
    expect(graph.integrations.map((integration) => `${integration.source} -> ${integration.target}`).sort()).toEqual(['ordering-api -> catalog-api', 'ordering-api -> rabbitmq', 'rabbitmq -> catalog-api']);
  });
});
