import { describe, expect, it, vi } from 'vitest';
import type { SourceFile } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { LITERAL, bindingsOf, code, http, message, readSnippet, store, summarise, type FactSummary } from './code-test-support.js';
import { csharpCodeSource } from './csharp-source.js';

const cases: { name: string; path: string; text: string; facts: FactSummary[] }[] = [
  {
    name: 'HttpClient: AddHttpClient lambda on an env var, initializer, absolute GetAsync; relative calls skipped',
    path: 'src/Shop/Startup.cs',
    text: code`
      using System.Net.Http;
      public class Startup {
        private readonly HttpClient _http;
        public void ConfigureServices(IServiceCollection services) {
          services.AddHttpClient<ICatalog, CatalogClient>(c => c.BaseAddress = new Uri(Environment.GetEnvironmentVariable("CATALOG_URL")));
          var partner = new HttpClient { BaseAddress = new Uri("https://api.partner.example/") };
          await _http.GetAsync($"http://stock:8080/items/{id}");
          await _http.GetAsync("/relative");
        }
      }`,
    facts: [
      http(5, { key: 'CATALOG_URL' }),
      http(6, { host: 'api.partner.example', url: 'https://api.partner.example/' }),
      http(7, { host: 'stock', port: 8080, url: 'http://stock:8080/items/' }),
    ],
  },
  {
    name: 'RestSharp, Refit, GraphQL client, configuration keys',
    path: 'src/Shop/Clients.cs',
    text: code`
      using RestSharp;
      using Refit;
      using GraphQL.Client.Http;
      class Clients {
        void Make(IConfiguration configuration) {
          var rest = new RestClient(configuration["Shipping:BaseUrl"]);
          var api = RestService.For<IGitHub>(configuration.GetValue<string>("GitHubUrl"));
          var gql = new GraphQLHttpClient("https://gateway.internal/graphql", new NewtonsoftJsonSerializer());
        }
      }`,
    facts: [http(6, { key: 'Shipping:BaseUrl' }), http(7, { key: 'GitHubUrl' }), { role: 'calls', mechanism: 'graphql', technology: 'GraphQL', target: { host: 'gateway.internal', url: 'https://gateway.internal/graphql' }, line: 8, confidence: LITERAL }],
  },
  {
    name: 'gRPC: channel feeding a generated client, MapGrpcService and a service base',
    path: 'src/cartservice/Startup.cs',
    text: code`
      using Grpc.Net.Client;
      public class Startup {
        public void Configure(IApplicationBuilder app) {
          var channel = GrpcChannel.ForAddress(Environment.GetEnvironmentVariable("CATALOG_ADDR"));
          var catalog = new ProductCatalog.ProductCatalogClient(channel);
          app.UseEndpoints(endpoints => endpoints.MapGrpcService<CartService>());
        }
      }
      public class CheckoutService : Hipstershop.CheckoutService.CheckoutServiceBase {}`,
    facts: [
      { role: 'calls', mechanism: 'grpc', technology: 'gRPC', channel: 'ProductCatalog', target: { key: 'CATALOG_ADDR' }, line: 5, confidence: LITERAL },
      { provides: 'CartService', protocol: 'grpc', names: ['CartService'], line: 6 },
      { provides: 'CheckoutService', protocol: 'grpc', names: ['CheckoutService'], line: 9 },
    ],
  },
  {
    name: 'Kafka with Confluent.Kafka: config initializer, produce to a constant topic, subscribe',
    path: 'src/Orders/Events.cs',
    text: code`
      using Confluent.Kafka;
      class Events {
        const string Topic = "orders";
        void Run() {
          var config = new ProducerConfig { BootstrapServers = Environment.GetEnvironmentVariable("KAFKA_BROKERS") };
          await producer.ProduceAsync(Topic, new Message<string, string> { Value = v });
          consumer.Subscribe("payments");
        }
      }`,
    facts: [message('produces', 'Kafka', 'orders', { key: 'KAFKA_BROKERS' }, 6), message('consumes', 'Kafka', 'payments', { key: 'KAFKA_BROKERS' }, 7)],
  },
  {
    name: 'RabbitMQ.Client with named arguments, MassTransit consumer',
    path: 'src/Mail/Queue.cs',
    text: code`
      using RabbitMQ.Client;
      using MassTransit;
      class Queue {
        void Run() {
          var factory = new ConnectionFactory { HostName = "rabbitmq", Port = 5672 };
          channel.BasicPublish(exchange: "", routingKey: "emails", basicProperties: null, body: body);
          channel.BasicConsume(queue: "bounces", autoAck: true, consumer: consumer);
        }
      }
      class OrderSubmittedConsumer : IConsumer<OrderSubmitted> {}`,
    facts: [
      message('produces', 'RabbitMQ', 'emails', { host: 'rabbitmq', port: 5672 }, 6),
      message('consumes', 'RabbitMQ', 'bounces', { host: 'rabbitmq', port: 5672 }, 7),
      // A MassTransit consumer names its message type; its broker is the transport the program configures (dotnet-service-bus.ts).
      message('consumes', 'MassTransit', 'OrderSubmitted', {}, 10),
    ],
  },
  {
    name: 'Azure Service Bus, Event Hubs, SQS',
    path: 'src/Billing/Bus.cs',
    text: code`
      using Azure.Messaging.ServiceBus;
      using Azure.Messaging.EventHubs.Producer;
      using Amazon.SQS;
      class Bus {
        async Task Run(IConfiguration configuration) {
          var client = new ServiceBusClient(configuration.GetConnectionString("ServiceBus"));
          var sender = client.CreateSender("invoices");
          var processor = client.CreateProcessor("payments", new ServiceBusProcessorOptions());
          var hub = new EventHubProducerClient(configuration["EventHub:Connection"], "telemetry");
          await sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = "https://sqs.us-east-1.amazonaws.com/123/refunds", MessageBody = b });
        }
      }`,
    facts: [
      message('produces', 'Azure Service Bus', 'invoices', { key: 'ConnectionStrings:ServiceBus' }, 7),
      message('consumes', 'Azure Service Bus', 'payments', { key: 'ConnectionStrings:ServiceBus' }, 8),
      message('produces', 'Azure Event Hubs', 'telemetry', { key: 'EventHub:Connection' }, 9),
      message('produces', 'Amazon SQS', 'refunds', { host: 'sqs.us-east-1.amazonaws.com', url: 'https://sqs.us-east-1.amazonaws.com/123/refunds' }, 10),
    ],
  },
  {
    name: 'databases: EF Core with GetConnectionString, SqlConnection literal, Redis from configuration',
    path: 'src/Orders/Data.cs',
    text: code`
      using Microsoft.Data.SqlClient;
      using StackExchange.Redis;
      class Data {
        void Configure(IServiceCollection services) {
          services.AddDbContext<OrdersDb>(o => o.UseSqlServer(Configuration.GetConnectionString("Orders")));
          var conn = new SqlConnection("Server=tcp:sql.internal,1433;Database=Shop;User Id=sa;Password=CanaryS3cret-7781;");
          string redisAddress = Configuration["REDIS_ADDR"];
          services.AddStackExchangeRedisCache(options => { options.Configuration = redisAddress; });
          var mux = ConnectionMultiplexer.Connect("redis:6379,abortConnect=false");
        }
      }`,
    facts: [
      store('database', 'SQL Server', { key: 'ConnectionStrings:Orders' }, 5),
      store('database', 'SQL Server', { host: 'sql.internal', port: 1433, url: 'Server=tcp:sql.internal,1433;Database=Shop;User Id=sa;Password=***;' }, 6),
      store('database', 'Redis', { key: 'REDIS_ADDR' }, 8),
      store('database', 'Redis', { host: 'redis', port: 6379, url: 'redis:6379,abortConnect=false' }, 9),
    ],
  },
  {
    name: 'Blob storage, S3 request, SFTP and SMTP',
    path: 'src/Export/Export.cs',
    text: code`
      using Azure.Storage.Blobs;
      using Amazon.S3.Model;
      using Renci.SshNet;
      using System.Net.Mail;
      class Export {
        void Run() {
          var container = new BlobServiceClient(Environment.GetEnvironmentVariable("BLOB_CONN")).GetBlobContainerClient("exports");
          var put = new PutObjectRequest { BucketName = "reports", Key = key };
          using var sftp = new SftpClient("sftp.bank.example", 22, "user", password);
          var smtp = new SmtpClient("smtp.office365.com", 587);
          smtp.Send(message);
        }
      }`,
    facts: [
      store('file-transfer', 'Azure Blob Storage', { key: 'BLOB_CONN' }, 7, 'exports'),
      store('file-transfer', 'Amazon S3', {}, 8, 'reports'),
      store('file-transfer', 'SFTP', { host: 'sftp.bank.example', port: 22 }, 9),
      store('email', 'SMTP', { host: 'smtp.office365.com', port: 587 }, 10),
    ],
  },
];

describe('C# code source', () => {
  it.each(cases)('$name', async ({ path, text, facts }) => {
    expect(summarise(await readSnippet(csharpCodeSource, path, text))).toEqual(facts);
  });

  it('applies a user rule written for csharp', async () => {
    const text = 'class A { void F() { Acme.Soap.Invoke("http://legacy-erp:8080/ws"); } }\n';
    const facts = await readSnippet(csharpCodeSource, 'A.cs', text, [{ id: 'acme-soap', language: 'csharp', call: 'Acme.Soap.Invoke', role: 'calls', mechanism: 'soap' }]);
    expect(summarise(facts)).toEqual([{ role: 'calls', mechanism: 'soap', technology: 'rule:acme-soap', target: { host: 'legacy-erp', port: 8080, url: 'http://legacy-erp:8080/ws' }, line: 1, confidence: LITERAL }]);
  });

  it('matches a typed rule on receivers typed by a service lookup, a field or a constructor parameter', async () => {
    const rules = [
      { id: 'bus-publish', language: 'csharp' as const, call: 'IEventBus.Publish', role: 'produces' as const, mechanism: 'messaging' as const, broker: 'rabbitmq' },
      { id: 'bus-subscribe', language: 'csharp' as const, call: 'IEventBus.Subscribe', role: 'consumes' as const, mechanism: 'messaging' as const, broker: 'rabbitmq' },
    ];
    const text = code`
      public class Startup {
        private readonly IEventBus _eventBus;
        public Startup(IEventBus eventBus, IOther other) { _eventBus = eventBus; }
        public void Configure(WebApplication app) {
          var eventBus = app.Services.GetRequiredService<IEventBus>();
          eventBus.Subscribe<OrderStarted, OrderStartedHandler>();
          var other = app.Services.GetService<IOtherBus>();
          other.Subscribe<OrderStarted, OrderStartedHandler>();
          _eventBus.Publish(new OrderPaid());
        }
      }`;
    const facts = summarise(await readSnippet(csharpCodeSource, 'src/Basket/Program.cs', text, rules));
    expect(facts).toEqual([
      { role: 'consumes', mechanism: 'messaging', technology: 'rule:bus-subscribe', target: { component: 'rabbitmq' }, targetKind: 'message-broker', line: 6, confidence: LITERAL },
      { role: 'produces', mechanism: 'messaging', technology: 'rule:bus-publish', target: { component: 'rabbitmq' }, targetKind: 'message-broker', line: 9, confidence: LITERAL },
    ]);
  });

  it('reads the Authority of JWT bearer and OpenID Connect options as an HTTP call to the identity provider', async () => {
    const text = code`
      var identityUrl = builder.Configuration.GetValue<string>("IdentityUrl");
      builder.Services.AddAuthentication().AddJwtBearer(options => { options.Authority = identityUrl; options.Audience = "basket"; });
      services.AddAuthentication().AddOpenIdConnect(o =>
      {
          o.Authority = configuration["IdentityUrl"] ?? "http://localhost:5105";
          o.MetadataAddress = "https://login.example.org/.well-known/openid-configuration";
      });
      services.Configure<JwtBearerOptions>(o => o.Authority = "https://idp.example.org");
      var certificate = new Certificate { Authority = "http://not-an-idp" };
      settings.Authority = "http://not-an-idp-either";`;
    const facts = summarise(await readSnippet(csharpCodeSource, 'src/Api/Program.cs', text));
    const oidc = { technology: 'OpenID Connect' };
    expect(facts).toEqual([
      http(2, { key: 'IdentityUrl' }, oidc),
      http(5, { key: 'IdentityUrl' }, oidc),
      http(6, { host: 'login.example.org', url: 'https://login.example.org/.well-known/openid-configuration' }, oidc),
      http(8, { host: 'idp.example.org', url: 'https://idp.example.org' }, oidc),
    ]);
  });

  it('does not parse a file without trigger words', async () => {
    const file: SourceFile = { path: 'Maths.cs', text: 'static class Maths { public static int Add(int a, int b) => a + b; }\n' };
    const parse = vi.fn();
    expect(await csharpCodeSource.read(file, { evidenceAt: evidenceFor(file), parse, rules: [] })).toEqual([]);
    expect(parse).not.toHaveBeenCalled();
  });

  it('reads malformed code without throwing', async () => {
    await expect(readSnippet(csharpCodeSource, 'Broken.cs', 'using System.Net.Http;\nclass { void F( { new HttpClient { BaseAddress = new Uri("http://a:1/" \n')).resolves.toBeInstanceOf(Array);
  });

  it('never lets a literal connection string secret through', async () => {
    const text = 'using Npgsql;\nclass A { void F() { var c = new NpgsqlConnection("Host=pg;Port=5432;Username=app;Password=CanaryS3cret-7781;Database=shop"); } }\n';
    const facts = await readSnippet(csharpCodeSource, 'A.cs', text);
    expect(summarise(facts)).toEqual([store('database', 'PostgreSQL', { host: 'pg', port: 5432, url: 'Host=pg;Port=5432;Username=app;Password=***;Database=shop' }, 2)]);
    expect(JSON.stringify(facts)).not.toContain('CanaryS3cret-7781');
  });
});

describe('a subclass constructor\'s `: base(…)` arguments', () => {
  const baseArguments = async (text: string): Promise<Record<string, string>> =>
    Object.fromEntries(Object.entries(bindingsOf(await readSnippet(csharpCodeSource, 'src/Core/Services/Client.cs', text))).filter(([key]) => key.startsWith('code:base:')));

  it.each<[string, string, Record<string, string>]>([
    [
      'bound per subclass and position, settings read as the options class\'s members, literals masked as addresses',
      code`
        using System.Net.Http;
        public class NotificationsPushEngine : BaseClientService, IPushEngine
        {
            public NotificationsPushEngine(IHttpClientFactory f, GlobalSettings globalSettings)
                : base(f, globalSettings.BaseServiceUri.InternalNotifications, "https://identity.lockbox.com")
            {
            }
        }`,
      {
        'code:base:NotificationsPushEngine>BaseClientService#0': '$ref:code:init:NotificationsPushEngine#0',
        'code:base:NotificationsPushEngine>BaseClientService#1': '$ref:code:options.GlobalSettings.BaseServiceUri.InternalNotifications',
        'code:base:NotificationsPushEngine>BaseClientService#2': 'https://identity.lockbox.com',
      },
    ],
    [
      'a generic or qualified base class by its last name (the file read for its GetSection)',
      code`
        public class OrdersClient : Acme.Clients.BaseClient<Order>
        {
            public OrdersClient(IConfiguration configuration) : base(configuration.GetSection("Services")["Orders"]) { }
        }`,
      { 'code:base:OrdersClient>BaseClient#0': '$ref:Services:Orders' },
    ],
    [
      '`: this(…)` calls a constructor of the class itself: nothing',
      code`
        public class OrdersClient : BaseClient
        {
            public OrdersClient() : this("http://orders:8080") { }
            public OrdersClient(string url) : base(url) { }
        }`,
      { 'code:base:OrdersClient>BaseClient#0': '$ref:code:init:OrdersClient#0' },
    ],
  ])('%s', async (_name, text, expected) => {
    expect(await baseArguments(text)).toEqual(expected);
  });
});
