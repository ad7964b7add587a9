import { describe, expect, it } from 'vitest';
import { code, readSnippet } from './code-test-support.js';
import { csharpCodeSource } from './csharp-source.js';
import { goCodeSource } from './go-source.js';
import { jvmCodeSource } from './jvm-source.js';
import { typescriptCodeSource } from './typescript-source.js';
import { pythonCodeSource } from './python-source.js';
import { phpCodeSource } from './php-source.js';
import type { Source } from '../../source.js';
import type { Fact, FactCondition } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { dockerComposeSource } from '../config/docker-compose.js';
import { dotnetAppsettingsSource } from '../config/dotnet-appsettings.js';

/** Each connection as `technology channel-or-target: conditions`. */
function guarded(facts: readonly Fact[]): [string, FactCondition[] | undefined][] {
  return facts.flatMap((fact) => (fact.type === 'connection' ? [[`${fact.technology} ${fact.channel ?? JSON.stringify(fact.target)}`, fact.conditions] as [string, FactCondition[] | undefined]] : []));
}

describe('the settings a connection’s branch depends on', () => {
  it.each([
    [
      'C#: if on GetValue<bool>, through a variable, and its else',
      csharpCodeSource,
      'Ordering/Startup.cs',
      code`
        using Azure.Messaging.ServiceBus;
        using RabbitMQ.Client;
        public static class EventBusSetup {
          public static void Add(IServiceCollection services, IConfiguration configuration) {
            var useAzure = configuration.GetValue<bool>("AzureServiceBusEnabled");
            if (useAzure) {
              services.AddSingleton(sp => new ServiceBusClient(configuration["EventBusConnection"]).CreateSender("orders"));
            } else {
              services.AddSingleton<IConnectionFactory>(sp => new ConnectionFactory { HostName = configuration["EventBusConnection"] });
              channel.BasicPublish(exchange: "orders", routingKey: "", body: body);
            }
          }
        }`,
      [
        ['Azure Service Bus orders', [{ key: 'AzureServiceBusEnabled', test: 'true' }]],
        ['RabbitMQ orders', [{ key: 'AzureServiceBusEnabled', test: 'true', negated: true }]],
      ],
    ],
    [
      'C#: a conditional in a registration lambda, compared with a literal',
      csharpCodeSource,
      'Ordering/Program.cs',
      code`
        using Confluent.Kafka;
        using RabbitMQ.Client;
        builder.Services.AddSingleton<IEventBus>(sp => builder.Configuration["EventBus:Kind"] == "kafka"
          ? new KafkaBus(new ProducerConfig { BootstrapServers = "kafka:9092" }, p => p.ProduceAsync("orders", m))
          : new RabbitBus(ch => ch.BasicPublish("orders", "", null, body)));`,
      [
        ['Kafka orders', [{ key: 'EventBus:Kind', test: { equals: 'kafka' } }]],
        ['RabbitMQ orders', [{ key: 'EventBus:Kind', test: { equals: 'kafka' }, negated: true }]],
      ],
    ],
    [
      'TypeScript: a ternary on process.env, a negated test, a variable holding a comparison',
      typescriptCodeSource,
      'notifier/src/bus.ts',
      code`
        import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
        import amqp from 'amqplib';
        const useSqs = process.env.QUEUE_KIND === 'sqs';
        export async function publish(body: string) {
          if (useSqs) await sqs.send(new SendMessageCommand({ QueueUrl: 'https://sqs.eu-west-1.amazonaws.com/1234/notifications', MessageBody: body }));
          if (!process.env.DISABLE_AUDIT) channel.sendToQueue('audit', Buffer.from(body));
          const ch = process.env.QUEUE_KIND !== 'sqs' ? channel.sendToQueue('notifications', Buffer.from(body)) : undefined;
        }`,
      [
        ['Amazon SQS notifications', [{ key: 'QUEUE_KIND', test: { equals: 'sqs' } }]],
        ['RabbitMQ audit', [{ key: 'DISABLE_AUDIT', test: 'set', negated: true }]],
        ['RabbitMQ notifications', [{ key: 'QUEUE_KIND', test: { equals: 'sqs' }, negated: true }]],
      ],
    ],
    [
      'TypeScript: presence tests — Boolean(…) is truthiness, a comparison with undefined or null is whether the setting is set',
      typescriptCodeSource,
      'plugins/teams/server/index.ts',
      code`
        import amqp from 'amqplib';
        const enabled = Boolean(process.env.AZURE_CLIENT_ID && process.env.AZURE_CLIENT_SECRET);
        export async function publish(body: string) {
          if (enabled) channel.sendToQueue('teams', Buffer.from(body));
          if (process.env.AUDIT_URL !== undefined) channel.sendToQueue('audit', Buffer.from(body));
          if (process.env.LEGACY_HOOK === undefined) channel.sendToQueue('modern', Buffer.from(body));
          if (null != process.env.MIRROR_URL) channel.sendToQueue('mirror', Buffer.from(body));
          if (Boolean(process.env.DRY_RUN)) channel.sendToQueue('dry', Buffer.from(body));
        }`,
      [
        ['RabbitMQ teams', [{ key: 'AZURE_CLIENT_ID', test: 'set' }, { key: 'AZURE_CLIENT_SECRET', test: 'set' }]],
        ['RabbitMQ audit', [{ key: 'AUDIT_URL', test: 'set' }]],
        ['RabbitMQ modern', [{ key: 'LEGACY_HOOK', test: 'set', negated: true }]],
        ['RabbitMQ mirror', [{ key: 'MIRROR_URL', test: 'set' }]],
        // Not a parse of the text: a "false" string is true.
        ['RabbitMQ dry', [{ key: 'DRY_RUN', test: 'set' }]],
      ],
    ],
    [
      'JavaScript: switch cases and the default',
      typescriptCodeSource,
      'notifier/src/transport.js',
      code`
        const amqp = require('amqplib');
        const { Kafka } = require('kafkajs');
        switch (process.env.TRANSPORT) {
          case 'kafka':
            producer.send({ topic: 'events', messages });
            break;
          default:
            channel.sendToQueue('events', payload);
        }`,
      [
        ['Kafka events', [{ key: 'TRANSPORT', test: { equals: 'kafka' } }]],
        ['RabbitMQ events', [{ key: 'TRANSPORT', test: { equals: 'kafka' }, negated: true }]],
      ],
    ],
    [
      'Go: an if on os.Getenv compared with a literal, with &&',
      goCodeSource,
      'rates/main.go',
      code`
        package main
        import "github.com/nats-io/nats.go"
        func main() {
          if os.Getenv("BUS") == "nats" && os.Getenv("PUBLISH_RATES") != "off" {
            nc, _ := nats.Connect("nats://nats:4222")
            nc.Publish("rates", data)
          }
        }`,
      [['NATS rates', [{ key: 'BUS', test: { equals: 'nats' } }, { key: 'PUBLISH_RATES', test: { equals: 'off' }, negated: true }]]],
    ],
    [
      'Go: a switch on a flag (several labels, default) and a switch without a subject',
      goCodeSource,
      'cmd/worker/main.go',
      code`
        package main
        import (
          "flag"
          "github.com/nats-io/nats.go"
        )
        var service = flag.String("service", "", "the service to run")
        func main() {
          flag.Parse()
          nc, _ := nats.Connect("nats://nats:4222")
          switch *service {
          case "orders", "orders-worker":
            nc.Publish("orders", data)
          case "billing":
            nc.Publish("charges", data)
          default:
            nc.Publish("unknown", data)
          }
          switch {
          case os.Getenv("AUDIT") == "on":
            nc.Publish("audit", data)
          }
        }`,
      [
        ['NATS orders', [{ key: 'service', test: { oneOf: ['orders', 'orders-worker'] } }]],
        ['NATS charges', [{ key: 'service', test: { equals: 'billing' } }]],
        ['NATS unknown', [
          { key: 'service', test: { equals: 'orders' }, negated: true },
          { key: 'service', test: { equals: 'orders-worker' }, negated: true },
          { key: 'service', test: { equals: 'billing' }, negated: true },
        ]],
        ['NATS audit', [{ key: 'AUDIT', test: { equals: 'on' } }]],
      ],
    ],
    [
      'Go: a switch without a subject on urfave/cli booleans: a case runs when every earlier one failed',
      goCodeSource,
      'cmd/server/setup.go',
      code`
        package main
        import (
          "github.com/nats-io/nats.go"
          "github.com/urfave/cli/v2"
        )
        func setup(c *cli.Context, nc *nats.Conn) {
          switch {
          case c.Bool("github"):
            nc.Publish("github", data)
          case c.Bool("gitlab"), c.Bool("gitlab-ce"):
            nc.Publish("gitlab", data)
          case c.Bool("gitea"):
            nc.Publish("gitea", data)
          default:
            nc.Publish("none", data)
          }
          switch {
          case c.Bool("a") && c.Bool("b"):
            nc.Publish("both", data)
            fallthrough
          case c.Bool("c"):
            nc.Publish("fell", data)
          }
        }`,
      [
        ['NATS github', [{ key: 'github', test: 'true' }]],
        ['NATS gitlab', [{ key: 'github', test: 'true', negated: true }]],
        ['NATS gitea', [{ key: 'github', test: 'true', negated: true }, { key: 'gitlab', test: 'true', negated: true }, { key: 'gitlab-ce', test: 'true', negated: true }, { key: 'gitea', test: 'true' }]],
        ['NATS none', [{ key: 'github', test: 'true', negated: true }, { key: 'gitlab', test: 'true', negated: true }, { key: 'gitlab-ce', test: 'true', negated: true }, { key: 'gitea', test: 'true', negated: true }]],
        ['NATS both', [{ key: 'a', test: 'true' }, { key: 'b', test: 'true' }]],
        ['NATS fell', undefined],
      ],
    ],
    [
      'Java: an if on an injected setting (the grammar wraps the test in a condition node), and its else',
      jvmCodeSource,
      'orders/src/main/java/acme/Publisher.java',
      code`
        package acme;
        import org.springframework.beans.factory.annotation.Value;
        import org.springframework.kafka.core.KafkaTemplate;
        public class Publisher {
          @Value("\${orders.kafka-enabled}") boolean kafkaEnabled;
          private KafkaTemplate<String, String> kafka;
          public void publish(String order) {
            if (kafkaEnabled) {
              kafka.send("orders", order);
            } else {
              kafka.send("orders-fallback", order);
            }
          }
        }`,
      [
        ['Kafka orders', [{ key: 'orders.kafka-enabled', test: 'true' }]],
        ['Kafka orders-fallback', [{ key: 'orders.kafka-enabled', test: 'true', negated: true }]],
      ],
    ],
    [
      'Python: if / elif / else on a setting read from the environment, each clause after the earlier tests failed',
      pythonCodeSource,
      'api/store.py',
      code`
        import os
        import weaviate
        import chromadb
        from qdrant_client import QdrantClient
        kind = os.environ.get("VECTOR_STORE", "weaviate")
        if kind == "weaviate":
            client = weaviate.Client("http://weaviate:8080")
        elif kind in ("qdrant", "qdrant-cloud"):
            client = QdrantClient(url="http://qdrant:6333")
        else:
            client = chromadb.HttpClient(host="chroma", port=8000)`,
      [
        ['Weaviate {"host":"weaviate","port":8080,"url":"http://weaviate:8080"}', [{ key: 'VECTOR_STORE', test: { equals: 'weaviate' } }]],
        ['Qdrant {"host":"qdrant","port":6333,"url":"http://qdrant:6333"}', [{ key: 'VECTOR_STORE', test: { equals: 'weaviate' }, negated: true }, { key: 'VECTOR_STORE', test: { oneOf: ['qdrant', 'qdrant-cloud'] } }]],
        ['Chroma {"host":"chroma","port":8000}', [{ key: 'VECTOR_STORE', test: { equals: 'weaviate' }, negated: true }, { key: 'VECTOR_STORE', test: { oneOf: ['qdrant', 'qdrant-cloud'] }, negated: true }]],
      ],
    ],
    [
      'Python: a field of a settings object imported from another module, `not`, `and`, `!=` and a conditional expression',
      pythonCodeSource,
      'api/search.py',
      code`
        import meilisearch
        from opensearchpy import OpenSearch
        from .config import settings
        if not settings.search_disabled and settings.search_engine != "opensearch":
            keyword = meilisearch.Client("http://meili:7700")
        backup = OpenSearch(hosts=["http://search:9200"]) if settings.backup_engine == "opensearch" else None`,
      [
        ['Meilisearch {"host":"meili","port":7700,"url":"http://meili:7700"}', [{ key: 'code:search_disabled', test: 'true', negated: true }, { key: 'code:search_engine', test: { equals: 'opensearch' }, negated: true }]],
        ['OpenSearch {"host":"search","port":9200,"url":"http://search:9200"}', [{ key: 'code:backup_engine', test: { equals: 'opensearch' } }]],
      ],
    ],
    [
      'conditions that are not settings say nothing',
      typescriptCodeSource,
      'notifier/src/other.js',
      code`
        const amqp = require('amqplib');
        if (retries > 3 || isWeekend()) channel.sendToQueue('dead-letters', payload);
        if (flags.isEnabled('new-bus')) channel.sendToQueue('events', payload);
        if (!(process.env.A && process.env.B)) channel.sendToQueue('fallback', payload);`,
      [
        ['RabbitMQ dead-letters', undefined],
        ['RabbitMQ events', undefined],
        ['RabbitMQ fallback', undefined],
      ],
    ],
    [
      'C#: presence tests of a settings class\'s members, && with an unread flag, an else-if chain',
      csharpCodeSource,
      'Core/Mailer.cs',
      code`
        using MailKit.Net.Smtp;
        public class Mailer {
          public async Task Send(GlobalSettings globalSettings, SmtpClient client) {
            if (!globalSettings.SelfHosted && CoreHelpers.SettingHasValue(globalSettings.Mail.ApiKey) && Features.Relay) {
              await client.ConnectAsync("saas-relay", 587);
            } else if (!string.IsNullOrWhiteSpace(globalSettings.Mail?.Smtp?.Host) || globalSettings.Mail.Pickup != null) {
              await client.ConnectAsync("relay", 25);
            } else if (globalSettings.Mail.Smtp.Backup == null) {
              await client.ConnectAsync("fallback", 25);
            }
          }
        }`,
      [
        ['SMTP {"host":"saas-relay","port":587}', [{ key: 'code:options.GlobalSettings.SelfHosted', test: 'true', negated: true }, { key: 'code:options.GlobalSettings.Mail.ApiKey', test: 'set' }]],
        // `A || B` says nothing when it holds; the `else` after it runs when both fail.
        ['SMTP {"host":"relay","port":25}', undefined],
        ['SMTP {"host":"fallback","port":25}', [{ key: 'code:options.GlobalSettings.Mail.Smtp.Host', test: 'set', negated: true }, { key: 'code:options.GlobalSettings.Mail.Pickup', test: 'set', negated: true }, { key: 'code:options.GlobalSettings.Mail.Smtp.Backup', test: 'set', negated: true }]],
      ],
    ],
    [
      'C#: locals holding tests, a settings class\'s feature switch keyed by a constant or a literal',
      csharpCodeSource,
      'Core/Mailer2.cs',
      code`
        using MailKit.Net.Smtp;
        public class Mailer2 {
          public async Task Send(GlobalSettings globalSettings, SmtpClient client) {
            var useRelay = globalSettings.IsFeatureEnabled(FeatureFlagKeys.UseRelay) && CoreHelpers.SettingHasValue(globalSettings.Mail.ApiKey);
            var awsConfigured = CoreHelpers.SettingHasValue(globalSettings.Amazon?.AccessKeySecret);
            if (useRelay) {
              await client.ConnectAsync("saas-relay", 587);
            } else if (awsConfigured) {
              await client.ConnectAsync("ses", 587);
            } else if (globalSettings.IsFeatureEnabled("smtp-pickup")) {
              await client.ConnectAsync("pickup", 25);
            }
          }
        }`,
      [
        ['SMTP {"host":"saas-relay","port":587}', [{ key: 'code:options.GlobalSettings.FeatureFlags.{FeatureFlagKeys.UseRelay}', test: 'true' }, { key: 'code:options.GlobalSettings.Mail.ApiKey', test: 'set' }]],
        // `!(A && B)` is not one list of conditions: the `else` only keeps what it can say.
        ['SMTP {"host":"ses","port":587}', [{ key: 'code:options.GlobalSettings.Amazon.AccessKeySecret', test: 'set' }]],
        ['SMTP {"host":"pickup","port":25}', [{ key: 'code:options.GlobalSettings.Amazon.AccessKeySecret', test: 'set', negated: true }, { key: 'code:options.GlobalSettings.FeatureFlags.smtp-pickup', test: 'true' }]],
      ],
    ],
    [
      'C#: IConfiguration reads as teams write them (string.Equals ignoring case, a ?? default, GetSection(…).GetValue<bool>, GetValue<string> ==, !local)',
      csharpCodeSource,
      'Shared/Messaging/MessagingExtensions.cs',
      code`
        using Azure.Messaging.ServiceBus;
        using RabbitMQ.Client;
        using SendGrid;
        using StackExchange.Redis;
        public static class MessagingExtensions {
          public static IServiceCollection AddAcmeMessageBus(this IServiceCollection services, IConfiguration configuration) {
            var provider = configuration["MessageBus:Provider"] ?? "AzureServiceBus";
            if (string.Equals(provider, "RabbitMQ", StringComparison.OrdinalIgnoreCase)) {
              services.AddSingleton(sp => new ConnectionFactory { HostName = "rabbitmq" });
            } else if (provider.Equals("Kafka")) {
              services.AddSingleton(sp => new ServiceBusClient("Endpoint=sb://acme-kafka.servicebus.windows.net/;SharedAccessKeyName=a;SharedAccessKey=b"));
            }
            if (configuration.GetValue<string>("Caching:Provider") == "Redis") services.AddSingleton(ConnectionMultiplexer.Connect("redis:6379"));
            var useGrpc = configuration.GetSection("Discount").GetValue<bool>("UseGrpc");
            if (!useGrpc) services.AddSingleton(new SendGridClient("SG.key"));
            return services;
          }
        }`,
      [
        ['Redis {"host":"redis","port":6379}', [{ key: 'Caching:Provider', test: { equals: 'Redis' } }]],
        ['SendGrid {}', [{ key: 'Discount:UseGrpc', test: 'true', negated: true }]],
        // The `??` default is the value where nothing sets the key.
        ['RabbitMQ {"host":"rabbitmq"}', [{ key: 'MessageBus:Provider', test: { equals: 'RabbitMQ' }, caseless: true, unsetValue: 'AzureServiceBus' }]],
        // The `else if` runs when the first test failed and its own holds.
        ['Azure Service Bus {"host":"acme-kafka.servicebus.windows.net","url":"Endpoint=sb://acme-kafka.servicebus.windows.net/;SharedAccessKeyName=a;SharedAccessKey=***"}', [{ key: 'MessageBus:Provider', test: { equals: 'RabbitMQ' }, caseless: true, unsetValue: 'AzureServiceBus', negated: true }, { key: 'MessageBus:Provider', test: { equals: 'Kafka' }, unsetValue: 'AzureServiceBus' }]],
      ],
    ],
    [
      'PHP: an if on an env helper compared with a literal (its body is `body`), its else, and a guard that returns',
      phpCodeSource,
      'src/Usage/Stats.php',
      code`
        <?php
        use Utopia\\App;
        use Utopia\\Queue\\Client;
        use Utopia\\Queue\\Connection\\Redis;
        if (App::getEnv('_APP_USAGE_STATS', 'enabled') === 'enabled') {
            $usage = new Client('v1-usage', new Redis('usage-redis'));
            $usage->enqueue(['metric' => 'x']);
        } else {
            $fallback = new Client('v1-fallback', new Redis('redis'));
            $fallback->enqueue([]);
        }
        function audit() {
            if (!getenv('AUDITS_ENABLED')) {
                return;
            }
            $audits = new Client('v1-audits', new Redis('redis'));
            $audits->enqueue([]);
        }`,
      [
        ['Redis v1-usage', [{ key: '_APP_USAGE_STATS', test: { equals: 'enabled' } }]],
        ['Redis v1-fallback', [{ key: '_APP_USAGE_STATS', test: { equals: 'enabled' }, negated: true }]],
        ['Redis v1-audits', [{ key: 'AUDITS_ENABLED', test: 'true' }]],
      ],
    ],
  ] as [string, Source, string, string, [string, FactCondition[] | undefined][]][])('%s', async (_name, source, path, text, expected) => {
    expect(guarded(await readSnippet(source, path, text))).toEqual(expected);
  });
});

describe('branches not taken make no edges', () => {
  const startup = code`
    using Azure.Messaging.ServiceBus;
    using RabbitMQ.Client;
    public static class EventBusSetup {
      public static void Add(IServiceCollection services, IConfiguration configuration) {
        if (configuration.GetValue<bool>("AzureServiceBusEnabled")) {
          var sender = new ServiceBusClient("Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=app;SharedAccessKey=abc").CreateSender("orders");
        } else {
          var factory = new ConnectionFactory { HostName = "rabbitmq" };
          channel.BasicPublish(exchange: "orders", routingKey: "", body: body);
        }
      }
    }`;
  const compose = (value: string | undefined) =>
    ['services:', '  ordering-api:', '    build: ./Ordering', ...(value === undefined ? [] : ['    environment:', `      - AzureServiceBusEnabled=${value}`]), '  rabbitmq:', '    image: rabbitmq:3'].join('\n');

  it.each([
    ['set false in compose: RabbitMQ only', compose('False'), undefined, ['ordering-api -> rabbitmq']],
    ['set true in compose: Service Bus only', compose('true'), undefined, ['ordering-api -> acme-bus']],
    ['set in appsettings.json of the project', compose(undefined), '{ "AzureServiceBusEnabled": true }', ['ordering-api -> acme-bus']],
    ['compose wins over appsettings.json', compose('false'), '{ "AzureServiceBusEnabled": true }', ['ordering-api -> rabbitmq']],
    ['not set anywhere: both', compose(undefined), undefined, ['ordering-api -> acme-bus', 'ordering-api -> rabbitmq']],
  ])('%s', async (_name, composeText, appsettings, expected) => {
    const facts: Fact[] = [...(await readSnippet(dockerComposeSource, 'docker-compose.yml', composeText)), ...(await readSnippet(csharpCodeSource, 'Ordering/Startup.cs', startup))];
    if (appsettings) facts.push(...(await readSnippet(dotnetAppsettingsSource, 'Ordering/appsettings.json', appsettings)));
    expect(resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target}`).sort()).toEqual(expected);
  });
});

describe('a Program.cs choosing by IConfiguration: appsettings.json under the deployment’s environment', () => {
  const program = code`
    using Azure.Messaging.ServiceBus;
    using RabbitMQ.Client;
    var builder = WebApplication.CreateBuilder(args);
    var provider = builder.Configuration["MessageBus:Provider"] ?? "AzureServiceBus";
    if (string.Equals(provider, "RabbitMQ", StringComparison.OrdinalIgnoreCase))
    {
        var factory = new ConnectionFactory { HostName = "rabbitmq" };
        channel.BasicPublish(exchange: "orders", routingKey: "", body: body);
    }
    else
    {
        var sender = new ServiceBusClient("Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=app;SharedAccessKey=abc").CreateSender("orders");
    }
    builder.Build().Run();`;
  const compose = (environment: string[]) =>
    ['services:', '  ordering-api:', '    build: ./Ordering', ...(environment.length === 0 ? [] : ['    environment:', ...environment.map((line) => `      - ${line}`)]), '  rabbitmq:', '    image: rabbitmq:3'].join('\n');
  const AZURE = '{ "MessageBus": { "Provider": "AzureServiceBus" } }';
  const RABBIT = '{ "MessageBus": { "Provider": "RabbitMQ" } }';

  it.each([
    ['appsettings.json says Azure, only the Development file RabbitMQ: Service Bus', [], { 'appsettings.json': AZURE, 'appsettings.Development.json': RABBIT }, ['ordering-api -> acme-bus']],
    ['the deployment runs Development: its file wins', ['ASPNETCORE_ENVIRONMENT=Development'], { 'appsettings.json': AZURE, 'appsettings.Development.json': RABBIT }, ['ordering-api -> rabbitmq']],
    ['the deployment runs Production (DOTNET_ENVIRONMENT): the plain file', ['DOTNET_ENVIRONMENT=Production'], { 'appsettings.json': AZURE, 'appsettings.Development.json': RABBIT }, ['ordering-api -> acme-bus']],
    ['compose overrides appsettings.json, compared ignoring case', ['MessageBus__Provider=rabbitmq'], { 'appsettings.json': AZURE }, ['ordering-api -> rabbitmq']],
    ['set nowhere: the ?? default', [], {}, ['ordering-api -> acme-bus']],
  ] as [string, string[], Record<string, string>, string[]][])('%s', async (_name, environment, settings, expected) => {
    const facts: Fact[] = [...(await readSnippet(dockerComposeSource, 'docker-compose.yml', compose(environment))), ...(await readSnippet(csharpCodeSource, 'Ordering/Program.cs', program))];
    for (const [file, text] of Object.entries(settings)) facts.push(...(await readSnippet(dotnetAppsettingsSource, `Ordering/${file}`, text)));
    expect(resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target}`).sort()).toEqual(expected);
  });
});
