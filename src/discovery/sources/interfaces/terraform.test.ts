import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Fact } from '../../../core/discovery/facts.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor } from '../../source.js';
import { terraformSource } from './terraform.js';

/** Reads one inline file the way the scanner would. */
async function read(path: string, text: string): Promise<Fact[]> {
  return terraformSource.read({ path, text }, { evidenceAt: evidenceFor({ path, text }), parse: parseCode, rules: [] });
}

/** A one-resource file. */
const resource = (type: string, body: string) => `resource "${type}" "main" {\n${body}\n}\n`;

describe('terraformSource', () => {
  it('accepts .tf files', () => {
    expect(terraformSource.accepts('infra/main.tf')).toBe(true);
    expect(terraformSource.accepts('infra/main.tf.json')).toBe(false);
    expect(terraformSource.accepts('infra/terraform.tfvars')).toBe(false);
  });

  it.each([
    ['aws_sqs_queue', 'name = "orders"', 'orders', 'message-broker', 'Amazon SQS'],
    ['aws_sns_topic', 'name = "events"', 'events', 'message-broker', 'Amazon SNS'],
    ['aws_kinesis_stream', 'name = "clicks"', 'clicks', 'message-broker', 'Amazon Kinesis'],
    ['aws_mq_broker', 'broker_name = "mq"', 'mq', 'message-broker', 'Amazon MQ'],
    ['aws_msk_cluster', 'cluster_name = "kafka"', 'kafka', 'message-broker', 'Amazon MSK'],
    ['aws_cloudwatch_event_bus', 'name = "bus"', 'bus', 'message-broker', 'Amazon EventBridge'],
    ['azurerm_servicebus_namespace', 'name = "sb-shop"', 'sb-shop', 'message-broker', 'Azure Service Bus'],
    ['azurerm_servicebus_queue', 'name = "orders"', 'orders', 'message-broker', 'Azure Service Bus'],
    ['azurerm_eventgrid_topic', 'name = "eg"', 'eg', 'message-broker', 'Azure Event Grid'],
    ['azurerm_eventhub_namespace', 'name = "eh"', 'eh', 'message-broker', 'Azure Event Hubs'],
    ['google_pubsub_topic', 'name = "orders"', 'orders', 'message-broker', 'Google Pub/Sub'],
    ['aws_db_instance', 'identifier = "orders-db"\nengine = "postgres"', 'orders-db', 'database', 'Amazon RDS for PostgreSQL'],
    ['aws_db_instance', 'identifier = "legacy"', 'legacy', 'database', 'Amazon RDS'],
    ['aws_rds_cluster', 'cluster_identifier = "aurora"\nengine = "aurora-mysql"', 'aurora', 'database', 'Amazon Aurora MySQL'],
    ['aws_dynamodb_table', 'name = "sessions"', 'sessions', 'database', 'Amazon DynamoDB'],
    ['aws_elasticache_cluster', 'cluster_id = "cache"\nengine = "redis"', 'cache', 'database', 'Amazon ElastiCache for Redis'],
    ['azurerm_postgresql_flexible_server', 'name = "pg"', 'pg', 'database', 'Azure Database for PostgreSQL'],
    ['azurerm_mssql_server', 'name = "sql"', 'sql', 'database', 'Azure SQL Database'],
    ['azurerm_cosmosdb_account', 'name = "cosmos"', 'cosmos', 'database', 'Azure Cosmos DB'],
    ['google_sql_database_instance', 'name = "main-db"', 'main-db', 'database', 'Google Cloud SQL'],
    ['aws_s3_bucket', 'bucket = "invoices"', 'invoices', 'file-store', 'Amazon S3'],
    ['azurerm_storage_account', 'name = "stshop"', 'stshop', 'file-store', 'Azure Storage'],
    ['google_storage_bucket', 'name = "exports"', 'exports', 'file-store', 'Google Cloud Storage'],
    ['aws_api_gateway_rest_api', 'name = "public-api"', 'public-api', 'gateway', 'Amazon API Gateway'],
    ['aws_apigatewayv2_api', 'name = "http-api"', 'http-api', 'gateway', 'Amazon API Gateway'],
    ['azurerm_api_management', 'name = "apim"', 'apim', 'gateway', 'Azure API Management'],
    ['google_api_gateway_api', 'api_id = "gw"', 'gw', 'gateway', 'Google API Gateway'],
    ['aws_lambda_function', 'function_name = "resize"', 'resize', 'application', 'AWS Lambda'],
  ])('reads %s (%s) as %s', async (type, body, name, kind, technology) => {
    expect(await read('infra/main.tf', resource(type, body))).toEqual([
      { type: 'component', name, kind, technology, evidence: { file: 'infra/main.tf', line: 1, excerpt: `resource "${type}" "main" {` }, confidence: CONFIDENCE.declared },
    ]);
  });

  it('names a resource by its label when its name is interpolated or missing', async () => {
    const text = ['variable "env" {}', '', 'resource "aws_sqs_queue" "orders" {', '  name = "${var.env}-orders"', '}', '', 'resource "aws_s3_bucket" "exports" {', '  bucket_prefix = "exports-"', '}'].join('\n');
    expect(await read('main.tf', text)).toEqual([
      { type: 'component', name: 'orders', kind: 'message-broker', technology: 'Amazon SQS', evidence: { file: 'main.tf', line: 3, excerpt: 'resource "aws_sqs_queue" "orders" {' }, confidence: CONFIDENCE.declared },
      { type: 'component', name: 'exports', kind: 'file-store', technology: 'Amazon S3', evidence: { file: 'main.tf', line: 7, excerpt: 'resource "aws_s3_bucket" "exports" {' }, confidence: CONFIDENCE.declared },
    ]);
  });

  it('wires an SNS topic to an SQS queue and a Lambda function through subscriptions', async () => {
    const text = `resource "aws_sns_topic" "events" {
  name = "order-events"
}

resource "aws_sqs_queue" "billing" {
  name = "billing-inbox"
}

resource "aws_sns_topic_subscription" "billing" {
  topic_arn = aws_sns_topic.events.arn
  protocol  = "sqs"
  endpoint  = aws_sqs_queue.billing.arn
}

resource "aws_sns_topic_subscription" "audit" {
  topic_arn = aws_sns_topic.events.arn
  protocol  = "lambda"
  endpoint  = "arn:aws:lambda:eu-west-1:123456789012:function:audit-log:live"
}

resource "aws_sns_topic_subscription" "mail" {
  topic_arn = aws_sns_topic.events.arn
  protocol  = "email"
  endpoint  = "ops@example.com"
}
`;
    const connections = (await read('main.tf', text)).filter((fact) => fact.type === 'connection');
    expect(connections).toEqual([
      {
        type: 'connection',
        component: 'billing-inbox',
        target: { component: 'order-events' },
        role: 'consumes',
        mechanism: 'messaging',
        technology: 'Amazon SNS',
        targetKind: 'message-broker',
        channel: 'order-events',
        evidence: { file: 'main.tf', line: 9, excerpt: 'resource "aws_sns_topic_subscription" "billing" {' },
        confidence: CONFIDENCE.declared,
      },
      {
        type: 'connection',
        component: 'audit-log',
        target: { component: 'order-events' },
        role: 'consumes',
        mechanism: 'messaging',
        technology: 'Amazon SNS',
        targetKind: 'message-broker',
        channel: 'order-events',
        evidence: { file: 'main.tf', line: 15, excerpt: 'resource "aws_sns_topic_subscription" "audit" {' },
        confidence: CONFIDENCE.declared,
      },
    ]);
  });

  it('lowers the confidence when a reference leads to another file and the label stands in for the name', async () => {
    const text = 'resource "aws_sns_topic_subscription" "s" {\n  topic_arn = aws_sns_topic.events.arn\n  protocol = "sqs"\n  endpoint = aws_sqs_queue.inbox.arn\n}\n';
    expect(await read('subscriptions.tf', text)).toMatchObject([{ component: 'inbox', target: { component: 'events' }, confidence: CONFIDENCE.inferred }]);
  });

  it('wires Pub/Sub and Service Bus subscriptions to their topics', async () => {
    const text = `resource "google_pubsub_topic" "orders" {
  name = "orders"
}
resource "google_pubsub_subscription" "shipping" {
  name  = "shipping-orders"
  topic = google_pubsub_topic.orders.id
}
resource "google_pubsub_subscription" "legacy" {
  name  = "legacy-orders"
  topic = "projects/shop/topics/orders-v1"
}
resource "azurerm_servicebus_topic" "t" {
  name = "payments"
}
resource "azurerm_servicebus_subscription" "s" {
  name    = "ledger"
  topic_id = azurerm_servicebus_topic.t.id
}
`;
    expect((await read('main.tf', text)).filter((fact) => fact.type === 'connection')).toMatchObject([
      { component: 'shipping-orders', target: { component: 'orders' }, role: 'consumes', technology: 'Google Pub/Sub', channel: 'orders', evidence: { line: 4 }, confidence: CONFIDENCE.declared },
      { component: 'legacy-orders', target: { component: 'orders-v1' }, channel: 'orders-v1', evidence: { line: 8 } },
      { component: 'ledger', target: { component: 'payments' }, technology: 'Azure Service Bus', channel: 'payments', evidence: { line: 15 } },
    ]);
  });

  it('wires Lambda event source mappings to their queue, stream or table', async () => {
    const text = `resource "aws_lambda_function" "worker" {
  function_name = "order-worker"
}
resource "aws_sqs_queue" "q" {
  name = "orders"
}
resource "aws_lambda_event_source_mapping" "from_queue" {
  event_source_arn = aws_sqs_queue.q.arn
  function_name    = aws_lambda_function.worker.arn
}
resource "aws_lambda_event_source_mapping" "from_stream" {
  event_source_arn = "arn:aws:kinesis:eu-west-1:123456789012:stream/clicks"
  function_name    = "click-counter"
}
resource "aws_lambda_event_source_mapping" "from_table" {
  event_source_arn = "arn:aws:dynamodb:eu-west-1:123456789012:table/Sessions/stream/2024-01-01T00:00:00.000"
  function_name    = aws_lambda_function.worker.function_name
}
resource "aws_lambda_event_source_mapping" "unknown" {
  event_source_arn = var.source_arn
  function_name    = "x"
}
`;
    expect((await read('lambda.tf', text)).filter((fact) => fact.type === 'connection')).toEqual([
      { type: 'connection', component: 'order-worker', target: { component: 'orders' }, role: 'consumes', mechanism: 'messaging', technology: 'Amazon SQS', targetKind: 'message-broker', channel: 'orders', evidence: { file: 'lambda.tf', line: 7, excerpt: 'resource "aws_lambda_event_source_mapping" "from_queue" {' }, confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'click-counter', target: { component: 'clicks' }, role: 'consumes', mechanism: 'messaging', technology: 'Amazon Kinesis', targetKind: 'message-broker', channel: 'clicks', evidence: { file: 'lambda.tf', line: 11, excerpt: 'resource "aws_lambda_event_source_mapping" "from_stream" {' }, confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'order-worker', target: { component: 'Sessions' }, role: 'consumes', mechanism: 'database', technology: 'Amazon DynamoDB', targetKind: 'database', channel: 'Sessions', evidence: { file: 'lambda.tf', line: 15, excerpt: 'resource "aws_lambda_event_source_mapping" "from_table" {' }, confidence: CONFIDENCE.declared },
    ]);
  });

  it('follows references to data sources', async () => {
    const text = 'data "aws_sns_topic" "shared" {\n  name = "platform-events"\n}\nresource "aws_sqs_queue" "mine" {\n  name = "mine"\n}\nresource "aws_sns_topic_subscription" "s" {\n  topic_arn = data.aws_sns_topic.shared.arn\n  protocol = "sqs"\n  endpoint = aws_sqs_queue.mine.arn\n}\n';
    expect((await read('main.tf', text)).filter((fact) => fact.type === 'connection')).toMatchObject([{ component: 'mine', target: { component: 'platform-events' }, confidence: CONFIDENCE.declared }]);
  });

  it('finds the header line of labels written without quotes and of repeated types', async () => {
    const text = 'resource "aws_sqs_queue" "a" {\n  name = "a"\n}\n\n  resource aws_sqs_queue b {\n  name = "b"\n}\n';
    expect((await read('main.tf', text)).map((fact) => fact.evidence.line)).toEqual([1, 5]);
  });

  it.each([
    ['a syntax error', 'resource "aws_sqs_queue" "x" {{\n'],
    ['only variables and outputs', 'variable "x" {}\noutput "y" { value = 1 }\n'],
    ['resources of types discovery does not report', 'resource "aws_iam_role" "r" {\n  name = "role"\n}\n'],
    ['an empty file', ''],
  ])('gives nothing for %s', async (_name, text) => {
    expect(await read('main.tf', text)).toEqual([]);
  });
});
