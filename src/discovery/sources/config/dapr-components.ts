/**
 * Dapr component files (`kind: Component` of `apiVersion: dapr.io/…`): a pub/sub, state store or
 * output binding that code names only by the component's name (`PublishEventAsync("pubsub", …)`).
 * The system behind it is the address in its metadata (`host: amqp://rabbitmq:5672`, `redisHost:
 * redis:6379`, `brokers: kafka:9092`), bound for the whole scan under `dapr:component:NAME`, the
 * key the Dapr calls in code look up (sources/code). Secret stores and other kinds hold no system
 * code talks to, so they bind nothing.
 *
 * Deployed components often keep the address in a secret store (`secretKeyRef`): the component's
 * type still says the product (`pubsub.azure.servicebus.topics`), so the component stands for a
 * system named after it (`servicebus`), one per product. A component's `scopes` list the app ids
 * that may load it: only they are bound to it.
 */
import type { ComponentFact, Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { SystemKind } from '../../../core/model/vocabulary.js';
import { namesNoSystem, parseAddress } from '../../../core/discovery/addresses.js';
import { systemNameForHost } from '../../../core/discovery/names.js';
import { CONFIDENCE } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { bindingFact, neverThrows } from './emit.js';
import { hasComposeName } from '../../../core/discovery/file-paths.js';
import { parseYamlDocuments } from './yaml-nodes.js';

/** The prefix of the key a Dapr component's address is bound under. */
export const DAPR_COMPONENT_KEY = 'dapr:component:';

/** The key the address of the state store holding actors' state is bound under (`actorStateStore: "true"`). */
export const DAPR_ACTOR_STATE_STORE_KEY = 'dapr:actor-state-store';

/**
 * What apps outside a component's `scopes` are bound to: a key nothing binds, so their lookup
 * finds no address, and the component's address is not one value everywhere either.
 */
const OUT_OF_SCOPE = '$ref:dapr:out-of-scope';

/** Output bindings that send mail over SMTP: their host is a mail server, reached by email, whatever code calls them. */
const MAIL_TYPES = new Set(['bindings.smtp']);

/** Component types whose metadata names the system behind them. */
const SYSTEM_TYPES = /^(pubsub|state|bindings|configuration|lock)\./;

/** Metadata fields holding the address, most telling first. */
const ADDRESS_FIELDS = ['connectionString', 'host', 'redisHost', 'brokers', 'url', 'servers', 'natsURL', 'endpoint', 'serviceBusNamespace', 'namespaceName', 'accountName', 'storageAccount'];

/** The product a component type names. `hosted` products are a cloud service, never one of the scan's deployables. */
interface Product {
  name: string;
  technology: string;
  kind: SystemKind;
  hosted?: boolean;
}

/** Products by component type (the type without its `pubsub.`/`state.`/`bindings.` family where both share one). */
const PRODUCTS: [RegExp, Product][] = [
  [/^(pubsub\.azure\.servicebus|bindings\.azure\.servicebusqueues)\b/, { name: 'servicebus', technology: 'Azure Service Bus', kind: 'message-broker', hosted: true }],
  [/^(pubsub|bindings)\.azure\.eventhubs\b/, { name: 'eventhubs', technology: 'Azure Event Hubs', kind: 'message-broker', hosted: true }],
  [/^(pubsub|bindings)\.azure\.eventgrid\b/, { name: 'eventgrid', technology: 'Azure Event Grid', kind: 'message-broker', hosted: true }],
  [/^bindings\.azure\.storagequeues\b/, { name: 'storagequeues', technology: 'Azure Queue Storage', kind: 'message-broker', hosted: true }],
  [/^(state|bindings)\.azure\.blobstorage\b/, { name: 'blobstorage', technology: 'Azure Blob Storage', kind: 'file-store', hosted: true }],
  [/^(state|bindings)\.azure\.cosmosdb\b/, { name: 'cosmosdb', technology: 'Azure Cosmos DB', kind: 'database', hosted: true }],
  [/^state\.azure\.tablestorage\b/, { name: 'tablestorage', technology: 'Azure Table Storage', kind: 'database', hosted: true }],
  [/^(pubsub\.aws\.snssqs|bindings\.aws\.sns)\b/, { name: 'sns', technology: 'Amazon SNS', kind: 'message-broker', hosted: true }],
  [/^bindings\.aws\.sqs\b/, { name: 'sqs', technology: 'Amazon SQS', kind: 'message-broker', hosted: true }],
  [/^bindings\.aws\.kinesis\b/, { name: 'kinesis', technology: 'Amazon Kinesis', kind: 'message-broker', hosted: true }],
  [/^(state|bindings)\.aws\.dynamodb\b/, { name: 'dynamodb', technology: 'Amazon DynamoDB', kind: 'database', hosted: true }],
  [/^bindings\.aws\.s3\b/, { name: 's3', technology: 'Amazon S3', kind: 'file-store', hosted: true }],
  [/^(pubsub|bindings)\.gcp\.pubsub\b/, { name: 'pubsub', technology: 'Google Pub/Sub', kind: 'message-broker', hosted: true }],
  [/^bindings\.gcp\.bucket\b/, { name: 'gcs', technology: 'Google Cloud Storage', kind: 'file-store', hosted: true }],
  [/^state\.gcp\.firestore\b/, { name: 'firestore', technology: 'Google Firestore', kind: 'database', hosted: true }],
  [/^pubsub\.redis\b/, { name: 'redis', technology: 'Redis', kind: 'message-broker' }],
  [/^(state|bindings|configuration|lock)\.redis\b/, { name: 'redis', technology: 'Redis', kind: 'database' }],
  [/^(pubsub|bindings)\.kafka\b/, { name: 'kafka', technology: 'Kafka', kind: 'message-broker' }],
  [/^(pubsub|bindings)\.rabbitmq\b/, { name: 'rabbitmq', technology: 'RabbitMQ', kind: 'message-broker' }],
  [/^(pubsub|bindings)\.mqtt3?\b/, { name: 'mqtt', technology: 'MQTT', kind: 'message-broker' }],
  [/^pubsub\.(jetstream|natsstreaming)\b/, { name: 'nats', technology: 'NATS', kind: 'message-broker' }],
  [/^pubsub\.pulsar\b/, { name: 'pulsar', technology: 'Pulsar', kind: 'message-broker' }],
  [/^(state|bindings|configuration)\.postgres(ql)?\b/, { name: 'postgresql', technology: 'PostgreSQL', kind: 'database' }],
  [/^(state|bindings)\.mysql\b/, { name: 'mysql', technology: 'MySQL', kind: 'database' }],
  [/^state\.sqlserver\b/, { name: 'sqlserver', technology: 'SQL Server', kind: 'database' }],
  [/^state\.mongodb\b/, { name: 'mongodb', technology: 'MongoDB', kind: 'database' }],
  [/^state\.cassandra\b/, { name: 'cassandra', technology: 'Cassandra', kind: 'database' }],
];

/** The Dapr component source. */
export const daprComponentsSource: Source = {
  name: 'dapr-components',
  extensions: ['.yaml', '.yml'],
  accepts: (path) => /\.ya?ml$/i.test(path) && !hasComposeName(path),
  read: neverThrows(readComponents),
};

/** The product a component type names, if a known one. */
export function daprProduct(type: string): Product | undefined {
  return PRODUCTS.find(([pattern]) => pattern.test(type))?.[1];
}

function readComponents(file: SourceFile, context: SourceContext): Fact[] {
  if (!file.text.includes('dapr.io') || !/kind:\s*Component\b/.test(file.text)) return [];
  const facts: Fact[] = [];
  for (const yaml of parseYamlDocuments(file.text)) {
    if (!(yaml.text(yaml.get(yaml.root, 'apiVersion')) ?? '').startsWith('dapr.io/') || yaml.text(yaml.get(yaml.root, 'kind')) !== 'Component') continue;
    const name = yaml.text(yaml.get(yaml.get(yaml.root, 'metadata'), 'name'));
    const spec = yaml.get(yaml.root, 'spec');
    const type = yaml.text(yaml.get(spec, 'type')) ?? '';
    if (!name || !SYSTEM_TYPES.test(type)) continue;
    const metadata = new Map<string, { value: string; line: number }>();
    const secretFields = new Set<string>();
    for (const item of yaml.items(yaml.get(spec, 'metadata'))) {
      const field = yaml.text(yaml.get(item, 'name'));
      const value = yaml.text(yaml.get(item, 'value'));
      // A value from a secret store (`secretKeyRef`) is no address, but says the field is set.
      if (field && yaml.get(item, 'secretKeyRef') !== undefined) secretFields.add(field);
      if (field && value && !value.includes('{{')) metadata.set(field, { value, line: yaml.lineOf(item) });
    }
    const product = daprProduct(type);
    const typeLine = yaml.lineOf(yaml.get(spec, 'type'));
    // SendGrid's binding names no host: it posts to SendGrid's v3 HTTP API, so that API (the
    // vendor's system, saas-hosts.ts; e-mail, mail-providers.ts) is what it reaches, not a mail server.
    const written = ADDRESS_FIELDS.map((field) => metadata.get(field)).find((entry) => entry !== undefined) ?? (type === 'bindings.twilio.sendgrid' ? { value: 'https://api.sendgrid.com', line: typeLine } : undefined);
    // Several brokers name one cluster: the first stands for it.
    let value = written?.value.split(',')[0]?.trim() ?? '';
    const host = value === '' ? undefined : (parseAddress(value)?.host ?? value);
    // A component for `dapr run` on a developer's machine (`localhost:6379`) names no system, and
    // must not stand in for a deployed component of the same name.
    if (host !== undefined && namesNoSystem(host)) continue;
    const line = written?.line ?? typeLine;
    if (value === '') {
      // The address is a secret (or a cloud default): the product is the system.
      if (!product || (secretFields.size === 0 && !product.hosted)) continue;
      value = product.name;
      facts.push(productSystem(product.name, product, typeLine, context));
    } else if (product?.hosted && host !== undefined) {
      // A cloud address (`https://orders.documents.azure.com:443/`) says only HTTP: the type says the product.
      // The endpoint names the resource (`orders` of `orders.documents.azure.com`); the host is another name for it.
      const resource = systemNameForHost(host);
      facts.push({ ...productSystem(resource, product, line, context), ...(resource !== host.toLowerCase() ? { aliases: [host.toLowerCase()] } : {}) });
    }
    // The scheme says the mechanism: `InvokeBindingAsync("sendmail", …)` sends mail.
    if (MAIL_TYPES.has(type) && !value.includes('://')) value = `smtp://${value}`;
    const keys = [`${DAPR_COMPONENT_KEY}${name}`];
    if (type.startsWith('state.') && /^true$/i.test(metadata.get('actorStateStore')?.value ?? '')) keys.push(DAPR_ACTOR_STATE_STORE_KEY);
    const scopes = yaml.items(yaml.get(yaml.root, 'scopes')).map((item) => yaml.text(item)).filter((app): app is string => app !== undefined && app.trim() !== '');
    for (const key of keys) {
      if (scopes.length === 0) {
        facts.push(bindingFact({ scope: '' }, key, value, line, context.evidenceAt));
        continue;
      }
      for (const app of scopes) facts.push(bindingFact({ component: app.trim() }, key, value, line, context.evidenceAt));
      facts.push(bindingFact({ scope: '' }, key, OUT_OF_SCOPE, yaml.lineOf(yaml.get(yaml.root, 'scopes')), context.evidenceAt));
    }
  }
  return facts;
}

/** The system a component stands for when its type names a product. */
function productSystem(name: string, product: Product, line: number, context: SourceContext): ComponentFact {
  return { type: 'component', name, kind: product.kind, technology: product.technology, evidence: context.evidenceAt(line), confidence: CONFIDENCE.inferred };
}
