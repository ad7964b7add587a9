import { describe, expect, it } from 'vitest';
import { bindingsOf, code, readSnippet, summarise, type FactSummary } from './code-test-support.js';
import { jvmCodeSource } from './jvm-source.js';
import type { Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { VERTX_EVENT_BUS, VERTX_EVENT_BUS_KEY } from '../../../core/discovery/vertx.js';
import { projectMarkers } from '../project-markers.js';
import { dockerComposeSource } from '../config/docker-compose.js';

const BUS = { key: VERTX_EVENT_BUS_KEY };
const bus = (role: 'produces' | 'consumes', channel: string | undefined, line: number): FactSummary => ({
  role,
  mechanism: 'messaging',
  technology: 'Vert.x event bus',
  ...(channel !== undefined ? { channel } : {}),
  target: BUS,
  targetKind: 'message-broker',
  line,
  confidence: 0.85,
});
const rest = (target: object, line: number, confidence = 0.9): FactSummary => ({ role: 'calls', mechanism: 'rest', technology: 'HTTP', target, line, confidence });

describe('Vert.x code', () => {
  it.each([
    [
      'event bus publish, send, request and consumer on vertx.eventBus(); localConsumer is nothing',
      'billing/src/main/java/com/acme/BillingVerticle.java',
      code`
        import io.vertx.core.AbstractVerticle;
        public class BillingVerticle extends AbstractVerticle {
          public void start() {
            vertx.eventBus().publish("invoices.created", invoice);
            vertx.eventBus().send("mail.outbox", mail);
            vertx.eventBus().request("fx.rates", query, reply -> {});
            vertx.eventBus().consumer("payments.received", message -> {});
            vertx.eventBus().localConsumer("billing.tick", message -> {});
          }
        }`,
      [bus('produces', 'invoices.created', 4), bus('produces', 'mail.outbox', 5), bus('produces', 'fx.rates', 6), bus('consumes', 'payments.received', 7)],
    ],
    [
      'an EventBus variable, a MessageProducer from publisher(), an address constant of a shared class',
      'audit/src/main/java/com/acme/AuditVerticle.java',
      code`
        import io.vertx.core.eventbus.EventBus;
        import io.vertx.core.eventbus.MessageProducer;
        public class AuditVerticle extends io.vertx.core.AbstractVerticle {
          public void start() {
            EventBus eb = vertx.eventBus();
            MessageProducer<String> out = eb.publisher("audit.events");
            eb.consumer(Addresses.TRADES, message -> out.write(message.body()));
          }
        }`,
      [bus('produces', 'audit.events', 6), bus('consumes', '$ref:code:const:Addresses.TRADES', 7)],
    ],
    [
      'service proxies: ServiceBinder registers (consumer), createProxy and ServiceProxyBuilder call (producer)',
      'portfolio/src/main/java/com/acme/PortfolioVerticle.java',
      code`
        import io.vertx.serviceproxy.ServiceBinder;
        import io.vertx.serviceproxy.ServiceProxyBuilder;
        public class PortfolioVerticle extends io.vertx.core.AbstractVerticle {
          public void start() {
            new ServiceBinder(vertx).setAddress("service.portfolio").register(PortfolioService.class, new PortfolioServiceImpl());
            QuoteService quotes = QuoteService.createProxy(vertx, "service.quotes");
            RiskService risk = new ServiceProxyBuilder(vertx).setAddress("service.risk").build(RiskService.class);
          }
        }`,
      [bus('consumes', 'service.portfolio', 5), bus('produces', 'service.quotes', 6), bus('produces', 'service.risk', 7)],
    ],
    [
      'ProxyHelper and EventBusService, MessageSource consumer',
      'trader/src/main/java/com/acme/Trader.java',
      code`
        import io.vertx.serviceproxy.ProxyHelper;
        import io.vertx.servicediscovery.types.EventBusService;
        import io.vertx.servicediscovery.types.MessageSource;
        public class Trader extends io.vertx.core.AbstractVerticle {
          public void start() {
            ProxyHelper.registerService(TraderService.class, vertx, new TraderImpl(), "service.trader");
            EventBusService.getProxy(discovery, PortfolioService.class, ar -> {});
            MessageSource.getConsumer(discovery, new JsonObject().put("name", "market-data"), ar -> {});
          }
        }`,
      [bus('consumes', 'service.trader', 6), bus('produces', undefined, 7), bus('consumes', undefined, 8)],
    ],
    [
      'service discovery: an HTTP endpoint record is provided; a client by record name calls its publisher',
      'dashboard/src/main/java/com/acme/Dashboard.java',
      code`
        import io.vertx.servicediscovery.types.HttpEndpoint;
        public class Dashboard extends io.vertx.core.AbstractVerticle {
          public void start() {
            discovery.publish(HttpEndpoint.createRecord("dashboard", "dashboard", 8080, "/"));
            HttpEndpoint.getWebClient(discovery, new JsonObject().put("name", "audit"), ar -> {});
            HttpEndpoint.getClient(discovery, record -> record.getName().equals("quotes"), ar -> {});
          }
        }`,
      [{ provides: 'dashboard', protocol: 'rest', line: 4 }, rest({ component: 'audit' }, 5, 0.85), rest({ component: 'quotes' }, 6, 0.85)],
    ],
    [
      'WebClient: get(port, host, uri), getAbs(url), a core HttpClient request(method, port, host, uri)',
      'poller/src/main/java/com/acme/Poller.java',
      code`
        import io.vertx.ext.web.client.WebClient;
        import io.vertx.core.http.HttpClient;
        public class Poller extends io.vertx.core.AbstractVerticle {
          public void start() {
            WebClient client = WebClient.create(vertx);
            client.get(8080, "orders", "/orders").send();
            client.postAbs("http://billing:9000/charges").send();
            HttpClient http = vertx.createHttpClient();
            http.request(HttpMethod.GET, 8081, "stock", "/levels");
          }
        }`,
      [rest({ host: 'orders', port: 8080 }, 6), rest({ url: 'http://billing:9000/charges' }, 7), rest({ host: 'stock', port: 8081 }, 9)],
    ],
    [
      'Kotlin: eventBus().consumer<T>(address), publisher<T>(address)',
      'pricing/src/main/kotlin/com/acme/Pricing.kt',
      code`
        import io.vertx.core.AbstractVerticle
        class Pricing : AbstractVerticle() {
          override fun start() {
            vertx.eventBus().consumer<JsonObject>("prices.requests") { message -> message.reply(quote()) }
            val out = vertx.eventBus().publisher<JsonObject>("prices.updated")
          }
        }`,
      [bus('consumes', 'prices.requests', 4), bus('produces', 'prices.updated', 5)],
    ],
    [
      'not Vert.x: a publish() on some other bus',
      'shop/src/main/java/com/acme/Shop.java',
      code`
        import com.google.common.eventbus.EventBus;
        public class Shop {
          void buy(EventBus eventBus) { eventBus.post(new Bought()); }
        }`,
      [],
    ],
  ])('%s', async (_name, path, text, expected) => {
    expect(summarise(await readSnippet(jvmCodeSource, path, text))).toEqual(expected);
  });

  it.each([
    ['Vertx.clusteredVertx(options, handler)', 'Vertx.clusteredVertx(new VertxOptions(), res -> {});'],
    ['Vertx.builder()…buildClustered()', 'Vertx.builder().withClusterManager(new HazelcastClusterManager()).buildClustered();'],
    ['Vert.x 3 options.setClustered(true)', 'Vertx.clusteredVertx(new VertxOptions().setClustered(true), res -> {});'],
  ])('a module starting clustered binds its event bus: %s', async (_name, call) => {
    const facts = await readSnippet(jvmCodeSource, 'orders/src/main/java/com/acme/Main.java', `import io.vertx.core.Vertx;\nclass Main { public static void main(String[] a) { ${call} } }`);
    expect(bindingsOf(facts)).toEqual({ [VERTX_EVENT_BUS_KEY]: VERTX_EVENT_BUS });
    expect(facts.find((fact) => fact.type === 'binding')).toMatchObject({ scope: 'orders' });
  });
});

describe('Vert.x event bus resolution', () => {
  const pom = (artifact: string, scope = ''): string =>
    `<project><groupId>com.acme</groupId><artifactId>x</artifactId>\n<dependencies>\n<dependency>\n<groupId>io.vertx</groupId>\n<artifactId>${artifact}</artifactId>${scope}\n</dependency>\n</dependencies>\n</project>`;
  const verticle = (body: string): string => `import io.vertx.core.AbstractVerticle;\nclass V extends AbstractVerticle { public void start() { ${body} } }`;
  const edges = (facts: Fact[]): string[] => resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism} ${edge.channel ?? ''}`.trim()).sort();

  it('clustered services (a cluster manager in the build, clusteredVertx in code) share the eventbus broker', async () => {
    const facts = [
      ...(await readSnippet(projectMarkers, 'orders/pom.xml', pom('vertx-hazelcast'))),
      ...(await readSnippet(jvmCodeSource, 'orders/src/main/java/V.java', verticle('vertx.eventBus().publish("orders.placed", o);'))),
      ...(await readSnippet(projectMarkers, 'stock/build.gradle.kts', 'dependencies {\n  implementation("io.vertx:vertx-core:4.5.7")\n}')),
      ...(await readSnippet(jvmCodeSource, 'stock/src/main/java/Main.java', 'import io.vertx.core.Vertx;\nclass Main { public static void main(String[] a) { Vertx.clusteredVertx(new VertxOptions()); } }')),
      ...(await readSnippet(jvmCodeSource, 'stock/src/main/java/V.java', verticle('vertx.eventBus().consumer("orders.placed", m -> {});'))),
    ];
    expect(edges(facts)).toEqual(['eventbus -> stock messaging orders.placed', 'orders -> eventbus messaging orders.placed']);
    const system = resolveFacts(facts).systems.find((candidate) => candidate.name === 'eventbus');
    expect(system).toMatchObject({ kind: 'message-broker', technology: 'Vert.x event bus' });
  });

  it('a service that is not clustered keeps its event bus in the process, even beside a clustered one', async () => {
    const facts = [
      ...(await readSnippet(projectMarkers, 'orders/pom.xml', pom('vertx-core'))),
      ...(await readSnippet(jvmCodeSource, 'orders/src/main/java/V.java', verticle('vertx.eventBus().publish("orders.placed", o); vertx.eventBus().consumer("orders.placed", m -> {});'))),
      ...(await readSnippet(projectMarkers, 'stock/pom.xml', pom('vertx-infinispan'))),
      ...(await readSnippet(projectMarkers, 'audit/pom.xml', pom('vertx-hazelcast', '\n<scope>test</scope>'))),
      ...(await readSnippet(jvmCodeSource, 'audit/src/main/java/V.java', verticle('vertx.eventBus().consumer("orders.placed", m -> {});'))),
    ];
    expect(edges(facts)).toEqual([]);
  });

  it('a compose command starting the launcher with -cluster makes the service clustered', async () => {
    const facts = [
      ...(await readSnippet(dockerComposeSource, 'docker-compose.yml', 'services:\n  stock:\n    build: ./stock\n    command: ["java", "-jar", "/app/stock-fat.jar", "-cluster"]\n  orders:\n    build: ./orders\n')),
      ...(await readSnippet(jvmCodeSource, 'stock/src/main/java/V.java', verticle('vertx.eventBus().consumer("orders.placed", m -> {});'))),
      ...(await readSnippet(jvmCodeSource, 'orders/src/main/java/V.java', verticle('vertx.eventBus().publish("orders.placed", o);'))),
    ];
    expect(edges(facts)).toEqual(['eventbus -> stock messaging orders.placed']);
  });

  it('an HTTP endpoint record leads a discovery client to the service publishing it', async () => {
    const facts = [
      ...(await readSnippet(projectMarkers, 'audit/pom.xml', pom('vertx-service-discovery'))),
      ...(await readSnippet(jvmCodeSource, 'audit/src/main/java/V.java', verticle('discovery.publish(io.vertx.servicediscovery.types.HttpEndpoint.createRecord("audit-api", "audit", 8080, "/"));'))),
      ...(await readSnippet(projectMarkers, 'trader/pom.xml', pom('vertx-service-discovery'))),
      ...(await readSnippet(jvmCodeSource, 'trader/src/main/java/V.java', verticle('HttpEndpoint.getWebClient(discovery, new JsonObject().put("name", "audit-api"), ar -> {});'))),
    ];
    expect(edges(facts)).toEqual(['trader -> audit rest']);
  });
});
