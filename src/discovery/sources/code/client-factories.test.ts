/**
 * A team's client factory reading `services.<name>.baseUrl` with the name it is given, and the
 * calls of it in other files (client-factories.ts): the factory's file binds the key template,
 * each call reads the template filled with its literal. Read with the real parser.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { jvmCodeSource } from './jvm-source.js';

/** The template bindings and factory-call keys of a snippet, as `key = value` and `calls key`. */
async function factoryFacts(path: string, text: string): Promise<string[]> {
  const facts: Fact[] = await readSnippet(jvmCodeSource, path, text);
  return facts.flatMap((fact) => {
    if (fact.type === 'binding' && fact.key.startsWith('env-helper:')) return [`${fact.key} = ${fact.value}`];
    if (fact.type === 'connection' && fact.target.key?.startsWith('env-helper:')) return [`calls ${fact.target.key} (${fact.mechanism}) @${fact.evidence.line}`];
    return [];
  });
}

const JAVA_FACTORY = (body: string, modifier = 'public'): string => code`
  package com.acme.platform;

  import org.springframework.core.env.Environment;
  import retrofit2.Retrofit;

  public class ClientFactory {
      private final Environment environment;

      public ClientFactory(Environment environment) {
          this.environment = environment;
      }

      ${modifier} <T> T create(Class<T> api, String serviceName) {
          ${body}
      }
  }
`;

describe('client factories: the key template', () => {
  it.each<[string, string, string, string[]]>([
    [
      'Java: a concatenated key handed to Retrofit through a local variable',
      'platform/src/main/java/com/acme/platform/ClientFactory.java',
      JAVA_FACTORY(`String baseUrl = environment.getRequiredProperty("services." + serviceName + ".baseUrl");
          return new Retrofit.Builder().baseUrl(baseUrl).build().create(api);`),
      ['env-helper:class:ClientFactory#create = services.{}.baseUrl'],
    ],
    [
      'Java: String.format, read inline',
      'platform/src/main/java/com/acme/platform/ClientFactory.java',
      JAVA_FACTORY(`return new Retrofit.Builder().baseUrl(environment.getProperty(String.format("services.%s.baseUrl", serviceName))).build().create(api);`),
      ['env-helper:class:ClientFactory#create = services.{}.baseUrl'],
    ],
    [
      'Java: a key held in a variable of its own, `formatted`',
      'platform/src/main/java/com/acme/platform/ClientFactory.java',
      JAVA_FACTORY(`String key = "clients.%s.url".formatted(serviceName);
          String url = environment.getProperty(key);
          return new Retrofit.Builder().baseUrl(url).build().create(api);`),
      ['env-helper:class:ClientFactory#create = clients.{}.url'],
    ],
    [
      'Kotlin: a string template given to WebClient',
      'platform/src/main/kotlin/com/acme/platform/Clients.kt',
      code`
        package com.acme.platform

        import org.springframework.core.env.Environment
        import org.springframework.web.reactive.function.client.WebClient

        class Clients(private val env: Environment) {
            fun webClient(service: String): WebClient {
                val baseUrl = env.getRequiredProperty("services.$service.base-url")
                return WebClient.builder().baseUrl(baseUrl).build()
            }
        }
      `,
      ['env-helper:class:Clients#webClient = services.{}.base-url'],
    ],
    [
      'not a private method, which no other class calls',
      'platform/src/main/java/com/acme/platform/ClientFactory.java',
      JAVA_FACTORY(`String baseUrl = environment.getRequiredProperty("services." + serviceName + ".baseUrl");
          return new Retrofit.Builder().baseUrl(baseUrl).build().create(api);`, 'private'),
      [],
    ],
    [
      'not a key read for something other than a client\'s address',
      'platform/src/main/java/com/acme/platform/ClientFactory.java',
      JAVA_FACTORY(`long timeout = Long.parseLong(environment.getProperty("services." + serviceName + ".timeout"));
          return new Retrofit.Builder().baseUrl("http://localhost").build().create(api);`),
      [],
    ],
    [
      'not a key of two parameters',
      'platform/src/main/java/com/acme/platform/ClientFactory.java',
      JAVA_FACTORY(`String baseUrl = environment.getProperty(serviceName + "." + api.getSimpleName() + ".url");
          return new Retrofit.Builder().baseUrl(baseUrl).build().create(api);`),
      [],
    ],
  ])('%s', async (_case, path, text, expected) => {
    expect((await factoryFacts(path, text)).filter((fact) => !fact.startsWith('calls '))).toEqual(expected);
  });
});

describe('client factories: an accessor returning the address', () => {
  it.each<[string, string, string[]]>([
    [
      'the accessor and the methods handing it their parameter take the template',
      code`
        package com.acme.platform;

        import org.springframework.core.env.Environment;
        import retrofit2.Retrofit;

        public class ServiceClients {
            private final Environment environment;

            public String baseUrl(String serviceName) {
                String url = environment.getProperty("services." + serviceName + ".baseUrl");
                return url.endsWith("/") ? url : url + "/";
            }

            public <T> T create(Class<T> type, String serviceName) {
                return create(type, serviceName, baseUrl(serviceName));
            }

            public <T> T create(Class<T> type, String serviceName, String baseUrl) {
                return new Retrofit.Builder().baseUrl(baseUrl).build().create(type);
            }
        }
      `,
      ['env-helper:class:ServiceClients#baseUrl = services.{}.baseUrl', 'env-helper:class:ServiceClients#create = services.{}.baseUrl'],
    ],
    [
      'a class that builds no client: a settings reader, not a factory',
      code`
        package com.acme.platform;

        import org.springframework.core.env.Environment;

        public class Timeouts {
            private final Environment environment;

            public String timeout(String serviceName) {
                return environment.getProperty("services." + serviceName + ".timeout");
            }
        }
      `,
      [],
    ],
  ])('%s', async (_case, text, expected) => {
    expect(await factoryFacts('platform/src/main/java/com/acme/platform/ServiceClients.java', text)).toEqual(expected);
  });
});

describe('client factories: the calls', () => {
  it.each<[string, string, string, string[]]>([
    [
      'Java: a field of the factory\'s class, one name given',
      'orders/src/main/java/com/acme/orders/OrdersClients.java',
      code`
        package com.acme.orders;

        import com.acme.platform.ClientFactory;

        public class OrdersClients {
            private final ClientFactory clientFactory;

            public OrdersClients(ClientFactory clientFactory) {
                this.clientFactory = clientFactory;
            }

            public BillingApi billingApi() {
                return this.clientFactory.create(BillingApi.class, "billing");
            }

            public InventoryApi inventoryApi(ClientFactory factory) {
                return factory.create(InventoryApi.class, "inventory");
            }
        }
      `,
      ['calls env-helper:class:ClientFactory#create(billing) (rest) @13', 'calls env-helper:class:ClientFactory#create(inventory) (rest) @17'],
    ],
    [
      'Kotlin: a constructor property; a static factory named outright',
      'billing/src/main/kotlin/com/acme/billing/BillingClients.kt',
      code`
        package com.acme.billing

        import com.acme.platform.ClientFactory
        import com.acme.platform.Clients

        class BillingClients(private val clientFactory: ClientFactory) {
            fun notifications(): NotificationsApi = clientFactory.create(NotificationsApi::class.java, "notifications")
            fun ledger(): LedgerApi = Clients.of(LedgerApi::class.java, "ledger")
        }
      `,
      ['calls env-helper:class:ClientFactory#create(notifications) (rest) @7', 'calls env-helper:class:Clients#of(ledger) (rest) @8'],
    ],
    [
      'not a call given an address or two names, on an object of no known class, or of a library\'s class',
      'orders/src/main/java/com/acme/orders/Other.java',
      code`
        package com.acme.orders;

        import org.springframework.amqp.rabbit.core.RabbitTemplate;

        public class Other {
            private final Registry registry;
            private final RabbitTemplate rabbit;

            public Other(Registry registry, RabbitTemplate rabbit) {
                this.registry = registry;
                this.rabbit = rabbit;
            }

            public void run(Object anything, String name) {
                registry.lookup("http://billing:8080");
                registry.pair("billing", "inventory");
                anything.toString();
                name.equals("billing");
                rabbit.convertAndSend("billing");
            }
        }
      `,
      [],
    ],
  ])('%s', async (_case, path, text, expected) => {
    expect(await factoryFacts(path, text)).toEqual(expected);
  });
});
