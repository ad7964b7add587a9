import { describe, expect, it } from 'vitest';
import { STREAM_BINDING_KEY, STREAM_FUNCTION_KEY } from '../../../core/discovery/spring-cloud-stream.js';
import { code, LITERAL, readSnippet, summarise, type FactSummary } from './code-test-support.js';
import { jvmCodeSource } from './jvm-source.js';
import { functionShape } from './spring-cloud-stream.js';

describe('functionShape', () => {
  it.each([
    ['Supplier<Order>', { inputs: 0, outputs: 1, kafkaStreams: false }],
    ['java.util.function.Supplier<Flux<Order>>', { inputs: 0, outputs: 1, kafkaStreams: false }],
    ['Function<Order, Payment>', { inputs: 1, outputs: 1, kafkaStreams: false }],
    ['Function<Message<Map<String, Object>>, Message<Payment>>', { inputs: 1, outputs: 1, kafkaStreams: false }],
    ['Function<Flux<Order>, Mono<Void>>', { inputs: 1, outputs: 0, kafkaStreams: false }],
    ['Function<Tuple2<Flux<A>, Flux<B>>, Flux<C>>', { inputs: 2, outputs: 1, kafkaStreams: false }],
    ['Function<Flux<A>, Tuple3<Flux<B>, Flux<C>, Flux<D>>>', { inputs: 1, outputs: 3, kafkaStreams: false }],
    ['Consumer<Order>', { inputs: 1, outputs: 0, kafkaStreams: false }],
    ['BiFunction<KStream<String, A>, KTable<String, B>, KStream<String, C>>', { inputs: 2, outputs: 1, kafkaStreams: true }],
    ['BiConsumer<KStream<String, A>, GlobalKTable<String, B>>', { inputs: 2, outputs: 0, kafkaStreams: true }],
    ['() -> Order', { inputs: 0, outputs: 1, kafkaStreams: false }],
    ['(Order) -> Payment', { inputs: 1, outputs: 1, kafkaStreams: false }],
    ['(Order) -> Unit', { inputs: 1, outputs: 0, kafkaStreams: false }],
    ['Consumer', { inputs: 1, outputs: 0, kafkaStreams: false }],
    ['RestTemplate', undefined],
    ['Map<String, Function<A, B>>', undefined],
  ])('%s', (type, shape) => {
    expect(functionShape(type)).toEqual(shape);
  });
});

const binding = (role: 'produces' | 'consumes', channel: string, line: number, key = STREAM_FUNCTION_KEY, technology?: string): FactSummary => ({
  role,
  mechanism: 'messaging',
  ...(technology ? { technology } : {}),
  channel,
  target: { key },
  targetKind: 'message-broker',
  line,
  confidence: LITERAL,
});

const cases: { name: string; path: string; text: string; facts: FactSummary[] }[] = [
  {
    name: 'functional beans: a Supplier produces, a Function both, a Consumer consumes',
    path: 'orders/src/main/java/shop/Streams.java',
    text: code`
      import java.util.function.*;
      import org.springframework.context.annotation.Bean;
      class Streams {
        @Bean
        public Supplier<Order> orders() { return () -> null; }
        @Bean
        public Function<Order, Payment> pay() { return o -> null; }
        @Bean("audit")
        public Consumer<Order> auditSink() { return o -> {}; }
        @Bean
        public RestTemplate rest() { return new RestTemplate(); }
      }`,
    facts: [
      binding('produces', 'orders-out-0', 4),
      binding('consumes', 'pay-in-0', 6),
      binding('produces', 'pay-out-0', 6),
      binding('consumes', 'audit-in-0', 8),
    ],
  },
  {
    name: 'a Kafka Streams function says Kafka',
    path: 'ledger/src/main/java/Ledger.java',
    text: code`
      import java.util.function.BiFunction;
      import org.apache.kafka.streams.kstream.KStream;
      import org.springframework.context.annotation.Bean;
      class Ledger {
        @Bean
        public BiFunction<KStream<String, A>, KTable<String, B>, KStream<String, C>> join() { return (a, b) -> a; }
      }`,
    facts: [
      binding('consumes', 'join-in-0', 5, STREAM_FUNCTION_KEY, 'Kafka'),
      binding('consumes', 'join-in-1', 5, STREAM_FUNCTION_KEY, 'Kafka'),
      binding('produces', 'join-out-0', 5, STREAM_FUNCTION_KEY, 'Kafka'),
    ],
  },
  {
    name: 'Kotlin: function types and an expression body',
    path: 'payments/src/main/kotlin/Payments.kt',
    text: code`
      import org.springframework.context.annotation.Bean
      import java.util.function.Consumer
      class Payments {
          @Bean
          fun authorize(): (Order) -> Payment = { Payment(it.id) }
          @Bean
          fun ticks(): () -> Long = { 1L }
          @Bean
          fun audit() = Consumer<Payment> { println(it) }
          @Bean
          fun mapper(): ObjectMapper = ObjectMapper()
      }`,
    facts: [
      binding('consumes', 'authorize-in-0', 4),
      binding('produces', 'authorize-out-0', 4),
      binding('produces', 'ticks-out-0', 6),
      binding('consumes', 'audit-in-0', 8),
    ],
  },
  {
    name: 'StreamBridge sends to a binding or destination',
    path: 'orders/src/main/java/shop/OrderController.java',
    text: code`
      import org.springframework.cloud.stream.function.StreamBridge;
      class OrderController {
        private final StreamBridge bridge;
        void cancel(String id) {
          bridge.send("orderCancelled-out-0", id);
        }
      }`,
    facts: [binding('produces', 'orderCancelled-out-0', 5, STREAM_BINDING_KEY)],
  },
  {
    name: 'the annotation style: @EnableBinding of built-in interfaces, @StreamListener(Sink.INPUT)',
    path: 'notifier/src/main/java/Notifier.java',
    text: code`
      import org.springframework.cloud.stream.annotation.EnableBinding;
      import org.springframework.cloud.stream.annotation.StreamListener;
      import org.springframework.cloud.stream.messaging.Processor;
      @EnableBinding(Processor.class)
      class Notifier {
        @StreamListener(Processor.INPUT)
        public void on(String text) {}
      }`,
    facts: [
      binding('consumes', 'input', 4, STREAM_BINDING_KEY),
      binding('produces', 'output', 4, STREAM_BINDING_KEY),
      binding('consumes', 'input', 6, STREAM_BINDING_KEY),
    ],
  },
  {
    name: 'a bindings interface: @Input and @Output by name, by constant, by method name',
    path: 'audit/src/main/java/AuditChannels.java',
    text: code`
      import org.springframework.cloud.stream.annotation.Input;
      import org.springframework.cloud.stream.annotation.Output;
      public interface AuditChannels {
        String RECORDS = "auditRecords";
        @Input("orderEvents")
        SubscribableChannel orderEvents();
        @Output(RECORDS)
        MessageChannel records();
        @Output
        MessageChannel alerts();
      }`,
    facts: [
      binding('consumes', 'orderEvents', 5, STREAM_BINDING_KEY),
      binding('produces', 'auditRecords', 7, STREAM_BINDING_KEY),
      binding('produces', 'alerts', 9, STREAM_BINDING_KEY),
    ],
  },
  {
    name: 'a @Bean in a file that does not import Spring\'s annotations is not read',
    path: 'other/src/main/java/Other.java',
    text: code`
      import java.util.function.Supplier;
      class Other {
        @Bean
        public Supplier<String> version() { return () -> "1"; }
      }`,
    facts: [],
  },
];

describe('Spring Cloud Stream code', () => {
  it.each(cases)('$name', async ({ path, text, facts }) => {
    expect(summarise(await readSnippet(jvmCodeSource, path, text))).toEqual(facts);
  });
});
