/**
 * A shared library's connections made by the services using it, end to end: project files, code
 * and deployment read by their sources, then resolved (core/discovery/library-reach.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { evidenceFor, type Source } from '../../source.js';
import { dockerComposeSource as dockerCompose } from '../config/docker-compose.js';
import { kubernetesManifestsSource } from '../config/kubernetes-manifests.js';
import { projectMarkers } from '../project-markers.js';
import { code, readSnippetWithNames } from './code-test-support.js';
import { goCodeSource } from './go-source.js';
import { jvmCodeSource } from './jvm-source.js';

async function read(source: Source, path: string, text: string): Promise<Fact[]> {
  if (source === jvmCodeSource) return readSnippetWithNames(source, path, text);
  const file = { path, text };
  return source.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

const COMPOSE = code`
  services:
    kafka:
      image: bitnami/kafka:3.7
    orders:
      build: ./orders
      environment:
        - SPRING_KAFKA_BOOTSTRAP_SERVERS=kafka:9092
    shipping:
      build: ./shipping
    reports:
      build: ./reports
`;
const pom = (artifact: string, dependencies: string[]) =>
  `<project>\n  <groupId>com.acme</groupId>\n  <artifactId>${artifact}</artifactId>\n  <dependencies>\n${dependencies.map((dependency) => `    <dependency><groupId>com.acme</groupId><artifactId>${dependency}</artifactId></dependency>\n`).join('')}    <dependency><groupId>org.springframework.kafka</groupId><artifactId>spring-kafka</artifactId></dependency>\n  </dependencies>\n</project>\n`;
const PUBLISHER = code`
  package com.acme.common.events;

  import org.springframework.kafka.core.KafkaTemplate;

  public class EventPublisher {
      private final KafkaTemplate<String, String> kafkaTemplate;

      public EventPublisher(KafkaTemplate<String, String> kafkaTemplate) {
          this.kafkaTemplate = kafkaTemplate;
      }

      public void publish(String event) {
          kafkaTemplate.send("shipments", event);
      }
  }
`;
const LISTENER = code`
  package com.acme.common.events;

  import org.springframework.kafka.annotation.KafkaListener;

  public abstract class ShipmentEventsListener {
      @KafkaListener(topics = "shipments", groupId = "shipping")
      public void onMessage(String event) {
          handle(event);
      }

      protected abstract void handle(String event);
  }
`;
const ORDERS = code`
  package com.acme.orders;

  import com.acme.common.events.EventPublisher;
  import org.springframework.stereotype.Service;

  @Service
  public class OrderService {
      private final EventPublisher eventPublisher;

      public OrderService(EventPublisher eventPublisher) {
          this.eventPublisher = eventPublisher;
      }

      public void ship(String orderId) {
          eventPublisher.publish(orderId);
      }
  }
`;
const SHIPPING = code`
  package com.acme.shipping;

  import com.acme.common.events.ShipmentEventsListener;
  import org.springframework.stereotype.Component;

  @Component
  public class ShipmentHandler extends ShipmentEventsListener {
      @Override
      protected void handle(String event) { }
  }
`;

describe('a shared Maven module\'s connections', () => {
  it('are made by the services whose code uses its entry points, in the direction of each, and the module is no system', async () => {
    const facts = (
      await Promise.all([
        read(dockerCompose, 'docker-compose.yml', COMPOSE),
        read(projectMarkers, 'common/pom.xml', pom('common', [])),
        read(jvmCodeSource, 'common/src/main/java/com/acme/common/events/EventPublisher.java', PUBLISHER),
        read(jvmCodeSource, 'common/src/main/java/com/acme/common/events/ShipmentEventsListener.java', LISTENER),
        read(projectMarkers, 'orders/pom.xml', pom('orders', ['common'])),
        read(jvmCodeSource, 'orders/src/main/java/com/acme/orders/OrderService.java', ORDERS),
        read(projectMarkers, 'shipping/pom.xml', pom('shipping', ['common'])),
        read(jvmCodeSource, 'shipping/src/main/java/com/acme/shipping/ShipmentHandler.java', SHIPPING),
        // reports builds common in but none of its code is read: all the module's connections, on the pom's evidence.
        read(projectMarkers, 'reports/pom.xml', pom('reports', ['common'])),
      ])
    ).flat();
    const graph = resolveFacts(facts);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism} ${edge.channel ?? ''} ${edge.confidence}`)).toEqual([
      'kafka -> reports messaging shipments 0.6',
      'kafka -> shipping messaging shipments 0.6',
      'orders -> kafka messaging shipments 0.85',
      'reports -> kafka messaging shipments 0.6',
    ]);
    expect(graph.integrations.find((edge) => edge.source === 'reports')?.evidence.map((evidence) => `${evidence.file}:${evidence.line}`)).toContain('reports/pom.xml:5');
    expect(graph.systems.map((system) => system.id)).not.toContain('common');
  });
});

describe("a Go module's own amqp091 wrapper in pkg/, used by the services of the module's commands", () => {
  it('makes each service a consumer or a producer by the entry point it calls, on the broker of its own RABBITMQ_URL', async () => {
    const compose = code`
      services:
        rabbitmq:
          image: rabbitmq:3.13-management
        barista:
          build:
            context: .
            dockerfile: ./docker/Dockerfile-barista
          environment:
            RABBITMQ_URL: amqp://guest:guest@rabbitmq:5672/
        counter:
          build:
            context: .
            dockerfile: ./docker/Dockerfile-counter
          environment:
            RABBITMQ_URL: amqp://guest:guest@rabbitmq:5672/
    `;
    const consumer = code`
      package consumer
      import amqp "github.com/rabbitmq/amqp091-go"
      type Consumer struct { amqpConn *amqp.Connection; queueName string }
      func NewConsumer(conn *amqp.Connection, queue string) *Consumer { return &Consumer{amqpConn: conn, queueName: queue} }
      func (c *Consumer) channel() (*amqp.Channel, error) { return c.amqpConn.Channel() }
      func (c *Consumer) StartConsumer() error {
      	ch, err := c.channel()
      	deliveries, err := ch.Consume(c.queueName, "", false, false, false, false, nil)
      	_ = deliveries
      	return err
      }`;
    const publisher = code`
      package publisher
      import amqp "github.com/rabbitmq/amqp091-go"
      type Publisher struct { amqpConn *amqp.Connection }
      func NewPublisher(conn *amqp.Connection) *Publisher { return &Publisher{amqpConn: conn} }
      func (p *Publisher) Publish(ctx context.Context, body []byte) error {
      	ch, _ := p.amqpConn.Channel()
      	return ch.PublishWithContext(ctx, "orders", "barista", false, false, amqp.Publishing{Body: body})
      }`;
    const dial = code`
      package rabbitmq
      import amqp "github.com/rabbitmq/amqp091-go"
      func Dial(url string) (*amqp.Connection, error) { return amqp.Dial(url) }`;
    const service = (name: string, call: string) => code`
      package main
      import ("os"; "shop/pkg/rabbitmq"; "shop/pkg/rabbitmq/consumer"; "shop/pkg/rabbitmq/publisher")
      func main() {
      	conn, _ := rabbitmq.Dial(os.Getenv("RABBITMQ_URL"))
      	${call}
      }`.replace('package main', `package main // ${name}`);
    const facts = [
      ...(await read(dockerCompose, 'docker-compose.yml', compose)),
      ...(await read(projectMarkers, 'go.mod', 'module shop\n\ngo 1.22\n')),
      ...(await readSnippetWithNames(goCodeSource, 'pkg/rabbitmq/consumer/consumer.go', consumer)),
      ...(await readSnippetWithNames(goCodeSource, 'pkg/rabbitmq/publisher/publisher.go', publisher)),
      ...(await readSnippetWithNames(goCodeSource, 'pkg/rabbitmq/rabbitmq.go', dial)),
      ...(await readSnippetWithNames(goCodeSource, 'cmd/barista/main.go', service('barista', 'consumer.NewConsumer(conn, "barista_orders").StartConsumer()'))),
      ...(await readSnippetWithNames(goCodeSource, 'cmd/counter/main.go', service('counter', 'publisher.NewPublisher(conn).Publish(ctx, nil)'))),
    ];
    const graph = resolveFacts(facts);
    expect(graph.integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism})`).sort()).toEqual(['counter -> rabbitmq (messaging)', 'rabbitmq -> barista (messaging)']);
    expect(graph.systems.map((system) => system.id).sort()).toEqual(['barista', 'counter', 'rabbitmq']);
  });
});

describe("a Go module's shared datastore client, given each service's own address", () => {
  it("takes the address each service's code hands its function, not another service's", async () => {
    const compose = code`
      services:
        orders-db:
          image: postgres:16
        billing-db:
          image: postgres:16
        orders:
          build:
            context: .
            dockerfile: ./docker/Dockerfile-orders
          environment:
            ORDERS_PG_URL: postgres://app@orders-db:5432/orders
        billing:
          build:
            context: .
            dockerfile: ./docker/Dockerfile-billing
          environment:
            BILLING_PG_URL: postgres://app@billing-db:5432/billing
    `;
    const client = code`
      package postgres
      import "github.com/jackc/pgx/v5/pgxpool"
      func NewPostgresDB(url string) (*pgxpool.Pool, error) { return pgxpool.New(context.Background(), url) }`;
    const app = (name: string) => code`
      package app
      import ("os"; "shop/pkg/postgres")
      func Run() { db, _ := postgres.NewPostgresDB(os.Getenv("VARIABLE")) }`.replace('VARIABLE', `${name.toUpperCase()}_PG_URL`);
    const main = code`
      package main
      import "shop/internal/x/app"
      func main() { app.Run() }`;
    const facts = [
      ...(await read(dockerCompose, 'docker-compose.yml', compose)),
      ...(await read(projectMarkers, 'go.mod', 'module shop\n\ngo 1.22\n')),
      ...(await readSnippetWithNames(goCodeSource, 'pkg/postgres/postgres.go', client)),
      ...(await readSnippetWithNames(goCodeSource, 'internal/orders/app/app.go', app('orders'))),
      ...(await readSnippetWithNames(goCodeSource, 'internal/billing/app/app.go', app('billing'))),
      ...(await readSnippetWithNames(goCodeSource, 'cmd/orders/main.go', main.replace('internal/x', 'internal/orders'))),
      ...(await readSnippetWithNames(goCodeSource, 'cmd/billing/main.go', main.replace('internal/x', 'internal/billing'))),
    ];
    expect(resolveFacts(facts).integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism})`).sort()).toEqual(['billing -> billing-db (database)', 'orders -> orders-db (database)']);
  });
});

describe('one Go module run as several services: code by import path, and by the case each service starts', () => {
  const app = (what: string) => code`
    package app
    import ("context"; "os"; WHAT)
    type App struct{}
    func New() *App { return &App{} }
    func (a *App) Run(ctx context.Context) error { CALL }`
    .replace('WHAT', what === 'pg' ? '"github.com/jackc/pgx/v5/pgxpool"' : what === 'amqp' ? 'amqp "github.com/rabbitmq/amqp091-go"' : '"net/http"')
    .replace('CALL', what === 'pg' ? 'pool, _ := pgxpool.New(ctx, os.Getenv("DATABASE_URL")); return pool.Ping(ctx)' : what === 'amqp' ? 'conn, _ := amqp.Dial(os.Getenv("AMQP_URL")); ch, _ := conn.Channel(); return ch.PublishWithContext(ctx, "brew", "ready", false, false, amqp.Publishing{})' : '_, err := http.Get("https://api.beanbroker.io/v1/lots"); return err');
  const main = (pkg: string) => code`
    package main
    import ("context"; "github.com/acme/cafe/internal/PKG/app")
    func main() { app.New().Run(context.Background()) }`.replace('PKG', pkg);
  const edges = (facts: Fact[]) => resolveFacts(facts).integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism})`).sort();

  it('a command reaches its own `app` package, not another service\'s or one nothing imports', async () => {
    const compose = code`
      services:
        postgres:
          image: postgres:16
        rabbitmq:
          image: rabbitmq:3.13
        counter:
          build: .
          entrypoint: ["/bin/counter"]
          environment: { DATABASE_URL: "postgres://app@postgres:5432/cafe", AMQP_URL: "amqp://rabbitmq:5672" }
        barista:
          build: .
          entrypoint: ["/bin/barista"]
          environment: { DATABASE_URL: "postgres://app@postgres:5432/cafe", AMQP_URL: "amqp://rabbitmq:5672" }
    `;
    const facts = [
      ...(await read(dockerCompose, 'docker-compose.yml', compose)),
      ...(await read(projectMarkers, 'go.mod', 'module github.com/acme/cafe\n\ngo 1.22\n')),
      ...(await readSnippetWithNames(goCodeSource, 'internal/counter/app/app.go', app('pg'))),
      ...(await readSnippetWithNames(goCodeSource, 'internal/barista/app/app.go', app('amqp'))),
      ...(await readSnippetWithNames(goCodeSource, 'internal/roaster/app/app.go', app('http'))),
      ...(await readSnippetWithNames(goCodeSource, 'cmd/counter/main.go', main('counter'))),
      ...(await readSnippetWithNames(goCodeSource, 'cmd/barista/main.go', main('barista'))),
    ];
    expect(edges(facts)).toEqual(['barista -> rabbitmq (messaging)', 'counter -> postgres (database)']);
    // Without the module's path the packages are told apart by name only: all three `app`s are one.
    const unknown = facts.map((fact) => (fact.type === 'component' && fact.modulePath !== undefined ? { ...fact, modulePath: undefined } : fact));
    expect(edges(unknown)).toContain('counter -> rabbitmq (messaging)');
  });

  const worker = code`
    package main
    import (
      "context"
      "flag"
      "os"
      "github.com/acme/cafe/internal/billing"
      "github.com/acme/cafe/internal/orders"
      "github.com/acme/cafe/internal/reconcile"
    )
    var service = flag.String("service", os.Getenv("SERVICE_NAME"), "the service to run")
    func main() {
      flag.Parse()
      ctx := context.Background()
      switch *service {
      case "orders":
        orders.Run(ctx)
      case "billing":
        billing.Run(ctx)
      case "reconcile":
        reconcile.Run(ctx)
      }
    }`;
  const run = (pkg: string, call: string, imports: string) => code`
    package PKG
    import ("context"; "os"; IMPORTS)
    func Run(ctx context.Context) error { CALL }`.replace('PKG', pkg).replace('IMPORTS', imports).replace('CALL', call);
  const packages = async (commands: [string, string][] = [['cmd/worker/main.go', worker]]) => [
    ...(await read(projectMarkers, 'go.mod', 'module github.com/acme/cafe\n\ngo 1.22\n')),
    ...(await Promise.all(commands.map(([path, text]) => readSnippetWithNames(goCodeSource, path, text)))).flat(),
    ...(await readSnippetWithNames(goCodeSource, 'internal/orders/orders.go', run('orders', 'conn, _ := amqp.Dial(os.Getenv("AMQP_URL")); ch, _ := conn.Channel(); _, err := ch.Consume("orders", "", false, false, false, false, nil); return err', 'amqp "github.com/rabbitmq/amqp091-go"'))),
    ...(await readSnippetWithNames(goCodeSource, 'internal/billing/billing.go', run('billing', 'pool, _ := pgxpool.New(ctx, os.Getenv("DATABASE_URL")); return pool.Ping(ctx)', '"github.com/jackc/pgx/v5/pgxpool"'))),
    ...(await readSnippetWithNames(goCodeSource, 'internal/reconcile/reconcile.go', run('reconcile', '_ = os.Args; _, err := http.Get("https://ledger.bankbridge.io/v2"); return err', '"net/http"'))),
  ];

  it('one dispatching binary built once by compose: each service runs the case its --service or SERVICE_NAME starts', async () => {
    const compose = code`
      services:
        postgres:
          image: postgres:16
        rabbitmq:
          image: rabbitmq:3.13
        orders:
          build: .
          command: ["--service=orders"]
          environment: { DATABASE_URL: "postgres://app@postgres:5432/cafe", AMQP_URL: "amqp://rabbitmq:5672" }
        billing:
          build: .
          environment: { SERVICE_NAME: billing, DATABASE_URL: "postgres://app@postgres:5432/cafe", AMQP_URL: "amqp://rabbitmq:5672" }
    `;
    const facts = [...(await read(dockerCompose, 'docker-compose.yml', compose)), ...(await packages())];
    expect(edges(facts)).toEqual(['billing -> postgres (database)', 'rabbitmq -> orders (messaging)']);
  });

  it('of several commands of the module, each service runs the one its entrypoint names', async () => {
    const migrate = code`
      package main
      import ("context"; "net/http")
      func main() { _, _ = http.Get("https://schema.bankbridge.io/v1/migrations"); _ = context.Background() }`;
    const compose = (entrypoint: string) => code`
      services:
        postgres:
          image: postgres:16
        rabbitmq:
          image: rabbitmq:3.13
        orders:
          build: .
          ENTRYPOINT
          command: ["--service=orders"]
          environment: { DATABASE_URL: "postgres://app@postgres:5432/cafe", AMQP_URL: "amqp://rabbitmq:5672" }
        billing:
          build: .
          ENTRYPOINT
          environment: { SERVICE_NAME: billing, DATABASE_URL: "postgres://app@postgres:5432/cafe", AMQP_URL: "amqp://rabbitmq:5672" }
    `.replaceAll('ENTRYPOINT', entrypoint);
    const commands: [string, string][] = [['cmd/worker/main.go', worker], ['cmd/migrate/main.go', migrate]];
    const named = [...(await read(dockerCompose, 'docker-compose.yml', compose('entrypoint: ["/usr/local/bin/worker"]'))), ...(await packages(commands))];
    expect(edges(named)).toEqual(['billing -> postgres (database)', 'rabbitmq -> orders (messaging)']);
    // Naming neither, a service runs none of them (which one cannot be told): only what its own
    // environment says of code nobody reaches is left, as for any library, and migrate's call is nobody's.
    const unnamed = [...(await read(dockerCompose, 'docker-compose.yml', compose('working_dir: /app'))), ...(await packages(commands))];
    expect(edges(unnamed).filter((edge) => edge.includes('bankbridge'))).toEqual([]);
    expect(edges(unnamed)).toContain('orders -> postgres (database)');
  });

  it('the same binary run by Kubernetes Deployments, each with its own args', async () => {
    const deployment = (name: string) => code`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: NAME }
      spec:
        selector: { matchLabels: { app: NAME } }
        template:
          metadata: { labels: { app: NAME } }
          spec:
            containers:
              - name: NAME
                image: ghcr.io/acme/cafe:1.0
                args: ["--service", "NAME"]
                env:
                  - { name: DATABASE_URL, value: "postgres://app@postgres:5432/cafe" }
                  - { name: AMQP_URL, value: "amqp://rabbitmq:5672" }
    `.replaceAll('NAME', name);
    const compose = code`
      services:
        postgres:
          image: postgres:16
        rabbitmq:
          image: rabbitmq:3.13
        orders:
          build: .
        billing:
          build: .
    `;
    const facts = [
      ...(await read(dockerCompose, 'docker-compose.yml', compose)),
      ...(await read(kubernetesManifestsSource, 'deploy/orders.yaml', deployment('orders'))),
      ...(await read(kubernetesManifestsSource, 'deploy/billing.yaml', deployment('billing'))),
      ...(await packages()),
    ];
    expect(edges(facts)).toEqual(['billing -> postgres (database)', 'rabbitmq -> orders (messaging)']);
  });

  const IMPORTS = `
      "github.com/acme/cafe/internal/billing"
      "github.com/acme/cafe/internal/orders"
      "github.com/acme/cafe/internal/reconcile"`;
  const cobraRoot = code`
    package cmd
    import "github.com/spf13/cobra"
    var rootCmd = &cobra.Command{Use: "cafe", Short: "the cafe's services", RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() }}
    func Execute() error { return rootCmd.Execute() }`;
  const cobraServices = code`
    package cmd
    import (
      "github.com/spf13/cobra"
      IMPORTS
    )
    var ordersCmd = &cobra.Command{
      Use:   "orders",
      Short: "take the orders",
      RunE: func(cmd *cobra.Command, args []string) error { return orders.Run(cmd.Context()) },
    }
    func init() {
      rootCmd.AddCommand(ordersCmd)
      rootCmd.AddCommand(&cobra.Command{Use: "billing [flags]", RunE: func(cmd *cobra.Command, args []string) error { return billing.Run(cmd.Context()) }})
      rootCmd.AddCommand(&cobra.Command{Use: "reconcile", RunE: func(cmd *cobra.Command, args []string) error { return reconcile.Run(cmd.Context()) }})
    }`.replace('IMPORTS', IMPORTS.trim());
  const cobraMain = code`
    package main
    import "github.com/acme/cafe/cmd"
    func main() { _ = cmd.Execute() }`;
  const urfave = code`
    package main
    import (
      "os"
      "github.com/urfave/cli/v2"
      IMPORTS
    )
    func main() {
      app := &cli.App{
        Name: "cafe",
        Commands: []*cli.Command{
          {Name: "orders", Action: func(c *cli.Context) error { return orders.Run(c.Context) }},
          {Name: "billing", Action: func(c *cli.Context) error { return billing.Run(c.Context) }},
          {Name: "reconcile", Action: func(c *cli.Context) error { return reconcile.Run(c.Context) }},
        },
      }
      _ = app.Run(os.Args)
    }`.replace('IMPORTS', IMPORTS.trim());
  const subcommandCompose = code`
    services:
      postgres:
        image: postgres:16
      rabbitmq:
        image: rabbitmq:3.13
      orders:
        build: .
        image: acme/cafe:1.0
        command: ["orders"]
        environment: { DATABASE_URL: "postgres://app@postgres:5432/cafe", AMQP_URL: "amqp://rabbitmq:5672" }
      billing:
        image: acme/cafe:1.0
        entrypoint: ["/usr/local/bin/cafe"]
        command: billing --port 8080
        environment: { DATABASE_URL: "postgres://app@postgres:5432/cafe", AMQP_URL: "amqp://rabbitmq:5672" }
  `;

  it.each<[string, [string, string][]]>([
    ['cobra subcommands added in an init, one by its variable, two inline', [['main.go', cobraMain], ['cmd/root.go', cobraRoot], ['cmd/services.go', cobraServices]]],
    ['urfave/cli commands in a slice', [['main.go', urfave]]],
  ])('one binary whose %s are started by each service\'s command line', async (_name, commands) => {
    const facts = [...(await read(dockerCompose, 'docker-compose.yml', subcommandCompose)), ...(await packages(commands))];
    expect(edges(facts)).toEqual(['billing -> postgres (database)', 'rabbitmq -> orders (messaging)']);
  });
});
