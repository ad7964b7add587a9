/**
 * Vert.x's Kafka client (core, RxJava and Mutiny forms) in Java and Kotlin: `KafkaConsumer.create`
 * with `subscribe` consumes, `KafkaProducerRecord.create(topic, …)` sent by a `KafkaProducer`
 * produces, and the configuration map's `bootstrap.servers` names the broker.
 */
import { describe, expect, it } from 'vitest';
import { CONFIDENCE } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { dockerComposeSource } from '../config/docker-compose.js';
import { code, message, readSnippet, summarise, type FactSummary } from './code-test-support.js';
import { jvmCodeSource } from './jvm-source.js';

const consumes = (topic: string | undefined, target: object, line: number): FactSummary => message('consumes', 'Kafka', topic, target, line);
const produces = (topic: string | undefined, target: object, line: number): FactSummary => message('produces', 'Kafka', topic, target, line);

const cases: { name: string; path: string; text: string; facts: FactSummary[] }[] = [
  {
    name: 'core: KafkaConsumer.create with Map.of, handler(…).subscribe(topic)',
    path: 'router/src/main/java/acme/Router.java',
    text: code`
      import io.vertx.core.Vertx;
      import io.vertx.kafka.client.consumer.KafkaConsumer;
      import java.util.Map;
      class Router {
        void start(Vertx vertx) {
          KafkaConsumer<String, String> consumer = KafkaConsumer.create(vertx, Map.of("group.id", "router", "bootstrap.servers", "kafka:9092"));
          consumer.handler(rec -> System.out.println(rec.value())).subscribe("orders");
        }
      }`,
    facts: [consumes('orders', { host: 'kafka', port: 9092 }, 7)],
  },
  {
    name: 'core: Set.of and a Pattern subscription, configuration put in a HashMap from env',
    path: 'router/src/main/java/acme/Sets.java',
    text: code`
      import io.vertx.kafka.client.consumer.KafkaConsumer;
      import java.util.*;
      import java.util.regex.Pattern;
      class Sets {
        void start(io.vertx.core.Vertx vertx) {
          Map<String, String> config = new HashMap<>();
          config.put("bootstrap.servers", System.getenv("KAFKA_SERVERS"));
          KafkaConsumer<String, String> consumer = KafkaConsumer.create(vertx, config);
          consumer.subscribe(Set.of("orders", "refunds"));
          consumer.subscribe(Pattern.compile("audit\\..*"));
        }
      }`,
    facts: [consumes('orders', { key: 'KAFKA_SERVERS' }, 9), consumes('refunds', { key: 'KAFKA_SERVERS' }, 9), consumes(undefined, { key: 'KAFKA_SERVERS' }, 10)],
  },
  {
    name: 'core: KafkaProducer.createShared and send(KafkaProducerRecord.create(topic, …)), write too',
    path: 'adapter/src/main/java/acme/Sender.java',
    text: code`
      import io.vertx.kafka.client.producer.KafkaProducer;
      import io.vertx.kafka.client.producer.KafkaProducerRecord;
      import org.apache.kafka.clients.producer.ProducerConfig;
      class Sender {
        private final KafkaProducer<String, String> producer;
        Sender(io.vertx.core.Vertx vertx, java.util.Map<String, String> config) {
          config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:29092");
          producer = KafkaProducer.createShared(vertx, "sender", config);
        }
        void send(String id) {
          producer.send(KafkaProducerRecord.create("telemetry", id, "x"));
          producer.write(KafkaProducerRecord.create("events", id, "y"));
        }
      }`,
    facts: [produces('telemetry', { host: 'broker', port: 29092 }, 11), produces('events', { host: 'broker', port: 29092 }, 12)],
  },
  {
    name: 'a topic built from a prefix and a helper still makes a connection, without a channel',
    path: 'adapter/src/main/java/acme/Helpers.java',
    text: code`
      import io.vertx.kafka.client.consumer.KafkaConsumer;
      import io.vertx.kafka.client.producer.KafkaProducerRecord;
      class Helpers {
        void run(KafkaConsumer<String, String> consumer, String tenantId, String id) {
          KafkaProducerRecord<String, String> record = KafkaProducerRecord.create("app.telemetry." + tenantId, id, "x");
          consumer.subscribe(Topic.commandInternal(id).toString());
        }
      }`,
    facts: [
      { ...produces(undefined, {}, 5), confidence: CONFIDENCE.inferred },
      { ...consumes(undefined, {}, 6), confidence: CONFIDENCE.inferred },
    ],
  },
  {
    name: 'Mutiny: subscribeAndForget consumes; a Uni subscribe() and an Rx callback subscribe do not',
    path: 'router/src/main/java/acme/Mutiny.java',
    text: code`
      import io.vertx.mutiny.kafka.client.consumer.KafkaConsumer;
      import io.smallrye.mutiny.Uni;
      class Mutiny {
        void run(io.vertx.mutiny.core.Vertx vertx, java.util.Map<String, String> config, Uni<String> uni) {
          KafkaConsumer<String, String> consumer = KafkaConsumer.create(vertx, config);
          consumer.subscribeAndForget("commands");
          consumer.subscribe("replies").subscribe().with(done -> {});
          uni.subscribe().with(value -> {});
          uni.subscribe(value -> {});
        }
      }`,
    facts: [consumes('commands', {}, 6), consumes('replies', {}, 7)],
  },
  {
    name: 'Apache ConsumerConfig keys beside a Vert.x consumer: one connection per subscription; RxJava rxSubscribe',
    path: 'router/src/main/java/acme/Keys.java',
    text: code`
      import io.vertx.rxjava3.kafka.client.consumer.KafkaConsumer;
      import org.apache.kafka.clients.consumer.ConsumerConfig;
      import java.util.*;
      class Keys {
        void start(io.vertx.rxjava3.core.Vertx vertx) {
          Properties config = new Properties();
          config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "kafka:9092");
          KafkaConsumer<String, String> consumer = KafkaConsumer.create(vertx, config);
          consumer.rxSubscribe("alerts").subscribe(() -> {}, error -> {});
        }
      }`,
    facts: [consumes('alerts', { host: 'kafka', port: 9092 }, 9)],
  },
  {
    name: 'Kotlin: KafkaConsumer.create with mapOf(… to …) and subscribe(setOf(…))',
    path: 'router/src/main/kotlin/acme/Router.kt',
    text: code`
      import io.vertx.kafka.client.consumer.KafkaConsumer
      class Router(private val vertx: io.vertx.core.Vertx) {
        fun start() {
          val consumer = KafkaConsumer.create<String, String>(vertx, mapOf("bootstrap.servers" to "kafka:9092"))
          consumer.handler { println(it.value()) }.subscribe(setOf("orders"))
        }
      }`,
    facts: [consumes('orders', { host: 'kafka', port: 9092 }, 5)],
  },
];

describe('Vert.x Kafka client direction', () => {
  it.each(cases)('$name', async ({ path, text, facts }) => {
    expect(summarise(await readSnippet(jvmCodeSource, path, text))).toEqual(facts);
  });

  it('makes a Vert.x consumer an edge from the broker to the service, a producer one to the broker', async () => {
    const compose = 'services:\n  router:\n    build: ./router\n    environment:\n      KAFKA_SERVERS: kafka:9092\n  kafka:\n    image: bitnami/kafka:3.7\n';
    const producer = code`
      import io.vertx.kafka.client.producer.KafkaProducer;
      import io.vertx.kafka.client.producer.KafkaProducerRecord;
      class Forward {
        void on(io.vertx.core.Vertx vertx, java.util.Map<String, String> config) {
          KafkaProducer.create(vertx, config).send(KafkaProducerRecord.create("routed", "k", "v"));
        }
      }`;
    const graph = resolveFacts([
      ...(await readSnippet(dockerComposeSource, 'docker-compose.yml', compose)),
      ...(await readSnippet(jvmCodeSource, cases[1]!.path, cases[1]!.text)),
      ...(await readSnippet(jvmCodeSource, 'router/src/main/java/acme/Forward.java', producer)),
    ]);
    expect([...new Set(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`))].sort()).toEqual(['kafka -> router messaging', 'router -> kafka messaging']);
  });
});
