import { describe, expect, it } from 'vitest';
import { code, http, readSnippet, summarise, type FactSummary } from './code-test-support.js';
import { jvmCodeSource } from './jvm-source.js';

const CLIENT = 'import io.micronaut.http.client.annotation.Client;';
const KAFKA = 'import io.micronaut.configuration.kafka.annotation.*;';

/** What the facts of a snippet say, without lines and confidences: role, mechanism, channel and target. */
function shapes(facts: FactSummary[]): object[] {
  return facts.map((fact) => ('role' in fact ? { role: fact.role, mechanism: fact.mechanism, ...(fact.channel ? { channel: fact.channel } : {}), target: fact.target } : fact));
}

const cases: { name: string; path: string; text: string; facts: object[] }[] = [
  {
    name: 'a declarative client by service id: the id\'s micronaut.http.services setting, else the service of that name',
    path: 'gateway/src/main/java/acme/PricingClient.java',
    text: code`
      ${CLIENT}
      @Client(id = "pricing-service")
      public interface PricingClient { @Get("/prices/{sku}") Price price(String sku); }`,
    facts: [{ role: 'calls', mechanism: 'rest', target: { host: 'pricing-service', key: 'micronaut.http.services.pricing-service.url' } }],
  },
  {
    name: 'a declarative client by id as its value',
    path: 'gateway/src/main/java/acme/PricingClient.java',
    text: code`
      ${CLIENT}
      @Client("pricing-service")
      public interface PricingClient {}`,
    facts: [{ role: 'calls', mechanism: 'rest', target: { host: 'pricing-service', key: 'micronaut.http.services.pricing-service.url' } }],
  },
  {
    name: 'a declarative client by a placeholder and a path: the setting named',
    path: 'gateway/src/main/java/acme/SearchClient.java',
    text: code`
      ${CLIENT}
      @Client("\${app.search.url}/policies")
      public interface SearchClient {}`,
    facts: [{ role: 'calls', mechanism: 'rest', target: { key: 'app.search.url' } }],
  },
  {
    name: 'a programmatic client on a @Value setting: the setting named',
    path: 'scheduler/src/main/java/acme/ReportsGateway.java',
    text: code`
      import io.micronaut.context.annotation.Value;
      import io.micronaut.http.client.HttpClient;
      import java.net.URL;
      public class ReportsGateway {
        private final HttpClient client;
        public ReportsGateway(@Value("\${app.reports.url}") String reportsUrl) throws Exception {
          this.client = HttpClient.create(new URL(reportsUrl));
        }
      }`,
    facts: [{ role: 'calls', mechanism: 'rest', target: { key: 'app.reports.url' } }],
  },
  {
    name: 'a @Value setting that is only shown to users calls nothing',
    path: 'scheduler/src/main/java/acme/SupportLinks.java',
    text: code`
      import io.micronaut.context.annotation.Value;
      public class SupportLinks {
        @Value("\${app.support.url}") String supportUrl;
        public String helpFor(String code) { return "See " + supportUrl + "/errors/" + code; }
      }`,
    facts: [],
  },
  {
    name: 'a declarative client by URL',
    path: 'gateway/src/main/java/acme/RatesClient.java',
    text: code`
      ${CLIENT}
      @Client("http://rates:8081/v1")
      public interface RatesClient {}`,
    facts: [{ role: 'calls', mechanism: 'rest', target: { host: 'rates', port: 8081, url: 'http://rates:8081/v1' } }],
  },
  {
    name: 'a client of the service\'s own server (a relative path, as tests write) names nobody',
    path: 'gateway/src/main/java/acme/SelfClient.java',
    text: code`
      ${CLIENT}
      @Client("/")
      public interface SelfClient {}`,
    facts: [],
  },
  {
    name: 'Kotlin: a declarative client by id',
    path: 'gateway/src/main/kotlin/acme/PricingClient.kt',
    text: code`
      import io.micronaut.http.client.annotation.Client
      @Client(id = "pricing")
      interface PricingClient { @Get("/prices") fun prices(): List<Price> }`,
    facts: [{ role: 'calls', mechanism: 'rest', target: { host: 'pricing', key: 'micronaut.http.services.pricing.url' } }],
  },
  {
    name: 'a @KafkaClient interface produces to each @Topic, at kafka.bootstrap.servers',
    path: 'policy/src/main/java/acme/PolicyEvents.java',
    text: code`
      ${KAFKA}
      @KafkaClient
      public interface PolicyEvents {
        @Topic("policy-registered") void registered(@KafkaKey String id, Policy policy);
        @Topic("policy-cancelled") void cancelled(@KafkaKey String id, Policy policy);
      }`,
    facts: [
      { role: 'produces', mechanism: 'messaging', channel: 'policy-registered', target: { key: 'kafka.bootstrap.servers' } },
      { role: 'produces', mechanism: 'messaging', channel: 'policy-cancelled', target: { key: 'kafka.bootstrap.servers' } },
    ],
  },
  {
    name: 'a @KafkaListener class consumes each @Topic (the listener annotation names none itself)',
    path: 'billing/src/main/java/acme/PolicyListener.java',
    text: code`
      ${KAFKA}
      @KafkaListener(groupId = "billing", offsetReset = OffsetReset.EARLIEST)
      public class PolicyListener {
        @Topic("policy-registered") public void onRegistered(Policy policy) {}
      }`,
    facts: [{ role: 'consumes', mechanism: 'messaging', channel: 'policy-registered', target: { key: 'kafka.bootstrap.servers' } }],
  },
  {
    name: 'Kotlin: a @KafkaListener class',
    path: 'billing/src/main/kotlin/acme/PolicyListener.kt',
    text: code`
      import io.micronaut.configuration.kafka.annotation.KafkaListener
      import io.micronaut.configuration.kafka.annotation.Topic
      @KafkaListener(groupId = "billing")
      class PolicyListener { @Topic("policy-registered") fun onRegistered(policy: Policy) {} }`,
    facts: [{ role: 'consumes', mechanism: 'messaging', channel: 'policy-registered', target: { key: 'kafka.bootstrap.servers' } }],
  },
  {
    name: 'RabbitMQ: a @RabbitClient\'s @Binding sends, a @RabbitListener\'s @Queue receives',
    path: 'billing/src/main/java/acme/Invoices.java',
    text: code`
      import io.micronaut.rabbitmq.annotation.*;
      @RabbitClient("billing")
      interface InvoiceSender { @Binding("invoice.created") void created(Invoice invoice); }
      @RabbitListener
      class InvoiceListener { @Queue("invoices") public void on(Invoice invoice) {} }`,
    facts: [
      { role: 'produces', mechanism: 'messaging', channel: 'invoice.created', target: { key: 'rabbitmq.uri' } },
      { role: 'consumes', mechanism: 'messaging', channel: 'invoices', target: { key: 'rabbitmq.uri' } },
    ],
  },
  {
    name: 'Micronaut Email\'s sender uses the JavaMail SMTP host',
    path: 'notify/src/main/java/acme/Mailer.java',
    text: code`
      import io.micronaut.email.Email;
      import io.micronaut.email.EmailSender;
      public class Mailer {
        private final EmailSender<?, ?> emailSender;
        void send() { emailSender.send(Email.builder().to("a@b.c").subject("x")); }
      }`,
    facts: [{ role: 'uses', mechanism: 'email', target: { key: 'javamail.properties.mail.smtp.host' } }],
  },
  {
    name: 'Micronaut Object Storage on AWS uses the S3 endpoint override',
    path: 'docs/src/main/java/acme/Store.java',
    text: code`
      import io.micronaut.objectstorage.aws.AwsS3Operations;
      import io.micronaut.objectstorage.request.UploadRequest;
      public class Store {
        private final AwsS3Operations objectStorage;
        void put(byte[] pdf) { objectStorage.upload(UploadRequest.fromBytes(pdf, "a.pdf")); }
      }`,
    facts: [{ role: 'uses', mechanism: 'file-transfer', target: { key: 'aws.services.s3.endpoint-override' } }],
  },
];

describe('Micronaut code', () => {
  it.each(cases)('$name', async ({ path, text, facts }) => {
    expect(shapes(summarise(await readSnippet(jvmCodeSource, path, text)))).toEqual(facts);
  });

  it('a Spring @KafkaListener still consumes its topics', async () => {
    const text = code`
      import org.springframework.kafka.annotation.KafkaListener;
      public class Orders { @KafkaListener(topics = "orders") public void on(String body) {} }`;
    expect(shapes(summarise(await readSnippet(jvmCodeSource, 'orders/src/main/java/Orders.java', text)))).toEqual([{ role: 'consumes', mechanism: 'messaging', channel: 'orders', target: {} }]);
  });

  it('a literal URL client is as sure as a literal', async () => {
    const text = code`
      ${CLIENT}
      @Client("http://rates:8081")
      public interface RatesClient {}`;
    expect(summarise(await readSnippet(jvmCodeSource, 'g/src/main/java/RatesClient.java', text))).toEqual([http(2, { host: 'rates', port: 8081, url: 'http://rates:8081' })]);
  });
});
