/**
 * Kafka Connect connector configurations: the JSON submitted to a Connect worker's REST API
 * (`{"name": …, "config": {"connector.class": …}}` or the bare config map), a standalone worker's
 * `.properties`, a Strimzi `KafkaConnector` and a Confluent for Kubernetes `Connector`. The worker
 * runs the connector, so the connector's edges are the worker's: a *source* connector reads its
 * system and writes Kafka (connect → database, connect → kafka), a *sink* connector reads Kafka
 * and writes its system (kafka → connect, connect → Elasticsearch / S3 / database). Which one the
 * class name says (`…SourceConnector`, `…SinkConnector`, Debezium's connectors are sources); the
 * system is the address its settings name (`connection.url`, `connection.uri`,
 * `database.hostname`…). Passwords and other secrets are never read; evidence is masked.
 *
 * The worker is the component a Strimzi label (`strimzi.io/cluster`) or a CFK
 * `connectClusterRef` names; a JSON or properties file names none, and resolution gives it to the
 * scan's one Kafka Connect worker (an image `confluentinc/cp-kafka-connect`, `debezium/connect`…).
 */
import { KAFKA_CONNECT_WORKER, type ConnectionFact, type Fact, type SourceFile, type TargetRef } from '../../../core/discovery/facts.js';
import { CONFIDENCE } from '../../../core/discovery/facts.js';
import { namesNoSystem, parseAddress } from '../../../core/discovery/addresses.js';
import { redact } from '../../../core/discovery/redact.js';
import type { Mechanism, SystemKind } from '../../../core/model/vocabulary.js';
import type { Source, SourceContext } from '../../source.js';
import { jsonWithoutComments } from './dotnet-appsettings.js';
import { neverThrows } from './emit.js';
import { parseProperties } from './properties.js';
import { parseYamlDocuments, type YamlDocument } from './yaml-nodes.js';

/** One connector: its settings as text with the line of each. */
interface Connector {
  settings: Map<string, { value: string; line: number }>;
  /** The Connect worker running it, when the file says. */
  worker?: string;
  /** The line the connector is defined at. */
  line: number;
}

/** What a connector's class says it is. */
export function connectorRole(connectorClass: string): 'source' | 'sink' | undefined {
  const last = connectorClass.split('.').pop() ?? '';
  if (/Sink(?:Connector)?$/i.test(last)) return 'sink';
  if (/Source(?:Connector)?$/i.test(last)) return 'source';
  // Debezium's connectors (`io.debezium.connector.postgresql.PostgresConnector`) capture changes: sources.
  if (/^io\.debezium\.connector\./.test(connectorClass)) return 'source';
  return undefined;
}

/** The system a connector's class names when no address says more. */
const CLASS_TECHNOLOGY: readonly (readonly [RegExp, string, Mechanism, SystemKind])[] = [
  [/elasticsearch/i, 'Elasticsearch', 'database', 'database'],
  [/opensearch/i, 'OpenSearch', 'database', 'database'],
  [/\.s3\.|S3Sink/i, 'Amazon S3', 'file-transfer', 'file-store'],
  [/\.gcs\.|GcsSink/i, 'Google Cloud Storage', 'file-transfer', 'file-store'],
  [/mongo/i, 'MongoDB', 'database', 'database'],
  [/postgres/i, 'PostgreSQL', 'database', 'database'],
  [/mysql/i, 'MySQL', 'database', 'database'],
  [/sqlserver/i, 'SQL Server', 'database', 'database'],
  [/oracle/i, 'Oracle', 'database', 'database'],
  [/jdbc/i, '', 'database', 'database'],
];

/** The address a connector's settings name, in order of preference, with a port key for a bare host. */
const ADDRESS_KEYS: readonly (readonly [string, string?])[] = [
  ['connection.url'],
  ['connection.uri'],
  ['mongodb.connection.string'],
  ['database.hostname', 'database.port'],
  ['connection.host', 'connection.port'],
  ['mongodb.hosts'],
  ['store.url'],
];

/** The connector configuration source. */
export const kafkaConnectSource: Source = {
  name: 'kafka-connect',
  extensions: ['.json', '.properties', '.yaml', '.yml'],
  accepts: (path) => /\.(json|properties|ya?ml)$/i.test(path) && !/(^|\/)(node_modules|src\/test)\//.test(path),
  sniff: (head) => head.includes('connector.class') || /kind:\s*(KafkaConnector|Connector)\b/.test(head),
  read: neverThrows(readConnectors),
};

function readConnectors(file: SourceFile, context: SourceContext): Fact[] {
  const connectors = /\.properties$/i.test(file.path) ? fromProperties(file.text) : /\.json$/i.test(file.path) ? fromJson(file.text) : fromManifests(file.text);
  return connectors.flatMap((connector) => connectorFacts(connector, context));
}

function fromProperties(text: string): Connector[] {
  return parseProperties(text).flatMap((document) => {
    const settings = new Map(document.map((property) => [property.key, { value: property.value, line: property.line }]));
    return settings.has('connector.class') ? [{ settings, line: settings.get('connector.class')?.line ?? 1 }] : [];
  });
}

/** The scalar settings of a map, one level deep (a connector's config is flat, its keys dotted). */
function settingsOf(yaml: YamlDocument, node: unknown): Map<string, { value: string; line: number }> {
  const settings = new Map<string, { value: string; line: number }>();
  for (const entry of yaml.entries(node)) {
    const value = yaml.text(entry.value);
    if (value !== undefined) settings.set(entry.key, { value, line: entry.line });
  }
  return settings;
}

function fromJson(text: string): Connector[] {
  if (!text.includes('connector.class')) return [];
  const [yaml] = parseYamlDocuments(jsonWithoutComments(text.replace(/^\uFEFF/, ' ')));
  if (!yaml) return [];
  const roots = yaml.isSeq(yaml.root) ? yaml.items(yaml.root) : [yaml.root];
  return roots.flatMap((root) => {
    const config = yaml.isMap(yaml.get(root, 'config')) ? yaml.get(root, 'config') : root;
    const settings = settingsOf(yaml, config);
    return settings.has('connector.class') ? [{ settings, line: yaml.lineOf(root) }] : [];
  });
}

/** Strimzi `KafkaConnector` (`spec.class`, `spec.config`) and CFK `Connector` (`spec.class`, `spec.configs`). */
function fromManifests(text: string): Connector[] {
  if (!/kind:\s*(KafkaConnector|Connector)\b/.test(text)) return [];
  return parseYamlDocuments(text, { uniqueKeys: false }).flatMap((yaml) => {
    const kind = yaml.text(yaml.get(yaml.root, 'kind'));
    const apiVersion = yaml.text(yaml.get(yaml.root, 'apiVersion')) ?? '';
    const strimzi = kind === 'KafkaConnector' && apiVersion.startsWith('kafka.strimzi.io/');
    const confluent = kind === 'Connector' && apiVersion.startsWith('platform.confluent.io/');
    if (!strimzi && !confluent) return [];
    const spec = yaml.get(yaml.root, 'spec');
    const settings = settingsOf(yaml, yaml.get(spec, strimzi ? 'config' : 'configs'));
    const connectorClass = yaml.get(spec, 'class');
    const className = yaml.text(connectorClass);
    if (className) settings.set('connector.class', { value: className, line: yaml.lineOf(connectorClass) });
    const worker = strimzi ? yaml.text(yaml.get(yaml.get(yaml.get(yaml.root, 'metadata'), 'labels'), 'strimzi.io/cluster')) : yaml.text(yaml.get(yaml.get(spec, 'connectClusterRef'), 'name'));
    return settings.has('connector.class') ? [{ settings, line: yaml.lineOf(yaml.root), ...(worker ? { worker } : {}) }] : [];
  });
}

/** A list setting (`topics`, `table.include.list`). */
function listOf(value: string | undefined): string[] {
  return (value ?? '').split(',').map((item) => item.trim()).filter((item) => item !== '' && !item.includes('${'));
}

/** The topics a source connector writes: its prefix and the tables it copies, else the prefix or its fixed topic. */
function sourceTopics(settings: Connector['settings']): string[] {
  const get = (key: string): string | undefined => settings.get(key)?.value.trim() || undefined;
  const fixed = get('topic') ?? get('kafka.topic');
  if (fixed) return [fixed];
  const prefix = get('topic.prefix') ?? get('database.server.name');
  const tables = listOf(get('table.whitelist') ?? get('table.include.list') ?? get('collection.include.list'));
  if (prefix === undefined) return [];
  // JDBC joins prefix and table as they are; Debezium puts a dot between.
  const debezium = /^io\.debezium\./.test(get('connector.class') ?? '');
  return tables.length > 0 ? tables.map((table) => (debezium ? `${prefix}.${table}` : `${prefix}${table}`)) : [prefix];
}

/** The system a connector's settings address, and what it is. */
function addressOf(settings: Connector['settings'], connectorClass: string): { target: TargetRef; line: number; technology?: string; mechanism: Mechanism; kind: SystemKind } | undefined {
  const known = CLASS_TECHNOLOGY.find(([pattern]) => pattern.test(connectorClass));
  const mechanism = known?.[2] ?? 'database';
  const kind = known?.[3] ?? 'database';
  const technology = known?.[1] || undefined;
  for (const [key, portKey] of ADDRESS_KEYS) {
    const setting = settings.get(key);
    const value = setting?.value.split(',')[0]?.trim() ?? '';
    if (!setting || value === '' || value.includes('${')) continue;
    if (/^[a-z][a-z0-9+.:-]*:\/\//i.test(value) || /^jdbc:/i.test(value)) {
      const parsed = parseAddress(value);
      if (!parsed || namesNoSystem(parsed.host)) return undefined;
      return { target: { url: redact(value) }, line: setting.line, technology: technology ?? parsed.technology, mechanism, kind };
    }
    const host = /^([A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(value);
    if (!host || namesNoSystem(host[1] as string)) return undefined;
    const port = Number(host[2] ?? (portKey ? settings.get(portKey)?.value : undefined));
    return { target: { host: (host[1] as string).toLowerCase(), ...(Number.isInteger(port) && port > 0 ? { port } : {}) }, line: setting.line, ...(technology ? { technology } : {}), mechanism, kind };
  }
  // An object store is addressed by its bucket: the vendor's system.
  const bucket = settings.get('s3.bucket.name') ?? settings.get('gcs.bucket.name');
  if (bucket && technology && mechanism === 'file-transfer') return { target: {}, line: bucket.line, technology, mechanism, kind };
  return undefined;
}

function connectorFacts(connector: Connector, context: SourceContext): ConnectionFact[] {
  const connectorClass = connector.settings.get('connector.class')?.value.trim() ?? '';
  const role = connectorRole(connectorClass);
  if (!role) return [];
  const component = connector.worker ?? KAFKA_CONNECT_WORKER;
  const facts: ConnectionFact[] = [];
  const address = addressOf(connector.settings, connectorClass);
  if (address) {
    const bucket = (connector.settings.get('s3.bucket.name') ?? connector.settings.get('gcs.bucket.name'))?.value.trim();
    facts.push({
      type: 'connection',
      component,
      target: address.target,
      role: 'uses',
      mechanism: address.mechanism,
      ...(address.technology ? { technology: address.technology } : {}),
      ...(bucket && address.mechanism === 'file-transfer' ? { channel: bucket } : {}),
      targetKind: address.kind,
      evidence: context.evidenceAt(address.line),
      confidence: CONFIDENCE.literal,
    });
  }
  const topics = role === 'sink' ? listOf(connector.settings.get('topics')?.value) : sourceTopics(connector.settings);
  const classLine = connector.settings.get('connector.class')?.line ?? connector.line;
  for (const topic of topics.length > 0 ? topics : [undefined]) {
    facts.push({
      type: 'connection',
      component,
      target: {},
      role: role === 'sink' ? 'consumes' : 'produces',
      mechanism: 'messaging',
      technology: 'Kafka',
      ...(topic ? { channel: topic } : {}),
      targetKind: 'message-broker',
      evidence: context.evidenceAt(role === 'sink' ? (connector.settings.get('topics')?.line ?? classLine) : classLine),
      confidence: CONFIDENCE.literal,
    });
  }
  return facts;
}
