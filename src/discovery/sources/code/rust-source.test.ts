import { describe, expect, it, vi } from 'vitest';
import type { SourceFile } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { INFERRED, bindingsOf, code, grpc, http, message, readSnippet, store, summarise, type FactSummary } from './code-test-support.js';
import { forTests } from './rust-reader.js';
import { mayMatch } from './prefilter.js';
import { RUST_TABLE } from './rust-signatures.js';
import { rustCodeSource } from './rust-source.js';

const cases: { name: string; path: string; text: string; facts: FactSummary[] }[] = [
  {
    name: 'reqwest: free functions, a constructed client, format! with positional and inline captures, an env default',
    path: 'storefront/src/main.rs',
    text: code`
      use std::env;
      use reqwest::Client;
      async fn run() -> anyhow::Result<()> {
          let host = env::var("INVENTORY_HOST").unwrap_or_else(|_| "inventory".into());
          let base = format!("http://{}:{}", host, 8080);
          let client = Client::new();
          client.get(format!("{base}/items")).send().await?;
          reqwest::get("http://pricing:9000/prices").await?;
          reqwest::Client::builder().build()?.post(format!("http://{host}:7070/carts", host = "cart")).send().await?;
          Ok(())
      }`,
    facts: [http(7, { key: 'INVENTORY_HOST' }), http(8, { host: 'pricing', port: 9000, url: 'http://pricing:9000/prices' }), http(9, { host: 'cart', port: 7070, url: 'http://cart:7070/carts' })],
  },
  {
    name: 'reqwest on a typed field, surf, ureq, hyper request builders; a commented-out call is nothing',
    path: 'gateway/src/clients.rs',
    text: code`
      use hyper::{Body, Request};
      pub struct Clients { http: reqwest::Client, billing_url: String }
      impl Clients {
          async fn bill(&self) {
              self.http.post(format!("{}/invoices", self.billing_url)).send().await;
              surf::get("https://weather.example.com/today").await;
              ureq::post("http://audit:8000/events").send_json(body);
              Request::builder().method("POST").uri("http://notifier:3000/notify").body(Body::empty());
              // reqwest::get("http://legacy:8080/x").await;
          }
      }`,
    facts: [
      http(5, { key: 'code:billing_url' }),
      http(6, { host: 'weather.example.com', url: 'https://weather.example.com/today' }),
      http(7, { host: 'audit', port: 8000, url: 'http://audit:8000/events' }),
      http(8, { host: 'notifier', port: 3000, url: 'http://notifier:3000/notify' }),
    ],
  },
  {
    name: 'tonic: a generated client connecting to an env address, a channel feeding a stub, a server offering a service',
    path: 'checkout/src/main.rs',
    text: code`
      use payments::payment_service_client::PaymentServiceClient;
      use shipping::shipping_client::ShippingClient;
      use tonic::transport::{Channel, Server};
      async fn main() -> Result<(), Box<dyn std::error::Error>> {
          let mut payments = PaymentServiceClient::connect(std::env::var("PAYMENT_ADDR")?).await?;
          let channel = Channel::from_static("http://shipping:50052").connect().await?;
          let shipping = ShippingClient::new(channel);
          Server::builder()
              .add_service(CheckoutServiceServer::new(svc))
              .add_service(HealthServer::new(health))
              .serve(addr).await?;
          Ok(())
      }`,
    facts: [grpc(5, 'PaymentService', { key: 'PAYMENT_ADDR' }), grpc(7, 'Shipping', { host: 'shipping', port: 50052, url: 'http://shipping:50052' }), { provides: 'CheckoutService', protocol: 'grpc', names: ['CheckoutService'], line: 9 }],
  },
  {
    name: 'sqlx pools, diesel, tokio-postgres key-value conninfo with its password masked',
    path: 'ledger/src/db.rs',
    text: code`
      use sqlx::postgres::PgPoolOptions;
      use sqlx::MySqlPool;
      use diesel::prelude::*;
      async fn open(cfg: &Config) {
          let pool = PgPoolOptions::new().max_connections(5).connect(&std::env::var("DATABASE_URL").unwrap()).await?;
          let legacy = MySqlPool::connect("mysql://app@legacy-db:3306/shop").await?;
          let conn = PgConnection::establish(&cfg.reports_url).unwrap();
          let (client, connection) = tokio_postgres::connect("host=ledger-db user=ledger password=CanaryPg-19 dbname=ledger", NoTls).await?;
      }`,
    facts: [
      store('database', 'PostgreSQL', { key: 'DATABASE_URL' }, 5),
      store('database', 'MySQL', { host: 'legacy-db', port: 3306, url: 'mysql://app@legacy-db:3306/shop' }, 6),
      // `config.reports_url` of a settings-like type: its settings-file key first (none binds it here), then the field another file sets.
      store('database', 'PostgreSQL', { key: 'env-chain:code:RustSettings.Config.reports_url|code:reports_url' }, 7),
      store('database', 'PostgreSQL', { host: 'ledger-db', url: 'host=ledger-db user=ledger password=*** dbname=ledger' }, 8),
    ],
  },
  {
    name: 'redis, mongodb, deadpool-redis, elasticsearch',
    path: 'catalog/src/store.rs',
    text: code`
      use mongodb::{Client, options::ClientOptions};
      async fn open() {
          let cache = redis::Client::open("redis://cache:6379/0")?;
          let options = ClientOptions::parse(std::env::var("MONGO_URI").unwrap()).await?;
          let mongo = Client::with_options(options)?;
          let pool = deadpool_redis::Config::from_url(env::var("SESSIONS_REDIS").unwrap()).create_pool(None)?;
          let transport = elasticsearch::http::transport::Transport::single_node("http://search:9200")?;
      }`,
    facts: [
      store('database', 'Redis', { host: 'cache', port: 6379, url: 'redis://cache:6379/0' }, 3),
      store('database', 'MongoDB', { key: 'MONGO_URI' }, 5),
      store('database', 'Redis', { key: 'SESSIONS_REDIS' }, 6),
      store('database', 'Elasticsearch', { host: 'search', port: 9200, url: 'http://search:9200' }, 7),
    ],
  },
  {
    name: 'rdkafka: bootstrap servers lent to a FutureRecord producer and a StreamConsumer',
    path: 'orders/src/events.rs',
    text: code`
      use rdkafka::config::ClientConfig;
      use rdkafka::consumer::{Consumer, StreamConsumer};
      use rdkafka::producer::{FutureProducer, FutureRecord};
      const TOPIC: &str = "orders.created";
      async fn run(brokers: &str) {
          let producer: FutureProducer = ClientConfig::new()
              .set("bootstrap.servers", &std::env::var("KAFKA_BROKERS").expect("brokers"))
              .set("message.timeout.ms", "5000")
              .create()?;
          producer.send(FutureRecord::to(TOPIC).payload("x").key("k"), Duration::from_secs(0)).await;
          let consumer: StreamConsumer = ClientConfig::new().set("group.id", "orders").create()?;
          consumer.subscribe(&["payments.settled", "payments.refunded"])?;
      }`,
    facts: [
      message('produces', 'Kafka', 'orders.created', { key: 'KAFKA_BROKERS' }, 10),
      message('consumes', 'Kafka', 'payments.settled', { key: 'KAFKA_BROKERS' }, 12),
      message('consumes', 'Kafka', 'payments.refunded', { key: 'KAFKA_BROKERS' }, 12),
    ],
  },
  {
    name: 'lapin: the connection address from clap (env, default), publish to an exchange and to the default exchange, consume a declared queue',
    path: 'shipping/src/main.rs',
    text: code`
      use clap::Parser;
      use lapin::{options::*, types::FieldTable, BasicProperties, Connection, ConnectionProperties};
      #[derive(Parser)]
      struct Args {
          #[arg(long, env = "AMQP_ADDR", default_value = "amqp://guest:guest@rabbitmq:5672/%2f")]
          amqp_addr: String,
      }
      async fn run(args: Args) {
          let conn = Connection::connect(&args.amqp_addr, ConnectionProperties::default()).await?;
          let channel = conn.create_channel().await?;
          let queue = channel.queue_declare("shipments", QueueDeclareOptions::default(), FieldTable::default()).await?;
          channel.basic_publish("orders", "order.shipped", BasicPublishOptions::default(), &payload, BasicProperties::default()).await?;
          channel.basic_publish("", "labels", BasicPublishOptions::default(), &payload, BasicProperties::default()).await?;
          channel.basic_consume(queue.name().as_str(), "shipping", BasicConsumeOptions::default(), FieldTable::default()).await?;
      }`,
    facts: [
      message('produces', 'RabbitMQ', 'orders', { key: 'env-chain:AMQP_ADDR|code:RustSettings.Args.amqp_addr|code:amqp_addr' }, 12),
      message('produces', 'RabbitMQ', 'labels', { key: 'env-chain:AMQP_ADDR|code:RustSettings.Args.amqp_addr|code:amqp_addr' }, 13),
      message('consumes', 'RabbitMQ', 'shipments', { key: 'env-chain:AMQP_ADDR|code:RustSettings.Args.amqp_addr|code:amqp_addr' }, 14),
    ],
  },
  {
    name: 'async-nats and rumqttc',
    path: 'telemetry-bridge/src/main.rs',
    text: code`
      use rumqttc::{AsyncClient, MqttOptions, QoS};
      async fn nats() {
          let nc = async_nats::connect(std::env::var("NATS_URL").unwrap_or_else(|_| "nats://nats:4222".to_string())).await?;
          nc.publish("audit.events", "x".into()).await?;
          let mut sub = nc.subscribe("audit.commands").await?;
      }
      async fn mqtt() {
          let options = MqttOptions::new("bridge", "mosquitto", 1883);
          let (client, eventloop) = AsyncClient::new(options, 10);
          client.subscribe("sensors/temperature", QoS::AtMostOnce).await?;
      }`,
    facts: [
      message('produces', 'NATS', 'audit.events', { key: 'NATS_URL' }, 4),
      message('consumes', 'NATS', 'audit.commands', { key: 'NATS_URL' }, 5),
      message('consumes', 'MQTT', 'sensors/temperature', { host: 'mosquitto', port: 1883 }, 10),
    ],
  },
  {
    name: 'aws-sdk-sqs and aws-sdk-s3 fluent operations',
    path: 'exporter/src/main.rs',
    text: code`
      use aws_sdk_s3 as s3;
      use aws_sdk_sqs as sqs;
      async fn run(sqs_client: sqs::Client, s3_client: s3::Client) {
          sqs_client.send_message().queue_url("https://sqs.eu-west-1.amazonaws.com/1234/export-requests").message_body("x").send().await?;
          sqs_client.receive_message().queue_url(std::env::var("RESULTS_QUEUE_URL")?).send().await?;
          s3_client.put_object().bucket("exports").key("a.csv").body(body).send().await?;
      }`,
    facts: [
      message('produces', 'Amazon SQS', 'export-requests', { host: 'sqs.eu-west-1.amazonaws.com', url: 'https://sqs.eu-west-1.amazonaws.com/1234/export-requests' }, 4),
      { ...message('consumes', 'Amazon SQS', undefined, { key: 'RESULTS_QUEUE_URL' }, 5) },
      { role: 'uses', mechanism: 'file-transfer', technology: 'Amazon S3', channel: 'exports', target: {}, targetKind: 'file-store', line: 6, confidence: 0.9 },
    ],
  },
  {
    name: 'fred: a Redis pool from a URL, key commands as data use, stream xadd produces and xread/xreadgroup consume through the store',
    path: 'crates/redis_interface/src/commands.rs',
    text: code`
      use fred::prelude::*;
      async fn run(pool: &RedisPool, stream: &str) -> Result<(), RedisError> {
          let config = RedisConfig::from_url("redis://redis-standalone:6379")?;
          pool.set("intent", "created", None, None, false).await?;
          pool.xadd("DRAINER_STREAM", false, None::<XCap>, "*", vec![("op", "insert")]).await?;
          pool.xreadgroup_map("group", "consumer-1", Some(10), None, false, stream, ">").await?;
          pool.xread_map(Some(10), None, stream, "0-0").await?;
          Ok(())
      }`,
    facts: [
      store('database', 'Redis', { host: 'redis-standalone', port: 6379, url: 'redis://redis-standalone:6379' }, 3),
      { ...store('database', 'Redis', {}, 4), confidence: INFERRED },
      { role: 'produces', mechanism: 'messaging', technology: 'Redis', channel: 'DRAINER_STREAM', target: {}, targetKind: 'database', line: 5, confidence: 0.9 },
      { role: 'consumes', mechanism: 'messaging', technology: 'Redis', target: {}, targetKind: 'database', line: 6, confidence: INFERRED },
      { role: 'consumes', mechanism: 'messaging', technology: 'Redis', target: {}, targetKind: 'database', line: 7, confidence: INFERRED },
    ],
  },
  {
    name: 'Amazon SES through aws-sdk-sesv2; a typed settings section read in format! is its settings key, whatever the type is named',
    path: 'crates/router/src/connector/stripe.rs',
    text: code`
      use aws_sdk_sesv2::Client;
      use crate::configs::settings::Connectors;
      async fn confirm(connectors: &Connectors, shared: &aws_config::SdkConfig) {
          let ses = Client::new(shared);
          reqwest::Client::new().post(format!("{}v1/confirm", connectors.stripe.base_url)).send().await;
      }`,
    facts: [
      { role: 'calls', mechanism: 'email', technology: 'Amazon SES', target: {}, targetKind: 'saas', line: 4, confidence: INFERRED },
      http(5, { key: 'env-chain:code:RustSettings.Connectors.stripe.base_url|code:base_url' }, { confidence: 0.9 }),
    ],
  },
];

describe('Rust code source', () => {
  it.each(cases)('$name', async ({ path, text, facts }) => {
    expect(summarise(await readSnippet(rustCodeSource, path, text))).toEqual(facts);
  });

  it('shares a config struct filled from the environment with the files that read its fields', async () => {
    const text = code`
      use std::env;
      pub struct Config { pub database_url: String, pub billing_url: String }
      impl Config {
          pub fn from_env() -> Self {
              Config {
                  database_url: env::var("DATABASE_URL").expect("DATABASE_URL"),
                  billing_url: env::var("BILLING_URL").unwrap_or_else(|_| "http://billing:8080".into()),
              }
          }
      }`;
    const facts = await readSnippet(rustCodeSource, 'orders/src/config.rs', text);
    expect(summarise(facts)).toEqual([]);
    expect(bindingsOf(facts)).toEqual({ 'code:database_url': '$ref:DATABASE_URL', 'code:billing_url': '$ref:BILLING_URL', BILLING_URL: 'http://billing:8080' });
  });

  it('reads envy-deserialised settings as env vars with their prefix', async () => {
    const text = code`
      #[derive(serde::Deserialize)]
      struct Settings { orders_url: String }
      fn settings() -> Settings { envy::prefixed("SHOP_").from_env::<Settings>().unwrap() }
      async fn f(s: &Settings) { reqwest::get(&s.orders_url).await; }`;
    expect(summarise(await readSnippet(rustCodeSource, 'shop/src/main.rs', text))).toEqual([http(4, { key: 'env-chain:SHOP_ORDERS_URL|code:RustSettings.Settings.orders_url|code:orders_url' })]);
  });

  it('reports a client whose address is not known as inferred', async () => {
    const text = 'use redis::Client;\nfn f(url: String) { let c = Client::open(url); }\n';
    expect(summarise(await readSnippet(rustCodeSource, 'src/main.rs', text))).toEqual([{ ...store('database', 'Redis', {}, 2), confidence: INFERRED }]);
  });

  it('applies a user rule to Rust', async () => {
    const text = 'use acme_bus::Bus;\nfn f(bus: Bus) { bus.emit("invoices.paid", body); }\n';
    const facts = await readSnippet(rustCodeSource, 'src/main.rs', text, [{ id: 'acme-bus', language: 'rust', call: '*.emit', role: 'produces', mechanism: 'messaging', broker: 'acme-bus' }]);
    expect(summarise(facts)).toEqual([{ role: 'produces', mechanism: 'messaging', technology: 'rule:acme-bus', channel: 'invoices.paid', target: { component: 'acme-bus' }, targetKind: 'message-broker', line: 2, confidence: 0.9 }]);
  });

  it('does not parse a file without trigger words or items another crate may name', async () => {
    const file: SourceFile = { path: 'src/maths.rs', text: 'fn add(a: i32, b: i32) -> i32 { a + b }\n' };
    const parse = vi.fn();
    expect(await rustCodeSource.read(file, { evidenceAt: evidenceFor(file), parse, rules: [] })).toEqual([]);
    expect(parse).not.toHaveBeenCalled();
  });

  it('reads malformed code without throwing', async () => {
    await expect(readSnippet(rustCodeSource, 'src/broken.rs', 'fn f( { reqwest::get("http://a:1/"\n')).resolves.toBeInstanceOf(Array);
  });

  it.each([
    ['"http://a"', 'http://a'],
    ['r"raw\\n"', 'raw\\n'],
    ['r#"say "hi""#', 'say "hi"'],
    ['"tab\\tend"', 'tab\tend'],
  ])('reads the string literal %s', (literal, text) => {
    expect(forTests.stringText({ text: literal } as never)).toBe(text);
  });

  it.each([
    ['pb.order_service_client.OrderServiceClient', true],
    ['pb.inventory_server.InventoryServer', true],
    ['reqwest.Client', false],
    ['http_client.Client', false],
  ])('knows %s as a generated tonic module: %s', (path, generated) => {
    expect(forTests.generatedTonicModule(path)).toBe(generated);
  });

  it.each([
    ['use reqwest::Client;', true],
    ['let url = std::env::var("ORDERS_URL")?;', true],
    ['let url = env::var_os("ORDERS_URL");', true],
    ['use crate::pb::cart_service_client::CartServiceClient;', true],
    ['let pool = sqlx::PgPool::connect(&url).await?;', true],
    ['use rdkafka::producer::FutureProducer;', true],
    ['#[arg(long, env = "REDIS_URL")]', true],
    ['const BASE: &str = "http://orders:8080";', true],
    ['pub fn add(a: i32, b: i32) -> i32 { a + b }', false],
    ['let hyperlink = environment.lookup("x");', false],
    ['struct PostgresqlVersion(u32);', false],
  ])('prefilters %j: %s', (text, parsed) => {
    expect(mayMatch(text, RUST_TABLE.triggers, [])).toBe(parsed);
  });
});
