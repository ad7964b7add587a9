/**
 * .NET service buses (MassTransit, NServiceBus): a consumer (`IConsumer<OrderSubmitted>`,
 * `IHandleMessages<PlaceOrder>`) or a sender (`Publish`, `Send`) names only a message type, and
 * the transport (`UsingRabbitMq(… cfg.Host(…))`, `new RabbitMQTransport(…, connectionString)`) is
 * configured once per program, usually in another file. Code sources mark the first with the bus
 * as technology and the second as an `endpoint` fact carrying `bus`; this joins them per
 * component: each message connection takes the transport's technology, broker address and
 * branch conditions. A transport with no broker (`UsingInMemory`, `LearningTransport`) keeps its
 * messages in the process: no connection. A component configuring no transport of its own takes
 * the bus's one product in the scan, if there is one (a library configured it), else makes none.
 * Go's Watermill is joined the same way: its pub/sub constructions are the transports
 * (`amqp.NewPublisher(…)`, `gochannel.NewGoChannel(…)` in process), `Publish`/`Subscribe` and a
 * router's handlers the uses.
 */
import { CONFIDENCE, type ConnectionFact } from './facts.js';

/** How sure a connection whose transport is only the scan's one product of its bus is. */
const INFERRED = CONFIDENCE.inferred;

/** The technology a transport without a broker is given by code sources. */
export const IN_PROCESS_TRANSPORT = 'In-memory';

/** The technologies that name a service bus rather than a product: .NET's, and Go's Watermill (sources/code/watermill.ts). */
export const SERVICE_BUSES: ReadonlySet<string> = new Set(['MassTransit', 'NServiceBus', 'Watermill']);

/**
 * The connections with each bus connection replaced by one per transport its component
 * configures (`ownerOf` says which component a fact belongs to; undefined drops bus connections).
 */
export function onBusTransports(connections: readonly ConnectionFact[], ownerOf: (fact: ConnectionFact) => string | undefined): ConnectionFact[] {
  const transports = new Map<string, ConnectionFact[]>();
  for (const fact of connections) {
    if (!fact.endpoint || fact.bus === undefined) continue;
    const owner = ownerOf(fact);
    if (owner === undefined) continue;
    const key = `${owner}|${fact.bus}`;
    transports.set(key, [...(transports.get(key) ?? []), fact]);
  }
  if (transports.size === 0 && !connections.some((fact) => isBusConnection(fact))) return [...connections];
  // A component may take its bus from a shared library's extension method (`services.AddEventBus()`
  // configuring MassTransit there): when every broker transport of the bus in the scan is of one
  // product, that product, its broker left to resolution (the one the files define).
  const products = new Map<string, Set<string>>();
  for (const [key, list] of transports) {
    const bus = key.slice(key.indexOf('|') + 1);
    for (const transport of list) if (transport.technology && transport.technology !== IN_PROCESS_TRANSPORT) products.set(bus, (products.get(bus) ?? new Set()).add(transport.technology));
  }
  return connections.flatMap((fact): ConnectionFact[] => {
    if (!isBusConnection(fact)) return [fact];
    const owner = ownerOf(fact);
    if (owner === undefined) return [];
    const configured = transports.get(`${owner}|${fact.technology}`);
    if (configured) return chosen(configured).flatMap((transport) => (transport.technology === IN_PROCESS_TRANSPORT ? [] : [carriedBy(fact, transport)]));
    const only = products.get(fact.technology as string);
    const product = only?.size === 1 ? [...only][0] : undefined;
    return product ? [{ ...fact, technology: product, targetKind: 'message-broker', bus: fact.technology as string, confidence: Math.min(fact.confidence, INFERRED) }] : [];
  });
}

function isBusConnection(fact: ConnectionFact): boolean {
  return !fact.endpoint && fact.technology !== undefined && SERVICE_BUSES.has(fact.technology) && (fact.role === 'produces' || fact.role === 'consumes');
}

/**
 * One transport per technology: the one that names its broker (`cfg.Host("rabbitmq")` beside the
 * bare `UsingRabbitMq`), else the first written. Transports of different technologies are
 * alternatives the code chooses between by a setting, kept for their conditions to decide.
 */
function chosen(transports: readonly ConnectionFact[]): ConnectionFact[] {
  const byTechnology = new Map<string, ConnectionFact>();
  const ordered = [...transports].sort((left, right) => (left.evidence.file === right.evidence.file ? left.evidence.line - right.evidence.line : left.evidence.file < right.evidence.file ? -1 : 1));
  for (const transport of ordered) {
    const technology = transport.technology ?? '';
    const held = byTechnology.get(technology);
    if (!held || (!named(held) && named(transport))) byTechnology.set(technology, transport);
  }
  return [...byTechnology.values()];
}

function named(fact: ConnectionFact): boolean {
  return Object.keys(fact.target).length > 0;
}

/** The bus connection as made through a transport: its product, broker and conditions. */
function carriedBy(fact: ConnectionFact, transport: ConnectionFact): ConnectionFact {
  const conditions = [...(fact.conditions ?? []), ...(transport.conditions ?? []).filter((condition) => !fact.conditions?.some((own) => JSON.stringify(own) === JSON.stringify(condition)))];
  const carried: ConnectionFact = {
    ...fact,
    ...(transport.technology ? { technology: transport.technology } : {}),
    target: named(fact) ? fact.target : transport.target,
    targetKind: 'message-broker',
    bus: fact.technology as string,
    confidence: named(fact) ? fact.confidence : transport.confidence,
  };
  if (conditions.length > 0) carried.conditions = conditions;
  return carried;
}
