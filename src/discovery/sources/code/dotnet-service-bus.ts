/**
 * .NET service buses: MassTransit and NServiceBus. Their consumers (`IConsumer<OrderSubmitted>`,
 * `IHandleMessages<PlaceOrder>`, sagas) and senders (`Publish`, `Send`) name message types only;
 * which broker carries them is the transport the program configures, once, usually in
 * `Program.cs` (`x.UsingRabbitMq((ctx, cfg) => cfg.Host(…))`, `new RabbitMQTransport(…,
 * connectionString)`). So the first are facts of technology `MassTransit` or `NServiceBus`, the
 * second `endpoint` facts marked with the bus, and resolution joins them per component
 * (core/discovery/service-bus.ts). A transport without a broker (`UsingInMemory`,
 * `LearningTransport`) is `In-memory`, and makes no edge.
 *
 * MassTransit's riders are not the bus: a Kafka rider (`AddRider(r => { r.AddProducer<T>("topic");
 * r.UsingKafka((ctx, k) => { k.Host(…); k.TopicEndpoint<T>("topic", "group", …); }) })`) talks to
 * Kafka itself, its topics named where it is configured.
 */
import { IN_PROCESS_TRANSPORT } from '../../../core/discovery/service-bus.js';
import type { CallSite, Refinement, Signature, SiteTools, SyntaxNode } from './code-model.js';
import { consumes, endpoint, produces, uses } from './signature-builders.js';

const MASS_TRANSIT = ['MassTransit'];
const NSERVICEBUS = ['NServiceBus'];

/** MassTransit's transports by the configuration method choosing them (`x.UsingRabbitMq(…)`). */
const MASS_TRANSIT_TRANSPORTS: Record<string, string> = {
  UsingRabbitMq: 'RabbitMQ',
  // The bus factory of older code: `Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(…))`.
  CreateUsingRabbitMq: 'RabbitMQ',
  CreateUsingAzureServiceBus: 'Azure Service Bus',
  CreateUsingAmazonSqs: 'Amazon SQS',
  CreateUsingActiveMq: 'ActiveMQ',
  CreateUsingInMemory: IN_PROCESS_TRANSPORT,
  UsingAzureServiceBus: 'Azure Service Bus',
  UsingAmazonSqs: 'Amazon SQS',
  UsingActiveMq: 'ActiveMQ',
  UsingArtemis: 'ActiveMQ Artemis',
  // The SQL transports keep their queues in the database, which is the broker.
  UsingSqlServer: 'SQL Server',
  UsingPostgres: 'PostgreSQL',
  UsingInMemory: IN_PROCESS_TRANSPORT,
  // gRPC connects the bus instances to each other, not to a broker.
  UsingGrpc: IN_PROCESS_TRANSPORT,
};

/** MassTransit's riders, configured inside `AddRider`, whose producers and topic endpoints are their own. */
const MASS_TRANSIT_RIDERS: Record<string, string> = { UsingKafka: 'Kafka', UsingEventHub: 'Azure Event Hubs' };

/** NServiceBus's transports by class (`new RabbitMQTransport(…)`, `UseTransport<RabbitMQTransport>()`). */
const NSERVICEBUS_TRANSPORTS: Record<string, string> = {
  RabbitMQTransport: 'RabbitMQ',
  AzureServiceBusTransport: 'Azure Service Bus',
  SqsTransport: 'Amazon SQS',
  SqlServerTransport: 'SQL Server',
  PostgreSqlTransport: 'PostgreSQL',
  AzureStorageQueueTransport: 'Azure Queue Storage',
  MsmqTransport: 'MSMQ',
  LearningTransport: IN_PROCESS_TRANSPORT,
};

/** The name of the method an invocation calls: `x.UsingRabbitMq(…)` → `UsingRabbitMq`. */
function invokedName(node: SyntaxNode): string | undefined {
  if (node.type !== 'invocation_expression') return undefined;
  const callee = node.childForFieldName('function');
  const name = callee?.type === 'member_access_expression' ? callee.childForFieldName('name') : callee;
  return name?.text.replace(/<[\s\S]*$/, '');
}

/** The configurator types a transport's lambda is given, for configuration written in a method of its own. */
const CONFIGURATORS: Record<string, string> = {
  IRabbitMqBusFactoryConfigurator: 'UsingRabbitMq',
  IServiceBusBusFactoryConfigurator: 'UsingAzureServiceBus',
  IAmazonSqsBusFactoryConfigurator: 'UsingAmazonSqs',
  IActiveMqBusFactoryConfigurator: 'UsingActiveMq',
  IKafkaFactoryConfigurator: 'UsingKafka',
  IEventHubFactoryConfigurator: 'UsingEventHub',
};

/**
 * The MassTransit transport or rider method whose configuration lambda holds the node, or whose
 * configurator the method holding it takes (`static void ConfigureRabbit(IRabbitMqBusFactoryConfigurator cfg)`).
 */
function enclosingUsing(node: SyntaxNode): string | undefined {
  for (let current = node.parent, steps = 0; current && steps < 16; current = current.parent, steps += 1) {
    const name = invokedName(current);
    if (name && (name in MASS_TRANSIT_TRANSPORTS || name in MASS_TRANSIT_RIDERS)) return name;
    if (['method_declaration', 'local_function_statement', 'lambda_expression'].includes(current.type)) {
      const parameters = current.childForFieldName('parameters')?.text ?? '';
      const configurator = /\b(I\w+FactoryConfigurator)\b/.exec(parameters)?.[1];
      if (configurator && CONFIGURATORS[configurator]) return CONFIGURATORS[configurator];
      if (current.type !== 'lambda_expression') return undefined;
    }
  }
  return undefined;
}

/** `UsingRabbitMq` and the like: the transport, its broker named by `Host` inside. */
function massTransitTransport(site: CallSite): Refinement | false {
  const technology = MASS_TRANSIT_TRANSPORTS[site.name];
  return technology ? { technology } : false;
}

/**
 * `cfg.Host(…)` of a bus transport: the broker. Amazon SQS's first argument is the region, and
 * an SQL transport's host is set in options, so neither names a system here.
 */
function massTransitHost(site: CallSite): Refinement | false {
  const using = enclosingUsing(site.node);
  const technology = using ? MASS_TRANSIT_TRANSPORTS[using] : undefined;
  if (!technology || technology === IN_PROCESS_TRANSPORT) return false;
  return technology === 'Amazon SQS' || technology === 'SQL Server' || technology === 'PostgreSQL' ? { technology, target: [] } : { technology };
}

/**
 * MassTransit 8's transport options, which `UsingRabbitMq` reads when no `Host` is written: the
 * options type, the transport's product and the property holding its broker.
 */
const MASS_TRANSIT_OPTIONS: Record<string, { technology: string; property: string }> = {
  RabbitMqTransportOptions: { technology: 'RabbitMQ', property: 'Host' },
  AzureServiceBusTransportOptions: { technology: 'Azure Service Bus', property: 'ConnectionString' },
  ActiveMqTransportOptions: { technology: 'ActiveMQ', property: 'Host' },
};

/** The transport options type a call configures: `AddOptions<RabbitMqTransportOptions>()…`, `Configure<RabbitMqTransportOptions>(…)`. */
function optionsTypeOf(text: string): string | undefined {
  return Object.keys(MASS_TRANSIT_OPTIONS).find((type) => new RegExp(`\\b(?:AddOptions|Configure)<\\s*(?:[\\w.]+\\.)?${type}\\s*>`).test(text));
}

/** `options.Host = "rabbitmq"` in a lambda configuring transport options. */
function optionsProperty(site: CallSite): Refinement | false {
  for (let current = site.node.parent, steps = 0; current && steps < 12; current = current.parent, steps += 1) {
    if (current.type !== 'invocation_expression') continue;
    const type = optionsTypeOf(current.childForFieldName('function')?.text ?? '');
    const options = type ? MASS_TRANSIT_OPTIONS[type] : undefined;
    if (options) return site.name === options.property ? { technology: options.technology } : false;
  }
  return false;
}

/** `Configure<RabbitMqTransportOptions>(configuration.GetSection("RabbitMq"))`: the section's broker property. */
function optionsSection(site: CallSite, tools: SiteTools): Refinement | false {
  const type = optionsTypeOf(tools.text(site.node));
  const options = type ? MASS_TRANSIT_OPTIONS[type] : undefined;
  const section = site.args[0] ? /GetSection\("([^"]+)"\)$/.exec(tools.text(site.args[0]))?.[1] : undefined;
  return options && section ? { technology: options.technology, target: [], key: `${section}:${options.property}` } : false;
}

/** `k.Host("kafka:9092")` inside a Kafka rider: the broker of the rider's topics. */
function riderHost(site: CallSite): Refinement | false {
  const using = enclosingUsing(site.node);
  const technology = using ? MASS_TRANSIT_RIDERS[using] : undefined;
  return technology ? { technology } : false;
}

/**
 * The message type a send names: a type argument (`Publish<OrderSubmitted>(…)`), an object made
 * in place (`Publish(new OrderSubmitted { … })`, NServiceBus's `Send("Ledger", new PostLedgerEntry(…))`)
 * or by a state machine's activity (`.Publish(context => new OrderAccepted { … })`). Options
 * objects (`new SendOptions()`) and addresses are not messages. `typed: false` reads the arguments
 * only, for a call whose type argument is something else (`GetResponse<TResponse>`).
 */
export function messageTypeOf(site: CallSite, tools: SiteTools, typed = true): string | undefined {
  const declared = typed ? site.typeArgs[0] : undefined;
  if (declared && /^[A-Za-z_][\w.]*$/.test(declared)) return declared.split('.').pop();
  for (const argument of site.args) {
    const created = /^(?:\(?[\w,]*\)?=>)?new([A-Za-z_][\w.]*)/.exec(tools.text(argument))?.[1]?.split('.').pop();
    if (created && !/Options$|^Uri$/.test(created)) return created;
  }
  return undefined;
}

/** A send with its message type as channel, when one is written. */
function messageChannel(site: CallSite, tools: SiteTools, typed = true): Refinement | undefined {
  const message = messageTypeOf(site, tools, typed);
  return message ? { channel: message } : undefined;
}

/** A send only when its message type is written (`Send` is a common name; a message makes it the bus's). */
function namedMessage(site: CallSite, tools: SiteTools): Refinement | false {
  return messageChannel(site, tools) ?? false;
}

/** A consumer's message type: `IConsumer<OrderSubmitted>`. */
function consumedType(site: CallSite): Refinement | undefined {
  const message = site.typeArgs[0]?.split('.').pop();
  return message ? { channel: message } : undefined;
}

/** `GetSendEndpoint(new Uri("queue:submit-order"))`: the queue, without MassTransit's short address scheme. */
function sendEndpointQueue(site: CallSite, tools: SiteTools): Refinement | undefined {
  const value = tools.value(site, 0);
  if (value.kind !== 'literal') return undefined;
  const queue = /^(?:queue|exchange|topic):([^?]+)/.exec(value.text)?.[1] ?? /^[a-z][\w+.-]*:\/\/[^/]+\/(?:[^/?]+\/)*([^/?]+)$/i.exec(value.text)?.[1];
  return queue ? { channel: queue } : undefined;
}

/** Inside a MassTransit Mongo saga repository's options (`r.Connection = "mongodb://…"`). */
function inMongoRepository(site: CallSite): Refinement | false | undefined {
  for (let current = site.node.parent, steps = 0; current && steps < 10; current = current.parent, steps += 1) {
    if (invokedName(current) === 'MongoDbRepository') return undefined;
  }
  return false;
}

/** The NServiceBus transport a `UseTransport<T>()` names. */
function nserviceBusUseTransport(site: CallSite): Refinement | false {
  const technology = NSERVICEBUS_TRANSPORTS[site.typeArgs[0]?.split('.').pop() ?? ''];
  return technology ? { technology } : false;
}

/** The NServiceBus transport constructed: `new RabbitMQTransport(…)`. */
function nserviceBusTransport(site: CallSite): Refinement | false {
  const technology = NSERVICEBUS_TRANSPORTS[site.name];
  return technology ? { technology } : false;
}

/**
 * `transport.ConnectionString("host=rabbitmq")` (NServiceBus 7): the broker of the transport the
 * same method chose with `UseTransport<T>()`.
 */
function nserviceBusConnectionString(site: CallSite): Refinement | false {
  let scope: SyntaxNode | null = site.node.parent;
  while (scope && !['method_declaration', 'local_function_statement', 'constructor_declaration', 'compilation_unit', 'global_statement'].includes(scope.type)) scope = scope.parent;
  const holder = scope?.type === 'global_statement' ? scope.parent : scope;
  const named = holder ? /UseTransport<\s*(?:[\w.]+\.)?(\w+)\s*>/.exec(holder.text)?.[1] : undefined;
  const technology = named ? NSERVICEBUS_TRANSPORTS[named] : undefined;
  return technology && technology !== IN_PROCESS_TRANSPORT ? { technology } : false;
}

/** The signatures of MassTransit and NServiceBus, tried before the plain clients'. */
export const DOTNET_SERVICE_BUS_SIGNATURES: readonly Signature[] = [
  // MassTransit transports and their brokers.
  endpoint('messaging', 'MassTransit', Object.keys(MASS_TRANSIT_TRANSPORTS).map((name) => `*.${name}`), { imports: MASS_TRANSIT, bus: 'MassTransit', refine: massTransitTransport }),
  endpoint('messaging', 'MassTransit', ['*.Host'], { imports: MASS_TRANSIT, bus: 'MassTransit', target: [0, 'host', 'hostAddress', 'connectionString'], port: [1, 'port'], bareHost: true, refine: massTransitHost }),
  endpoint('messaging', 'Kafka', ['*.Host'], { imports: MASS_TRANSIT, target: [0], bareHost: true, refine: riderHost }),
  endpoint('messaging', 'MassTransit', ['set *.Host', 'set *.ConnectionString'], { imports: MASS_TRANSIT, bus: 'MassTransit', target: [0], bareHost: true, refine: optionsProperty }),
  endpoint('messaging', 'MassTransit', ['*.Configure'], { imports: MASS_TRANSIT, bus: 'MassTransit', refine: optionsSection }),
  // Kafka rider: producers registered by topic, topic endpoints consuming.
  produces('Kafka', ['*.AddProducer'], { imports: MASS_TRANSIT, channel: [0, 'topicName'] }),
  consumes('Kafka', ['*.TopicEndpoint'], { imports: MASS_TRANSIT, channel: [0, 'topicName'] }),
  // MassTransit consumers, sagas and receive endpoints.
  consumes('MassTransit', ['*.ReceiveEndpoint'], { imports: MASS_TRANSIT, channel: [0, 'queueName'], refine: (site) => (enclosingUsing(site.node) && MASS_TRANSIT_RIDERS[enclosingUsing(site.node) as string] ? false : undefined) }),
  consumes('MassTransit', ['extends IConsumer', 'extends IJobConsumer', 'extends IBatchConsumer'], { imports: MASS_TRANSIT, refine: consumedType }),
  consumes('MassTransit', ['extends MassTransitStateMachine'], { imports: MASS_TRANSIT }),
  // MassTransit senders: publish (to every subscriber), send (to a queue), request/response.
  produces('MassTransit', ['*.Publish', '*.PublishAsync', '*.PublishBatch'], { imports: MASS_TRANSIT, refine: (site, tools) => messageChannel(site, tools) }),
  produces('MassTransit', ['*.GetSendEndpoint'], { imports: MASS_TRANSIT, refine: sendEndpointQueue }),
  produces('MassTransit', ['*.Send', '*.SendAsync'], { imports: MASS_TRANSIT, refine: namedMessage }),
  produces('MassTransit', ['*.GetResponse'], { imports: MASS_TRANSIT, answered: true, refine: (site, tools) => messageChannel(site, tools, false) }),
  produces('MassTransit', ['*.RespondAsync', '*.Respond'], { imports: MASS_TRANSIT, refine: (site, tools) => messageChannel(site, tools) }),
  // Saga repositories keep saga state in a database (EF Core's `UseNpgsql`/`UseSqlServer` are read as such already).
  uses('database', 'MongoDB', ['set *.Connection'], { imports: MASS_TRANSIT, target: [0], refine: inMongoRepository }),
  uses('database', 'Redis', ['*.DatabaseConfiguration'], { imports: MASS_TRANSIT, target: [0], bareHost: true }),
  // NServiceBus transports.
  endpoint('messaging', 'NServiceBus', Object.keys(NSERVICEBUS_TRANSPORTS).map((name) => `new ${name}`), {
    imports: NSERVICEBUS,
    bus: 'NServiceBus',
    // RabbitMQ's constructor takes the routing topology first; the others, the connection string.
    target: ['connectionString', 0],
    refine: (site) => {
      const refined = nserviceBusTransport(site);
      if (refined === false) return false;
      if (site.name === 'RabbitMQTransport') return { ...refined, target: ['connectionString', 1] };
      return site.name === 'SqsTransport' || site.name === 'LearningTransport' ? { ...refined, target: [] } : refined;
    },
  }),
  endpoint('messaging', 'NServiceBus', ['*.UseTransport'], { imports: NSERVICEBUS, bus: 'NServiceBus', refine: (site) => (site.typeArgs.length > 0 ? nserviceBusUseTransport(site) : false) }),
  endpoint('messaging', 'NServiceBus', ['*.ConnectionString'], { imports: NSERVICEBUS, bus: 'NServiceBus', target: [0], bareHost: true, refine: nserviceBusConnectionString }),
  // NServiceBus handlers and sagas.
  consumes('NServiceBus', ['extends IHandleMessages', 'extends IAmStartedByMessages'], { imports: NSERVICEBUS, refine: consumedType }),
  // NServiceBus senders; routing names the endpoint (queue) a command type is sent to.
  produces('NServiceBus', ['*.Send', '*.Publish', '*.Reply'], { imports: NSERVICEBUS, refine: (site, tools) => messageChannel(site, tools) }),
  produces('NServiceBus', ['*.RouteToEndpoint'], { imports: NSERVICEBUS, channel: [1, 'destination'] }),
];
