import { describe, expect, it } from 'vitest';
import { code, readSnippet } from './code-test-support.js';
import { csharpCodeSource } from './csharp-source.js';
import type { Source } from '../../source.js';
import type { Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { daprComponentsSource } from '../config/dapr-components.js';
import { dockerComposeSource } from '../config/docker-compose.js';
import { dotnetAppsettingsSource } from '../config/dotnet-appsettings.js';
import { projectMarkers } from '../project-markers.js';

/** role technology channel target, or key = value for a binding, one line a fact. */
const brief = async (path: string, text: string): Promise<string[]> =>
  (await readSnippet(csharpCodeSource, path, text)).flatMap((fact) => {
    if (fact.type === 'binding') return [`${fact.key} = ${fact.value}`];
    if (fact.type !== 'connection') return [];
    return [`${fact.role} ${fact.mechanism} ${fact.technology ?? ''} ${fact.channel ?? ''} ${JSON.stringify(fact.target)}`.replace(/ +/g, ' ')];
  });

describe('ABP Framework: the distributed event bus and client proxies in code', () => {
  it.each([
    [
      'a publish on an injected IDistributedEventBus field, with `new` and with a type argument',
      code`
        using Volo.Abp.EventBus.Distributed;
        public class OrderAppService {
          private readonly IDistributedEventBus _bus;
          public OrderAppService(IDistributedEventBus bus) { _bus = bus; }
          public async Task PlaceAsync() {
            await _bus.PublishAsync(new OrderPlacedEto { OrderId = id });
            await _bus.PublishAsync<OrderCancelledEto>(cancelled);
          }
        }`,
      ['produces messaging OrderPlacedEto {"key":"abp:distributed-event-bus"}', 'produces messaging OrderCancelledEto {"key":"abp:distributed-event-bus"}'],
    ],
    [
      'the DistributedEventBus property of ABP base classes, and a local bus (in the process: nothing)',
      code`
        using Volo.Abp.EventBus.Distributed;
        using Volo.Abp.EventBus.Local;
        public class StockAppService : ApplicationService {
          public ILocalEventBus LocalEventBus { get; set; }
          public async Task ReserveAsync() {
            await LocalEventBus.PublishAsync(new StockChangedEvent());
            await DistributedEventBus.PublishAsync(new StockReservedEto());
          }
        }`,
      ['produces messaging StockReservedEto {"key":"abp:distributed-event-bus"}'],
    ],
    [
      'an aggregate adding a distributed event, and a handler subscribed in code',
      code`
        using Volo.Abp.Domain.Entities;
        using Volo.Abp.EventBus.Distributed;
        public class Order : AggregateRoot<Guid> {
          public void Ship() { AddDistributedEvent(new OrderShippedEto { OrderId = Id }); AddLocalEvent(new OrderShippedEvent()); }
        }
        public class Startup {
          public void Subscribe(IDistributedEventBus distributedEventBus) {
            distributedEventBus.Subscribe<StockLowEto>(async e => await Task.CompletedTask);
          }
        }`,
      ['produces messaging OrderShippedEto {"key":"abp:distributed-event-bus"}', 'consumes messaging StockLowEto {"key":"abp:distributed-event-bus"}'],
    ],
    [
      'a handler of two event types',
      code`
        using Volo.Abp.EventBus.Distributed;
        public class OrderEvents : IDistributedEventHandler<OrderPlacedEto>, IDistributedEventHandler<Shared.OrderCancelledEto>, ITransientDependency {
          public Task HandleEventAsync(OrderPlacedEto e) => Task.CompletedTask;
          public Task HandleEventAsync(Shared.OrderCancelledEto e) => Task.CompletedTask;
        }`,
      ['consumes messaging OrderPlacedEto {"key":"abp:distributed-event-bus"}', 'consumes messaging OrderCancelledEto {"key":"abp:distributed-event-bus"}'],
    ],
    [
      'a handler of an entity event of ABP (a generic event type, named by its generic type)',
      code`
        using Volo.Abp.Domain.Entities.Events.Distributed;
        using Volo.Abp.EventBus.Distributed;
        public class ProductCreatedHandler : IDistributedEventHandler<EntityCreatedEto<Catalog.ProductEto>> {
          public Task HandleEventAsync(EntityCreatedEto<Catalog.ProductEto> e) => Task.CompletedTask;
        }`,
      ['consumes messaging EntityCreatedEto {"key":"abp:distributed-event-bus"}'],
    ],
    [
      'the provider module of [DependsOn] binds the event bus setting; other modules say nothing',
      code`
        using Volo.Abp.EventBus.RabbitMq;
        using Volo.Abp.Modularity;
        [DependsOn(typeof(AbpAutofacModule), typeof(Volo.Abp.EventBus.RabbitMq.AbpEventBusRabbitMqModule))]
        public class HostModule : AbpModule { }`,
      ['abp:distributed-event-bus = RabbitMQ'],
    ],
    [
      'framework modules of client proxies depended on call their remote service',
      code`
        using Volo.Abp.Identity;
        using Volo.Abp.Modularity;
        [DependsOn(typeof(AbpIdentityHttpApiClientModule), typeof(CatalogHttpApiClientModule), typeof(AbpAutofacModule))]
        public class WebModule : AbpModule { }`,
      ['calls rest HTTP {"key":"RemoteServices:AbpIdentity:BaseUrl"}'],
    ],
    [
      'not from Blazor WebAssembly, which runs in the browser',
      code`
        using Volo.Abp.AspNetCore.Components.WebAssembly.Theming;
        using Volo.Abp.Modularity;
        [DependsOn(typeof(AbpIdentityHttpApiClientModule), typeof(AbpAspNetCoreComponentsWebAssemblyThemingModule))]
        public class BlazorModule : AbpModule { }`,
      [],
    ],
    [
      'Kafka, with its servers assigned in code from configuration',
      code`
        using Volo.Abp.EventBus.Kafka;
        using Volo.Abp.Kafka;
        [DependsOn(typeof(AbpEventBusKafkaModule))]
        public class WorkerModule : AbpModule {
          public override void ConfigureServices(ServiceConfigurationContext context) {
            var configuration = context.Services.GetConfiguration();
            Configure<AbpKafkaOptions>(options => { options.Connections.Default.BootstrapServers = configuration["Brokers"]; });
          }
        }`,
      ['abp:distributed-event-bus = Kafka', 'Kafka:Connections:Default:BootstrapServers = $ref:Brokers'],
    ],
    [
      "RabbitMQ's host assigned as a literal",
      code`
        using Volo.Abp.RabbitMQ;
        public class HostModule : AbpModule {
          public override void ConfigureServices(ServiceConfigurationContext context) {
            Configure<AbpRabbitMqOptions>(options => { options.Connections.Default.HostName = "mq.internal"; });
          }
        }`,
      ['RabbitMQ:Connections:Default:HostName = mq.internal'],
    ],
    [
      'client proxies by a literal name, by a constant, and without a name (Default)',
      code`
        using Volo.Abp.Http.Client;
        public class ClientModule : AbpModule {
          public override void ConfigureServices(ServiceConfigurationContext context) {
            context.Services.AddHttpClientProxies(typeof(OrderingContractsModule).Assembly, "Ordering");
            context.Services.AddStaticHttpClientProxies(typeof(CatalogContractsModule).Assembly, CatalogRemoteServiceConsts.RemoteServiceName);
            context.Services.AddHttpClientProxies(typeof(IdentityContractsModule).Assembly);
          }
        }`,
      [
        'calls rest HTTP {"key":"RemoteServices:Ordering:BaseUrl"}',
        'calls rest HTTP {"key":"RemoteServices:{code:const:CatalogRemoteServiceConsts.RemoteServiceName}:BaseUrl"}',
        'calls rest HTTP {"key":"RemoteServices:Default:BaseUrl"}',
      ],
    ],
    [
      'not ABP: without Volo.Abp, a PublishAsync is another library (here Amazon SNS)',
      code`
        using Amazon.SimpleNotificationService;
        public class Notifier { private readonly IDistributedEventBus _bus; public Task Send() => _bus.PublishAsync(new X()); }`,
      ['produces messaging Amazon SNS {}'],
    ],
  ] as [string, string, string[]][])('%s', async (_name, text, wanted) => {
    const got = await brief('services/ordering/OrderingModule.cs', text);
    expect(got.filter((line) => !line.startsWith('code:'))).toEqual(wanted);
  });
});

describe('ABP Framework: edges', () => {
  const edgesOf = async (files: { path: string; text: string; source: Source }[]): Promise<string[]> => {
    const facts: Fact[] = [];
    for (const file of files) facts.push(...(await readSnippet(file.source, file.path, file.text)));
    return resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`).sort();
  };
  const HANDLER = { path: 'ordering/Handlers.cs', source: csharpCodeSource, text: code`
    using Volo.Abp.EventBus.Distributed;
    public class PaidHandler : IDistributedEventHandler<PaymentCompletedEto> {
      private readonly IDistributedEventBus _bus;
      public async Task HandleEventAsync(PaymentCompletedEto e) { await _bus.PublishAsync(new OrderShippedEto()); }
    }` };
  const PROJECT = { path: 'ordering/Ordering.csproj', source: projectMarkers, text: '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>' };
  const MODULE = (provider: string) => ({ path: 'ordering/OrderingModule.cs', source: csharpCodeSource, text: `using Volo.Abp.Modularity;\n[DependsOn(typeof(${provider}))]\npublic class OrderingModule : AbpModule { }` });
  const compose = (environment: string[]) => ({
    path: 'docker-compose.yml',
    source: dockerComposeSource,
    text: ['services:', '  rabbitmq:', '    image: rabbitmq:3', '  kafka:', '    image: bitnami/kafka:3.7', '  ordering:', '    build: ./ordering', ...(environment.length ? ['    environment:', ...environment.map((line) => `      ${line}`)] : [])].join('\n'),
  });

  it.each([
    ['RabbitMQ, the host from the environment over appsettings.json', 'AbpEventBusRabbitMqModule', ['RabbitMQ__Connections__Default__HostName: rabbitmq'], '{"RabbitMQ":{"Connections":{"Default":{"HostName":"localhost"}}}}', ['ordering -> rabbitmq messaging', 'rabbitmq -> ordering messaging']],
    ['RabbitMQ on localhost in appsettings.json, nothing overriding it: the RabbitMQ broker the files define', 'AbpEventBusRabbitMqModule', [], '{"RabbitMQ":{"Connections":{"Default":{"HostName":"localhost"}}}}', ['ordering -> rabbitmq messaging', 'rabbitmq -> ordering messaging']],
    ['RabbitMQ with no host set: the RabbitMQ broker the files define', 'AbpEventBusRabbitMqModule', [], '{}', ['ordering -> rabbitmq messaging', 'rabbitmq -> ordering messaging']],
    ['Kafka from appsettings.json', 'AbpEventBusKafkaModule', [], '{"Kafka":{"Connections":{"Default":{"BootstrapServers":"kafka:9092"}}}}', ['kafka -> ordering messaging', 'ordering -> kafka messaging']],
    ['Azure Service Bus by its connection string', 'AbpEventBusAzureModule', [], '{"Azure":{"ServiceBus":{"Connections":{"Default":{"ConnectionString":"Endpoint=sb://loomworks-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=c2VjcmV0"}}}}}', ['loomworks-bus -> ordering messaging', 'ordering -> loomworks-bus messaging']],
    ['no provider module: the local bus, in the process', 'AbpAutofacModule', ['RabbitMQ__Connections__Default__HostName: rabbitmq'], '{}', []],
  ] as [string, string, string[], string, string[]][])('%s', async (_name, provider, environment, settings, wanted) => {
    const edges = await edgesOf([compose(environment), PROJECT, MODULE(provider), HANDLER, { path: 'ordering/appsettings.json', source: dotnetAppsettingsSource, text: settings }]);
    expect(edges).toEqual(wanted);
  });

  it('a provider package referenced by the project, no module file read', async () => {
    const edges = await edgesOf([
      compose(['Kafka__Connections__Default__BootstrapServers: kafka:9092']),
      { path: 'ordering/Ordering.csproj', source: projectMarkers, text: '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <ItemGroup>\n    <PackageReference Include="Volo.Abp.EventBus.Kafka" Version="8.2.0" />\n  </ItemGroup>\n</Project>' },
      HANDLER,
    ]);
    expect(edges).toEqual(['kafka -> ordering messaging', 'ordering -> kafka messaging']);
  });

  it('Dapr: the pub/sub component `pubsub`, as its component file binds it', async () => {
    const component = ['apiVersion: dapr.io/v1alpha1', 'kind: Component', 'metadata:', '  name: pubsub', 'spec:', '  type: pubsub.rabbitmq', '  version: v1', '  metadata:', '    - name: connectionString', '      value: amqp://rabbitmq:5672'].join('\n');
    const edges = await edgesOf([compose([]), PROJECT, MODULE('AbpEventBusDaprModule'), HANDLER, { path: 'dapr/components/pubsub.yaml', source: daprComponentsSource, text: component }]);
    expect(edges).toEqual(['ordering -> rabbitmq messaging', 'rabbitmq -> ordering messaging']);
  });

  it('a provider named in a shared library the service references', async () => {
    const edges = await edgesOf([
      compose(['RabbitMQ__Connections__Default__HostName: rabbitmq']),
      { path: 'ordering/Ordering.csproj', source: projectMarkers, text: '<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><ProjectReference Include="..\\shared\\Hosting\\Hosting.csproj" /></ItemGroup></Project>' },
      { path: 'shared/Hosting/Hosting.csproj', source: projectMarkers, text: '<Project Sdk="Microsoft.NET.Sdk"></Project>' },
      { path: 'shared/Hosting/HostingModule.cs', source: csharpCodeSource, text: 'using Volo.Abp.Modularity;\n[DependsOn(typeof(AbpEventBusRabbitMqModule))]\npublic class HostingModule : AbpModule { }' },
      { path: 'shipping/Shipping.csproj', source: projectMarkers, text: '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>' },
      { path: 'shipping/ShippingModule.cs', source: csharpCodeSource, text: 'using Volo.Abp.Modularity;\n[DependsOn(typeof(AbpEventBusKafkaModule))]\npublic class ShippingModule : AbpModule { }' },
      HANDLER,
    ]);
    expect(edges).toEqual(['ordering -> rabbitmq messaging', 'rabbitmq -> ordering messaging']);
  });

  it.each([
    ['its own name', ['RemoteServices__Catalog__BaseUrl: http://catalog'], ['ordering -> catalog rest']],
    ['RemoteServices:Default when its own is not set', ['RemoteServices__Default__BaseUrl: http://catalog'], ['ordering -> catalog rest']],
  ] as [string, string[], string[]][])('client proxies call the remote service by %s', async (_name, environment, wanted) => {
    const composeFile = { ...compose(environment), text: `${compose(environment).text}\n  catalog:\n    build: ./catalog` };
    const edges = await edgesOf([
      composeFile,
      PROJECT,
      { path: 'ordering/ClientModule.cs', source: csharpCodeSource, text: 'using Volo.Abp.Http.Client;\npublic class ClientModule : AbpModule {\n  public override void ConfigureServices(ServiceConfigurationContext context) {\n    context.Services.AddHttpClientProxies(typeof(CatalogContractsModule).Assembly, "Catalog");\n  }\n}' },
    ]);
    expect(edges).toEqual(wanted);
  });
});
