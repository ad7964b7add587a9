import { describe, expect, it, vi } from 'vitest';
import type { SourceFile } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { INFERRED, LITERAL, bindingsOf, code, grpc, http, message, readSnippet, store, summarise, type FactSummary } from './code-test-support.js';
import { jvmCodeSource } from './jvm-source.js';

const provides = (api: string, line: number): FactSummary => ({ provides: api, protocol: 'grpc', names: [api], line });

const cases: { name: string; path: string; text: string; facts: FactSummary[] }[] = [
  {
    name: 'Java: RestTemplate on a @Value field, Feign clients by url and by name',
    path: 'src/main/java/shop/OrdersClient.java',
    text: code`
      package shop;
      import org.springframework.web.client.RestTemplate;
      @FeignClient(name = "inventory", url = "\${inventory.url}")
      interface InventoryClient {}
      @FeignClient(name = "pricing")
      interface PricingClient {}
      public class OrdersClient {
        @Value("\${orders.base-url}") private String ordersUrl;
        private final RestTemplate rest;
        Order get(String id) { return rest.getForObject(ordersUrl + "/orders/{id}", Order.class, id); }
      }`,
    facts: [http(3, { key: 'inventory.url' }), http(5, { host: 'pricing' }), http(10, { key: 'orders.base-url' })],
  },
  {
    name: 'Java: @Value with a placeholder inside an address, on a constructor parameter; text around a placeholder is not a key',
    path: 'src/main/java/bank/BalanceClient.java',
    text: code`
      package bank;
      import org.springframework.web.client.RestTemplate;
      public class BalanceClient {
        private final RestTemplate rest;
        private final String balancesUri;
        @Value("v\${api.version}") private String version;
        public BalanceClient(RestTemplate rest, @Value("http://\${BALANCES_API_ADDR}/balances") String balancesUri) {
          this.rest = rest;
          this.balancesUri = balancesUri;
        }
        Long balance(String account) { return rest.exchange(balancesUri + "/" + account, HttpMethod.GET, null, Long.class).getBody(); }
        void ping() { rest.getForObject(version, String.class); }
      }`,
    facts: [http(11, { key: 'BALANCES_API_ADDR' }), http(12, {}, { confidence: INFERRED })],
  },
  {
    name: 'Java: WebClient, OkHttp, java.net.http with a GraphQL URI',
    path: 'src/main/java/shop/Clients.java',
    text: code`
      import org.springframework.web.reactive.function.client.WebClient;
      import okhttp3.Request;
      import java.net.http.HttpRequest;
      class Clients {
        WebClient catalog = WebClient.builder().baseUrl(System.getenv("CATALOG_URL")).build();
        Request req = new Request.Builder().url("https://hooks.partner.example/v1/events").build();
        HttpRequest gql = HttpRequest.newBuilder().uri(URI.create("https://api.github.com/graphql")).build();
      }`,
    facts: [
      http(5, { key: 'CATALOG_URL' }),
      http(6, { host: 'hooks.partner.example', url: 'https://hooks.partner.example/v1/events' }),
      http(7, { host: 'api.github.com', url: 'https://api.github.com/graphql' }, { mechanism: 'graphql', technology: 'GraphQL' }),
    ],
  },
  {
    name: 'Java: gRPC channel by host and port feeding a stub, and a server implementation',
    path: 'src/main/java/hipstershop/AdService.java',
    text: code`
      import io.grpc.ManagedChannelBuilder;
      public final class AdService extends hipstershop.AdServiceGrpc.AdServiceImplBase {
        void connect() {
          ManagedChannel channel = ManagedChannelBuilder.forAddress("cart", 7070).usePlaintext().build();
          CartServiceGrpc.CartServiceBlockingStub cart = CartServiceGrpc.newBlockingStub(channel);
          ManagedChannel other = ManagedChannelBuilder.forTarget(System.getenv("RECS_ADDR")).build();
        }
      }`,
    facts: [grpc(5, 'CartService', { host: 'cart', port: 7070 }), grpc(6, undefined, { key: 'RECS_ADDR' }), provides('AdService', 2)],
  },
  {
    name: 'Java: Spring Kafka template and listener, Rabbit template and listener',
    path: 'src/main/java/shop/Events.java',
    text: code`
      import org.springframework.kafka.core.KafkaTemplate;
      import org.springframework.amqp.rabbit.core.RabbitTemplate;
      class Events {
        private static final String TOPIC = "order-events";
        private final KafkaTemplate<String, String> kafka;
        private final RabbitTemplate rabbit;
        void publish(String m) { kafka.send(TOPIC, m); rabbit.convertAndSend("", "emails", m); }
        @KafkaListener(topics = {"payments", "refunds"}, groupId = "shop")
        void onPayment(String m) {}
        @RabbitListener(queues = "invoices")
        void onInvoice(String m) {}
      }`,
    facts: [
      message('produces', 'Kafka', 'order-events', {}, 7),
      message('produces', 'RabbitMQ', 'emails', {}, 7),
      message('consumes', 'Kafka', 'payments', {}, 8),
      message('consumes', 'Kafka', 'refunds', {}, 8),
      message('consumes', 'RabbitMQ', 'invoices', {}, 10),
    ],
  },
  {
    name: 'Java: Azure Service Bus builder, SQS request builder, plain Kafka client with bootstrap servers',
    path: 'src/main/java/shop/Cloud.java',
    text: code`
      import com.azure.messaging.servicebus.ServiceBusClientBuilder;
      import software.amazon.awssdk.services.sqs.model.SendMessageRequest;
      import org.apache.kafka.clients.producer.ProducerRecord;
      class Cloud {
        void run() {
          var sender = new ServiceBusClientBuilder().connectionString(System.getenv("SB_CONN")).sender().queueName("orders").buildClient();
          var processor = new ServiceBusClientBuilder().connectionString(System.getenv("SB_CONN")).processor().queueName("shipments").buildProcessorClient();
          sqs.sendMessage(SendMessageRequest.builder().queueUrl("https://sqs.eu-west-1.amazonaws.com/1234/billing").messageBody(b).build());
          props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "kafka-1:9092,kafka-2:9092");
          producer.send(new ProducerRecord<>("clicks", key, value));
        }
      }`,
    facts: [
      message('produces', 'Azure Service Bus', 'orders', { key: 'SB_CONN' }, 6),
      message('consumes', 'Azure Service Bus', 'shipments', { key: 'SB_CONN' }, 7),
      message('produces', 'Amazon SQS', 'billing', { host: 'sqs.eu-west-1.amazonaws.com', url: 'https://sqs.eu-west-1.amazonaws.com/1234/billing' }, 8),
      message('produces', 'Kafka', 'clicks', { host: 'kafka-1', port: 9092 }, 10),
    ],
  },
  {
    name: 'Java: Elasticsearch and OpenSearch REST clients on an HttpHost, Ebean DataSourceConfig, Neo4j driver, Cassandra contact point',
    path: 'src/main/java/meta/Factories.java',
    text: code`
      import org.apache.http.HttpHost;
      import org.opensearch.client.RestClient;
      import io.ebean.datasource.DataSourceConfig;
      import org.neo4j.driver.GraphDatabase;
      import com.datastax.oss.driver.api.core.CqlSession;
      class Factories {
        @Value("\${search.host}") private String host;
        @Value("\${search.port}") private Integer port;
        Object search() { return new RestHighLevelClient(RestClient.builder(new HttpHost(host, port, "http"))); }
        Object lit() { return RestClient.builder(new HttpHost("opensearch", 9200, "http")); }
        void db(DataSourceConfig config) { config.setUrl("jdbc:mysql://mysql:3306/meta"); }
        Object graph() { return GraphDatabase.driver("bolt://neo4j:7687", auth); }
        Object cql() { return CqlSession.builder().addContactPoint(new InetSocketAddress("cassandra", 9042)).build(); }
      }`,
    facts: [
      store('database', 'OpenSearch', { key: 'search.host' }, 9),
      store('database', 'OpenSearch', { host: 'opensearch', port: 9200 }, 10),
      store('database', 'MySQL', { host: 'mysql', port: 3306, url: 'jdbc:mysql://mysql:3306/meta' }, 11),
      store('database', 'Neo4j', { host: 'neo4j', port: 7687, url: 'bolt://neo4j:7687' }, 12),
      // The contact point is an InetSocketAddress built in place: the driver's technology, no host.
      { ...store('database', 'Cassandra', {}, 13), confidence: INFERRED },
    ],
  },
  {
    name: 'Java: JDBC URL, Jedis pool, S3 bucket, JSch SFTP, Spring mail',
    path: 'src/main/java/shop/Stores.java',
    text: code`
      import redis.clients.jedis.JedisPool;
      import software.amazon.awssdk.services.s3.model.PutObjectRequest;
      import com.jcraft.jsch.JSch;
      import org.springframework.mail.javamail.JavaMailSender;
      class Stores {
        private final JavaMailSender mailSender;
        void run() {
          Connection c = DriverManager.getConnection("jdbc:postgresql://orders-db:5432/orders");
          JedisPool pool = new JedisPool(new JedisPoolConfig(), "redis", 6379);
          s3.putObject(PutObjectRequest.builder().bucket("invoices").key(k).build(), body);
          Session session = jsch.getSession("user", "sftp.bank.example", 22);
          mailSender.send(message);
        }
      }`,
    facts: [
      store('database', 'PostgreSQL', { host: 'orders-db', port: 5432, url: 'jdbc:postgresql://orders-db:5432/orders' }, 8),
      store('database', 'Redis', { host: 'redis', port: 6379 }, 9),
      store('file-transfer', 'Amazon S3', {}, 10, 'invoices'),
      store('file-transfer', 'SFTP', { host: 'sftp.bank.example', port: 22 }, 11),
      store('email', 'SMTP', { key: 'spring.mail.host' }, 12),
    ],
  },
  {
    name: 'Java: the MinIO client builder names the object store, literally or through a Micronaut @Value',
    path: 'src/main/java/io/acme/storage/MinioStorage.java',
    text: code`
      import io.minio.MinioClient;
      import io.micronaut.context.annotation.Value;
      class MinioStorage {
        MinioStorage(@Value("\${acme.storage.minio.endpoint}") String endpoint, @Value("\${acme.storage.minio.port:9000}") int port) {
          this.client = MinioClient.builder().endpoint(endpoint, port, false).credentials(a, b).build();
        }
        Object literal() { return MinioClient.builder().endpoint("http://minio:9000").build(); }
      }`,
    facts: [
      { ...store('file-transfer', 'MinIO', { key: 'acme.storage.minio.endpoint' }, 5), targetKind: 'file-store' },
      { ...store('file-transfer', 'MinIO', { host: 'minio', port: 9000, url: 'http://minio:9000' }, 7), targetKind: 'file-store' },
    ],
  },
  {
    name: 'Java: a Smack XMPP connection names the XMPP server it logs in to; the room it joins is no other system',
    path: 'src/main/java/org/meet/focus/FocusMain.java',
    text: code`
      import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
      import org.jivesoftware.smackx.muc.MultiUserChatManager;
      class FocusMain {
        void run() {
          XMPPTCPConnectionConfiguration config = XMPPTCPConnectionConfiguration.builder()
              .setHost(System.getenv("XMPP_SERVER"))
              .setPort(5222)
              .build();
          MultiUserChatManager.getInstanceFor(connection).getMultiUserChat(brewery).join(nick);
        }
      }`,
    facts: [{ role: 'calls', mechanism: 'other', technology: 'XMPP', target: { key: 'XMPP_SERVER' }, line: 6, confidence: LITERAL }],
  },
  {
    name: 'Kotlin: coroutine stub and server base, Spring Kafka through a constructor property',
    path: 'src/main/kotlin/shop/Cart.kt',
    text: code`
      import org.springframework.kafka.core.KafkaTemplate
      class CartService(private val kafka: KafkaTemplate<String, String>) : CartServiceGrpcKt.CartServiceCoroutineImplBase() {
        private val channel = ManagedChannelBuilder.forTarget(System.getenv("CATALOG_ADDR") ?: "localhost:3550").usePlaintext().build()
        private val catalog = ProductCatalogServiceGrpcKt.ProductCatalogServiceCoroutineStub(channel)
        fun placed(id: String) { kafka.send("cart-events", id) }
        @KafkaListener(topics = ["prices"])
        fun onPrice(message: String) {}
      }`,
    facts: [grpc(4, 'ProductCatalogService', { key: 'CATALOG_ADDR' }), message('produces', 'Kafka', 'cart-events', {}, 5), message('consumes', 'Kafka', 'prices', {}, 6), provides('CartService', 2)],
  },
  {
    name: 'Kotlin: Ktor client with a template, Retrofit base URL from @Value, JDBC with a password',
    path: 'src/main/kotlin/shop/Partners.kt',
    text: code`
      import io.ktor.client.HttpClient
      import retrofit2.Retrofit
      class Partners(@Value("\\\${partners.url}") private val partnersUrl: String) {
        private val client = HttpClient(CIO)
        suspend fun rates() = client.get("https://rates.example.com/v1/\${currency}")
        val retrofit = Retrofit.Builder().baseUrl(partnersUrl).build()
        val db = DriverManager.getConnection("jdbc:mysql://mysql:3306/shop?user=app&password=CanaryS3cret-7781")
      }`,
    facts: [
      http(5, { host: 'rates.example.com', url: 'https://rates.example.com/v1/' }),
      http(6, { key: 'partners.url' }),
      store('database', 'MySQL', { host: 'mysql', port: 3306, url: 'jdbc:mysql://mysql:3306/shop?user=app&password=***' }, 7),
    ],
  },
  {
    name: 'Java: WebClient fluent chains on a static final constant, a field with a literal, a @Value field; a @LoadBalanced builder names a service id',
    path: 'src/main/java/clinic/gateway/CustomersClient.java',
    text: code`
      package clinic.gateway;
      import org.springframework.cloud.client.loadbalancer.LoadBalanced;
      import org.springframework.web.reactive.function.client.WebClient;
      public class CustomersClient {
        private static final String BASE = "http://customers-service";
        private String hostname = "http://visits-service/";
        @Value("\${vets.url}") private String vetsUrl;
        private final WebClient.Builder webClientBuilder;
        private final WebClient webClient;
        Mono<Owner> owner(int id) { return webClient.get().uri(BASE + "/owners/{id}", id).retrieve().bodyToMono(Owner.class); }
        Mono<Visits> visits(int petId) {
          return webClientBuilder.build()
            .post()
            .uri(hostname + "pets/visits?petId={id}", petId)
            .retrieve().bodyToMono(Visits.class);
        }
        Flux<Vet> vets() { return webClient.method(HttpMethod.GET).uri(vetsUrl + "/vets").retrieve().bodyToFlux(Vet.class); }
        Mono<String> relative() { return webClient.get().uri("/owners").retrieve().bodyToMono(String.class); }
        Mono<String> built(String path) { return webClient.get().uri(builder -> builder.path(path).build()).retrieve().bodyToMono(String.class); }
      }`,
    facts: [
      http(10, { host: 'customers-service', url: 'http://customers-service/owners/{id}' }),
      http(14, { host: 'visits-service', url: 'http://visits-service/pets/visits?petId={id}' }),
      http(17, { key: 'vets.url' }),
    ],
  },
  {
    name: 'Java: a WebClient built with baseUrl, RestClient.create and a RestClient chain; UriComponentsBuilder is no request',
    path: 'src/main/java/shop/Billing.java',
    text: code`
      import org.springframework.web.client.RestClient;
      import org.springframework.web.reactive.function.client.WebClient;
      import org.springframework.web.util.UriComponentsBuilder;
      class Billing {
        private final RestClient restClient = RestClient.create(System.getenv("BILLING_URL"));
        private final WebClient gateway = WebClient.builder().baseUrl("http://api-gateway:8080").build();
        void run() {
          restClient.get().uri("/invoices").retrieve();
          gateway.get().uri("/x").retrieve();
          RestClient.builder().build().put().uri("http://ledger:8080/entries").retrieve();
          UriComponentsBuilder.newInstance().uri(URI.create("http://not-a-call:1/")).build();
        }
      }`,
    facts: [http(5, { key: 'BILLING_URL' }), http(6, { host: 'api-gateway', port: 8080, url: 'http://api-gateway:8080' }), http(10, { host: 'ledger', port: 8080, url: 'http://ledger:8080/entries' })],
  },
  {
    name: 'Kotlin: WebClient and RestClient chains with string templates',
    path: 'src/main/kotlin/shop/Catalog.kt',
    text: code`
      import org.springframework.web.reactive.function.client.WebClient
      import org.springframework.web.client.RestClient
      const val CATALOG = "http://catalog-service:8080"
      class Catalog(private val webClient: WebClient, private val restClient: RestClient) {
        fun items() = webClient.get().uri("$CATALOG/items").retrieve()
        fun prices() = restClient.post().uri("http://pricing/quotes").retrieve()
      }`,
    facts: [http(5, { host: 'catalog-service', port: 8080, url: 'http://catalog-service:8080/items' }), http(6, { host: 'pricing', url: 'http://pricing/quotes' })],
  },
];

describe('Java/Kotlin code source', () => {
  it.each(cases)('$name', async ({ path, text, facts }) => {
    expect(summarise(await readSnippet(jvmCodeSource, path, text))).toEqual(facts);
  });

  it('applies a user rule in Kotlin and not in Java when the rule says kotlin', async () => {
    const rules = [{ id: 'acme-files', language: 'kotlin' as const, call: 'AcmeFiles.upload', target: 1, role: 'uses' as const, mechanism: 'file-transfer' as const, technology: 'Acme Files' }];
    const kotlin = await readSnippet(jvmCodeSource, 'A.kt', 'fun f() {\n  AcmeFiles.upload(file, "files.acme.internal:2121")\n}\n', rules);
    expect(summarise(kotlin)).toEqual([{ role: 'uses', mechanism: 'file-transfer', technology: 'Acme Files', target: { host: 'files.acme.internal', port: 2121 }, targetKind: 'file-store', line: 2, confidence: LITERAL }]);
    expect(await readSnippet(jvmCodeSource, 'A.java', 'class A { void f() { AcmeFiles.upload(file, "files.acme.internal:2121"); } }\n', rules)).toEqual([]);
  });

  it('reports a gRPC dial it cannot follow as inferred', async () => {
    const text = 'import io.grpc.ManagedChannelBuilder;\nclass A { ManagedChannel c(String target) { return ManagedChannelBuilder.forTarget(target).build(); } }\n';
    expect(summarise(await readSnippet(jvmCodeSource, 'A.java', text))).toEqual([{ role: 'calls', mechanism: 'grpc', technology: 'gRPC', target: {}, line: 2, confidence: INFERRED }]);
  });

  it('does not parse a file without trigger words', async () => {
    const file: SourceFile = { path: 'Maths.java', text: 'class Maths { int add(int a, int b) { return a + b; } }\n' };
    const parse = vi.fn();
    expect(await jvmCodeSource.read(file, { evidenceAt: evidenceFor(file), parse, rules: [] })).toEqual([]);
    expect(parse).not.toHaveBeenCalled();
  });

  it('reads malformed code without throwing', async () => {
    await expect(readSnippet(jvmCodeSource, 'Broken.java', 'import org.springframework.web.client.RestTemplate;\nclass { void f( { rest.getForObject("http://a:1/" \n')).resolves.toBeInstanceOf(Array);
    await expect(readSnippet(jvmCodeSource, 'Broken.kt', 'import io.ktor.client.HttpClient\nfun f( = HttpClient(.get("http://a:1/"\n')).resolves.toBeInstanceOf(Array);
  });

  it('never lets a literal DSN secret through', async () => {
    const text = 'class A { void f() { DriverManager.getConnection("jdbc:sqlserver://sql:1433;databaseName=shop;user=sa;password=CanaryS3cret-7781"); } }\n';
    const facts = await readSnippet(jvmCodeSource, 'A.java', text);
    expect(facts).toHaveLength(1);
    expect(JSON.stringify(facts)).not.toContain('CanaryS3cret-7781');
  });
});

describe('a subclass constructor\'s `super(…)` arguments', () => {
  const baseArguments = async (text: string): Promise<Record<string, string>> =>
    Object.fromEntries(Object.entries(bindingsOf(await readSnippet(jvmCodeSource, 'src/main/java/com/acme/LedgerClient.java', text))).filter(([key]) => key.startsWith('code:base:')));

  it.each<[string, string, Record<string, string>]>([
    [
      'bound per subclass and position: a getter of a properties class, an env read',
      code`
        package com.acme;
        public class LedgerClient extends BaseRestClient<Entry> implements Ledger {
          public LedgerClient(RestTemplate rest, ClientProperties props) {
            super(rest, props.getLedgerUrl(), System.getenv("LEDGER_TOKEN_URL"));
          }
        }`,
      {
        'code:base:LedgerClient>BaseRestClient#0': '$ref:code:init:LedgerClient#0',
        'code:base:LedgerClient>BaseRestClient#1': '$ref:code:ClientProperties.ledgerUrl',
        'code:base:LedgerClient>BaseRestClient#2': '$ref:LEDGER_TOKEN_URL',
      },
    ],
    [
      '`this(…)`, and a class extending nothing: nothing',
      code`
        package com.acme;
        public class LedgerClient {
          public LedgerClient() { this("http://ledger:8080"); }
          public LedgerClient(String url) { super(); }
        }`,
      {},
    ],
  ])('%s', async (_name, text, expected) => {
    expect(await baseArguments(text)).toEqual(expected);
  });
});
