/**
 * Apache Camel endpoint URIs: what a route's `from("kafka:orders?brokers=kafka:9092")`,
 * `.to("sftp://files:22/outbound")` or YAML `- to: { uri: jms:queue:shipments }` connects to. Pure:
 * the readers (Java DSL in code, YAML DSL route files, Camel K Integrations) hand over the URI as
 * written and the part of the route it is in; this says which connection it is.
 *
 * - The scheme is the component. Brokers (kafka, jms, activemq, amqp, sjms, paho, nats, rabbitmq,
 *   aws2-sqs, google-pubsub, azure-servicebus…) are messaging: a route's `from` (and a
 *   `pollEnrich`) consumes, `to`, `toD`, `toF`, `wireTap` and `enrich` produce. HTTP clients are
 *   REST calls, file servers and object stores file transfer, SQL and NoSQL components database
 *   uses, smtp email. Internal components (direct, seda, timer, log, bean, mock, file…) and the
 *   REST DSL's server side name nothing outside the process: no connection.
 * - Where the other end is: the host in the URI (`sftp://files:22`, `http://billing:8080`), a
 *   broker option (`brokers=`, `brokerURL=`, `servers=`, `hostname=`), else the component's
 *   setting (`camel.component.kafka.brokers`), which resolution looks up in the service's
 *   configuration (and, for a broker, the framework's own broker settings after it).
 * - Property placeholders (`{{kafka.brokers}}`, `{{key:default}}`, `{{env:NAME:default}}`,
 *   `{{sys:name}}`) become property expressions (`${kafka.brokers}`, `${NAME:default}`) that
 *   resolution fills from the service's configuration (property-expressions.ts). Camel's own
 *   Simple expressions (`${header.id}` in a `toD`) are run-time values and are left out.
 */
import { CONFIDENCE, type BindingFact, type ConnectionFact, type ConnectionRole, type Evidence, type FactCondition, type TargetRef } from './facts.js';
import { folderOf } from './file-paths.js';
import type { Mechanism, SystemKind } from '../model/vocabulary.js';

/** Which part of a route an endpoint is in: the consumer (`from`, `pollEnrich`) or a producer (`to`, `toD`, `wireTap`, `enrich`). */
export type CamelSide = 'consumer' | 'producer';

/** The connection an endpoint URI is. */
export interface CamelConnection {
  role: ConnectionRole;
  mechanism: Mechanism;
  technology: string;
  targetKind: SystemKind;
  /** `url` or `host` may hold property expressions (`${kafka.brokers}`); `key` is the component's setting. */
  target: TargetRef;
  /** Topic, queue, subject or bucket; may hold property expressions. */
  channel?: string;
}

interface Component {
  mechanism: Mechanism;
  technology: string;
  /** Options naming the broker or server, first found wins (lower case). */
  hostOptions?: readonly string[];
  /** The scheme a host option's bare `host:port` is read with. */
  hostScheme?: string;
  /** The component's setting naming its broker or server when the URI names none. */
  setting?: string;
  /** Where the channel is: the path (`kafka:orders`), its last `:` segment (`jms:queue:orders`), an option, or none. */
  channel?: 'path' | 'last' | 'first' | 'none' | { option: string };
  /** The URI's authority is the host (`sftp://files:22/dir`, `smtp://mail:25`). */
  authority?: boolean;
}

const messaging = (technology: string, extra: Partial<Component> = {}): Component => ({ mechanism: 'messaging', technology, channel: 'last', ...extra });
const files = (technology: string, extra: Partial<Component> = {}): Component => ({ mechanism: 'file-transfer', technology, channel: 'none', authority: true, ...extra });
const database = (technology: string, extra: Partial<Component> = {}): Component => ({ mechanism: 'database', technology, channel: 'none', ...extra });

const JMS_OPTIONS = ['brokerurl', 'remoteuri', 'url'];

/** Camel components by scheme. */
const COMPONENTS: Record<string, Component> = {
  kafka: messaging('Kafka', { channel: 'path', hostOptions: ['brokers'], setting: 'camel.component.kafka.brokers' }),
  jms: messaging('JMS', { hostOptions: JMS_OPTIONS }),
  sjms: messaging('JMS', { hostOptions: JMS_OPTIONS }),
  sjms2: messaging('JMS', { hostOptions: JMS_OPTIONS }),
  activemq: messaging('ActiveMQ', { hostOptions: JMS_OPTIONS, setting: 'camel.component.activemq.broker-url' }),
  'activemq6': messaging('ActiveMQ', { hostOptions: JMS_OPTIONS, setting: 'camel.component.activemq.broker-url' }),
  amqp: messaging('AMQP', { hostOptions: JMS_OPTIONS }),
  paho: messaging('MQTT', { channel: 'path', hostOptions: ['brokerurl', 'serveruris'], setting: 'camel.component.paho.broker-url' }),
  'paho-mqtt5': messaging('MQTT', { channel: 'path', hostOptions: ['brokerurl', 'serveruris'], setting: 'camel.component.paho-mqtt5.broker-url' }),
  nats: messaging('NATS', { channel: 'path', hostOptions: ['servers'], hostScheme: 'nats', setting: 'camel.component.nats.servers' }),
  rabbitmq: messaging('RabbitMQ', { channel: { option: 'queue' }, hostOptions: ['hostname', 'addresses'], hostScheme: 'amqp', setting: 'camel.component.rabbitmq.hostname' }),
  'spring-rabbitmq': messaging('RabbitMQ', { channel: { option: 'queues' }, setting: 'spring.rabbitmq.host' }),
  'aws2-sqs': messaging('Amazon SQS', { channel: 'path' }),
  'aws2-sns': messaging('Amazon SNS', { channel: 'path' }),
  'google-pubsub': messaging('Google Cloud Pub/Sub', { channel: 'last' }),
  'azure-servicebus': messaging('Azure Service Bus', { channel: 'path' }),
  http: { mechanism: 'rest', technology: 'HTTP', channel: 'none' },
  https: { mechanism: 'rest', technology: 'HTTP', channel: 'none' },
  http4: { mechanism: 'rest', technology: 'HTTP', channel: 'none' },
  'netty-http': { mechanism: 'rest', technology: 'HTTP', channel: 'none' },
  'vertx-http': { mechanism: 'rest', technology: 'HTTP', channel: 'none' },
  undertow: { mechanism: 'rest', technology: 'HTTP', channel: 'none' },
  rest: { mechanism: 'rest', technology: 'HTTP', channel: 'none', hostOptions: ['host'], hostScheme: 'http' },
  sftp: files('SFTP'),
  ftp: files('FTP'),
  ftps: files('FTPS'),
  scp: files('SCP'),
  // An S3 endpoint pointed at another store (MinIO, LocalStack) by `uriEndpointOverride` moves its files there.
  'aws2-s3': files('Amazon S3', { authority: false, channel: 'path', hostOptions: ['uriendpointoverride'], hostScheme: 'http' }),
  minio: files('MinIO', { authority: false, channel: 'path', hostOptions: ['endpoint'], setting: 'camel.component.minio.endpoint' }),
  'azure-storage-blob': files('Azure Blob Storage', { authority: false, channel: 'last' }),
  'google-storage': files('Google Cloud Storage', { authority: false, channel: 'path' }),
  sql: database('SQL', { setting: 'spring.datasource.url' }),
  jdbc: database('SQL', { setting: 'spring.datasource.url' }),
  mongodb: database('MongoDB', { setting: 'spring.data.mongodb.uri', hostOptions: ['hosts'], hostScheme: 'mongodb' }),
  elasticsearch: database('Elasticsearch', { hostOptions: ['hostaddresses'], hostScheme: 'http', setting: 'camel.component.elasticsearch.host-addresses' }),
  cql: database('Cassandra', { authority: true }),
  'spring-redis': database('Redis', { authority: true }),
  smtp: { mechanism: 'email', technology: 'SMTP', channel: 'none', authority: true },
  smtps: { mechanism: 'email', technology: 'SMTP', channel: 'none', authority: true },
};

/**
 * The setting naming the broker or server of a component (`camel.component.activemq.broker-url`),
 * for a reader finding it configured another way (a Spring XML bean of the component).
 */
export function camelComponentSetting(scheme: string): string | undefined {
  return COMPONENTS[scheme.toLowerCase()]?.setting;
}

/** Kinds of the systems at the other end, by mechanism. */
const KIND: Partial<Record<Mechanism, SystemKind>> = { messaging: 'message-broker', database: 'database', 'file-transfer': 'file-store', email: 'saas', rest: 'application' };

/**
 * Whether a URI's component is itself a setting (`{{billing.uri}}`, `{{env:TARGET}}/orders`): the
 * connection is decided in resolution, once the service's configuration fills it in.
 */
export function isSettingUri(uri: string): boolean {
  return /^\s*\{\{[^}]+\}\}/.test(uri);
}

/** Index of the `}` closing the `{` at `open`, counting nesting; -1 when unclosed. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    if (text[index] === '{') depth += 1;
    else if (text[index] === '}' && (depth -= 1) === 0) return index;
  }
  return -1;
}

/**
 * A URI with Camel's property placeholders as property expressions and its Simple expressions
 * removed: `kafka:{{topic:orders}}?brokers={{env:KAFKA_BROKERS}}` →
 * `kafka:${topic:orders}?brokers=${KAFKA_BROKERS}`; `http://billing/api/${header.id}` → `http://billing/api/`.
 */
export function camelPlaceholders(uri: string): string {
  let result = '';
  let index = 0;
  while (index < uri.length) {
    if (uri.startsWith('${', index) || uri.startsWith('$simple{', index)) {
      const end = closing(uri, uri.indexOf('{', index));
      if (end < 0) break;
      index = end + 1;
      continue;
    }
    if (uri.startsWith('{{', index)) {
      const end = uri.indexOf('}}', index + 2);
      if (end < 0) break;
      const body = uri.slice(index + 2, end).trim().replace(/^(?:env|sys|prop):/, '');
      result += `\${${body}}`;
      index = end + 2;
      continue;
    }
    result += uri[index];
    index += 1;
  }
  return result + uri.slice(index);
}

/** Splits at `separator` outside `${…}`. */
function splitOutside(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '{') depth += 1;
    else if (char === '}') depth = Math.max(0, depth - 1);
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The index of the first `?` outside `${…}`, or -1. */
function queryStart(text: string): number {
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '{') depth += 1;
    else if (char === '}') depth = Math.max(0, depth - 1);
    else if (char === '?' && depth === 0) return index;
  }
  return -1;
}

/** A broker or server option's value as an address URL: `kafka:9092` → `kafka://kafka:9092`; a URL stays as it is. */
function optionUrl(value: string, scheme: string): string {
  const first = splitOutside(value, ',')[0]?.trim() ?? '';
  // `failover:(tcp://a:61616,…)`: the first broker of the list.
  const inner = /^(?:failover|static|discovery):(?:\/\/)?\(([^,)]+)/i.exec(first)?.[1] ?? first;
  // A setting (`${minio.endpoint}`) is whatever address it is bound to: read once resolution fills it.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(inner) || /^\$\{[^}]*\}$/.test(inner)) return inner;
  return `${scheme}://${inner}`;
}

/**
 * The connection an endpoint URI makes from the side of the route it is on; undefined for
 * components that stay inside the process, the REST DSL's server, a URI that is only a
 * placeholder (`{{target.uri}}`) and anything not understood.
 */
export function camelEndpoint(written: string, side: CamelSide): CamelConnection | undefined {
  const uri = camelPlaceholders(written.trim());
  const schemeMatch = /^([a-z][a-z0-9+-]*):/i.exec(uri);
  if (!schemeMatch) return undefined;
  const scheme = (schemeMatch[1] as string).toLowerCase();
  const component = COMPONENTS[scheme];
  if (!component) return undefined;
  let rest = uri.slice(schemeMatch[0].length);
  // A component wrapping an HTTP URL (`netty-http:http://…`, `undertow:https://…`).
  if (component.mechanism === 'rest' && /^https?:/i.test(rest)) rest = rest.replace(/^https?:/i, '');
  // Servers: an HTTP component in `from` listens, and the REST DSL's `rest:` only calls out as a producer.
  if (component.mechanism === 'rest' && side === 'consumer') return undefined;
  const question = queryStart(rest);
  const path = (question < 0 ? rest : rest.slice(0, question)).replace(/^\/\//, '');
  const options = new Map<string, string>();
  if (question >= 0) {
    for (const pair of splitOutside(rest.slice(question + 1), '&')) {
      const equals = pair.indexOf('=');
      if (equals > 0) options.set(pair.slice(0, equals).trim().toLowerCase(), decodeURIComponentSafe(pair.slice(equals + 1).trim()));
    }
  }

  let target: TargetRef = {};
  if (component.mechanism === 'rest') {
    if (scheme === 'rest') {
      const host = options.get('host');
      if (!host) return undefined;
      target = { url: optionUrl(host, 'http') };
    } else {
      const authority = splitOutside(path, '/')[0] ?? '';
      if (authority === '') return undefined;
      target = { url: `${scheme === 'https' ? 'https' : 'http'}://${path}` };
    }
  } else {
    const option = component.hostOptions?.map((name) => options.get(name)).find((value) => value !== undefined && value !== '');
    if (option !== undefined) {
      const port = scheme === 'rabbitmq' ? options.get('portnumber') : undefined;
      target = { url: optionUrl(port && !option.includes(':') ? `${option}:${port}` : option, component.hostScheme ?? scheme) };
    } else if (component.authority) {
      const authority = (splitOutside(path, '/')[0] ?? '').replace(/^[^@]*@/, '');
      if (authority !== '') target = { url: `${scheme}://${authority}` };
    }
    if (target.url === undefined && component.setting) target = { key: component.setting };
  }

  let channel: string | undefined;
  const how = component.channel ?? 'none';
  if (typeof how === 'object') channel = options.get(how.option) ?? (scheme === 'rabbitmq' || scheme === 'spring-rabbitmq' ? path || undefined : undefined);
  else if (how === 'path') channel = path.replace(/\/.*$/, '') || undefined;
  else if (how === 'last') {
    const segments = splitOutside(path.replace(/\/.*$/, ''), ':');
    channel = segments[segments.length - 1] || undefined;
  }
  if (channel !== undefined) channel = channel.split(',')[0]?.trim() || undefined;

  const role: ConnectionRole = component.mechanism === 'messaging' ? (side === 'consumer' ? 'consumes' : 'produces') : component.mechanism === 'rest' ? 'calls' : 'uses';
  return {
    role,
    mechanism: component.mechanism,
    technology: component.technology,
    targetKind: KIND[component.mechanism] ?? 'other',
    target,
    ...(channel ? { channel } : {}),
  };
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Whether a route is switched off as written: `autoStartup(false)`, `noAutoStartup()`, YAML
 * `autoStartup: false`. A placeholder (`{{orders.enabled}}`) is a setting: its key, for the
 * resolution to test (`{ key }`); true or anything else starts the route.
 */
export function autoStartupOf(value: string): 'off' | 'on' | { key: string; fallback?: string } {
  const text = value.trim().replace(/^["']|["']$/g, '');
  if (/^false$/i.test(text)) return 'off';
  const placeholder = /^\{\{\s*(?:env:|sys:)?([^:}]+)(?::([^}]*))?\}\}$/.exec(text) ?? /^\$\{([^:}]+)(?::([^}]*))?\}$/.exec(text);
  if (placeholder) return { key: (placeholder[1] as string).trim(), ...(placeholder[2] !== undefined ? { fallback: placeholder[2] } : {}) };
  return 'on';
}

/**
 * The connection fact of an endpoint a route reads or writes, as the Java DSL and the YAML DSL
 * both state it: literal when the URI names its address or channel, else inferred (the broker or
 * store comes from the component's settings).
 */
export function camelConnectionFact(endpoint: CamelConnection, evidence: Evidence, conditions: readonly FactCondition[], component?: string): ConnectionFact {
  return {
    type: 'connection',
    ...(component ? { component } : {}),
    target: endpoint.target,
    role: endpoint.role,
    mechanism: endpoint.mechanism,
    technology: endpoint.technology,
    targetKind: endpoint.targetKind,
    ...(endpoint.channel ? { channel: endpoint.channel } : {}),
    ...(conditions.length > 0 ? { conditions: [...conditions] } : {}),
    evidence,
    confidence: endpoint.target.url !== undefined || endpoint.channel !== undefined ? CONFIDENCE.literal : CONFIDENCE.inferred,
  };
}

/** One endpoint of a route as a reader found it: the URI as written, the side of the route, its line. */
export interface CamelRouteEndpoint {
  uri: string;
  side: CamelSide;
  line: number;
}

/**
 * A route as every DSL writes it, whatever its syntax (YAML, XML): its endpoints (the `from` and
 * each step naming one, at any depth) and its `autoStartup` as written. Readers build these and
 * `camelRouteFacts` turns them into facts, so each DSL means the same thing by the same route.
 */
export interface CamelRoute {
  endpoints: CamelRouteEndpoint[];
  autoStartup?: { value: string; line: number };
}

/**
 * The endpoints of a `recipientList` given as a constant (`jms:queue:a,http://billing/in`), split
 * at its delimiter (`,` unless the step says another); a list computed at run time names none.
 */
export function recipientListUris(constant: string, delimiter = ','): string[] {
  if (delimiter === 'false') return [constant.trim()].filter((uri) => uri !== '');
  return splitOutside(constant, delimiter.length === 1 ? delimiter : ',')
    .map((uri) => uri.trim())
    .filter((uri) => uri !== '');
}

/**
 * The facts of a file's routes, for the component named (a Camel K Integration) or the one whose
 * folder holds `path`: a route switched off (`autoStartup: false`) gives nothing; one switched by
 * a setting (`{{orders.enabled:false}}`) gives its connections on that condition, with the
 * placeholder's default bound as a fallback; a URI that is a setting (`{{orders.out}}`) is a
 * connection decided in resolution.
 */
export function camelRouteFacts(routes: readonly CamelRoute[], path: string, evidenceAt: (line: number) => Evidence, component?: string): Array<ConnectionFact | BindingFact> {
  const facts: Array<ConnectionFact | BindingFact> = [];
  for (const route of routes) {
    const conditions: FactCondition[] = [];
    if (route.autoStartup !== undefined) {
      const switched = autoStartupOf(route.autoStartup.value);
      if (switched === 'off') continue;
      if (switched !== 'on') {
        conditions.push({ key: switched.key, test: 'true' });
        if (switched.fallback !== undefined) {
          const owner = component ? { component } : { scope: folderOf(path) };
          facts.push({ type: 'binding', ...owner, key: switched.key, value: switched.fallback, fallback: true, evidence: evidenceAt(route.autoStartup.line) });
        }
      }
    }
    for (const { uri, side, line } of route.endpoints) {
      const endpoint = camelEndpoint(uri, side);
      if (endpoint) facts.push(camelConnectionFact(endpoint, evidenceAt(line), conditions, component));
      else if (isSettingUri(uri)) {
        // A URI that is a setting: decided in resolution from the service's configuration.
        facts.push({ type: 'connection', ...(component ? { component } : {}), target: {}, role: 'calls', mechanism: 'other', camelUri: { uri, side }, ...(conditions.length > 0 ? { conditions: [...conditions] } : {}), evidence: evidenceAt(line), confidence: CONFIDENCE.resolved });
      }
    }
  }
  return facts;
}
