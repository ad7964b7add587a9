/**
 * Reading addresses out of values: URLs, `host:port`, broker lists and connection strings of the
 * common kinds (URL style, ADO.NET / ODBC `key=value;` style, JDBC). What comes out is the host
 * and port to resolve, and what the scheme says about the technology. Hand-written because no
 * single package parses all these shapes, and the shapes are few and well documented.
 */
import type { Mechanism, SystemKind } from '../model/vocabulary.js';

/** What an address says. */
export interface ParsedAddress {
  host: string;
  port?: number;
  /** Database, bucket, queue or path segment the address names, when it names one. */
  resource?: string;
  technology?: string;
  mechanism?: Mechanism;
  kind?: SystemKind;
}

/** What a URL scheme tells about the other end. */
const SCHEMES: Record<string, { technology: string; mechanism: Mechanism; kind: SystemKind }> = {
  http: { technology: 'HTTP', mechanism: 'rest', kind: 'application' },
  https: { technology: 'HTTP', mechanism: 'rest', kind: 'application' },
  ws: { technology: 'WebSocket', mechanism: 'other', kind: 'application' },
  wss: { technology: 'WebSocket', mechanism: 'other', kind: 'application' },
  grpc: { technology: 'gRPC', mechanism: 'grpc', kind: 'application' },
  dns: { technology: 'gRPC', mechanism: 'grpc', kind: 'application' },
  postgres: { technology: 'PostgreSQL', mechanism: 'database', kind: 'database' },
  postgresql: { technology: 'PostgreSQL', mechanism: 'database', kind: 'database' },
  mysql: { technology: 'MySQL', mechanism: 'database', kind: 'database' },
  mariadb: { technology: 'MariaDB', mechanism: 'database', kind: 'database' },
  sqlserver: { technology: 'SQL Server', mechanism: 'database', kind: 'database' },
  mssql: { technology: 'SQL Server', mechanism: 'database', kind: 'database' },
  oracle: { technology: 'Oracle', mechanism: 'database', kind: 'database' },
  mongodb: { technology: 'MongoDB', mechanism: 'database', kind: 'database' },
  'mongodb+srv': { technology: 'MongoDB', mechanism: 'database', kind: 'database' },
  redis: { technology: 'Redis', mechanism: 'database', kind: 'database' },
  rediss: { technology: 'Redis', mechanism: 'database', kind: 'database' },
  cassandra: { technology: 'Cassandra', mechanism: 'database', kind: 'database' },
  elasticsearch: { technology: 'Elasticsearch', mechanism: 'database', kind: 'database' },
  amqp: { technology: 'RabbitMQ', mechanism: 'messaging', kind: 'message-broker' },
  amqps: { technology: 'RabbitMQ', mechanism: 'messaging', kind: 'message-broker' },
  kafka: { technology: 'Kafka', mechanism: 'messaging', kind: 'message-broker' },
  nats: { technology: 'NATS', mechanism: 'messaging', kind: 'message-broker' },
  mqtt: { technology: 'MQTT', mechanism: 'messaging', kind: 'message-broker' },
  mqtts: { technology: 'MQTT', mechanism: 'messaging', kind: 'message-broker' },
  tcp: { technology: 'TCP', mechanism: 'other', kind: 'application' },
  sb: { technology: 'Azure Service Bus', mechanism: 'messaging', kind: 'message-broker' },
  s3: { technology: 'Amazon S3', mechanism: 'file-transfer', kind: 'file-store' },
  gs: { technology: 'Google Cloud Storage', mechanism: 'file-transfer', kind: 'file-store' },
  sftp: { technology: 'SFTP', mechanism: 'file-transfer', kind: 'file-store' },
  ftp: { technology: 'FTP', mechanism: 'file-transfer', kind: 'file-store' },
  ftps: { technology: 'FTPS', mechanism: 'file-transfer', kind: 'file-store' },
  smtp: { technology: 'SMTP', mechanism: 'email', kind: 'saas' },
  smtps: { technology: 'SMTP', mechanism: 'email', kind: 'saas' },
};

/** Hosts that mean "this machine" or "nowhere": a connection to them names no other system. */
export function isLocalHost(host: string): boolean {
  return /^(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|::1|\[::1\]|host\.docker\.internal)$/i.test(host);
}

/** Splits `host:port` (IPv6 in brackets allowed). */
function hostPort(text: string): { host: string; port?: number } | undefined {
  const match = /^\[?([A-Za-z0-9_.\-:]+?)\]?(?::(\d{1,5}))?$/.exec(text.trim());
  if (!match || !match[1] || !/[A-Za-z0-9]/.test(match[1])) return undefined;
  return { host: match[1].toLowerCase(), ...(match[2] ? { port: Number(match[2]) } : {}) };
}

/** Reads a `key=value;key=value` connection string (ADO.NET, ODBC, Azure). */
function keyValueString(value: string): ParsedAddress | undefined {
  const pairs = new Map<string, string>();
  for (const part of value.split(';')) {
    const equals = part.indexOf('=');
    if (equals > 0) pairs.set(part.slice(0, equals).trim().toLowerCase().replace(/\s+/g, ' '), part.slice(equals + 1).trim());
  }
  const endpoint = pairs.get('endpoint');
  if (endpoint) {
    const parsed = parseAddress(endpoint);
    if (parsed && /servicebus\.windows\.net/i.test(parsed.host)) return { ...parsed, technology: 'Azure Service Bus', mechanism: 'messaging', kind: 'message-broker', ...(pairs.get('entitypath') ? { resource: pairs.get('entitypath') } : {}) };
    if (parsed && /servicebus|eventhub/i.test(endpoint)) return { ...parsed, technology: 'Azure Event Hubs', mechanism: 'messaging', kind: 'message-broker' };
    return parsed;
  }
  const accountName = pairs.get('accountname');
  if (accountName && pairs.has('defaultendpointsprotocol')) {
    return { host: `${accountName.toLowerCase()}.blob.core.windows.net`, technology: 'Azure Storage', mechanism: 'file-transfer', kind: 'file-store' };
  }
  const server = pairs.get('server') ?? pairs.get('data source') ?? pairs.get('host') ?? pairs.get('address') ?? pairs.get('addr');
  if (!server) return undefined;
  const cleaned = server.replace(/^tcp:/i, '');
  const [hostText, portText] = cleaned.includes(',') ? cleaned.split(',') : [cleaned, pairs.get('port')];
  const parsed = hostPort(hostText ?? '');
  if (!parsed) return undefined;
  const port = portText ? Number(portText) : parsed.port;
  const database = pairs.get('database') ?? pairs.get('initial catalog');
  const technology = pairs.has('host') || pairs.has('username') ? 'PostgreSQL' : 'SQL Server';
  return { host: parsed.host.split('\\')[0] as string, ...(port ? { port } : {}), ...(database ? { resource: database } : {}), technology, mechanism: 'database', kind: 'database' };
}

/**
 * Reads an address out of a value: a URL, a JDBC URL, a `key=value;` connection string, a
 * `host:port` or a broker list (the first broker is taken). Returns undefined for anything that
 * is not an address (a plain word, a path, a number).
 */
export function parseAddress(value: string): ParsedAddress | undefined {
  const text = value.trim().replace(/^["']|["']$/g, '');
  if (text === '') return undefined;
  const jdbc = /^jdbc:([a-z0-9]+):(?:thin:@)?(.*)$/i.exec(text);
  if (jdbc) {
    const rest = jdbc[2] ?? '';
    if (rest.startsWith('//')) return parseAddress(`${jdbc[1]}:${rest}`);
    const sqlServer = /^\/\/([^;:/]+)(?::(\d+))?/.exec(rest);
    if (sqlServer) return parseAddress(`${jdbc[1]}://${sqlServer[1]}${sqlServer[2] ? `:${sqlServer[2]}` : ''}`);
    return parseAddress(`${jdbc[1]}://${rest.replace(/^@/, '')}`);
  }
  const url = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/\s]*@)?([^/?#\s,;]+)([^?#\s;]*)/i.exec(text);
  if (url) {
    const scheme = (url[1] ?? '').toLowerCase();
    const address = hostPort(url[2] ?? '');
    if (!address) return undefined;
    const meaning = SCHEMES[scheme];
    const path = (url[3] ?? '').replace(/^\//, '').split('/')[0];
    const resource = meaning && ['database', 'file-store'].includes(meaning.kind) && path ? decodeURIComponent(path) : undefined;
    return { ...address, ...(meaning ? { technology: meaning.technology, mechanism: meaning.mechanism, kind: meaning.kind } : {}), ...(resource ? { resource } : {}) };
  }
  if (/[;=]/.test(text)) return keyValueString(text);
  // `host:port`, or a list of them (Kafka bootstrap servers): the first names the cluster.
  const first = text.split(',')[0]?.trim() ?? '';
  if (/^[A-Za-z0-9_.-]+:\d{1,5}$/.test(first) || /^\[[0-9a-fA-F:]+\]:\d{1,5}$/.test(first)) return hostPort(first);
  return undefined;
}
