/**
 * Azure Functions triggers and bindings across the programming models: each is a connection
 * whose target is the app setting its `connection` names (the extension's default when it names
 * none), its queue, hub, container or topic the channel; in-app triggers make nothing.
 */
import { describe, expect, it } from 'vitest';
import { code, readSnippet, summarise, store, message, type SnippetCase } from './code-test-support.js';
import { bindingSetting } from './azure-functions.js';
import { csharpCodeSource } from './csharp-source.js';
import { pythonCodeSource } from './python-source.js';
import { typescriptCodeSource } from './typescript-source.js';

type Case = SnippetCase;

const ISOLATED = 'using Microsoft.Azure.Functions.Worker;';
const IN_PROCESS = 'using Microsoft.Azure.WebJobs;';

const CASES: Case[] = [
  { name: 'c# isolated: ServiceBusTrigger with Connection', source: csharpCodeSource, path: 'Fn/Orders.cs', text: code`
      ${ISOLATED}
      public class Orders {
        [Function("Process")]
        public void Run([ServiceBusTrigger("orders", Connection = "Bus")] string body) { }
      }`, facts: [message('consumes', 'Azure Service Bus', 'orders', { key: 'Bus' }, 4)] },
  { name: 'c# in-process: topic and subscription, default connection', source: csharpCodeSource, path: 'Fn/Orders.cs', text: code`
      ${IN_PROCESS}
      public static class Orders {
        [FunctionName("Process")]
        public static void Run([ServiceBusTrigger("order-events", "audit")] string body) { }
      }`, facts: [message('consumes', 'Azure Service Bus', 'order-events', { key: 'AzureWebJobsServiceBus' }, 4)] },
  { name: 'c# isolated: ServiceBusOutput with a %setting% queue', source: csharpCodeSource, path: 'Fn/Place.cs', text: code`
      ${ISOLATED}
      public class Place {
        [Function("Place")]
        [ServiceBusOutput("%OrdersQueue%", Connection = "%BusSetting%")]
        public string Run([HttpTrigger(AuthorizationLevel.Function, "post")] HttpRequestData req) => "x";
      }`, facts: [message('produces', 'Azure Service Bus', '$ref:OrdersQueue', { key: 'BusSetting' }, 4)] },
  { name: 'c# in-process: [return: ServiceBus] output, Queue output', source: csharpCodeSource, path: 'Fn/Forward.cs', text: code`
      ${IN_PROCESS}
      public static class Forward {
        [FunctionName("Forward")]
        [return: ServiceBus("shipments", Connection = "Bus")]
        public static string Run([QueueTrigger("incoming", Connection = "Ops")] string item, [Queue("audit")] out string audit) { audit = item; return item; }
      }`, facts: [
    message('produces', 'Azure Service Bus', 'shipments', { key: 'Bus' }, 4),
    message('consumes', 'Azure Queue Storage', 'incoming', { key: 'Ops' }, 5),
    message('produces', 'Azure Queue Storage', 'audit', { key: 'AzureWebJobsStorage' }, 5),
  ] },
  { name: 'c# in-process: CosmosDB input by named arguments', source: csharpCodeSource, path: 'Fn/Stock.cs', text: code`
      ${IN_PROCESS}
      public static class Stock {
        [FunctionName("Get")]
        public static void Run([QueueTrigger("lookups")] string id,
          [CosmosDB(databaseName: "shop", collectionName: "stock", ConnectionStringSetting = "StockDb", Id = "{id}")] object item) { }
      }`, facts: [
    { ...message('consumes', 'Azure Queue Storage', 'lookups', { key: 'AzureWebJobsStorage' }, 4) },
    store('database', 'Azure Cosmos DB', { key: 'StockDb' }, 5, 'stock'),
  ] },
  { name: 'c# isolated: CosmosDBOutput and EventGridOutput on a return type', source: csharpCodeSource, path: 'Fn/Result.cs', text: code`
      ${ISOLATED}
      public class Result {
        [CosmosDBOutput("shop", "orders", Connection = "Cosmos")]
        public object Doc { get; set; }
        [EventGridOutput(TopicEndpoint = "TopicUri", TopicKeySetting = "TopicKey")]
        public object Event { get; set; }
      }`, facts: [
    store('database', 'Azure Cosmos DB', { key: 'Cosmos' }, 3, 'orders'),
    message('produces', 'Azure Event Grid', undefined, { key: 'TopicUri' }, 5),
  ] },
  { name: 'c# in-process: EventGrid output by TopicEndpointUri, EventGridTrigger', source: csharpCodeSource, path: 'Fn/Grid.cs', text: code`
      ${IN_PROCESS}
      public static class Grid {
        [FunctionName("Relay")]
        public static async Task Run([EventGridTrigger] EventGridEvent e,
          [EventGrid(TopicEndpointUri = "OutTopic", TopicKeySetting = "OutKey")] IAsyncCollector<EventGridEvent> events) { }
      }`, facts: [
    { role: 'consumes', mechanism: 'messaging', technology: 'Azure Event Grid', target: {}, targetKind: 'message-broker', line: 4, confidence: 0.6 },
    message('produces', 'Azure Event Grid', undefined, { key: 'OutTopic' }, 5),
  ] },
  { name: 'c#: blob path container, SignalR hub, SendGrid', source: csharpCodeSource, path: 'Fn/Out.cs', text: code`
      ${IN_PROCESS}
      public static class Out {
        [FunctionName("Out")]
        public static void Run([BlobTrigger("uploads/{name}", Connection = "Files")] Stream blob,
          [SignalR(HubName = "live")] IAsyncCollector<SignalRMessage> updates,
          [SendGrid(ApiKey = "SendGridKey")] out SendGridMessage mail) { mail = null; }
      }`, facts: [
    store('file-transfer', 'Azure Blob Storage', { key: 'Files' }, 4, 'uploads'),
    message('produces', 'Azure SignalR Service', 'live', { key: 'AzureSignalRConnectionString' }, 5),
    { role: 'calls', mechanism: 'email', technology: 'SendGrid', target: {}, targetKind: 'saas', line: 6, confidence: 0.6 },
  ] },
  { name: 'c#: Kafka trigger by broker-list setting, EventHubTrigger', source: csharpCodeSource, path: 'Fn/Streams.cs', text: code`
      ${ISOLATED}
      public class Streams {
        [Function("Clicks")]
        public void Clicks([KafkaTrigger("BrokerList", "clicks", ConsumerGroup = "fn")] string e) { }
        [Function("Hub")]
        public void Hub([EventHubTrigger("telemetry", Connection = "HubConn")] string[] e) { }
      }`, facts: [
    message('consumes', 'Kafka', 'clicks', { key: 'BrokerList' }, 4),
    message('consumes', 'Azure Event Hubs', 'telemetry', { key: 'HubConn' }, 6),
  ] },
  { name: 'c#: HTTP, timer, durable and orchestration triggers stay in the app', source: csharpCodeSource, path: 'Fn/Durable.cs', text: code`
      ${ISOLATED}
      public class Durable {
        [Function("Start")]
        public void Start([HttpTrigger(AuthorizationLevel.Function, "post")] HttpRequestData req, [DurableClient] DurableTaskClient client) { }
        [Function("Orchestrate")]
        public void Run([OrchestrationTrigger] TaskOrchestrationContext context) { }
        [Function("Tick")]
        public void Tick([TimerTrigger("0 */5 * * * *")] TimerInfo timer) { }
      }`, facts: [] },
  { name: 'c#: a ServiceBus attribute without the Functions namespaces is nothing', source: csharpCodeSource, path: 'Lib/Other.cs', text: code`
      using Acme.Bus;
      public class Other {
        public void Run([ServiceBusTrigger("orders")] string body) { }
      }`, facts: [] },
  { name: 'node v4: app.serviceBusQueue and output.cosmosDB', source: typescriptCodeSource, path: 'src/functions/orders.js', text: code`
      const { app, output } = require('@azure/functions');
      const record = output.cosmosDB({ databaseName: 'shop', containerName: 'orders', connection: 'Cosmos' });
      app.serviceBusQueue('orders', { queueName: 'orders', connection: 'Bus', extraOutputs: [record], handler: async () => {} });`, facts: [
    store('database', 'Azure Cosmos DB', { key: 'Cosmos' }, 2, 'orders'),
    message('consumes', 'Azure Service Bus', 'orders', { key: 'Bus' }, 3),
  ] },
  { name: 'node v4: storage queue trigger with default connection, event hub output, event grid trigger, http nothing', source: typescriptCodeSource, path: 'src/functions/misc.ts', text: code`
      import { app, output } from '@azure/functions';
      const hub = output.eventHub({ eventHubName: 'audit', connection: 'HubConn' });
      app.storageQueue('work', { queueName: 'work-items', extraOutputs: [hub], handler: async () => {} });
      app.eventGrid('grid', { handler: async () => {} });
      app.http('health', { methods: ['GET'], handler: async () => ({ body: 'ok' }) });`, facts: [
    message('produces', 'Azure Event Hubs', 'audit', { key: 'HubConn' }, 2),
    { ...message('consumes', 'Azure Queue Storage', 'work-items', { key: 'AzureWebJobsStorage' }, 3) },
    { role: 'consumes', mechanism: 'messaging', technology: 'Azure Event Grid', target: {}, targetKind: 'message-broker', line: 4, confidence: 0.6 },
  ] },
  { name: 'python v2: service bus trigger and cosmos output decorators', source: pythonCodeSource, path: 'function_app.py', text: code`
      import azure.functions as func
      app = func.FunctionApp()

      @app.service_bus_queue_trigger(arg_name="msg", queue_name="orders", connection="Bus")
      @app.cosmos_db_output(arg_name="doc", database_name="shop", container_name="orders", connection="Cosmos")
      def process(msg: func.ServiceBusMessage, doc: func.Out[func.Document]):
          pass`, facts: [
    message('consumes', 'Azure Service Bus', 'orders', { key: 'Bus' }, 4),
    store('database', 'Azure Cosmos DB', { key: 'Cosmos' }, 5, 'orders'),
  ] },
];

describe('Azure Functions triggers and bindings', () => {
  for (const testCase of CASES) {
    it(testCase.name, async () => {
      const facts = summarise(await readSnippet(testCase.source, testCase.path, testCase.text));
      expect(facts).toEqual(testCase.facts);
    });
  }

  it('reads %Setting% binding expressions', () => {
    expect(bindingSetting('%OrdersQueue%')).toBe('OrdersQueue');
    expect(bindingSetting('orders')).toBeUndefined();
  });
});
