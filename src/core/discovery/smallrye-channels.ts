/**
 * SmallRye Reactive Messaging (Quarkus) names channels in code (`@Incoming("orders")`) and says in
 * configuration which connector carries each and on which topic or queue:
 * `mp.messaging.incoming.orders.connector=smallrye-amqp`, `mp.messaging.incoming.orders.topic=…`
 * (Kafka) or `.address` (AMQP) or `.queue.name` / `.exchange.name` (RabbitMQ). Code facts carry the
 * channel and Quarkus's default, Kafka at `kafka.bootstrap.servers`; the component's bindings turn
 * them into what the broker sees. Pure: the caller looks keys up.
 */
import type { ConnectionFact } from './facts.js';

/** What each connector is, where its broker is set, and which keys name the broker's channel. */
const CONNECTORS: Readonly<Record<string, { technology: string; broker: string; names: readonly string[] }>> = {
  'smallrye-kafka': { technology: 'Kafka', broker: 'kafka.bootstrap.servers', names: ['topic'] },
  'smallrye-amqp': { technology: 'AMQP', broker: 'amqp-host', names: ['address'] },
  'smallrye-rabbitmq': { technology: 'RabbitMQ', broker: 'rabbitmq-host', names: ['queue.name', 'exchange.name'] },
};

/**
 * The fact as the channel's configuration makes it, or the fact itself when nothing configures
 * its channel. A channel-specific broker (`mp.messaging.incoming.orders.bootstrap.servers`, or
 * `.host` for AMQP and RabbitMQ) wins over the connector's global one.
 */
export function withSmallryeChannel(fact: ConnectionFact, lookup: (key: string) => string | undefined): ConnectionFact {
  if (fact.channel === undefined || (fact.role !== 'produces' && fact.role !== 'consumes')) return fact;
  const prefix = `mp.messaging.${fact.role === 'consumes' ? 'incoming' : 'outgoing'}.${fact.channel}.`;
  const connectorName = lookup(`${prefix}connector`)?.trim();
  const connector = connectorName !== undefined ? CONNECTORS[connectorName] : fact.technology !== undefined ? Object.values(CONNECTORS).find((entry) => entry.technology === fact.technology) : undefined;
  if (!connector) return fact;
  const channel = connector.names.map((name) => lookup(`${prefix}${name}`)?.trim()).find((name) => name !== undefined && name !== '' && !name.includes('${'));
  if (connectorName === undefined && channel === undefined) return fact;
  const own = connector.technology === 'Kafka' ? `${prefix}bootstrap.servers` : `${prefix}host`;
  const key = lookup(own) !== undefined ? own : connector.broker;
  // Only a target the code source defaulted (a key) is replaced; a literal address the code says stays.
  const target = fact.target.key !== undefined && fact.target.url === undefined && fact.target.host === undefined ? { key } : fact.target;
  return { ...fact, technology: connector.technology, channel: channel ?? fact.channel, target };
}

/** The broker settings a channel annotation's fact targets until configuration says more. */
const BROKER_KEYS = new Set(Object.values(CONNECTORS).map((connector) => connector.broker));

/** SmallRye's channel annotations, as the evidence line of a channel fact shows them. */
const CHANNEL_ANNOTATION = /@(?:Incoming|Outgoing|Channel)\s*\(/;

/** Whether a fact is a SmallRye channel annotation's, its broker not yet configured. */
function isChannelAnnotation(fact: ConnectionFact): boolean {
  return (
    fact.channel !== undefined &&
    (fact.role === 'produces' || fact.role === 'consumes') &&
    fact.target.key !== undefined &&
    BROKER_KEYS.has(fact.target.key) &&
    CHANNEL_ANNOTATION.test(fact.evidence.excerpt)
  );
}

/**
 * The facts of channels a component both sends to and receives from, with no connector configured
 * for either side: Quarkus attaches to its connector only the channels left unmatched inside the
 * application, so an `@Outgoing("team-stats")` read by a `@Channel("team-stats") Multi` of the same
 * service is an in-memory stream that never reaches a broker. `facts` are one component's;
 * `lookup` reads its configuration.
 */
export function inMemoryChannelFacts(facts: readonly ConnectionFact[], lookup: (key: string) => string | undefined): Set<ConnectionFact> {
  const roles = new Map<string, Set<string>>();
  for (const fact of facts) {
    if (!isChannelAnnotation(fact) || fact.channel === undefined) continue;
    const seen = roles.get(fact.channel) ?? new Set<string>();
    seen.add(fact.role);
    roles.set(fact.channel, seen);
  }
  const internal = new Set<ConnectionFact>();
  for (const fact of facts) {
    if (!isChannelAnnotation(fact) || fact.channel === undefined || roles.get(fact.channel)?.size !== 2) continue;
    const configured = ['incoming', 'outgoing'].some((side) => lookup(`mp.messaging.${side}.${fact.channel}.connector`) !== undefined);
    if (!configured) internal.add(fact);
  }
  return internal;
}
