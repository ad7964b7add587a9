import { describe, expect, it } from 'vitest';
import { code, readSnippet } from './code-test-support.js';
import { csharpCodeSource } from './csharp-source.js';
import { pythonCodeSource } from './python-source.js';
import { typescriptCodeSource } from './typescript-source.js';
import type { Source } from '../../source.js';
import type { Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { daprComponentsSource } from '../config/dapr-components.js';
import { dockerComposeSource } from '../config/docker-compose.js';

const COMPOSE = ['services:', '  ordering-api:', '    build: ./ordering', '  payment-api:', '    build: ./payment', '  rabbitmq:', '    image: rabbitmq:3', '  kafka:', '    image: bitnami/kafka:3'].join('\n');
const component = (name: string, type: string, host: string): string =>
  ['apiVersion: dapr.io/v1alpha1', 'kind: Component', 'metadata:', `  name: ${name}`, 'spec:', `  type: ${type}`, '  metadata:', '    - name: host', `      value: "${host}"`].join('\n');

/** The edges of files read together with the compose file and two pub/sub components. */
async function edgesOf(files: [Source, string, string][]): Promise<string[]> {
  const facts: Fact[] = [
    ...(await readSnippet(dockerComposeSource, 'docker-compose.yml', COMPOSE)),
    ...(await readSnippet(daprComponentsSource, 'dapr/components/pubsub.yaml', component('pubsub', 'pubsub.rabbitmq', 'amqp://rabbitmq:5672'))),
    ...(await readSnippet(daprComponentsSource, 'dapr/components/orders-pubsub.yaml', component('orders-pubsub', 'pubsub.kafka', 'kafka:9092'))),
  ];
  for (const [source, path, text] of files) facts.push(...(await readSnippet(source, path, text)));
  return resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.channel ?? ''}`.trim()).sort();
}

const NAMES_CS = code`
  namespace Shop.Shared;
  public static class PubSubNames {
    public const string Orders = "orders-pubsub";
    public const string Default = "pubsub";
  }
  public static class Topics {
    public const string Created = "order.created";
    public static readonly string Paid = "order.paid";
  }`;

describe('Dapr pub/sub names and topics given as constants of another file', () => {
  it.each([
    [
      'C#: [Topic] and PublishEventAsync with Class.Constant from a shared file',
      [
        [csharpCodeSource, 'shared/Names.cs', NAMES_CS],
        [csharpCodeSource, 'payment/Controllers/OrdersController.cs', code`
          using Dapr;
          using Shop.Shared;
          [ApiController]
          public class OrdersController : ControllerBase {
            [Topic(PubSubNames.Orders, Topics.Created)]
            public Task OnCreated(OrderCreated e) => Task.CompletedTask;
          }`],
        [csharpCodeSource, 'ordering/Services/Publisher.cs', code`
          using Dapr.Client;
          using Shop.Shared;
          public class Publisher {
            private readonly DaprClient _dapr;
            public Task Created(OrderCreated e) => _dapr.PublishEventAsync(PubSubNames.Orders, Topics.Created, e);
            public Task Paid(OrderPaid e) => _dapr.PublishEventAsync(PubSubNames.Default, Topics.Paid, e);
          }`],
      ],
      ['kafka -> payment-api order.created', 'ordering-api -> kafka order.created', 'ordering-api -> rabbitmq order.paid'],
    ],
    [
      'C#: a bare constant of a base class in another file, and nameof of an event type',
      [
        [csharpCodeSource, 'payment/Controllers/IntegrationEventControllerBase.cs', code`
          public abstract class IntegrationEventControllerBase : ControllerBase {
            protected const string DaprPubSubName = "pubsub";
          }`],
        [csharpCodeSource, 'payment/Controllers/IntegrationEventController.cs', code`
          using Dapr;
          public class IntegrationEventController : IntegrationEventControllerBase {
            [Topic(DaprPubSubName, nameof(OrderStatusChangedToPaidIntegrationEvent))]
            public Task Paid(OrderStatusChangedToPaidIntegrationEvent e) => Task.CompletedTask;
          }`],
      ],
      ['rabbitmq -> payment-api OrderStatusChangedToPaidIntegrationEvent'],
    ],
    [
      'C#: a constant no file defines names no component, so no broker is guessed',
      [
        [csharpCodeSource, 'ordering/Services/Publisher.cs', code`
          using Dapr.Client;
          public class Publisher {
            public Task Go(DaprClient dapr, OrderCreated e) => dapr.PublishEventAsync(Unknown.PubSub, Unknown.Topic, e);
          }`],
      ],
      [],
    ],
    [
      'TypeScript: imported constants for the pub/sub name and topic',
      [
        [typescriptCodeSource, 'ordering/src/names.ts', code`
          export const PUBSUB_NAME = 'orders-pubsub';
          export const ORDER_CREATED = 'order.created';`],
        [typescriptCodeSource, 'ordering/src/publish.ts', code`
          import { DaprClient } from '@dapr/dapr';
          import { PUBSUB_NAME, ORDER_CREATED } from './names';
          const client = new DaprClient();
          await client.pubsub.publish(PUBSUB_NAME, ORDER_CREATED, order);`],
        [typescriptCodeSource, 'payment/src/subscribe.ts', code`
          import { DaprServer } from '@dapr/dapr';
          import * as names from '../../ordering/src/names';
          await server.pubsub.subscribe(names.PUBSUB_NAME, names.ORDER_CREATED, handle);`],
      ],
      ['kafka -> payment-api order.created', 'ordering-api -> kafka order.created'],
    ],
    [
      'Python: a settings module imported by name',
      [
        [pythonCodeSource, 'ordering/app/settings.py', code`
          PUBSUB_NAME = "orders-pubsub"
          ORDER_CREATED = "order.created"`],
        [pythonCodeSource, 'ordering/app/publish.py', code`
          from dapr.clients import DaprClient
          from .settings import PUBSUB_NAME, ORDER_CREATED
          with DaprClient() as client:
              client.publish_event(pubsub_name=PUBSUB_NAME, topic_name=ORDER_CREATED, data="{}")`],
      ],
      ['ordering-api -> kafka order.created'],
    ],
  ] as [string, [Source, string, string][], string[]][])('%s', async (_name, files, expected) => {
    expect(await edgesOf(files)).toEqual(expected);
  });
});
