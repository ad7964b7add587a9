import { describe, expect, it } from 'vitest';
import { COMMAND_PROGRAM_KEY, type CodeNamesFact, type Fact } from '../../../core/discovery/facts.js';
import { code, readSnippetWithNames } from './code-test-support.js';
import { csharpCodeSource } from './csharp-source.js';
import { goCodeSource } from './go-source.js';
import { jvmCodeSource } from './jvm-source.js';
import { pythonCodeSource } from './python-source.js';
import { rustCodeSource } from './rust-source.js';
import { typescriptCodeSource } from './typescript-source.js';

const namesOf = (facts: Fact[]): CodeNamesFact | undefined => facts.find((fact): fact is CodeNamesFact => fact.type === 'code-names');
const brief = (fact: CodeNamesFact | undefined) =>
  fact?.declarations.map((declaration) => [declaration.kind, declaration.parent ? `${declaration.parent}.${declaration.name}` : declaration.name, declaration.static ? 'static' : declaration.initialiser ? 'init' : '', (declaration.bases ?? []).join(',')].filter(Boolean).join(' '));

describe('what a code file declares and names', () => {
  it.each([
    {
      name: 'C#: extension methods are called by name alone, other members through their type',
      source: csharpCodeSource,
      path: 'lib/Extensions.cs',
      text: code`
        public static class ServiceCollectionExtensions
        {
            public static IServiceCollection UseRabbitMQMessageHandler(this IServiceCollection services, IConfiguration config)
            {
                return services.AddTransient<IMessageHandler>(_ => new RabbitMQMessageHandler(config["Host"]));
            }
            public static string Describe(string text) => text;
        }
        public sealed class RabbitMQMessageHandler : IMessageHandler, IDisposable
        {
            public RabbitMQMessageHandler(string host) { }
            public void Start() { StartConsuming(); }
        }
      `,
      declarations: ['type ServiceCollectionExtensions', 'function ServiceCollectionExtensions.UseRabbitMQMessageHandler static', 'function ServiceCollectionExtensions.Describe', 'type RabbitMQMessageHandler IMessageHandler,IDisposable', 'function RabbitMQMessageHandler.RabbitMQMessageHandler init', 'function RabbitMQMessageHandler.Start'],
      references: { UseRabbitMQMessageHandler: ['AddTransient', 'IConfiguration', 'IMessageHandler', 'IServiceCollection', 'RabbitMQMessageHandler', 'config', 'services'] },
    },
    {
      name: 'Java: a class, its constructor and methods, its bases',
      source: jvmCodeSource,
      path: 'common/src/main/java/acme/EventPublisher.java',
      text: code`
        package acme.common;
        public class EventPublisher extends BasePublisher implements Publisher {
          private final KafkaTemplate<String, String> template;
          public EventPublisher(KafkaTemplate<String, String> template) { this.template = template; }
          public void publish(String event) { template.send("orders", event); }
        }
      `,
      declarations: ['type EventPublisher BasePublisher,Publisher', 'function EventPublisher.EventPublisher init', 'function EventPublisher.publish'],
      references: { publish: ['event', 'send', 'template'] },
    },
    {
      name: 'TypeScript: functions, arrow functions held in exported constants, classes',
      source: typescriptCodeSource,
      path: 'packages/shared/src/kafka.ts',
      text: code`
        import { Kafka } from 'kafkajs';
        const kafka = new Kafka({ brokers: [process.env.KAFKA_BROKERS] });
        export function createPublisher(topic: string) {
          const producer = kafka.producer();
          const helper = () => topic;
          return { publish: (value: string) => producer.send({ topic, messages: [{ value }] }) };
        }
        export const createConsumer = (groupId: string) => kafka.consumer({ groupId });
        export class Relay extends Base { constructor() { super(); } forward() {} }
      `,
      declarations: ['function createPublisher static', 'function createConsumer static', 'type Relay Base', 'function Relay.constructor init', 'function Relay.forward'],
      references: { createConsumer: ['consumer', 'groupId', 'kafka'] },
    },
    {
      name: 'Python: module functions and a class with __init__',
      source: pythonCodeSource,
      path: 'common/messaging.py',
      text: code`
        import pika

        class Bus(Base):
            def __init__(self, url):
                self.connection = pika.BlockingConnection(pika.URLParameters(url))

            @staticmethod
            def make():
                return Bus("amqp://rabbitmq")

        def publish(queue, body):
            Bus("amqp://rabbitmq").connection.channel().basic_publish(exchange="", routing_key=queue, body=body)
      `,
      declarations: ['type Bus Base', 'function Bus.__init__ init', 'function Bus.make', 'function publish static'],
      references: {},
    },
    {
      name: 'Go: free functions, and methods belonging to their receiver type',
      source: goCodeSource,
      path: 'shared/messaging/publisher.go',
      text: code`
        package messaging

        import "github.com/segmentio/kafka-go"

        type Publisher struct{ w *kafka.Writer }

        func NewPublisher(addr string) *Publisher { return &Publisher{w: &kafka.Writer{Addr: kafka.TCP(addr), Topic: "orders"}} }

        func (p *Publisher) Publish(ctx context.Context, value []byte) error { return p.w.WriteMessages(ctx, kafka.Message{Value: value}) }
      `,
      // Qualified by the package, as other packages name them (`messaging.NewPublisher`).
      declarations: ['type messaging.Publisher', 'function messaging.NewPublisher static', 'function messaging.Publisher.Publish'],
      references: { 'messaging.NewPublisher': ['messaging.Publisher', 'kafka.Writer', 'kafka.TCP'] },
    },
    {
      name: 'Go: names used through an imported package are qualified, so that two packages\' NewServer differ',
      source: goCodeSource,
      path: 'cmd/driver.go',
      text: code`
        package cmd

        import (
        	"github.com/acme/courier/services/driver"
        	redis "github.com/redis/go-redis/v9"
        )

        func runDriver(addr string) error { _ = redis.Nil; return driver.NewServer(addr).Run(":8082") }
      `,
      declarations: ['function cmd.runDriver static'],
      references: { 'cmd.runDriver': ['driver.NewServer', 'redis.Nil', 'Run'] },
    },
    {
      name: 'Rust: structs and enums, an impl block\'s functions are methods of its type (in another file too), `new` its constructor, free functions',
      source: rustCodeSource,
      path: 'crates/redis_interface/src/commands.rs',
      text: code`
        use fred::interfaces::StreamsInterface;
        pub struct RedisConnectionPool { pub pool: RedisPool }
        pub enum RedisEntryId { AutoGeneratedID }
        impl RedisConnectionPool {
            pub fn new(url: &str) -> Self { Self { pool: RedisPool::connect(url) } }
            pub async fn stream_append_entry(&self, stream: &str) { self.pool.xadd(stream, "*").await }
        }
        impl<T> Drop for Guarded<T> {
            fn drop(&mut self) { release(); }
        }
        pub fn fingerprint(payload: &[u8]) -> String { hex(payload) }
      `,
      declarations: ['type RedisConnectionPool', 'type RedisEntryId', 'function RedisConnectionPool.new init', 'function RedisConnectionPool.stream_append_entry', 'function Guarded.drop', 'function fingerprint static'],
      references: { stream_append_entry: ['pool', 'xadd'], fingerprint: ['hex', 'payload'] },
    },
  ])('$name', async ({ source, path, text, declarations, references }) => {
    const fact = namesOf(await readSnippetWithNames(source, path, text));
    expect(brief(fact)).toEqual(declarations);
    for (const [name, expected] of Object.entries(references)) {
      expect(fact?.declarations.find((declaration) => declaration.name === name)?.references).toEqual(expect.arrayContaining(expected));
    }
  });

  it('declares a module\'s exported instance with the class it makes; an unexported one is top-level code', async () => {
    const fact = namesOf(
      await readSnippetWithNames(
        typescriptCodeSource,
        'packages/network-broker/src/index.ts',
        code`
          import { ServiceBroker } from 'moleculer';
          const broker = new ServiceBroker({ transporter: process.env.TRANSPORTER });
          export class NetworkApi { call(action: string) { return broker.call(action); } }
          export const api = new NetworkApi();
        `,
      ),
    );
    expect(brief(fact)).toEqual(['type NetworkApi', 'function NetworkApi.call', 'function api static']);
    expect(fact?.declarations.find((declaration) => declaration.name === 'api')).toMatchObject({ instance: true, references: ['NetworkApi'] });
  });

  it('lists the names a service uses that it does not declare, each with its first line', async () => {
    const text = code`
      using Courier.Infrastructure.Messaging;
      var builder = Host.CreateApplicationBuilder(args);
      builder.Services.UseRabbitMQMessageHandler(builder.Configuration);
      public class Tracker : IMessageHandlerCallback { }
    `;
    const fact = namesOf(await readSnippetWithNames(csharpCodeSource, 'tracking/Program.cs', text));
    expect(fact?.uses).toMatchObject({ UseRabbitMQMessageHandler: 3, IMessageHandlerCallback: 4, Messaging: 1 });
    expect(fact?.uses).not.toHaveProperty('Tracker');
  });

  it('keeps a Go file\'s package and the import path of each package it names', async () => {
    const text = code`
      package main

      import (
      	"github.com/acme/shop/internal/counter/app"
      	cfg "github.com/acme/shop/internal/counter/config"
      	_ "github.com/lib/pq"
      	"gopkg.in/yaml.v3"
      )

      func main() { _ = yaml.Marshal; app.New(cfg.Load()).Run() }
    `;
    const fact = namesOf(await readSnippetWithNames(goCodeSource, 'cmd/counter/main.go', text));
    expect(fact?.go).toEqual({ package: 'main', imports: { app: 'github.com/acme/shop/internal/counter/app', cfg: 'github.com/acme/shop/internal/counter/config', yaml: 'gopkg.in/yaml.v3' } });
    expect(fact?.uses).toMatchObject({ 'app.New': 10, 'cfg.Load': 10 });
  });

  it.each([
    ['C#: a typed client takes an HttpClient and options', 'Web/CatalogClient.cs', 'public class CatalogClient : ClientBase\n{\n    public CatalogClient(System.Net.Http.HttpClient http, IOptions<CadenceOptions> options, ILogger<CatalogClient>? log) : base(http) { }\n}\n', ['HttpClient', 'IOptions', 'ILogger']],
    ['C#: a constructor given nothing', 'Web/Worker.cs', 'public class Worker\n{\n    public Worker() { _http = new HttpClient(); }\n}\n', undefined],
  ])('records what a constructor takes: %s', async (_name, path, text, takes) => {
    const fact = namesOf(await readSnippetWithNames(csharpCodeSource, path, text));
    expect(fact?.declarations.find((declaration) => declaration.initialiser)?.takes).toEqual(takes);
  });

  it.each([
    ['Java: a @Bean method makes its return type and takes its parameters', 'app/src/main/java/acme/Clients.java', '@Configuration\npublic class Clients {\n  @Bean\n  public RestClient ordersClient(@Value("${orders.url}") String url, RestClient.Builder builder) { return builder.baseUrl(url).build(); }\n}\n', 'ordersClient', { provides: 'RestClient', takes: ['String', 'Builder'] }],
    ['Java: a qualified @Bean annotation, a generic return type', 'app/src/main/java/acme/Clients.java', 'public class Clients {\n  @org.springframework.context.annotation.Bean\n  WebClient.Builder loyalty() { return WebClient.builder(); }\n}\n', 'loyalty', { provides: 'Builder' }],
    ['Java: a method that is no bean makes nothing', 'app/src/main/java/acme/Clients.java', 'public class Clients {\n  public RestClient create(String url) { return RestClient.create(url); }\n}\n', 'create', {}],
    ['Kotlin: a @Bean fun with a return type', 'app/src/main/kotlin/acme/Clients.kt', '@Configuration\nclass Clients {\n  @Bean\n  fun loyaltyClient(@Value("\\${loyalty.url}") url: String): WebClient = WebClient.builder().baseUrl(url).build()\n}\n', 'loyaltyClient', { provides: 'WebClient', takes: ['String'] }],
  ])('records what a Spring bean method makes: %s', async (_name, path, text, method, expected) => {
    const fact = namesOf(await readSnippetWithNames(jvmCodeSource, path, text));
    const declaration = fact?.declarations.find((each) => each.name === method);
    expect(declaration).toBeDefined();
    expect({ ...(declaration?.provides ? { provides: declaration.provides } : {}), ...(declaration?.takes ? { takes: declaration.takes } : {}) }).toEqual(expected);
  });

  it.each([
    ['a Java file looking a bean up by name, with no client word, is read for its names', 'app/src/main/java/acme/Audit.java', 'public class Audit {\n  private final ApplicationContext context;\n  public Object auditor() { return context.getBean("auditRestTemplate"); }\n}\n', true],
    ['a Java file with neither is not', 'app/src/main/java/acme/Audit.java', 'public class Audit {\n  public String name() { return "audit"; }\n}\n', false],
  ])('%s', async (_name, path, text, read) => {
    const fact = namesOf(await readSnippetWithNames(jvmCodeSource, path, text));
    expect(fact !== undefined && 'getBean' in fact.uses).toBe(read);
  });

  it('declares a Go package-level variable with what its initialiser names; a local one is its function\'s', async () => {
    const text = code`
      package registry

      import (
      	"net/http"
      	"github.com/acme/app/internal/config"
      )

      var Default = NewClient(config.RegistryURL())

      func NewClient(base string) *Client { return &Client{base: base, hc: &http.Client{}} }

      func Local() { var c = NewClient("x"); _ = c }
    `;
    const fact = namesOf(await readSnippetWithNames(goCodeSource, 'internal/registry/client.go', text));
    expect(brief(fact)).toEqual(['function registry.Default static', 'function registry.NewClient static', 'function registry.Local static']);
    expect(fact?.declarations[0]?.references).toEqual(['NewClient', 'config.RegistryURL', 'registry.NewClient']);
  });

  it('makes each case of a Go switch on a setting a declaration of its own, under its conditions', async () => {
    const text = code`
      package main

      import (
      	"flag"
      	"github.com/acme/shop/internal/billing"
      	"github.com/acme/shop/internal/orders"
      )

      var service = flag.String("service", "", "which service")

      func main() {
      	flag.Parse()
      	switch *service {
      	case "orders":
      		orders.Run()
      	case "billing", "billing-worker":
      		billing.Run()
      	default:
      		panic(*service)
      	}
      	switch len(os.Args) {
      	case 2:
      		orders.Drain()
      	}
      }
    `;
    const fact = namesOf(await readSnippetWithNames(goCodeSource, 'cmd/worker/main.go', text));
    const main = fact?.declarations.find((declaration) => declaration.name === 'main.main');
    const cases = fact?.declarations.filter((declaration) => declaration.conditions !== undefined);
    expect(cases?.map((declaration) => [declaration.name, declaration.references.filter((name) => name.includes('.Run')), declaration.conditions])).toEqual([
      ['main.main#case@14', ['orders.Run'], [{ key: 'service', test: { equals: 'orders' } }]],
      ['main.main#case@16', ['billing.Run'], [{ key: 'service', test: { oneOf: ['billing', 'billing-worker'] } }]],
      ['main.main#case@18', [], [{ key: 'service', test: { equals: 'orders' }, negated: true }, { key: 'service', test: { equals: 'billing' }, negated: true }, { key: 'service', test: { equals: 'billing-worker' }, negated: true }]],
    ]);
    // The function reaches its cases by name; a switch on no setting is the function's own code.
    expect(main?.references).toEqual(expect.arrayContaining(['main.main#case@14', 'main.main#case@16', 'main.main#case@18', 'orders.Drain']));
    expect(main?.references).not.toContain('orders.Run');
  });

  describe('Go `if`s on a config struct\'s field', () => {
    const HEADER = `package queue

import (
	"os"
	"strings"

	"github.com/acme/rentals/common"
	"github.com/acme/rentals/queue/kafkaq"
	"github.com/acme/rentals/queue/redisq"
)
`;
    const REDIS = { key: 'QueueType', test: { equals: 'redis' } };
    it.each([
      [
        'a guard returning: its block, then the rest of the function as its else',
        `func NewProducer(cfg *common.Config) Producer {
	if cfg.QueueType == "redis" {
		return redisq.NewProducer(cfg)
	}
	return kafkaq.NewProducer(cfg)
}`,
        [
          ['queue.NewProducer#case@13', ['redisq.NewProducer'], [REDIS]],
          ['queue.NewProducer#case@16', ['kafkaq.NewProducer'], [{ ...REDIS, negated: true }]],
        ],
      ],
      [
        'an else-if chain: each branch under the earlier tests failing',
        `func New(cfg *common.Config) Producer {
	if cfg.QueueType == "redis" {
		return redisq.NewProducer(cfg)
	} else if cfg.QueueType != "kafka" {
		return nil
	} else {
		return kafkaq.NewProducer(cfg)
	}
}`,
        [
          ['queue.New#case@13', ['redisq.NewProducer'], [REDIS]],
          ['queue.New#case@15', [], [{ ...REDIS, negated: true }]],
          ['queue.New#case@15#case@15', [], [{ ...REDIS, negated: true }, { key: 'QueueType', test: { equals: 'kafka' }, negated: true }]],
          ['queue.New#case@15#case@17', ['kafkaq.NewProducer'], [{ ...REDIS, negated: true }, { key: 'QueueType', test: { equals: 'kafka' } }]],
        ],
      ],
      [
        'a bool field negated in a guard; || in a test whose else runs when both fail',
        `func New(cfg *common.Config) Producer {
	if !cfg.UseQueue {
		return nil
	}
	if cfg.QueueType == "redis" || cfg.UseRedis {
		return redisq.NewProducer(cfg)
	} else {
		return kafkaq.NewProducer(cfg)
	}
}`,
        [
          ['queue.New#case@13', [], [{ key: 'UseQueue', test: 'true', negated: true }]],
          ['queue.New#case@16', [], [{ key: 'UseQueue', test: 'true' }]],
          // `A || B` holding says nothing more of the settings: the branch runs under the guard's alone.
          ['queue.New#case@16#case@16', ['redisq.NewProducer'], [{ key: 'UseQueue', test: 'true' }]],
          ['queue.New#case@16#case@18', ['kafkaq.NewProducer'], [{ key: 'UseQueue', test: 'true' }, { ...REDIS, negated: true }, { key: 'UseRedis', test: 'true', negated: true }]],
        ],
      ],
      [
        'a condition no setting decides: neither branch nor the rest is a branch of its own',
        `func New(cfg *common.Config, to string) Producer {
	if strings.HasPrefix(to, "+") {
		return redisq.NewProducer(cfg)
	}
	return kafkaq.NewProducer(cfg)
}`,
        [],
      ],
    ] as [string, string, [string, string[], unknown[]][]][])('%s', async (_name, body, expected) => {
      const fact = namesOf(await readSnippetWithNames(goCodeSource, 'queue/queue.go', `${HEADER}\n${body}\n`));
      const branches = fact?.declarations.filter((declaration) => declaration.conditions !== undefined) ?? [];
      expect(branches.map((declaration) => [declaration.name, declaration.references.filter((name) => /^(?:redisq|kafkaq)\./.test(name)), declaration.conditions])).toEqual(expected);
    });
  });

  it.each([
    {
      name: 'the name it runs as, reassigned from an env var when set',
      program: `binaryName := filepath.Base(os.Args[0])
      	if val := os.Getenv(binaryNameEnv); val != "" {
      		binaryName = val
      	}`,
      expected: { key: 'ACME_BINARY_NAME', fallbackKey: COMMAND_PROGRAM_KEY },
    },
    { name: 'the name it runs as, read through an env helper with the name as default', program: 'binaryName := env.StringFromEnv(binaryNameEnv, filepath.Base(os.Args[0]))', expected: { key: 'ACME_BINARY_NAME', fallbackKey: COMMAND_PROGRAM_KEY } },
    { name: 'the name alone, through path.Base', program: 'binaryName := path.Base(os.Args[0])', expected: { key: COMMAND_PROGRAM_KEY } },
    { name: 'os.Args[0] itself, the suffix trimmed', program: 'binaryName := strings.TrimSuffix(os.Args[0], ".exe")', expected: { key: COMMAND_PROGRAM_KEY } },
  ])('makes each case of a multi-call binary\'s switch on its name a declaration: $name', async ({ program, expected }) => {
    const text = code`
      package main

      import (
      	"os"
      	"path/filepath"

      	apiserver "github.com/acme/acme/cmd/acme-server/commands"
      	reposerver "github.com/acme/acme/cmd/acme-repo-server/commands"
      	cli "github.com/acme/acme/cmd/acme/commands"
      )

      const binaryNameEnv = "ACME_BINARY_NAME"

      func main() {
      	${program}
      	switch binaryName {
      	case "acme-server":
      		apiserver.NewCommand().Execute()
      	case "acme-repo-server":
      		reposerver.NewCommand().Execute()
      	default:
      		cli.NewCommand().Execute()
      	}
      }
    `;
    const fact = namesOf(await readSnippetWithNames(goCodeSource, 'cmd/main.go', text));
    // The `if val := os.Getenv(…); val != ""` reassigning the name is a branch of its own too, naming no command.
    const cases = fact?.declarations.filter((declaration) => declaration.conditions !== undefined && !declaration.conditions.some((condition) => typeof condition.test === 'object' && 'equals' in condition.test && condition.test.equals === '')) ?? [];
    expect(cases.map((declaration) => [declaration.references.find((name) => name.endsWith('.NewCommand')), declaration.conditions])).toEqual([
      ['apiserver.NewCommand', [{ ...expected, test: { equals: 'acme-server' } }]],
      ['reposerver.NewCommand', [{ ...expected, test: { equals: 'acme-repo-server' } }]],
      ['cli.NewCommand', [{ ...expected, test: { equals: 'acme-server' }, negated: true }, { ...expected, test: { equals: 'acme-repo-server' }, negated: true }]],
    ]);
  });

  it.each([
    {
      name: 'cobra: a command held in a variable, one added inline, the root command (executed) none',
      path: 'cmd/services.go',
      text: code`
        package cmd

        import ("github.com/acme/cafe/internal/billing"; "github.com/acme/cafe/internal/orders"; "github.com/spf13/cobra")

        var rootCmd = &cobra.Command{Use: "cafe", RunE: func(c *cobra.Command, a []string) error { return c.Help() }}

        var ordersCmd = &cobra.Command{
        	Use:  "orders [flags]",
        	RunE: func(c *cobra.Command, a []string) error { return orders.Run(c.Context()) },
        }

        func init() {
        	rootCmd.AddCommand(ordersCmd)
        	rootCmd.AddCommand(&cobra.Command{Use: "billing", Run: func(c *cobra.Command, a []string) { billing.Run(c.Context()) }})
        	rootCmd.AddCommand(&cobra.Command{Use: "version", Short: "prints the version"})
        }

        func Execute() error { return rootCmd.Execute() }
      `,
      expected: [
        ['cmd.ordersCmd', 'orders', 'orders.Run'],
        ['cmd.init#case@14', 'billing', 'billing.Run'],
      ],
    },
    {
      name: 'urfave/cli: each command of a slice',
      path: 'main.go',
      text: code`
        package main

        import ("github.com/acme/cafe/internal/billing"; "github.com/acme/cafe/internal/orders"; "github.com/urfave/cli/v2")

        func main() {
        	app := &cli.App{Name: "cafe", Commands: []*cli.Command{
        		{Name: "orders", Usage: "take orders", Action: func(c *cli.Context) error { return orders.Run(c.Context) }},
        		{Name: "billing", Action: func(c *cli.Context) error { return billing.Run(c.Context) }},
        	}}
        	_ = app.Run(os.Args)
        }
      `,
      expected: [
        ['main.main#case@7', 'orders', 'orders.Run'],
        ['main.main#case@8', 'billing', 'billing.Run'],
      ],
    },
  ])('makes each Go subcommand a declaration run by its word: $name', async ({ path, text, expected }) => {
    const fact = namesOf(await readSnippetWithNames(goCodeSource, path, text));
    const commands = fact?.declarations.filter((declaration) => declaration.conditions !== undefined) ?? [];
    expect(commands.map((declaration) => [declaration.name, ...declaration.conditions!.map((condition) => (typeof condition.test === 'object' && 'word' in condition.test ? condition.test.word : '?')), declaration.references.find((name) => name.endsWith('.Run'))])).toEqual(expected);
    // What holds or adds a command reaches it by name.
    for (const [name] of expected) expect(fact?.declarations.some((declaration) => declaration.references.includes(name as string))).toBe(true);
  });

  it('reads a file with neither a client nor plumbing words not at all', async () => {
    const facts = await readSnippetWithNames(typescriptCodeSource, 'web/src/format.ts', 'export function money(cents: number) { return (cents / 100).toFixed(2); }\n');
    expect(facts).toEqual([]);
  });
});
