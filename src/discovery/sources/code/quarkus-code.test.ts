import { describe, expect, it } from 'vitest';
import { bindingsOf, code, http, message, readSnippet, summarise, type FactSummary } from './code-test-support.js';
import { jvmCodeSource } from './jvm-source.js';

const cases: { name: string; path: string; text: string; facts: FactSummary[] }[] = [
  {
    name: 'a REST client by config key reads its URL from <key>/mp-rest/url (any form of it, in resolution)',
    path: 'src/main/java/shop/CatalogClient.java',
    text: code`
      package shop;
      import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
      @RegisterRestClient(configKey = "catalog-service")
      public interface CatalogClient { @GET Product get(String id); }`,
    facts: [http(3, { key: 'catalog-service/mp-rest/url' })],
  },
  {
    name: 'a REST client by base URI',
    path: 'src/main/java/shop/CatalogClient.java',
    text: code`
      import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
      @RegisterRestClient(baseUri = "http://catalog:8080")
      public interface CatalogClient {}`,
    facts: [http(2, { host: 'catalog', port: 8080, url: 'http://catalog:8080' })],
  },
  {
    name: 'a REST client without a config key is configured by the interface\'s full name',
    path: 'src/main/java/shop/CatalogClient.java',
    text: code`
      package com.acme.shop;
      import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
      @RegisterRestClient
      public interface CatalogClient {}`,
    facts: [http(3, { key: 'com.acme.shop.CatalogClient/mp-rest/url' })],
  },
  {
    name: 'a REST client in the default package is configured by its simple name',
    path: 'src/main/java/CatalogClient.java',
    text: code`
      import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
      @RegisterRestClient
      public interface CatalogClient {}`,
    facts: [http(2, { key: 'CatalogClient/mp-rest/url' })],
  },
  {
    name: 'a nested REST client interface without a config key is not guessed',
    path: 'src/main/java/shop/Clients.java',
    text: code`
      package com.acme.shop;
      import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
      public class Clients {
        @RegisterRestClient
        public interface CatalogClient {}
      }`,
    facts: [],
  },
  {
    name: 'Kotlin: a REST client by its full name',
    path: 'src/main/kotlin/shop/CatalogClient.kt',
    text: code`
      package com.acme.shop
      import org.eclipse.microprofile.rest.client.inject.RegisterRestClient
      @RegisterRestClient
      interface CatalogClient`,
    facts: [http(3, { key: 'com.acme.shop.CatalogClient/mp-rest/url' })],
  },
  {
    name: 'SmallRye channels: @Incoming consumes, @Outgoing and an Emitter produce, at the Kafka broker by default',
    path: 'src/main/java/shop/Orders.java',
    text: code`
      import org.eclipse.microprofile.reactive.messaging.Channel;
      import org.eclipse.microprofile.reactive.messaging.Emitter;
      import org.eclipse.microprofile.reactive.messaging.Incoming;
      import org.eclipse.microprofile.reactive.messaging.Outgoing;
      public class Orders {
        @Inject @Channel("orders") Emitter<Order> emitter;
        @Channel("prices") Multi<Double> prices;
        @Channel("other") String notAChannel;
        void place(Order order) { emitter.send(order); }
        @Incoming("orders") @Outgoing("payments")
        public Payment pay(Order order) { return new Payment(order); }
      }`,
    facts: [
      message('produces', 'Kafka', 'orders', { key: 'kafka.bootstrap.servers' }, 6),
      message('consumes', 'Kafka', 'prices', { key: 'kafka.bootstrap.servers' }, 7),
      message('consumes', 'Kafka', 'orders', { key: 'kafka.bootstrap.servers' }, 10),
      message('produces', 'Kafka', 'payments', { key: 'kafka.bootstrap.servers' }, 10),
    ],
  },
  {
    name: 'SmallRye channels of a file using the RabbitMQ connector',
    path: 'src/main/java/shop/Payments.java',
    text: code`
      import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;
      import org.eclipse.microprofile.reactive.messaging.Incoming;
      public class Payments {
        @Incoming("payments")
        public void on(Payment payment) {}
      }`,
    facts: [message('consumes', 'RabbitMQ', 'payments', { key: 'rabbitmq-host' }, 4)],
  },
  {
    name: 'Spring Cloud Stream style annotations of another package are not SmallRye',
    path: 'src/main/java/shop/Other.java',
    text: code`
      import com.example.Incoming;
      public class Other { @Incoming("x") void on(String s) {} }`,
    facts: [],
  },
];

describe('Quarkus code (MicroProfile REST client, SmallRye Reactive Messaging)', () => {
  it.each(cases)('$name', async ({ path, text, facts }) => {
    expect(summarise(await readSnippet(jvmCodeSource, path, text))).toEqual(facts);
  });
});

/** The target and the bindings a MicroProfile `@ConfigProperty` read gives a MongoDB client. */
const configPropertyCases: { name: string; path: string; text: string; target: object; bindings: Record<string, string> }[] = [
  {
    name: 'an injected field with a local default: the key',
    path: 'src/main/java/shop/Mongo.java',
    text: code`
      import com.mongodb.client.MongoClients;
      import org.eclipse.microprofile.config.inject.ConfigProperty;
      public class Mongo {
        @Inject @ConfigProperty(name = "mongo.host", defaultValue = "localhost") String host;
        Object client() { return MongoClients.create("mongodb://" + host + ":27017"); }
      }`,
    target: { key: 'mongo.host' },
    bindings: {},
  },
  {
    name: 'an injected field with an address default: the key, the default bound for when nothing else is',
    path: 'src/main/java/shop/Mongo.java',
    text: code`
      import com.mongodb.client.MongoClients;
      import org.eclipse.microprofile.config.inject.ConfigProperty;
      public class Mongo {
        @Inject @ConfigProperty(name = "mongo.host", defaultValue = "orders-mongo") String host;
        Object client() { return MongoClients.create("mongodb://" + host + ":27017"); }
      }`,
    target: { key: 'mongo.host' },
    bindings: { 'mongo.host': 'orders-mongo' },
  },
  {
    name: 'a constructor parameter',
    path: 'src/main/java/shop/Mongo.java',
    text: code`
      import com.mongodb.client.MongoClients;
      import org.eclipse.microprofile.config.inject.ConfigProperty;
      public class Mongo {
        private final Object client;
        @Inject Mongo(@ConfigProperty(name = "mongo.uri") String uri) { this.client = MongoClients.create(uri); }
      }`,
    target: { key: 'mongo.uri' },
    bindings: {},
  },
  {
    name: 'ConfigProvider.getConfig().getValue',
    path: 'src/main/java/shop/Mongo.java',
    text: code`
      import com.mongodb.client.MongoClients;
      import org.eclipse.microprofile.config.ConfigProvider;
      public class Mongo {
        Object client() { return MongoClients.create(ConfigProvider.getConfig().getValue("mongo.uri", String.class)); }
      }`,
    target: { key: 'mongo.uri' },
    bindings: {},
  },
  {
    name: 'Kotlin: an injected property',
    path: 'src/main/kotlin/shop/Mongo.kt',
    text: code`
      import com.mongodb.client.MongoClients
      import org.eclipse.microprofile.config.inject.ConfigProperty
      class Mongo {
        @ConfigProperty(name = "mongo.uri")
        lateinit var uri: String
        fun client() = MongoClients.create(uri)
      }`,
    target: { key: 'mongo.uri' },
    bindings: {},
  },
];

describe('MicroProfile @ConfigProperty injection', () => {
  it.each(configPropertyCases)('$name', async ({ path, text, target, bindings }) => {
    const facts = await readSnippet(jvmCodeSource, path, text);
    expect(summarise(facts).map((fact) => ('target' in fact ? fact.target : undefined))).toEqual([target]);
    // The member itself is shared with the module (`code:Mongo.host`), as a `@Value` member is.
    expect(Object.fromEntries(Object.entries(bindingsOf(facts)).filter(([key]) => !key.startsWith('code:')))).toEqual(bindings);
  });
});
