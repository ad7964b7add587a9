import { describe, expect, it } from 'vitest';
import { code, readSnippet } from './code-test-support.js';
import { csharpCodeSource } from './csharp-source.js';

/** role mechanism technology channel target, one line a connection. */
const brief = async (path: string, text: string): Promise<string[]> =>
  (await readSnippet(csharpCodeSource, path, text)).flatMap((fact) => {
    if (fact.type !== 'connection') return [];
    return [`${fact.role} ${fact.mechanism} ${fact.technology ?? ''} ${fact.channel ?? ''} ${JSON.stringify(fact.target)}`.replace(/ +/g, ' ')];
  });

describe('Convey: capabilities registered on the builder reach the sections Convey binds', () => {
  it.each([
    [
      'registrations and subscriptions in Program.cs',
      code`
        using Convey;
        using Convey.MessageBrokers.RabbitMQ;
        builder.Services.AddConvey().AddWebApi().AddConsul().AddFabio().AddRabbitMq().AddMongo().AddRedis().Build();
        app.UseConvey().UseRabbitMq().SubscribeCommand<CreateOrder>().SubscribeEvent<Events.External.PaymentCompleted>();`,
      [
        'uses database MongoDB {"key":"mongo:connectionString"}',
        'uses database Redis {"key":"redis:connectionString"}',
        'consumes messaging RabbitMQ CreateOrder {"key":"rabbitMq:hostnames:0"}',
        'consumes messaging RabbitMQ PaymentCompleted {"key":"rabbitMq:hostnames:0"}',
      ],
    ],
    [
      'an outbox registered (it exists to publish) and a subscriber asked for by its interface',
      code`
        using Convey;
        using Convey.MessageBrokers;
        using Convey.MessageBrokers.Outbox;
        builder.Services.AddConvey().AddRabbitMq().AddMessageOutbox(o => o.AddMongo()).Build();
        var subscriber = app.ApplicationServices.GetRequiredService<IBusSubscriber>();
        subscriber.Subscribe<GenericEvent>(async (sp, msg, ctx) => await Handle(msg));`,
      [
        'produces messaging RabbitMQ {"key":"rabbitMq:hostnames:0"}',
        'uses database MongoDB {"key":"mongo:connectionString"}',
        'consumes messaging RabbitMQ GenericEvent {"key":"rabbitMq:hostnames:0"}',
      ],
    ],
    [
      'a publish through an injected IBusPublisher, by a variable (no channel) and by a new message',
      code`
        using Convey.MessageBrokers;
        public class MessageBroker {
          private readonly IBusPublisher _busPublisher;
          public MessageBroker(IBusPublisher busPublisher) { _busPublisher = busPublisher; }
          public Task PublishAsync(IEvent e) => _busPublisher.PublishAsync(e, messageId: id);
          public Task Created() => _busPublisher.PublishAsync(new OrderCreated(id));
        }`,
      ['produces messaging RabbitMQ {"key":"rabbitMq:hostnames:0"}', 'produces messaging RabbitMQ OrderCreated {"key":"rabbitMq:hostnames:0"}'],
    ],
    [
      'the outbox sends later from the same service',
      code`
        using Convey.MessageBrokers.Outbox;
        public class Handler {
          private readonly IMessageOutbox _outbox;
          public Task HandleAsync() => _outbox.SendAsync(new CustomerNotified(), messageId: id);
        }`,
      ['produces messaging RabbitMQ CustomerNotified {"key":"rabbitMq:hostnames:0"}'],
    ],
    [
      'IHttpClient pointed at a named service of HttpClientOptions',
      code`
        using Convey.HTTP;
        public class CustomersClient {
          private readonly IHttpClient _client;
          private readonly string _url;
          public CustomersClient(IHttpClient client, HttpClientOptions options) { _client = client; _url = options.Services["customers"]; }
          public Task<CustomerDto> GetAsync(Guid id) => _client.GetAsync<CustomerDto>($"{_url}/customers/{id}");
        }`,
      ['calls rest HTTP {"key":"httpClient:services:customers"}'],
    ],
    [
      'a Services dictionary in a file without HttpClientOptions, and no Convey import: nothing',
      code`
        using Acme.Registry;
        public class Lookup {
          public string Of(Registry r) => r.Services["customers"];
          public void Start(Bus bus) { bus.SubscribeEvent<OrderCreated>(); bus.AddMongo(); }
        }`,
      [],
    ],
  ])('%s', async (_name, text, expected) => {
    expect(new Set(await brief('src/Orders.Api/Program.cs', text))).toEqual(new Set(expected));
  });
});
