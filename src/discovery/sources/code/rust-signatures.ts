/**
 * The clients Rust services talk to the world through. Rust names a crate in the path of most
 * calls (`reqwest::get`, `redis::Client::open`, `tokio_postgres::connect`) and builds clients with
 * associated functions and method chains (`PgPoolOptions::new().max_connections(5).connect(&url)`,
 * `ClientConfig::new().set("bootstrap.servers", …).create()`), so patterns name the type and the
 * method and `imports` (a `use` or a path naming the crate) says which crate's `Client` it is.
 */
import type { CallSite, FamilyTable, Signature, SiteTools } from './code-model.js';
import { triggerPattern } from './prefilter.js';
import { between, calls, consumes, endpoint, produces, provides, uses, vendor } from './signature-builders.js';

const HTTP_CLIENTS = ['reqwest', 'hyper', 'hyper_util', 'awc', 'surf', 'ureq', 'isahc'];
const TONIC = ['tonic'];
const SQLX = ['sqlx'];
const DIESEL = ['diesel', 'diesel_async', 'r2d2', 'deadpool_diesel'];
const RDKAFKA = ['rdkafka'];
const LAPIN = ['lapin', 'deadpool_lapin'];
const NATS = ['async_nats', 'nats'];
const MQTT = ['rumqttc', 'paho_mqtt'];
const FRED = ['fred'];
/** Redis commands reading or writing a key's data (ConnectionFact.dataAccess): a use of Redis as a store besides any stream. */
const REDIS_DATA_COMMANDS = ['get', 'set', 'set_ex', 'set_nx', 'mget', 'mset', 'del', 'incr', 'incr_by', 'decr', 'expire', 'exists', 'hget', 'hset', 'hgetall', 'hdel', 'hincrby', 'hset_nx', 'getdel', 'sadd', 'srem', 'smembers', 'zadd', 'zrem', 'zrange', 'lpush', 'rpush', 'lrange'];
/** How a typed NATS client or JetStream context reads; an MQTT `AsyncClient` in the same file does not. */
const NATS_TYPE = /nats|jetstream|^Client$|Context$/i;
const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'];
/** lettre's SMTP transports, blocking and async. */
const LETTRE_TRANSPORTS = ['SmtpTransport', 'AsyncSmtpTransport'];

/** Generic client type names that are no generated tonic stub (`HttpClient::new`, `AsyncClient::new`). */
const NOT_STUBS = new Set(['', 'Http', 'Async', 'Sync', 'Base', 'Api', 'Web', 'Redis', 'Mongo', 'Kafka', 'Nats', 'Mqtt', 'Grpc', 'Tcp', 'Ws', 'Hyper', 'Reqwest', 'Elasticsearch', 'S3', 'Sqs', 'Sns']);

/** The service a tonic stub type names (`OrderServiceClient::connect` → `OrderService`). */
function stubService(site: CallSite): string | undefined {
  const segments = site.callee.split('.');
  const service = between(segments[segments.length - 2] ?? '', '', 'Client');
  return service !== undefined && !NOT_STUBS.has(service) && /^[A-Z]/.test(service) ? service : undefined;
}

/** The service a tonic server type names (`OrderServiceServer::new(svc)` → `OrderService`). */
function serverService(site: CallSite): string | undefined {
  const segments = site.callee.split('.');
  const service = between(segments[segments.length - 2] ?? '', '', 'Server');
  return service !== undefined && !NOT_STUBS.has(service) && /^[A-Z]/.test(service) ? service : undefined;
}

/** The database a sqlx or diesel type names: `PgPool`, `MySqlConnection`, `Pool::<Postgres>`, `ConnectionManager::<PgConnection>`. */
function sqlTechnology(site: CallSite, tools: SiteTools): string | undefined {
  const text = `${site.callee} ${site.typeArgs.join(' ')} ${tools.text(site.node).slice(0, 200)}`;
  if (/Pg|Postgres/.test(text)) return 'PostgreSQL';
  if (/MySql|Mysql/.test(text)) return 'MySQL';
  if (/Sqlite/.test(text)) return 'SQLite';
  if (/Mssql/.test(text)) return 'SQL Server';
  return undefined;
}

/** A sqlx pool or connection opened on a URL: the callee names a pool, connection or options type of sqlx. */
const SQLX_OPENER = /(?:^|\.)(?:Pg|MySql|Sqlite|Mssql|Any)?(?:Pool|Connection|PoolOptions)(?:\.|$)/;

/** An AWS SDK fluent call: `client.send_message().queue_url(u).send()` ends in `send` after the operation. */
function awsOperation(operations: Record<string, 'produces' | 'consumes' | 'uses'>): (site: CallSite, tools: SiteTools) => { role: 'produces' | 'consumes' | 'uses' } | false {
  return (_site, tools) => {
    const chain = tools.chain(_site);
    for (const name of chain) if (operations[name]) return { role: operations[name] };
    return false;
  };
}

/** The signatures of the Rust family, in the order they are tried. */
export const RUST_SIGNATURES: readonly Signature[] = [
  // HTTP: reqwest (and its blocking module), surf, ureq, isahc; methods of a constructed or typed client.
  calls('rest', ['reqwest.get', 'reqwest.blocking.get', 'surf.get', 'surf.post', 'surf.put', 'surf.delete', 'surf.patch', 'ureq.get', 'ureq.post', 'ureq.put', 'ureq.delete', 'ureq.patch', 'isahc.get', 'isahc.post', 'isahc.get_async', 'isahc.post_async'], { target: [0] }),
  calls('rest', HTTP_METHODS.flatMap((method) => [`Client.${method}`, `Client.new.${method}`, `Client.default.${method}`, `Client.builder.${method}`, `Agent.${method}`, `agent.${method}`, `ClientWithMiddleware.${method}`]), { imports: HTTP_CLIENTS, target: [0] }),
  calls('rest', ['Client.request', 'Client.new.request', 'ClientWithMiddleware.request'], { imports: HTTP_CLIENTS, target: [1] }),
  // hyper and http: `Request::builder().method(…).uri(url)`, `Request::get(url)`.
  calls('rest', ['*.uri'], { imports: ['hyper', 'http'], target: [0], refine: (site, tools) => (tools.chain(site).includes('builder') ? undefined : false) }),
  calls('rest', HTTP_METHODS.map((method) => `Request.${method}`), { imports: ['hyper', 'http'], target: [0] }),
  // gRPC (tonic): generated stubs `OrderServiceClient::connect(url)`, `::new(channel)`; channels; servers.
  calls('grpc', ['*Client.connect', '*Client.new', '*Client.with_interceptor', '*Client.with_origin'], { imports: TONIC, target: [0], service: stubService, refine: (site) => (stubService(site) ? undefined : false) }),
  calls('grpc', ['Channel.from_static', 'Channel.from_shared', 'Endpoint.from_static', 'Endpoint.from_shared', 'Endpoint.new', 'Endpoint.try_from', 'Channel.builder'], { imports: TONIC, target: [0] }),
  provides(['*Server.new', '*Server.with_interceptor', '*Server.from_arc'], serverService, { imports: TONIC }),
  // Kafka (rdkafka): the bootstrap servers of a `ClientConfig`, `FutureRecord::to(topic)`, `subscribe(&[topics])`.
  endpoint('messaging', 'Kafka', ['*.set'], {
    imports: RDKAFKA,
    target: [1],
    refine: (site, tools) => (site.args[0] && /^"(?:bootstrap\.servers|metadata\.broker\.list)"$/.test(tools.text(site.args[0])) ? undefined : false),
  }),
  produces('Kafka', ['FutureRecord.to', 'BaseRecord.to', 'BaseRecord.with_opaque_to'], { imports: RDKAFKA, channel: [0] }),
  consumes('Kafka', ['*.subscribe'], { imports: RDKAFKA, receiverType: /Consumer|^rdkafka/, channel: [0] }),
  // RabbitMQ (lapin): `Connection::connect(&addr, props)`, `basic_publish(exchange, routing_key, …)`, `basic_consume(queue, …)`.
  endpoint('messaging', 'RabbitMQ', ['Connection.connect', 'Connection.connect_uri', 'Connection.connect_with_config'], { imports: LAPIN, target: [0] }),
  endpoint('messaging', 'RabbitMQ', ['Manager.new'], { imports: ['deadpool_lapin'], target: [0] }),
  produces('RabbitMQ', ['*.basic_publish'], { imports: LAPIN, channel: [0, 1] }),
  consumes('RabbitMQ', ['*.basic_consume'], { imports: LAPIN, channel: [0] }),
  // NATS (async-nats, nats): `async_nats::connect(url)`, `ConnectOptions::new()….connect(url)`, publish and subscribe on subjects.
  endpoint('messaging', 'NATS', ['async_nats.connect', 'nats.connect', 'async_nats.connect_with_options'], { imports: NATS, target: [0] }),
  endpoint('messaging', 'NATS', ['*.connect'], { imports: NATS, target: [0], refine: (site) => (/ConnectOptions|Options\.with_/.test(site.callee) ? undefined : false) }),
  produces('NATS', ['*.publish', '*.publish_with_headers', '*.publish_with_reply', '*.request'], { imports: NATS, receiverType: NATS_TYPE, channel: [0] }),
  consumes('NATS', ['*.subscribe', '*.queue_subscribe'], { imports: NATS, receiverType: NATS_TYPE, channel: [0] }),
  // MQTT (rumqttc): `MqttOptions::new(id, host, port)`, `publish(topic, …)`, `subscribe(topic, qos)`.
  endpoint('messaging', 'MQTT', ['MqttOptions.new'], { imports: MQTT, target: [1], port: [2], bareHost: true }),
  produces('MQTT', ['*.publish', '*.try_publish'], { imports: MQTT, channel: [0] }),
  consumes('MQTT', ['*.subscribe', '*.try_subscribe'], { imports: MQTT, channel: [0] }),
  // AWS SDK: the fluent operation before `.send()`.
  produces('Amazon SQS', ['*.send'], { imports: ['aws_sdk_sqs'], target: ['queue_url'], channel: ['queue_url'], refine: awsOperation({ send_message: 'produces', send_message_batch: 'produces', receive_message: 'consumes' }) }),
  produces('Amazon SNS', ['*.send'], { imports: ['aws_sdk_sns'], target: ['topic_arn', 'target_arn'], channel: ['topic_arn', 'target_arn'], refine: awsOperation({ publish: 'produces', publish_batch: 'produces' }) }),
  uses('file-transfer', 'Amazon S3', ['*.send'], {
    imports: ['aws_sdk_s3'],
    channel: ['bucket'],
    refine: awsOperation({ put_object: 'uses', get_object: 'uses', delete_object: 'uses', list_objects_v2: 'uses', head_object: 'uses', copy_object: 'uses', create_multipart_upload: 'uses', upload_part: 'uses' }),
  }),
  // E-mail (lettre): `SmtpTransport::relay(host)`, `AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)`, `from_url(url)`.
  // Amazon SES (aws-sdk-ses, aws-sdk-sesv2): the client built from the shared AWS config, a vendor's HTTP API (saas-vendors.ts).
  vendor('Amazon SES', ['Client.new', 'Client.from_conf', 'aws_sdk_sesv2.Client.new', 'aws_sdk_ses.Client.new', 'aws_sdk_sesv2.Client.from_conf', 'aws_sdk_ses.Client.from_conf'], { imports: ['aws_sdk_sesv2', 'aws_sdk_ses'], refine: (site) => (/^(?:aws_sdk_sesv?2?\.)?Client\.(?:new|from_conf)$/.test(site.callee) ? undefined : false) }),
  uses('email', 'SMTP', LETTRE_TRANSPORTS.flatMap((type) => ['relay', 'starttls_relay', 'builder_dangerous', 'from_url'].flatMap((fn) => [`${type}.${fn}`, `lettre.${type}.${fn}`, `lettre.transport.smtp.${type}.${fn}`])), { imports: ['lettre'], target: [0], bareHost: true }),
  // Databases: sqlx, diesel, tokio-postgres/postgres, deadpool and bb8 pools, redis, mongodb, elasticsearch.
  uses('database', undefined, ['*.connect', '*.connect_lazy', '*.connect_with'], {
    imports: SQLX,
    target: [0],
    refine: (site, tools) => {
      if (!SQLX_OPENER.test(site.callee)) return false;
      const technology = sqlTechnology(site, tools);
      return technology ? { technology } : undefined;
    },
  }),
  uses('database', undefined, ['*Connection.establish', 'ConnectionManager.new', 'AsyncDieselConnectionManager.new'], {
    imports: DIESEL,
    target: [0],
    refine: (site, tools) => {
      const technology = sqlTechnology(site, tools);
      return technology ? { technology } : undefined;
    },
  }),
  uses('database', 'PostgreSQL', ['tokio_postgres.connect', 'postgres.Client.connect', 'Client.connect', 'PostgresConnectionManager.new_from_stringlike'], { imports: ['tokio_postgres', 'postgres', 'bb8_postgres'], target: [0] }),
  uses('database', 'PostgreSQL', ['*.create_pool'], { imports: ['deadpool_postgres'], target: ['url', 'host'] }),
  uses('database', 'Redis', ['redis.Client.open', 'Client.open', 'ClusterClient.new', 'ClusterClientBuilder.new', 'RedisConnectionManager.new'], { imports: ['redis', 'bb8_redis'], target: [0] }),
  uses('database', 'Redis', ['Config.from_url', 'deadpool_redis.Config.from_url'], { imports: ['deadpool_redis'], target: [0] }),
  // fred: `RedisConfig::from_url(url)`, a centralized server's host and port.
  uses('database', 'Redis', ['RedisConfig.from_url', 'RedisConfig.from_url_centralized', 'Config.from_url_centralized'], { imports: FRED, target: [0] }),
  uses('database', 'Redis', ['ServerConfig.new_centralized', 'Server.new'], { imports: FRED, target: [0], port: [1], bareHost: true }),
  // Redis streams as a queue (fred, redis-rs): `xadd` appends to the stream named first; a read
  // (`xread`, a consumer group's `xreadgroup`, fred's `_map` forms) consumes. Messaging through the
  // store (throughStore), as redis-py's, so a client made only for the stream is no database use.
  uses('database', 'Redis', REDIS_DATA_COMMANDS.map((name) => `*.${name}`), { imports: [...FRED, 'redis'], targetKind: 'database', refine: () => ({ dataAccess: true }) }),
  produces('Redis', ['*.xadd', '*.xadd_map', '*.xadd_options', '*.xadd_maxlen'], { imports: [...FRED, 'redis'], channel: [0], targetKind: 'database', refine: () => ({ throughStore: true }) }),
  consumes('Redis', ['*.xreadgroup', '*.xreadgroup_map', '*.xread', '*.xread_map', '*.xread_options'], { imports: [...FRED, 'redis'], targetKind: 'database', refine: () => ({ throughStore: true }) }),
  uses('database', 'MongoDB', ['Client.with_uri_str', 'Client.with_options', 'mongodb.Client.with_uri_str'], { imports: ['mongodb'], target: [0] }),
  uses('database', 'Elasticsearch', ['Transport.single_node', 'SingleNodeConnectionPool.new'], { imports: ['elasticsearch'], target: [0] }),
];

/** The Rust family's table. */
export const RUST_TABLE: FamilyTable = {
  signatures: RUST_SIGNATURES,
  // Crate names as written in `use` and paths, and std's env reads; not in comments (see prefilter.ts).
  triggers: triggerPattern({
    words: ['reqwest', 'hyper', 'awc', 'surf', 'ureq', 'isahc', 'tonic', 'sqlx', 'diesel', 'tokio_postgres', 'postgres', 'deadpool_postgres', 'deadpool_redis', 'deadpool_lapin', 'bb8_redis', 'bb8_postgres', 'redis', 'mongodb', 'elasticsearch', 'rdkafka', 'lapin', 'async_nats', 'nats', 'rumqttc', 'paho_mqtt', 'aws_sdk_sqs', 'aws_sdk_sns', 'aws_sdk_s3', 'aws_sdk_ses', 'aws_sdk_sesv2', 'fred', 'envy', 'dotenvy', 'dotenv', 'clap', 'structopt', 'lettre'],
    // A deserialised settings struct (`struct Settings`, `struct PictrsConfig`), whose fields other files read (rust-settings.ts).
    patterns: ['\\benv::var(?:_os)?\\b', '\\benv!\\(', '_client::', '_server::', '\\bstruct\\s+\\w*(?:Settings|Config|Configuration|Conf)\\b'],
  }),
  values: {
    env: [{ call: ['env.var', 'env.var_os', 'dotenvy.var', 'dotenv.var'] }],
    carriers: [
      { call: ['Some', 'String.from', 'Url.parse', 'Uri.from_static', 'Uri.try_from', 'Url.from_str', 'String.from_str'], arg: 0 },
      // tonic channels feeding a stub: the stub's fact names the service and the address.
      { call: ['Channel.from_static', 'Channel.from_shared', 'Endpoint.from_static', 'Endpoint.from_shared', 'Endpoint.new', 'Endpoint.try_from', 'Channel.builder'], arg: 0 },
      { call: ['ClientOptions.parse', 'ClientOptions.parse_async', 'PgConnectOptions.from_str', 'MySqlConnectOptions.from_str'], arg: 0 },
      // lapin: `let queue = channel.queue_declare("orders", …)` then `basic_consume(queue.name().as_str(), …)`.
      { call: ['*.queue_declare'], arg: 0 },
      { call: ['*.name'], arg: 'receiver' },
      { call: ['*.join'], arg: 'receiver' },
    ],
  },
};
