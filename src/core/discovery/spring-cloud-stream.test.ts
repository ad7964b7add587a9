import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type BindingFact, type ConnectionFact, type Fact } from './facts.js';
import { resolveFacts } from './resolve.js';
import { binderDependencies, definedBinding, STREAM_BINDERS_KEY, STREAM_BINDING_KEY, STREAM_FUNCTION_KEY, withStreamBinding } from './spring-cloud-stream.js';

const fact = (role: 'produces' | 'consumes', channel: string, key = STREAM_FUNCTION_KEY, technology?: string): ConnectionFact => ({
  type: 'connection',
  target: { key },
  role,
  mechanism: 'messaging',
  ...(technology ? { technology } : {}),
  channel,
  targetKind: 'message-broker',
  evidence: { file: 'orders/src/main/java/Orders.java', line: 5, excerpt: '' },
  confidence: CONFIDENCE.literal,
});

describe('definedBinding', () => {
  it.each([
    ['nothing defined', 'orders-out-0', undefined, 'orders-out-0'],
    ['defined alone', 'orders-out-0', 'orders;payments', 'orders-out-0'],
    ['defined with spaces', 'payments-in-0', 'orders ; payments', 'payments-in-0'],
    ['not defined', 'audit-in-0', 'orders;payments', undefined],
    ['first of a composition: its input is the composition\'s', 'upper-in-0', 'upper|quote', 'upperquote-in-0'],
    ['last of a composition: its output is the composition\'s', 'quote-out-0', 'upper|quote', 'upperquote-out-0'],
    ['first of a composition: its output is internal', 'upper-out-0', 'upper|quote', undefined],
    ['a composition written with commas', 'quote-out-0', 'upper,quote', 'upperquote-out-0'],
    ['a name that is no function binding is kept', 'output', 'orders', 'output'],
  ])('%s', (_, binding, definition, expected) => {
    expect(definedBinding(binding, definition)).toBe(expected);
  });
});

describe('binderDependencies', () => {
  it.each([
    ['Maven Kafka binder', '<dependency>\n  <groupId>org.springframework.cloud</groupId>\n  <artifactId>spring-cloud-stream-binder-kafka</artifactId>\n</dependency>', { types: ['kafka'], line: 3 }],
    ['Maven starter for Rabbit', '<artifactId>spring-cloud-starter-stream-rabbit</artifactId>', { types: ['rabbit'], line: 1 }],
    ['Kafka Streams is not the Kafka binder', 'implementation("org.springframework.cloud:spring-cloud-stream-binder-kafka-streams")', { types: ['kstream'], line: 1 }],
    ['two binders, in order', "implementation 'org.springframework.cloud:spring-cloud-stream-binder-rabbit'\nimplementation 'org.springframework.cloud:spring-cloud-stream-binder-kafka'", { types: ['rabbit', 'kafka'], line: 1 }],
    ['a Gradle test dependency', "testImplementation 'org.springframework.cloud:spring-cloud-stream-binder-kafka'", undefined],
    ['a Maven test dependency', '<dependency>\n  <artifactId>spring-cloud-stream-binder-rabbit</artifactId>\n  <scope>test</scope>\n</dependency>', undefined],
    ['the test binder only', "implementation 'org.springframework.cloud:spring-cloud-stream-test-binder'", undefined],
    ['no binder', '<artifactId>spring-cloud-stream</artifactId>', undefined],
  ])('%s', (_, text, expected) => {
    expect(binderDependencies(text)).toEqual(expected);
  });
});

describe('withStreamBinding', () => {
  const run = (input: ConnectionFact, config: Record<string, string>) =>
    withStreamBinding(input, (key) => config[key]).map((each) => [each.technology, each.channel, each.target.key ?? null]);

  it.each<[string, ConnectionFact, Record<string, string>, (string | null | undefined)[][]]>([
    ['Kafka on the class path, destination configured, brokers set', fact('produces', 'orders-out-0'), { [STREAM_BINDERS_KEY]: 'kafka', 'spring.cloud.stream.bindings.orders-out-0.destination': 'orders', 'spring.cloud.stream.kafka.binder.brokers': 'kafka:9092' }, [['Kafka', 'orders', 'spring.cloud.stream.kafka.binder.brokers']]],
    ['no destination: the binding\'s name', fact('consumes', 'audit-in-0'), { [STREAM_BINDERS_KEY]: 'kafka' }, [['Kafka', 'audit-in-0', null]]],
    ['a localhost broker is left to resolution', fact('consumes', 'audit-in-0'), { [STREAM_BINDERS_KEY]: 'kafka', 'spring.cloud.stream.kafka.binder.brokers': 'localhost:9092' }, [['Kafka', 'audit-in-0', null]]],
    ['the Kafka binder falls back to Spring Boot\'s Kafka setting', fact('consumes', 'audit-in-0'), { [STREAM_BINDERS_KEY]: 'kafka', 'spring.kafka.bootstrap-servers': 'events:9092' }, [['Kafka', 'audit-in-0', 'spring.kafka.bootstrap-servers']]],
    ['a consumer of several destinations', fact('consumes', 'audit-in-0'), { [STREAM_BINDERS_KEY]: 'rabbit', 'spring.cloud.stream.bindings.audit-in-0.destination': 'orders, payments', 'spring.rabbitmq.host': 'rabbit' }, [['RabbitMQ', 'orders', 'spring.rabbitmq.host'], ['RabbitMQ', 'payments', 'spring.rabbitmq.host']]],
    ['not in the definition', fact('produces', 'ping-out-0'), { [STREAM_BINDERS_KEY]: 'rabbit', 'spring.cloud.function.definition': 'report' }, []],
    ['a functional bean without a binder is an ordinary bean', fact('produces', 'mapper-out-0'), {}, []],
    ['a binding named in code without a binder keeps its name', fact('produces', 'audit', STREAM_BINDING_KEY), {}, [[undefined, 'audit', null]]],
    ['a renamed binding', fact('consumes', 'upper-in-0'), { [STREAM_BINDERS_KEY]: 'kafka', 'spring.cloud.stream.function.bindings.upper-in-0': 'input', 'spring.cloud.stream.bindings.input.destination': 'words' }, [['Kafka', 'words', null]]],
    ['a binding on a named binder of another type, with its environment', fact('produces', 'ship-out-0'), {
      [STREAM_BINDERS_KEY]: 'kafka,rabbit',
      'spring.cloud.stream.bindings.ship-out-0.binder': 'dispatch',
      'spring.cloud.stream.binders.dispatch.type': 'rabbit',
      'spring.cloud.stream.binders.dispatch.environment.spring.rabbitmq.host': 'depot-mq',
    }, [['RabbitMQ', 'ship-out-0', 'spring.cloud.stream.binders.dispatch.environment.spring.rabbitmq.host']]],
    ['the default binder', fact('consumes', 'ship-in-0'), {
      [STREAM_BINDERS_KEY]: 'kafka,rabbit',
      'spring.cloud.stream.default-binder': 'rabbit',
      'spring.rabbitmq.addresses': 'amqp://mq:5672',
    }, [['RabbitMQ', 'ship-in-0', 'spring.rabbitmq.addresses']]],
    ['a KStream function takes the Kafka Streams binder and its brokers', fact('consumes', 'ledger-in-0', STREAM_FUNCTION_KEY, 'Kafka'), {
      [STREAM_BINDERS_KEY]: 'kafka,kstream',
      'spring.cloud.stream.kafka.streams.binder.brokers': 'streams:9092',
      'spring.cloud.stream.kafka.binder.brokers': 'kafka:9092',
    }, [['Kafka', 'ledger-in-0', 'spring.cloud.stream.kafka.streams.binder.brokers']]],
    ['a placeholder nothing filled in is not a destination', fact('produces', 'orders-out-0'), { [STREAM_BINDERS_KEY]: 'kafka', 'spring.cloud.stream.bindings.orders-out-0.destination': '${ORDERS_TOPIC}' }, [['Kafka', 'orders-out-0', null]]],
  ])('%s', (_, input, config, expected) => {
    expect(run(input, config)).toEqual(expected);
  });

  it('a binding code computes keeps the default binder, with no channel', () => {
    const computed: ConnectionFact = { ...fact('produces', 'x', STREAM_BINDING_KEY) };
    delete computed.channel;
    expect(run(computed, { [STREAM_BINDERS_KEY]: 'rabbit', 'spring.rabbitmq.host': 'mq' })).toEqual([['RabbitMQ', undefined, 'spring.rabbitmq.host']]);
  });

  it('leaves other facts alone', () => {
    const other = { ...fact('produces', 'orders'), target: { key: 'spring.kafka.bootstrap-servers' }, technology: 'Kafka' };
    expect(withStreamBinding(other, () => undefined)).toEqual([other]);
  });
});

describe('Spring Cloud Stream in resolution', () => {
  const config = 'shipping/src/main/resources/application.yml';
  const binding = (key: string, value: string, line: number, file = config): BindingFact => ({ type: 'binding', scope: 'shipping', key, value, evidence: { file, line, excerpt: `${key}: ${value}` } });
  const components: Fact[] = [
    { type: 'component', name: 'shipping', kind: 'application', root: 'shipping', evidence: { file: 'docker-compose.yml', line: 2, excerpt: '' }, confidence: CONFIDENCE.declared },
    { type: 'component', name: 'events', kind: 'message-broker', technology: 'Kafka', evidence: { file: 'docker-compose.yml', line: 9, excerpt: '' }, confidence: CONFIDENCE.declared },
    { type: 'component', name: 'depot-mq', kind: 'message-broker', technology: 'RabbitMQ', evidence: { file: 'docker-compose.yml', line: 12, excerpt: '' }, confidence: CONFIDENCE.declared },
  ];
  const edges = (facts: Fact[]): string[] => resolveFacts(facts).integrations.map((item) => `${item.source} -> ${item.target} (${item.technology ?? ''} ${item.channel ?? ''})`).sort();
  const code = (role: 'produces' | 'consumes', channel: string, key = STREAM_FUNCTION_KEY): ConnectionFact => ({ ...fact(role, channel, key), evidence: { file: 'shipping/src/main/java/Shipping.java', line: 5, excerpt: '' } });
  const classPath = binding(STREAM_BINDERS_KEY, 'kafka,rabbit', 20, 'shipping/pom.xml');

  it('joins each binding to the broker and destination its binder and configuration give', () => {
    expect(edges([
      ...components,
      classPath,
      binding('spring.cloud.function.definition', 'prepare', 1),
      binding('spring.cloud.stream.default-binder', 'kafka', 2),
      binding('spring.cloud.stream.bindings.prepare-in-0.destination', 'payments', 3),
      binding('spring.cloud.stream.bindings.prepare-out-0.destination', 'shipments', 4),
      binding('spring.cloud.stream.bindings.prepare-out-0.binder', 'rabbit', 5),
      code('consumes', 'prepare-in-0'),
      code('produces', 'prepare-out-0'),
      code('produces', 'heartbeat-out-0'),
      code('produces', 'cancelled', STREAM_BINDING_KEY),
    ])).toEqual(['events -> shipping (Kafka payments)', 'shipping -> depot-mq (RabbitMQ shipments)', 'shipping -> events (Kafka cancelled)']);
  });

  it('finds the broker in the environment (SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS) over a localhost default', () => {
    const twoKafkas: Fact[] = [...components, { type: 'component', name: 'audit-kafka', kind: 'message-broker', technology: 'Kafka', evidence: { file: 'docker-compose.yml', line: 20, excerpt: '' }, confidence: CONFIDENCE.declared }];
    const facts: Fact[] = [...twoKafkas, binding(STREAM_BINDERS_KEY, 'kafka', 20, 'shipping/pom.xml'), binding('spring.cloud.stream.kafka.binder.brokers', 'localhost:9092', 1), code('produces', 'orders-out-0')];
    const env: BindingFact = { type: 'binding', component: 'shipping', key: 'SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS', value: 'audit-kafka:9092', evidence: { file: 'docker-compose.yml', line: 4, excerpt: '' } };
    expect(edges([...facts, env])).toEqual(['shipping -> audit-kafka (Kafka orders-out-0)']);
  });

  describe('under the profile sets its deployments activate', () => {
    const profiled = (key: string, value: string, line: number, profile: string): BindingFact => ({ ...binding(key, value, line), profile });
    const activates = (value: string, file: string): BindingFact => ({ type: 'binding', component: 'shipping', key: 'SPRING_PROFILES_ACTIVE', value, evidence: { file, line: 3, excerpt: '' } });
    const settings: Fact[] = [
      ...components,
      classPath,
      binding('spring.cloud.stream.defaultBinder', 'rabbit', 1),
      binding('spring.cloud.stream.bindings.messageProcessor-in-0.destination', 'parcels', 2),
      profiled('spring.cloud.stream.defaultBinder', 'kafka', 6, 'kafka'),
      code('consumes', 'messageProcessor-in-0'),
    ];
    it.each([
      ['one deployment per binder', [activates('docker', 'docker-compose.yml'), activates('docker,kafka', 'docker-compose-kafka.yml')], ['depot-mq -> shipping (RabbitMQ parcels)', 'events -> shipping (Kafka parcels)']],
      ['only the kafka profile', [activates('docker,kafka', 'docker-compose-kafka.yml')], ['events -> shipping (Kafka parcels)']],
      ['only the default document', [activates('docker', 'docker-compose.yml')], ['depot-mq -> shipping (RabbitMQ parcels)']],
      ['the same set twice', [activates('docker', 'docker-compose.yml'), activates('docker', 'docker-compose-partitions.yml')], ['depot-mq -> shipping (RabbitMQ parcels)']],
    ])('%s', (_name, deployments, expected) => {
      expect(edges([...settings, ...deployments])).toEqual(expected);
    });
  });

  it('makes no edge for a functional bean of a module with no binder', () => {
    expect(edges([...components, code('produces', 'mapper-out-0')])).toEqual([]);
  });
});
