/**
 * Managed cloud services reached at the endpoint host the cloud derives from a resource's name:
 * `orders-cosmos.documents.azure.com` is the Cosmos DB account `orders-cosmos`, not a system
 * called after the whole host. What a host (and, for path-style endpoints, its path) says: the
 * resource's own name (account, namespace, server, instance id, bucket, queue), the product and
 * the kind of system it is. The host stays another name of that system (resolve.ts), so a
 * Terraform resource or a Dapr component of the same name is the same system.
 *
 * A secrets store (Azure Key Vault, AWS Secrets Manager) hands services their configuration as a
 * config server does: it is control plane, never a system of the graph.
 */
import type { Mechanism, SystemKind } from '../model/vocabulary.js';

/** What a cloud endpoint names. */
export interface CloudEndpoint {
  /** The resource's name: the account, namespace, server, instance, bucket or queue. */
  name: string;
  technology: string;
  kind: SystemKind;
  mechanism: Mechanism;
  /** A secrets store: no system, no integration. */
  controlPlane?: boolean;
}

type Product = Omit<CloudEndpoint, 'name'>;

const DATABASE = (technology: string): Product => ({ technology, kind: 'database', mechanism: 'database' });
const BROKER = (technology: string): Product => ({ technology, kind: 'message-broker', mechanism: 'messaging' });
const FILES = (technology: string): Product => ({ technology, kind: 'file-store', mechanism: 'file-transfer' });
const SECRETS = (technology: string): Product => ({ technology, kind: 'other', mechanism: 'other', controlPlane: true });

/** Azure's `<name>.<suffix>` endpoints: the first label is the resource's name. */
const AZURE_SUFFIXES: ReadonlyArray<[string, Product]> = [
  ['.documents.azure.com', DATABASE('Azure Cosmos DB')],
  ['.mongo.cosmos.azure.com', DATABASE('Azure Cosmos DB')],
  ['.servicebus.windows.net', BROKER('Azure Service Bus')],
  ['.blob.core.windows.net', FILES('Azure Storage')],
  ['.dfs.core.windows.net', FILES('Azure Storage')],
  ['.file.core.windows.net', FILES('Azure Storage')],
  ['.table.core.windows.net', FILES('Azure Storage')],
  ['.queue.core.windows.net', BROKER('Azure Queue Storage')],
  ['.redis.cache.windows.net', DATABASE('Azure Cache for Redis')],
  ['.database.windows.net', DATABASE('Azure SQL Database')],
  ['.postgres.database.azure.com', DATABASE('Azure Database for PostgreSQL')],
  ['.mysql.database.azure.com', DATABASE('Azure Database for MySQL')],
  ['.vault.azure.net', SECRETS('Azure Key Vault')],
  ['.service.signalr.net', BROKER('Azure SignalR Service')],
  ['.servicebus.usgovcloudapi.net', BROKER('Azure Service Bus')],
];

/** An Event Grid topic's endpoint, `<topic>.<region>-1.eventgrid.azure.net`: the region label varies. */
const EVENT_GRID_TOPIC = /^([a-z0-9-]+)\.[a-z0-9-]+\.eventgrid\.azure\.net$/;

/** The words a client's technology uses for Event Hubs, which is served from the Service Bus domain. */
const EVENT_HUBS = /event\s*hubs?/i;

/** Cheap test before any parsing: only hosts of these clouds can be cloud endpoints. */
export function mayBeCloudHost(host: string): boolean {
  return host.includes('.windows.net') || host.includes('.azure.') || host.endsWith('.signalr.net') || host.endsWith('.usgovcloudapi.net') || host.includes('amazonaws.com') || host.endsWith('.tmprl.cloud');
}

/**
 * The managed service a host (and the path of a URL to it, for path-style endpoints) names, or
 * undefined for any other host. `client` is the technology the calling code says it uses: an
 * Event Hubs client at `<ns>.servicebus.windows.net` (or Kafka's port 9093 there) is Event Hubs.
 */
export function cloudEndpoint(host: string, path = '', client?: string, port?: number): CloudEndpoint | undefined {
  const lower = host.toLowerCase().replace(/\.$/, '');
  if (!mayBeCloudHost(lower)) return undefined;
  const labels = lower.split('.');
  const first = labels[0] ?? '';
  if (first === '') return undefined;
  for (const [suffix, product] of AZURE_SUFFIXES) {
    if (!lower.endsWith(suffix) || labels.length !== suffix.split('.').length) continue;
    if (product.technology === 'Azure Service Bus' && ((client !== undefined && EVENT_HUBS.test(client)) || port === 9093)) return { name: first, ...BROKER('Azure Event Hubs') };
    return { name: first, ...product };
  }
  const topic = EVENT_GRID_TOPIC.exec(lower)?.[1];
  if (topic) return { name: topic, ...BROKER('Azure Event Grid') };
  // Temporal Cloud: `<namespace>.<account>.tmprl.cloud`, a namespace of the managed engine.
  if (lower.endsWith('.tmprl.cloud')) return labels.length === 4 ? { name: first, ...BROKER('Temporal') } : undefined;
  if (!lower.endsWith('.amazonaws.com')) return undefined;
  const segments = path.replace(/^\/+/, '').split(/[/?#]/).filter((segment) => segment !== '');
  // RDS and Aurora: `<instance>.<hash>.<region>.rds.amazonaws.com`, `<cluster>.cluster-ro-<hash>…`.
  if (labels.at(-3) === 'rds' && labels.length >= 5) return { name: first, ...DATABASE('Amazon RDS') };
  // ElastiCache: `<name>.<hash>.<az>.cache.amazonaws.com`, `master.<name>.…`, `clustercfg.<name>.…`,
  // a node `<name>-001.<hash>.0001.…`, serverless `<name>-<hash>.serverless.…`.
  if (labels.at(-3) === 'cache' && labels.length >= 5) {
    const named = /^(master|replica|clustercfg)$/.test(first) ? (labels[1] ?? first) : first;
    return { name: named.replace(/-\d{3,4}$/, ''), ...DATABASE('Amazon ElastiCache') };
  }
  // S3, virtual-hosted: `<bucket>.s3.amazonaws.com`, `<bucket>.s3.<region>.amazonaws.com`, `<bucket>.s3-<region>.amazonaws.com`.
  const s3 = labels.findIndex((label) => label === 's3' || label.startsWith('s3-') || label === 's3-external-1');
  if (s3 > 0) return { name: labels.slice(0, s3).join('.'), ...FILES('Amazon S3') };
  // S3, path-style: `s3.amazonaws.com/<bucket>`, `s3.<region>.amazonaws.com/<bucket>`.
  if (s3 === 0 && segments[0]) return { name: decodeURIComponent(segments[0]), ...FILES('Amazon S3') };
  // SQS: `sqs.<region>.amazonaws.com/<account>/<queue>` (and the legacy `<region>.queue.amazonaws.com`).
  if ((first === 'sqs' || labels.includes('queue')) && /^\d+$/.test(segments[0] ?? '') && segments[1]) return { name: decodeURIComponent(segments[1]), ...BROKER('Amazon SQS') };
  // Secrets Manager and Parameter Store: configuration, not a system.
  if (first === 'secretsmanager' || first === 'ssm') return { name: first, ...SECRETS(first === 'ssm' ? 'AWS Systems Manager Parameter Store' : 'AWS Secrets Manager') };
  return undefined;
}

/**
 * The Cloud SQL instance a value names through a connection name `project:region:instance`: the
 * Java and R2DBC socket factories' `cloudSqlInstance=` parameter, or the Unix socket the Cloud SQL
 * Auth Proxy opens at `/cloudsql/<connection name>`. Undefined for any other value.
 */
export function cloudSqlInstance(text: string): string | undefined {
  if (!text.includes('cloudsql') && !text.includes('cloudSqlInstance') && !text.includes('CloudSqlInstance')) return undefined;
  const match = /(?:cloudSqlInstance=|\/cloudsql\/)([a-z0-9.:-]+?)(?::|%3a)([a-z0-9-]+)(?::|%3a)([a-z0-9-]+)(?=$|[&;/'"\s?])/i.exec(text);
  return match?.[3]?.toLowerCase();
}

/**
 * Identity-based connections of Azure SDK clients and Functions bindings: with no connection
 * string under a setting `Bus`, the client reads `Bus__fullyQualifiedNamespace` (Service Bus,
 * Event Hubs), `Bus__accountEndpoint` (Cosmos DB), `Bus__serviceUri` or `Bus__blobServiceUri`
 * (Storage), `Bus__accountName`. The settings to try, in that order, after the setting itself.
 */
export function identityConnectionKeys(setting: string): string[] {
  return ['fullyQualifiedNamespace', 'accountEndpoint', 'serviceUri', 'blobServiceUri', 'queueServiceUri', 'tableServiceUri'].map((suffix) => `${setting}__${suffix}`);
}
