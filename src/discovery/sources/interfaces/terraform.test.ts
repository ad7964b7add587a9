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
    ['aws_mq_broker', 'broker_name = "events"\nengine_type = "RabbitMQ"', 'events', 'message-broker', 'Amazon MQ for RabbitMQ'],
    ['aws_msk_cluster', 'cluster_name = "kafka"', 'kafka', 'message-broker', 'Amazon MSK'],
    ['aws_cloudwatch_event_bus', 'name = "bus"', 'bus', 'message-broker', 'Amazon EventBridge'],
    ['azurerm_servicebus_namespace', 'name = "sb-shop"', 'sb-shop', 'message-broker', 'Azure Service Bus', ['sb-shop.servicebus.windows.net']],
    ['azurerm_servicebus_queue', 'name = "orders"', 'orders', 'message-broker', 'Azure Service Bus'],
    ['azurerm_eventgrid_topic', 'name = "eg"\nlocation = "West Europe"', 'eg', 'message-broker', 'Azure Event Grid', ['eg.westeurope-1.eventgrid.azure.net']],
    ['azurerm_eventhub_namespace', 'name = "eh"', 'eh', 'message-broker', 'Azure Event Hubs', ['eh.servicebus.windows.net']],
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
    ['azurerm_storage_account', 'name = "stshop"', 'stshop', 'file-store', 'Azure Storage', ['stshop.blob.core.windows.net']],
    ['google_storage_bucket', 'name = "exports"', 'exports', 'file-store', 'Google Cloud Storage'],
    ['aws_api_gateway_rest_api', 'name = "public-api"', 'public-api', 'gateway', 'Amazon API Gateway'],
    ['aws_apigatewayv2_api', 'name = "http-api"', 'http-api', 'gateway', 'Amazon API Gateway'],
    ['azurerm_api_management', 'name = "apim"', 'apim', 'gateway', 'Azure API Management', ['apim.azure-api.net']],
    ['google_api_gateway_api', 'api_id = "gw"', 'gw', 'gateway', 'Google API Gateway'],
    ['aws_lambda_function', 'function_name = "resize"', 'resize', 'application', 'AWS Lambda'],
  ] as Array<[string, string, string, string, string, string[]?]>)('reads %s (%s) as %s', async (type, body, name, kind, technology, aliases) => {
    expect(await read('infra/main.tf', resource(type, body))).toEqual([
      { type: 'component', name, kind, ...(aliases ? { aliases } : {}), technology, evidence: { file: 'infra/main.tf', line: 1, excerpt: `resource "${type}" "main" {` }, confidence: CONFIDENCE.declared },
    ]);
  });

  it('names a resource by its label when its name is interpolated or missing', async () => {
    const text = ['variable "env" {}', '', 'resource "aws_sqs_queue" "orders" {', '  name = "${var.env}-orders"', '}', '', 'resource "aws_s3_bucket" "exports" {', '  bucket_prefix = "exports-"', '}'].join('\n');
    expect(await read('main.tf', text)).toEqual([
      { type: 'component', name: 'orders', kind: 'message-broker', technology: 'Amazon SQS', labelled: { distinctName: 'orders-sqs' }, evidence: { file: 'main.tf', line: 3, excerpt: 'resource "aws_sqs_queue" "orders" {' }, confidence: CONFIDENCE.declared },
      { type: 'component', name: 'exports', kind: 'file-store', technology: 'Amazon S3', labelled: { distinctName: 'exports-s3' }, evidence: { file: 'main.tf', line: 7, excerpt: 'resource "aws_s3_bucket" "exports" {' }, confidence: CONFIDENCE.declared },
    ]);
  });

  // Infrastructure labelled after the service that uses it: the name to take where that service is defined too.
  it.each([
    ['aws_db_instance', 'catalog', 'identifier = "${var.environment_name}-catalog"\nengine = "mysql"', 'catalog-mysql'],
    ['aws_db_instance', 'this', 'identifier = "${var.environment_name}-orders"', 'orders-rds'],
    ['aws_dynamodb_table', 'carts', 'name = "${var.environment_name}-carts"', 'carts-dynamodb'],
    ['aws_elasticache_replication_group', 'checkout', 'replication_group_id = "${var.environment_name}-checkout"\nengine = "redis"', 'checkout-redis'],
    ['aws_mq_broker', 'orders', 'broker_name = "${var.environment_name}-orders"\nengine_type = "RabbitMQ"', 'orders-rabbitmq'],
    ['azurerm_postgresql_flexible_server', 'orders', 'name = "${var.prefix}-${var.env}"', 'orders-postgresql'],
    ['aws_sqs_queue', 'order_events', 'name_prefix = "order-events-"', 'order-events-sqs'],
    ['aws_lambda_function', 'catalog', 'function_name = "${var.env}-catalog"', undefined],
    ['aws_db_instance', 'catalog', 'identifier = "catalog-db"', undefined],
  ] as Array<[string, string, string, string | undefined]>)('gives %s %s (%s) the distinct name %s', async (type, label, body, distinctName) => {
    const [fact] = await read('infra/main.tf', `resource "${type}" "${label}" {\n${body}\n}\n`);
    expect(fact?.type === 'component' ? fact.labelled : 'no component').toEqual(distinctName === undefined ? undefined : { distinctName });
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

  it('makes Pub/Sub and Service Bus subscriptions other names of their topics, not systems or edges of their own', async () => {
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
  name     = "ledger"
  topic_id = azurerm_servicebus_topic.t.id
}
`;
    expect(await read('main.tf', text)).toEqual([
      { type: 'component', name: 'orders', kind: 'message-broker', aliases: ['shipping-orders'], technology: 'Google Pub/Sub', evidence: { file: 'main.tf', line: 1, excerpt: 'resource "google_pubsub_topic" "orders" {' }, confidence: CONFIDENCE.declared },
      // The topic is defined elsewhere: the subscription stands in for it, under the topic's name.
      { type: 'component', name: 'orders-v1', kind: 'message-broker', aliases: ['legacy-orders'], technology: 'Google Pub/Sub', evidence: { file: 'main.tf', line: 8, excerpt: 'resource "google_pubsub_subscription" "legacy" {' }, confidence: CONFIDENCE.declared },
      { type: 'component', name: 'payments', kind: 'message-broker', aliases: ['ledger'], technology: 'Azure Service Bus', evidence: { file: 'main.tf', line: 12, excerpt: 'resource "azurerm_servicebus_topic" "t" {' }, confidence: CONFIDENCE.declared },
    ]);
  });

  it('makes a namespace holding one queue or hub another name for it, and keeps a namespace holding several', async () => {
    const text = `resource "azurerm_servicebus_namespace" "bus" {
  name = "shop-bus"
}
resource "azurerm_servicebus_queue" "requests" {
  name         = "fulfilment-requests"
  namespace_id = azurerm_servicebus_namespace.bus.id
}
resource "azurerm_eventhub_namespace" "telemetry" {
  name = "shop-telemetry"
}
resource "azurerm_eventhub" "clicks" {
  name           = "clickstream"
  namespace_name = azurerm_eventhub_namespace.telemetry.name
}
resource "azurerm_eventhub" "views" {
  name           = "pageviews"
  namespace_name = "shop-telemetry"
}
`;
    expect((await read('main.tf', text)).map((fact) => fact.type === 'component' && [fact.name, fact.aliases])).toEqual([
      ['fulfilment-requests', ['shop-bus', 'shop-bus.servicebus.windows.net']],
      ['shop-telemetry', ['shop-telemetry.servicebus.windows.net']],
      ['clickstream', undefined],
      ['pageviews', undefined],
    ]);
  });

  it('makes storage containers other names of their account', async () => {
    const text = 'resource "azurerm_storage_account" "docs" {\n  name = "shopdocs"\n}\nresource "azurerm_storage_container" "slips" {\n  name = "packing-slips"\n  storage_account_name = azurerm_storage_account.docs.name\n}\n';
    expect(await read('main.tf', text)).toEqual([
      { type: 'component', name: 'shopdocs', kind: 'file-store', aliases: ['shopdocs.blob.core.windows.net', 'packing-slips'], technology: 'Azure Storage', evidence: { file: 'main.tf', line: 1, excerpt: 'resource "azurerm_storage_account" "docs" {' }, confidence: CONFIDENCE.declared },
    ]);
  });

  it('reads the Event Grid region through a reference to the resource group', async () => {
    const text = 'resource "azurerm_resource_group" "rg" {\n  name = "rg"\n  location = "westeurope"\n}\nresource "azurerm_eventgrid_topic" "stock" {\n  name = "stock-changed"\n  location = azurerm_resource_group.rg.location\n}\n';
    expect(await read('main.tf', text)).toMatchObject([{ name: 'stock-changed', aliases: ['stock-changed.westeurope-1.eventgrid.azure.net'] }]);
  });

  it('wires EventBridge rule targets and API Gateway integrations', async () => {
    const text = `resource "aws_apigatewayv2_api" "gw" {
  name = "orders-gateway"
}
resource "aws_apigatewayv2_integration" "intake" {
  api_id           = aws_apigatewayv2_api.gw.id
  integration_uri  = aws_lambda_function.intake.invoke_arn
}
resource "aws_apigatewayv2_integration" "legacy" {
  api_id          = aws_apigatewayv2_api.gw.id
  integration_uri = "https://legacy.example.com/orders"
}
resource "aws_lambda_function" "intake" {
  function_name = "order-intake"
}
resource "aws_cloudwatch_event_bus" "bus" {
  name = "order-lifecycle"
}
resource "aws_cloudwatch_event_rule" "done" {
  name           = "order-completed"
  event_bus_name = aws_cloudwatch_event_bus.bus.name
}
resource "aws_cloudwatch_event_target" "audit" {
  rule = aws_cloudwatch_event_rule.done.name
  arn  = aws_sqs_queue.audit.arn
}
resource "aws_sqs_queue" "audit" {
  name = "order-audit"
}
resource "aws_cloudwatch_event_target" "default_bus" {
  rule = "nightly"
  arn  = aws_sqs_queue.audit.arn
}
`;
    expect((await read('main.tf', text)).filter((fact) => fact.type === 'connection')).toEqual([
      { type: 'connection', component: 'orders-gateway', target: { component: 'order-intake' }, role: 'calls', mechanism: 'rest', targetKind: 'application', evidence: { file: 'main.tf', line: 4, excerpt: 'resource "aws_apigatewayv2_integration" "intake" {' }, confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'orders-gateway', target: { url: 'https://legacy.example.com/orders' }, role: 'calls', mechanism: 'rest', evidence: { file: 'main.tf', line: 8, excerpt: 'resource "aws_apigatewayv2_integration" "legacy" {' }, confidence: CONFIDENCE.declared },
      {
        type: 'connection',
        component: 'order-audit',
        target: { component: 'order-lifecycle' },
        role: 'consumes',
        mechanism: 'messaging',
        technology: 'Amazon EventBridge',
        channel: 'order-completed',
        targetKind: 'message-broker',
        evidence: { file: 'main.tf', line: 22, excerpt: 'resource "aws_cloudwatch_event_target" "audit" {' },
        confidence: CONFIDENCE.declared,
      },
    ]);
  });

  it('binds a Lambda function\'s environment, writing references as the names of what they refer to', async () => {
    const text = `resource "aws_lambda_function" "processor" {
  function_name = "order-processor"
  environment {
    variables = {
      DATABASE_URL   = "postgres://orders:hunter2@\${aws_db_instance.db.address}:5432/orders"
      TOPIC_ARN      = aws_sns_topic.events.arn
      STAGE          = var.stage
      API_KEY        = "sk_live_abcdefghijklmnopqrstuvwx"
    }
  }
}
resource "aws_db_instance" "db" {
  identifier = "orders-db"
}
`;
    const bindings = (await read('lambda.tf', text)).filter((fact) => fact.type === 'binding');
    expect(bindings).toEqual([
      { type: 'binding', component: 'order-processor', key: 'DATABASE_URL', value: 'postgres://orders:***@orders-db:5432/orders', evidence: { file: 'lambda.tf', line: 5, excerpt: 'DATABASE_URL   = "postgres://orders:***@${aws_db_instance.db.address}:5432/orders"' } },
      { type: 'binding', component: 'order-processor', key: 'TOPIC_ARN', value: 'events', evidence: { file: 'lambda.tf', line: 6, excerpt: 'TOPIC_ARN      = aws_sns_topic.events.arn' } },
      { type: 'binding', component: 'order-processor', key: 'STAGE', value: '${var.stage}', evidence: { file: 'lambda.tf', line: 7, excerpt: 'STAGE          = var.stage' } },
      { type: 'binding', component: 'order-processor', key: 'API_KEY', value: '***', evidence: { file: 'lambda.tf', line: 8, excerpt: 'API_KEY        = "***"' } },
    ]);
  });

  it('reads an Azure Functions app as a system and binds its app_settings, references as the names of what they refer to', async () => {
    const text = `resource "azurerm_linux_function_app" "orders" {
  name                = "orders"
  app_settings = {
    ServiceBusConnection = azurerm_servicebus_namespace.bus.default_primary_connection_string
    OrdersQueue          = "orders"
  }
}
resource "azurerm_servicebus_namespace" "bus" {
  name = "tradewind-bus"
}
`;
    const facts = await read('functions.tf', text);
    expect(facts.filter((fact) => fact.type === 'component').map((fact) => (fact.type === 'component' ? `${fact.name} ${fact.kind} ${fact.technology ?? ''}` : ''))).toEqual([
      'orders application Azure Functions',
      'tradewind-bus message-broker Azure Service Bus',
    ]);
    expect(facts.filter((fact) => fact.type === 'binding').map((fact) => (fact.type === 'binding' ? [fact.component, fact.key, fact.value, fact.evidence.line] : []))).toEqual([
      ['orders', 'ServiceBusConnection', 'tradewind-bus', 4],
      ['orders', 'OrdersQueue', 'orders', 5],
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

  it('reads Event Grid subscriptions as the topic (or system topic) delivering to their destination, and a system topic\'s source publishing to it', async () => {
    const text = `resource "azurerm_eventgrid_topic" "orders" {
  name = "orders"
}
resource "azurerm_linux_function_app" "fulfil" {
  name = "fulfilment"
}
resource "azurerm_servicebus_queue" "shipments" {
  name = "shipments"
}
resource "azurerm_storage_account" "docs" {
  name = "gridlinedocs"
}
resource "azurerm_eventgrid_event_subscription" "to_function" {
  name  = "to-function"
  scope = azurerm_eventgrid_topic.orders.id
  azure_function_endpoint {
    function_id = "\${azurerm_linux_function_app.fulfil.id}/functions/OnOrderPlaced"
  }
}
resource "azurerm_eventgrid_event_subscription" "to_queue" {
  name                          = "to-queue"
  scope                         = azurerm_eventgrid_topic.orders.id
  service_bus_queue_endpoint_id = azurerm_servicebus_queue.shipments.id
}
resource "azurerm_eventgrid_event_subscription" "to_hook" {
  name  = "to-hook"
  scope = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.EventGrid/topics/orders"
  webhook_endpoint {
    url = "https://notifier.azurewebsites.net/api/hook"
  }
}
resource "azurerm_eventgrid_event_subscription" "to_partner" {
  name  = "to-partner"
  scope = azurerm_eventgrid_topic.orders.id
  webhook_endpoint {
    url = "https://hooks.partner.example/events"
  }
}
resource "azurerm_eventgrid_system_topic" "docs" {
  name                   = "docs-events"
  source_arm_resource_id = azurerm_storage_account.docs.id
  topic_type             = "Microsoft.Storage.StorageAccounts"
}
resource "azurerm_eventgrid_system_topic_event_subscription" "uploads" {
  name         = "uploads"
  system_topic = azurerm_eventgrid_system_topic.docs.name
  storage_queue_endpoint {
    storage_account_id = azurerm_storage_account.docs.id
    queue_name         = "uploads"
  }
}
`;
    const facts = await read('eventgrid.tf', text);
    expect(facts.filter((fact) => fact.type === 'connection').map((fact) => (fact.type === 'connection' ? `${fact.component} ${fact.role} ${fact.target.component} (${fact.technology}) @${fact.evidence.line}` : ''))).toEqual([
      'fulfilment consumes orders (Azure Event Grid) @13',
      'shipments consumes orders (Azure Event Grid) @20',
      'notifier consumes orders (Azure Event Grid) @25',
      'docs-events consumes gridlinedocs (Azure Event Grid) @39',
      'gridlinedocs consumes docs-events (Azure Event Grid) @44',
    ]);
  });

  it('reads App Service apps\' app_settings and a Container App\'s env, a secret_name taking its secret\'s value', async () => {
    const text = `resource "azurerm_linux_web_app" "portal" {
  name = "portal"
  app_settings = {
    ORDERS_TOPIC = azurerm_eventgrid_topic.orders.endpoint
  }
  connection_string {
    name  = "Orders"
    type  = "SQLAzure"
    value = "Server=tcp:gridline-sql.database.windows.net;Database=orders"
  }
}
resource "azurerm_eventgrid_topic" "orders" {
  name = "orders"
}
resource "azurerm_container_app" "tracking" {
  name = "tracking"
  secret {
    name  = "bus"
    value = azurerm_servicebus_namespace.bus.default_primary_connection_string
  }
  template {
    container {
      name = "tracking"
      env {
        name        = "SERVICEBUS_CONNECTION"
        secret_name = "bus"
      }
      env {
        name  = "PORT"
        value = "8080"
      }
    }
  }
}
resource "azurerm_servicebus_namespace" "bus" {
  name = "gridline-bus"
}
`;
    const facts = await read('apps.tf', text);
    expect(facts.filter((fact) => fact.type === 'component').map((fact) => (fact.type === 'component' ? `${fact.name} ${fact.technology}` : ''))).toEqual(['portal Azure App Service', 'orders Azure Event Grid', 'tracking Azure Container Apps', 'gridline-bus Azure Service Bus']);
    expect(facts.filter((fact) => fact.type === 'binding').map((fact) => (fact.type === 'binding' ? `${fact.component} ${fact.key}=${fact.value}` : ''))).toEqual(['portal ORDERS_TOPIC=orders', 'portal ConnectionStrings:Orders=Server=tcp:gridline-sql.database.windows.net;Database=orders', 'tracking SERVICEBUS_CONNECTION=gridline-bus', 'tracking PORT=8080']);
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

  describe('Google Cloud Run workloads', () => {
    const summary = (facts: readonly Fact[]): string[] =>
      facts.map((fact) => (fact.type === 'component' ? `component ${fact.name}${fact.technology ? ` (${fact.technology})` : ''}` : fact.type === 'binding' ? `${fact.component}: ${fact.key}=${fact.value} @${fact.evidence.line}` : fact.type));

    it.each([
      {
        name: 'v1 service env referring to another service by its status URL',
        text: [
          'resource "google_cloud_run_service" "trainer" {', // 1
          '  name = "trainer"', //                              2
          '}', //                                               3
          'resource "google_cloud_run_service" "trainings" {', // 4
          '  name     = "trainings"', //                        5
          '  template {', //                                    6
          '    spec {', //                                      7
          '      containers {', //                              8
          '        image = "gcr.io/acme/trainings"', //         9
          '        env {', //                                   10
          '          name  = "TRAINER_URL"', //                 11
          '          value = google_cloud_run_service.trainer.status[0].url', // 12
          '        }', //                                       13
          '        env {', //                                   14
          '          name  = "MODE"', //                        15
          '          value = "cloud"', //                       16
          '        }', //                                       17
          '      }', //                                         18
          '    }', //                                           19
          '  }', //                                             20
          '}', //                                               21
        ],
        facts: ['component trainer (Cloud Run)', 'component trainings (Cloud Run)', 'trainings: TRAINER_URL=trainer @11', 'trainings: MODE=cloud @15'],
      },
      {
        name: 'v2 service env referring to another service by its uri',
        text: [
          'resource "google_cloud_run_v2_service" "web" {', // 1
          '  name = "web"', //                              2
          '  template {', //                                3
          '    containers {', //                            4
          '      env {', //                                 5
          '        name  = "API_URL"', //                   6
          '        value = google_cloud_run_v2_service.api.uri', // 7
          '      }', //                                     8
          '    }', //                                       9
          '  }', //                                         10
          '}', //                                           11
          'resource "google_cloud_run_v2_service" "api" {', // 12
          '  name = "orders-api"', //                       13
          '}', //                                           14
        ],
        facts: ['component web (Cloud Run)', 'web: API_URL=orders-api @6', 'component orders-api (Cloud Run)'],
      },
      {
        name: 'local modules named by their name input, with envs referring to module outputs',
        text: [
          'module "users_grpc" {', //                       1
          '  source   = "./service"', //                     2
          '  name     = "users"', //                         3
          '  protocol = "grpc"', //                          4
          '}', //                                            5
          'module "trainings_http" {', //                    6
          '  source = "./service"', //                       7
          '  name   = "trainings"', //                       8
          '  envs = [', //                                   9
          '    { name = "USERS_GRPC_ADDR", value = module.users_grpc.endpoint },', // 10
          '  ]', //                                          11
          '}', //                                            12
          'module "network" {', //                           13
          '  source = "terraform-google-modules/network/google"', // 14
          '  name   = "vpc"', //                             15
          '}', //                                            16
        ],
        facts: [
          'component users',
          'users: terraform:module-call={"folder":"infra/service","inputs":{"name":"users","protocol":"grpc"},"label":"users_grpc"} @1',
          'component trainings',
          'trainings: terraform:module-call={"folder":"infra/service","inputs":{"name":"trainings"},"label":"trainings_http"} @6',
          'trainings: USERS_GRPC_ADDR=users @10',
        ],
      },
      {
        name: 'module outputs inside string functions, a service_name input, several calls of one name, calls switched off',
        text: [
          'module "trainer_grpc" {', //                      1
          '  source   = "./service"', //                     2
          '  name     = "trainer"', //                       3
          '  protocol = "grpc"', //                          4
          '}', //                                            5
          'module "trainer_http" {', //                      6
          '  source   = "./service"', //                     7
          '  name     = "trainer"', //                       8
          '  protocol = "http"', //                          9
          '}', //                                            10
          'module "ledger" {', //                            11
          '  source       = "../modules/cloud-run-v2"', //   12
          '  service_name = "ledger"', //                    13
          '  env = { REGION = "eu" }', //                    14
          '}', //                                            15
          'module "web" {', //                               16
          '  source = "./service"', //                       17
          '  name   = "web"', //                             18
          '  envs = [', //                                   19
          '    { name = "TRAINER_GRPC_ADDR", value = "${trimprefix(module.trainer_grpc.endpoint, "https://")}:443" },', // 20
          '    { name = "LEDGER_URL", value = "${trimsuffix(lower(module.ledger.uri), "/")}" },', // 21
          '    { name = "TRAINER_HOST", value = "${replace(module.trainer_http.url, "https://", "")}" },', // 22
          '    { name = "TRAINER_SA", value = module.trainer_http.service_account_email },', // 23
          '    { name = "API_URL", value = "${trimprefix(google_cloud_run_service.api.status[0].url, "https://")}" },', // 24
          '  ]', //                                          25
          '}', //                                            26
          'module "digest" {', //                            27
          '  source = "./service"', //                       28
          '  count  = 0', //                                 29
          '  name   = "digest"', //                          30
          '  envs   = [{ name = "WEB_URL", value = module.web.url }]', // 31
          '}', //                                            32
          'resource "google_cloud_run_service" "api" {', //  33
          '  name = "orders-api"', //                        34
          '}', //                                            35
        ],
        facts: [
          'component trainer',
          'trainer: terraform:module-call={"folder":"infra/service","inputs":{"name":"trainer","protocol":"grpc"},"label":"trainer_grpc"} @1',
          'component trainer',
          'trainer: terraform:module-call={"folder":"infra/service","inputs":{"name":"trainer","protocol":"http"},"label":"trainer_http"} @6',
          'component ledger',
          'ledger: terraform:module-call={"folder":"modules/cloud-run-v2","inputs":{"service_name":"ledger"},"label":"ledger"} @11',
          'ledger: REGION=eu @11',
          'component web',
          'web: terraform:module-call={"folder":"infra/service","inputs":{"name":"web"},"label":"web"} @16',
          'web: TRAINER_GRPC_ADDR=trainer:443 @20',
          'web: LEDGER_URL=ledger @21',
          'web: TRAINER_HOST=trainer @22',
          'web: TRAINER_SA=${module.trainer_http.service_account_email} @23',
          'web: API_URL=orders-api @24',
          'component orders-api (Cloud Run)',
        ],
      },
      {
        name: 'the Cloud Run resource inside such a module is named where it is called',
        text: ['resource "google_cloud_run_service" "service" {', '  name = "${var.name}-${var.protocol}"', '}'],
        facts: ['undefined: terraform:module-workload-name=${var.name}-${var.protocol} @1'],
      },
    ])('$name', async ({ text, facts }) => {
      expect(summary(await read('infra/main.tf', `${text.join('\n')}\n`))).toEqual(facts);
    });
  });
});

