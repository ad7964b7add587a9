import { describe, expect, it } from 'vitest';
import { dockerComposeSource } from '../../discovery/sources/config/docker-compose.js';
import { readSnippet } from '../../discovery/sources/code/code-test-support.js';
import { jvmCodeSource } from '../../discovery/sources/code/jvm-source.js';
import { springConfigSource } from '../../discovery/sources/config/spring-config.js';
import { eventuateCdcConnections, isEventuateCdc } from './eventuate-cdc.js';
import { CONFIDENCE, type BindingFact, type Evidence } from './facts.js';
import { resolveFacts } from './resolve.js';

const at = (line: number): Evidence => ({ file: 'docker-compose.yml', line, excerpt: `line ${line}` });
const bound = (key: string, value: string, line = 5): BindingFact => ({ type: 'binding', component: 'cdc', key, value, evidence: at(line) });

describe('isEventuateCdc', () => {
  it.each([
    ['the CDC service image', ['eventuate-cdc-service'], [], true],
    ['the Tram CDC image', ['eventuate-tram-cdc-mysql-service'], [], true],
    ['a CDC setting', ['my-relay'], ['EVENTUATELOCAL_CDC_DB_USER_NAME'], true],
    ['a reader setting, in property spelling', [], ['eventuate.cdc.reader.reader1.type'], true],
    ['a service only pointed at the broker', ['order-service'], ['EVENTUATELOCAL_KAFKA_BOOTSTRAP_SERVERS', 'SPRING_DATASOURCE_URL'], false],
    ['Eventuate\'s ZooKeeper', ['eventuate-zookeeper'], [], false],
  ])('%s', (_, images, settings, expected) => {
    expect(isEventuateCdc(images, settings)).toBe(expected);
  });
});

describe('eventuateCdcConnections', () => {
  it('uses each reader\'s database and produces to the broker the setting names', () => {
    const connections = eventuateCdcConnections(
      'cdc',
      [bound('EVENTUATE_CDC_READER_READER1_DATASOURCEURL', 'jdbc:mysql://mysql:3306/eventuate', 6), bound('EVENTUATE_CDC_READER_READER2_DATASOURCEURL', 'jdbc:postgresql://localhost/x', 7), bound('EVENTUATELOCAL_KAFKA_BOOTSTRAP_SERVERS', 'kafka:29092', 8)],
      at(2),
    );
    expect(connections.map((fact) => [fact.role, fact.mechanism, fact.technology, fact.target, fact.evidence.line, fact.confidence])).toEqual([
      ['uses', 'database', 'MySQL', { url: 'jdbc:mysql://mysql:3306/eventuate' }, 6, CONFIDENCE.resolved],
      ['produces', 'messaging', 'Kafka', { key: 'EVENTUATELOCAL_KAFKA_BOOTSTRAP_SERVERS' }, 8, CONFIDENCE.resolved],
    ]);
  });

  it('produces to Kafka, less surely, when nothing names the broker', () => {
    expect(eventuateCdcConnections('cdc', [], at(2)).map((fact) => [fact.role, fact.target, fact.evidence.line, fact.confidence])).toEqual([['produces', { key: 'EVENTUATELOCAL_KAFKA_BOOTSTRAP_SERVERS' }, 2, CONFIDENCE.inferred]]);
  });
});

const COMPOSE = `services:
  zookeeper:
    image: eventuateio/eventuate-zookeeper:0.14.0
  kafka:
    image: eventuateio/eventuate-kafka:0.14.0
    depends_on: [zookeeper]
  mysql:
    image: eventuateio/eventuate-mysql8:0.14.0
  cdc-service:
    image: eventuateio/eventuate-cdc-service:0.12.0
    depends_on: [mysql, kafka, zookeeper]
    environment:
      SPRING_DATASOURCE_URL: jdbc:mysql://mysql/eventuate
      EVENTUATELOCAL_KAFKA_BOOTSTRAP_SERVERS: kafka:29092
      EVENTUATELOCAL_ZOOKEEPER_CONNECTION_STRING: zookeeper:2181
      EVENTUATELOCAL_CDC_READER_NAME: MySqlReader
  order-service:
    build: ./order-service
    depends_on: [mysql, kafka, cdc-service]
    environment:
      SPRING_DATASOURCE_URL: jdbc:mysql://mysql/orders
      EVENTUATELOCAL_KAFKA_BOOTSTRAP_SERVERS: kafka:29092
  kitchen-service:
    build: ./kitchen-service
    depends_on: [cdc-service]
`;

const ORDER_SAGA = `import io.eventuate.tram.sagas.simpledsl.SimpleSaga;
import static io.eventuate.tram.commands.consumer.CommandWithDestinationBuilder.send;
public class CreateOrderSaga implements SimpleSaga<Data> {
  CommandWithDestination createTicket(Data data) { return send(new CreateTicket(data.id)).to("kitchenService").build(); }
}
`;

const KITCHEN = `import io.eventuate.tram.sagas.participant.SagaCommandHandlersBuilder;
import static io.eventuate.tram.commands.consumer.CommandHandlerReplyBuilder.withSuccess;
public class KitchenCommandHandlers {
  public CommandHandlers commandHandlers() { return SagaCommandHandlersBuilder.fromChannel("kitchenService").onMessage(CreateTicket.class, this::create).build(); }
  Message create(CommandMessage<CreateTicket> cm) { return withSuccess(); }
}
`;

describe('Eventuate Tram, resolved', () => {
  it('relays the outbox through the CDC service to Kafka; a depends_on on the CDC service is no edge', async () => {
    const graph = resolveFacts([
      ...(await readSnippet(dockerComposeSource, 'docker-compose.yml', COMPOSE)),
      ...(await readSnippet(jvmCodeSource, 'order-service/src/main/java/shop/CreateOrderSaga.java', ORDER_SAGA)),
      ...(await readSnippet(jvmCodeSource, 'kitchen-service/src/main/java/shop/KitchenCommandHandlers.java', KITCHEN)),
    ]);
    const edges = graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism} ${edge.channel ?? ''}`.trim()).sort();
    expect(edges).toEqual([
      'cdc-service -> kafka messaging',
      'cdc-service -> mysql database',
      'kafka -> kitchen-service messaging kitchenService',
      'kafka -> order-service messaging CreateOrderSaga-reply',
      'kitchen-service -> kafka messaging',
      'order-service -> kafka messaging kitchenService',
      'order-service -> mysql database',
    ]);
    const kinds = Object.fromEntries(graph.systems.map((system) => [system.name, `${system.kind} ${system.technology ?? ''}`.trim()]));
    expect(kinds).toMatchObject({ zookeeper: 'other ZooKeeper', kafka: 'message-broker Kafka', mysql: 'database MySQL' });
  });

  it('takes the broker from the service\'s eventuatelocal.kafka.bootstrap.servers among several Kafkas', async () => {
    const compose = 'services:\n  kafka:\n    image: bitnami/kafka:3.7\n  audit-kafka:\n    image: bitnami/kafka:3.7\n  kitchen-service:\n    build: ./kitchen-service\n';
    const graph = resolveFacts([
      ...(await readSnippet(dockerComposeSource, 'docker-compose.yml', compose)),
      ...(await readSnippet(springConfigSource, 'kitchen-service/src/main/resources/application.properties', 'eventuatelocal.kafka.bootstrap.servers=audit-kafka:9092\n')),
      ...(await readSnippet(jvmCodeSource, 'kitchen-service/src/main/java/shop/KitchenCommandHandlers.java', KITCHEN)),
    ]);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.channel ?? ''}`.trim()).sort()).toEqual(['audit-kafka -> kitchen-service kitchenService', 'kitchen-service -> audit-kafka']);
  });
});
