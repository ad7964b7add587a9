import { describe, expect, it } from 'vitest';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { readSnippet } from '../code/code-test-support.js';
import { dockerComposeSource } from './docker-compose.js';
import { connectorRole, kafkaConnectSource } from './kafka-connect.js';
import { springConfigSource } from './spring-config.js';

const COMPOSE = `services:
  kafka:
    image: confluentinc/cp-kafka:7.6.0
  schema-registry:
    image: confluentinc/cp-schema-registry:7.6.0
  connect:
    image: confluentinc/cp-kafka-connect:7.6.0
    environment:
      CONNECT_BOOTSTRAP_SERVERS: kafka:29092
      CONNECT_VALUE_CONVERTER_SCHEMA_REGISTRY_URL: http://schema-registry:8081
  ksqldb:
    image: confluentinc/cp-ksqldb-server:7.6.0
    environment:
      KSQL_BOOTSTRAP_SERVERS: kafka:29092
      KSQL_KSQL_SCHEMA_REGISTRY_URL: http://schema-registry:8081
  customers-db:
    image: postgres:16
  search:
    image: docker.elastic.co/elasticsearch/elasticsearch:8.13.0
  billing:
    build: ./billing
`;

const edges = async (files: [string, string][]): Promise<string[]> => {
  const facts = [];
  for (const [path, text] of files) {
    const source = path.endsWith('docker-compose.yml') ? dockerComposeSource : path.includes('application') ? springConfigSource : kafkaConnectSource;
    facts.push(...(await readSnippet(source, path, text)));
  }
  return resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism} ${edge.technology ?? ''} ${edge.channel ?? ''}`.trim());
};

describe('Kafka Connect connectors', () => {
  it.each([
    ['io.confluent.connect.jdbc.JdbcSourceConnector', 'source'],
    ['io.confluent.connect.jdbc.JdbcSinkConnector', 'sink'],
    ['io.debezium.connector.postgresql.PostgresConnector', 'source'],
    ['io.confluent.connect.elasticsearch.ElasticsearchSinkConnector', 'sink'],
    ['io.confluent.connect.s3.S3SinkConnector', 'sink'],
    ['com.mongodb.kafka.connect.MongoSourceConnector', 'source'],
    ['org.apache.kafka.connect.mirror.MirrorHeartbeatConnector', undefined],
  ])('%s is a %s connector', (connectorClass, role) => {
    expect(connectorRole(connectorClass)).toBe(role);
  });

  const cases: { name: string; files: [string, string][]; edges: string[] }[] = [
    {
      name: 'a JDBC source submitted as JSON reads the database and writes Kafka, on the compose worker',
      files: [
        ['docker-compose.yml', COMPOSE],
        ['connect/connectors/customers-source.json', '{\n  "name": "customers-source",\n  "config": {\n    "connector.class": "io.confluent.connect.jdbc.JdbcSourceConnector",\n    "connection.url": "jdbc:postgresql://customers-db:5432/customers",\n    "connection.user": "connect",\n    "connection.password": "CANARY-SECRET-unit-connect",\n    "table.whitelist": "customers",\n    "mode": "incrementing",\n    "topic.prefix": "db-"\n  }\n}\n'],
      ],
      edges: ['connect -> customers-db database PostgreSQL', 'connect -> kafka messaging Kafka db-customers', 'connect -> schema-registry rest Schema Registry', 'kafka -> ksqldb messaging Kafka', 'ksqldb -> kafka messaging Kafka', 'ksqldb -> schema-registry rest Schema Registry'],
    },
    {
      name: 'an Elasticsearch sink as a bare config map reads Kafka and writes the index',
      files: [
        ['docker-compose.yml', COMPOSE.replace(/  ksqldb:[\s\S]*?(?=  customers-db)/, '')],
        ['connect/es-sink.json', '{\n  "connector.class": "io.confluent.connect.elasticsearch.ElasticsearchSinkConnector",\n  "topics": "orders,payments",\n  "connection.url": "http://search:9200",\n  "type.name": "_doc"\n}\n'],
      ],
      edges: ['connect -> schema-registry rest Schema Registry', 'connect -> search database Elasticsearch', 'kafka -> connect messaging Kafka orders', 'kafka -> connect messaging Kafka payments'],
    },
    {
      name: 'a Strimzi KafkaConnector (Debezium) runs on the cluster its label names',
      files: [
        ['k8s/inventory-connector.yaml', 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaConnector\nmetadata:\n  name: inventory\n  labels:\n    strimzi.io/cluster: cdc-connect\nspec:\n  class: io.debezium.connector.mysql.MySqlConnector\n  config:\n    database.hostname: inventory-db\n    database.port: "3306"\n    database.password: "${file:/opt/kafka/secrets/db.properties:password}"\n    topic.prefix: inventory\n    table.include.list: inventory.products\n'],
      ],
      edges: ['cdc-connect -> inventory-db database MySQL', 'cdc-connect -> kafka messaging Kafka inventory.inventory.products'],
    },
    {
      name: 'a standalone worker properties file and a CFK Connector to S3',
      files: [
        ['connect/mongo-source.properties', 'name=mongo-source\nconnector.class=com.mongodb.kafka.connect.MongoSourceConnector\nconnection.uri=mongodb://reviews-db:27017\ntopic.prefix=reviews\n'],
        ['k8s/archive.yaml', 'apiVersion: platform.confluent.io/v1beta1\nkind: Connector\nmetadata:\n  name: archive\nspec:\n  class: io.confluent.connect.s3.S3SinkConnector\n  connectClusterRef:\n    name: connect\n  configs:\n    topics: orders\n    s3.bucket.name: order-archive\n'],
      ],
      edges: ['connect -> amazon-s3 file-transfer Amazon S3 order-archive', 'kafka -> connect messaging Kafka orders', 'kafka-connect -> kafka messaging Kafka reviews', 'kafka-connect -> reviews-db database MongoDB'],
    },
    {
      name: 'Spring Kafka properties name the schema registry',
      files: [
        ['docker-compose.yml', COMPOSE.replace(/  connect:[\s\S]*?(?=  customers-db)/, '')],
        ['billing/src/main/resources/application.yml', 'spring:\n  kafka:\n    bootstrap-servers: kafka:29092\n    properties:\n      schema.registry.url: http://schema-registry:8081\n'],
      ],
      edges: ['billing -> schema-registry rest Schema Registry'],
    },
  ];
  it.each(cases)('$name', async ({ files, edges: expected }) => {
    expect(await edges(files)).toEqual(expected);
  });

  it('never reads or shows a connector password', async () => {
    const facts = await readSnippet(kafkaConnectSource, 'c.json', '{"config": {"connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector", "topics": "a", "connection.url": "jdbc:postgresql://db:5432/x?user=u&password=CANARY-SECRET-unit-url",\n "connection.password": "CANARY-SECRET-unit-pw"}}');
    expect(JSON.stringify(facts)).not.toContain('CANARY');
  });
});
