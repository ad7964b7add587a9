import { describe, expect, it } from 'vitest';
import type { ConnectionFact } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { csharpCodeSource } from './csharp-source.js';

/** A connection as `line role technology channel target [transport of bus]`. */
async function connections(text: string, path = 'src/Shop/Program.cs'): Promise<string[]> {
  const facts = await readSnippet(csharpCodeSource, path, text);
  return facts
    .filter((fact): fact is ConnectionFact => fact.type === 'connection')
    .map((fact) => `${fact.evidence.line} ${fact.role} ${fact.technology ?? '-'} ${fact.channel ?? '-'} ${JSON.stringify(fact.target)}${fact.endpoint ? ` [transport of ${fact.bus}]` : ''}`);
}

const cases: { name: string; text: string; want: string[] }[] = [
  {
    name: 'MassTransit on RabbitMQ: the transport, its host from configuration, a receive endpoint',
    text: code`
      using MassTransit;
      builder.Services.AddMassTransit(x =>
      {
          x.AddConsumer<SubmitOrderConsumer>();
          x.UsingRabbitMq((context, cfg) =>
          {
              cfg.Host(builder.Configuration["RabbitMQ:Host"], "/", h => { h.Username("guest"); });
              cfg.ReceiveEndpoint("submit-order", e => e.ConfigureConsumer<SubmitOrderConsumer>(context));
              cfg.ConfigureEndpoints(context);
          });
      });`,
    want: [
      '5 uses RabbitMQ - {} [transport of MassTransit]',
      '7 uses RabbitMQ - {"key":"RabbitMQ:Host"} [transport of MassTransit]',
      '8 consumes MassTransit submit-order {}',
    ],
  },
  {
    name: 'MassTransit on Azure Service Bus, Amazon SQS (the region is no host) and in memory; the old bus factory',
    text: code`
      using MassTransit;
      class Buses {
          void Azure(IBusRegistrationConfigurator x) => x.UsingAzureServiceBus((ctx, cfg) => cfg.Host(configuration.GetConnectionString("ServiceBus")));
          void Sqs(IBusRegistrationConfigurator x) => x.UsingAmazonSqs((ctx, cfg) => cfg.Host("us-east-1", h => { }));
          void Memory(IBusRegistrationConfigurator x) => x.UsingInMemory((ctx, cfg) => cfg.ConfigureEndpoints(ctx));
          IBusControl Old() => Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(new Uri("rabbitmq://mq:5672/")));
      }`,
    want: [
      '3 uses Azure Service Bus - {} [transport of MassTransit]',
      '3 uses Azure Service Bus - {"key":"ConnectionStrings:ServiceBus"} [transport of MassTransit]',
      // The transport and its `Host` say the same (no address): one fact.
      '4 uses Amazon SQS - {} [transport of MassTransit]',
      '5 uses In-memory - {} [transport of MassTransit]',
      '6 uses RabbitMQ - {} [transport of MassTransit]',
      '6 uses RabbitMQ - {"host":"mq","port":5672,"url":"rabbitmq://mq:5672/"} [transport of MassTransit]',
    ],
  },
  {
    name: 'MassTransit transport configured in a method of its own, by the configurator it takes',
    text: code`
      using MassTransit;
      static class Bus {
          public static void Add(IServiceCollection services) => services.AddMassTransit(x => x.UsingRabbitMq((context, cfg) => ConfigureRabbit(cfg)));
          static void ConfigureRabbit(IRabbitMqBusFactoryConfigurator cfg)
          {
              cfg.Host("rabbitmq", "/", h => { });
          }
          static void NotTransport(IWebHostBuilder web) { web.Host("x"); }
      }`,
    want: ['3 uses RabbitMQ - {} [transport of MassTransit]', '6 uses RabbitMQ - {"host":"rabbitmq"} [transport of MassTransit]'],
  },
  {
    name: 'MassTransit 8 transport options: set in a lambda, or bound to a configuration section',
    text: code`
      using MassTransit;
      services.AddOptions<RabbitMqTransportOptions>().Configure(options =>
      {
          options.Host = Environment.GetEnvironmentVariable("RABBIT_HOST");
          options.User = "orders";
      });
      services.Configure<AzureServiceBusTransportOptions>(configuration.GetSection("AzureServiceBus"));
      services.AddOptions<SqlTransportOptions>().Configure(options => options.Host = "not-a-broker-option");
      builder.Host = "not options";`,
    want: [
      '4 uses RabbitMQ - {"key":"RABBIT_HOST"} [transport of MassTransit]',
      '7 uses Azure Service Bus - {"key":"AzureServiceBus:ConnectionString"} [transport of MassTransit]',
    ],
  },
  {
    name: 'MassTransit Kafka rider: its own broker and topics, beside an in-memory bus',
    text: code`
      using MassTransit;
      services.AddMassTransit(x =>
      {
          x.UsingInMemory();
          x.AddRider(rider =>
          {
              rider.AddProducer<ReportReady>("report-ready");
              rider.UsingKafka((context, k) =>
              {
                  k.Host("kafka:9092");
                  k.TopicEndpoint<OrderSubmitted>("order-events", "analytics", e => e.ConfigureConsumer<OrderEventConsumer>(context));
              });
          });
      });`,
    want: ['4 uses In-memory - {} [transport of MassTransit]', '7 produces Kafka report-ready {"host":"kafka","port":9092}', '11 consumes Kafka order-events {"host":"kafka","port":9092}'],
  },
  {
    name: 'MassTransit consumers, a state machine and senders name message types',
    text: code`
      using MassTransit;
      public class SubmitOrderConsumer : IConsumer<SubmitOrder>
      {
          public async Task Consume(ConsumeContext<SubmitOrder> context)
          {
              await context.Publish(new OrderSubmitted(context.Message.OrderId));
              await context.RespondAsync(new OrderStatus("ok"));
              await _publishEndpoint.Publish<OrderAccepted>(new { OrderId = 1 });
              var endpoint = await _sendEndpointProvider.GetSendEndpoint(new Uri("queue:ship-order"));
              await endpoint.Send(new ShipOrder(1));
              var response = await _client.GetResponse<PaymentStatus>(new CheckPayment(1));
              await _http.Send(request);
          }
      }
      public class OrderStateMachine : MassTransitStateMachine<OrderState>
      {
          public OrderStateMachine() { During(Submitted, When(Paid).Publish(context => new OrderAccepted(context.Saga.CorrelationId))); }
      }`,
    want: [
      '2 consumes MassTransit SubmitOrder {}',
      '6 produces MassTransit OrderSubmitted {}',
      '7 produces MassTransit OrderStatus {}',
      '8 produces MassTransit OrderAccepted {}',
      '9 produces MassTransit ship-order {}',
      '10 produces MassTransit ShipOrder {}',
      '11 produces MassTransit CheckPayment {}',
      '11 consumes MassTransit PaymentStatus {}',
      '15 consumes MassTransit - {}',
      '17 produces MassTransit OrderAccepted {}',
    ],
  },
  {
    name: 'MassTransit saga repositories on Redis and MongoDB',
    text: code`
      using MassTransit;
      x.AddSagaStateMachine<RefundStateMachine, RefundState>().RedisRepository(r => r.DatabaseConfiguration("redis:6379"));
      x.AddSagaStateMachine<OrderStateMachine, OrderState>().MongoDbRepository(r =>
      {
          r.Connection = "mongodb://sagas:27017";
          r.DatabaseName = "orders";
      });
      options.Connection = "not a repository";`,
    want: ['2 uses Redis - {"host":"redis","port":6379}', '5 uses MongoDB - {"host":"sagas","port":27017,"url":"mongodb://sagas:27017"}'],
  },
  {
    name: 'NServiceBus 8: a transport constructed, routing, SQL persistence on SQL Server',
    text: code`
      using NServiceBus;
      using Microsoft.Data.SqlClient;
      var endpointConfiguration = new EndpointConfiguration("Billing");
      var transport = new RabbitMQTransport(RoutingTopology.Conventional(QueueType.Quorum), builder.Configuration.GetConnectionString("Broker"));
      var routing = endpointConfiguration.UseTransport(transport);
      routing.RouteToEndpoint(typeof(IssueInvoice), "Invoicing");
      var persistence = endpointConfiguration.UsePersistence<SqlPersistence>();
      persistence.ConnectionBuilder(() => new SqlConnection(builder.Configuration.GetConnectionString("Persistence")));`,
    want: [
      '4 uses RabbitMQ - {"key":"ConnectionStrings:Broker"} [transport of NServiceBus]',
      '6 produces NServiceBus Invoicing {}',
      '8 uses SQL Server - {"key":"ConnectionStrings:Persistence"}',
    ],
  },
  {
    name: 'NServiceBus 7: UseTransport<T>() and its connection string; SQL Server and learning transports',
    text: code`
      using NServiceBus;
      class Setup {
          void Rabbit(EndpointConfiguration endpointConfiguration) {
              var transport = endpointConfiguration.UseTransport<RabbitMQTransport>();
              transport.ConnectionString(Environment.GetEnvironmentVariable("NSB_RABBIT"));
          }
          void Sql(EndpointConfiguration c) => c.UseTransport(new SqlServerTransport("Server=ledgerdb;Database=ledger"));
          void Learning(EndpointConfiguration c) => c.UseTransport(new LearningTransport());
      }`,
    want: [
      '4 uses RabbitMQ - {} [transport of NServiceBus]',
      '5 uses RabbitMQ - {"key":"NSB_RABBIT"} [transport of NServiceBus]',
      '7 uses SQL Server - {"host":"ledgerdb","url":"Server=ledgerdb;Database=ledger"} [transport of NServiceBus]',
      '8 uses In-memory - {} [transport of NServiceBus]',
    ],
  },
  {
    name: 'NServiceBus handlers, sagas and sends',
    text: code`
      using NServiceBus;
      public class InvoiceSaga : Saga<InvoiceData>, IAmStartedByMessages<OrderSubmitted>, IHandleMessages<PaymentCaptured>
      {
          public Task Handle(OrderSubmitted message, IMessageHandlerContext context) => context.Send(new IssueInvoice(message.OrderId));
          public Task Handle(PaymentCaptured message, IMessageHandlerContext context) => context.Publish(new InvoicePaid());
          public Task Post() => _session.Send("Ledger", new PostLedgerEntry("revenue"), new SendOptions());
      }`,
    want: [
      '2 consumes NServiceBus OrderSubmitted {}',
      '2 consumes NServiceBus PaymentCaptured {}',
      '4 produces NServiceBus IssueInvoice {}',
      '5 produces NServiceBus InvoicePaid {}',
      '6 produces NServiceBus PostLedgerEntry {}',
    ],
  },
];

describe('MassTransit and NServiceBus in C#', () => {
  it.each(cases)('$name', async ({ text, want }) => {
    expect(await connections(text)).toEqual(want);
  });

  it('reads nothing of a bus without its import', async () => {
    expect(await connections('using Acme.Messaging;\nclass C : IConsumer<X> { void F() { bus.Publish(new X()); cfg.Host("mq"); } }\n')).toEqual([]);
  });
});
