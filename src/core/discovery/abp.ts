/**
 * The ABP Framework's distributed event bus and remote services.
 *
 * Which broker an ABP application's `IDistributedEventBus` talks to is not said where events are
 * published or handled: it is the provider module the application depends on
 * (`[DependsOn(typeof(AbpEventBusRabbitMqModule))]`, often in a shared hosting module), each
 * reading its own settings (`RabbitMQ:Connections:Default:HostName`…). Without a provider the
 * bus is `LocalDistributedEventBus`, which never leaves the process.
 *
 * Code's publishers and handlers are connections to the setting ABP_EVENT_BUS_KEY; a provider
 * module binds it to the provider's technology for its folder. Resolution replaces the connection's
 * target by the provider's own settings (abpEventBusTarget); with the setting unbound it makes none.
 */
import type { ConnectionFact } from './facts.js';

/** The setting an ABP distributed event bus connection is made to: the provider's technology. */
export const ABP_EVENT_BUS_KEY = 'abp:distributed-event-bus';

/** The provider modules, by the class name the `DependsOn` attribute gives, to the technology each carries events on. */
export const ABP_EVENT_BUS_MODULES: Readonly<Record<string, string>> = {
  AbpEventBusRabbitMqModule: 'RabbitMQ',
  AbpEventBusKafkaModule: 'Kafka',
  AbpEventBusAzureModule: 'Azure Service Bus',
  AbpEventBusDaprModule: 'Dapr',
  // Rebus carries events over a transport configured in code (RabbitMQ, Azure, SQL Server…): the
  // broker is then whichever one the files define.
  AbpEventBusRebusModule: 'Rebus',
};

/** The provider packages (`Volo.Abp.EventBus.RabbitMQ`), which a project references to depend on the module. */
const ABP_EVENT_BUS_PACKAGE = /<PackageReference\s+Include\s*=\s*"Volo\.Abp\.EventBus\.(RabbitMQ|Kafka|Azure|Dapr|Rebus)"/i;

/** The provider a `.csproj` references the package of, with the line (1-based) saying so. */
export function abpEventBusPackage(text: string): { technology: string; line: number } | undefined {
  const match = ABP_EVENT_BUS_PACKAGE.exec(text);
  if (!match) return undefined;
  const product = (match[1] as string).toLowerCase();
  const module = Object.keys(ABP_EVENT_BUS_MODULES).find((name) => name.toLowerCase() === `abpeventbus${product}module`);
  const technology = module !== undefined ? ABP_EVENT_BUS_MODULES[module] : undefined;
  return technology !== undefined ? { technology, line: text.slice(0, match.index).split('\n').length } : undefined;
}

/**
 * Each provider's connection setting (`AbpRabbitMqOptions`, `AbpKafkaOptions`, `AbpAzureServiceBusOptions`,
 * read from those sections of `appsettings.json` and the environment). Dapr publishes through the
 * pub/sub component `AbpDaprEventBusOptions.PubSubName` names, `pubsub` unless set in code; the key
 * is the one Dapr component files bind (config/dapr-components.ts, `DAPR_COMPONENT_KEY`).
 */
const PROVIDER_SETTINGS: Readonly<Record<string, string | undefined>> = {
  rabbitmq: 'RabbitMQ:Connections:Default:HostName',
  kafka: 'Kafka:Connections:Default:BootstrapServers',
  'azure service bus': 'Azure:ServiceBus:Connections:Default:ConnectionString',
  dapr: 'dapr:component:pubsub',
  rebus: undefined,
};

/** The settings keys an ABP options class member assigned in code stands for (`options.Connections.Default.HostName = …`). */
export const ABP_OPTION_MEMBERS: readonly { options: string; member: RegExp; key: string }[] = [
  { options: 'AbpRabbitMqOptions', member: /(?:^|\.)Connections\.Default\.HostName$/, key: 'RabbitMQ:Connections:Default:HostName' },
  { options: 'AbpKafkaOptions', member: /(?:^|\.)Connections\.Default\.BootstrapServers$/, key: 'Kafka:Connections:Default:BootstrapServers' },
  { options: 'AbpAzureServiceBusOptions', member: /(?:^|\.)Connections\.Default\.ConnectionString$/, key: 'Azure:ServiceBus:Connections:Default:ConnectionString' },
];

/**
 * The connection as the provider makes it: its technology, and its own setting as the target
 * (unbound, the broker of that technology the files define). Undefined for a value that names no
 * provider.
 */
export function abpEventBusTarget(fact: ConnectionFact, provider: string): ConnectionFact | undefined {
  const technology = Object.values(ABP_EVENT_BUS_MODULES).find((known) => known.toLowerCase() === provider.trim().toLowerCase());
  if (technology === undefined) return undefined;
  const key = PROVIDER_SETTINGS[technology.toLowerCase()];
  const { technology: _none, ...rest } = fact;
  return { ...rest, target: key !== undefined ? { key } : {}, ...(technology !== 'Rebus' ? { technology } : {}) };
}

/** A remote service's own base URL setting (`RemoteServices:Ordering:BaseUrl`, `…:GrpcUrl`). */
const REMOTE_SERVICE_KEY = /^RemoteServices:(?!Default:)[^:]+:(BaseUrl|GrpcUrl)$/;

/**
 * The setting ABP falls back to when a remote service's own is not set: `RemoteServices:Default`'s
 * (its `RemoteServiceConfigurationDictionary.GetConfigurationOrDefault`).
 */
export function abpRemoteServiceFallback(key: string): string | undefined {
  const member = REMOTE_SERVICE_KEY.exec(key)?.[1];
  return member !== undefined ? `RemoteServices:Default:${member}` : undefined;
}
