/**
 * The clients Go code talks to the world through. Go names the package at every call
 * (`http.Get`, `grpc.Dial`, `redis.NewClient`) and configures clients with struct literals, so
 * most lines here are package-qualified calls or `literal` patterns; method calls common to many
 * packages (`Publish`, `Subscribe`) are only taken in files importing the package.
 */
import { OPENAPI_GENERATED_GO, OPENAPI_GENERATED_TRIGGERS } from './openapi-generated.js';
import { GO_REDIS_QUEUE_SIGNATURES } from './go-redis-queues.js';
import { GO_VENDORS, VENDOR_TRIGGERS } from './saas-vendors.js';
import { technologyOf } from './targets.js';
import { DAPR_COMPONENT_KEY } from '../config/dapr-components.js';
import { triggerPattern } from './prefilter.js';
import { VECTOR_STORES_GO, VECTOR_STORE_TRIGGERS } from './vector-stores.js';
import type { FamilyTable, Signature, SyntaxNode } from './code-model.js';
import { between, calls, consumes, endpoint, produces, provides, uses, vendor } from './signature-builders.js';
import { MICRO_BROKER_TARGET_KEY } from '../../../core/discovery/go-micro.js';
import { GO_MICRO_IMPORTS } from './go-micro.js';
import { WATERMILL_AMQP_CONFIGS, WATERMILL_GO, WATERMILL_TRIGGERS } from './watermill.js';

const SEGMENTIO = ['github.com/segmentio/kafka-go'];
const SARAMA = ['github.com/Shopify/sarama', 'github.com/IBM/sarama'];
const CONFLUENT = ['github.com/confluentinc/confluent-kafka-go'];
/** franz-go: one client (`kgo.NewClient(opts...)`) that consumes when given topics, produces records. */
const FRANZ = ['github.com/twmb/franz-go'];
const AMQP = ['github.com/streadway/amqp', 'github.com/rabbitmq/amqp091-go'];
/** AMQP 1.0 (ActiveMQ Artemis, Qpid, Azure Service Bus, RabbitMQ's AMQP 1.0 plugin). */
const AMQP10 = ['github.com/Azure/go-amqp', 'github.com/vcabbage/amqp'];
/** STOMP (ActiveMQ, Artemis, RabbitMQ's STOMP plugin). */
const STOMP = ['github.com/go-stomp/stomp'];
/** Zeebe's Go client (Camunda 8), from its current and former homes. */
const ZEEBE = ['github.com/camunda/zeebe/clients/go', 'github.com/camunda/camunda/clients/go', 'github.com/camunda-community-hub/zeebe-client-go', 'github.com/zeebe-io/zeebe/clients/go'];
/** Temporal's Go SDK. */
const TEMPORAL = ['go.temporal.io/sdk'];
const NATS = ['github.com/nats-io/nats.go'];
const PAHO = ['github.com/eclipse/paho.mqtt.golang'];
const SERVICE_BUS = ['github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus'];
const EVENT_HUBS = ['github.com/Azure/azure-sdk-for-go/sdk/messaging/azeventhubs'];
const SQS = ['github.com/aws/aws-sdk-go-v2/service/sqs', 'github.com/aws/aws-sdk-go/service/sqs'];
const SNS = ['github.com/aws/aws-sdk-go-v2/service/sns', 'github.com/aws/aws-sdk-go/service/sns'];
const S3 = ['github.com/aws/aws-sdk-go-v2/service/s3', 'github.com/aws/aws-sdk-go/service/s3', 'github.com/aws/aws-sdk-go-v2/feature/s3/manager', 'github.com/aws/aws-sdk-go/service/s3/s3manager'];
const PUBSUB = ['cloud.google.com/go/pubsub'];
const EVENTBRIDGE = ['github.com/aws/aws-sdk-go-v2/service/eventbridge', 'github.com/aws/aws-sdk-go/service/eventbridge'];
/** How a typed amqp channel or connection reads (`amqp.Dial.Channel`, `*amqp.Channel`). */
const AMQP_TYPE = /^amqp(?:091)?\./;
const AZBLOB = ['github.com/Azure/azure-sdk-for-go/sdk/storage/azblob'];
const S3_INPUTS = ['PutObjectInput', 'GetObjectInput', 'DeleteObjectInput', 'ListObjectsV2Input', 'ListObjectsInput', 'HeadObjectInput', 'CopyObjectInput', 'UploadInput', 'DownloadInput'];

/** connect-go, in its current and former homes. */
const CONNECT_GO = ['connectrpc.com/connect', 'github.com/bufbuild/connect-go'];

const GO_ZERO = ['github.com/zeromicro/go-zero', 'github.com/tal-tech/go-zero'];
const GO_QUEUE = ['github.com/zeromicro/go-queue', 'github.com/tal-tech/go-queue'];
const ASYNQ = ['github.com/hibiken/asynq'];
/** gocraft/work: a job queue kept in Redis, reached through a redigo pool. */
const GOCRAFT_WORK = ['github.com/gocraft/work'];
/** Beego's ORM, in its current and former homes. */
const BEEGO_ORM = ['github.com/beego/beego/v2/client/orm', 'github.com/beego/beego/orm', 'github.com/astaxie/beego/orm'];

/**
 * Whether a redigo dial is the `Dial` of a `redis.Pool` in a file of a gocraft/work job queue: the
 * pool is the queue's (`work.NewEnqueuer(ns, pool)`), its connection messaging, not a database use.
 */
const dialsQueuePool: NonNullable<Signature['refine']> = (site) => {
  let root = site.node;
  let pooled = false;
  for (let node = site.node.parent; node; node = node.parent) {
    if (node.type === 'composite_literal' && /^redis\.Pool$/.test(node.childForFieldName('type')?.text ?? '')) pooled = true;
    root = node;
  }
  return pooled && GOCRAFT_WORK.some((path) => root.text.includes(`"${path}"`)) ? false : undefined;
};

/** A go-queue consumer's topic: the `Topic` of the settings section it is given (`kq.MustNewQueue(c.PaymentUpdateStatusConf, h)`). */
const sectionTopic: NonNullable<Signature['refine']> = (site, tools) => {
  const section = tools.value(site, 0);
  return section.kind === 'env' ? { channel: `$ref:${section.key}.Topic` } : undefined;
};

/**
 * Whether a stub factory's argument is a connection rather than a context (`kms.NewKeyManagementClient(ctx)`
 * is not a stub) or an options struct written in place (`client.NewLazyClient(client.Options{…})`,
 * Temporal's: a client library's configuration, not the connection a generated stub is handed),
 * nor a string (`carrier.NewCarrierClient(os.Getenv("CARRIER_TOKEN"))`, an HTTP client struct's
 * constructor given a token or a URL: a `*grpc.ClientConn` is never written as text).
 */
const takesConnection = (text: string): boolean => !/^(ctx|context\.|c\.Context)/.test(text) && !/^&?[\w.]+\{/.test(text) && !/^(?:os\.(?:Getenv|LookupEnv)\(|["`])/.test(text);

/** stripe-go's resource packages (`charge.New(params)`), each calling Stripe's API. */
const STRIPE_PACKAGES = ['charge', 'paymentintent', 'customer', 'refund', 'subscription', 'session', 'invoice', 'price', 'product', 'setupintent', 'paymentmethod', 'transfer', 'payout', 'paymentlink'];

/** The signatures of the Go family, in the order they are tried. */
export const GO_SIGNATURES: readonly Signature[] = [
  // Dapr (github.com/dapr/go-sdk): invocation goes to the app id; pub/sub and state name a component.
  calls('rest', ['*.InvokeMethod', '*.InvokeMethodWithContent', '*.InvokeMethodWithCustomContent'], { imports: ['github.com/dapr/go-sdk'], target: [1], bareHost: true, technology: 'Dapr' }),
  produces('Dapr', ['*.PublishEvent', '*.PublishEvents'], { imports: ['github.com/dapr/go-sdk'], target: [1], componentKey: DAPR_COMPONENT_KEY, channel: [2] }),
  uses('database', undefined, ['*.SaveState', '*.GetState', '*.GetBulkState', '*.DeleteState', '*.SaveBulkState', '*.ExecuteStateTransaction', '*.QueryStateAlpha1'], { imports: ['github.com/dapr/go-sdk'], target: [1], componentKey: DAPR_COMPONENT_KEY }),
  uses('other', undefined, ['*.InvokeOutputBinding', '*.InvokeBinding'], { imports: ['github.com/dapr/go-sdk'], target: ['Name'], componentKey: DAPR_COMPONENT_KEY }),
  consumes('Dapr', ['literal common.Subscription', 'literal daprd.Subscription'], { imports: ['github.com/dapr/go-sdk'], target: ['PubsubName'], componentKey: DAPR_COMPONENT_KEY, channel: ['Topic'] }),
  // SaaS vendors' SDKs (see `vendor`): the client's construction or a resource package's call, in files importing the SDK;
  // first, since `NewRestClient` and `NewSendClient` read like gRPC stubs.
  vendor('Stripe', [...STRIPE_PACKAGES.flatMap((resource) => [`${resource}.New`, `${resource}.Get`, `${resource}.List`]), 'client.New', 'stripe.NewClient'], { imports: ['github.com/stripe/stripe-go'] }),
  vendor('OpenAI', ['openai.NewClient', 'openai.NewClientWithConfig'], { imports: ['github.com/sashabaranov/go-openai', 'github.com/openai/openai-go'] }),
  vendor('Anthropic', ['anthropic.NewClient'], { imports: ['github.com/anthropics/anthropic-sdk-go'] }),
  vendor('Twilio', ['twilio.NewRestClient', 'twilio.NewRestClientWithParams'], { imports: ['github.com/twilio/twilio-go'] }),
  vendor('SendGrid', ['sendgrid.NewSendClient', 'sendgrid.API'], { imports: ['github.com/sendgrid/sendgrid-go'] }),
  vendor('Mailgun', ['mailgun.NewMailgun', 'mailgun.NewMailgunFromEnv'], { imports: ['github.com/mailgun/mailgun-go'] }),
  vendor('Slack', ['slack.New'], { imports: ['github.com/slack-go/slack'] }),
  // More vendors' official SDKs (saas-vendors.ts).
  ...GO_VENDORS,
  // HTTP
  calls('rest', ['http.Get', 'http.Post', 'http.Head', 'http.PostForm'], { target: [0] }),
  // `&http.Transport{Proxy: http.ProxyURL(u)}`: the client's requests go through that forward proxy.
  calls('rest', ['http.ProxyURL'], { proxy: [0], knownOnly: true }),
  calls('rest', ['http.NewRequest'], { target: [1] }),
  calls('rest', ['http.NewRequestWithContext'], { target: [2] }),
  // A reverse proxy forwards every request it is handed to its target (a gateway's path-prefix
  // table, `for prefix, endpoint := range routes { … NewSingleHostReverseProxy(target) }`, one per entry).
  calls('rest', ['httputil.NewSingleHostReverseProxy'], { target: [0] }),
  calls('rest', ['http.Client.Get', 'http.Client.Post', 'http.Client.Head', 'http.Client.PostForm'], { target: [0] }),
  calls('rest', ['*.SetBaseURL', '*.SetHostURL'], { imports: ['github.com/go-resty/resty'], target: [0] }),
  calls('rest', ['*.R.Get', '*.R.Post', '*.R.Put', '*.R.Delete', '*.R.Patch'], { imports: ['github.com/go-resty/resty'], target: [0], knownOnly: true }),
  calls('graphql', ['graphql.NewClient'], { imports: ['github.com/machinebox/graphql', 'github.com/hasura/go-graphql-client', 'github.com/shurcooL/graphql'], target: [0], technology: 'GraphQL' }),
  calls('soap', ['soap.NewClient'], { imports: ['github.com/hooklift/gowsdl/soap'], target: [0], technology: 'SOAP' }),
  // gRPC: `grpc.Dial(addr)` / `grpc.NewClient(addr)` and `pb.NewCartServiceClient(conn)`; servers `pb.RegisterCartServiceServer(s, impl)`
  calls('grpc', ['grpc.Dial', 'grpc.NewClient'], { target: [0] }),
  calls('grpc', ['grpc.DialContext'], { target: [1] }),
  // Connect RPC (connect-go): protoc-gen-connect-go puts a service's client in a package named
  // after the proto package with `connect` appended (`runnerv1connect.NewRunnerServiceClient(httpClient,
  // baseURL, opts...)`), and the library builds one procedure's client (`connect.NewClient[Req, Res](httpClient, url)`).
  // The base URL is http(s) by design, the calls gRPC-style RPCs (Connect, gRPC or gRPC-Web) all the same:
  // no schemeDecides. Before the stub line below, which wants a connection as only argument.
  calls('grpc', ['*connect.New*Client'], {
    target: [1],
    service: (site) => between(site.name, 'New', 'Client'),
    refine: (site) => (site.args.length >= 2 && between(site.name, 'New', 'Client') ? undefined : false),
  }),
  calls('grpc', ['connect.NewClient'], { imports: CONNECT_GO, target: [1], refine: (site) => (site.args.length >= 2 ? undefined : false) }),
  // Its server side (`path, handler := runnerv1connect.NewRunnerServiceHandler(impl)`) serves the service.
  provides(['*connect.New*ServiceHandler'], (site) => between(site.name, 'New', 'Handler'), { refine: (site) => (site.args.length >= 1 ? undefined : false) }),
  // A stub is guessed from the constructor's name: an address with an http(s) scheme makes it an HTTP client's (schemeDecides).
  calls('grpc', ['*.New*Client'], {
    target: [0],
    schemeDecides: true,
    service: (site) => between(site.name, 'New', 'Client'),
    refine: (site, tools) => (site.args.length === 1 && site.args[0] && takesConnection(tools.text(site.args[0])) && between(site.name, 'New', 'Client') ? undefined : false),
  }),
  // grpc-gateway: the REST proxy's `gw.RegisterProductServiceHandlerFromEndpoint(ctx, mux, endpoint, opts)` dials the gRPC service.
  calls('grpc', ['*.Register*HandlerFromEndpoint'], { target: [2], service: (site) => between(site.name, 'Register', 'HandlerFromEndpoint'), refine: (site) => (site.args.length >= 3 ? undefined : false) }),
  provides(['*.Register*Server'], (site) => between(site.name, 'Register', 'Server'), { refine: (site) => (site.args.length === 2 ? undefined : false) }),
  // go-micro (core/discovery/go-micro.ts): a protoc-gen-micro client is made for the name the
  // service registers under (`pb.NewFleetService("acme.fleet", srv.Client())`), and its handler is
  // registered with the service's server (`pb.RegisterFleetHandler(srv.Server(), h)`). Events go
  // through the broker the deployment chooses, the setting MICRO_BROKER_TARGET_KEY.
  calls('grpc', ['*.New*Service'], {
    imports: GO_MICRO_IMPORTS,
    target: [0],
    bareHost: true,
    targetKind: 'application',
    technology: 'go-micro',
    service: (site) => between(site.name, 'New', 'Service'),
    // `micro.NewService(opts…)`, `web.NewService(…)` make a service, not a client of one.
    refine: (site) => (site.args.length === 2 && between(site.name, 'New', 'Service') ? undefined : false),
  }),
  // The client's own request, with no generated code: `client.NewRequest("acme.fleet", "Fleet.Assign", req)`.
  calls('grpc', ['client.NewRequest', '*.Client.NewRequest'], {
    imports: GO_MICRO_IMPORTS,
    target: [0],
    bareHost: true,
    knownOnly: true,
    targetKind: 'application',
    technology: 'go-micro',
    refine: (site, tools) => {
      if (site.args.length < 3) return false;
      const endpoint = tools.value(site, 1);
      const service = endpoint.kind === 'literal' ? /^(\w+)\.\w+$/.exec(endpoint.text)?.[1] : undefined;
      return service ? { channel: service } : undefined;
    },
  }),
  provides(['*.Register*Handler'], (site) => between(site.name, 'Register', 'Handler'), { imports: GO_MICRO_IMPORTS, refine: (site) => (site.args.length === 2 ? undefined : false) }),
  produces('go-micro', ['micro.NewEvent', 'micro.NewPublisher', 'service.NewEvent', 'broker.Publish', '*.Broker.Publish'], { imports: GO_MICRO_IMPORTS, channel: [0], key: MICRO_BROKER_TARGET_KEY }),
  consumes('go-micro', ['micro.RegisterSubscriber', 'service.RegisterSubscriber', 'server.NewSubscriber', '*.Server.NewSubscriber', 'broker.Subscribe', '*.Broker.Subscribe'], { imports: GO_MICRO_IMPORTS, channel: [0], key: MICRO_BROKER_TARGET_KEY }),
  // ThreeDotsLabs Watermill (watermill.ts): pub/subs constructed as a bus's transports, used through its interfaces.
  ...WATERMILL_GO,
  // Kafka: segmentio/kafka-go, sarama, confluent-kafka-go
  produces('Kafka', ['literal kafka.Writer', 'literal kafka.WriterConfig'], { imports: SEGMENTIO, target: ['Addr', 'Brokers'], channel: ['Topic'] }),
  consumes('Kafka', ['literal kafka.ReaderConfig'], { imports: SEGMENTIO, target: ['Brokers'], channel: ['Topic', 'GroupTopics'] }),
  endpoint('messaging', 'Kafka', ['sarama.NewSyncProducer', 'sarama.NewAsyncProducer', 'sarama.NewConsumer', 'sarama.NewConsumerGroup', 'sarama.NewClient'], { imports: SARAMA, target: [0] }),
  produces('Kafka', ['literal sarama.ProducerMessage'], { imports: SARAMA, channel: ['Topic'] }),
  consumes('Kafka', ['*.ConsumePartition'], { imports: SARAMA, channel: [0] }),
  consumes('Kafka', ['*.Consume'], { imports: SARAMA, channel: [1] }),
  endpoint('messaging', 'Kafka', ['kafka.NewProducer', 'kafka.NewConsumer'], { imports: CONFLUENT, target: ['bootstrap.servers'] }),
  produces('Kafka', ['*.Produce'], { imports: CONFLUENT, channel: ['TopicPartition.Topic'] }),
  consumes('Kafka', ['*.SubscribeTopics', '*.Subscribe'], { imports: CONFLUENT, channel: [0] }),
  // franz-go: the brokers are an option (`kgo.SeedBrokers(brokers...)`, a carrier); a client given
  // `kgo.ConsumeTopics` (with `kgo.ConsumerGroup` or not) consumes them, a `kgo.Record` is produced.
  endpoint('messaging', 'Kafka', ['kgo.NewClient'], { imports: FRANZ, target: [0, 1, 2, 3, 4, 5] }),
  consumes('Kafka', ['kgo.ConsumeTopics', 'kgo.ConsumeRegex'], { imports: FRANZ, channel: [0] }),
  produces('Kafka', ['literal kgo.Record', 'kgo.DefaultProduceTopic'], { imports: FRANZ, channel: ['Topic', 0] }),
  // RabbitMQ
  endpoint('messaging', 'RabbitMQ', ['amqp.Dial', 'amqp.DialConfig', 'amqp.DialTLS', 'amqp091.Dial'], { imports: AMQP, target: [0] }),
  produces('RabbitMQ', ['*.Publish'], { imports: AMQP, receiverType: AMQP_TYPE, channel: [0, 1] }),
  produces('RabbitMQ', ['*.PublishWithContext', '*.PublishWithDeferredConfirmWithContext'], { imports: AMQP, receiverType: AMQP_TYPE, channel: [1, 2] }),
  consumes('RabbitMQ', ['*.Consume', '*.ConsumeWithContext'], { imports: AMQP, receiverType: AMQP_TYPE, channel: [0] }),
  // AMQP 1.0: `amqp.Dial(ctx, "amqps://bus.servicebus.windows.net", opts)`, then links on a session.
  endpoint('messaging', 'AMQP', ['amqp.Dial', 'amqp.NewConn'], { imports: AMQP10, target: [1, 0] }),
  produces('AMQP', ['*.NewSender'], { imports: AMQP10, channel: [1, 0] }),
  consumes('AMQP', ['*.NewReceiver'], { imports: AMQP10, channel: [1, 0] }),
  // STOMP (go-stomp): `stomp.Dial("tcp", addr, opts…)`, `conn.Send(dest, contentType, body, opts…)`,
  // `conn.Subscribe(dest, stomp.AckAuto)`; the destination is the channel.
  endpoint('messaging', 'STOMP', ['stomp.Dial'], { imports: STOMP, target: [1] }),
  produces('STOMP', ['*.Send'], { imports: STOMP, receiverType: /^stomp\./, channel: [0] }),
  consumes('STOMP', ['*.Subscribe'], { imports: STOMP, receiverType: /^stomp\./, channel: [0] }),
  // Zeebe (Camunda 8), reached over gRPC like a broker: `zbc.NewClient(&zbc.ClientConfig{GatewayAddress})`
  // (or ZEEBE_ADDRESS); `NewJobWorker().JobType("x")` consumes, starting instances, publishing
  // messages and deploying produce.
  endpoint('messaging', 'Zeebe', ['literal zbc.ClientConfig'], { imports: ZEEBE, target: ['GatewayAddress'] }),
  consumes('Zeebe', ['*.NewJobWorker.JobType'], { imports: ZEEBE, channel: [0] }),
  produces('Zeebe', ['*.NewCreateInstanceCommand.BPMNProcessId', '*.NewCreateInstanceCommand.BPMNProcessID'], { imports: ZEEBE, channel: [0] }),
  produces('Zeebe', ['*.NewPublishMessageCommand.MessageName'], { imports: ZEEBE, channel: [0] }),
  produces('Zeebe', ['*.NewDeployResourceCommand.*', '*.NewDeployProcessCommand.*'], { imports: ZEEBE, channel: [0] }),
  // Temporal, a workflow engine its SDKs reach over gRPC like a broker: `client.Dial(client.Options{HostPort})`
  // (none: localhost:7233); starting, signalling or querying a workflow produces to it (the task
  // queue of the start options is the channel), a worker polling a task queue consumes from it.
  endpoint('messaging', 'Temporal', ['literal client.Options'], { imports: TEMPORAL, target: ['HostPort'] }),
  produces('Temporal', ['literal client.StartWorkflowOptions'], { imports: TEMPORAL, channel: ['TaskQueue'] }),
  produces('Temporal', ['*.ExecuteWorkflow', '*.SignalWorkflow', '*.SignalWithStartWorkflow', '*.QueryWorkflow', '*.QueryWorkflowWithOptions', '*.UpdateWorkflow', '*.UpdateWithStartWorkflow', '*.GetWorkflow', '*.CancelWorkflow', '*.TerminateWorkflow'], {
    imports: TEMPORAL,
    // Inside a workflow, `workflow.ExecuteChildWorkflow` and activities are the worker's own work.
    refine: (site) => (/^workflow\./.test(site.callee) ? false : undefined),
  }),
  consumes('Temporal', ['worker.New'], { imports: TEMPORAL, channel: [1] }),
  // NATS and MQTT
  endpoint('messaging', 'NATS', ['nats.Connect'], { imports: NATS, target: [0] }),
  produces('NATS', ['*.Publish', '*.PublishMsg', '*.Request', '*.PublishAsync'], { imports: NATS, receiverType: /^nats\./, channel: [0] }),
  consumes('NATS', ['*.Subscribe', '*.QueueSubscribe', '*.ChanSubscribe', '*.SubscribeSync', '*.QueueSubscribeSync', '*.PullSubscribe'], { imports: NATS, receiverType: /^nats\./, channel: [0] }),
  endpoint('messaging', 'MQTT', ['*.AddBroker'], { imports: PAHO, target: [0] }),
  produces('MQTT', ['*.Publish'], { imports: PAHO, receiverType: /^mqtt\./, channel: [0] }),
  consumes('MQTT', ['*.Subscribe'], { imports: PAHO, receiverType: /^mqtt\./, channel: [0] }),
  // Azure messaging
  endpoint('messaging', 'Azure Service Bus', ['azservicebus.NewClientFromConnectionString', 'azservicebus.NewClient'], { imports: SERVICE_BUS, target: [0] }),
  produces('Azure Service Bus', ['*.NewSender'], { imports: SERVICE_BUS, channel: [0] }),
  consumes('Azure Service Bus', ['*.NewReceiverForQueue', '*.NewReceiverForSubscription'], { imports: SERVICE_BUS, channel: [0] }),
  produces('Azure Event Hubs', ['azeventhubs.NewProducerClientFromConnectionString', 'azeventhubs.NewProducerClient'], { imports: EVENT_HUBS, target: [0], channel: [1] }),
  consumes('Azure Event Hubs', ['azeventhubs.NewConsumerClientFromConnectionString', 'azeventhubs.NewConsumerClient'], { imports: EVENT_HUBS, target: [0], channel: [1] }),
  // AWS and Google messaging
  produces('Amazon SQS', ['literal sqs.SendMessageInput', 'literal sqs.SendMessageBatchInput'], { imports: SQS, target: ['QueueUrl'], channel: ['QueueUrl'] }),
  consumes('Amazon SQS', ['literal sqs.ReceiveMessageInput'], { imports: SQS, target: ['QueueUrl'], channel: ['QueueUrl'] }),
  produces('Amazon SNS', ['literal sns.PublishInput', 'literal sns.PublishBatchInput'], { imports: SNS, target: ['TopicArn', 'TargetArn'], channel: ['TopicArn', 'TargetArn'] }),
  produces('Amazon EventBridge', ['literal eventbridge.PutEventsInput'], { imports: EVENTBRIDGE, target: ['Entries.EventBusName'], channel: ['Entries.EventBusName'] }),
  produces('Google Pub/Sub', ['*.Publish'], { imports: PUBSUB, requires: ['Topic'], channel: ['Topic'] }),
  consumes('Google Pub/Sub', ['*.Receive'], { imports: PUBSUB, requires: ['Subscription'], channel: ['Subscription'] }),
  // go-zero: clients built from sections of the service's settings file (`zrpc.MustNewClient(c.UsercenterRpcConf)`,
  // `kq.NewPusher(c.KqPusherConf.Brokers, c.KqPusherConf.Topic)`), bound by go-config-file.ts; asynq queues tasks in Redis.
  calls('grpc', ['zrpc.MustNewClient', 'zrpc.NewClient', 'zrpc.NewClientWithTarget', 'zrpc.NewClientIfEnable'], { imports: GO_ZERO, target: [0], bareHost: true }),
  uses('database', 'MySQL', ['sqlx.NewMysql'], { imports: GO_ZERO, target: [0] }),
  uses('database', undefined, ['sqlx.NewSqlConn'], { imports: GO_ZERO, target: [1], dialect: [0] }),
  uses('database', 'PostgreSQL', ['postgres.New'], { imports: GO_ZERO, target: [0] }),
  uses('database', 'Redis', ['redis.MustNewRedis', 'redis.NewRedis', 'redis.New'], { imports: GO_ZERO, target: [0], bareHost: true }),
  // A model's cache (`sqlc.NewConn(conn, c)` with `c cache.CacheConf`, the `Cache: [{Host: …}]` section).
  uses('database', 'Redis', ['sqlc.NewConn', 'sqlc.NewNodeConn', 'cache.New'], { imports: GO_ZERO, target: [1], bareHost: true }),
  uses('database', 'MongoDB', ['mon.MustNewModel', 'mon.NewModel', 'monc.MustNewModel', 'monc.NewModel'], { imports: GO_ZERO, target: [0] }),
  produces('Kafka', ['kq.NewPusher'], { imports: GO_QUEUE, target: [0], channel: [1], bareHost: true }),
  consumes('Kafka', ['kq.MustNewQueue', 'kq.NewQueue'], { imports: GO_QUEUE, target: [0], bareHost: true, refine: sectionTopic }),
  // asynq's Scheduler enqueues its periodic tasks (a producer); its Server works them.
  produces('Redis', ['asynq.NewClient', 'asynq.NewScheduler'], { imports: ASYNQ, target: ['Addr', 'Addrs', 0], bareHost: true }),
  consumes('Redis', ['asynq.NewServer'], { imports: ASYNQ, target: ['Addr', 'Addrs', 0], bareHost: true }),
  // gocraft/work: an enqueuer produces jobs, a worker pool consumes them, both through the redigo pool they are given.
  produces('Redis', ['work.NewEnqueuer'], { imports: GOCRAFT_WORK, target: [1], bareHost: true }),
  consumes('Redis', ['work.NewWorkerPool', 'work.NewWorkerPoolWithOptions'], { imports: GOCRAFT_WORK, target: [3], bareHost: true }),
  // Databases
  uses('database', undefined, ['sql.Open', 'sqlx.Open', 'sqlx.Connect', 'sqlx.MustConnect', 'sqlx.MustOpen'], { target: [1], dialect: [0] }),
  // xorm (Gitea-like forges): `xorm.NewEngine("postgres", connStr)`, the driver then the DSN, as database/sql's.
  uses('database', undefined, ['xorm.NewEngine', 'xorm.NewEngineGroup'], { imports: ['xorm.io/xorm', 'github.com/go-xorm/xorm'], target: [1], dialect: [0] }),
  uses('database', 'PostgreSQL', ['pgx.Connect', 'pgxpool.Connect', 'pgxpool.New', 'pgx.ParseConfig', 'pgxpool.ParseConfig'], { target: [1, 0] }),
  uses('database', undefined, ['gorm.Open'], {
    target: [0],
    refine: (site, tools) => {
      const first = site.args[0];
      // jinzhu/gorm (v1): `gorm.Open("mysql", dsn)`, the dialect's name first and the DSN after it,
      // as database/sql's `sql.Open`; v2 takes a dialector (`gorm.Open(mysql.Open(dsn), &gorm.Config{})`).
      // A DSN the file cannot follow (built by a helper in another package) leaves the dialect's
      // name as the target, as before: the one server a deployment runs under that name.
      if (first && site.args.length === 2 && importsJinzhuGorm(site.node) && tools.value(site, 1).kind !== 'unknown') {
        const named = tools.value(site, 0);
        const technology = named.kind === 'literal' ? technologyOf(named.text) : undefined;
        return { target: [1], ...(technology ? { technology } : {}) };
      }
      const dialect = first ? /^(\w+)\.(?:Open|New)\b/.exec(tools.text(first))?.[1] : undefined;
      const technology = dialect ? technologyOf(dialect) : undefined;
      return technology ? { technology } : undefined;
    },
  }),
  uses('database', 'MongoDB', ['mongo.Connect', 'mongo.NewClient'], { target: [1, 0] }),
  // A Redis list as a work queue: pushes produce, pops consume (go-redis-queues.ts).
  ...GO_REDIS_QUEUE_SIGNATURES,
  uses('database', 'Redis', ['redis.NewClient', 'redis.NewClusterClient', 'redis.NewFailoverClient', 'redis.NewUniversalClient'], { imports: ['github.com/go-redis/redis', 'github.com/redis/go-redis'], target: ['Addr', 'Addrs', 0], bareHost: true }),
  uses('database', 'Redis', ['redis.Dial', 'redis.DialURL'], { imports: ['github.com/gomodule/redigo'], target: [1, 0], refine: dialsQueuePool }),
  // Beego's ORM: `orm.RegisterDataBase("default", "postgres", dsn)`, the driver naming the database.
  uses('database', undefined, ['orm.RegisterDataBase'], { imports: BEEGO_ORM, target: [2], dialect: [1] }),
  // ent's generated client: `ent.Open("postgres", dsn)` (gorm, sqlx and database/sql are above).
  uses('database', undefined, ['ent.Open'], { target: [1], dialect: [0] }),
  uses('database', 'Memcached', ['memcache.New'], { imports: ['github.com/bradfitz/gomemcache'], target: [0], bareHost: true }),
  uses('database', 'MongoDB', ['mgo.Dial', 'mgo.DialWithTimeout'], { imports: ['gopkg.in/mgo', 'github.com/globalsign/mgo'], target: [0], bareHost: true }),
  // Cassandra (gocql, and its Apache home) and the Elasticsearch and OpenSearch clients: the hosts are
  // given spread (`gocql.NewCluster(servers...)`, `elastic.SetURL(urls...)`) or in a Config literal.
  uses('database', 'Cassandra', ['gocql.NewCluster'], { imports: ['github.com/gocql/gocql', 'github.com/apache/cassandra-gocql-driver'], target: [0], bareHost: true }),
  uses('database', 'Elasticsearch', ['elastic.NewClient', 'elastic.NewSimpleClient', 'elastic.DialContext'], { imports: ['github.com/olivere/elastic'], target: [0, 1, 2, 3] }),
  uses('database', 'Elasticsearch', ['elasticsearch.NewClient', 'elasticsearch.NewTypedClient'], { imports: ['github.com/elastic/go-elasticsearch'], target: ['0.Addresses', 'Addresses'] }),
  uses('database', 'OpenSearch', ['opensearch.NewClient'], { imports: ['github.com/opensearch-project/opensearch-go'], target: ['0.Addresses', 'Addresses'] }),
  // Vector databases and search engines (vector-stores.ts).
  ...VECTOR_STORES_GO,
  // Object storage and file transfer
  uses('file-transfer', 'Amazon S3', S3_INPUTS.flatMap((input) => [`literal s3.${input}`, `literal s3manager.${input}`, `literal manager.${input}`]), { imports: S3, channel: ['Bucket'] }),
  endpoint('file-transfer', 'Azure Blob Storage', ['azblob.NewClientFromConnectionString', 'azblob.NewClient'], { imports: AZBLOB, target: [0], alone: 'uses' }),
  uses('file-transfer', 'Azure Blob Storage', ['*.UploadBuffer', '*.UploadFile', '*.UploadStream', '*.DownloadFile', '*.DownloadStream', '*.DownloadBuffer', '*.NewContainerClient'], { imports: AZBLOB, channel: [1, 0] }),
  // Google Cloud's managed datastores (core/discovery/gcp-datastores.ts): the project or instance
  // as written names the store; the product's emulator variable, where the deployment sets it, moves it.
  uses('database', 'Google Cloud Firestore', ['firestore.NewClient', 'firestore.NewClientWithDatabase'], { imports: ['cloud.google.com/go/firestore'], key: 'FIRESTORE_EMULATOR_HOST', channel: [1] }),
  uses('database', 'Google Cloud Firestore', ['*.Firestore'], { imports: ['firebase.google.com/go'], key: 'FIRESTORE_EMULATOR_HOST' }),
  uses('database', 'Google Cloud Datastore', ['datastore.NewClient', 'datastore.NewClientWithDatabase'], { imports: ['cloud.google.com/go/datastore'], key: 'DATASTORE_EMULATOR_HOST', channel: [1] }),
  uses('database', 'Google Cloud Spanner', ['spanner.NewClient', 'spanner.NewClientWithConfig'], { imports: ['cloud.google.com/go/spanner'], key: 'SPANNER_EMULATOR_HOST', channel: [1] }),
  uses('database', 'Google Cloud Bigtable', ['bigtable.NewClient', 'bigtable.NewClientWithConfig'], { imports: ['cloud.google.com/go/bigtable'], key: 'BIGTABLE_EMULATOR_HOST', channel: [2] }),
  uses('file-transfer', 'Google Cloud Storage', ['*.Bucket'], { imports: ['cloud.google.com/go/storage'], key: 'STORAGE_EMULATOR_HOST', channel: [0] }),
  uses('file-transfer', 'SFTP', ['sftp.NewClient'], { imports: ['github.com/pkg/sftp'], target: [0] }),
  // MinIO's Go client (minio-go v6 and v7): `minio.New(endpoint, …)` takes the server's bare `host:port`.
  uses('file-transfer', 'MinIO', ['minio.New', 'minio.NewWithRegion', 'minio.NewV4', 'minio.NewV2'], { imports: ['github.com/minio/minio-go'], target: [0], bareHost: true }),
  // No Kubernetes API client (client-go, controller-runtime): the cluster's API server is control
  // plane, as a service registry or a configuration store is (docs/discovery.md).
  // An OpenID Connect provider discovered at its issuer URL (coreos/go-oidc): the provider's
  // `/.well-known/openid-configuration` and keys are fetched from it.
  calls('rest', ['oidc.NewProvider'], { imports: ['github.com/coreos/go-oidc'], target: [1], technology: 'OpenID Connect' }),
  // upper/db's adapters take the server in a `ConnectionURL` struct.
  uses('database', 'PostgreSQL', ['literal postgresql.ConnectionURL'], { imports: ['github.com/upper/db', 'upper.io/db'], target: ['Host'] }),
  uses('database', 'MySQL', ['literal mysql.ConnectionURL'], { imports: ['github.com/upper/db', 'upper.io/db'], target: ['Host'] }),
  // E-mail
  uses('email', 'SMTP', ['smtp.SendMail', 'smtp.Dial'], { imports: ['net/smtp'], target: [0], bareHost: true }),
  uses('email', 'SMTP', ['gomail.NewDialer', 'gomail.NewPlainDialer', 'mail.NewDialer'], { target: [0], port: [1], bareHost: true }),
  // Clients OpenAPI Generator made from a server's specification (openapi-generated.ts).
  ...OPENAPI_GENERATED_GO,
];

/** Per parsed file: whether it imports jinzhu/gorm. Asked for each `gorm.Open` call, answered once per file. */
const jinzhuGormFiles = new WeakMap<object, boolean>();

/** Whether the file of a node imports jinzhu/gorm, gorm's v1 (`gorm.Open(dialect, dsn)`), not gorm.io's v2. */
function importsJinzhuGorm(node: SyntaxNode): boolean {
  const known = jinzhuGormFiles.get(node.tree);
  if (known !== undefined) return known;
  const answer = node.tree.rootNode.descendantsOfType('import_spec').some((spec) => spec?.text.includes('"github.com/jinzhu/gorm"') === true);
  jinzhuGormFiles.set(node.tree, answer);
  return answer;
}

/** The Go family's table. */
export const GO_TABLE: FamilyTable = {
  signatures: GO_SIGNATURES,
  // Whole names and name prefixes (see prefilter.ts); net/http where it is imported or one of its client calls or types is written, not in comments.
  triggers: triggerPattern({
    prefixes: [...OPENAPI_GENERATED_TRIGGERS.go, 'client-go', 'controller-runtime', 'go-oidc', 'upper', 'dapr', 'grpc', 'kafka', 'sarama', 'amqp', 'nats', 'stomp', 'zeebe', 'zbc', 'temporal', 'paho', 'azservicebus', 'azeventhubs', 'aws-sdk', 'eventbridge', 'pubsub', 'redis', 'redigo', 'sqlx', 'pgx', 'gorm', 'mongo', 'azblob', 'sftp', 'minio', 'smtp', 'gomail', 'getenv', 'lookupenv', 'viper', 'cobra', 'pflag', 'kingpin', 'urfave', 'memcache', 'mgo', 'zrpc', 'go-zero', 'go-queue', 'asynq', 'graphql', 'soap', 'resty', 'stripe', 'openai', 'anthropic', 'twilio', 'sendgrid', 'mailgun', 'slack', 'firestore', 'firebase', 'datastore', 'spanner', 'bigtable', 'gocql', 'kgo', 'gocraft', 'beego', 'xorm', ...WATERMILL_TRIGGERS, ...VENDOR_TRIGGERS.go, ...VECTOR_STORE_TRIGGERS],
    patterns: ['[Ss](?<![A-Za-z0-9][^])torage(?![A-Za-z0-9])', 'database/sql\\b', '"net/http"', '\\bsql\\.Open\\b', '\\bhttp\\.(?:Get|Post|Head|PostForm|NewRequest|NewRequestWithContext|Client|ProxyURL)\\b', '\\bhttputil\\.NewSingleHostReverseProxy\\b', 'New\\w+Client\\(', 'Register\\w+Server\\(', 'Register\\w+HandlerFromEndpoint\\(', 'connect\\.New\\w*(?:Client|Handler)\\b', '(?:\\benv|envconfig|envDefault|env-default|mapstructure):"', '\\bConfig\\s+struct\\b', 'Env\\w*\\(&', '\\bmail\\.NewDialer\\b', '\\bflag\\.[A-Z]\\w*\\(', '\\bent\\.Open\\(', 'go-micro', 'micro/go-plugins', 'micro/micro/', '\\bos\\.Environ\\(\\)', '\\benvconfig\\.(?:Must)?Process\\(', '\\.Key\\("', '\\.MapTo\\(&', '"[A-Z][A-Z0-9_]*__"', 'ConfigMap\\w*\\s*=\\s*"'],
  }),
  values: {
    // Flags and viper keys are read in the reader (go-flags.ts): the flag's name, with its default.
    env: [{ call: ['os.Getenv', 'os.LookupEnv'] }],
    carriers: [
      { call: ['kafka.TCP', 'aws.String', 'ptr.To', 'to.Ptr'], arg: 0 },
      { call: ['postgres.Open', 'mysql.Open', 'sqlserver.Open', 'sqlite.Open', 'clickhouse.Open'], arg: 0 },
      // go-sql-driver/mysql's `cfg := mysql.Config{Net: "tcp", Addr: host + ":3306"}` then `cfg.FormatDSN()`: the server at Addr.
      { call: ['literal mysql.Config'], arg: 'Addr' },
      { call: ['mysql.Config.FormatDSN', 'mysql.NewConfig.FormatDSN'], arg: 'receiver' },
      { call: ['*.ApplyURI', 'redis.ParseURL'], arg: 0 },
      { call: ['ssh.Dial'], arg: 1 },
      { call: ['grpc.Dial', 'grpc.NewClient'], arg: 0 },
      { call: ['grpc.DialContext'], arg: 1 },
      { call: ['url.Parse', 'url.JoinPath'], arg: 0 },
      // watermill-amqp's configs (`amqp.NewDurableQueueConfig(amqpURI)`) carry the broker's URI.
      { call: WATERMILL_AMQP_CONFIGS, arg: 0 },
      // Client options naming the servers: olivere/elastic's `elastic.SetURL(urls...)`, franz-go's `kgo.SeedBrokers(brokers...)`.
      { call: ['elastic.SetURL', 'kgo.SeedBrokers'], arg: 0 },
      // A redigo pool (gocraft/work's queue) connects through its `Dial` factory: `redis.DialURL(url)`, `redis.Dial("tcp", addr)`.
      { call: ['literal redis.Pool'], arg: 'Dial' },
      { call: ['redis.DialURL'], arg: 0 },
      { call: ['redis.Dial'], arg: 1 },
      // `u := url.URL{Scheme: "http", Host: addr}` then `http.Get(u.String())`
      { call: ['url.URL.String', 'url.URL.Redacted', 'url.Parse.String'], arg: 'receiver' },
    ],
    format: ['fmt.Sprintf'],
    urls: [{ call: ['literal url.URL'], scheme: 'Scheme', host: 'Host', path: 'Path' }],
  },
};
