import { describe, expect, it } from 'vitest';
import { code, readSnippet } from './code-test-support.js';
import { csharpCodeSource } from './csharp-source.js';
import type { Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { daprComponentsSource } from '../config/dapr-components.js';
import { dockerComposeSource } from '../config/docker-compose.js';

const COMPOSE = ['services:', '  ordering-api:', '    build: ./ordering', '  rabbitmq:', '    image: rabbitmq:3', '  redis:', '    image: redis:7', '  maildev:', '    image: maildev/maildev'].join('\n');

const component = (name: string, type: string, metadata: [string, string][]): string =>
  ['apiVersion: dapr.io/v1alpha1', 'kind: Component', 'metadata:', `  name: ${name}`, 'spec:', `  type: ${type}`, '  metadata:', ...metadata.flatMap(([field, value]) => [`    - name: ${field}`, `      value: "${value}"`])].join('\n');

const COMPONENTS: [string, string][] = [
  ['dapr/components/pubsub.yaml', component('pubsub', 'pubsub.rabbitmq', [['host', 'amqp://rabbitmq:5672']])],
  ['dapr/components/statestore.yaml', component('statestore', 'state.redis', [['redisHost', 'redis:6379'], ['actorStateStore', 'true']])],
  ['dapr/components/sendmail.yaml', component('sendmail', 'bindings.smtp', [['host', 'maildev'], ['port', '25']])],
  ['dapr/components/sendgrid.yaml', component('sendgrid', 'bindings.twilio.sendgrid', [['apiKey', '{{ secret.key }}'], ['emailFrom', 'shop@example.com']])],
];

/** The edges of the ordering app's code, with the components and compose file above. */
async function edgesOf(text: string): Promise<string[]> {
  const facts: Fact[] = [...(await readSnippet(dockerComposeSource, 'docker-compose.yml', COMPOSE))];
  for (const [path, yaml] of COMPONENTS) facts.push(...(await readSnippet(daprComponentsSource, path, yaml)));
  facts.push(...(await readSnippet(csharpCodeSource, 'ordering/Program.cs', text)));
  return resolveFacts(facts).integrations.map((integration) => `${integration.source} -> ${integration.target} ${integration.mechanism}${integration.channel ? ` ${integration.channel}` : ''}`).sort();
}

describe('Dapr in more C# shapes', () => {
  it.each([
    [
      'a minimal-API endpoint subscribed with WithTopic',
      code`
        using Dapr;
        var app = builder.Build();
        app.MapPost("/orders", Handle).WithTopic("pubsub", "OrderCreated");
        app.MapPost("/paid", (OrderPaid e) => Results.Ok()).WithTopic(pubsubName: "pubsub", topicName: "OrderPaid");`,
      ['rabbitmq -> ordering-api messaging OrderCreated', 'rabbitmq -> ordering-api messaging OrderPaid'],
    ],
    [
      'Topic on a method of an [ApiController] class, through a const',
      code`
        using Dapr;
        [ApiController]
        [Route("api/v1/[controller]")]
        public class IntegrationEventController : ControllerBase {
          private const string DAPR_PUBSUB_NAME = "pubsub";
          [HttpPost("OrderStatusChanged")]
          [Topic(DAPR_PUBSUB_NAME, "OrderStatusChangedIntegrationEvent")]
          public Task A(OrderStatusChangedIntegrationEvent e) => Task.CompletedTask;
          [HttpPost("OrderPaid")]
          [Topic(DAPR_PUBSUB_NAME, nameof(Events.OrderPaidIntegrationEvent))]
          public Task B(OrderPaidIntegrationEvent e) => Task.CompletedTask;
        }`,
      ['rabbitmq -> ordering-api messaging OrderPaidIntegrationEvent', 'rabbitmq -> ordering-api messaging OrderStatusChangedIntegrationEvent'],
    ],
    [
      'an event bus wrapper publishing to a const pub/sub with a run-time topic',
      code`
        using Dapr.Client;
        public class DaprEventBus : IEventBus {
          private const string PubSubName = "pubsub";
          private readonly DaprClient _daprClient;
          public async Task PublishAsync(IntegrationEvent @event) {
            var topicName = @event.GetType().Name;
            await _daprClient.PublishEventAsync<object>(PubSubName, topicName, @event);
          }
        }`,
      ['ordering-api -> rabbitmq messaging'],
    ],
    [
      'actors registered and implemented keep state in the actor state store',
      code`
        using Dapr.Actors;
        using Dapr.Actors.Runtime;
        builder.Services.AddActors(options => options.Actors.RegisterActor<OrderingProcessActor>());
        app.MapActorsHandlers();
        public class OrderingProcessActor : Actor, IOrderingProcessActor {
          public OrderingProcessActor(ActorHost host) : base(host) { }
        }`,
      ['ordering-api -> redis database'],
    ],
    [
      "an SMTP binding sends mail; so does SendGrid's binding, through its HTTP API",
      code`
        using Dapr.Client;
        public class Mailer {
          public async Task Send(DaprClient dapr, Mail mail) {
            await dapr.InvokeBindingAsync("sendmail", "create", mail.Body, mail.Metadata);
            await dapr.InvokeBindingAsync("sendgrid", "create", mail.Body);
          }
        }`,
      ['ordering-api -> maildev email', 'ordering-api -> sendgrid email'],
    ],
    ['no actors without Dapr', code`
        public class OrderingProcessActor : Actor { }
        app.MapActorsHandlers();`, []],
  ])('%s', async (_name, text, expected) => {
    expect(await edgesOf(text)).toEqual(expected);
  });
});
