/**
 * Terraform files: the queues, topics, databases, buckets, gateways and functions a team
 * provisions, what wires them together (subscriptions, event source mappings, EventBridge
 * targets, API Gateway integrations) and the environment Terraform gives its Lambda functions.
 * HCL is read with `@cdktf/hcl2json` (HashiCorp's own HCL parser compiled to wasm), which returns
 * the file as JSON with every expression written as a `${...}` string.
 *
 * A resource is named by its cloud name when the file gives it literally, because that is what
 * code and config elsewhere use (`orders-queue`), and by its Terraform label otherwise (an
 * interpolated name like `${var.env}-orders` is not known until apply). References between
 * resources (`aws_sqs_queue.orders.arn`) are followed within the file; a reference into another
 * file of the module falls back to the label and lowers the confidence.
 *
 * One system per thing code addresses: a Service Bus queue or Event Hub is the system, and the
 * namespace it lives in is another name for it when it holds only that one (code names the
 * namespace's host and the queue as channel); a storage account is the system and its containers
 * other names for it; a Pub/Sub or Service Bus subscription is another name for its topic (a
 * consumer reads the topic through it). Hosts the cloud derives from names
 * (`<namespace>.servicebus.windows.net`, `<account>.blob.core.windows.net`) are aliases too, so
 * connection strings in code and config find the resource.
 *
 * Google Cloud Run services (`google_cloud_run_service`, `google_cloud_run_v2_service`) and Cloud
 * Functions are workloads, and their containers' `env` entries bindings of theirs, as a Lambda
 * function's environment is. A call of a local module (`source = "./service"`) given a literal
 * `name` (or `service_name`) is the workload the module deploys under that name (a module wrapping
 * one Cloud Run service, called once per service; several calls of one name, one workload), and its
 * `envs`/`env` inputs are that workload's environment; a call with `count = 0` deploys nothing. The
 * Cloud Run resource inside such a module, named from its variables, is named where it is called.
 * A value referring to another service's URL (`google_cloud_run_service.trainer.status[0].url`,
 * `module.trainer.url`, also inside `trimprefix(…, "https://")` and the like) is bound as that
 * service's name, so code reading the variable calls it.
 *
 * Azure Functions and App Service apps' `app_settings` and a Container App's containers' `env` are
 * their bindings too. An Event Grid subscription is its destination (a function's app, a WebHook's
 * app, a queue, a hub, a storage queue's account) consuming from the topic it is on; a system
 * topic's source resource publishes to it. ARM templates (arm-template.ts) take the meaning of
 * these resource types through azure-resources.ts.
 *
 * Not read: the inputs of remote modules (registry or git sources: their inputs are not resource
 * names), `.tf.json` files, bucket notifications and the environment of compute other than
 * Lambda, Cloud Run, Cloud Functions, Azure's apps and Container Apps.
 */
import { redact, redactBinding } from '../../../core/discovery/redact.js';
import { CONFIDENCE, type BindingFact, type ComponentFact, type ConnectionFact, type ConnectionRole, type Evidence, type EvidenceAt, type Fact, type TargetRef } from '../../../core/discovery/facts.js';
import type { Mechanism, SystemKind } from '../../../core/model/vocabulary.js';
import { lineOfOffset, type Source } from '../../source.js';
import { isRecord } from '../../../core/model/is-record.js';
import { MODULE_CALL_KEY, MODULE_WORKLOAD_NAME_KEY, withModuleNames } from '../../../core/discovery/terraform-modules.js';
import { folderOf, resolveRelative } from '../config/paths.js';
import { armTerraformType, azureAppOfHost, parseAzureResourceId } from './azure-resources.js';

/** What a resource type is, and which attribute holds its cloud name (`name` unless said). */
export interface ResourceType {
  kind: SystemKind;
  technology: string;
  nameAttribute?: string;
  /** The service's short name, for a resource whose name is only its label (`catalog-rds`). */
  product: string;
}

/** The resource types discovery reports, by kind (ARM templates take the same meaning, azure-resources.ts). */
export const RESOURCE_TYPES: Record<string, ResourceType> = {
  aws_sqs_queue: { kind: 'message-broker', technology: 'Amazon SQS', product: 'sqs' },
  aws_sns_topic: { kind: 'message-broker', technology: 'Amazon SNS', product: 'sns' },
  aws_kinesis_stream: { kind: 'message-broker', technology: 'Amazon Kinesis', product: 'kinesis' },
  aws_mq_broker: { kind: 'message-broker', technology: 'Amazon MQ', nameAttribute: 'broker_name', product: 'mq' },
  aws_msk_cluster: { kind: 'message-broker', technology: 'Amazon MSK', nameAttribute: 'cluster_name', product: 'msk' },
  aws_msk_serverless_cluster: { kind: 'message-broker', technology: 'Amazon MSK', nameAttribute: 'cluster_name', product: 'msk' },
  aws_cloudwatch_event_bus: { kind: 'message-broker', technology: 'Amazon EventBridge', product: 'eventbridge' },
  azurerm_servicebus_namespace: { kind: 'message-broker', technology: 'Azure Service Bus', product: 'servicebus' },
  azurerm_servicebus_queue: { kind: 'message-broker', technology: 'Azure Service Bus', product: 'servicebus' },
  azurerm_servicebus_topic: { kind: 'message-broker', technology: 'Azure Service Bus', product: 'servicebus' },
  azurerm_servicebus_subscription: { kind: 'message-broker', technology: 'Azure Service Bus', product: 'servicebus' },
  azurerm_eventgrid_topic: { kind: 'message-broker', technology: 'Azure Event Grid', product: 'eventgrid' },
  azurerm_eventgrid_domain: { kind: 'message-broker', technology: 'Azure Event Grid', product: 'eventgrid' },
  azurerm_eventgrid_domain_topic: { kind: 'message-broker', technology: 'Azure Event Grid', product: 'eventgrid' },
  azurerm_eventgrid_system_topic: { kind: 'message-broker', technology: 'Azure Event Grid', product: 'eventgrid' },
  azurerm_eventhub: { kind: 'message-broker', technology: 'Azure Event Hubs', product: 'eventhubs' },
  azurerm_eventhub_namespace: { kind: 'message-broker', technology: 'Azure Event Hubs', product: 'eventhubs' },
  google_pubsub_topic: { kind: 'message-broker', technology: 'Google Pub/Sub', product: 'pubsub' },
  google_pubsub_subscription: { kind: 'message-broker', technology: 'Google Pub/Sub', product: 'pubsub' },
  aws_db_instance: { kind: 'database', technology: 'Amazon RDS', nameAttribute: 'identifier', product: 'rds' },
  aws_rds_cluster: { kind: 'database', technology: 'Amazon Aurora', nameAttribute: 'cluster_identifier', product: 'aurora' },
  aws_dynamodb_table: { kind: 'database', technology: 'Amazon DynamoDB', product: 'dynamodb' },
  aws_elasticache_cluster: { kind: 'database', technology: 'Amazon ElastiCache', nameAttribute: 'cluster_id', product: 'elasticache' },
  aws_elasticache_replication_group: { kind: 'database', technology: 'Amazon ElastiCache', nameAttribute: 'replication_group_id', product: 'elasticache' },
  azurerm_postgresql_server: { kind: 'database', technology: 'Azure Database for PostgreSQL', product: 'postgresql' },
  azurerm_postgresql_flexible_server: { kind: 'database', technology: 'Azure Database for PostgreSQL', product: 'postgresql' },
  azurerm_mysql_server: { kind: 'database', technology: 'Azure Database for MySQL', product: 'mysql' },
  azurerm_mysql_flexible_server: { kind: 'database', technology: 'Azure Database for MySQL', product: 'mysql' },
  azurerm_mssql_server: { kind: 'database', technology: 'Azure SQL Database', product: 'sqlserver' },
  azurerm_mssql_database: { kind: 'database', technology: 'Azure SQL Database', product: 'sqlserver' },
  azurerm_cosmosdb_account: { kind: 'database', technology: 'Azure Cosmos DB', product: 'cosmosdb' },
  azurerm_redis_cache: { kind: 'database', technology: 'Azure Cache for Redis', product: 'redis' },
  google_sql_database_instance: { kind: 'database', technology: 'Google Cloud SQL', product: 'cloudsql' },
  aws_redshift_cluster: { kind: 'data-warehouse', technology: 'Amazon Redshift', nameAttribute: 'cluster_identifier', product: 'redshift' },
  google_bigquery_dataset: { kind: 'data-warehouse', technology: 'Google BigQuery', nameAttribute: 'dataset_id', product: 'bigquery' },
  aws_s3_bucket: { kind: 'file-store', technology: 'Amazon S3', nameAttribute: 'bucket', product: 's3' },
  azurerm_storage_account: { kind: 'file-store', technology: 'Azure Storage', product: 'storage' },
  azurerm_storage_container: { kind: 'file-store', technology: 'Azure Storage', product: 'storage' },
  azurerm_storage_queue: { kind: 'file-store', technology: 'Azure Storage', product: 'storage' },
  google_storage_bucket: { kind: 'file-store', technology: 'Google Cloud Storage', product: 'gcs' },
  aws_api_gateway_rest_api: { kind: 'gateway', technology: 'Amazon API Gateway', product: 'apigateway' },
  aws_apigatewayv2_api: { kind: 'gateway', technology: 'Amazon API Gateway', product: 'apigateway' },
  azurerm_api_management: { kind: 'gateway', technology: 'Azure API Management', product: 'apim' },
  azurerm_api_management_api: { kind: 'gateway', technology: 'Azure API Management', product: 'apim' },
  google_api_gateway_api: { kind: 'gateway', technology: 'Google API Gateway', nameAttribute: 'api_id', product: 'apigateway' },
  aws_lambda_function: { kind: 'application', technology: 'AWS Lambda', nameAttribute: 'function_name', product: 'lambda' },
  google_cloud_run_service: { kind: 'application', technology: 'Cloud Run', product: 'cloudrun' },
  google_cloud_run_v2_service: { kind: 'application', technology: 'Cloud Run', product: 'cloudrun' },
  google_cloudfunctions_function: { kind: 'application', technology: 'Cloud Functions', product: 'cloudfunctions' },
  google_cloudfunctions2_function: { kind: 'application', technology: 'Cloud Functions', product: 'cloudfunctions' },
  azurerm_linux_function_app: { kind: 'application', technology: 'Azure Functions', product: 'functions' },
  azurerm_windows_function_app: { kind: 'application', technology: 'Azure Functions', product: 'functions' },
  azurerm_function_app: { kind: 'application', technology: 'Azure Functions', product: 'functions' },
  azurerm_linux_web_app: { kind: 'application', technology: 'Azure App Service', product: 'appservice' },
  azurerm_windows_web_app: { kind: 'application', technology: 'Azure App Service', product: 'appservice' },
  azurerm_app_service: { kind: 'application', technology: 'Azure App Service', product: 'appservice' },
  azurerm_container_app: { kind: 'application', technology: 'Azure Container Apps', product: 'containerapps' },
};

/** Azure Functions and App Service apps, whose `app_settings` are the settings their code (and bindings' connections) read. */
const AZURE_FUNCTION_APPS = new Set(['azurerm_linux_function_app', 'azurerm_windows_function_app', 'azurerm_function_app', 'azurerm_linux_web_app', 'azurerm_windows_web_app', 'azurerm_app_service']);

/** Workloads whose containers' `env` entries are read as their environment. */
const CONTAINER_WORKLOADS = new Set(['google_cloud_run_service', 'google_cloud_run_v2_service', 'google_cloudfunctions_function', 'google_cloudfunctions2_function', 'azurerm_container_app']);

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
  [/rabbitmq/, 'RabbitMQ'],
  [/activemq/, 'ActiveMQ'],
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
  events: 'aws_cloudwatch_event_bus',
};

/** How a resource type sits inside another: which attributes name the container, and which of the two is the system. */
export interface Containment {
  parent: string;
  attributes: string[];
  /** True when the contained resource is the system (a queue in a namespace); false when the container is (a bucket's account). */
  childIsSystem: boolean;
}

/** The resource types that live inside another, by type. */
export const CONTAINMENT: Record<string, Containment> = {
  azurerm_servicebus_queue: { parent: 'azurerm_servicebus_namespace', attributes: ['namespace_id', 'namespace_name'], childIsSystem: true },
  azurerm_servicebus_topic: { parent: 'azurerm_servicebus_namespace', attributes: ['namespace_id', 'namespace_name'], childIsSystem: true },
  azurerm_eventhub: { parent: 'azurerm_eventhub_namespace', attributes: ['namespace_id', 'namespace_name'], childIsSystem: true },
  azurerm_storage_container: { parent: 'azurerm_storage_account', attributes: ['storage_account_id', 'storage_account_name'], childIsSystem: false },
  azurerm_storage_queue: { parent: 'azurerm_storage_account', attributes: ['storage_account_id', 'storage_account_name'], childIsSystem: false },
  azurerm_eventgrid_domain_topic: { parent: 'azurerm_eventgrid_domain', attributes: ['domain_name'], childIsSystem: false },
  // `topic_id` since azurerm 3.x, `topic_name` before.
  azurerm_servicebus_subscription: { parent: 'azurerm_servicebus_topic', attributes: ['topic_id', 'topic_name'], childIsSystem: false },
  google_pubsub_subscription: { parent: 'google_pubsub_topic', attributes: ['topic'], childIsSystem: false },
};

/** A block's attributes as hcl2json gives them. */
type Attributes = Record<string, unknown>;
/** `resource` (or `data`) blocks: type → label → the block's bodies (one unless repeated). */
type Blocks = Record<string, Record<string, Attributes[]>>;

/** A resource or data source an attribute names, followed to its cloud name when possible. */
export interface Named {
  type: string;
  name: string;
  /** Whether the name is certain: read from this file or from a literal, not guessed from a label. */
  certain: boolean;
  /** `type.label` when the thing is a resource of this file. */
  address?: string;
}

/** A resource of a type discovery reports, on its way to becoming a ComponentFact. */
/** The connection a resource's wiring makes (names masked as everywhere). */
export function wiringConnection(wiring: Wiring, evidence: Evidence): ConnectionFact {
  return {
    type: 'connection',
    component: redact(wiring.component.name),
    target: wiring.target,
    role: wiring.role,
    mechanism: wiring.mechanism,
    ...(wiring.technology ? { technology: wiring.technology } : {}),
    ...(wiring.channel ? { channel: redact(wiring.channel) } : {}),
    ...(wiring.targetKind ? { targetKind: wiring.targetKind } : {}),
    evidence,
    confidence: wiring.certain ? CONFIDENCE.declared : CONFIDENCE.inferred,
  };
}

/** The component a resource entry stands for (names masked as everywhere). */
export function entryComponent(entry: Entry, evidenceAt: EvidenceAt): ComponentFact {
  const aliases = [...new Set(entry.aliases.filter((alias) => alias !== entry.name))].map(redact);
  return {
    type: 'component',
    name: redact(entry.name),
    kind: entry.kind,
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(entry.technology ? { technology: entry.technology } : {}),
    ...(entry.distinctName ? { labelled: { distinctName: redact(entry.distinctName) } } : {}),
    evidence: evidenceAt(entry.line),
    confidence: entry.confidence,
  };
}

export interface Entry {
  name: string;
  kind: SystemKind;
  technology?: string;
  aliases: string[];
  line: number;
  confidence: number;
  /** Set when the name is only the label or part of an interpolated one (see ComponentFact.labelled). */
  distinctName?: string;
  /** False once the resource has become another name of a different entry. */
  emit: boolean;
}

/** One parsed file and the ways to look into it. */
interface Module {
  text: string;
  resources: Blocks;
  data: Blocks;
  /** `module` blocks: label → the block's bodies. */
  calls: Record<string, Attributes[]>;
  /** The file's folder, from the scan root. */
  folder: string;
}

/**
 * hcl2json, loaded on the first Terraform file: importing it starts a Go runtime in wasm (about half
 * a second of CPU), which a scan without Terraform, and each of a scan's worker threads, need not pay.
 */
let hcl2json: Promise<typeof import('@cdktf/hcl2json')> | undefined;

/** The Terraform source. */
export const terraformSource: Source = {
  name: 'terraform',
  extensions: ['.tf'],
  accepts: (path) => /\.tf$/i.test(path),
  async read(file, context): Promise<Fact[]> {
    if (!/\b(resource|module)\b/.test(file.text)) return [];
    let json: Record<string, unknown>;
    try {
      const { parse } = await (hcl2json ??= import('@cdktf/hcl2json'));
      json = (await parse(file.path, file.text)) as Record<string, unknown>;
    } catch {
      return [];
    }
    const module: Module = { text: file.text, resources: blocksOf(json['resource']), data: blocksOf(json['data']), calls: blocksOf({ module: json['module'] })['module'] ?? {}, folder: folderOf(file.path) };

    const entries = new Map<string, Entry>();
    const templates: BindingFact[] = [];
    for (const [type, label, body] of eachResource(module)) {
      const described = RESOURCE_TYPES[type];
      if (!described) continue;
      // Inside a module, named from its variables: each call names an instance (terraform-modules.ts).
      if (CONTAINER_WORKLOADS.has(type) && literal(body['name']) === undefined && /\$\{[^}]*\bvar\./.test(String(body['name'] ?? ''))) {
        templates.push({ type: 'binding', scope: module.folder, key: MODULE_WORKLOAD_NAME_KEY, value: String(body['name']), evidence: context.evidenceAt(resourceLine(module.text, type, label)) });
        continue;
      }
      const technology = technologyOf(type, body);
      const distinctName = described.kind === 'application' ? undefined : labelledName(type, label, body);
      entries.set(`${type}.${label}`, {
        name: nameOf(module, type, label, false).name,
        kind: described.kind,
        ...(technology ? { technology } : {}),
        ...(distinctName ? { distinctName } : {}),
        aliases: hostAliases(module, type, body),
        line: resourceLine(module.text, type, label),
        confidence: CONFIDENCE.declared,
        emit: true,
      });
    }
    mergeContained(module, entries);

    const facts: Fact[] = [...templates];
    for (const entry of entries.values()) {
      if (!entry.emit) continue;
      facts.push(entryComponent(entry, context.evidenceAt));
    }
    for (const [type, label, body] of eachResource(module)) {
      const line = resourceLine(module.text, type, label);
      const wiring = wiringOf(module, type, body);
      if (wiring) facts.push(wiringConnection(wiring, context.evidenceAt(line)));
      if (type === 'aws_lambda_function') facts.push(...lambdaEnvironment(module, label, body, context.evidenceAt));
      if (CONTAINER_WORKLOADS.has(type) && entries.has(`${type}.${label}`)) facts.push(...containerEnvironment(module, type, label, body, context.evidenceAt));
      if (AZURE_FUNCTION_APPS.has(type) && entries.has(`${type}.${label}`)) facts.push(...functionAppSettings(module, type, label, body, context.evidenceAt));
    }
    facts.push(...moduleWorkloads(module, context.evidenceAt));
    // hcl2json sorts blocks by type and label (Go maps); facts follow the file's own order instead.
    return facts
      .map((fact, index) => ({ fact, index }))
      .sort((left, right) => left.fact.evidence.line - right.fact.evidence.line || left.index - right.index)
      .map(({ fact }) => fact);
  },
};

/** Every resource block of the file as `[type, label, body]`. */
function* eachResource(module: Module): Generator<[string, string, Attributes]> {
  for (const [type, labels] of Object.entries(module.resources)) {
    for (const [label, bodies] of Object.entries(labels)) yield [type, label, bodies[0] ?? {}];
  }
}

/** The cloud name of a resource (or data source) of this file, or its label when the name is not literal or the block is elsewhere. */
function nameOf(module: Module, type: string, label: string, fromData: boolean): Named {
  const body = (fromData ? module.data : module.resources)[type]?.[label]?.[0];
  const name = body ? literal(body[RESOURCE_TYPES[type]?.nameAttribute ?? 'name']) : undefined;
  return { type, name: name ?? label, certain: name !== undefined || body !== undefined, ...(body && !fromData ? { address: `${type}.${label}` } : {}) };
}

/**
 * What an attribute names: a reference is followed to the resource's name; a literal ARN names its
 * service's resource; another literal is taken as a name of the expected type (unless only
 * references are meaningful, as for API ids, which are opaque).
 */
function follow(module: Module, value: unknown, expected?: string, referencesOnly = false): Named | undefined {
  const reference = referenceIn(value);
  if (reference) return nameOf(module, reference.type, reference.label, reference.data);
  const text = literal(value);
  if (text === undefined || referencesOnly) return undefined;
  const arnType = text.startsWith('arn:') ? ARN_SERVICES[text.split(':')[2] ?? ''] : undefined;
  const type = arnType ?? expected;
  if (!type) return undefined;
  const name = nameInLiteral(text);
  // A literal naming a resource of this file is that resource (`namespace_name = "orders-bus"`).
  const local = Object.keys(module.resources[type] ?? {}).find((label) => nameOf(module, type, label, false).name === name);
  return { type, name, certain: true, ...(local !== undefined ? { address: `${type}.${local}` } : {}) };
}

/** The host names the cloud derives from a resource's name, which connection strings use. */
function hostAliases(module: Module, type: string, body: Attributes): string[] {
  const name = literal(body[RESOURCE_TYPES[type]?.nameAttribute ?? 'name']);
  if (!name) return [];
  return azureHostAliases(type, name, literal(body['location']) ?? locationOf(module, body['location']));
}

/** The hosts Azure derives from a resource's name (by its azurerm type), given its region when known. */
export function azureHostAliases(type: string, name: string, location: string | undefined): string[] {
  switch (type) {
    case 'azurerm_servicebus_namespace':
    case 'azurerm_eventhub_namespace':
      // Event Hubs namespaces are served from the Service Bus domain as well.
      return [`${name}.servicebus.windows.net`];
    case 'azurerm_storage_account':
      return [`${name}.blob.core.windows.net`];
    case 'azurerm_api_management':
      return [`${name}.azure-api.net`];
    case 'azurerm_linux_function_app':
    case 'azurerm_windows_function_app':
    case 'azurerm_function_app':
    case 'azurerm_linux_web_app':
    case 'azurerm_windows_web_app':
    case 'azurerm_app_service':
      return [`${name}.azurewebsites.net`];
    case 'azurerm_eventgrid_topic':
    case 'azurerm_eventgrid_domain':
      // Event Grid endpoints are `https://<name>.<region>-1.eventgrid.azure.net/api/events`.
      return location ? [`${name}.${location.toLowerCase().replace(/\s+/g, '')}-1.eventgrid.azure.net`] : [];
    default:
      return [];
  }
}

/** A `location` given as a reference to another resource's literal location (usually the resource group's). */
function locationOf(module: Module, value: unknown): string | undefined {
  const reference = referenceIn(value);
  if (!reference) return undefined;
  const body = (reference.data ? module.data : module.resources)[reference.type]?.[reference.label]?.[0];
  return body ? literal(body['location']) : undefined;
}

/** Folds contained resources into their containers (or the other way round), as the header explains. */
function mergeContained(module: Module, entries: Map<string, Entry>): void {
  const links: ContainedIn[] = [];
  for (const [type, label, body] of eachResource(module)) {
    const containment = CONTAINMENT[type];
    const child = entries.get(`${type}.${label}`);
    if (!containment || !child) continue;
    const parentValue = containment.attributes.map((attribute) => body[attribute]).find((value) => value !== undefined);
    const parent = follow(module, parentValue, containment.parent);
    if (parent?.type !== containment.parent) continue;
    const parentEntry = parent.address ? entries.get(parent.address) : undefined;
    links.push({ child, childIsSystem: containment.childIsSystem, parent, ...(parentEntry && parent.address ? { parentEntry, parentKey: parent.address } : {}) });
  }
  foldContained(links);
}

/** A resource inside another (CONTAINMENT): the container as named, and its entry when the same file defines it. */
export interface ContainedIn {
  child: Entry;
  childIsSystem: boolean;
  parent: Named;
  parentEntry?: Entry;
  /** The container's key among the entries, when parentEntry is set. */
  parentKey?: string;
}

/**
 * One system per thing code addresses: a container holding one queue, topic or hub is another name
 * for it (holding several, it stays a system of its own); a container whose children are only
 * parts of it (a storage account's containers, a topic's subscriptions) takes them as other names,
 * and when it is defined elsewhere the child stands in for it, under its name.
 */
export function foldContained(links: readonly ContainedIn[]): void {
  const systemChildren = new Map<string, { parent: Entry; children: Entry[] }>();
  for (const { child, childIsSystem, parent, parentEntry, parentKey } of links) {
    if (childIsSystem) {
      if (parentEntry && parentKey !== undefined) {
        const found = systemChildren.get(parentKey) ?? { parent: parentEntry, children: [] };
        found.children.push(child);
        systemChildren.set(parentKey, found);
      }
    } else if (parentEntry) {
      parentEntry.aliases.push(child.name);
      child.emit = false;
    } else {
      // The container is defined in another file: this resource stands in for it, under its name.
      const described = RESOURCE_TYPES[parent.type];
      child.aliases.push(child.name);
      child.name = parent.name;
      if (described) child.technology = described.technology;
      if (!parent.certain) child.confidence = CONFIDENCE.inferred;
    }
  }
  for (const { parent, children } of systemChildren.values()) {
    const only = children.length === 1 ? children[0] : undefined;
    if (!only) continue;
    only.aliases.push(parent.name, ...parent.aliases);
    parent.emit = false;
  }
}

/** A connection a wiring resource declares. */
export interface Wiring {
  component: Named;
  target: TargetRef;
  role: ConnectionRole;
  mechanism: Mechanism;
  technology?: string;
  targetKind?: SystemKind;
  channel?: string;
  certain: boolean;
}

/**
 * Event Grid delivering from a topic (or a resource's own events) to a destination, as messaging
 * whichever their kinds. Made by the side the file defines, so that the other, known only by name,
 * takes its kind from the connection: the destination consuming when it is an app or defined
 * here, else the topic producing to it (a queue of another file stays a queue, not an app).
 */
export function eventGridDelivery(from: Named, to: Named): Wiring {
  const toKind = RESOURCE_TYPES[to.type]?.kind;
  if (to.address !== undefined || toKind === 'application' || toKind === undefined) return { ...consumes(to, from), mechanism: 'messaging', technology: 'Azure Event Grid' };
  return { component: from, target: { component: redact(to.name) }, role: 'produces', mechanism: 'messaging', technology: 'Azure Event Grid', targetKind: toKind, channel: from.name, certain: from.certain && to.certain };
}

/** A consumer reading from a topic, queue, stream, bus or table. */
export function consumes(consumer: Named, from: Named, channel?: string): Wiring {
  const source = RESOURCE_TYPES[from.type];
  return {
    component: consumer,
    target: { component: redact(from.name) },
    role: 'consumes',
    mechanism: source?.kind === 'database' ? 'database' : 'messaging',
    ...(source ? { technology: source.technology, targetKind: source.kind } : {}),
    channel: channel ?? from.name,
    certain: consumer.certain && from.certain,
  };
}

/** The connection a resource declares, if it is one of the wiring resources. */
function wiringOf(module: Module, type: string, body: Attributes): Wiring | undefined {
  switch (type) {
    case 'aws_sns_topic_subscription': {
      // Only subscribers that are resources of their own; http, email and sms endpoints name none.
      const protocol = literal(body['protocol']);
      const expected = protocol === 'sqs' ? 'aws_sqs_queue' : protocol === 'lambda' ? 'aws_lambda_function' : undefined;
      const topic = follow(module, body['topic_arn'], 'aws_sns_topic');
      const subscriber = expected ? follow(module, body['endpoint'], expected) : undefined;
      return topic && subscriber ? consumes(subscriber, topic) : undefined;
    }
    case 'aws_lambda_event_source_mapping': {
      const source = follow(module, body['event_source_arn']);
      const target = follow(module, body['function_name'], 'aws_lambda_function');
      if (!source || !target) return undefined;
      const topics = Array.isArray(body['topics']) ? body['topics'].map(literal).filter((topic): topic is string => topic !== undefined) : [];
      return consumes(target, source, topics[0]);
    }
    case 'aws_cloudwatch_event_target': {
      // The bus is on the target or on its rule; without one it is the account's default bus, which is AWS's, not the team's.
      const rule = referenceIn(body['rule']);
      const ruleBody = rule ? module.resources[rule.type]?.[rule.label]?.[0] : undefined;
      const bus = follow(module, body['event_bus_name'] ?? ruleBody?.['event_bus_name'], 'aws_cloudwatch_event_bus');
      const consumer = follow(module, body['arn']);
      const ruleName = rule ? nameOf(module, rule.type, rule.label, rule.data).name : literal(body['rule']);
      return bus && consumer ? consumes(consumer, bus, ruleName) : undefined;
    }
    case 'aws_apigatewayv2_integration':
    case 'aws_api_gateway_integration': {
      const v2 = type === 'aws_apigatewayv2_integration';
      const gateway = follow(module, body[v2 ? 'api_id' : 'rest_api_id'], v2 ? 'aws_apigatewayv2_api' : 'aws_api_gateway_rest_api', true);
      const uri = body[v2 ? 'integration_uri' : 'uri'];
      if (!gateway) return undefined;
      const url = literal(uri);
      if (url && /^https?:\/\//i.test(url)) return { component: gateway, target: { url: redact(url) }, role: 'calls', mechanism: 'rest', certain: gateway.certain };
      // A Lambda integration's URI is the function's invoke ARN, `...:function:<name>/invocations` when written out.
      const lambdaName = url ? /:function:([^/:]+)/.exec(url)?.[1] : undefined;
      const backend = lambdaName ? { type: 'aws_lambda_function', name: lambdaName, certain: true } : follow(module, uri, undefined, true);
      if (!backend || backend.type !== 'aws_lambda_function') return undefined;
      return { component: gateway, target: { component: redact(backend.name) }, role: 'calls', mechanism: 'rest', targetKind: 'application', certain: gateway.certain && backend.certain };
    }
    case 'azurerm_eventgrid_event_subscription':
    case 'azurerm_eventgrid_system_topic_event_subscription': {
      // The topic (or, for a subscription scoped to another resource, that resource) delivers to the destination.
      const topic = type === 'azurerm_eventgrid_event_subscription' ? follow(module, body['scope'], undefined, true) ?? azureIdNamed(module, body['scope']) : follow(module, body['system_topic'], 'azurerm_eventgrid_system_topic');
      const consumer = eventGridDestination(module, body);
      return topic && consumer ? eventGridDelivery(topic, consumer) : undefined;
    }
    case 'azurerm_eventgrid_system_topic': {
      // The resource whose events the system topic carries publishes to it.
      const source = follow(module, body['source_arm_resource_id'] ?? body['source_resource_id'], undefined, true) ?? azureIdNamed(module, body['source_arm_resource_id'] ?? body['source_resource_id']);
      const name = literal(body['name']);
      if (!source || !RESOURCE_TYPES[source.type] || name === undefined) return undefined;
      return eventGridDelivery(source, { type, name, certain: true, address: `${type}.${name}` });
    }
    default:
      return undefined;
  }
}

/**
 * Where an Event Grid subscription delivers: an Azure Function (`azure_function_endpoint.function_id`,
 * the app's id and `/functions/<name>`), a WebHook whose URL names an app (a reference to its
 * host name, or `<app>.azurewebsites.net`), a Service Bus queue or topic, an Event Hub, or a
 * storage queue (its account). Undefined for anything else (an external URL, a hybrid connection).
 */
function eventGridDestination(module: Module, body: Attributes): Named | undefined {
  const block = (name: string): Attributes | undefined => (Array.isArray(body[name]) && isRecord(body[name][0]) ? body[name][0] : undefined);
  const functionId = block('azure_function_endpoint')?.['function_id'];
  if (functionId !== undefined) return follow(module, functionId, undefined, true) ?? azureIdNamed(module, functionId);
  const url = block('webhook_endpoint')?.['url'];
  if (url !== undefined) {
    const referenced = follow(module, url, undefined, true);
    if (referenced) return referenced;
    const host = typeof url === 'string' ? /^https?:\/\/([^/:?#]+)/i.exec(url)?.[1] : undefined;
    const app = host ? azureAppOfHost(host) : undefined;
    return app ? { type: 'azurerm_linux_web_app', name: app, certain: true } : undefined;
  }
  for (const attribute of ['service_bus_queue_endpoint_id', 'service_bus_topic_endpoint_id', 'eventhub_endpoint_id']) {
    if (body[attribute] !== undefined) return follow(module, body[attribute], undefined, true) ?? azureIdNamed(module, body[attribute]);
  }
  const account = block('storage_queue_endpoint')?.['storage_account_id'];
  return account !== undefined ? (follow(module, account, undefined, true) ?? azureIdNamed(module, account)) : undefined;
}

/** A literal Azure resource id, named as the resource of its type (`…/Microsoft.EventGrid/topics/orders` → orders). */
function azureIdNamed(module: Module, value: unknown): Named | undefined {
  const text = literal(value);
  const id = text ? parseAzureResourceId(text) : undefined;
  if (!id) return undefined;
  // `…/sites/orders/functions/Placed`: the function is its app's.
  for (let depth = id.names.length; depth > 0; depth -= 1) {
    const armType = id.type.split('/').slice(0, depth + 1).join('/');
    const type = armTerraformType(armType);
    const name = id.names[depth - 1];
    if (!type || !name) continue;
    const local = Object.keys(module.resources[type] ?? {}).find((label) => nameOf(module, type, label, false).name === name);
    return { type, name, certain: true, ...(local !== undefined ? { address: `${type}.${local}` } : {}) };
  }
  return undefined;
}

/**
 * Terraform's string functions that keep what an address names (`trimprefix(url, "https://")`,
 * `trimsuffix(url, "/")`, `replace(url, "https://", "")`, `lower(…)`), around one reference with
 * literal arguments: `${trimprefix(module.trainer.endpoint, "https://")}` is read as `${module.trainer.endpoint}`.
 * Only ever written inside an interpolation (hcl2json writes every expression as `${…}`).
 */
const ADDRESS_FUNCTION = /\b(?:trimprefix|trimsuffix|trimspace|trim|chomp|lower|replace)\(\s*((?:data\.|module\.)?[A-Za-z_][\w-]*(?:\[[^\]]*\])?(?:\.[A-Za-z_][\w-]*(?:\[[^\]]*\])?)+)\s*(?:,\s*"[^"]*"\s*)*\)/g;

/** Replaces each reference to a resource or a local module's output by the name of what it names. */
function namesInValue(module: Module, raw: string): string {
  let unwrapped = raw;
  // Nested calls (`lower(trimprefix(…))`) unwrap from the inside out.
  for (let round = 0; round < 3 && unwrapped.includes('('); round += 1) {
    const next = unwrapped.replace(ADDRESS_FUNCTION, (_match, reference: string) => reference);
    if (next === unwrapped) break;
    unwrapped = next;
  }
  const resources = unwrapped.replace(/\$\{\s*(data\.)?([a-z][a-z0-9]*_[a-z0-9_]+)\.([A-Za-z_][A-Za-z0-9_-]*)(?:\[[^\]]*\])?(?:\.[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?)*\s*\}/g, (match: string, data: string | undefined, type: string, name: string) =>
    RESOURCE_TYPES[type] ? nameOf(module, type, name, data !== undefined).name : match,
  );
  // A call in another file of the folder is joined across files (terraform-modules.ts).
  return withModuleNames(resources, (label) => moduleWorkloadName(module, label));
}

/**
 * The workload a call of a local module deploys: its literal `name` (or `service_name`) input.
 * Several calls giving the same name (one per protocol) deploy one workload. A call switched off
 * (`count = 0`, an empty `for_each`) deploys nothing.
 */
function moduleWorkloadName(module: Module, label: string): string | undefined {
  const body = module.calls[label]?.[0];
  const source = body ? literal(body['source']) : undefined;
  if (!body || source === undefined || !/^\.{1,2}\//.test(source)) return undefined;
  const forEach = body['for_each'];
  if (body['count'] === 0 || body['count'] === '0' || (Array.isArray(forEach) && forEach.length === 0) || (isRecord(forEach) && Object.keys(forEach).length === 0)) return undefined;
  return literal(body['name']) ?? literal(body['service_name']);
}

/** The line of `name = "KEY"` (or `KEY = …`) after a block's start. */
function keyLine(text: string, start: number, key: string): number {
  const match = new RegExp(String.raw`(\bname\s*=\s*"${escape(key)}"|^[ \t]*"?${escape(key)}"?\s*=)`, 'm').exec(text.slice(start));
  return lineOfOffset(text, start + (match?.index ?? 0));
}

/** `[{ name, value }]` entries, or a `{ KEY = value }` map, as key/value pairs. */
function environmentPairs(value: unknown): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const scalar = (raw: unknown): string | undefined => (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : undefined);
  for (const item of Array.isArray(value) ? value : [value]) {
    if (!isRecord(item)) continue;
    const name = scalar(item['name']);
    if (name !== undefined && 'value' in item) {
      const text = scalar(item['value']);
      if (text !== undefined) pairs.push([name, text]);
      continue;
    }
    for (const [key, raw] of Object.entries(item)) {
      const text = scalar(raw);
      if (text !== undefined && /^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) pairs.push([key, text]);
    }
  }
  return pairs;
}

/** The `env` entries of a Cloud Run service's (v1 `template.spec.containers`, v2 `template.containers`) or a function's containers. */
function containerEnvironment(module: Module, type: string, label: string, body: Attributes, evidenceAt: (line: number) => BindingFact['evidence']): BindingFact[] {
  const first = (value: unknown): Attributes | undefined => (Array.isArray(value) && isRecord(value[0]) ? value[0] : undefined);
  const template = first(body['template']);
  // Cloud Run v1 `template.spec.containers`, v2 `template.containers`, Azure Container Apps `template.container`.
  const containers = [first(template?.['spec'])?.['containers'], template?.['containers'], template?.['container']].flatMap((value) => (Array.isArray(value) ? value.filter(isRecord) : []));
  const functionEnvironment = [body['environment_variables'], first(body['service_config'])?.['environment_variables']].filter(isRecord);
  const component = redact(nameOf(module, type, label, false).name);
  const start = resourceOffset(module.text, type, label);
  // A Container App's `env { name, secret_name }` takes the value of its `secret { name, value }`.
  const secrets = new Map((Array.isArray(body['secret']) ? body['secret'].filter(isRecord) : []).flatMap((secret) => (typeof secret['name'] === 'string' && typeof secret['value'] === 'string' ? [[secret['name'], secret['value']] as const] : [])));
  const withSecrets = (env: unknown): unknown => (Array.isArray(env) ? env.map((item) => (isRecord(item) && !('value' in item) && typeof item['secret_name'] === 'string' && secrets.has(item['secret_name']) ? { ...item, value: secrets.get(item['secret_name']) } : item)) : env);
  const pairs = [...containers.flatMap((container) => environmentPairs(withSecrets(container['env']))), ...functionEnvironment.flatMap((variables) => environmentPairs(variables))];
  return pairs.map(([key, raw]) => ({ type: 'binding', component, key, value: redactBinding(key, namesInValue(module, raw)), evidence: evidenceAt(keyLine(module.text, start, key)) }));
}

/**
 * A Functions app's `app_settings` as bindings of the app (`ServiceBusConnection =
 * azurerm_servicebus_namespace.bus.default_primary_connection_string` is the namespace, by name),
 * so a trigger's `Connection = "ServiceBusConnection"` is led to it.
 */
function functionAppSettings(module: Module, type: string, label: string, body: Attributes, evidenceAt: (line: number) => BindingFact['evidence']): BindingFact[] {
  const component = redact(nameOf(module, type, label, false).name);
  const start = resourceOffset(module.text, type, label);
  // `connection_string { name, type, value }` blocks reach .NET as `ConnectionStrings:<name>`.
  const connectionStrings = environmentPairs(body['connection_string']).map(([name, raw]): [string, string, string] => [`ConnectionStrings:${name}`, raw, name]);
  return [...environmentPairs(body['app_settings']).map(([key, raw]): [string, string, string] => [key, raw, key]), ...connectionStrings].map(([key, raw, written]) => ({ type: 'binding', component, key, value: redactBinding(key, namesInValue(module, raw)), evidence: evidenceAt(keyLine(module.text, start, written)) }));
}

/** Calls of local modules given a literal `name`: the workloads they deploy, and their `envs`/`env` inputs. */
function moduleWorkloads(module: Module, evidenceAt: (line: number) => BindingFact['evidence']): Fact[] {
  const facts: Fact[] = [];
  for (const [label, bodies] of Object.entries(module.calls)) {
    const name = moduleWorkloadName(module, label);
    const body = bodies[0];
    if (name === undefined || body === undefined) continue;
    const match = new RegExp(String.raw`^[ \t]*module\s+"?${escape(label)}"?\s*\{`, 'm').exec(module.text);
    const start = match?.index ?? 0;
    facts.push({ type: 'component', name: redact(name), kind: 'application', evidence: evidenceAt(lineOfOffset(module.text, start)), confidence: CONFIDENCE.inferred });
    const folder = resolveRelative(module.folder, literal(body['source']) ?? '');
    const inputs = Object.fromEntries(Object.entries(body).flatMap(([key, value]) => (key !== 'source' && literal(value) !== undefined ? [[key, redact(literal(value) as string)]] : [])));
    if (folder !== undefined) facts.push({ type: 'binding', component: redact(name), key: MODULE_CALL_KEY, value: JSON.stringify({ folder, inputs, label }), evidence: evidenceAt(lineOfOffset(module.text, start)) });
    for (const input of ['envs', 'env', 'environment', 'env_vars', 'environment_variables']) {
      for (const [key, raw] of environmentPairs(body[input])) {
        facts.push({ type: 'binding', component: redact(name), key, value: redactBinding(key, namesInValue(module, raw)), evidence: evidenceAt(keyLine(module.text, start, key)) });
      }
    }
  }
  return facts;
}

/**
 * A Lambda function's environment variables as bindings of the function, so code reading
 * `os.environ["ORDER_TOPIC_ARN"]` is led to the topic. A reference to a resource is written as
 * that resource's name: the real value (an ARN, a queue URL, an endpoint) exists only after
 * apply, and the name is what resolution matches systems by.
 */
function lambdaEnvironment(module: Module, label: string, body: Attributes, evidenceAt: (line: number) => BindingFact['evidence']): BindingFact[] {
  const environment = Array.isArray(body['environment']) ? body['environment'][0] : undefined;
  const variables = isRecord(environment) ? environment['variables'] : undefined;
  if (!isRecord(variables)) return [];
  const component = redact(nameOf(module, 'aws_lambda_function', label, false).name);
  const start = resourceOffset(module.text, 'aws_lambda_function', label);
  const bindings: BindingFact[] = [];
  for (const [key, raw] of Object.entries(variables)) {
    if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') continue;
    const value = namesInValue(module, String(raw));
    const keyMatch = new RegExp(String.raw`^[ \t]*"?${escape(key)}"?\s*=`, 'm').exec(module.text.slice(start));
    bindings.push({
      type: 'binding',
      component,
      key,
      value: redactBinding(key, value),
      evidence: evidenceAt(keyMatch ? lineOfOffset(module.text, start + keyMatch.index) : lineOfOffset(module.text, start)),
    });
  }
  return bindings;
}

/**
 * The name a resource takes when its own (a label, or the literal part of an interpolated name)
 * is another system's: `<name>-<product>`, the product being the engine where the service runs
 * several (`catalog-mysql`, `checkout-redis`, `orders-rabbitmq`), else the service (`carts-dynamodb`,
 * `events-sqs`). What it is, said the way a team says it, and never an application's name.
 * Undefined when the cloud name is a literal: that is what code and config use, so it stands.
 */
function labelledName(type: string, label: string, body: Attributes): string | undefined {
  const described = RESOURCE_TYPES[type];
  const written = body[described?.nameAttribute ?? 'name'];
  if (!described || literal(written) !== undefined) return undefined;
  // `${var.environment_name}-catalog` → `catalog`; nothing literal (`${local.name}`) → the label.
  const literalPart = typeof written === 'string' ? written.replace(/\$\{[^{}]*\}/g, ' ').split(/[^A-Za-z0-9]+/).filter(Boolean).join('-') : '';
  const base = (literalPart || label).replace(/_/g, '-').toLowerCase();
  const engine = literal(body['engine'] ?? body['engine_type'])?.toLowerCase();
  const product = engine ? ENGINES.find(([pattern]) => pattern.test(engine))?.[1] : undefined;
  return `${base}-${product ? product.toLowerCase().replace(/[^a-z0-9]/g, '') : described.product}`;
}

/** The technology of a resource, refined by its engine where one service runs several. */
function technologyOf(type: string, body: Attributes): string | undefined {
  const technology = RESOURCE_TYPES[type]?.technology;
  const engine = literal(body['engine'] ?? body['engine_type'])?.toLowerCase();
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
 * Where `resource "<type>" "<label>"` starts. hcl2json returns plain JSON without source ranges,
 * so the block header is found in the text after parsing has proved the block is there. Labels
 * may be written without quotes, which HCL allows.
 */
function resourceOffset(text: string, type: string, label: string): number {
  const match = new RegExp(String.raw`^[ \t]*resource\s+"?${escape(type)}"?\s+"?${escape(label)}"?\s*\{`, 'm').exec(text);
  return match?.index ?? 0;
}

/** The 1-based line of a resource's block header. */
function resourceLine(text: string, type: string, label: string): number {
  return lineOfOffset(text, resourceOffset(text, type, label));
}

/** Escapes a string for use in a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

