/**
 * Reading addresses out of values: URLs, `host:port`, broker lists and connection strings of the
 * common kinds (URL style, ADO.NET / ODBC `key=value;` style, libpq `key=value` style, JDBC and R2DBC, Oracle TNS
 * descriptors, StackExchange.Redis option lists). What comes out is the host
 * and port to resolve, and what the scheme says about the technology. Hand-written because no
 * single package parses all these shapes, and the shapes are few and well documented.
 */
import type { Mechanism, SystemKind } from '../model/vocabulary.js';
import { cloudEndpoint, cloudSqlInstance, mayBeCloudHost } from './cloud-endpoints.js';
import { saasVendorOfHost } from './saas-hosts.js';

/** What an address says. */
export interface ParsedAddress {
  host: string;
  port?: number;
  /** Database, bucket, queue or path segment the address names, when it names one. */
  resource?: string;
  /** The resource a managed cloud service's endpoint names (cloud-endpoints.ts), or the SaaS vendor an API host is (saas-hosts.ts). */
  cloudName?: string;
  technology?: string;
  mechanism?: Mechanism;
  kind?: SystemKind;
}

/** Whether an address is written with an explicit HTTP scheme (`http://orders:8080`, `HTTPS://api.example.com/v1`): an HTTP server, whatever a name says. */
export function hasHttpScheme(value: string | undefined): boolean {
  return value !== undefined && /^\s*https?:\/\//i.test(value);
}

/** What a URL scheme tells about the other end. */
const SCHEMES: Record<string, { technology: string; mechanism: Mechanism; kind: SystemKind }> = {
  http: { technology: 'HTTP', mechanism: 'rest', kind: 'application' },
  https: { technology: 'HTTP', mechanism: 'rest', kind: 'application' },
  // .NET service discovery (Aspire): "try https, then http" for a named service.
  'https+http': { technology: 'HTTP', mechanism: 'rest', kind: 'application' },
  'http+https': { technology: 'HTTP', mechanism: 'rest', kind: 'application' },
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
  db2: { technology: 'Db2', mechanism: 'database', kind: 'database' },
  h2: { technology: 'H2', mechanism: 'database', kind: 'database' },
  bolt: { technology: 'Neo4j', mechanism: 'database', kind: 'database' },
  neo4j: { technology: 'Neo4j', mechanism: 'database', kind: 'database' },
  'neo4j+s': { technology: 'Neo4j', mechanism: 'database', kind: 'database' },
  couchbase: { technology: 'Couchbase', mechanism: 'database', kind: 'database' },
  couchbases: { technology: 'Couchbase', mechanism: 'database', kind: 'database' },
  clickhouse: { technology: 'ClickHouse', mechanism: 'database', kind: 'database' },
  elasticsearch: { technology: 'Elasticsearch', mechanism: 'database', kind: 'database' },
  amqp: { technology: 'RabbitMQ', mechanism: 'messaging', kind: 'message-broker' },
  amqps: { technology: 'RabbitMQ', mechanism: 'messaging', kind: 'message-broker' },
  kafka: { technology: 'Kafka', mechanism: 'messaging', kind: 'message-broker' },
  // Kafka listener names, as bootstrap servers are often written (`SASL_SSL://broker:9093`).
  plaintext: { technology: 'Kafka', mechanism: 'messaging', kind: 'message-broker' },
  sasl_plaintext: { technology: 'Kafka', mechanism: 'messaging', kind: 'message-broker' },
  sasl_ssl: { technology: 'Kafka', mechanism: 'messaging', kind: 'message-broker' },
  nats: { technology: 'NATS', mechanism: 'messaging', kind: 'message-broker' },
  mqtt: { technology: 'MQTT', mechanism: 'messaging', kind: 'message-broker' },
  mqtts: { technology: 'MQTT', mechanism: 'messaging', kind: 'message-broker' },
  tcp: { technology: 'TCP', mechanism: 'other', kind: 'application' },
  stomp: { technology: 'STOMP', mechanism: 'messaging', kind: 'message-broker' },
  'stomp+ssl': { technology: 'STOMP', mechanism: 'messaging', kind: 'message-broker' },
  stomps: { technology: 'STOMP', mechanism: 'messaging', kind: 'message-broker' },
  sb: { technology: 'Azure Service Bus', mechanism: 'messaging', kind: 'message-broker' },
  s3: { technology: 'Amazon S3', mechanism: 'file-transfer', kind: 'file-store' },
  gs: { technology: 'Google Cloud Storage', mechanism: 'file-transfer', kind: 'file-store' },
  sftp: { technology: 'SFTP', mechanism: 'file-transfer', kind: 'file-store' },
  ftp: { technology: 'FTP', mechanism: 'file-transfer', kind: 'file-store' },
  ftps: { technology: 'FTPS', mechanism: 'file-transfer', kind: 'file-store' },
  smtp: { technology: 'SMTP', mechanism: 'email', kind: 'saas' },
  smtps: { technology: 'SMTP', mechanism: 'email', kind: 'saas' },
};

/**
 * Ports that name their product when an address has no scheme to say it (`cache:6379`,
 * Cassandra contact points `cass1:9042`). Only ports used by one product by convention are listed.
 */
const WELL_KNOWN_PORTS: Record<number, { technology: string; mechanism: Mechanism; kind: SystemKind }> = {
  5432: { technology: 'PostgreSQL', mechanism: 'database', kind: 'database' },
  3306: { technology: 'MySQL', mechanism: 'database', kind: 'database' },
  1433: { technology: 'SQL Server', mechanism: 'database', kind: 'database' },
  1521: { technology: 'Oracle', mechanism: 'database', kind: 'database' },
  27017: { technology: 'MongoDB', mechanism: 'database', kind: 'database' },
  6379: { technology: 'Redis', mechanism: 'database', kind: 'database' },
  9042: { technology: 'Cassandra', mechanism: 'database', kind: 'database' },
  11211: { technology: 'Memcached', mechanism: 'database', kind: 'database' },
  9092: { technology: 'Kafka', mechanism: 'messaging', kind: 'message-broker' },
  5672: { technology: 'RabbitMQ', mechanism: 'messaging', kind: 'message-broker' },
  4222: { technology: 'NATS', mechanism: 'messaging', kind: 'message-broker' },
  1883: { technology: 'MQTT', mechanism: 'messaging', kind: 'message-broker' },
  61616: { technology: 'ActiveMQ', mechanism: 'messaging', kind: 'message-broker' },
  // Zeebe's gateway (Camunda 8): clients deploy, start instances and poll jobs over gRPC there.
  26500: { technology: 'Zeebe', mechanism: 'messaging', kind: 'message-broker' },
  // Temporal's frontend: clients start and signal workflows, workers poll task queues there.
  7233: { technology: 'Temporal', mechanism: 'messaging', kind: 'message-broker' },
  // Axon Server's gRPC port: Axon applications send commands, events and queries through it.
  8124: { technology: 'Axon Server', mechanism: 'messaging', kind: 'message-broker' },
  // STOMP's conventional port (ActiveMQ, Artemis, RabbitMQ's STOMP plugin).
  61613: { technology: 'STOMP', mechanism: 'messaging', kind: 'message-broker' },
};

/** Hosts that mean "this machine" (or every interface of it). */
const LOCAL_HOST = /^(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|::1|\[::1\]|host\.docker\.internal)$/i;

/**
 * Names reserved for documentation and testing (RFC 2606, RFC 6761): the top-level domains
 * `.example`, `.test`, `.invalid` and `.localhost`, and `example.com`, `example.org`, `example.net`
 * with their subdomains. A bare single label (`test`, `example`) is left alone: a compose service may
 * be called so. No real system answers at them; they are the defaults of features left
 * switched off (`http://fax-gateway.legacy.example`) and the hosts of examples in docs.
 */
const RESERVED_HOST = /\.(?:example|test|invalid|localhost)$|(?:^|\.)example\.(?:com|org|net)$/i;

/**
 * Whether a host names no other system: this machine, a reserved documentation name, or a cloud
 * secrets store (`<vault>.vault.azure.net`: control plane, cloud-endpoints.ts). The one
 * rule every source and resolution use to judge a host, so a connection to such a host becomes
 * neither an edge nor a system anywhere.
 */
export function namesNoSystem(host: string): boolean {
  const name = host.trim().replace(/\.$/, '');
  return LOCAL_HOST.test(name) || RESERVED_HOST.test(name) || (mayBeCloudHost(name) && cloudEndpoint(name)?.controlPlane === true);
}

/** This machine's loopback names: a sidecar listening here forwards to the upstream its pod declares. */
const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|::1|\[::1\])$/i;

/** Whether a host is this machine's loopback (`localhost`, `127.0.0.1`, `::1`). */
export function isLoopback(host: string): boolean {
  return LOOPBACK.test(host.trim());
}

/** Splits `host:port` (IPv6 in brackets allowed). */
function hostPort(text: string): { host: string; port?: number } | undefined {
  const match = /^\[?([A-Za-z0-9_.\-:]+?)\]?(?::(\d{1,5}))?$/.exec(text.trim());
  if (!match || !match[1] || !/[A-Za-z0-9]/.test(match[1])) return undefined;
  // A colon left in the host is only legal in an IPv6 address; `mem:testdb` (embedded H2) is no host.
  if (match[1].includes(':') && !/^[0-9a-f]*:[0-9a-f]*:[0-9a-f:.]*$/i.test(match[1])) return undefined;
  return { host: match[1].toLowerCase(), ...(match[2] ? { port: Number(match[2]) } : {}) };
}

/** Reads an Oracle TNS descriptor: `(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=ora)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=ORCL)))`. */
function tnsDescriptor(text: string): ParsedAddress | undefined {
  const field = (name: string): string | undefined => new RegExp(String.raw`\(\s*${name}\s*=\s*([^()\s]+)\s*\)`, 'i').exec(text)?.[1];
  const host = field('HOST');
  const parsed = host ? hostPort(host) : undefined;
  if (!parsed) return undefined;
  const port = Number(field('PORT'));
  const service = field('SERVICE_NAME') ?? field('SID');
  return { host: parsed.host, ...(port ? { port } : {}), ...(service ? { resource: service } : {}), technology: 'Oracle', mechanism: 'database', kind: 'database' };
}

/** The product an ODBC `Driver={...}` names. */
function driverTechnology(driver: string | undefined): string | undefined {
  if (!driver) return undefined;
  if (/sql server|sqlncli|msodbcsql/i.test(driver)) return 'SQL Server';
  if (/postgres/i.test(driver)) return 'PostgreSQL';
  if (/maria/i.test(driver)) return 'MariaDB';
  if (/mysql/i.test(driver)) return 'MySQL';
  if (/oracle/i.test(driver)) return 'Oracle';
  return undefined;
}

/**
 * Reads a StackExchange.Redis configuration string: `cache:6379,password=x,ssl=false`. Its shape
 * (endpoints and options separated by commas, no semicolons) belongs to that client alone.
 */
function redisOptions(text: string): ParsedAddress | undefined {
  if (text.includes(';')) return undefined;
  const parts = text.split(',').map((part) => part.trim()).filter((part) => part !== '');
  const endpoints = parts.filter((part) => !part.includes('='));
  const options = parts.filter((part) => part.includes('='));
  if (endpoints.length === 0 || options.length === 0 || parts[0]?.includes('=') || !options.every((part) => /^[A-Za-z][A-Za-z0-9$-]*=/.test(part))) return undefined;
  const parsed = hostPort(endpoints[0] ?? '');
  if (!parsed || !/^[A-Za-z0-9_.\-[\]:]+$/.test(endpoints[0] ?? '')) return undefined;
  return { ...parsed, technology: 'Redis', mechanism: 'database', kind: 'database' };
}

/** Reads a `key=value;key=value` connection string (ADO.NET, ODBC, Azure). */
function keyValueString(value: string): ParsedAddress | undefined {
  const pairs = new Map<string, string>();
  for (const part of value.split(';')) {
    const equals = part.indexOf('=');
    if (equals > 0) pairs.set(part.slice(0, equals).trim().toLowerCase().replace(/\s+/g, ' '), part.slice(equals + 1).trim());
  }
  // Cosmos DB spells its endpoint `AccountEndpoint`.
  const endpoint = pairs.get('endpoint') ?? pairs.get('accountendpoint');
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
  // SQLite and SQL Server Compact name a file (`Data Source=app.db`): a file in the process, not a system.
  if (!server || /\.(db|sqlite3?|sdf|mdf)$|\/|^[a-z]:\\|^\.\.?\\|\|DataDirectory\|/i.test(server)) return undefined;
  const cleaned = server.replace(/^tcp:/i, '');
  const [hostText, portText] = cleaned.includes(',') ? cleaned.split(',') : [cleaned, pairs.get('port')];
  // A named instance (`sql01\SQLEXPRESS`) is reached through its host.
  const parsed = hostPort((hostText ?? '').replace(/\\.*$/, ''));
  if (!parsed) return undefined;
  const port = portText ? Number(portText) : parsed.port;
  const database = pairs.get('database') ?? pairs.get('initial catalog');
  // Npgsql spells `Host` and `Username`; MySQL connectors are told by their port; SqlClient is the default.
  const technology =
    driverTechnology(pairs.get('driver')) ??
    (pairs.has('host') || pairs.has('username') ? 'PostgreSQL' : port === 3306 ? 'MySQL' : port === 5432 ? 'PostgreSQL' : 'SQL Server');
  return { host: parsed.host, ...(port ? { port } : {}), ...(database ? { resource: database } : {}), technology, mechanism: 'database', kind: 'database' };
}

/** Keywords of libpq's keyword/value connection strings (PostgreSQL's `conninfo`). */
const LIBPQ_KEYWORDS = new Set(['host', 'hostaddr', 'port', 'dbname', 'user', 'password', 'passfile', 'sslmode', 'sslrootcert', 'sslcert', 'sslkey', 'connect_timeout', 'application_name', 'options', 'target_session_attrs', 'search_path', 'timezone', 'client_encoding', 'pool_max_conns', 'pool_min_conns', 'statement_cache_capacity', 'binary_parameters', 'fallback_application_name', 'keepalives', 'gssencmode', 'channel_binding', 'service', 'requiressl']);

/** One `keyword = value` of a libpq string: the value bare, or in single quotes with `\'` and `\\` escapes. */
const LIBPQ_PAIR = /\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?:'((?:[^'\\]|\\.)*)'|([^\s']*))/y;

/**
 * Reads a libpq keyword/value connection string, as Go's lib/pq and pgx, psycopg, Ruby's pg and
 * libpq itself take it: `host=product-db port=5432 user=app password='x y' dbname=products
 * sslmode=disable`. Pairs are separated by blanks; a value may be single-quoted. The host is
 * `host` (the first of a comma-separated list), else `hostaddr`; a `host` that is a folder is a
 * Unix socket on this machine. Returns null when the text is not such a string (every pair a
 * keyword, one of them host, hostaddr or dbname), undefined when it names no other system.
 */
export function libpqConnectionString(text: string): ParsedAddress | undefined | null {
  if (!text.includes('=') || text.includes(';')) return null;
  const pairs = new Map<string, string>();
  LIBPQ_PAIR.lastIndex = 0;
  let index = 0;
  while (index < text.length) {
    LIBPQ_PAIR.lastIndex = index;
    const match = LIBPQ_PAIR.exec(text);
    if (!match || match[0].length === 0) return null;
    const key = (match[1] as string).toLowerCase();
    if (!LIBPQ_KEYWORDS.has(key)) return null;
    pairs.set(key, match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : (match[3] ?? ''));
    index = LIBPQ_PAIR.lastIndex;
    // Pairs are separated by blanks: `host=a port=5432`, not `host=aport=5432`.
    if (index < text.length && !/\s/.test(text[index] as string)) return null;
    while (index < text.length && /\s/.test(text[index] as string)) index += 1;
  }
  if (!pairs.has('host') && !pairs.has('hostaddr') && !pairs.has('dbname')) return null;
  const host = (pairs.get('host') ?? '').split(',')[0]?.trim() || (pairs.get('hostaddr') ?? '').split(',')[0]?.trim() || '';
  if (host === '' || host.startsWith('/') || host.startsWith('@')) return undefined;
  const address = hostPort(host);
  if (!address) return undefined;
  const port = Number((pairs.get('port') ?? '').split(',')[0]) || address.port;
  const database = pairs.get('dbname');
  return { host: address.host, ...(port ? { port } : {}), ...(database ? { resource: database } : {}), technology: 'PostgreSQL', mechanism: 'database', kind: 'database' };
}

/** `:${PORT}`, `:$PORT` or `:$(PORT)` after a host, ending the authority. */
const UNRESOLVED_PORT = /(?<=[A-Za-z0-9\]]):\$(?:\{[A-Za-z_][A-Za-z0-9_]*\}|\([A-Za-z_][A-Za-z0-9_]*\)|[A-Za-z_][A-Za-z0-9_]*)(?=$|[/?#,;])/;

/** An address, or a bare host name (`rabbitmq`, `kafka-0.kafka`) as a setting may hold one. */
export function addressOrHost(value: string): ParsedAddress | undefined {
  return parseAddress(value) ?? (/^[a-z0-9][a-z0-9._-]*$/i.test(value) ? { host: value.toLowerCase() } : undefined);
}

/**
 * The addresses of a list a setting holds, separated by spaces or commas (`SRC_GIT_SERVERS=
 * "gitserver-0:3178 gitserver-1:3178"`, `INDEXED_SEARCH_SERVERS=a:6070,b:6070`, `SEARCHER_URL=
 * "http://searcher-0:3181 http://searcher-1:3181"`), when there are several and each is a URL or a
 * `host:port`; else undefined. Options (`,password=x`), connection strings and single values are
 * no list.
 */
export function addressList(value: string): string[] | undefined {
  const text = value.trim().replace(/^["']|["']$/g, '');
  if (/[;=]/.test(text)) return undefined;
  const items = text.split(/[\s,]+/).filter((item) => item !== '');
  if (items.length < 2) return undefined;
  const address = /^(?:[a-z][a-z0-9+.-]*:\/\/[A-Za-z0-9_.-]+(?::\d+)?(?:\/\S*)?|[A-Za-z0-9_.-]+:\d+(?:\/\S*)?)$/i;
  return items.every((item) => address.test(item)) ? items : undefined;
}

/**
 * The peers of a comma-separated list code splits and calls one of at random (`OPBEANS_SERVICES=
 * "opbeans-node,opbeans-java"`, `PEERS=orders:3000,http://billing`): URLs, `host:port`s and bare
 * host names, the code adding scheme and port to a bare one. Unlike addressList, bare names count,
 * so resolution keeps only those naming a deployed system; a single value, options or a connection
 * string is no list.
 */
export function peerList(value: string): string[] | undefined {
  const text = value.trim().replace(/^["']|["']$/g, '');
  if (/[;=]/.test(text) || !text.includes(',')) return undefined;
  const items = text.split(',').map((item) => item.trim()).filter((item) => item !== '');
  if (items.length < 2) return undefined;
  const peer = /^(?:[a-z][a-z0-9+.-]*:\/\/[A-Za-z0-9_.-]+(?::\d+)?(?:\/\S*)?|[A-Za-z][A-Za-z0-9_.-]*(?::\d+)?)$/i;
  return items.every((item) => peer.test(item)) ? items : undefined;
}

/**
 * Reads an address out of a value: a URL, a JDBC URL, a `key=value;` connection string, a
 * `host:port` or a broker list (the first broker is taken). Returns undefined for anything that
 * is not an address (a plain word, a path, a number).
 */
export function parseAddress(value: string): ParsedAddress | undefined {
  const text = value.trim().replace(/^["']|["']$/g, '');
  if (text === '') return undefined;
  // A port still given by a variable (`currency:${CURRENCY_PORT}`, `http://email:${EMAIL_PORT}/send`):
  // the host is known, the port is not.
  if (UNRESOLVED_PORT.test(text)) {
    const stripped = text.replace(UNRESOLVED_PORT, '');
    return parseAddress(stripped) ?? (/^[A-Za-z][A-Za-z0-9_.-]*$/.test(stripped) ? hostPort(stripped) : undefined);
  }
  if (/\(\s*DESCRIPTION\s*=/i.test(text)) return tnsDescriptor(text);
  // Google Cloud SQL reached through its connection name (`cloudSqlInstance=proj:region:orders-db`,
  // the Auth Proxy's socket `/cloudsql/proj:region:orders-db`): the instance is the system.
  const instance = cloudSqlInstance(text);
  if (instance) {
    const database = /^jdbc:[a-z0-9]+:\/\/[^/]*\/([A-Za-z0-9_-]+)/i.exec(text)?.[1] ?? /dbname=([A-Za-z0-9_-]+)/i.exec(text)?.[1];
    return { host: instance, ...(database ? { resource: database } : {}), technology: 'Google Cloud SQL', mechanism: 'database', kind: 'database' };
  }
  // ActiveMQ composite URIs, `failover:(tcp://mq1:61616,tcp://mq2:61616)?randomize=false`: the first broker names the cluster.
  const composite = /^(?:failover|static|discovery):(?:\/\/)?\(\s*([^,)\s]+)/i.exec(text);
  if (composite?.[1]) return parseAddress(composite[1]);
  const jdbc = /^jdbc:([a-z0-9]+):(?:thin:@)?(.*)$/i.exec(text);
  if (jdbc) {
    const driver = (jdbc[1] ?? '').toLowerCase();
    const rest = jdbc[2] ?? '';
    // Embedded databases (`jdbc:h2:mem:test`, `jdbc:sqlite:app.db`) live in the process; only their server mode names a host.
    if (['h2', 'hsqldb', 'derby', 'sqlite'].includes(driver)) {
      const server = /^(?:tcp|ssl|hsql|hsqls):(\/\/.*)$/i.exec(rest);
      return server ? withTechnology(parseAddress(`h2:${server[1]}`), driver === 'h2' ? 'H2' : driver === 'hsqldb' ? 'HSQLDB' : 'Derby') : undefined;
    }
    if (rest.startsWith('//')) return jdbcDatabaseName(parseAddress(`${driver}:${rest}`), rest);
    // `jdbc:jtds:sqlserver://…` names the product second; `jdbc:mysql:loadbalance://…` names a mode second.
    const sub = /^([a-z0-9]+):(\/\/.*)$/i.exec(rest);
    if (sub) return jdbcDatabaseName(parseAddress(`${driver === 'jtds' ? sub[1] : driver}:${sub[2]}`), sub[2] ?? '');
    return parseAddress(`${driver}://${rest.replace(/^@/, '')}`);
  }
  // R2DBC: `r2dbc:postgresql://…`, `r2dbc:pool:postgresql://…`, `r2dbcs:mysql://…`.
  const r2dbc = /^r2dbcs?:(?:pool:)?([a-z0-9]+):(\/\/.*)$/i.exec(text);
  if (r2dbc) return parseAddress(`${r2dbc[1]}:${r2dbc[2]}`);
  const url = /^([a-z][a-z0-9+._-]*):\/\/(?:[^@/\s]*@)?([^/?#\s;]+)([^?#\s;]*)/i.exec(text);
  if (url) {
    const scheme = (url[1] ?? '').toLowerCase();
    // Several hosts (`mongodb://m1:27017,m2:27017/shop`, a JDBC failover list): the first names the cluster.
    // A SQL Server named instance (`sql01\orders`) is reached through its host.
    const address = hostPort((url[2] ?? '').split(',')[0]?.replace(/\\[^:]*/, '') ?? '');
    if (!address) return undefined;
    const meaning = SCHEMES[scheme];
    const path = (url[3] ?? '').replace(/^\//, '').split('/')[0];
    const resource = meaning && ['database', 'file-store'].includes(meaning.kind) && path ? decodeURIComponent(path) : undefined;
    const parsed: ParsedAddress = { ...address, ...(meaning ? { technology: meaning.technology, mechanism: meaning.mechanism, kind: meaning.kind } : {}), ...(resource ? { resource } : {}) };
    // A managed service's endpoint (`https://orders.documents.azure.com:443/`, a path-style S3 or
    // SQS URL) is the resource it names, whatever protocol reaches it.
    const cloud = mayBeCloudHost(address.host) ? cloudEndpoint(address.host, url[3] ?? '', undefined, address.port) : undefined;
    // A SaaS vendor's host (`https://api.stripe.com`, `smtp://smtp.sendgrid.net`) is the vendor,
    // named as its SDK names it (saas-hosts.ts); the scheme still says the mechanism.
    const vendor = !cloud ? saasVendorOfHost(address.host) : undefined;
    if (vendor) return { ...parsed, cloudName: vendor, technology: vendor, kind: 'saas' };
    if (!cloud) return parsed;
    return { ...parsed, cloudName: cloud.name, technology: cloud.technology, mechanism: cloud.mechanism, kind: cloud.kind };
  }
  const dsn = goMysqlDsn(text);
  if (dsn !== null) return dsn;
  // A libpq string may end in a quoted value (`password='x'`), whose quote the line above took off.
  const libpq = libpqConnectionString(/^["']/.test(value.trim()) ? text : value.trim());
  if (libpq !== null) return libpq;
  const redis = redisOptions(text);
  if (redis) return redis;
  if (/[;=]/.test(text)) return keyValueString(text);
  // `host:port`, or a list of them (Kafka bootstrap servers): the first names the cluster.
  const first = text.split(',')[0]?.trim() ?? '';
  if (/^[A-Za-z0-9_.-]+:\d{1,5}$/.test(first) || /^\[[0-9a-fA-F:]+\]:\d{1,5}$/.test(first)) {
    const address = hostPort(first);
    const known = address?.port ? WELL_KNOWN_PORTS[address.port] : undefined;
    return address && known ? { ...address, ...known } : address;
  }
  return undefined;
}

/**
 * Reads a go-sql-driver (MySQL) data source name, `[user[:password]@][net[(addr)]]/dbname[?params]`:
 * `catalogue_user:pw@tcp(catalogue-db:3306)/socksdb`. Only the `tcp` networks name a host (the
 * port defaults to 3306); a Unix socket or an empty address is this machine. Returns null when the
 * text is not a DSN of this shape, undefined when it is one that names no other system.
 */
export function goMysqlDsn(text: string): ParsedAddress | undefined | null {
  const match = /^(?:(\S*)@)?(tcp[46]?|unix)\(([^)]*)\)\/([^?\s/]*)(?:\?\S*)?$/i.exec(text);
  if (!match) return null;
  if ((match[2] ?? '').toLowerCase() === 'unix' || !match[3]) return undefined;
  const address = hostPort(match[3]);
  if (!address) return undefined;
  return { host: address.host, port: address.port ?? 3306, ...(match[4] ? { resource: match[4] } : {}), technology: 'MySQL', mechanism: 'database', kind: 'database' };
}

/** An address with its technology replaced (the scheme it was parsed with was borrowed). */
function withTechnology(address: ParsedAddress | undefined, technology: string): ParsedAddress | undefined {
  return address ? { ...address, technology } : undefined;
}

/** A JDBC SQL Server URL names its database in a `;databaseName=` property, not in the path. */
function jdbcDatabaseName(address: ParsedAddress | undefined, rest: string): ParsedAddress | undefined {
  const name = /;\s*(?:databaseName|database)\s*=\s*([^;]+)/i.exec(rest)?.[1];
  return address && name && !address.resource ? { ...address, resource: name.trim() } : address;
}
