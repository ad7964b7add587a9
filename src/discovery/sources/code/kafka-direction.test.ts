/**
 * Kafka in Java and Kotlin: which way each client moves messages. A consumer (`KafkaConsumer` with
 * `subscribe`, a Spring `@KafkaListener`) consumes, a producer (`KafkaProducer.send(ProducerRecord(…))`,
 * `KafkaTemplate.send`) produces, whatever the language's spelling of the configuration.
 */
import { describe, expect, it } from 'vitest';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { dockerComposeSource } from '../config/docker-compose.js';
import { code, message, readSnippet, summarise, type FactSummary } from './code-test-support.js';
import { jvmCodeSource } from './jvm-source.js';

const consumes = (topic: string | undefined, target: object, line: number): FactSummary => message('consumes', 'Kafka', topic, target, line);
const produces = (topic: string | undefined, target: object, line: number): FactSummary => message('produces', 'Kafka', topic, target, line);

const cases: { name: string; path: string; text: string; facts: FactSummary[] }[] = [
  {
    name: 'Kotlin: KafkaConsumer with indexed properties, subscribe(listOf(…)) and poll',
    path: 'tracking/src/main/kotlin/parcel/Tracker.kt',
    text: code`
      import org.apache.kafka.clients.consumer.ConsumerConfig
      import org.apache.kafka.clients.consumer.KafkaConsumer
      class Tracker {
        fun run() {
          val props = Properties()
          props[ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG] = System.getenv("KAFKA_ADDR")
          props[ConsumerConfig.GROUP_ID_CONFIG] = "tracking"
          val consumer = KafkaConsumer<String, String>(props)
          consumer.subscribe(listOf("orders"))
          while (true) { consumer.poll(Duration.ofMillis(100)).forEach { println(it.value()) } }
        }
      }`,
    facts: [consumes('orders', { key: 'KAFKA_ADDR' }, 9)],
  },
  {
    name: 'Kotlin: Arrays.asList and Collections.singletonList of a top-level constant',
    path: 'tracking/src/main/kotlin/parcel/Listeners.kt',
    text: code`
      import org.apache.kafka.clients.consumer.KafkaConsumer
      import java.util.Arrays
      import java.util.Collections
      const val PAYMENTS = "payments"
      class Listeners(private val consumer: KafkaConsumer<String, String>) {
        fun start() {
          consumer.subscribe(Arrays.asList("orders", "returns"))
          consumer.subscribe(Collections.singletonList(PAYMENTS))
          consumer.poll(Duration.ofSeconds(1))
        }
      }`,
    facts: [consumes('orders', {}, 7), consumes('returns', {}, 7), consumes('payments', {}, 8)],
  },
  {
    name: 'Kotlin: properties built with apply { put(…) }, consumers in use, apply and with blocks',
    path: 'tracking/src/main/kotlin/parcel/Scoped.kt',
    text: code`
      import org.apache.kafka.clients.consumer.ConsumerConfig
      import org.apache.kafka.clients.consumer.KafkaConsumer
      class Scoped {
        private val props = Properties().apply {
          put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "kafka:9092")
        }
        fun run() {
          KafkaConsumer<String, String>(props).use { consumer ->
            consumer.subscribe(listOf("orders"))
            consumer.poll(Duration.ofSeconds(1))
          }
          KafkaConsumer<String, String>(props).apply { subscribe(listOf("returns")) }
          with(KafkaConsumer<String, String>(props)) { subscribe(setOf("refunds")) }
        }
      }`,
    facts: [consumes('orders', { host: 'kafka', port: 9092 }, 9), consumes('returns', { host: 'kafka', port: 9092 }, 12), consumes('refunds', { host: 'kafka', port: 9092 }, 13)],
  },
  {
    name: 'Kotlin: configuration as mapOf(KEY to value)',
    path: 'tracking/src/main/kotlin/parcel/MapConfig.kt',
    text: code`
      import org.apache.kafka.clients.consumer.ConsumerConfig
      import org.apache.kafka.clients.consumer.KafkaConsumer
      fun consumer(): KafkaConsumer<String, String> {
        val config = mapOf<String, Any>(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG to "broker:29092", ConsumerConfig.GROUP_ID_CONFIG to "g")
        return KafkaConsumer<String, String>(config).also { it.subscribe(listOf("parcels")) }
      }`,
    facts: [consumes('parcels', { host: 'broker', port: 29092 }, 5)],
  },
  {
    name: 'Kotlin: KafkaProducer.send(ProducerRecord(…)) produces, with a companion constant',
    path: 'orders/src/main/kotlin/shop/Publisher.kt',
    text: code`
      import org.apache.kafka.clients.producer.KafkaProducer
      import org.apache.kafka.clients.producer.ProducerConfig
      import org.apache.kafka.clients.producer.ProducerRecord
      class Publisher {
        private val producer = KafkaProducer<String, String>(Properties().apply { this[ProducerConfig.BOOTSTRAP_SERVERS_CONFIG] = "kafka:9092" })
        fun publish(id: String) {
          producer.send(ProducerRecord("orders", id, "placed"))
          producer.send(ProducerRecord<String, String>(TOPIC, id, "shipped"))
        }
        companion object { const val TOPIC = "shipments" }
      }`,
    facts: [produces('orders', { host: 'kafka', port: 9092 }, 7), produces('shipments', { host: 'kafka', port: 9092 }, 8)],
  },
  {
    name: 'Kotlin: Spring @KafkaListener consumes, KafkaTemplate.send produces',
    path: 'billing/src/main/kotlin/billing/Events.kt',
    text: code`
      import org.springframework.kafka.annotation.KafkaListener
      import org.springframework.kafka.core.KafkaTemplate
      class Events(private val template: KafkaTemplate<String, String>) {
        @KafkaListener(topics = ["orders"], groupId = "billing")
        fun onOrder(message: String) { template.send("invoices", message) }
        @KafkaListener(topics = arrayOf("refunds"))
        fun onRefund(message: String) {}
      }`,
    facts: [consumes('orders', {}, 4), produces('invoices', {}, 5), consumes('refunds', {}, 6)],
  },
  {
    name: 'Java: KafkaConsumer with Arrays.asList, Collections.singletonList and List.of',
    path: 'audit/src/main/java/audit/AuditConsumer.java',
    text: code`
      import org.apache.kafka.clients.consumer.KafkaConsumer;
      import java.util.*;
      class AuditConsumer {
        static final String TOPIC = "payments";
        void run() {
          Properties props = new Properties();
          props.put("bootstrap.servers", "kafka:9092");
          KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
          consumer.subscribe(Arrays.asList("orders", "refunds"));
          consumer.subscribe(Collections.singletonList(TOPIC));
          consumer.subscribe(List.of("audit"));
          ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(100));
        }
      }`,
    facts: [
      consumes('orders', { host: 'kafka', port: 9092 }, 9),
      consumes('refunds', { host: 'kafka', port: 9092 }, 9),
      consumes('payments', { host: 'kafka', port: 9092 }, 10),
      consumes('audit', { host: 'kafka', port: 9092 }, 11),
    ],
  },
  {
    name: 'Java: KafkaProducer.send(new ProducerRecord<>(…)), Spring KafkaTemplate and @KafkaListener',
    path: 'orders/src/main/java/shop/OrderEvents.java',
    text: code`
      import org.apache.kafka.clients.producer.KafkaProducer;
      import org.apache.kafka.clients.producer.ProducerRecord;
      import org.springframework.kafka.core.KafkaTemplate;
      class OrderEvents {
        private final KafkaTemplate<String, String> template;
        private final KafkaProducer<String, String> producer;
        void placed(String id) { producer.send(new ProducerRecord<>("orders", id, "placed")); }
        void paid(String id) { template.send("payments", id); }
        @KafkaListener(topics = "stock")
        void onStock(String message) {}
      }`,
    facts: [produces('orders', {}, 7), produces('payments', {}, 8), consumes('stock', {}, 9)],
  },
];

describe('Kafka direction in Java and Kotlin', () => {
  it.each(cases)('$name', async ({ path, text, facts }) => {
    expect(summarise(await readSnippet(jvmCodeSource, path, text))).toEqual(facts);
  });

  it('makes a Kotlin consumer an edge from the broker to the service, never a producing one', async () => {
    const compose = 'services:\n  tracking:\n    build: ./tracking\n    environment:\n      KAFKA_ADDR: kafka:9092\n  kafka:\n    image: bitnami/kafka:3.7\n';
    const graph = resolveFacts([
      ...(await readSnippet(dockerComposeSource, 'docker-compose.yml', compose)),
      ...(await readSnippet(jvmCodeSource, cases[0]!.path, cases[0]!.text)),
    ]);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism} ${edge.channel ?? ''}`.trim())).toEqual(['kafka -> tracking messaging orders']);
  });

  it('leaves an indexed assignment that is not the bootstrap servers alone', async () => {
    const text = 'import org.apache.kafka.clients.consumer.KafkaConsumer\nfun f() {\n  val headers = HashMap<String, String>()\n  headers["host"] = "kafka:9092"\n  KafkaConsumer<String, String>(props).subscribe(listOf("orders"))\n}\n';
    expect(summarise(await readSnippet(jvmCodeSource, 'a/src/main/kotlin/F.kt', text))).toEqual([consumes('orders', {}, 5)]);
  });
});
