/**
 * Azure Functions triggers and bindings. A function's trigger and its input and output bindings
 * are its integrations, declared rather than called: C# attributes (in-process
 * `Microsoft.Azure.WebJobs`: `[ServiceBusTrigger("orders", Connection = "Bus")]`, `[CosmosDB(…)]`,
 * `[EventGrid(TopicEndpointUri = "X")]`; isolated worker `Microsoft.Azure.Functions.Worker`:
 * `[ServiceBusOutput(…)]`, `[CosmosDBOutput(…)]`), the Node.js v4 model (`app.serviceBusQueue('n',
 * { queueName, connection })`, `output.cosmosDB({ … })`) and the Python v2 model
 * (`@app.service_bus_queue_trigger(arg_name, queue_name, connection)`).
 *
 * A binding never holds an address: its `connection` (`ConnectionStringSetting`,
 * `TopicEndpointUri`, Kafka's broker list) names an app setting, which local.settings.json
 * `Values`, the deployment's app settings or the environment give; so the fact's target is that
 * key, and resolution reads the namespace or account from the connection string
 * (core/discovery/cloud-endpoints.ts). A binding naming no connection uses the extension's
 * default setting (`AzureWebJobsServiceBus`, `AzureWebJobsStorage`). Names written `%Setting%`
 * (a queue named by an app setting) are that setting. HTTP, timer, Durable Functions
 * orchestration, activity, entity and client bindings stay inside the app: no fact.
 */
import type { CallSite, Pick, Refinement, Signature, SiteTools } from './code-model.js';
import { consumes, produces, uses, vendor } from './signature-builders.js';

/** The namespaces of the in-process (WebJobs) and isolated worker models. */
const CSHARP_FUNCTIONS = ['Microsoft.Azure.WebJobs', 'Microsoft.Azure.Functions.Worker'];
const NODE_FUNCTIONS = ['@azure/functions'];
const PYTHON_FUNCTIONS = ['azure.functions'];

/** The app settings each extension reads when a binding names none. */
const DEFAULT_SETTING = {
  serviceBus: 'AzureWebJobsServiceBus',
  storage: 'AzureWebJobsStorage',
  eventHubs: 'AzureWebJobsEventHub',
  cosmos: 'CosmosDBConnection',
  signalR: 'AzureSignalRConnectionString',
  rabbit: 'RabbitMQConnection',
} as const;

/** The properties, across models and versions, that name a binding's connection setting (lower-cased as sites keep them). */
const CONNECTION_PICKS: readonly Pick[] = ['connection', 'connectionstringsetting', 'connection_string_setting', 'topicendpointuri', 'topicendpoint', 'topic_endpoint_uri', 'brokerlist', 'broker_list'];

/** `%OrdersQueue%`: an app setting named in a binding expression. */
const SETTING_EXPRESSION = /^%([^%]+)%$/;

/** The setting a name written in a binding is, when it is a `%Setting%` expression. */
export function bindingSetting(text: string): string | undefined {
  return SETTING_EXPRESSION.exec(text.trim())?.[1];
}

/** The literal text at the first of the picks that holds one. */
function literalAt(site: CallSite, tools: SiteTools, picks: readonly Pick[]): string | undefined {
  for (const pick of picks) {
    if (tools.node(site, pick) === undefined) continue;
    const value = tools.value(site, pick);
    if (value.kind === 'literal' && value.text.trim() !== '') return value.text.trim();
  }
  return undefined;
}

/**
 * A binding's connection setting and channel: the setting named (an expression `%X%` is X
 * alike), else the extension's default; the channel's `%Setting%` read through that setting.
 * `connection` lists extra picks (Kafka's and SQL's setting is positional).
 */
function binding(defaultSetting: string | undefined, channel: readonly Pick[], connection: readonly Pick[] = []): (site: CallSite, tools: SiteTools) => Refinement | undefined {
  return (site, tools) => {
    const named = literalAt(site, tools, [...connection, ...CONNECTION_PICKS]);
    const key = named !== undefined ? (bindingSetting(named) ?? named) : defaultSetting;
    const written = literalAt(site, tools, channel);
    const setting = written !== undefined ? bindingSetting(written) : undefined;
    // A blob path's container is the channel (`receipts/{name}` → `receipts`).
    const cleaned = written !== undefined && setting === undefined ? written.replace(/^\/+/, '').split('/')[0] : undefined;
    return {
      ...(key !== undefined ? { target: [], key } : {}),
      ...(setting !== undefined ? { channel: `$ref:${setting}` } : cleaned ? { channel: cleaned } : {}),
    };
  };
}

type Shape = 'csharp' | 'node' | 'python';

/** Channel picks per model: C# positional or named, Node object properties, Python keywords. */
const QUEUE: Record<Shape, readonly Pick[]> = { csharp: [0, 'queuename', 'topicname'], node: ['queueName', 'topicName'], python: ['queue_name', 'topic_name'] };
const HUB: Record<Shape, readonly Pick[]> = { csharp: [0, 'eventhubname'], node: ['eventHubName'], python: ['event_hub_name'] };
const CONTAINER: Record<Shape, readonly Pick[]> = { csharp: [1, 'containername', 'collectionname'], node: ['containerName', 'collectionName'], python: ['container_name', 'collection_name'] };
const BLOB: Record<Shape, readonly Pick[]> = { csharp: [0, 'blobpath', 'path'], node: ['path'], python: ['path'] };

/** C# attributes, the in-process name and the isolated worker's (`…Output`, `…Input`). */
const CSHARP_SIGNATURES: Signature[] = [
  consumes('Azure Service Bus', ['@ServiceBusTrigger'], { imports: CSHARP_FUNCTIONS, targetKind: 'message-broker', refine: binding(DEFAULT_SETTING.serviceBus, QUEUE.csharp) }),
  produces('Azure Service Bus', ['@ServiceBus', '@ServiceBusOutput'], { imports: CSHARP_FUNCTIONS, targetKind: 'message-broker', refine: binding(DEFAULT_SETTING.serviceBus, QUEUE.csharp) }),
  consumes('Azure Event Hubs', ['@EventHubTrigger'], { imports: CSHARP_FUNCTIONS, targetKind: 'message-broker', refine: binding(DEFAULT_SETTING.eventHubs, HUB.csharp) }),
  produces('Azure Event Hubs', ['@EventHub', '@EventHubOutput'], { imports: CSHARP_FUNCTIONS, targetKind: 'message-broker', refine: binding(DEFAULT_SETTING.eventHubs, HUB.csharp) }),
  // Storage queues live in the storage account.
  consumes('Azure Queue Storage', ['@QueueTrigger'], { imports: CSHARP_FUNCTIONS, refine: binding(DEFAULT_SETTING.storage, QUEUE.csharp) }),
  produces('Azure Queue Storage', ['@Queue', '@QueueOutput'], { imports: CSHARP_FUNCTIONS, refine: binding(DEFAULT_SETTING.storage, QUEUE.csharp) }),
  // A blob trigger reads new blobs: the app uses the store, as the input and output bindings do.
  // In-process `[Table]` is left out: it is also the entity mapping attribute of EF Core and Dapper.
  uses('file-transfer', 'Azure Blob Storage', ['@BlobTrigger', '@Blob', '@BlobInput', '@BlobOutput', '@TableInput', '@TableOutput'], { imports: CSHARP_FUNCTIONS, refine: binding(DEFAULT_SETTING.storage, BLOB.csharp) }),
  // The change feed trigger, input and output bindings all read or write the account's containers.
  uses('database', 'Azure Cosmos DB', ['@CosmosDBTrigger', '@CosmosDB', '@CosmosDBInput', '@CosmosDBOutput'], { imports: CSHARP_FUNCTIONS, refine: binding(DEFAULT_SETTING.cosmos, CONTAINER.csharp) }),
  // `[Sql("dbo.Orders", "SqlConnectionString")]`: the second argument is the setting.
  uses('database', 'SQL Server', ['@Sql', '@SqlInput', '@SqlOutput', '@SqlTrigger'], { imports: CSHARP_FUNCTIONS, refine: binding(undefined, [], [1]) }),
  // An Event Grid trigger receives what a subscription delivers: the topic is the deployment's.
  consumes('Azure Event Grid', ['@EventGridTrigger'], { imports: CSHARP_FUNCTIONS, targetKind: 'message-broker' }),
  produces('Azure Event Grid', ['@EventGrid', '@EventGridOutput'], { imports: CSHARP_FUNCTIONS, targetKind: 'message-broker', refine: binding(undefined, []) }),
  // `[KafkaTrigger("BrokerList", "orders", ConsumerGroup = "g")]`: the first argument is the broker list, a setting or hosts.
  consumes('Kafka', ['@KafkaTrigger'], { imports: CSHARP_FUNCTIONS, target: [0, 'brokerlist'], channel: [1, 'topic'], refine: kafkaBrokers }),
  produces('Kafka', ['@Kafka', '@KafkaOutput'], { imports: CSHARP_FUNCTIONS, target: [0, 'brokerlist'], channel: [1, 'topic'], refine: kafkaBrokers }),
  consumes('RabbitMQ', ['@RabbitMQTrigger'], { imports: CSHARP_FUNCTIONS, refine: binding(DEFAULT_SETTING.rabbit, QUEUE.csharp) }),
  produces('RabbitMQ', ['@RabbitMQ', '@RabbitMQOutput'], { imports: CSHARP_FUNCTIONS, refine: binding(DEFAULT_SETTING.rabbit, QUEUE.csharp) }),
  // SignalR Service output: messages to the service's hub.
  produces('Azure SignalR Service', ['@SignalR', '@SignalROutput'], { imports: CSHARP_FUNCTIONS, targetKind: 'message-broker', refine: binding(DEFAULT_SETTING.signalR, ['hubname']) }),
  vendor('SendGrid', ['@SendGrid', '@SendGridOutput'], { imports: CSHARP_FUNCTIONS }),
];

/** `[KafkaTrigger("%BrokerList%", …)]` or `("BrokerList", …)`: a setting; `("kafka:9092", …)`: the brokers. */
function kafkaBrokers(site: CallSite, tools: SiteTools): Refinement | undefined {
  const written = literalAt(site, tools, [0, 'brokerlist']);
  if (written === undefined || /[:.]/.test(written)) return undefined;
  return { target: [], key: bindingSetting(written) ?? written };
}

/** The Node.js v4 model: triggers registered on `app`, extra inputs and outputs made by `input.*` and `output.*`. */
const NODE_SIGNATURES: Signature[] = [
  consumes('Azure Service Bus', ['app.serviceBusQueue', 'app.serviceBusTopic', 'trigger.serviceBusQueue', 'trigger.serviceBusTopic'], { imports: NODE_FUNCTIONS, targetKind: 'message-broker', refine: binding(DEFAULT_SETTING.serviceBus, QUEUE.node) }),
  produces('Azure Service Bus', ['output.serviceBusQueue', 'output.serviceBusTopic'], { imports: NODE_FUNCTIONS, targetKind: 'message-broker', refine: binding(DEFAULT_SETTING.serviceBus, QUEUE.node) }),
  consumes('Azure Event Hubs', ['app.eventHub', 'trigger.eventHub'], { imports: NODE_FUNCTIONS, targetKind: 'message-broker', refine: binding(DEFAULT_SETTING.eventHubs, HUB.node) }),
  produces('Azure Event Hubs', ['output.eventHub'], { imports: NODE_FUNCTIONS, targetKind: 'message-broker', refine: binding(DEFAULT_SETTING.eventHubs, HUB.node) }),
  consumes('Azure Queue Storage', ['app.storageQueue', 'trigger.storageQueue'], { imports: NODE_FUNCTIONS, refine: binding(DEFAULT_SETTING.storage, QUEUE.node) }),
  produces('Azure Queue Storage', ['output.storageQueue'], { imports: NODE_FUNCTIONS, refine: binding(DEFAULT_SETTING.storage, QUEUE.node) }),
  uses('file-transfer', 'Azure Blob Storage', ['app.storageBlob', 'trigger.storageBlob', 'input.storageBlob', 'output.storageBlob', 'input.table', 'output.table'], { imports: NODE_FUNCTIONS, refine: binding(DEFAULT_SETTING.storage, BLOB.node) }),
  uses('database', 'Azure Cosmos DB', ['app.cosmosDB', 'trigger.cosmosDB', 'input.cosmosDB', 'output.cosmosDB'], { imports: NODE_FUNCTIONS, refine: binding(DEFAULT_SETTING.cosmos, CONTAINER.node) }),
  uses('database', 'SQL Server', ['app.sql', 'trigger.sql', 'input.sql', 'output.sql'], { imports: NODE_FUNCTIONS, refine: binding(undefined, []) }),
  consumes('Azure Event Grid', ['app.eventGrid', 'trigger.eventGrid'], { imports: NODE_FUNCTIONS, targetKind: 'message-broker' }),
  produces('Azure Event Grid', ['output.eventGrid'], { imports: NODE_FUNCTIONS, targetKind: 'message-broker', refine: binding(undefined, []) }),
];

/** The Python v2 model's decorators (`@app.service_bus_queue_trigger(…)`), read as the calls they are. */
const PYTHON_SIGNATURES: Signature[] = [
  consumes('Azure Service Bus', ['*.service_bus_queue_trigger', '*.service_bus_topic_trigger'], { imports: PYTHON_FUNCTIONS, targetKind: 'message-broker', refine: binding(DEFAULT_SETTING.serviceBus, QUEUE.python) }),
  produces('Azure Service Bus', ['*.service_bus_queue_output', '*.service_bus_topic_output'], { imports: PYTHON_FUNCTIONS, targetKind: 'message-broker', refine: binding(DEFAULT_SETTING.serviceBus, QUEUE.python) }),
  consumes('Azure Event Hubs', ['*.event_hub_message_trigger'], { imports: PYTHON_FUNCTIONS, targetKind: 'message-broker', refine: binding(DEFAULT_SETTING.eventHubs, HUB.python) }),
  produces('Azure Event Hubs', ['*.event_hub_output'], { imports: PYTHON_FUNCTIONS, targetKind: 'message-broker', refine: binding(DEFAULT_SETTING.eventHubs, HUB.python) }),
  consumes('Azure Queue Storage', ['*.queue_trigger'], { imports: PYTHON_FUNCTIONS, refine: binding(DEFAULT_SETTING.storage, QUEUE.python) }),
  produces('Azure Queue Storage', ['*.queue_output'], { imports: PYTHON_FUNCTIONS, refine: binding(DEFAULT_SETTING.storage, QUEUE.python) }),
  uses('file-transfer', 'Azure Blob Storage', ['*.blob_trigger', '*.blob_input', '*.blob_output', '*.table_input', '*.table_output'], { imports: PYTHON_FUNCTIONS, refine: binding(DEFAULT_SETTING.storage, BLOB.python) }),
  uses('database', 'Azure Cosmos DB', ['*.cosmos_db_trigger', '*.cosmos_db_input', '*.cosmos_db_output'], { imports: PYTHON_FUNCTIONS, refine: binding(DEFAULT_SETTING.cosmos, CONTAINER.python) }),
  uses('database', 'SQL Server', ['*.sql_trigger', '*.sql_input', '*.sql_output'], { imports: PYTHON_FUNCTIONS, refine: binding(undefined, []) }),
  consumes('Azure Event Grid', ['*.event_grid_trigger'], { imports: PYTHON_FUNCTIONS, targetKind: 'message-broker' }),
  produces('Azure Event Grid', ['*.event_grid_output'], { imports: PYTHON_FUNCTIONS, targetKind: 'message-broker', refine: binding(undefined, []) }),
];

export { CSHARP_SIGNATURES as AZURE_FUNCTIONS_CSHARP, NODE_SIGNATURES as AZURE_FUNCTIONS_NODE, PYTHON_SIGNATURES as AZURE_FUNCTIONS_PYTHON };
