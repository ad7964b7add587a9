/**
 * The clients TypeScript and JavaScript code talks to the world through. Method names common to
 * many libraries (`send`, `publish`, `connect`) are only taken in files importing the library, and
 * where a library's calls differ from others by their options (`{ topic }`), the option is required.
 */
import { OPENAPI_GENERATED_TYPESCRIPT, OPENAPI_GENERATED_TRIGGERS } from './openapi-generated.js';
import { TYPESCRIPT_VENDORS, VENDOR_TRIGGERS } from './saas-vendors.js';
import { DAPR_COMPONENT_KEY } from '../config/dapr-components.js';
import { triggerPattern } from './prefilter.js';
import type { FamilyTable, Signature } from './code-model.js';
import { NEST_SIGNATURES } from './nestjs.js';
import { AZURE_FUNCTIONS_NODE } from './azure-functions.js';
import { JOB_QUEUE_SIGNATURES } from './job-queues.js';
import { VECTOR_STORES_TYPESCRIPT, VECTOR_STORE_TRIGGERS } from './vector-stores.js';
import { calls, consumes, endpoint, produces, provides, requiredAndCalled, uses, vendor } from './signature-builders.js';

const HTTP_VERBS = ['get', 'post', 'put', 'delete', 'patch', 'head', 'options', 'request'];
const verbs = (receivers: readonly string[]): string[] => receivers.flatMap((receiver) => HTTP_VERBS.map((verb) => `${receiver}.${verb}`));

const GRPC = ['@grpc/grpc-js', 'grpc', '@grpc/proto-loader'];
/** connect-es transports, in their current and former (@bufbuild) homes. */
const CONNECT_ES = ['@connectrpc/connect-node', '@connectrpc/connect-web', '@bufbuild/connect-node', '@bufbuild/connect-web'];
const KAFKAJS = ['kafkajs'];
const RDKAFKA = ['node-rdkafka'];
const AMQP = ['amqplib', 'amqp-connection-manager'];
/** AMQP 1.0 (ActiveMQ Artemis, Qpid, Azure Service Bus, RabbitMQ's AMQP 1.0 plugin): rhea and its promise wrapper. */
const RHEA = ['rhea', 'rhea-promise'];
/** STOMP (ActiveMQ, Artemis, RabbitMQ's STOMP plugin): stompit, stomp-client, and the WebSocket clients also used in browsers. */
const STOMPIT = ['stompit'];
const STOMP_CLIENT = ['stomp-client'];
const STOMP_WS = ['@stomp/stompjs', 'stompjs', 'webstomp-client', '@stomp/rx-stomp'];
/** Zeebe's Node clients (Camunda 8). */
const ZEEBE = ['zeebe-node', '@camunda8/sdk'];
/** Temporal's TypeScript SDK (client and worker packages). */
const TEMPORAL = ['@temporalio/'];
const NATS = ['nats', 'nats.ws', 'node-nats-streaming'];
const MQTT = ['mqtt'];
const SERVICE_BUS = ['@azure/service-bus'];
const EVENT_HUBS = ['@azure/event-hubs'];
const AWS_V2 = ['aws-sdk'];
const PUBSUB = ['@google-cloud/pubsub'];
const PROXY_MIDDLEWARE = ['http-proxy-middleware'];
const HTTP_PROXY = ['http-proxy', 'http-proxy-3'];
const EXPRESS_HTTP_PROXY = ['express-http-proxy'];
const FASTIFY_PROXY = ['@fastify/http-proxy', 'fastify-http-proxy'];
/** DynamoDB commands of `@aws-sdk/client-dynamodb` (`PutItem`…) and `@aws-sdk/lib-dynamodb` (`Put`…). */
const DYNAMODB_COMMANDS = ['PutItem', 'GetItem', 'UpdateItem', 'DeleteItem', 'Query', 'Scan', 'BatchWriteItem', 'BatchGetItem', 'TransactWriteItems', 'Put', 'Get', 'Update', 'Delete', 'BatchWrite', 'BatchGet', 'TransactWrite'];
const S3_COMMANDS = ['PutObject', 'GetObject', 'DeleteObject', 'DeleteObjects', 'ListObjectsV2', 'ListObjects', 'HeadObject', 'CopyObject', 'CreateMultipartUpload', 'UploadPart'];

/** The signatures of the TypeScript/JavaScript family, in the order they are tried. */
export const TYPESCRIPT_SIGNATURES: readonly Signature[] = [
  // Dapr (@dapr/dapr): invocation goes to the app id; pub/sub and state name a component.
  calls('rest', ['*.invoker.invoke'], { imports: ['@dapr/dapr', 'dapr-client'], target: [0], bareHost: true, technology: 'Dapr' }),
  produces('Dapr', ['*.pubsub.publish'], { imports: ['@dapr/dapr', 'dapr-client'], target: [0], componentKey: DAPR_COMPONENT_KEY, channel: [1] }),
  consumes('Dapr', ['*.pubsub.subscribe'], { imports: ['@dapr/dapr', 'dapr-client'], target: [0], componentKey: DAPR_COMPONENT_KEY, channel: [1] }),
  uses('database', undefined, ['*.state.save', '*.state.get', '*.state.getBulk', '*.state.delete', '*.state.transaction', '*.state.query'], { imports: ['@dapr/dapr', 'dapr-client'], target: [0], componentKey: DAPR_COMPONENT_KEY }),
  uses('other', undefined, ['*.binding.send'], { imports: ['@dapr/dapr', 'dapr-client'], target: [0], componentKey: DAPR_COMPONENT_KEY }),
  // HTTP
  calls('rest', ['fetch', 'window.fetch', 'globalThis.fetch', 'self.fetch', 'nodeFetch', 'undici.fetch', 'undici.request'], { target: [0, 'url'] }),
  calls('rest', ['request', ...verbs(['request', 'rp'])], { imports: ['request', 'request-promise', 'request-promise-native'], target: [0, 'url', 'uri'] }),
  // axios's own forward proxy (`proxy: { protocol, host, port }`), per request or for a created instance.
  calls('rest', ['axios', ...verbs(['axios'])], { target: [0, 'url', 'baseURL'], proxy: ['proxy.host'], proxyPort: ['proxy.port'] }),
  calls('rest', ['axios.create'], { target: ['baseURL'], knownOnly: true, relative: 'also', proxy: ['proxy.host'], proxyPort: ['proxy.port'] }),
  // A proxy agent handed to any client (`httpsAgent: new HttpsProxyAgent(process.env.PROXY_URL)`, undici's `ProxyAgent`).
  calls('rest', ['new HttpsProxyAgent', 'new HttpProxyAgent', 'new ProxyAgent'], { imports: ['https-proxy-agent', 'http-proxy-agent', 'proxy-agent', 'undici'], proxy: [0, 'uri'], knownOnly: true }),
  calls('rest', verbs(['axios.create']), { target: [0, 'url'], knownOnly: true }),
  // A browser's WebSocket or socket.io connection to a path of the site that served the bundle (`io('/realtime')`).
  calls('other', ['new WebSocket', 'new ReconnectingWebSocket', 'io', 'socketIO', 'connect', '*.connect'], { imports: ['socket.io-client', 'reconnecting-websocket'], target: [0, 'url'], relative: 'only', technology: 'WebSocket' }),
  calls('other', ['new WebSocket'], { target: [0, 'url'], relative: 'only', technology: 'WebSocket' }),
  calls('rest', ['got', ...verbs(['got']), 'got.stream', 'got.extend'], { imports: ['got'], target: [0, 'url', 'prefixUrl'] }),
  calls('rest', ['http.request', 'https.request', 'http.get', 'https.get'], { imports: ['http', 'https', 'node:http', 'node:https'], target: [0, 'hostname', 'host'], port: ['port'] }),
  calls('rest', verbs(['superagent', 'request']), { imports: ['superagent'], target: [0] }),
  // NestJS: microservice transports, Bull queues, HttpService, Mongoose (nestjs.ts); before the generic lines below.
  ...NEST_SIGNATURES,
  // Angular's HttpClient on a path of the site that served the app (`this.http.get('/api/v1/videos')`) is a bundle's call too.
  calls('rest', verbs(['HttpClient', 'HttpService']), { imports: ['@angular/common/http', '@nestjs/axios', '@nestjs/common'], target: [0], knownOnly: true, relative: 'also' }),
  // Reverse proxies a Node server runs: every request of the proxied path goes on to the target.
  // http-proxy-middleware `createProxyMiddleware({ target })` (and `proxy('/api', { target })` of
  // its 0.x default export); http-proxy `createProxyServer({ target })`, `proxy.web(req, res, { target })`;
  // express-http-proxy `proxy(host)`; @fastify/http-proxy `register(proxy, { upstream })`.
  calls('rest', ['createProxyMiddleware', 'legacyCreateProxyMiddleware', 'createProxy', 'proxy', 'proxyMiddleware', '*.createProxyMiddleware'], { imports: PROXY_MIDDLEWARE, requires: ['target'], target: ['target'] }),
  calls('rest', ['*.createProxyServer', '*.createProxy', '*.createServer', 'createProxyServer', '*.web', '*.ws'], { imports: HTTP_PROXY, requires: ['target'], target: ['target'] }),
  calls('rest', ['proxy', 'httpProxy', 'expressProxy', 'expressHttpProxy', 'createProxy'], { imports: EXPRESS_HTTP_PROXY, target: [0], bareHost: true }),
  calls('rest', ['*.register'], { imports: FASTIFY_PROXY, requires: ['upstream'], target: ['upstream'] }),
  // GraphQL and SOAP
  // apollo-upload-client's `createUploadLink({ uri })` is Apollo's HttpLink with file uploads.
  calls('graphql', ['new ApolloClient', 'new HttpLink', 'createHttpLink', 'new BatchHttpLink', 'new GraphQLClient', 'createClient', 'createUploadLink', 'new UploadLink'], {
    imports: ['@apollo/client', 'apollo-boost', 'apollo-client', 'apollo-link-http', 'apollo-link-batch-http', 'graphql-request', 'urql', '@urql/core', 'apollo-upload-client'],
    target: ['uri', 'url', 0],
    technology: 'GraphQL',
  }),
  calls('graphql', ['request', 'rawRequest', 'gql.request'], { imports: ['graphql-request'], target: [0, 'url'], technology: 'GraphQL' }),
  calls('soap', ['soap.createClient', 'soap.createClientAsync', 'createClient', 'createClientAsync'], { imports: ['soap', 'strong-soap'], target: [0], technology: 'SOAP' }),
  // gRPC: `new proto.CartService(addr, grpc.credentials.createInsecure())` and `server.addService(proto.CartService.service, impl)`
  calls('grpc', ['new *'], {
    imports: GRPC,
    target: [0],
    service: (site) => (site.name === 'Client' ? undefined : site.name),
    refine: (site, tools) => (site.args[1] && /credentials|Credentials/.test(tools.text(site.args[1])) && site.name !== 'Client' ? undefined : false),
  }),
  provides(['*.addService'], (site) => {
    const segments = site.args[0]?.text.replace(/\s+/g, '').split('.') ?? [];
    return segments[segments.length - 1] === 'service' ? segments[segments.length - 2] : undefined;
  }, { imports: GRPC }),
  // Connect RPC (connect-es): a client is made for a generated service on a transport
  // (`createClient(RunnerService, createConnectTransport({ baseUrl }))`, `createPromiseClient` before
  // v2), and the transport says where: the Connect, gRPC and gRPC-Web protocols all call RPCs at an
  // http(s) base URL.
  calls('grpc', ['createConnectTransport', 'createGrpcTransport', 'createGrpcWebTransport'], { imports: CONNECT_ES, target: ['baseUrl'] }),
  // Kafka
  endpoint('messaging', 'Kafka', ['new Kafka'], { imports: KAFKAJS, target: ['brokers'] }),
  // Avro, Protobuf and JSON Schema payloads are encoded and decoded against the registry's schemas, fetched over HTTP.
  calls('rest', ['new SchemaRegistry'], { imports: ['@kafkajs/confluent-schema-registry'], target: ['host', 0], technology: 'Schema Registry', targetKind: 'other' }),
  produces('Kafka', ['*.send'], { imports: KAFKAJS, requires: ['topic'], channel: ['topic'] }),
  consumes('Kafka', ['*.subscribe'], { imports: KAFKAJS, requires: ['topic', 'topics'], channel: ['topic', 'topics'] }),
  endpoint('messaging', 'Kafka', ['new Producer', 'new HighLevelProducer', 'new KafkaConsumer', 'new Kafka.Producer', 'new Kafka.KafkaConsumer'], { imports: RDKAFKA, target: ['metadata.broker.list'] }),
  produces('Kafka', ['*.produce'], { imports: RDKAFKA, channel: [0] }),
  consumes('Kafka', ['*.subscribe'], { imports: RDKAFKA, channel: [0] }),
  // RabbitMQ
  endpoint('messaging', 'RabbitMQ', ['connect', 'amqp.connect', 'amqplib.connect'], { imports: AMQP, target: [0, 'hostname'], port: ['port'] }),
  produces('RabbitMQ', ['*.publish'], { imports: AMQP, channel: [0, 1] }),
  produces('RabbitMQ', ['*.sendToQueue'], { imports: AMQP, channel: [0] }),
  consumes('RabbitMQ', ['*.consume'], { imports: AMQP, channel: [0] }),
  // AMQP 1.0: `container.connect({ host, port })`, `new Connection({ host, port })` (rhea-promise);
  // links name their queue or address as a string or as `{ target: { address } }` / `{ source: { address } }`.
  endpoint('messaging', 'AMQP', ['*.connect', 'connect', 'new Connection'], { imports: RHEA, target: ['host', 'hostname', 0], port: ['port'], bareHost: true }),
  produces('AMQP', ['*.open_sender', '*.createSender', '*.createAwaitableSender'], { imports: RHEA, channel: [0, 'target.address', 'target'] }),
  consumes('AMQP', ['*.open_receiver', '*.createReceiver'], { imports: RHEA, channel: [0, 'source.address', 'source'] }),
  // STOMP: destinations (`/queue/quotes`, `/topic/rates`) are the channel. stompit:
  // `stompit.connect({ host, port })`, `new stompit.ConnectFailover([{ host, port }])`,
  // `client.send({ destination })`, `client.subscribe({ destination }, cb)`.
  endpoint('messaging', 'STOMP', ['stompit.connect', 'connect', 'new ConnectFailover', 'new stompit.ConnectFailover'], { imports: STOMPIT, target: ['host', 0, '0.host'], port: ['port', '0.port'], bareHost: true }),
  produces('STOMP', ['*.send'], { imports: STOMPIT, requires: ['destination'], channel: ['destination'] }),
  consumes('STOMP', ['*.subscribe'], { imports: STOMPIT, requires: ['destination'], channel: ['destination'] }),
  // stomp-client: `new StompClient(host, port, user, pass)`, `publish('/queue/x', body)`, `subscribe('/queue/x', cb)`.
  endpoint('messaging', 'STOMP', ['new StompClient', 'new Stomp', 'new StompClient.StompClient'], { imports: STOMP_CLIENT, target: [0, 'host', 'address'], port: [1, 'port'], bareHost: true }),
  produces('STOMP', ['*.publish'], { imports: STOMP_CLIENT, channel: [0] }),
  consumes('STOMP', ['*.subscribe'], { imports: STOMP_CLIENT, channel: [0] }),
  // @stomp/stompjs and the older stompjs/webstomp-client, run by a server (see serverOnly):
  // `new Client({ brokerURL })`, `Stomp.client(url)`, `publish({ destination })`, `send(dest, …)`, `subscribe(dest, cb)`.
  endpoint('messaging', 'STOMP', ['new Client', 'new RxStomp', 'Stomp.client', 'webstomp.client'], { imports: STOMP_WS, target: ['brokerURL', 0], serverOnly: true }),
  produces('STOMP', ['*.publish'], { imports: STOMP_WS, requires: ['destination'], channel: ['destination'], serverOnly: true }),
  produces('STOMP', ['*.send'], { imports: STOMP_WS, channel: [0], serverOnly: true, refine: (site, tools) => (tools.value(site, 0).kind === 'unknown' ? false : undefined) }),
  consumes('STOMP', ['*.subscribe', '*.watch'], { imports: STOMP_WS, channel: [0, 'destination'], serverOnly: true }),
  // Zeebe (Camunda 8), reached over gRPC like a broker: zeebe-node's `new ZBClient(address)` (or
  // none: ZEEBE_ADDRESS) and the @camunda8/sdk's gRPC client; `createWorker({ taskType })` consumes,
  // `createProcessInstance({ bpmnProcessId })`, `publishMessage({ name })` and deployments produce.
  endpoint('messaging', 'Zeebe', ['new ZBClient', 'new Zeebe.ZBClient'], { imports: ZEEBE, target: [0, 'gatewayAddress', 'hostname'], port: ['port'], bareHost: true }),
  consumes('Zeebe', ['*.createWorker'], { imports: ZEEBE, channel: ['taskType', 0, 1] }),
  produces('Zeebe', ['*.createProcessInstance', '*.createProcessInstanceWithResult', '*.createWorkflowInstance'], { imports: ZEEBE, channel: ['bpmnProcessId', 0] }),
  produces('Zeebe', ['*.publishMessage', '*.publishStartMessage'], { imports: ZEEBE, channel: ['name'] }),
  produces('Zeebe', ['*.deployResource', '*.deployProcess', '*.deployResources'], { imports: ZEEBE, channel: ['processFilename', 'name', 0] }),
  // Temporal, a workflow engine reached over gRPC like a broker: `Connection.connect({ address })`
  // for clients, `NativeConnection.connect({ address })` for workers (none: localhost:7233).
  // Starting or signalling a workflow produces to it (the task queue is the channel), a worker
  // polling a task queue consumes from it.
  endpoint('messaging', 'Temporal', ['Connection.connect', 'Connection.lazy', 'NativeConnection.connect'], { imports: TEMPORAL, target: ['address'] }),
  produces('Temporal', ['*.workflow.start', '*.workflow.execute', '*.workflow.signalWithStart', '*.workflow.executeUpdateWithStart', '*.workflow.startUpdateWithStart'], { imports: TEMPORAL, channel: ['taskQueue'] }),
  // A handle signals, queries, updates or awaits a running workflow, each a call to the frontend.
  produces('Temporal', ['*.workflow.getHandle'], { imports: TEMPORAL }),
  consumes('Temporal', ['Worker.create'], { imports: TEMPORAL, channel: ['taskQueue'] }),
  // NATS and MQTT
  // node-nats-streaming: `nats.connect(clusterId, clientId, { url })`
  endpoint('messaging', 'NATS', ['connect', 'nats.connect'], { imports: NATS, target: ['servers', 'url', 0] }),
  produces('NATS', ['*.publish', '*.request'], { imports: NATS, channel: [0] }),
  consumes('NATS', ['*.subscribe'], { imports: NATS, channel: [0] }),
  endpoint('messaging', 'MQTT', ['connect', 'connectAsync', 'mqtt.connect', 'mqtt.connectAsync'], { imports: MQTT, target: [0, 'host'], port: ['port'] }),
  produces('MQTT', ['*.publish', '*.publishAsync'], { imports: MQTT, channel: [0] }),
  consumes('MQTT', ['*.subscribe', '*.subscribeAsync'], { imports: MQTT, channel: [0] }),
  // Azure messaging
  endpoint('messaging', 'Azure Service Bus', ['new ServiceBusClient'], { imports: SERVICE_BUS, target: [0] }),
  produces('Azure Service Bus', ['*.createSender'], { imports: SERVICE_BUS, channel: [0] }),
  consumes('Azure Service Bus', ['*.createReceiver', '*.createProcessor'], { imports: SERVICE_BUS, channel: [0] }),
  produces('Azure Event Hubs', ['new EventHubProducerClient'], { imports: EVENT_HUBS, target: [0], channel: [1] }),
  consumes('Azure Event Hubs', ['new EventHubConsumerClient'], { imports: EVENT_HUBS, target: [1], channel: [2] }),
  produces('Azure Event Grid', ['new EventGridPublisherClient'], { imports: ['@azure/eventgrid'], target: [0] }),
  // Azure Functions triggers and bindings, Node.js v4 model (azure-functions.ts)
  ...AZURE_FUNCTIONS_NODE,
  // AWS messaging (SDK v3 commands, v2 client methods)
  produces('Amazon SQS', ['new SendMessageCommand', 'new SendMessageBatchCommand'], { imports: ['@aws-sdk/client-sqs'], target: ['QueueUrl'], channel: ['QueueUrl'] }),
  consumes('Amazon SQS', ['new ReceiveMessageCommand'], { imports: ['@aws-sdk/client-sqs'], target: ['QueueUrl'], channel: ['QueueUrl'] }),
  consumes('Amazon SQS', ['Consumer.create'], { imports: ['sqs-consumer'], target: ['queueUrl'], channel: ['queueUrl'] }),
  produces('Amazon SQS', ['*.sendMessage', '*.sendMessageBatch'], { imports: AWS_V2, requires: ['QueueUrl'], target: ['QueueUrl'], channel: ['QueueUrl'] }),
  consumes('Amazon SQS', ['*.receiveMessage'], { imports: AWS_V2, requires: ['QueueUrl'], target: ['QueueUrl'], channel: ['QueueUrl'] }),
  produces('Amazon SNS', ['new PublishCommand', 'new PublishBatchCommand'], { imports: ['@aws-sdk/client-sns'], target: ['TopicArn', 'TargetArn'], channel: ['TopicArn', 'TargetArn'] }),
  produces('Amazon SNS', ['*.publish'], { imports: AWS_V2, requires: ['TopicArn', 'TargetArn'], target: ['TopicArn', 'TargetArn'], channel: ['TopicArn', 'TargetArn'] }),
  produces('Amazon EventBridge', ['new PutEventsCommand'], { imports: ['@aws-sdk/client-eventbridge'], target: ['Entries.EventBusName'], channel: ['Entries.EventBusName'] }),
  produces('Amazon EventBridge', ['*.putEvents'], { imports: AWS_V2, requires: ['Entries'], target: ['Entries.EventBusName'], channel: ['Entries.EventBusName'] }),
  // AWS Step Functions and Lambda: starting a state machine or invoking a function is a call of it.
  calls('rest', ['new StartExecutionCommand', 'new StartSyncExecutionCommand'], { imports: ['@aws-sdk/client-sfn'], target: ['stateMachineArn'], technology: 'AWS Step Functions' }),
  calls('rest', ['*.startExecution', '*.startSyncExecution'], { imports: AWS_V2, requires: ['stateMachineArn'], target: ['stateMachineArn'], technology: 'AWS Step Functions' }),
  calls('rest', ['new InvokeCommand'], { imports: ['@aws-sdk/client-lambda'], target: ['FunctionName'], technology: 'AWS Lambda' }),
  calls('rest', ['*.invoke'], { imports: AWS_V2, requires: ['FunctionName'], target: ['FunctionName'], technology: 'AWS Lambda' }),
  // Google Pub/Sub: `pubsub.topic('orders').publishMessage(...)`, `pubsub.subscription('s').on('message', ...)`
  produces('Google Pub/Sub', ['*.publish', '*.publishMessage', '*.publishJSON'], { imports: PUBSUB, requires: ['topic'], channel: ['topic'] }),
  consumes('Google Pub/Sub', ['*.on'], {
    imports: PUBSUB,
    channel: ['subscription'],
    refine: (site, tools) => {
      const event = tools.value(site, 0);
      return event.kind === 'literal' && event.text === 'message' ? undefined : false;
    },
  }),
  // Databases
  uses('database', 'PostgreSQL', ['new Pool', 'new Client'], { imports: ['pg', 'pg-pool'], target: [0, 'connectionString', 'host'], port: ['port'] }),
  uses('database', 'PostgreSQL', ['postgres'], { imports: ['postgres'], target: [0, 'host'], port: ['port'] }),
  uses('database', 'MySQL', ['createConnection', 'createPool', 'mysql.createConnection', 'mysql.createPool', 'mysql.createPoolCluster'], { imports: ['mysql', 'mysql2', 'mysql2/promise'], target: [0, 'uri', 'host'], port: ['port'] }),
  uses('database', 'MongoDB', ['mongoose.connect', 'mongoose.createConnection', 'connect', 'createConnection'], { imports: ['mongoose'], target: [0] }),
  uses('database', 'MongoDB', ['new MongoClient', 'MongoClient.connect'], { imports: ['mongodb'], target: [0] }),
  // CouchDB over its HTTP API: nano's `nano(url)` / `Nano({ url })`, and a PouchDB bound to a
  // server (`new PouchDB('http://couch:5984/db')`, `PouchDB.defaults({ prefix: url })`); a bare
  // database name is a local PouchDB, no address.
  uses('database', 'CouchDB', ['nano', 'Nano'], { imports: ['nano'], target: [0, 'url'] }),
  uses('database', 'CouchDB', ['new PouchDB', 'PouchDB.defaults'], { imports: ['pouchdb', 'pouchdb-node', 'pouchdb-core'], target: [0, 'prefix', 'name'], refine: (site, tools) => {
    const name = tools.value(site, 0);
    return name.kind === 'literal' && !name.text.includes('://') ? false : undefined;
  } }),
  // moleculer-db adapters: `adapter: new MongoAdapter(process.env.MONGO_URI)` in a service or its db mixin.
  uses('database', 'MongoDB', ['new MongoAdapter', 'new MongoDbAdapter'], { imports: ['moleculer-db-adapter-mongo'], target: [0] }),
  uses('database', 'MongoDB', ['new MongooseAdapter', 'new MongooseDbAdapter'], { imports: ['moleculer-db-adapter-mongoose'], target: [0] }),
  uses('database', undefined, ['new SqlAdapter', 'new SequelizeAdapter', 'new SequelizeDbAdapter'], { imports: ['moleculer-db-adapter-sequelize'], target: [0] }),
  uses('database', undefined, ['new Sequelize'], { imports: ['sequelize', 'sequelize-typescript'], target: [0, 'host'], port: ['port'], dialect: ['dialect'] }),
  // `TypeOrmModule.forRootAsync({ useFactory: (cfg) => ({ type, host: cfg.get('database.host') }) })`: the factory's result.
  uses('database', undefined, ['new DataSource', 'createConnection', 'TypeOrmModule.forRoot', 'TypeOrmModule.forRootAsync'], {
    imports: ['typeorm', '@nestjs/typeorm'],
    target: ['url', 'host', 'useFactory.url', 'useFactory.host'],
    port: ['port', 'useFactory.port'],
    dialect: ['type', 'useFactory.type'],
  }),
  uses('database', undefined, ['knex', 'Knex'], { imports: ['knex'], target: ['connection', 'connection.connectionString', 'connection.host'], port: ['connection.port'], dialect: ['client'] }),
  // ClickHouse's official client (`createClient({ url })`; older versions call the URL `host`).
  uses('database', 'ClickHouse', ['createClient', 'clickhouse.createClient'], { imports: ['@clickhouse/client', '@clickhouse/client-web'], target: ['url', 'host'] }),
  // Vector databases and search engines, and the LangChain/LlamaIndex stores taking an address (vector-stores.ts).
  ...VECTOR_STORES_TYPESCRIPT,
  // Redis clients, and the job queues whose broker Redis is (job-queues.ts).
  ...JOB_QUEUE_SIGNATURES,
  // Amazon DynamoDB: SDK v3 commands (client and lib-dynamodb document client), v2 DocumentClient methods.
  uses('database', 'Amazon DynamoDB', DYNAMODB_COMMANDS.map((command) => `new ${command}Command`), { imports: ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb'], target: ['TableName'], channel: ['TableName'] }),
  uses('database', 'Amazon DynamoDB', ['*.put', '*.get', '*.update', '*.delete', '*.query', '*.scan', '*.putItem', '*.getItem', '*.updateItem', '*.deleteItem'], { imports: AWS_V2, requires: ['TableName'], target: ['TableName'], channel: ['TableName'] }),
  // Object storage and file transfer
  // An S3-compatible store's endpoint (`new S3Client({ endpoint: 'https://s3.fr-par.scw.cloud' })`,
  // MinIO, R2) is where the file's commands go, not Amazon's S3.
  endpoint('file-transfer', 'Amazon S3', ['new S3Client'], { imports: ['@aws-sdk/client-s3'], target: ['endpoint'] }),
  uses('file-transfer', 'Amazon S3', S3_COMMANDS.map((command) => `new ${command}Command`), { imports: ['@aws-sdk/client-s3'], channel: ['Bucket'] }),
  uses('file-transfer', 'Amazon S3', ['new Upload'], { imports: ['@aws-sdk/lib-storage'], channel: ['params.Bucket'] }),
  uses('file-transfer', 'Amazon S3', ['*.putObject', '*.getObject', '*.upload', '*.deleteObject', '*.listObjectsV2', '*.listObjects', '*.headObject', '*.getSignedUrl', '*.getSignedUrlPromise', '*.createPresignedPost'], {
    imports: AWS_V2,
    requires: ['Bucket'],
    channel: ['Bucket'],
  }),
  // MinIO's JavaScript client (`new Minio.Client({ endPoint: 'minio', port: 9000 })`): a bare host.
  uses('file-transfer', 'MinIO', ['new Client', 'new Minio.Client', 'new minio.Client'], { imports: ['minio'], target: ['endPoint'], port: ['port'], bareHost: true }),
  endpoint('file-transfer', 'Azure Blob Storage', ['BlobServiceClient.fromConnectionString', 'new BlobServiceClient'], { imports: ['@azure/storage-blob'], target: [0], alone: 'uses' }),
  uses('file-transfer', 'Azure Blob Storage', ['*.getContainerClient'], { imports: ['@azure/storage-blob'], channel: [0] }),
  uses('file-transfer', 'Azure Blob Storage', ['new ContainerClient'], { imports: ['@azure/storage-blob'], target: [0], channel: [1] }),
  // Google Cloud's managed datastores (core/discovery/gcp-datastores.ts): the project or instance
  // as written names the store; the product's emulator variable, where the deployment sets it, moves it.
  uses('database', 'Google Cloud Firestore', ['new Firestore'], { imports: ['@google-cloud/firestore', 'firebase-admin'], key: 'FIRESTORE_EMULATOR_HOST', channel: ['projectId'] }),
  uses('database', 'Google Cloud Firestore', ['getFirestore', '*.firestore'], { imports: ['firebase-admin'], key: 'FIRESTORE_EMULATOR_HOST' }),
  uses('database', 'Google Cloud Datastore', ['new Datastore'], { imports: ['@google-cloud/datastore'], key: 'DATASTORE_EMULATOR_HOST', channel: ['projectId'] }),
  endpoint('database', 'Google Cloud Spanner', ['new Spanner'], { imports: ['@google-cloud/spanner'], key: 'SPANNER_EMULATOR_HOST', alone: 'uses' }),
  uses('database', 'Google Cloud Spanner', ['*.instance'], { imports: ['@google-cloud/spanner'], key: 'SPANNER_EMULATOR_HOST', channel: [0] }),
  endpoint('database', 'Google Cloud Bigtable', ['new Bigtable'], { imports: ['@google-cloud/bigtable'], key: 'BIGTABLE_EMULATOR_HOST', alone: 'uses' }),
  uses('database', 'Google Cloud Bigtable', ['*.instance'], { imports: ['@google-cloud/bigtable'], key: 'BIGTABLE_EMULATOR_HOST', channel: [0] }),
  endpoint('file-transfer', 'Google Cloud Storage', ['new Storage'], { imports: ['@google-cloud/storage'], key: 'STORAGE_EMULATOR_HOST', alone: 'uses' }),
  uses('file-transfer', 'Google Cloud Storage', ['*.bucket'], { imports: ['@google-cloud/storage'], channel: [0] }),
  uses('file-transfer', 'SFTP', ['*.connect'], { imports: ['ssh2-sftp-client'], target: ['host'], port: ['port'] }),
  // E-mail
  uses('email', 'SMTP', ['nodemailer.createTransport', 'createTransport'], { imports: ['nodemailer'], target: [0, 'host'], port: ['port'] }),
  // SaaS vendors' SDKs (see `vendor`): the client's construction, never a variable's name alone.
  vendor('Stripe', ['new Stripe', 'Stripe'], { imports: ['stripe'] }),
  vendor('Stripe', ['require'], { imports: ['stripe'], refine: requiredAndCalled('stripe') }),
  vendor('Twilio', ['new Twilio', 'Twilio', 'twilio'], { imports: ['twilio'] }),
  vendor('Twilio', ['require'], { imports: ['twilio'], refine: requiredAndCalled('twilio') }),
  // `@sendgrid/mail` (`sgMail.send(msg)`, in nodemailer's place) and `@sendgrid/client` alike: e-mail to SendGrid (mail-providers.ts).
  vendor('SendGrid', ['*.setApiKey', '*.send', '*.sendMultiple', 'new MailService'], { imports: ['@sendgrid/mail'] }),
  vendor('SendGrid', ['*.request', 'new Client'], { imports: ['@sendgrid/client'] }),
  vendor('Mailgun', ['new Mailgun', 'mailgun'], { imports: ['mailgun.js', 'mailgun-js'] }),
  vendor('Mailgun', ['require'], { imports: ['mailgun-js'], refine: requiredAndCalled('mailgun-js') }),
  vendor('Azure OpenAI', ['new AzureOpenAI'], { imports: ['openai'] }),
  vendor('Azure OpenAI', ['new OpenAIClient'], { imports: ['@azure/openai'] }),
  vendor('OpenAI', ['new OpenAI', 'new OpenAIApi'], { imports: ['openai'] }),
  vendor('OpenAI', ['new ChatOpenAI', 'new OpenAIEmbeddings'], { imports: ['@langchain/openai', 'langchain/chat_models/openai'] }),
  vendor('Anthropic', ['new Anthropic'], { imports: ['@anthropic-ai/sdk'] }),
  vendor('Anthropic', ['new ChatAnthropic'], { imports: ['@langchain/anthropic'] }),
  vendor('Slack', ['new WebClient'], { imports: ['@slack/web-api'] }),
  vendor('Slack', ['new App'], { imports: ['@slack/bolt'] }),
  vendor('PayPal', ['new PayPalHttpClient'], { imports: ['@paypal/checkout-server-sdk', '@paypal/payouts-sdk'] }),
  vendor('PayPal', ['new Client'], { imports: ['@paypal/paypal-server-sdk'] }),
  vendor('PayPal', ['paypal.configure'], { imports: ['paypal-rest-sdk'] }),
  vendor('Auth0', ['new ManagementClient', 'new AuthenticationClient', 'new UserInfoClient'], { imports: ['auth0'] }),
  vendor('Okta', ['new Client'], { imports: ['@okta/okta-sdk-nodejs'] }),
  // More vendors' official SDKs (saas-vendors.ts).
  ...TYPESCRIPT_VENDORS,
  // Clients OpenAPI Generator made from a server's specification (openapi-generated.ts).
  ...OPENAPI_GENERATED_TYPESCRIPT,
];

/** The TypeScript/JavaScript family's table. */
export const TYPESCRIPT_TABLE: FamilyTable = {
  signatures: TYPESCRIPT_SIGNATURES,
  // Whole names and name prefixes (see prefilter.ts): `fetch(` but not `fetchLatest`, `@google-cloud/storage` but not `storageKey`.
  triggers: triggerPattern({
    words: ['fetch', 'WebSocket', 'io', 'got', 'pg', 'bull', 'bullmq', 'bee-queue', 'registerAs', 'nano', 'minio'],
    prefixes: [...OPENAPI_GENERATED_TRIGGERS.typescript, 'dapr', 'rhea', 'axios', 'http-proxy', 'https-proxy-agent', 'ProxyAgent', 'undici', 'superagent', 'HttpClient', 'HttpService', 'graphql', 'apollo', 'urql', 'soap', 'grpc', 'connectrpc', 'bufbuild', 'kafka', 'rdkafka', 'amqp', 'nats', 'mqtt', 'stomp', 'webstomp', 'zeebe', 'camunda8', 'temporalio', 'service-bus', 'event-hubs', 'eventhubs', 'eventgrid', 'eventbridge', 'aws-sdk', 'sqs', 'pubsub', 'google-cloud', 'storage-blob', 'redis', 'ioredis', 'pouchdb', 'PouchDB', 'postgres', 'mysql', 'mongo', 'sequelize', 'typeorm', 'knex', 'sftp', 'nodemailer', 'stripe', 'twilio', 'sendgrid', 'mailgun', 'openai', 'langchain', 'anthropic', 'slack', 'paypal', 'auth0', 'okta', 'HttpModule', 'MongooseModule', 'BullModule', 'InjectQueue', 'firestore', 'firebase', 'datastore', 'spanner', 'bigtable', 'clickhouse', ...VENDOR_TRIGGERS.typescript, ...VECTOR_STORE_TRIGGERS],
    // the modules `http.request` and `request(…)` need, as imported or required; node-config's
    // `config` module, whose `config.get('redis.hostname')` reads a key a constants module shares
    patterns: ['[Ss](?<![A-Za-z0-9][^])torage(?![A-Za-z0-9])', '[\'"`](?:node:)?https?[\'"`]', '[\'"`]request(?:-promise(?:-native)?)?[\'"`]', '\\bprocess\\.env\\b', '[\'"`]config[\'"`]', '\\bTransport\\.[A-Z]', '@azure/functions'],
  }),
  values: {
    // @nestjs/config: `cfg.get<string>('NATS_SERVERS')`, `config.getOrThrow('database.host')` on a ConfigService.
    env: [{ call: ['ConfigService.get', 'ConfigService.getOrThrow'] }],
    // A list setting split into its items (`cfg.get('NATS_SERVERS').split(',')`) is still that setting.
    carriers: [
      { call: ['new URL', 'new Request'], arg: 0 },
      // A Redis client made from options or a URL (a job queue's `connection`) is where that Redis is.
      { call: ['new Redis', 'new IORedis'], arg: 0 },
      { call: ['*.split'], arg: 'receiver' },
    ],
    format: ['util.format', 'format'],
  },
};
