/**
 * Terraform files: the queues, topics, databases, buckets, gateways and functions a team
 * provisions, and the subscriptions and event source mappings that wire them together. HCL is
 * read with `@cdktf/hcl2json` (HashiCorp's own HCL parser compiled to wasm), which returns the
 * file as JSON with every expression written as a `${...}` string.
 *
 * A resource is named by its cloud name when the file gives it literally, because that is what
 * code and config elsewhere use (`orders-queue`), and by its Terraform label otherwise (an
 * interpolated name like `${var.env}-orders` is not known until apply). References between
 * resources (`aws_sqs_queue.orders.arn`) are followed within the file; a reference into another
 * file of the module falls back to the label and lowers the confidence.
 *
 * Not read: modules (their inputs are not resource names), `.tf.json` files, and event rules
 * and bucket notifications (their wiring runs through several resources).
 */
import { parse } from '@cdktf/hcl2json';
import { redact } from '../../../core/discovery/redact.js';
import { CONFIDENCE, type ComponentFact, type ConnectionFact, type Fact } from '../../../core/discovery/facts.js';
import type { Mechanism, SystemKind } from '../../../core/model/vocabulary.js';
import { lineOfOffset, type Source } from '../../source.js';

/** What a resource type is, and which attribute holds its cloud name (`name` unless said). */
interface ResourceType {
  kind: SystemKind;
  technology: string;
  nameAttribute?: string;
}

/** The resource types discovery reports, by kind. */
const RESOURCE_TYPES: Record<string, ResourceType> = {
  aws_sqs_queue: { kind: 'message-broker', technology: 'Amazon SQS' },
  aws_sns_topic: { kind: 'message-broker', technology: 'Amazon SNS' },
  aws_kinesis_stream: { kind: 'message-broker', technology: 'Amazon Kinesis' },
  aws_mq_broker: { kind: 'message-broker', technology: 'Amazon MQ', nameAttribute: 'broker_name' },
  aws_msk_cluster: { kind: 'message-broker', technology: 'Amazon MSK', nameAttribute: 'cluster_name' },
  aws_msk_serverless_cluster: { kind: 'message-broker', technology: 'Amazon MSK', nameAttribute: 'cluster_name' },
  aws_cloudwatch_event_bus: { kind: 'message-broker', technology: 'Amazon EventBridge' },
  azurerm_servicebus_namespace: { kind: 'message-broker', technology: 'Azure Service Bus' },
  azurerm_servicebus_queue: { kind: 'message-broker', technology: 'Azure Service Bus' },
  azurerm_servicebus_topic: { kind: 'message-broker', technology: 'Azure Service Bus' },
  azurerm_servicebus_subscription: { kind: 'message-broker', technology: 'Azure Service Bus' },
  azurerm_eventgrid_topic: { kind: 'message-broker', technology: 'Azure Event Grid' },
  azurerm_eventgrid_domain: { kind: 'message-broker', technology: 'Azure Event Grid' },
  azurerm_eventhub: { kind: 'message-broker', technology: 'Azure Event Hubs' },
  azurerm_eventhub_namespace: { kind: 'message-broker', technology: 'Azure Event Hubs' },
  google_pubsub_topic: { kind: 'message-broker', technology: 'Google Pub/Sub' },
  google_pubsub_subscription: { kind: 'message-broker', technology: 'Google Pub/Sub' },
  aws_db_instance: { kind: 'database', technology: 'Amazon RDS', nameAttribute: 'identifier' },
  aws_rds_cluster: { kind: 'database', technology: 'Amazon Aurora', nameAttribute: 'cluster_identifier' },
  aws_dynamodb_table: { kind: 'database', technology: 'Amazon DynamoDB' },
  aws_elasticache_cluster: { kind: 'database', technology: 'Amazon ElastiCache', nameAttribute: 'cluster_id' },
  aws_elasticache_replication_group: { kind: 'database', technology: 'Amazon ElastiCache', nameAttribute: 'replication_group_id' },
  azurerm_postgresql_server: { kind: 'database', technology: 'Azure Database for PostgreSQL' },
  azurerm_postgresql_flexible_server: { kind: 'database', technology: 'Azure Database for PostgreSQL' },
  azurerm_mysql_server: { kind: 'database', technology: 'Azure Database for MySQL' },
  azurerm_mysql_flexible_server: { kind: 'database', technology: 'Azure Database for MySQL' },
  azurerm_mssql_server: { kind: 'database', technology: 'Azure SQL Database' },
  azurerm_mssql_database: { kind: 'database', technology: 'Azure SQL Database' },
  azurerm_cosmosdb_account: { kind: 'database', technology: 'Azure Cosmos DB' },
  azurerm_redis_cache: { kind: 'database', technology: 'Azure Cache for Redis' },
  google_sql_database_instance: { kind: 'database', technology: 'Google Cloud SQL' },
  aws_redshift_cluster: { kind: 'data-warehouse', technology: 'Amazon Redshift', nameAttribute: 'cluster_identifier' },
  google_bigquery_dataset: { kind: 'data-warehouse', technology: 'Google BigQuery', nameAttribute: 'dataset_id' },
  aws_s3_bucket: { kind: 'file-store', technology: 'Amazon S3', nameAttribute: 'bucket' },
  azurerm_storage_account: { kind: 'file-store', technology: 'Azure Storage' },
  azurerm_storage_container: { kind: 'file-store', technology: 'Azure Storage' },
  google_storage_bucket: { kind: 'file-store', technology: 'Google Cloud Storage' },
  aws_api_gateway_rest_api: { kind: 'gateway', technology: 'Amazon API Gateway' },
  aws_apigatewayv2_api: { kind: 'gateway', technology: 'Amazon API Gateway' },
  azurerm_api_management: { kind: 'gateway', technology: 'Azure API Management' },
  azurerm_api_management_api: { kind: 'gateway', technology: 'Azure API Management' },
  google_api_gateway_api: { kind: 'gateway', technology: 'Google API Gateway', nameAttribute: 'api_id' },
  aws_lambda_function: { kind: 'application', technology: 'AWS Lambda', nameAttribute: 'function_name' },
};

/** The product a database engine attribute names, for the AWS services that run several engines. */
const ENGINES: Array<[RegExp, string]> = [
  [/postgres/, 'PostgreSQL'],
  [/mysql/, 'MySQL'],
  [/mariadb/, 'MariaDB'],
  [/sqlserver/, 'SQL Server'],
  [/oracle/, 'Oracle'],
  [/redis/, 'Redis'],
  [/valkey/, 'Valkey'],
  [/memcached/, 'Memcached'],
];

/** The Terraform type of the thing an AWS ARN names, by the ARN's service part. */
const ARN_SERVICES: Record<string, string> = {
  sqs: 'aws_sqs_queue',
  sns: 'aws_sns_topic',
  kinesis: 'aws_kinesis_stream',
  dynamodb: 'aws_dynamodb_table',
  kafka: 'aws_msk_cluster',
  mq: 'aws_mq_broker',
  lambda: 'aws_lambda_function',
};

/** A block's attributes as hcl2json gives them. */
type Attributes = Record<string, unknown>;
/** `resource` (or `data`) blocks: type → label → the block's bodies (one unless repeated). */
type Blocks = Record<string, Record<string, Attributes[]>>;

/** A resource or data source another attribute names, followed to its cloud name when possible. */
interface Named {
  type: string;
  name: string;
  /** Whether the name is certain: read from this file or from a literal, not guessed from a label. */
  certain: boolean;
}

/** The Terraform source. */
export const terraformSource: Source = {
  name: 'terraform',
  accepts: (path) => /\.tf$/i.test(path),
  async read(file, context): Promise<Fact[]> {
    if (!/\bresource\b/.test(file.text)) return [];
    let json: Record<string, unknown>;
    try {
      json = (await parse(file.path, file.text)) as Record<string, unknown>;
    } catch {
      return [];
    }
    const resources = blocksOf(json['resource']);
    const data = blocksOf(json['data']);
    const lookup = (type: string, label: string, fromData: boolean): Named => {
      const body = (fromData ? data : resources)[type]?.[label]?.[0];
      const name = body ? literal(body[RESOURCE_TYPES[type]?.nameAttribute ?? 'name']) : undefined;
      return { type, name: name ?? label, certain: name !== undefined || body !== undefined };
    };

    const facts: Fact[] = [];
    for (const [type, labels] of Object.entries(resources)) {
      for (const [label, bodies] of Object.entries(labels)) {
        const body = bodies[0] ?? {};
        const line = resourceLine(file.text, type, label);
        const described = RESOURCE_TYPES[type];
        if (described) {
          const fact: ComponentFact = {
            type: 'component',
            name: redact(lookup(type, label, false).name),
            kind: described.kind,
            technology: technologyOf(type, body),
            evidence: context.evidenceAt(line),
            confidence: CONFIDENCE.declared,
          };
          facts.push(fact);
        }
        const wiring = wiringOf(type, label, body, lookup);
        if (wiring) {
          const source = RESOURCE_TYPES[wiring.from.type];
          const connection: ConnectionFact = {
            type: 'connection',
            component: redact(wiring.to.name),
            target: { component: redact(wiring.from.name) },
            role: 'consumes',
            mechanism: wiring.mechanism,
            ...(source ? { technology: source.technology, targetKind: source.kind } : {}),
            channel: redact(wiring.channel ?? wiring.from.name),
            evidence: context.evidenceAt(line),
            confidence: wiring.from.certain && wiring.to.certain ? CONFIDENCE.declared : CONFIDENCE.inferred,
          };
          facts.push(connection);
        }
      }
    }
    // hcl2json sorts blocks by type and label (Go maps); facts follow the file's own order instead.
    return facts.map((fact, index) => ({ fact, index })).sort((a, b) => a.fact.evidence.line - b.fact.evidence.line || a.index - b.index).map(({ fact }) => fact);
  },
};

/** A consumer wired to what it consumes from, by a subscription or event source mapping. */
interface Wiring {
  /** The topic, queue or stream messages come from. */
  from: Named;
  /** The queue, subscription or function that receives them. */
  to: Named;
  mechanism: Mechanism;
  channel?: string;
}

/** The wiring a resource declares, if it is one of the wiring resources. */
function wiringOf(type: string, label: string, body: Attributes, lookup: (type: string, label: string, fromData: boolean) => Named): Wiring | undefined {
  const follow = (value: unknown, expected?: string): Named | undefined => {
    const reference = referenceIn(value);
    if (reference) return lookup(reference.type, reference.label, reference.data);
    const name = literal(value);
    if (name === undefined) return undefined;
    // A literal ARN names its service; a bare literal is trusted to be of the expected type.
    const arnType = name.startsWith('arn:') ? ARN_SERVICES[name.split(':')[2] ?? ''] : undefined;
    const resolvedType = arnType ?? expected;
    return resolvedType ? { type: resolvedType, name: nameInLiteral(name), certain: true } : undefined;
  };
  const self = lookup(type, label, false);
  switch (type) {
    case 'aws_sns_topic_subscription': {
      // Only subscribers that are resources of their own; http, email and sms endpoints name none.
      const protocol = literal(body['protocol']);
      const expected = protocol === 'sqs' ? 'aws_sqs_queue' : protocol === 'lambda' ? 'aws_lambda_function' : undefined;
      const topic = follow(body['topic_arn'], 'aws_sns_topic');
      const subscriber = expected ? follow(body['endpoint'], expected) : undefined;
      return topic && subscriber ? { from: topic, to: subscriber, mechanism: 'messaging' } : undefined;
    }
    case 'google_pubsub_subscription': {
      const topic = follow(body['topic'], 'google_pubsub_topic');
      return topic ? { from: topic, to: self, mechanism: 'messaging' } : undefined;
    }
    case 'azurerm_servicebus_subscription': {
      // `topic_id` since azurerm 3.x, `topic_name` before.
      const topic = follow(body['topic_id'] ?? body['topic_name'], 'azurerm_servicebus_topic');
      return topic ? { from: topic, to: self, mechanism: 'messaging' } : undefined;
    }
    case 'aws_lambda_event_source_mapping': {
      const source = follow(body['event_source_arn']);
      const target = follow(body['function_name'], 'aws_lambda_function');
      if (!source || !target) return undefined;
      const topics = Array.isArray(body['topics']) ? body['topics'].map(literal).filter((topic): topic is string => topic !== undefined) : [];
      const mechanism: Mechanism = RESOURCE_TYPES[source.type]?.kind === 'database' ? 'database' : 'messaging';
      return { from: source, to: target, mechanism, ...(topics[0] ? { channel: topics[0] } : {}) };
    }
    default:
      return undefined;
  }
}

/** The technology of a resource, refined by its engine where one service runs several. */
function technologyOf(type: string, body: Attributes): string | undefined {
  const technology = RESOURCE_TYPES[type]?.technology;
  const engine = literal(body['engine'])?.toLowerCase();
  const product = engine ? ENGINES.find(([pattern]) => pattern.test(engine))?.[1] : undefined;
  if (!product || !technology) return technology;
  if (type === 'aws_db_instance') return `Amazon RDS for ${product}`;
  if (type === 'aws_rds_cluster') return `Amazon Aurora ${product}`;
  return `${technology} for ${product}`;
}

/** The `type → label → bodies` map of a `resource` or `data` section, dropping anything of another shape. */
function blocksOf(value: unknown): Blocks {
  const blocks: Blocks = {};
  if (!isRecord(value)) return blocks;
  for (const [type, labels] of Object.entries(value)) {
    if (!isRecord(labels)) continue;
    const byLabel: Record<string, Attributes[]> = {};
    for (const [label, bodies] of Object.entries(labels)) {
      if (Array.isArray(bodies)) byLabel[label] = bodies.filter(isRecord);
    }
    blocks[type] = byLabel;
  }
  return blocks;
}

/** A string attribute that holds no expression; hcl2json writes every expression as `${...}`. */
function literal(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '' || /\$\{|%\{/.test(value)) return undefined;
  return value;
}

/**
 * The first resource or data source an expression refers to: `${aws_sqs_queue.orders.arn}`,
 * `${data.aws_sns_topic.events.arn}`. Resource types always hold an underscore
 * (`provider_type`), which keeps out `var.x`, `local.x`, `each.value` and `module.x`.
 */
function referenceIn(value: unknown): { type: string; label: string; data: boolean } | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /\$\{[^}]*?\b(data\.)?([a-z][a-z0-9]*_[a-z0-9_]+)\.([A-Za-z_][A-Za-z0-9_-]*)/.exec(value);
  if (!match?.[2] || !match[3]) return undefined;
  return { type: match[2], label: match[3], data: match[1] !== undefined };
}

/** The resource name inside a literal ARN or path (`arn:aws:sqs:eu-west-1:1234:orders` → orders). */
function nameInLiteral(value: string): string {
  if (value.startsWith('arn:')) {
    const resource = value.split(':').slice(5);
    if (resource[0] === 'function' && resource[1]) return resource[1];
    const parts = resource.join(':').split('/');
    // `table/Orders/stream/...`, `cluster/name/uuid`, `stream/name`: the second part is the name.
    if (parts.length > 1 && ['table', 'cluster', 'stream', 'broker'].includes(parts[0] ?? '')) return parts[1] ?? value;
    return parts[parts.length - 1] ?? value;
  }
  // `projects/p/topics/orders` (Pub/Sub) and Azure resource ids end with the name.
  return value.split('/').filter(Boolean).pop() ?? value;
}

/**
 * The line of `resource "<type>" "<label>"`. hcl2json returns plain JSON without source ranges,
 * so the block header is found in the text after parsing has proved the block is there. Labels
 * may be written without quotes, which HCL allows.
 */
function resourceLine(text: string, type: string, label: string): number {
  const match = new RegExp(String.raw`^[ \t]*resource\s+"?${escape(type)}"?\s+"?${escape(label)}"?\s*\{`, 'm').exec(text);
  return match ? lineOfOffset(text, match.index) : 1;
}

/** Escapes a string for use in a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a value is a plain object. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
