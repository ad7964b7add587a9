/**
 * Kafka Streams in Java and Kotlin: a topology consumes the topics its builder reads
 * (`stream`, `table`, `globalTable`) and produces those it writes (`to`, `through`), its topics
 * often named by constants of a shared class; its serdes call the schema registry.
 */
import { describe, expect, it } from 'vitest';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { dockerComposeSource } from '../config/docker-compose.js';
import { code, message, readSnippet, readSnippetWithNames, summarise, type FactSummary } from './code-test-support.js';
import { jvmCodeSource } from './jvm-source.js';

const consumes = (topic: string | undefined, target: object, line: number): FactSummary => message('consumes', 'Kafka', topic, target, line);
const produces = (topic: string | undefined, target: object, line: number): FactSummary => message('produces', 'Kafka', topic, target, line);
const registry = (target: object, line: number): FactSummary => ({ role: 'calls', mechanism: 'rest', technology: 'Schema Registry', target, targetKind: 'other', line, confidence: 0.9 });

const cases: { name: string; path: string; text: string; facts: FactSummary[] }[] = [
  {
    name: 'Java: stream, table and globalTable consume; to and through produce; repartition is internal',
    path: 'enricher/src/main/java/shop/Topology.java',
    text: code`
      import org.apache.kafka.streams.StreamsBuilder;
      import org.apache.kafka.streams.StreamsConfig;
      class Topology {
        static final String PAYMENTS = "payments";
        void build(Properties props) {
          props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv("BOOTSTRAP_SERVERS"));
          StreamsBuilder builder = new StreamsBuilder();
          KStream<String, Order> orders = builder.stream("orders", Consumed.with(Serdes.String(), orderSerde));
          KTable<String, Customer> customers = builder.table("customers");
          GlobalKTable<String, Product> products = builder.globalTable("products");
          orders.filter((k, v) -> v.ok()).to(PAYMENTS, Produced.with(Serdes.String(), paymentSerde));
          orders.repartition(Repartitioned.as("by-customer")).through("audit").to((key, value, context) -> value.region());
          builder.stream(List.of("returns", "refunds"));
          List<String> ids = orders().stream().map(Order::id).toList();
        }
      }`,
    facts: [
      consumes('orders', { key: 'BOOTSTRAP_SERVERS' }, 8),
      consumes('customers', { key: 'BOOTSTRAP_SERVERS' }, 9),
      consumes('products', { key: 'BOOTSTRAP_SERVERS' }, 10),
      produces('payments', { key: 'BOOTSTRAP_SERVERS' }, 11),
      produces(undefined, { key: 'BOOTSTRAP_SERVERS' }, 12),
      produces('audit', { key: 'BOOTSTRAP_SERVERS' }, 12),
      consumes('returns', { key: 'BOOTSTRAP_SERVERS' }, 13),
      consumes('refunds', { key: 'BOOTSTRAP_SERVERS' }, 13),
    ],
  },
  {
    name: 'Kotlin: a topology with typed stream calls and the bootstrap servers as a map entry',
    path: 'ledger/src/main/kotlin/ledger/Topology.kt',
    text: code`
      import org.apache.kafka.streams.StreamsBuilder
      import org.apache.kafka.streams.StreamsConfig
      fun topology(): Topology {
        val config = mapOf(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG to "kafka:9092")
        val builder = StreamsBuilder()
        builder.stream<String, String>("payments").mapValues { it.uppercase() }.to("ledger-entries")
        return builder.build()
      }`,
    facts: [produces('ledger-entries', { host: 'kafka', port: 9092 }, 6), consumes('payments', { host: 'kafka', port: 9092 }, 6)],
  },
  {
    name: 'Java: the schema registry of Avro serdes, by the constant and as written',
    path: 'enricher/src/main/java/shop/Serdes.java',
    text: code`
      import io.confluent.kafka.serializers.AbstractKafkaSchemaSerDeConfig;
      import org.apache.kafka.streams.StreamsConfig;
      class SerdeConfig {
        Map<String, String> config(String url) {
          return Collections.singletonMap(AbstractKafkaSchemaSerDeConfig.SCHEMA_REGISTRY_URL_CONFIG, System.getenv("SCHEMA_REGISTRY_URL"));
        }
        void props(Properties props) { props.put("schema.registry.url", "http://schema-registry:8081"); props.put("auto.register.schemas", "false"); }
      }`,
    facts: [registry({ key: 'SCHEMA_REGISTRY_URL' }, 5), registry({ host: 'schema-registry', port: 8081, url: 'http://schema-registry:8081' }, 7)],
  },
  {
    name: 'Java: Java streams in a file of a topology are no topics',
    path: 'enricher/src/main/java/shop/Util.java',
    text: code`
      import org.apache.kafka.streams.kstream.KStream;
      class Util {
        int total(int[] values, List<Integer> more) { return Arrays.stream(values).sum() + more.stream().mapToInt(v -> v).sum(); }
        List<String> names(Map<String, String> m) { return m.entrySet().stream().map(e -> e.getKey()).toList(); }
      }`,
    facts: [],
  },
];

describe('Kafka Streams in Java and Kotlin', () => {
  it.each(cases)('$name', async ({ path, text, facts }) => {
    expect(summarise(await readSnippet(jvmCodeSource, path, text))).toEqual(facts);
  });

  const constants: { name: string; path: string; text: string }[] = [
    {
      name: 'a value object built in a static initialiser, read with name()',
      path: 'common/src/main/java/shop/common/Schemas.java',
      text: code`
        package shop.common;
        public class Schemas {
          public static class Topics {
            public static Topic<String, Order> ORDERS;
            public static final Topic<String, Payment> PAYMENTS = new Topic<>("payments.v1", Serdes.String(), new SpecificAvroSerde<>());
            static { createTopics(); }
            private static void createTopics() { ORDERS = new Topic<>("orders.v1", Serdes.String(), new SpecificAvroSerde<>()); }
          }
        }`,
    },
    {
      name: 'an enum whose constants carry the topic',
      path: 'common/src/main/java/shop/common/Topic.java',
      text: code`
        package shop.common;
        public enum Topic {
          PRODUCTS("products"),
          STOCK("stock-levels");
          public final String name;
          Topic(String name) { this.name = name; }
        }`,
    },
    {
      name: 'a class of string constants',
      path: 'common/src/main/java/shop/common/TopicNames.java',
      text: code`
        package shop.common;
        public final class TopicNames {
          public static final String CUSTOMERS = "customers";
        }`,
    },
  ];

  it('follows topics named by constants of a shared module into both edges of the service', async () => {
    const topology = code`
      package shop.streams;
      import static shop.common.Schemas.Topics.PAYMENTS;
      import org.apache.kafka.streams.StreamsBuilder;
      import org.apache.kafka.streams.StreamsConfig;
      import shop.common.Schemas;
      public class Topology {
        void build(Properties props) {
          props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv("BOOTSTRAP_SERVERS"));
          StreamsBuilder builder = new StreamsBuilder();
          KStream<String, Order> orders = builder.stream(Schemas.Topics.ORDERS.name(), Consumed.with(Serdes.String(), orderSerde));
          KTable<String, Customer> customers = builder.table(TopicNames.CUSTOMERS);
          GlobalKTable<String, Product> products = builder.globalTable(Topic.PRODUCTS.name);
          orders.to(PAYMENTS.name(), Produced.with(Serdes.String(), paymentSerde));
        }
      }`;
    const compose = 'services:\n  streams:\n    build: ./streams\n    environment:\n      BOOTSTRAP_SERVERS: kafka:9092\n  kafka:\n    image: confluentinc/cp-kafka:7.6.0\n';
    const facts = [...(await readSnippet(dockerComposeSource, 'docker-compose.yml', compose))];
    for (const constant of constants) facts.push(...(await readSnippetWithNames(jvmCodeSource, constant.path, constant.text)));
    facts.push(...(await readSnippetWithNames(jvmCodeSource, 'streams/src/main/java/shop/streams/Topology.java', topology)));
    const edges = resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism} ${edge.channel ?? ''}`);
    expect(edges).toEqual(['kafka -> streams messaging customers', 'kafka -> streams messaging orders.v1', 'kafka -> streams messaging products', 'streams -> kafka messaging payments.v1']);
  });
});
