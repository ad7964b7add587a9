/**
 * The clients Python code talks to the world through. Module-level calls (`requests.get`) are
 * taken as they are; methods of client objects are taken through the object's constructor in the
 * file (`s = requests.Session()` makes `s.get` a `requests.Session.get`), or, for names common to
 * many libraries, only in files importing the library.
 */
import { OPENAPI_GENERATED_PYTHON, OPENAPI_GENERATED_TRIGGERS } from './openapi-generated.js';
import { PYTHON_VENDORS, VENDOR_TRIGGERS } from './saas-vendors.js';
import { DAPR_COMPONENT_KEY } from '../config/dapr-components.js';
import { NAMEKO_AMQP_KEY } from '../config/nameko-config.js';
import { triggerPattern } from './prefilter.js';
import { DAGSTER_ENV_VARS } from './python-env-helpers.js';
import { AZURE_FUNCTIONS_PYTHON } from './azure-functions.js';
import { VECTOR_STORES_PYTHON, VECTOR_STORE_TRIGGERS } from './vector-stores.js';
import type { CallSite, FamilyTable, Refinement, Signature, SiteTools } from './code-model.js';
import { between, calls, consumes, endpoint, produces, provides, uses, vendor } from './signature-builders.js';

/**
 * Where a forward proxy is handed to a client: httpx's `proxy=` (and older `proxies=`, a URL or a
 * dict keyed by `http://`, `all://`…), requests' and aiohttp's `proxies={"http": …}` / `proxy=`.
 */
const PROXY = ['proxy', 'proxies.https', 'proxies.http', 'proxies.all', 'proxies.https://', 'proxies.http://', 'proxies.all://', 'proxies'];

const HTTP_VERBS = ['get', 'post', 'put', 'delete', 'patch', 'head', 'options', 'request', 'stream'];
const verbs = (receivers: readonly string[]): string[] => receivers.flatMap((receiver) => HTTP_VERBS.map((verb) => `${receiver}.${verb}`));
const both = (names: readonly string[]): string[] => names.flatMap((name) => [name, `*.${name}`]);

const KAFKA = ['kafka', 'aiokafka'];
const REDIS_PY = ['redis', 'aioredis'];
const CONFLUENT = ['confluent_kafka'];
const BOTO = ['boto3', 'aioboto3', 'aiobotocore', 'botocore'];
const PUBSUB = ['google.cloud.pubsub', 'google.cloud.pubsub_v1'];
const SERVICE_BUS = ['azure.servicebus'];
const BLOB = ['azure.storage.blob'];
const GCS = ['google.cloud.storage'];
const DAGSTER_AWS = ['dagster_aws', 'dagster_aws.s3'];

/** The calls of Stripe's module API: `stripe.Charge.create`, `stripe.checkout.Session.create`. */
const STRIPE_METHODS = ['create', 'retrieve', 'list', 'modify', 'delete', 'confirm', 'capture', 'cancel', 'search', 'finalize_invoice', 'pay'];
const STRIPE_CALLS = STRIPE_METHODS.flatMap((method) => [`stripe.*.${method}`, `stripe.*.*.${method}`]);

const PROTON = ['proton'];
const KOMBU = ['kombu'];
/** py-amqp, imported as `amqp` (not Qpid Proton, nor the `amqp` of another family). */
const PY_AMQP = ['amqp'];
/** A Proton link opened on a URL (`create_sender("amqp://broker:5672/orders")`) is addressed by it; on a connection, by the connection. */
function addressedLink(site: CallSite, tools: SiteTools): { target: Signature['target'] } | undefined {
  const first = site.args[0] ? tools.value(site, 0) : undefined;
  return first?.kind === 'literal' && first.text.includes('://') ? { target: [0] } : undefined;
}

/**
 * Twisted's clients (txredisapi, adbapi, twisted.mail, treq, twisted.web's Agent). A Twisted service
 * reaches the world through these, not through the blocking libraries, so without them it reads as
 * talking to nothing.
 */
const TXREDIS = ['txredisapi'];
const ADBAPI = ['twisted.enterprise'];
const TWISTED_MAIL = ['twisted.mail'];
const TWISTED_WEB = ['twisted.web'];
/** adbapi's first argument is the DB-API module it loads; it says the database. sqlite3 is in-process: no connection. */
const DBAPI_MODULES: Readonly<Record<string, string | null>> = {
  psycopg2: 'PostgreSQL',
  psycopg2cffi: 'PostgreSQL',
  psycopg: 'PostgreSQL',
  pgdb: 'PostgreSQL',
  pg8000: 'PostgreSQL',
  pymysql: 'MySQL',
  MySQLdb: 'MySQL',
  'mysql.connector': 'MySQL',
  sqlite3: null,
  'pysqlite2.dbapi2': null,
};
/** `adbapi.ConnectionPool("psycopg2", host=…)`: the module named says the technology; an unknown one stays a database of unknown kind. */
export function adbapiModule(site: CallSite, tools: SiteTools): Refinement | false | undefined {
  const first = site.args[0] ? tools.value(site, 0) : tools.value(site, 'dbapiName');
  if (first.kind !== 'literal') return undefined;
  const technology = DBAPI_MODULES[first.text];
  if (technology === null) return false;
  return technology ? { technology } : undefined;
}
/** An HTTP method as twisted.web's Agent takes it: bytes (`b"POST"`), or a name holding them. */
function agentRequest(site: CallSite, tools: SiteTools): Refinement | false | undefined {
  const node = tools.node(site, 0);
  if (!node) return false;
  const text = tools.text(node);
  if (/^[bB]['"]/.test(text)) return /^[bB]['"](?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)['"]$/.test(text) ? undefined : false;
  return undefined;
}

/** The signatures of the Python family, in the order they are tried. */
export const PYTHON_SIGNATURES: readonly Signature[] = [
  // Dapr (dapr.clients): invocation goes to the app id; pub/sub and state name a component.
  calls('rest', ['*.invoke_method', '*.invoke_method_async'], { imports: ['dapr'], target: [0, 'app_id'], bareHost: true, technology: 'Dapr' }),
  produces('Dapr', ['*.publish_event'], { imports: ['dapr'], target: [0, 'pubsub_name'], componentKey: DAPR_COMPONENT_KEY, channel: [1, 'topic_name'] }),
  consumes('Dapr', ['*.subscribe', '*.subscribe_with_handler'], { imports: ['dapr'], requires: ['pubsub_name', 'pubsub'], target: ['pubsub_name', 'pubsub', 0], componentKey: DAPR_COMPONENT_KEY, channel: ['topic', 'topic_name', 1] }),
  uses('database', undefined, ['*.save_state', '*.get_state', '*.get_bulk_state', '*.delete_state', '*.save_bulk_state', '*.execute_state_transaction', '*.query_state'], { imports: ['dapr'], target: [0, 'store_name'], componentKey: DAPR_COMPONENT_KEY }),
  uses('other', undefined, ['*.invoke_binding'], { imports: ['dapr'], target: [0, 'binding_name'], componentKey: DAPR_COMPONENT_KEY }),
  // HTTP
  calls('rest', verbs(['requests', 'httpx']), { target: [0, 'url', 1], proxy: PROXY }),
  // A verb imported by name (`from httpx import post`), only where the file imports that very function.
  ...HTTP_VERBS.map((verb) => calls('rest', [verb], { imports: [`requests.${verb}`, `httpx.${verb}`], target: verb === 'request' || verb === 'stream' ? ['url', 1] : [0, 'url'], proxy: PROXY })),
  calls('rest', verbs(['requests.Session', 'requests.session', 'Session']), { imports: ['requests'], target: [0, 'url', 1], proxy: PROXY }),
  calls('rest', ['httpx.Client', 'httpx.AsyncClient', 'aiohttp.ClientSession', 'ClientSession'], { target: ['base_url', 0], knownOnly: true, proxy: PROXY }),
  calls('rest', verbs(['httpx.Client', 'httpx.AsyncClient', 'aiohttp.ClientSession', 'ClientSession']), { target: [0, 'url', 1], knownOnly: true, proxy: PROXY }),
  // A proxy handed to a transport (`mounts={"all://": httpx.HTTPTransport(proxy=…)}`) or spelled as httpx's own type.
  calls('rest', ['httpx.HTTPTransport', 'httpx.AsyncHTTPTransport', 'HTTPTransport', 'AsyncHTTPTransport'], { imports: ['httpx'], proxy: ['proxy'], knownOnly: true }),
  calls('rest', ['httpx.Proxy'], { proxy: [0, 'url'], knownOnly: true }),
  calls('rest', ['urllib.request.urlopen', 'request.urlopen', 'urlopen'], { imports: ['urllib', 'urllib.request'], target: [0, 'url'] }),
  // Locust load generators: the `host` class attribute of an `HttpUser` is the system under load.
  calls('rest', ['extends HttpUser', 'extends FastHttpUser', 'extends locust.HttpUser', 'extends locust.FastHttpUser', 'extends contrib.fasthttp.FastHttpUser'], { imports: ['locust'], target: ['host'], knownOnly: true, technology: 'HTTP' }),
  // GraphQL and SOAP
  calls('graphql', both(['RequestsHTTPTransport', 'AIOHTTPTransport', 'HTTPXTransport', 'HTTPXAsyncTransport']), { imports: ['gql'], target: ['url', 0], technology: 'GraphQL' }),
  calls('soap', ['zeep.Client', 'zeep.AsyncClient', 'Client', 'AsyncClient', 'CachingClient'], { imports: ['zeep'], target: [0, 'wsdl'], technology: 'SOAP' }),
  calls('soap', ['suds.client.Client', 'client.Client', 'Client'], { imports: ['suds'], target: [0, 'url'], technology: 'SOAP' }),
  // gRPC: `grpc.insecure_channel(addr)` + `demo_pb2_grpc.CartServiceStub(channel)`; servers
  calls('grpc', both(['*Stub']), {
    target: [0],
    service: (site) => between(site.name, '', 'Stub'),
    refine: (site) => (/_grpc\.|^[A-Z]/.test(site.callee) ? undefined : false),
  }),
  calls('grpc', ['grpc.insecure_channel', 'grpc.secure_channel', 'grpc.aio.insecure_channel', 'grpc.aio.secure_channel', 'aio.insecure_channel', 'aio.secure_channel', 'insecure_channel', 'secure_channel'], { target: [0, 'target'] }),
  provides(both(['add_*Servicer_to_server']), (site) => between(site.name, 'add_', 'Servicer_to_server')),
  provides(['extends *Servicer'], (site) => between(site.name, '', 'Servicer')),
  // Twisted. txredisapi: a connection (or pool) names the Redis server; `publish` produces and a
  // SubscriberProtocol's `subscribe`/`psubscribe` consume, through the store as with redis-py.
  uses('database', 'Redis', ['lazyConnection', 'Connection', 'lazyConnectionPool', 'ConnectionPool', 'ShardedConnection', 'lazyShardedConnection', 'ShardedConnectionPool'].flatMap((name) => [`txredisapi.${name}`, `redis.${name}`, name]), {
    imports: TXREDIS,
    target: [0, 'host'],
    port: [1, 'port'],
    bareHost: true,
  }),
  produces('Redis', ['*.publish'], { imports: TXREDIS, channel: [0, 'channel'], refine: () => ({ throughStore: true }) }),
  consumes('Redis', ['*.subscribe', '*.psubscribe'], { imports: TXREDIS, channel: [0], refine: () => ({ throughStore: true }) }),
  // A subscriber (or any txredisapi factory) is connected by the reactor: `reactor.connectTCP(host, port, SubscriberFactory())`;
  // the address it names is the one the file's `subscribe`/`publish` reach (a database use only when it does nothing else).
  endpoint('database', 'Redis', ['reactor.connectTCP', '*.connectTCP', 'reactor.connectSSL', '*.connectSSL'], { imports: TXREDIS, target: [0, 'host'], port: [1, 'port'], bareHost: true, alone: 'uses' }),
  // twisted.mail: `sendmail(smtphost, from, to, msg, port=…)`, or an ESMTPSenderFactory connected to the relay by the reactor.
  uses('email', 'SMTP', ['sendmail', 'smtp.sendmail', 'mail.smtp.sendmail', 'twisted.mail.smtp.sendmail'], { imports: TWISTED_MAIL, target: [0, 'smtphost'], port: ['port'], bareHost: true }),
  uses('email', 'SMTP', ['reactor.connectTCP', '*.connectTCP', 'reactor.connectSSL', '*.connectSSL'], { imports: TWISTED_MAIL, target: [0, 'host'], port: [1, 'port'], bareHost: true }),
  // twisted.enterprise.adbapi: the pool loads the DB-API module its first argument names, with the rest as the module's connect arguments.
  uses('database', undefined, ['adbapi.ConnectionPool', 'enterprise.adbapi.ConnectionPool', 'twisted.enterprise.adbapi.ConnectionPool', 'ConnectionPool'], {
    imports: ADBAPI,
    target: ['host', 'dsn', 1],
    port: ['port'],
    bareHost: true,
    refine: adbapiModule,
  }),
  // treq (requests' API on Twisted) and twisted.web's Agent (`agent.request(b"POST", url, headers, body)`).
  calls('rest', verbs(['treq']), { imports: ['treq'], target: [0, 'url', 1] }),
  calls('rest', ['Agent.request', 'client.Agent.request', 'ProxyAgent.request', 'RedirectAgent.request', 'ContentDecoderAgent.request', '*.request'], { imports: TWISTED_WEB, target: [1, 'uri'], refine: agentRequest }),
  // Kafka: kafka-python and aiokafka (constructors name topics and brokers), confluent-kafka
  consumes('Kafka', both(['KafkaConsumer', 'AIOKafkaConsumer']), { imports: KAFKA, target: ['bootstrap_servers'], channel: [0], refine: (site) => (site.args.length > 0 ? undefined : false) }),
  endpoint('messaging', 'Kafka', both(['KafkaProducer', 'KafkaConsumer', 'AIOKafkaProducer', 'AIOKafkaConsumer']), { imports: KAFKA, target: ['bootstrap_servers'] }),
  produces('Kafka', ['KafkaProducer.send', 'AIOKafkaProducer.send', 'AIOKafkaProducer.send_and_wait', '*.send_and_wait', '*.send'], { imports: KAFKA, channel: [0, 'topic'] }),
  endpoint('messaging', 'Kafka', both(['Producer', 'Consumer', 'SerializingProducer', 'DeserializingConsumer']), { imports: CONFLUENT, target: ['bootstrap.servers'] }),
  produces('Kafka', ['*.produce'], { imports: CONFLUENT, channel: [0, 'topic'] }),
  consumes('Kafka', ['*.subscribe'], { imports: [...CONFLUENT, ...KAFKA], channel: [0, 'topics'] }),
  // Redis as a bus (redis-py): `publish` and stream `xadd` produce, a pub/sub's `subscribe`/`psubscribe`
  // and a stream's `xread`/`xreadgroup` consume, on the channel or stream written. Messaging through
  // the store (throughStore), so a client made only for this is not also a database use.
  produces('Redis', ['*.publish'], { imports: REDIS_PY, channel: [0, 'channel', 'name'], refine: () => ({ throughStore: true }) }),
  consumes('Redis', ['*.subscribe', '*.psubscribe'], { imports: REDIS_PY, channel: [0], refine: () => ({ throughStore: true }) }),
  consumes('Redis', ['*.xread'], { imports: REDIS_PY, refine: () => ({ throughStore: true }) }),
  // `xadd` and a consumer group's `xreadgroup` are Redis Streams commands no other client spells:
  // a messaging module whose client comes from a sibling module of its package
  // (`self.redis = messaging_client()`, the file importing nothing of redis) still appends and reads.
  produces('Redis', ['*.xadd'], { channel: [0, 'name'], refine: () => ({ throughStore: true }) }),
  consumes('Redis', ['*.xreadgroup'], { refine: () => ({ throughStore: true }) }),
  // RabbitMQ: pika and aio-pika
  endpoint('messaging', 'RabbitMQ', ['pika.BlockingConnection', 'pika.SelectConnection', 'BlockingConnection', 'SelectConnection', 'AsyncioConnection'], { imports: ['pika'], target: [0, 'parameters'], bareHost: true }),
  produces('RabbitMQ', ['*.basic_publish'], { imports: ['pika'], channel: ['exchange', 0, 'routing_key', 1] }),
  consumes('RabbitMQ', ['*.basic_consume'], { imports: ['pika'], channel: ['queue', 0] }),
  // py-amqp (Celery's own client): `amqp.Connection(host="rabbit:5672", userid=…, virtual_host=…)`,
  // then `channel.basic_publish(msg, exchange=…, routing_key=…)` and `basic_consume(queue=…)`.
  endpoint('messaging', 'RabbitMQ', ['amqp.Connection', 'Connection'], { imports: PY_AMQP, target: ['host', 0], bareHost: true }),
  produces('RabbitMQ', ['*.basic_publish'], { imports: PY_AMQP, channel: ['exchange', 1, 'routing_key', 2] }),
  consumes('RabbitMQ', ['*.basic_consume'], { imports: PY_AMQP, channel: ['queue', 0] }),
  // kombu: `Connection(url)` (or `hostname=`) names the broker; `Producer(channel).publish(body,
  // exchange=…, routing_key=…)`, `conn.Producer().publish(…)` and a `SimpleQueue`'s `put` produce;
  // `Consumer(channel, queues=[…], callbacks=[…])`, a `ConsumerMixin` and a `SimpleQueue`'s `get` consume.
  endpoint('messaging', 'RabbitMQ', ['kombu.Connection', 'kombu.BrokerConnection', 'Connection', 'BrokerConnection'], { imports: KOMBU, target: [0, 'hostname'], port: ['port'], bareHost: true }),
  produces('RabbitMQ', ['*.publish'], { imports: KOMBU, channel: ['routing_key', 'exchange'] }),
  produces('RabbitMQ', ['SimpleQueue.put', 'SimpleBuffer.put', '*.SimpleQueue.put', '*.SimpleBuffer.put'], { imports: KOMBU }),
  consumes('RabbitMQ', ['SimpleQueue.get', 'SimpleBuffer.get', '*.SimpleQueue.get', '*.SimpleBuffer.get'], { imports: KOMBU }),
  consumes('RabbitMQ', both(['Consumer', 'kombu.Consumer', 'messaging.Consumer']), { imports: KOMBU, requires: ['queues', 'callbacks', 'on_message'] }),
  consumes('RabbitMQ', ['extends ConsumerMixin', 'extends mixins.ConsumerMixin', 'extends kombu.mixins.ConsumerMixin'], { imports: KOMBU }),
  endpoint('messaging', 'RabbitMQ', ['aio_pika.connect_robust', 'aio_pika.connect', 'connect_robust'], { imports: ['aio_pika'], target: [0, 'url', 'host'] }),
  produces('RabbitMQ', ['*.publish'], { imports: ['aio_pika'], channel: ['routing_key', 1] }),
  // AMQP 1.0 (Qpid Proton): `event.container.connect(url)` or `BlockingConnection(url)`, then links
  // `create_sender(conn, "orders")` / `conn.create_sender("orders")`, or on a URL naming the address.
  endpoint('messaging', 'AMQP', ['*.connect', 'BlockingConnection', 'utils.BlockingConnection'], { imports: PROTON, target: [0, 'url', 'urls', 'address'], bareHost: true }),
  produces('AMQP', ['*.create_sender'], { imports: PROTON, channel: [1, 'target', 'address', 0], refine: addressedLink }),
  consumes('AMQP', ['*.create_receiver'], { imports: PROTON, channel: [1, 'source', 'address', 0], refine: addressedLink }),
  // STOMP (stomp.py): `stomp.Connection([(host, port)])`, `conn.send(destination=…, body=…)`,
  // `conn.subscribe(destination=…, id=…)`; the destination is the channel.
  endpoint('messaging', 'STOMP', ['stomp.Connection', 'stomp.Connection12', 'stomp.Connection11', 'stomp.Connection10', 'stomp.StompConnection12', 'Connection', 'Connection12', 'Connection11'], {
    imports: ['stomp'],
    target: [0, 'host_and_ports'],
    bareHost: true,
  }),
  produces('STOMP', ['*.send'], { imports: ['stomp'], requires: ['destination', 'body'], channel: ['destination', 0] }),
  consumes('STOMP', ['*.subscribe'], { imports: ['stomp'], channel: ['destination', 0] }),
  // Zeebe (Camunda 8) through pyzeebe: `create_insecure_channel(grpc_address="zeebe:26500")` (or
  // ZEEBE_ADDRESS); a worker's or router's `@worker.task(task_type="x")` consumes, the client's
  // `run_process("x")`, `publish_message("name", …)` and deployments produce.
  endpoint('messaging', 'Zeebe', ['create_insecure_channel', 'create_secure_channel', 'create_camunda_cloud_channel', 'pyzeebe.create_insecure_channel', 'pyzeebe.create_secure_channel'], { imports: ['pyzeebe'], target: ['grpc_address', 'hostname'], port: ['port'], bareHost: true }),
  consumes('Zeebe', ['*.task'], { imports: ['pyzeebe'], channel: ['task_type', 0] }),
  produces('Zeebe', ['*.run_process', '*.run_process_with_result', '*.run_workflow'], { imports: ['pyzeebe'], channel: ['bpmn_process_id', 0] }),
  produces('Zeebe', ['*.publish_message'], { imports: ['pyzeebe'], channel: ['name', 0] }),
  produces('Zeebe', ['*.deploy_resource', '*.deploy_process'], { imports: ['pyzeebe'], channel: [0] }),
  // Temporal, a workflow engine reached over gRPC like a broker: `await Client.connect("host:7233")`;
  // starting or signalling a workflow produces to it (the task queue is the channel), a
  // `Worker(client, task_queue=…)` consumes from it.
  endpoint('messaging', 'Temporal', ['Client.connect'], { imports: ['temporalio'], target: [0, 'target_host'] }),
  produces('Temporal', ['*.start_workflow', '*.execute_workflow', '*.signal_with_start_workflow', '*.execute_update_with_start_workflow', '*.start_update_with_start_workflow'], { imports: ['temporalio'], channel: ['task_queue'] }),
  // A handle signals, queries, updates or awaits a running workflow, each a call to the frontend.
  produces('Temporal', ['*.get_workflow_handle', '*.get_workflow_handle_for'], { imports: ['temporalio'] }),
  consumes('Temporal', ['Worker', '*.Worker'], { imports: ['temporalio'], channel: ['task_queue'] }),
  // NATS and MQTT
  endpoint('messaging', 'NATS', ['nats.connect', 'connect', '*.connect'], { imports: ['nats'], target: [0, 'servers'] }),
  produces('NATS', ['*.publish', '*.request'], { imports: ['nats'], channel: [0, 'subject'] }),
  consumes('NATS', ['*.subscribe'], { imports: ['nats'], channel: [0, 'subject'] }),
  endpoint('messaging', 'MQTT', ['*.connect', '*.connect_async'], { imports: ['paho'], target: [0, 'host'], port: [1, 'port'], bareHost: true }),
  produces('MQTT', ['*.publish'], { imports: ['paho'], channel: [0, 'topic'] }),
  consumes('MQTT', ['*.subscribe'], { imports: ['paho'], channel: [0, 'topic'] }),
  // Azure messaging
  endpoint('messaging', 'Azure Service Bus', ['ServiceBusClient.from_connection_string', 'ServiceBusClient'], { imports: SERVICE_BUS, target: [0, 'conn_str', 'fully_qualified_namespace'] }),
  produces('Azure Service Bus', ['*.get_queue_sender'], { imports: SERVICE_BUS, channel: ['queue_name', 0] }),
  produces('Azure Service Bus', ['*.get_topic_sender'], { imports: SERVICE_BUS, channel: ['topic_name', 0] }),
  consumes('Azure Service Bus', ['*.get_queue_receiver'], { imports: SERVICE_BUS, channel: ['queue_name', 0] }),
  consumes('Azure Service Bus', ['*.get_subscription_receiver'], { imports: SERVICE_BUS, channel: ['topic_name', 0] }),
  produces('Azure Event Hubs', ['EventHubProducerClient.from_connection_string', 'EventHubProducerClient'], { imports: ['azure.eventhub'], target: [0, 'conn_str', 'fully_qualified_namespace'], channel: ['eventhub_name'] }),
  consumes('Azure Event Hubs', ['EventHubConsumerClient.from_connection_string', 'EventHubConsumerClient'], { imports: ['azure.eventhub'], target: [0, 'conn_str', 'fully_qualified_namespace'], channel: ['eventhub_name'] }),
  produces('Azure Event Grid', ['EventGridPublisherClient'], { imports: ['azure.eventgrid'], target: [0, 'endpoint'] }),
  // Azure Functions triggers and bindings, Python v2 model (azure-functions.ts)
  ...AZURE_FUNCTIONS_PYTHON,
  // AWS messaging (boto3)
  produces('Amazon SQS', ['*.send_message', '*.send_message_batch'], { imports: BOTO, requires: ['QueueUrl'], target: ['QueueUrl'], channel: ['QueueUrl'] }),
  consumes('Amazon SQS', ['*.receive_message'], { imports: BOTO, requires: ['QueueUrl'], target: ['QueueUrl'], channel: ['QueueUrl'] }),
  produces('Amazon SNS', ['*.publish'], { imports: BOTO, requires: ['TopicArn', 'TargetArn'], target: ['TopicArn', 'TargetArn'], channel: ['TopicArn', 'TargetArn'] }),
  produces('Amazon EventBridge', ['*.put_events'], { imports: BOTO, requires: ['Entries'], target: ['Entries.EventBusName'], channel: ['Entries.EventBusName'] }),
  // AWS Step Functions and Lambda (boto3): starting a state machine or invoking a function is a call of it.
  calls('rest', ['*.start_execution', '*.start_sync_execution'], { imports: BOTO, requires: ['stateMachineArn'], target: ['stateMachineArn'], technology: 'AWS Step Functions' }),
  calls('rest', ['*.invoke', '*.invoke_async'], { imports: BOTO, requires: ['FunctionName'], target: ['FunctionName'], technology: 'AWS Lambda' }),
  // Google Pub/Sub: `publisher.publish(publisher.topic_path(project, "orders"), data)`
  produces('Google Pub/Sub', ['*.publish'], { imports: PUBSUB, channel: [0, 'topic'] }),
  consumes('Google Pub/Sub', ['*.subscribe'], { imports: PUBSUB, channel: [0, 'subscription'] }),
  // Databases
  uses('database', 'PostgreSQL', ['psycopg2.connect', 'psycopg.connect', 'psycopg.AsyncConnection.connect', 'asyncpg.connect', 'asyncpg.create_pool', 'SimpleConnectionPool', 'ThreadedConnectionPool', 'pool.SimpleConnectionPool', 'pool.ThreadedConnectionPool', 'ConnectionPool'], {
    imports: ['psycopg2', 'psycopg', 'asyncpg', 'psycopg_pool'],
    target: [0, 2, 'dsn', 'conninfo', 'host'],
    port: ['port'],
  }),
  uses('database', 'MySQL', ['pymysql.connect', 'mysql.connector.connect', 'MySQLdb.connect', 'aiomysql.connect', 'aiomysql.create_pool'], { target: ['host', 0], port: ['port'] }),
  // `from mysql import connector`: Snowflake's Python connector is a `connector` module too.
  uses('database', 'MySQL', ['connector.connect'], { imports: ['mysql', 'mysql.connector'], target: ['host', 0], port: ['port'] }),
  uses('database', undefined, ['create_engine', 'sqlalchemy.create_engine', 'create_async_engine', 'asyncio.create_async_engine'], { imports: ['sqlalchemy'], target: [0, 'url'] }),
  uses('database', 'MongoDB', both(['MongoClient', 'AsyncIOMotorClient']), { imports: ['pymongo', 'motor'], target: [0, 'host'], port: ['port', 1] }),
  uses('database', 'Redis', ['redis.Redis', 'redis.StrictRedis', 'Redis', 'StrictRedis', 'redis.from_url', 'Redis.from_url', 'from_url', 'aioredis.from_url', 'redis.asyncio.Redis', 'redis.asyncio.from_url', 'asyncio.from_url', 'redis.ConnectionPool', 'ConnectionPool.from_url'], {
    imports: ['redis', 'aioredis'],
    target: [0, 'url', 'host'],
    port: ['port'],
    bareHost: true,
  }),
  // ClickHouse: clickhouse-driver (native protocol), clickhouse-connect (HTTP), aiochclient.
  uses('database', 'ClickHouse', ['Client', 'clickhouse_driver.Client', 'Client.from_url', 'clickhouse_driver.Client.from_url', 'dbapi.connect', 'clickhouse_driver.dbapi.connect'], { imports: ['clickhouse_driver'], target: [0, 'host', 'dsn', 'url'], port: ['port'] }),
  uses('database', 'ClickHouse', ['get_client', 'get_async_client', 'create_client', 'create_async_client', 'clickhouse_connect.get_client', 'clickhouse_connect.get_async_client'], { imports: ['clickhouse_connect'], target: ['host', 'dsn'], port: ['port'] }),
  uses('database', 'ClickHouse', ['ChClient'], { imports: ['aiochclient'], target: ['url', 1] }),
  // Vector databases and search engines, and the LangChain/LlamaIndex stores taking an address (vector-stores.ts).
  ...VECTOR_STORES_PYTHON,
  // Amazon DynamoDB (boto3): a resource's `Table(name)`, or a client call naming `TableName`.
  uses('database', 'Amazon DynamoDB', ['*.Table'], { imports: BOTO, target: [0, 'name'], channel: [0, 'name'] }),
  uses('database', 'Amazon DynamoDB', ['*.put_item', '*.get_item', '*.update_item', '*.delete_item', '*.query', '*.scan', '*.batch_write_item', '*.batch_get_item'], { imports: BOTO, requires: ['TableName'], target: ['TableName'], channel: ['TableName'] }),
  // Object storage and file transfer
  uses('file-transfer', 'Amazon S3', ['*.put_object', '*.get_object', '*.delete_object', '*.list_objects_v2', '*.list_objects', '*.head_object', '*.upload_fileobj', '*.download_fileobj', '*.copy_object'], {
    imports: BOTO,
    requires: ['Bucket'],
    channel: ['Bucket'],
  }),
  uses('file-transfer', 'Amazon S3', ['*.upload_file'], { imports: BOTO, channel: ['Bucket', 1] }),
  uses('file-transfer', 'Amazon S3', ['*.download_file'], { imports: BOTO, channel: ['Bucket', 0] }),
  uses('file-transfer', 'Amazon S3', ['*.generate_presigned_url'], { imports: BOTO, channel: ['Params.Bucket'] }),
  uses('file-transfer', 'Amazon S3', ['*.Bucket'], { imports: BOTO, channel: [0] }),
  // Dagster's integration resources and IO managers (dagster-aws, dagster-snowflake): configured
  // in a code location's `Definitions`, they are what its runs read and write; an S3 one may be
  // aimed at another store by `endpoint_url`. dagster-duckdb is in-process and absent on purpose.
  uses('file-transfer', 'Amazon S3', both(['S3PickleIOManager', 'ConfigurablePickledObjectS3IOManager', 's3_pickle_io_manager', 'S3ComputeLogManager']), { imports: DAGSTER_AWS, channel: ['s3_bucket', 'bucket'] }),
  uses('file-transfer', 'Amazon S3', both(['S3Resource', 's3_resource']), { imports: DAGSTER_AWS, target: ['endpoint_url'] }),
  // Snowflake is one managed service whatever account a client names, so the system is the vendor's.
  uses('database', 'Snowflake', both(['SnowflakeResource', 'SnowflakeIOManager', 'SnowflakePandasIOManager', 'SnowflakePySparkIOManager', 'snowflake_resource']), { imports: ['dagster_snowflake', 'dagster_snowflake_pandas', 'dagster_snowflake_pyspark'], targetKind: 'saas' }),
  // The Snowflake connector for Python (`snowflake.connector.connect(account=…)`), plain code's way in.
  uses('database', 'Snowflake', ['snowflake.connector.connect', 'connector.connect'], { imports: ['snowflake.connector', 'snowflake'], targetKind: 'saas' }),
  endpoint('file-transfer', 'Azure Blob Storage', ['BlobServiceClient.from_connection_string', 'BlobServiceClient'], { imports: BLOB, target: [0, 'conn_str', 'account_url'], alone: 'uses' }),
  uses('file-transfer', 'Azure Blob Storage', ['*.get_container_client'], { imports: BLOB, channel: [0, 'container'] }),
  uses('file-transfer', 'Azure Blob Storage', ['*.get_blob_client'], { imports: BLOB, channel: ['container', 0] }),
  uses('file-transfer', 'Azure Blob Storage', ['ContainerClient.from_connection_string'], { imports: BLOB, target: [0, 'conn_str'], channel: ['container_name', 1] }),
  // Google Cloud's managed datastores (core/discovery/gcp-datastores.ts): the project or instance
  // as written names the store; the product's emulator variable, where the deployment sets it, moves it.
  uses('database', 'Google Cloud Firestore', ['firestore.Client', 'firestore.AsyncClient'], { imports: ['google.cloud.firestore'], key: 'FIRESTORE_EMULATOR_HOST', channel: ['project', 0] }),
  uses('database', 'Google Cloud Firestore', ['firestore.client', 'firestore.async_client'], { imports: ['firebase_admin'], key: 'FIRESTORE_EMULATOR_HOST' }),
  uses('database', 'Google Cloud Datastore', ['datastore.Client'], { imports: ['google.cloud.datastore', 'google.cloud.ndb'], key: 'DATASTORE_EMULATOR_HOST', channel: ['project', 0] }),
  uses('database', 'Google Cloud Datastore', ['ndb.Client'], { imports: ['google.cloud.ndb'], key: 'DATASTORE_EMULATOR_HOST', channel: ['project'] }),
  endpoint('database', 'Google Cloud Spanner', ['spanner.Client'], { imports: ['google.cloud.spanner'], key: 'SPANNER_EMULATOR_HOST', alone: 'uses' }),
  uses('database', 'Google Cloud Spanner', ['*.instance'], { imports: ['google.cloud.spanner'], key: 'SPANNER_EMULATOR_HOST', channel: [0, 'instance_id'] }),
  endpoint('database', 'Google Cloud Bigtable', ['bigtable.Client'], { imports: ['google.cloud.bigtable'], key: 'BIGTABLE_EMULATOR_HOST', alone: 'uses' }),
  uses('database', 'Google Cloud Bigtable', ['*.instance'], { imports: ['google.cloud.bigtable'], key: 'BIGTABLE_EMULATOR_HOST', channel: [0, 'instance_id'] }),
  endpoint('file-transfer', 'Google Cloud Storage', ['storage.Client', 'Client'], { imports: GCS, key: 'STORAGE_EMULATOR_HOST', alone: 'uses' }),
  uses('file-transfer', 'Google Cloud Storage', ['*.bucket', '*.get_bucket', '*.lookup_bucket'], { imports: GCS, channel: [0, 'bucket_name'] }),
  uses('file-transfer', 'SFTP', ['paramiko.SFTPClient.from_transport', 'SFTPClient.from_transport'], { imports: ['paramiko'], target: [0, 't'] }),
  uses('file-transfer', 'SFTP', ['pysftp.Connection', 'Connection'], { imports: ['pysftp'], target: [0, 'host'], port: ['port'], bareHost: true }),
  // Nameko: RPC and events travel over the AMQP broker of the service's config (`AMQP_URI`). A
  // proxy or dispatcher publishes; an `@rpc` or `@event_handler` entrypoint consumes.
  produces('RabbitMQ', ['RpcProxy', 'ServiceRpc', 'ServiceRpcProxy', 'ClusterRpcProxy', 'ClusterRpcClient', 'ServiceRpcClient', 'EventDispatcher', 'standalone.rpc.ClusterRpcProxy'], { imports: ['nameko'], key: NAMEKO_AMQP_KEY, channel: [0], targetKind: 'message-broker' }),
  consumes('RabbitMQ', ['@rpc', 'rpc', '@nameko.rpc.rpc', 'event_handler', 'nameko.events.event_handler', 'consume', 'nameko.messaging.consume'], { imports: ['nameko'], key: NAMEKO_AMQP_KEY, channel: [0, 'source_service'], targetKind: 'message-broker' }),
  // E-mail
  uses('email', 'SMTP', ['smtplib.SMTP', 'smtplib.SMTP_SSL', 'SMTP', 'SMTP_SSL', 'aiosmtplib.SMTP', 'aiosmtplib.send'], { target: [0, 'host', 'hostname'], port: [1, 'port'], bareHost: true }),
  // Fetching mail: a mailbox read over IMAP (a mail-import task, a view testing an account).
  uses('email', 'IMAP', ['imaplib.IMAP4_SSL', 'imaplib.IMAP4', 'IMAP4_SSL', 'IMAP4', 'imapclient.IMAPClient', 'IMAPClient'], { target: [0, 'host'], port: [1, 'port'], bareHost: true }),
  // Job queues: RQ's `connection=Redis(...)` is read by the Redis line above; Celery's app, tasks and producers by django-celery.ts.
  // SaaS vendors' SDKs (see `vendor`): the client's construction or the module's API, in files importing the SDK.
  vendor('Stripe', [...STRIPE_CALLS, 'stripe.StripeClient', 'StripeClient'], { imports: ['stripe'] }),
  vendor('Azure OpenAI', both(['AzureOpenAI', 'AsyncAzureOpenAI']), { imports: ['openai'] }),
  vendor('OpenAI', [...both(['OpenAI', 'AsyncOpenAI']), 'openai.*.create', 'openai.*.acreate'], { imports: ['openai'] }),
  vendor('OpenAI', both(['ChatOpenAI', 'OpenAIEmbeddings']), { imports: ['langchain_openai', 'langchain.chat_models', 'langchain_community.chat_models'] }),
  vendor('Anthropic', both(['Anthropic', 'AsyncAnthropic']), { imports: ['anthropic'] }),
  vendor('Anthropic', both(['ChatAnthropic']), { imports: ['langchain_anthropic'] }),
  vendor('Twilio', ['Client', 'rest.Client', 'twilio.rest.Client'], { imports: ['twilio'] }),
  vendor('SendGrid', both(['SendGridAPIClient', 'SendGridClient']), { imports: ['sendgrid'] }),
  vendor('Slack', both(['WebClient', 'AsyncWebClient']), { imports: ['slack_sdk', 'slack'] }),
  // An incoming webhook (`WebhookClient(url).send(text=…)`) posts to Slack whatever URL the team keeps.
  vendor('Slack', both(['WebhookClient', 'AsyncWebhookClient']), { imports: ['slack_sdk.webhook', 'slack_sdk'] }),
  vendor('Slack', both(['App', 'AsyncApp']), { imports: ['slack_bolt'] }),
  vendor('Slack', both(['SlackResource', 'slack_resource']), { imports: ['dagster_slack'] }),
  vendor('PayPal', ['paypalrestsdk.configure', 'paypalrestsdk.Api'], { imports: ['paypalrestsdk'] }),
  vendor('PayPal', both(['PayPalHttpClient']), { imports: ['paypalcheckoutsdk', 'paypalhttp'] }),
  vendor('Auth0', both(['Auth0', 'GetToken']), { imports: ['auth0'] }),
  vendor('Okta', ['OktaClient', 'Client', 'client.Client'], { imports: ['okta'] }),
  // More vendors' official SDKs (saas-vendors.ts).
  ...PYTHON_VENDORS,
  // Clients OpenAPI Generator made from a server's specification (openapi-generated.ts).
  ...OPENAPI_GENERATED_PYTHON,
];

/** The Python family's table. */
export const PYTHON_TABLE: FamilyTable = {
  signatures: PYTHON_SIGNATURES,
  // Whole names and name prefixes (see prefilter.ts); `requests` and `environ` only as used, not in prose or comments.
  triggers: triggerPattern({
    prefixes: [...OPENAPI_GENERATED_TRIGGERS.python, 'dapr', 'nameko', 'txredisapi', 'treq', 'adbapi', 'twisted', 'proton', 'httpx', 'locust', 'aiohttp', 'ClientSession', 'urllib', 'urlopen', 'gql', 'zeep', 'suds', 'grpc', 'kafka', 'aiokafka', 'pika', 'aio_pika', 'kombu', 'amqp', 'nats', 'stomp', 'pyzeebe', 'temporalio', 'paho', 'servicebus', 'eventhub', 'eventgrid', 'boto', 'aioboto', 'aiobotocore', 'pubsub', 'redis', 'aioredis', 'psycopg', 'asyncpg', 'clickhouse', 'ChClient', 'mysql', 'pymysql', 'aiomysql', 'sqlalchemy', 'mongo', 'pymongo', 'motor', 'AsyncIOMotor', 'paramiko', 'sftp', 'pysftp', 'smtp', 'aiosmtp', 'imap', 'IMAP', 'getenv', 'EnvVar', 'dagster', 'snowflake', 'celery', 'stripe', 'openai', 'langchain', 'anthropic', 'twilio', 'sendgrid', 'slack', 'paypal', 'auth0', 'okta', 'firestore', 'firebase', 'datastore', 'ndb', 'spanner', 'bigtable', ...VENDOR_TRIGGERS.python, ...VECTOR_STORE_TRIGGERS],
    patterns: [
      // `storage` and `Storage`, not a `STORAGE_CLASS` constant
      '[Ss](?<![A-Za-z0-9][^])torage(?![A-Za-z0-9])',
      '\\brequests\\.\\w',
      '\\b(?:import|from)[ \\t]+requests\\b',
      '\\benviron\\b(?:\\s*\\[|\\.(?:get|setdefault)\\b)',
      // a layered configuration walking the environment for its prefix's variables (python-layered-defaults.ts)
      '\\benviron\\.(?:items|keys)\\(\\)',
      // configuration read from a settings module or a Flask `app.config`, set in another file of the service
      '\\.[Cc][Oo][Nn][Ff][Ii][Gg]\\b',
      '[Ss][Ee][Tt][Tt][Ii][Nn][Gg][Ss]',
      '\\bazure\\.functions\\b',
      // Django settings and Celery (django-celery.ts): queuing a task, a task's decorator, Django's mail API
      '\\.(?:delay|apply_async|send_task)\\(',
      '\\b(?:shared_task|CHANNEL_LAYERS|channel_layer|group_send|DJANGO_SETTINGS_MODULE|CELERY_BROKER_URL|DATABASES|CACHES|STORAGES|DEFAULT_FILE_STORAGE|send_mail|send_mass_mail|mail_admins|mail_managers|EmailMessage|EmailMultiAlternatives)\\b',
      '@\\w+\\.task\\b',
      // RQ (django-rq, python-rq): its settings, its imports, queuing a job
      '\\b(?:django_rq|RQ_QUEUES|RQ_PARAMS)\\b',
      '\\b(?:import|from)[ \\t]+rq\\b',
      '\\benqueue(?:_call|_in|_at|_job)?\\(',
      // Celery configuration classes and modules (celery-config.ts)
      '\\b(?:broker_url|BROKER_URL|result_backend|RESULT_BACKEND)\\b',
      // a connection named by its id (python-sectioned-config.ts): `get_connection("warehouse_db")`, `Hook(conn_id="warehouse_db")`
      'conn_id\\s*=\\s*[\'"]',
      '\\bget_conn(?:ection)?\\(\\s*[\'"]',
    ],
  }),
  values: {
    // django-environ and environs read the environment too: `env("REDIS_URL")`, `env.str("SMTP_HOST", default=…)`;
    // so does Dagster's `EnvVar("ORDERS_DB_HOST")` (read when the resource is built, in the code location's process).
    env: [{ call: ['os.getenv', 'getenv', 'os.environ.get', 'environ.get', 'os.environ.setdefault', 'env', 'env.str', 'env.url', ...DAGSTER_ENV_VARS] }],
    carriers: [
      { call: ['pika.ConnectionParameters', 'ConnectionParameters'], arg: 'host', port: 'port' },
      { call: ['pika.URLParameters', 'URLParameters'], arg: 0 },
      { call: ['paramiko.Transport', 'Transport'], arg: 0, pair: true },
      { call: ['*.topic_path', '*.subscription_path'], arg: 1 },
      { call: ['grpc.insecure_channel', 'grpc.secure_channel', 'grpc.aio.insecure_channel', 'grpc.aio.secure_channel', 'aio.insecure_channel', 'aio.secure_channel', 'insecure_channel', 'secure_channel'], arg: 0 },
      { call: ['urllib.request.Request', 'request.Request'], arg: 0 },
      // String methods that tidy an address without changing whom it names (`base_url.rstrip("/")`).
      { call: ['*.rstrip', '*.strip', '*.lstrip', '*.removesuffix'], arg: 'receiver' },
      // An address made a URL object or turned back into text (`str(URL(settings.API) / "v1")`, yarl, pydantic's URL types) names the same system.
      { call: ['str', 'URL', 'yarl.URL', 'HttpUrl', 'AnyUrl', 'AnyHttpUrl', 'pydantic.HttpUrl'], arg: 0 },
    ],
  },
};
