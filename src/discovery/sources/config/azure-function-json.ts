/**
 * Azure Functions `function.json` (the v3 Node.js and v1 Python programming models, C# script):
 * one function's `bindings`, each `{ type, direction, name, connection, queueName, … }`. The
 * same meaning as the code models' triggers and bindings (code/azure-functions.ts): a trigger of a
 * broker consumes, an `out` binding produces, store bindings use the store; the `connection`
 * (`connectionStringSetting`, `topicEndpointUri`, Kafka's `brokerList`) names an app setting,
 * the extension's default when absent, and a `%Setting%` channel is that setting. The function's
 * folder is inside its app, whose component the facts belong to.
 */
import type { ConnectionFact, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { CONFIDENCE } from '../../../core/discovery/facts.js';
import type { ConnectionRole } from '../../../core/discovery/facts.js';
import type { Mechanism, SystemKind } from '../../../core/model/vocabulary.js';
import { vendorApiMechanism } from '../../../core/discovery/mail-providers.js';
import { lineOfOffset, type Source, type SourceContext } from '../../source.js';
import { bindingSetting } from '../code/azure-functions.js';
import { neverThrows } from './emit.js';
import { baseName } from './paths.js';

/** What a binding type means: its connection, channel properties and the setting used when none is named. */
interface BindingMeaning {
  /** The role of a trigger or an `in` binding, and of an `out` binding. */
  role: { in: ConnectionRole; out: ConnectionRole };
  mechanism: Mechanism;
  technology: string;
  targetKind: SystemKind;
  channel: readonly string[];
  /** The default app setting; undefined for a binding that names its target otherwise (or not at all). */
  defaultSetting?: string;
  /** No setting names the target: resolution names it (Event Grid trigger, SendGrid). */
  unnamed?: boolean;
}

const MESSAGING = (technology: string, channel: readonly string[], defaultSetting?: string): BindingMeaning => ({ role: { in: 'consumes', out: 'produces' }, mechanism: 'messaging', technology, targetKind: 'message-broker', channel, ...(defaultSetting ? { defaultSetting } : {}) });
const STORE = (mechanism: 'database' | 'file-transfer', technology: string, channel: readonly string[], defaultSetting?: string): BindingMeaning => ({ role: { in: 'uses', out: 'uses' }, mechanism, technology, targetKind: mechanism === 'database' ? 'database' : 'file-store', channel, ...(defaultSetting ? { defaultSetting } : {}) });

/** Binding types by lower-cased name, trigger and binding of one extension alike. */
const BINDINGS: Record<string, BindingMeaning> = {
  servicebustrigger: MESSAGING('Azure Service Bus', ['queueName', 'topicName'], 'AzureWebJobsServiceBus'),
  servicebus: MESSAGING('Azure Service Bus', ['queueName', 'topicName'], 'AzureWebJobsServiceBus'),
  eventhubtrigger: MESSAGING('Azure Event Hubs', ['eventHubName', 'path'], 'AzureWebJobsEventHub'),
  eventhub: MESSAGING('Azure Event Hubs', ['eventHubName', 'path'], 'AzureWebJobsEventHub'),
  queuetrigger: MESSAGING('Azure Queue Storage', ['queueName'], 'AzureWebJobsStorage'),
  queue: MESSAGING('Azure Queue Storage', ['queueName'], 'AzureWebJobsStorage'),
  kafkatrigger: MESSAGING('Kafka', ['topic']),
  kafka: MESSAGING('Kafka', ['topic']),
  rabbitmqtrigger: MESSAGING('RabbitMQ', ['queueName'], 'RabbitMQConnection'),
  rabbitmq: MESSAGING('RabbitMQ', ['queueName'], 'RabbitMQConnection'),
  eventgridtrigger: { ...MESSAGING('Azure Event Grid', []), unnamed: true },
  eventgrid: MESSAGING('Azure Event Grid', []),
  signalr: MESSAGING('Azure SignalR Service', ['hubName'], 'AzureSignalRConnectionString'),
  blobtrigger: STORE('file-transfer', 'Azure Blob Storage', ['path'], 'AzureWebJobsStorage'),
  blob: STORE('file-transfer', 'Azure Blob Storage', ['path'], 'AzureWebJobsStorage'),
  table: STORE('file-transfer', 'Azure Blob Storage', ['tableName'], 'AzureWebJobsStorage'),
  cosmosdbtrigger: STORE('database', 'Azure Cosmos DB', ['containerName', 'collectionName'], 'CosmosDBConnection'),
  cosmosdb: STORE('database', 'Azure Cosmos DB', ['containerName', 'collectionName'], 'CosmosDBConnection'),
  documentdb: STORE('database', 'Azure Cosmos DB', ['collectionName'], 'CosmosDBConnection'),
  sql: STORE('database', 'SQL Server', []),
  sqltrigger: STORE('database', 'SQL Server', []),
  sendgrid: { role: { in: 'calls', out: 'calls' }, mechanism: vendorApiMechanism('SendGrid'), technology: 'SendGrid', targetKind: 'saas', channel: [], unnamed: true },
};

/** The properties naming a binding's connection setting, in the order tried. */
const CONNECTION_PROPERTIES = ['connection', 'connectionStringSetting', 'topicEndpointUri', 'brokerList'];

/** The function.json source. */
export const azureFunctionJsonSource: Source = {
  name: 'azure-function-json',
  extensions: ['.json'],
  accepts: (path) => baseName(path) === 'function.json',
  read: neverThrows(readFunctionJson),
};

function stringProperty(binding: Record<string, unknown>, names: readonly string[]): string | undefined {
  const lower = new Map(Object.entries(binding).map(([key, value]) => [key.toLowerCase(), value]));
  for (const name of names) {
    const value = lower.get(name.toLowerCase());
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

/** Reads one function.json: a fact for each binding of a known type. */
function readFunctionJson(file: SourceFile, context: SourceContext): Fact[] {
  const parsed = JSON.parse(file.text) as { bindings?: unknown };
  if (!Array.isArray(parsed.bindings)) return [];
  const facts: Fact[] = [];
  let searchFrom = 0;
  for (const entry of parsed.bindings as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const binding = entry as Record<string, unknown>;
    const type = typeof binding.type === 'string' ? binding.type : '';
    // The binding's line: where its type is written, bindings being in file order.
    const at = file.text.indexOf(`"${type}"`, searchFrom);
    if (at >= 0) searchFrom = at + type.length;
    const meaning = BINDINGS[type.toLowerCase()];
    if (!meaning) continue;
    const direction = typeof binding.direction === 'string' && binding.direction.toLowerCase() === 'out' ? 'out' : 'in';
    const named = stringProperty(binding, CONNECTION_PROPERTIES);
    const key = named !== undefined ? (bindingSetting(named) ?? named) : meaning.defaultSetting;
    const written = stringProperty(binding, meaning.channel);
    const setting = written !== undefined ? bindingSetting(written) : undefined;
    const channel = setting !== undefined ? `$ref:${setting}` : written?.replace(/^\/+/, '').split('/')[0];
    const fact: ConnectionFact = {
      type: 'connection',
      target: !meaning.unnamed && key !== undefined ? { key } : {},
      role: meaning.role[direction],
      mechanism: meaning.mechanism,
      technology: meaning.technology,
      ...(channel ? { channel } : {}),
      targetKind: meaning.targetKind,
      evidence: context.evidenceAt(at >= 0 ? lineOfOffset(file.text, at) : 1),
      confidence: !meaning.unnamed && key !== undefined ? CONFIDENCE.literal : CONFIDENCE.inferred,
    };
    facts.push(fact);
  }
  return facts;
}
