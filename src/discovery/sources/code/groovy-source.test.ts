import { describe, expect, it, vi } from 'vitest';
import type { SourceFile } from '../../../core/discovery/facts.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor } from '../../source.js';
import { code, http, message, readSnippet, store, summarise, type FactSummary } from './code-test-support.js';
import { jvmCodeSource } from './jvm-source.js';

const cases: { name: string; path: string; text: string; facts: FactSummary[] }[] = [
  {
    name: 'Retrofit 1 clients built over lines without semicolons from @Value fields (single quotes, an escaped dollar)',
    path: 'gate/src/main/groovy/gate/GateConfig.groovy',
    text: code`
      package gate

      import retrofit.RestAdapter
      import static retrofit.Endpoints.newFixedEndpoint

      @Configuration
      class GateConfig {
        @Value('\${services.front50.baseUrl}')
        String front50BaseUrl

        @Value("\\\${services.orca.baseUrl}")
        String orcaBaseUrl

        @Bean
        Front50Service front50Service() {
          new RestAdapter.Builder()
            .setEndpoint(newFixedEndpoint(front50BaseUrl))
            .build()
            .create(Front50Service)
        }

        @Bean
        OrcaService orcaService() {
          new RestAdapter.Builder().setEndpoint(orcaBaseUrl).build().create(OrcaService)
        }
      }`,
    facts: [http(17, { key: 'services.front50.baseUrl' }), http(24, { key: 'services.orca.baseUrl' })],
  },
  {
    name: '`def` names typed by what they hold, GStrings, map literals read by property and by key',
    path: 'src/main/groovy/shop/Clients.groovy',
    text: code`
      import org.springframework.web.client.RestTemplate
      class Clients {
        def rest = new RestTemplate()
        @Value('\${pricing.host}') String pricingHost

        def fetch(String id) {
          def urls = [orders: "http://orders:8080", stock: 'http://stock:8081']
          rest.getForObject(urls.orders + "/orders/$id", Map)
          rest.getForObject(urls['stock'] + '/levels', Map)
          rest.getForObject("http://\${pricingHost}:8080/prices/\${id}", Map)
          def base = System.getenv('LEDGER_URL')
          rest.getForObject("$base/entries", Map)
          def audit = System.getenv('AUDIT_URL') ?: 'http://audit:9000'
          rest?.postForObject(audit + '/events', id, Map)
        }
      }`,
    facts: [
      http(8, { host: 'orders', port: 8080, url: 'http://orders:8080/orders/' }),
      http(9, { host: 'stock', port: 8081, url: 'http://stock:8081/levels' }),
      http(10, { key: 'pricing.host' }),
      http(12, { key: 'LEDGER_URL' }),
      http(14, { key: 'AUDIT_URL' }),
    ],
  },
  {
    name: 'named arguments, a trailing closure, a configuration class read through properties without getters',
    path: 'src/main/groovy/shop/Catalog.groovy',
    text: code`
      import org.springframework.web.reactive.function.client.WebClient
      import okhttp3.Request
      class Catalog {
        ServicesProperties services
        WebClient build(WebClient.Builder builder) {
          builder.baseUrl(services.catalog.baseUrl).build()
        }
        def audit(List<String> events) {
          events.each { event ->
            new Request.Builder().url('http://audit:9000/events').build()
          }
          request(url: 'http://ignored-by-name:1', timeout: 5)
        }
      }`,
    facts: [http(6, { key: 'code:ServicesProperties.catalog.baseUrl' }), http(10, { host: 'audit', port: 9000, url: 'http://audit:9000/events' })],
  },
  {
    name: 'closures: a map looped over by `each`, declarations in a closure with parameters',
    path: 'src/main/groovy/shop/Health.groovy',
    text: code`
      import org.springframework.web.client.RestTemplate
      class Health {
        RestTemplate rest
        def check() {
          def upstreams = [orders: 'http://orders:8080', stock: 'http://stock:8081']
          upstreams.each { name, url -> rest.getForObject(url + '/status', Map) }
          ['http://ledger:8080'].each { String base ->
            def status = rest.getForObject(base + '/status', Map)
            println status
          }
        }
      }`,
    facts: [
      http(6, { host: 'orders', port: 8080, url: 'http://orders:8080/status' }),
      http(6, { host: 'stock', port: 8081, url: 'http://stock:8081/status' }),
      http(8, { host: 'ledger', port: 8080, url: 'http://ledger:8080/status' }),
    ],
  },
  {
    name: 'Feign, Kafka, Rabbit, Jedis and Lettuce as in Java',
    path: 'src/main/groovy/shop/Events.groovy',
    text: code`
      import org.springframework.cloud.openfeign.FeignClient
      import redis.clients.jedis.Jedis
      import io.lettuce.core.RedisClient
      @FeignClient(name = 'billing', url = '\${billing.url}')
      interface BillingClient {}
      class Events {
        KafkaTemplate<String, String> kafka
        RabbitTemplate rabbit
        void send(Map order) {
          kafka.send('order-events', order.id as String, order.toString())
          rabbit.convertAndSend('orders.saved', order)
          def jedis = new Jedis('cache', 6379)
          def sessions = RedisClient.create('redis://sessions:6379')
        }
        @KafkaListener(topics = 'payments')
        void onPayment(String payment) {}
      }`,
    facts: [
      http(4, { key: 'billing.url' }),
      message('produces', 'Kafka', 'order-events', {}, 10),
      message('produces', 'RabbitMQ', 'orders.saved', {}, 11),
      store('database', 'Redis', { host: 'cache', port: 6379 }, 12),
      store('database', 'Redis', { host: 'sessions', port: 6379, url: 'redis://sessions:6379' }, 13),
      message('consumes', 'Kafka', 'payments', {}, 15),
    ],
  },
  {
    name: 'commented-out clients, line and block comments',
    path: 'src/main/groovy/shop/Legacy.groovy',
    text: code`
      import org.springframework.web.client.RestTemplate
      class Legacy {
        RestTemplate rest
        // rest.getForObject('http://legacy:8080/x', Map)
        /* rest.getForObject("http://older:8080/y", Map)
           rest.getForObject("http://oldest:8080/z", Map) */
        def now() { rest.getForObject('http://current:8080/z', Map) }
      }`,
    facts: [http(7, { host: 'current', port: 8080, url: 'http://current:8080/z' })],
  },
];

describe('Groovy through the JVM code source', () => {
  it.each(cases)('$name', async ({ path, text, facts }) => {
    expect(summarise(await readSnippet(jvmCodeSource, path, text))).toEqual(facts);
  });

  it.each([
    ['gate/src/main/groovy/gate/GateConfig.groovy', true],
    ['gate/src/test/groovy/gate/GateConfigSpec.groovy', false],
    ['gate/src/integration-test/groovy/gate/FiatClientSpec.groovy', false],
    ['gate/src/main/groovy/gate/ClientTests.groovy', false],
    ['Jenkinsfile', false],
    ['build.gradle', false],
    ['gate/build.gradle', false],
    ['settings.gradle', false],
  ])('reads %s: %s', (path, read) => {
    expect(jvmCodeSource.accepts(path)).toBe(read);
  });

  it('parses a Groovy file only when the JVM trigger words are in it, as a Java file', async () => {
    const read = async (text: string): Promise<number> => {
      const file: SourceFile = { path: 'src/main/groovy/shop/Greeter.groovy', text };
      const parse = vi.fn(parseCode);
      await jvmCodeSource.read(file, { evidenceAt: evidenceFor(file), parse, rules: [] });
      return parse.mock.calls.length;
    };
    expect(await read('class Greeter {\n  String greet(String name) { "Hello, ${name}" }\n}')).toBe(0);
    expect(await read('class Greeter {\n  RestTemplate rest\n  def greet() { rest.getForObject("http://hello:8080", String) }\n}')).toBe(1);
  });
});
