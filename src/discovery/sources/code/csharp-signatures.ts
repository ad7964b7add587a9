/**
 * The clients C# code talks to the world through. .NET configures clients through dependency
 * injection, so besides calls this table reads member assignments (`c.BaseAddress = new Uri(…)`,
 * usually inside `AddHttpClient`), object initializers (`new ProducerConfig { BootstrapServers = … }`),
 * attributes and base types (`: Cart.CartBase`, MassTransit `IConsumer<T>`, dotnet-service-bus.ts).
 */
import { CSHARP_VENDORS, VENDOR_TRIGGERS } from './saas-vendors.js';
import { triggerPattern } from './prefilter.js';
import type { CallSite, FamilyTable, Signature, SiteTools, SyntaxNode } from './code-model.js';
import { DAPR_ACTOR_STATE_STORE_KEY, DAPR_COMPONENT_KEY } from '../config/dapr-components.js';
import { DOTNET_SERVICE_BUS_SIGNATURES } from './dotnet-service-bus.js';
import { ABP_SIGNATURES } from './abp.js';
import { CONVEY_SIGNATURES } from './convey.js';
import { STEELTOE_SIGNATURES } from './steeltoe.js';
import { VECTOR_STORES_CSHARP, VECTOR_STORE_TRIGGERS } from './vector-stores.js';
import { AZURE_FUNCTIONS_CSHARP } from './azure-functions.js';
import { csharpReader } from './csharp-reader.js';
import { CONSTANT_KEY } from './fact-emission.js';
import { calls, consumes, endpoint, nestedService, produces, provides, serviceOfNested, uses, vendor } from './signature-builders.js';

const CONFLUENT = ['Confluent.Kafka'];
const RABBIT = ['RabbitMQ.Client'];
const NATS = ['NATS.Client', 'NATS.Net', 'NATS'];
const SERVICE_BUS = ['Azure.Messaging.ServiceBus'];
const EVENT_HUBS = ['Azure.Messaging.EventHubs'];
const SQL_SERVER = ['System.Data.SqlClient', 'Microsoft.Data.SqlClient'];
const BLOBS = ['Azure.Storage.Blobs'];
const DAPR = ['Dapr'];
/** Temporal's .NET SDK and its hosting extensions. */
const TEMPORAL = ['Temporalio'];

/** `InvokeMethodAsync(HttpMethod.Get, "catalog-api", "api/…")` names the app after the method; without one, first. */
function daprAppId(site: CallSite, tools: SiteTools): { target: Signature['target'] } | undefined {
  const first = site.args[0];
  return first && /^(HttpMethod\.|newHttpMethod\()/.test(tools.text(first)) ? { target: [1] } : undefined;
}
/** A topic named by its event type, `nameof(OrderPaidIntegrationEvent)`: the type's name, as Dapr receives it. */
function daprTopicOf(site: CallSite, tools: SiteTools): { channel: string } | undefined {
  const topic = tools.node(site, 1) ?? tools.node(site, 'topicName') ?? tools.node(site, 'name');
  const named = topic ? /^nameof\(([\w.]+)\)$/.exec(tools.text(topic))?.[1] : undefined;
  return named ? { channel: named.split('.').pop() as string } : undefined;
}
const HTTP_METHODS = ['GetAsync', 'PostAsync', 'PutAsync', 'DeleteAsync', 'PatchAsync', 'SendAsync', 'GetStringAsync', 'GetStreamAsync', 'GetByteArrayAsync', 'GetFromJsonAsync', 'PostAsJsonAsync', 'PutAsJsonAsync', 'PatchAsJsonAsync'];
const S3_REQUESTS = ['PutObjectRequest', 'GetObjectRequest', 'DeleteObjectRequest', 'ListObjectsV2Request', 'ListObjectsRequest', 'CopyObjectRequest', 'GetPreSignedUrlRequest', 'TransferUtilityUploadRequest'];

/** The task queue of a Temporal start's options, written target-typed: `new(id: "x", taskQueue: "q")`. */
function temporalTaskQueue(site: CallSite, tools: SiteTools): { channel: string } | undefined {
  const options = site.args[1] ?? site.named.get('options');
  const queue = options ? /taskQueue:"([^"]+)"|TaskQueue="([^"]+)"/.exec(tools.text(options)) : null;
  const named = queue?.[1] ?? queue?.[2];
  return named ? { channel: named } : undefined;
}

/** `AddHostedTemporalWorker("queue")` names only its task queue: the client is the one `AddTemporalClient` configures. */
function hostedWorkerOnConfiguredClient(site: CallSite, tools: SiteTools): { target: Signature['target']; channel?: string } | undefined {
  if (site.args.length !== 1) return undefined;
  const queue = tools.value(site, 0);
  return { target: [], ...(queue.kind === 'literal' ? { channel: queue.text } : {}) };
}

/** Calls that configure OpenID Connect or JWT bearer options (the lambda a setting is made in). */
const AUTHENTICATION_SETUP = /(^|\.)(AddJwtBearer|AddAbpJwtBearer|AddOpenIdConnect|AddAbpOpenIdConnect|AddIdentityServerAuthentication|AddOAuth2Introspection)$|(^|\.)(Configure|PostConfigure)<(JwtBearerOptions|OpenIdConnectOptions)>$/;

/** Whether a member assignment is made inside the options lambda of an authentication handler. */
function inAuthenticationSetup(node: SyntaxNode): boolean {
  let current = node.parent;
  for (let steps = 0; current && steps < 12; steps += 1, current = current.parent) {
    if (current.type === 'invocation_expression') {
      const callee = current.childForFieldName('function')?.text.replace(/\s+/g, '') ?? '';
      if (AUTHENTICATION_SETUP.test(callee)) return true;
    }
  }
  return false;
}

/** The registration of a named HttpClient, or the configuration of one down its chain (`AddHttpClient("x").ConfigureHttpClient(…)`). */
const HTTP_CLIENT_SETUP = /(^|\.)(AddHttpClient|ConfigureHttpClient)$/;

/**
 * The named HttpClient a `BaseAddress` is set for: `AddHttpClient("products", c => c.BaseAddress = …)`,
 * `AddHttpClient(name.ToLowerInvariant(), …)` in a loop over names (read per name, see
 * Evaluator.perElement), `AddHttpClient("x").ConfigureHttpClient(c => …)`. A typed client
 * (`AddHttpClient<T>(…)`) is injected by type, not created by name: none.
 */
function registeredClient(site: CallSite, tools: SiteTools): { namedClient: { name: string } } | undefined {
  let current = site.node.parent;
  for (let steps = 0; current && steps < 12; steps += 1, current = current.parent) {
    if (current.type !== 'invocation_expression') continue;
    const call = csharpReader.site(current);
    if (!call || !HTTP_CLIENT_SETUP.test(call.callee)) continue;
    let registration: CallSite | undefined = call;
    if (call.name === 'ConfigureHttpClient') {
      const receiver = call.receiver?.type === 'invocation_expression' ? csharpReader.site(call.receiver) : undefined;
      registration = receiver?.name === 'AddHttpClient' ? receiver : undefined;
    }
    if (!registration || registration.typeArgs.length > 0 || !registration.args[0] || /lambda|anonymous_method/.test(registration.args[0].type)) return undefined;
    if (typedDownChain(registration.node)) return undefined;
    const name = tools.value(registration, 0);
    return name.kind === 'literal' && name.text !== '' ? { namedClient: { name: name.text } } : undefined;
  }
  return undefined;
}

/** Whether a registration's chain goes on to a typed client (`AddHttpClient("x", …).AddTypedClient<T>()`), injected by type. */
function typedDownChain(node: SyntaxNode): boolean {
  let current = node;
  for (let steps = 0; steps < 8 && current.parent?.type === 'member_access_expression' && current.parent.parent?.type === 'invocation_expression'; steps += 1) {
    if (/^AddTypedClient\b/.test(current.parent.childForFieldName('name')?.text ?? '')) return true;
    current = current.parent.parent;
  }
  return false;
}

/**
 * `factory.CreateClient("products")`: the creation of a named client; by a constant of another
 * file (`CreateClient(Upstreams.Coupons)`), a reference to its binding; `name` empty when not
 * known. No name is the default client.
 */
function createdClient(site: CallSite, tools: SiteTools): { namedClient: { name: string; use: true } } | false {
  if (site.args.length === 0 || site.typeArgs.length > 0) return false;
  const name = tools.value(site, 0);
  const written = name.kind === 'literal' ? name.text : name.kind === 'ref' ? `$ref:${CONSTANT_KEY}${name.name}` : '';
  return { namedClient: { name: written, use: true } };
}

/** Stripe.net's services (`new ChargeService()`), each a client of Stripe's API. */
const STRIPE_SERVICES = ['Charge', 'PaymentIntent', 'Customer', 'Refund', 'Subscription', 'Session', 'Invoice', 'Price', 'Product', 'SetupIntent', 'PaymentMethod', 'Transfer', 'Payout', 'PaymentLink', 'Account', 'BalanceTransaction'];

/** The signatures of the C# family, in the order they are tried. */
export const CSHARP_SIGNATURES: readonly Signature[] = [
  // HTTP
  calls('rest', ['set *.BaseAddress'], { target: [0], refine: registeredClient }),
  // A named client created (IHttpClientFactory): no connection of its own, the registration's is made (named-clients.ts).
  calls('rest', ['*.CreateClient', 'CreateClient'], { target: [], refine: createdClient }),
  calls('rest', ['new HttpClient'], { requires: ['BaseAddress'], target: ['BaseAddress'] }),
  // `new HttpClientHandler { Proxy = new WebProxy(settings.ProxyUrl) }`: requests go through that forward proxy.
  calls('rest', ['new WebProxy', 'new System.Net.WebProxy'], { proxy: [0, 'Address'], proxyPort: [1], knownOnly: true }),
  // OpenID Connect and JWT bearer authentication fetch the provider's discovery document and keys
  // (and exchange codes for tokens) at run time: `AddJwtBearer(o => o.Authority = identityUrl)`.
  calls('rest', ['set *.Authority', 'set *.MetadataAddress'], { target: [0], technology: 'OpenID Connect', refine: (site) => (inAuthenticationSetup(site.node) ? undefined : false) }),
  calls('rest', HTTP_METHODS.flatMap((method) => [`HttpClient.${method}`, `CreateClient.${method}`]), { target: [0, 'requestUri'], knownOnly: true }),
  calls('rest', ['new HttpRequestMessage'], { target: [1, 'RequestUri'], knownOnly: true }),
  calls('rest', ['new RestClient'], { imports: ['RestSharp'], target: [0, 'BaseUrl'] }),
  calls('rest', ['RestService.For'], { imports: ['Refit'], target: [0] }),
  calls('graphql', ['new GraphQLHttpClient'], { imports: ['GraphQL.Client'], target: [0, 'EndPoint'], technology: 'GraphQL' }),
  calls('soap', ['new EndpointAddress'], { imports: ['System.ServiceModel'], target: [0], technology: 'SOAP' }),
  calls('soap', ['set *.Url'], { target: [0], technology: 'SOAP', refine: (site, tools) => (site.receiver && tools.text(site.receiver) === 'this' ? undefined : false), imports: ['System.Web.Services'] }),
  // gRPC: `GrpcChannel.ForAddress(addr)` + `new Cart.CartClient(channel)`; servers `MapGrpcService<CartService>()` and `: Cart.CartBase`
  calls('grpc', ['new *.*Client'], { imports: ['Grpc.Net.Client', 'Grpc.Core'], target: [0], service: serviceOfNested('Client') }),
  calls('grpc', ['*.AddGrpcClient'], { target: ['Address'], service: (site) => (site.typeArgs[0] ? nestedService(site.typeArgs[0], 'Client') : undefined) }),
  calls('grpc', ['GrpcChannel.ForAddress', 'new Channel'], { target: [0] }),
  provides(['*.MapGrpcService'], (site) => (site.typeArgs[0] ? site.typeArgs[0].split('.').pop()?.replace(/Impl$/, '') : undefined)),
  provides(['extends *.*Base'], serviceOfNested('Base')),
  // Dapr: service invocation goes to the app id (through the sidecars, which are part of the apps);
  // pub/sub, state and bindings name a component, which a component file binds to its system.
  calls('rest', ['*.InvokeMethodAsync', '*.InvokeMethodWithResponseAsync', '*.CreateInvokeMethodRequest', '*.InvokeMethodGrpcAsync', '*.CreateInvokeHttpClient'], { imports: DAPR, target: [0, 'appId'], bareHost: true, technology: 'Dapr', refine: daprAppId }),
  produces('Dapr', ['*.PublishEventAsync', '*.BulkPublishEventAsync'], { imports: DAPR, target: [0, 'pubsubName'], componentKey: DAPR_COMPONENT_KEY, channel: [1, 'topicName'] , refine: daprTopicOf }),
  consumes('Dapr', ['@Topic'], { imports: DAPR, target: [0, 'pubsubName'], componentKey: DAPR_COMPONENT_KEY, channel: [1, 'name'] , refine: daprTopicOf }),
  // A minimal-API endpoint subscribed the same way: `app.MapPost("/x", h).WithTopic("pubsub", "Name")`.
  consumes('Dapr', ['*.WithTopic'], { imports: DAPR, target: [0, 'pubsubName'], componentKey: DAPR_COMPONENT_KEY, channel: [1, 'topicName'] , refine: daprTopicOf }),
  // An app hosting actors keeps their state in the store its components mark `actorStateStore`.
  uses('database', undefined, ['*.AddActors', '*.MapActorsHandlers', 'extends Actor'], { imports: DAPR, key: DAPR_ACTOR_STATE_STORE_KEY }),
  uses('database', undefined, ['*.SaveStateAsync', '*.GetStateAsync', '*.GetStateEntryAsync', '*.GetStateAndETagAsync', '*.DeleteStateAsync', '*.GetBulkStateAsync', '*.SaveBulkStateAsync', '*.ExecuteStateTransactionAsync', '*.TrySaveStateAsync', '*.QueryStateAsync'], { imports: DAPR, target: [0, 'storeName'], componentKey: DAPR_COMPONENT_KEY }),
  uses('other', undefined, ['*.InvokeBindingAsync'], { imports: DAPR, target: [0, 'bindingName', 'name'], componentKey: DAPR_COMPONENT_KEY }),
  // Kafka (Confluent.Kafka)
  endpoint('messaging', 'Kafka', ['new ProducerConfig', 'new ConsumerConfig', 'new ClientConfig', 'new AdminClientConfig'], { imports: CONFLUENT, target: ['BootstrapServers'] }),
  // The serdes of Confluent.SchemaRegistry fetch and register schemas over HTTP at the registry's `Url`.
  calls('rest', ['new SchemaRegistryConfig'], { imports: ['Confluent.SchemaRegistry'], target: ['Url'], technology: 'Schema Registry', targetKind: 'other' }),
  produces('Kafka', ['*.ProduceAsync', '*.Produce'], { imports: CONFLUENT, channel: [0, 'topic'] }),
  consumes('Kafka', ['*.Subscribe'], { imports: CONFLUENT, channel: [0, 'topic', 'topics'] }),
  // RabbitMQ (RabbitMQ.Client)
  endpoint('messaging', 'RabbitMQ', ['new ConnectionFactory'], { imports: RABBIT, target: ['Uri', 'HostName'], port: ['Port'] }),
  produces('RabbitMQ', ['*.BasicPublish', '*.BasicPublishAsync'], { imports: RABBIT, channel: ['exchange', 0, 'routingKey', 1] }),
  consumes('RabbitMQ', ['*.BasicConsume', '*.BasicConsumeAsync'], { imports: RABBIT, channel: ['queue', 0] }),
  // MassTransit and NServiceBus (their transports carry what consumers and senders name by message type)
  ...DOTNET_SERVICE_BUS_SIGNATURES,
  // Temporal, a workflow engine reached over gRPC like a broker: `TemporalClient.ConnectAsync(new("host:7233"))`,
  // hosting's `AddTemporalClient(host, ns)` and `AddHostedTemporalWorker(host, ns, queue)`. Starting
  // or signalling a workflow produces to it (the task queue of its options is the channel), a
  // worker polling a task queue consumes from it.
  endpoint('messaging', 'Temporal', ['TemporalClient.ConnectAsync', 'TemporalClient.CreateLazy', 'new TemporalClientConnectOptions'], { imports: TEMPORAL, target: [0, 'TargetHost'] }),
  endpoint('messaging', 'Temporal', ['*.AddTemporalClient'], { imports: TEMPORAL, target: [0, 'clientTargetHost'], refine: (site) => (site.args.length >= 2 ? undefined : false) }),
  // The options lambda's form: `AddTemporalClient(o => { o.TargetHost = …; })`.
  endpoint('messaging', 'Temporal', ['set *.TargetHost'], { imports: TEMPORAL, target: [0] }),
  produces('Temporal', ['*.StartWorkflowAsync', '*.ExecuteWorkflowAsync', '*.SignalWithStartWorkflowAsync', '*.ExecuteUpdateWithStartWorkflowAsync', '*.StartUpdateWithStartWorkflowAsync'], { imports: TEMPORAL, channel: ['TaskQueue', 'taskQueue'], refine: temporalTaskQueue }),
  // A handle signals, queries, updates or awaits a running workflow, each a call to the frontend.
  produces('Temporal', ['*.GetWorkflowHandle'], { imports: TEMPORAL }),
  consumes('Temporal', ['new TemporalWorkerOptions'], { imports: TEMPORAL, channel: [0, 'TaskQueue', 'taskQueue'] }),
  consumes('Temporal', ['*.AddHostedTemporalWorker'], { imports: TEMPORAL, target: [0, 'clientTargetHost'], channel: [2, 'taskQueue'], refine: hostedWorkerOnConfiguredClient }),
  // The ABP Framework's distributed event bus and client proxies (abp.ts).
  ...ABP_SIGNATURES,
  ...CONVEY_SIGNATURES,
  // Steeltoe connectors (steeltoe.ts), ahead of EF Core's own `UseMySql`/`UseNpgsql`.
  ...STEELTOE_SIGNATURES,
  // NATS and MQTT
  endpoint('messaging', 'NATS', ['*.CreateConnection'], { imports: NATS, target: [0] }),
  endpoint('messaging', 'NATS', ['new NatsOpts'], { imports: NATS, target: ['Url'] }),
  produces('NATS', ['*.Publish', '*.PublishAsync', '*.Request', '*.RequestAsync'], { imports: NATS, channel: [0, 'subject'] }),
  consumes('NATS', ['*.SubscribeAsync', '*.SubscribeSync', '*.Subscribe', '*.SubscribeCoreAsync'], { imports: NATS, channel: [0, 'subject'] }),
  endpoint('messaging', 'MQTT', ['*.WithTcpServer'], { imports: ['MQTTnet'], target: [0], port: [1], bareHost: true }),
  produces('MQTT', ['*.WithTopic'], { imports: ['MQTTnet'], channel: [0] }),
  consumes('MQTT', ['*.WithTopicFilter'], { imports: ['MQTTnet'], channel: [0] }),
  // Azure messaging
  endpoint('messaging', 'Azure Service Bus', ['new ServiceBusClient'], { imports: SERVICE_BUS, target: [0] }),
  produces('Azure Service Bus', ['*.CreateSender'], { imports: SERVICE_BUS, channel: [0] }),
  consumes('Azure Service Bus', ['*.CreateProcessor', '*.CreateReceiver', '*.CreateSessionProcessor'], { imports: SERVICE_BUS, channel: [0] }),
  produces('Azure Event Hubs', ['new EventHubProducerClient'], { imports: EVENT_HUBS, target: [0], channel: [1, 'eventHubName'] }),
  consumes('Azure Event Hubs', ['new EventHubConsumerClient'], { imports: EVENT_HUBS, target: [1], channel: [2, 'eventHubName'] }),
  consumes('Azure Event Hubs', ['new EventProcessorClient'], { imports: EVENT_HUBS, target: [2], channel: [3, 'eventHubName'] }),
  produces('Azure Event Grid', ['new EventGridPublisherClient'], { imports: ['Azure.Messaging.EventGrid'], target: [0] }),
  // Azure Functions triggers and bindings (azure-functions.ts)
  ...AZURE_FUNCTIONS_CSHARP,
  // AWS and Google messaging
  produces('Amazon SQS', ['*.SendMessageAsync', '*.SendMessageBatchAsync'], { imports: ['Amazon.SQS'], target: [0, 'QueueUrl'], channel: [0, 'QueueUrl'] }),
  consumes('Amazon SQS', ['*.ReceiveMessageAsync'], { imports: ['Amazon.SQS'], target: [0, 'QueueUrl'], channel: [0, 'QueueUrl'] }),
  produces('Amazon SNS', ['*.PublishAsync'], { imports: ['Amazon.SimpleNotificationService'], target: [0, 'TopicArn', 'TargetArn'], channel: [0, 'TopicArn', 'TargetArn'] }),
  produces('Amazon EventBridge', ['new PutEventsRequestEntry'], { imports: ['Amazon.EventBridge'], target: ['EventBusName'], channel: ['EventBusName'] }),
  produces('Google Pub/Sub', ['PublisherClient.CreateAsync', 'PublisherClient.Create', 'PublisherClientBuilder'], { imports: ['Google.Cloud.PubSub'], channel: [0, 'TopicName'] }),
  consumes('Google Pub/Sub', ['SubscriberClient.CreateAsync', 'SubscriberClient.Create'], { imports: ['Google.Cloud.PubSub'], channel: [0, 'SubscriptionName'] }),
  // Databases
  uses('database', 'SQL Server', ['new SqlConnection'], { imports: SQL_SERVER, target: [0, 'ConnectionString'] }),
  uses('database', 'SQL Server', ['*.UseSqlServer', '*.UseAzureSql'], { target: [0] }),
  uses('database', 'PostgreSQL', ['new NpgsqlConnection', 'NpgsqlDataSource.Create', '*.UseNpgsql'], { target: [0] }),
  uses('database', 'MySQL', ['new MySqlConnection', '*.UseMySql', '*.UseMySQL'], { target: [0] }),
  uses('database', 'Oracle', ['new OracleConnection', '*.UseOracle'], { target: [0] }),
  uses('database', 'Azure Cosmos DB', ['*.UseCosmos', 'new CosmosClient'], { target: [0] }),
  uses('database', 'MongoDB', ['new MongoClient'], { imports: ['MongoDB.Driver'], target: [0] }),
  uses('database', 'Redis', ['ConnectionMultiplexer.Connect', 'ConnectionMultiplexer.ConnectAsync'], { target: [0], bareHost: true }),
  uses('database', 'Redis', ['*.AddStackExchangeRedisCache'], { target: ['Configuration'], bareHost: true }),
  // Vector databases and search engines (vector-stores.ts).
  ...VECTOR_STORES_CSHARP,
  // Object storage and file transfer
  uses('file-transfer', 'Amazon S3', S3_REQUESTS.map((request) => `new ${request}`), { imports: ['Amazon.S3'], channel: ['BucketName'] }),
  endpoint('file-transfer', 'Azure Blob Storage', ['new BlobServiceClient'], { imports: BLOBS, target: [0], alone: 'uses' }),
  uses('file-transfer', 'Azure Blob Storage', ['*.GetBlobContainerClient'], { imports: BLOBS, channel: [0] }),
  uses('file-transfer', 'Azure Blob Storage', ['new BlobContainerClient'], { imports: BLOBS, target: [0], channel: [1] }),
  // Google Cloud's managed datastores (core/discovery/gcp-datastores.ts): the project or instance
  // as written names the store; the product's emulator variable, where the deployment sets it, moves it.
  uses('database', 'Google Cloud Firestore', ['FirestoreDb.Create', 'FirestoreDb.CreateAsync'], { imports: ['Google.Cloud.Firestore'], key: 'FIRESTORE_EMULATOR_HOST', channel: [0] }),
  uses('database', 'Google Cloud Firestore', ['new FirestoreDbBuilder'], { imports: ['Google.Cloud.Firestore'], key: 'FIRESTORE_EMULATOR_HOST', channel: ['ProjectId'] }),
  uses('database', 'Google Cloud Datastore', ['DatastoreDb.Create', 'DatastoreDb.CreateAsync'], { imports: ['Google.Cloud.Datastore'], key: 'DATASTORE_EMULATOR_HOST', channel: [0] }),
  uses('database', 'Google Cloud Spanner', ['new SpannerConnection'], { imports: ['Google.Cloud.Spanner'], key: 'SPANNER_EMULATOR_HOST', channel: [0] }),
  uses('database', 'Google Cloud Bigtable', ['BigtableClient.Create', 'BigtableClient.CreateAsync'], { imports: ['Google.Cloud.Bigtable'], key: 'BIGTABLE_EMULATOR_HOST' }),
  uses('file-transfer', 'Google Cloud Storage', ['*.UploadObject', '*.UploadObjectAsync', '*.DownloadObject', '*.DownloadObjectAsync', '*.GetObject', '*.GetObjectAsync', '*.ListObjects'], { imports: ['Google.Cloud.Storage'], channel: [0] }),
  uses('file-transfer', 'SFTP', ['new SftpClient'], { imports: ['Renci.SshNet'], target: [0], port: [1], bareHost: true }),
  // E-mail
  endpoint('email', 'SMTP', ['new SmtpClient'], { imports: ['System.Net.Mail'], target: [0, 'Host'], port: [1, 'Port'], bareHost: true, alone: 'uses' }),
  uses('email', 'SMTP', ['*.Connect', '*.ConnectAsync'], { imports: ['MailKit'], target: [0], port: [1], bareHost: true }),
  // SaaS vendors' SDKs (see `vendor`): the client's construction, in files importing the SDK.
  vendor('Stripe', [...STRIPE_SERVICES.map((service) => `new ${service}Service`), 'new StripeClient', 'set StripeConfiguration.ApiKey'], { imports: ['Stripe'] }),
  vendor('Azure OpenAI', ['new AzureOpenAIClient', 'new OpenAIClient'], { imports: ['Azure.AI.OpenAI'] }),
  vendor('OpenAI', ['new OpenAIClient', 'new ChatClient', 'new EmbeddingClient', 'new OpenAIService'], { imports: ['OpenAI', 'Betalgo.Ranul.OpenAI'] }),
  vendor('Azure OpenAI', ['*.AddAzureOpenAIChatCompletion', '*.AddAzureOpenAITextEmbeddingGeneration'], { imports: ['Microsoft.SemanticKernel'] }),
  vendor('OpenAI', ['*.AddOpenAIChatCompletion', '*.AddOpenAITextEmbeddingGeneration'], { imports: ['Microsoft.SemanticKernel'] }),
  vendor('Anthropic', ['new AnthropicClient'], { imports: ['Anthropic'] }),
  vendor('SendGrid', ['new SendGridClient', '*.AddSendGrid'], { imports: ['SendGrid'] }),
  vendor('Twilio', ['TwilioClient.Init', 'new TwilioRestClient'], { imports: ['Twilio'] }),
  vendor('Slack', ['new SlackServiceBuilder', '*.AddSlackNet'], { imports: ['SlackNet'] }),
  vendor('Slack', ['new SlackClient'], { imports: ['Slack.NetStandard', 'SlackAPI'] }),
  vendor('PayPal', ['new PayPalHttpClient'], { imports: ['PayPalCheckoutSdk', 'PayPalHttp', 'PaypalServerSdk'] }),
  vendor('Auth0', ['new ManagementApiClient', 'new AuthenticationApiClient'], { imports: ['Auth0'] }),
  vendor('Okta', ['new OktaClient'], { imports: ['Okta.Sdk'] }),
  // More vendors' official SDKs (saas-vendors.ts).
  ...CSHARP_VENDORS,
];

/** The C# family's table. */
export const CSHARP_TABLE: FamilyTable = {
  signatures: CSHARP_SIGNATURES,
  // Whole names and name prefixes (see prefilter.ts): `System.Net.Mail` and `MailKit` but not `Email`, `Azure.Storage` but not `StorageKey`.
  triggers: triggerPattern({
    words: ['Mail'],
    prefixes: ['Dapr', 'HttpClient', 'WebProxy', 'SchemaRegistry', 'BaseAddress', 'Authority', 'MetadataAddress', 'HttpRequestMessage', 'RestSharp', 'Refit', 'GraphQL', 'ServiceModel', 'Grpc', 'Kafka', 'RabbitMQ', 'MassTransit', 'NServiceBus', 'Temporalio', 'NATS', 'MQTTnet', 'ServiceBus', 'EventHubs', 'EventGrid', 'PubSub', 'SqlClient', 'Npgsql', 'MySql', 'Oracle', 'UseSqlServer', 'UseAzureSql', 'Cosmos', 'MongoDB', 'Redis', 'ConnectionMultiplexer', 'SshNet', 'MailKit', 'Smtp', 'GetEnvironmentVariable', 'GetConnectionString', 'Stripe', 'OpenAI', 'SemanticKernel', 'Anthropic', 'SendGrid', 'Twilio', 'SlackNet', 'Slack', 'PayPal', 'Auth0', 'Okta', 'IOptions', 'AddOptions', 'GetSection', 'GetRequiredSection', 'Firestore', 'Datastore', 'Spanner', 'Bigtable', 'Volo.Abp', 'Convey', 'Steeltoe', ...VENDOR_TRIGGERS.csharp, ...VECTOR_STORE_TRIGGERS],
    patterns: ['\\bConfigure<', '\\.Bind\\("', '\\b_?[Cc]onfig(?:uration)?\\.Get<', '[Ss](?<![A-Za-z0-9][^])torage(?![A-Za-z0-9])', '\\bWeb\\.Services\\b', '\\bAmazon\\.', '\\bMicrosoft\\.Azure\\.(?:WebJobs|Functions)\\b'],
  }),
  values: {
    env: [
      { call: ['Environment.GetEnvironmentVariable'] },
      { call: ['*.GetConnectionString'], prefix: 'ConnectionStrings:' },
      // `GetRequiredValue` is the throwing reader many services add as an extension (eShop's among them).
      { call: ['*.GetValue', '*.GetRequiredValue'] },
    ],
    carriers: [
      { call: ['new Uri', 'new RestClientOptions', 'new EndpointAddress', 'GrpcChannel.ForAddress'], arg: 0 },
      { call: ['TopicName.FromProjectTopic', 'SubscriptionName.FromProjectSubscription', 'new TopicName', 'new SubscriptionName'], arg: 1 },
    ],
    format: ['string.Format', 'String.Format'],
  },
};

