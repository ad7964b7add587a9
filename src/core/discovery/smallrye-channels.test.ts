import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type BindingFact, type ConnectionFact, type Fact } from './facts.js';
import { resolveFacts } from './resolve.js';
import { withSmallryeChannel } from './smallrye-channels.js';

const fact = (role: 'produces' | 'consumes', channel: string): ConnectionFact => ({
  type: 'connection',
  target: { key: 'kafka.bootstrap.servers' },
  role,
  mechanism: 'messaging',
  technology: 'Kafka',
  channel,
  targetKind: 'message-broker',
  evidence: { file: 'src/main/java/A.java', line: 1, excerpt: '' },
  confidence: CONFIDENCE.literal,
});

describe('withSmallryeChannel', () => {
  it.each([
    ['nothing configured', 'consumes', {}, ['Kafka', 'orders', 'kafka.bootstrap.servers']],
    ['a Kafka topic', 'consumes', { 'mp.messaging.incoming.orders.connector': 'smallrye-kafka', 'mp.messaging.incoming.orders.topic': 'orders-v1' }, ['Kafka', 'orders-v1', 'kafka.bootstrap.servers']],
    ['a topic without a connector (the default one)', 'produces', { 'mp.messaging.outgoing.orders.topic': 'orders-out' }, ['Kafka', 'orders-out', 'kafka.bootstrap.servers']],
    ['a channel-specific Kafka broker', 'produces', { 'mp.messaging.outgoing.orders.connector': 'smallrye-kafka', 'mp.messaging.outgoing.orders.bootstrap.servers': 'other:9092' }, ['Kafka', 'orders', 'mp.messaging.outgoing.orders.bootstrap.servers']],
    ['an AMQP address', 'consumes', { 'mp.messaging.incoming.orders.connector': 'smallrye-amqp', 'mp.messaging.incoming.orders.address': 'orders-queue' }, ['AMQP', 'orders-queue', 'amqp-host']],
    ['a RabbitMQ queue', 'consumes', { 'mp.messaging.incoming.orders.connector': 'smallrye-rabbitmq', 'mp.messaging.incoming.orders.queue.name': 'q-orders' }, ['RabbitMQ', 'q-orders', 'rabbitmq-host']],
    ['the other direction configured only', 'produces', { 'mp.messaging.incoming.orders.connector': 'smallrye-amqp' }, ['Kafka', 'orders', 'kafka.bootstrap.servers']],
    ['an unknown connector', 'consumes', { 'mp.messaging.incoming.orders.connector': 'smallrye-in-memory' }, ['Kafka', 'orders', 'kafka.bootstrap.servers']],
  ] as const)('%s', (_, role, config, [technology, channel, key]) => {
    const result = withSmallryeChannel(fact(role, 'orders'), (name) => (config as Record<string, string>)[name]);
    expect([result.technology, result.channel, result.target]).toEqual([technology, channel, { key }]);
  });
});

describe('SmallRye channels in resolution', () => {
  const properties = 'orders/src/main/resources/application.properties';
  const binding = (key: string, value: string, line: number): BindingFact => ({ type: 'binding', scope: 'orders', key, value, evidence: { file: properties, line, excerpt: `${key}=${value}` } });
  const components: Fact[] = [
    { type: 'component', name: 'orders', kind: 'application', root: 'orders', evidence: { file: 'docker-compose.yml', line: 2, excerpt: '' }, confidence: CONFIDENCE.declared },
    { type: 'component', name: 'kafka', kind: 'message-broker', technology: 'Kafka', evidence: { file: 'docker-compose.yml', line: 9, excerpt: '' }, confidence: CONFIDENCE.declared },
    { type: 'component', name: 'rabbit', kind: 'message-broker', technology: 'RabbitMQ', evidence: { file: 'docker-compose.yml', line: 12, excerpt: '' }, confidence: CONFIDENCE.declared },
  ];
  const edges = (facts: Fact[]): string[] => resolveFacts(facts).integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism} ${item.channel ?? ''})`);
  const code = (role: 'produces' | 'consumes', channel: string): ConnectionFact => ({ ...fact(role, channel), evidence: { file: 'orders/src/main/java/Orders.java', line: 5, excerpt: '' } });

  it('takes the topic and the broker from the service configuration, and the connector', () => {
    expect(edges([
      ...components,
      binding('kafka.bootstrap.servers', 'kafka:9092', 1),
      binding('mp.messaging.outgoing.orders.topic', 'orders-v1', 2),
      binding('mp.messaging.incoming.payments.connector', 'smallrye-rabbitmq', 3),
      binding('mp.messaging.incoming.payments.queue.name', 'payments-q', 4),
      binding('rabbitmq-host', 'rabbit', 5),
      code('produces', 'orders'),
      code('consumes', 'payments'),
    ])).toEqual(['orders -> kafka (messaging orders-v1)', 'rabbit -> orders (messaging payments-q)']);
  });

  it('finds the broker in the deployment environment by the MicroProfile naming (KAFKA_BOOTSTRAP_SERVERS)', () => {
    // Two Kafka brokers, neither called Kafka: without the binding the broker could not be told.
    const broker = (name: string, line: number): Fact => ({ type: 'component', name, kind: 'message-broker', technology: 'Kafka', evidence: { file: 'docker-compose.yml', line, excerpt: '' }, confidence: CONFIDENCE.declared });
    const facts: Fact[] = [components[0] as Fact, broker('events', 9), broker('audit-events', 20), code('produces', 'orders')];
    const env: BindingFact = { type: 'binding', component: 'orders', key: 'KAFKA_BOOTSTRAP_SERVERS', value: 'events:9092', evidence: { file: 'docker-compose.yml', line: 4, excerpt: '' } };
    expect(edges([...facts, env])).toEqual(['orders -> events (messaging orders)']);
    expect(edges(facts)).not.toContain('orders -> events (messaging orders)');
  });

  describe('a channel the service both feeds and reads', () => {
    // As the readers write them: the annotation is on the evidence line.
    const annotated = (role: 'produces' | 'consumes', channel: string, excerpt: string): ConnectionFact => ({ ...code(role, channel), evidence: { file: 'orders/src/main/java/Stats.java', line: 7, excerpt } });
    const internal = [annotated('produces', 'team-stats', '@Outgoing("team-stats")'), annotated('consumes', 'team-stats', '@Channel("team-stats") Multi<TeamScore> stats')];

    it.each([
      ['is in memory when nothing attaches it to a connector', [], []],
      ['reaches the broker when its outgoing side names a connector', [binding('mp.messaging.outgoing.team-stats.connector', 'smallrye-kafka', 3)], ['kafka -> orders (messaging team-stats)', 'orders -> kafka (messaging team-stats)']],
      ['reaches the broker when its incoming side names a connector', [binding('mp.messaging.incoming.team-stats.connector', 'smallrye-kafka', 3)], ['kafka -> orders (messaging team-stats)', 'orders -> kafka (messaging team-stats)']],
    ] as const)('%s', (_, config, expected) => {
      expect(edges([...components, binding('kafka.bootstrap.servers', 'kafka:9092', 1), ...config, ...internal])).toEqual(expected);
    });

    it('leaves the channels read or fed on one side only to the broker', () => {
      const facts = [...components, binding('kafka.bootstrap.servers', 'kafka:9092', 1), ...internal, annotated('consumes', 'fights', '@Incoming("fights")')];
      expect(edges(facts)).toEqual(['kafka -> orders (messaging fights)']);
    });

    it('is not a rule of other Kafka clients: a Micronaut service feeding and reading one topic uses the broker', () => {
      const micronaut = [annotated('produces', 'orders', '@Topic("orders") void send(Order order);'), annotated('consumes', 'orders', '@Topic("orders") void receive(Order order) {')];
      expect(edges([...components, binding('kafka.bootstrap.servers', 'kafka:9092', 1), ...micronaut])).toEqual(['kafka -> orders (messaging orders)', 'orders -> kafka (messaging orders)']);
    });
  });
});
