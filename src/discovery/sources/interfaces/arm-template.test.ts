import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor } from '../../source.js';
import { armTemplateSource } from './arm-template.js';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

/** Reads one inline template the way the scanner would. */
function read(template: Record<string, unknown>, path = 'infra/azuredeploy.json'): Fact[] {
  const text = JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', ...template }, null, 2);
  return armTemplateSource.read({ path, text }, { evidenceAt: evidenceFor({ path, text }), parse: parseCode, rules: [] }) as Fact[];
}

/** Components as `name kind technology [aliases]`. */
function components(facts: Fact[]): string[] {
  return facts.flatMap((fact) => (fact.type === 'component' ? [`${fact.name} ${fact.kind} ${fact.technology ?? ''}${fact.aliases ? ` [${fact.aliases.join(', ')}]` : ''}${fact.labelled ? ` labelled ${fact.labelled.distinctName}` : ''}`] : []));
}

/** Connections as `component role target (mechanism, technology)`. */
function connections(facts: Fact[]): string[] {
  return facts.flatMap((fact) => (fact.type === 'connection' ? [`${fact.component} ${fact.role} ${fact.target.component ?? fact.target.url} (${fact.mechanism}, ${fact.technology ?? ''})`] : []));
}

/** Bindings as `component key=value`. */
function bindings(facts: Fact[]): string[] {
  return facts.flatMap((fact) => (fact.type === 'binding' ? [`${fact.component} ${fact.key}=${fact.value}`] : []));
}

const site = (name: string, extra: Record<string, unknown> = {}) => ({ type: 'Microsoft.Web/sites', apiVersion: '2022-09-01', name, kind: 'functionapp', ...extra });

describe('armTemplateSource', () => {
  it('accepts JSON files outside test and sample folders, and sniffs the schema', () => {
    expect(armTemplateSource.accepts('infra/azuredeploy.json')).toBe(true);
    expect(armTemplateSource.accepts('main.json')).toBe(true);
    expect(armTemplateSource.accepts('infra/test/azuredeploy.json')).toBe(false);
    expect(armTemplateSource.accepts('samples/quickstart/azuredeploy.json')).toBe(false);
    expect(armTemplateSource.accepts('main.tf')).toBe(false);
    expect(armTemplateSource.sniff?.(`{ "$schema": "${SCHEMA}" }`)).toBe(true);
    expect(armTemplateSource.sniff?.('{ "name": "orders" }')).toBe(false);
  });

  it('reads nothing from a parameters file', () => {
    const text = JSON.stringify({ $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#', parameters: { name: { value: 'x' } } });
    expect(armTemplateSource.read({ path: 'azuredeploy.parameters.json', text }, { evidenceAt: evidenceFor({ path: 'p', text }), parse: parseCode, rules: [] })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a Service Bus namespace', { type: 'Microsoft.ServiceBus/namespaces', name: 'bus' }, 'bus message-broker Azure Service Bus [bus.servicebus.windows.net]'],
    ['an Event Grid topic in a literal region', { type: 'Microsoft.EventGrid/topics', name: 'orders', location: 'West Europe' }, 'orders message-broker Azure Event Grid [orders.westeurope-1.eventgrid.azure.net]'],
    ['an Event Grid system topic', { type: 'Microsoft.EventGrid/systemTopics', name: 'docs-events' }, 'docs-events message-broker Azure Event Grid'],
    ['a Cosmos DB account', { type: 'Microsoft.DocumentDB/databaseAccounts', name: 'cosmos' }, 'cosmos database Azure Cosmos DB'],
    ['a SQL server', { type: 'Microsoft.Sql/servers', name: 'sql' }, 'sql database Azure SQL Database'],
    ['a Redis cache', { type: 'Microsoft.Cache/Redis', name: 'cache' }, 'cache database Azure Cache for Redis'],
    ['a storage account', { type: 'Microsoft.Storage/storageAccounts', name: 'docs' }, 'docs file-store Azure Storage [docs.blob.core.windows.net]'],
    ['API Management', { type: 'Microsoft.ApiManagement/service', name: 'apim' }, 'apim gateway Azure API Management [apim.azure-api.net]'],
    ['a Functions app', site('orders'), 'orders application Azure Functions [orders.azurewebsites.net]'],
    ['a web app', site('portal', { kind: 'app,linux' }), 'portal application Azure App Service [portal.azurewebsites.net]'],
    ['a Container App', { type: 'Microsoft.App/containerApps', name: 'tracking' }, 'tracking application Azure Container Apps'],
  ])('reads %s', (_name, resource, expected) => {
    expect(components(read({ resources: [resource] }))).toEqual([expected]);
  });

  it('folds containment as Terraform does, nested children and top-level ones alike', () => {
    const facts = read({
      resources: [
        { type: 'Microsoft.ServiceBus/namespaces', name: 'bus', resources: [{ type: 'queues', name: 'orders' }] },
        { type: 'Microsoft.Storage/storageAccounts', name: 'docs' },
        { type: 'Microsoft.Storage/storageAccounts/blobServices/containers', name: 'docs/default/slips' },
        { type: 'Microsoft.EventHub/namespaces', name: 'telemetry' },
        { type: 'Microsoft.EventHub/namespaces/eventhubs', name: 'telemetry/clicks' },
        { type: 'Microsoft.EventHub/namespaces/eventhubs', name: 'telemetry/views' },
      ],
    });
    expect(components(facts)).toEqual([
      'orders message-broker Azure Service Bus [bus, bus.servicebus.windows.net]',
      'docs file-store Azure Storage [docs.blob.core.windows.net, slips]',
      'telemetry message-broker Azure Event Hubs [telemetry.servicebus.windows.net]',
      'clicks message-broker Azure Event Hubs',
      'views message-broker Azure Event Hubs',
    ]);
  });

  it('names resources from parameter defaults and variables, keeps the literal part of a name known only at deployment, and skips names saying only what the resource is', () => {
    const facts = read({
      parameters: { env: { type: 'string' }, topic: { type: 'string', defaultValue: 'orders' } },
      variables: { queue: "[concat(parameters('env'), '-payments')]" },
      resources: [
        { type: 'Microsoft.EventGrid/topics', name: "[parameters('topic')]" },
        { type: 'Microsoft.Cache/Redis', name: "[concat('gridline-', parameters('env'), '-cache')]" },
        { type: 'Microsoft.ServiceBus/namespaces/queues', name: "[concat('bus/', variables('queue'))]" },
        site("[concat('func-', uniqueString(resourceGroup().id))]"),
        site("[format('fnapp{0}', uniqueString(resourceGroup().id))]"),
        { type: 'Microsoft.Storage/storageAccounts', name: "[format('{0}azfunctions', uniqueString(resourceGroup().id))]" },
      ],
    });
    expect(components(facts)).toEqual(['orders message-broker Azure Event Grid', 'gridline-cache database Azure Cache for Redis labelled gridline-cache-redis', 'payments message-broker Azure Service Bus labelled payments-servicebus']);
  });

  it('skips resources whose condition is false with the defaults, and keeps those it cannot decide', () => {
    const facts = read({
      parameters: { deployAudit: { type: 'bool', defaultValue: false }, deployLegacy: { type: 'bool' } },
      resources: [
        { condition: "[parameters('deployAudit')]", type: 'Microsoft.ServiceBus/namespaces', name: 'audit' },
        { condition: "[not(parameters('deployAudit'))]", type: 'Microsoft.ServiceBus/namespaces', name: 'main' },
        { condition: "[parameters('deployLegacy')]", type: 'Microsoft.ServiceBus/namespaces', name: 'legacy' },
      ],
    });
    expect(components(facts).map((line) => line.split(' ')[0])).toEqual(['main', 'legacy']);
  });

  it('binds app settings (siteConfig, a config child, a Container App env with secrets), resources written as their names', () => {
    const facts = read({
      variables: { bus: 'gridline-bus', rule: "[resourceId('Microsoft.ServiceBus/namespaces/AuthorizationRules', variables('bus'), 'Root')]" },
      parameters: { apiKey: { type: 'securestring' } },
      resources: [
        { type: 'Microsoft.ServiceBus/namespaces', name: "[variables('bus')]" },
        { type: 'Microsoft.EventGrid/topics', name: 'orders' },
        { type: 'Microsoft.Storage/storageAccounts', name: 'docs' },
        site('orders-api', {
          properties: {
            siteConfig: {
              appSettings: [
                { name: 'TopicEndpoint', value: "[reference(resourceId('Microsoft.EventGrid/topics', 'orders')).endpoint]" },
                { name: 'AzureWebJobsStorage', value: "[format('DefaultEndpointsProtocol=https;AccountName={0};AccountKey={1}', 'docs', listKeys(resourceId('Microsoft.Storage/storageAccounts', 'docs'), '2023-01-01').keys[0].value)]" },
                { name: 'ApiKey', value: "[parameters('apiKey')]" },
                { name: 'Region', value: '[resourceGroup().location]' },
                { name: 'APPINSIGHTS_INSTRUMENTATIONKEY', value: "[reference(resourceId('Microsoft.Insights/components', 'insights')).InstrumentationKey]" },
                { name: 'Endpoint', value: "[concat('https://', reference(resourceId('Microsoft.Network/publicIPAddresses', 'pip')).dnsSettings.fqdn, '/api')]" },
              ],
            },
          },
          resources: [{ type: 'config', name: 'appsettings', properties: { ServiceBusConnection: "[listKeys(variables('rule'), '2021-11-01').primaryConnectionString]", Mode: 'live' } }],
        }),
        { type: 'Microsoft.Web/sites/config', name: 'orders-api/web', properties: { appSettings: [{ name: 'FromWeb', value: 'yes' }] } },
        { type: 'Microsoft.Web/sites/config', name: 'orders-api/connectionstrings', properties: { Orders: { value: 'Server=tcp:gridline-sql.database.windows.net;Database=orders', type: 'SQLAzure' } } },
        {
          type: 'Microsoft.App/containerApps',
          name: 'tracking',
          properties: {
            configuration: { secrets: [{ name: 'bus', value: "[listKeys(variables('rule'), '2021-11-01').primaryConnectionString]" }] },
            template: { containers: [{ name: 'tracking', env: [{ name: 'SERVICEBUS_CONNECTION', secretRef: 'bus' }, { name: 'PORT', value: 8080 }, { name: 'MISSING', secretRef: 'nope' }] }] },
          },
        },
      ],
    });
    expect(bindings(facts)).toEqual([
      'orders-api TopicEndpoint=orders',
      'orders-api AzureWebJobsStorage=DefaultEndpointsProtocol=https;AccountName=docs;AccountKey=***',
      'orders-api Endpoint=https://${?}/api',
      'orders-api ServiceBusConnection=gridline-bus',
      'orders-api Mode=live',
      'orders-api FromWeb=yes',
      'orders-api ConnectionStrings:Orders=Server=tcp:gridline-sql.database.windows.net;Database=orders',
      'tracking SERVICEBUS_CONNECTION=gridline-bus',
      'tracking PORT=8080',
    ]);
  });

  it('reads the inline template of a nested deployment, its inner parameters those passed to it', () => {
    const facts = read({
      variables: { queue: 'shipments' },
      resources: [
        {
          type: 'Microsoft.Resources/deployments',
          name: 'messaging',
          properties: {
            expressionEvaluationOptions: { scope: 'inner' },
            parameters: { queueName: { value: "[variables('queue')]" } },
            template: { parameters: { queueName: { type: 'string', defaultValue: 'other' } }, resources: [{ type: 'Microsoft.ServiceBus/namespaces/queues', name: "[concat('bus/', parameters('queueName'))]" }] },
          },
        },
        { type: 'Microsoft.Resources/deployments', name: 'outer', properties: { template: { resources: [{ type: 'Microsoft.EventGrid/topics', name: "[concat(variables('queue'), '-events')]" }] } } },
      ],
    });
    expect(components(facts).map((line) => line.split(' ')[0])).toEqual(['shipments', 'shipments-events']);
  });

  it('follows a Bicep module\'s outputs into another module\'s parameters, and names existing resources without defining them', () => {
    const module = (template: Record<string, unknown>, parameters: Record<string, unknown> = {}) => ({ expressionEvaluationOptions: { scope: 'inner' }, mode: 'Incremental', parameters, template: { $schema: SCHEMA, ...template } });
    const facts = read({
      languageVersion: '2.0',
      parameters: { topicName: { type: 'string', defaultValue: 'orders' } },
      resources: {
        docs: { existing: true, type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: 'shareddocs' },
        events: {
          type: 'Microsoft.Resources/deployments',
          name: 'events',
          properties: module(
            { parameters: { name: { type: 'string' } }, resources: [{ type: 'Microsoft.EventGrid/topics', name: "[parameters('name')]" }], outputs: { endpoint: { type: 'string', value: "[reference(resourceId('Microsoft.EventGrid/topics', parameters('name'))).endpoint]" } } },
            { name: { value: "[parameters('topicName')]" } },
          ),
        },
        api: {
          type: 'Microsoft.Resources/deployments',
          name: 'api',
          properties: module(
            { parameters: { topicEndpoint: { type: 'string' }, docs: { type: 'string' } }, resources: [site('orders-api', { properties: { siteConfig: { appSettings: [{ name: 'TopicEndpoint', value: "[parameters('topicEndpoint')]" }, { name: 'Docs', value: "[parameters('docs')]" }] } } })] },
            { topicEndpoint: { value: "[reference('events').outputs.endpoint.value]" }, docs: { value: "[reference('docs').primaryEndpoints.blob]" } },
          ),
        },
      },
    });
    expect(components(facts).map((line) => line.split(' ')[0])).toEqual(['orders', 'orders-api']);
    expect(bindings(facts)).toEqual(['orders-api TopicEndpoint=orders', 'orders-api Docs=shareddocs']);
  });

  // Each delivery is made by the side the template defines (the queue, hub and account here are defined elsewhere), so the other keeps its kind.
  it('reads Event Grid subscriptions as the topic delivering to their destination', () => {
    const facts = read({
      variables: { app: 'fulfilment' },
      resources: [
        {
          type: 'Microsoft.EventGrid/topics',
          name: 'orders',
          resources: [{ type: 'eventSubscriptions', name: 'to-function', properties: { destination: { endpointType: 'AzureFunction', properties: { resourceId: "[concat(resourceId('Microsoft.Web/sites', variables('app')), '/functions/OnPlaced')]" } } } }],
        },
        { type: 'Microsoft.EventGrid/topics/eventSubscriptions', name: 'orders/to-queue', properties: { destination: { endpointType: 'ServiceBusQueue', properties: { resourceId: "[resourceId('Microsoft.ServiceBus/namespaces/queues', 'bus', 'shipments')]" } } } },
        { type: 'Microsoft.EventGrid/topics/eventSubscriptions', name: 'orders/to-hook', properties: { destination: { endpointType: 'WebHook', properties: { endpointUrl: 'https://notifier.azurewebsites.net/api/hook' } } } },
        { type: 'Microsoft.EventGrid/topics/eventSubscriptions', name: 'orders/to-partner', properties: { destination: { endpointType: 'WebHook', properties: { endpointUrl: 'https://hooks.partner.example/events' } } } },
        { type: 'Microsoft.EventGrid/topics/eventSubscriptions', name: 'orders/to-hub', properties: { deliveryWithResourceIdentity: { destination: { endpointType: 'EventHub', properties: { resourceId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.EventHub/namespaces/tel/eventhubs/audit' } } } } },
        { type: 'Microsoft.EventGrid/systemTopics', name: 'docs-events', properties: { source: "[resourceId('Microsoft.Storage/storageAccounts', 'docs')]" } },
        { type: 'Microsoft.EventGrid/systemTopics/eventSubscriptions', name: 'docs-events/uploads', properties: { destination: { endpointType: 'StorageQueue', properties: { resourceId: "[resourceId('Microsoft.Storage/storageAccounts', 'docs')]", queueName: 'uploads' } } } },
        { type: 'Microsoft.EventGrid/eventSubscriptions', name: 'scoped', scope: "[format('Microsoft.EventGrid/topics/{0}', 'orders')]", properties: { destination: { endpointType: 'AzureFunction', properties: { resourceId: "[resourceId('Microsoft.Web/sites/functions', 'billing', 'OnPlaced')]" } } } },
        { type: 'Microsoft.Storage/storageAccounts/providers/eventSubscriptions', name: 'docs/Microsoft.EventGrid/blob-created', properties: { destination: { endpointType: 'AzureFunction', properties: { resourceId: "[resourceId('Microsoft.Web/sites/functions', 'thumbnails', 'Resize')]" } } } },
      ],
    });
    expect(connections(facts)).toEqual([
      'fulfilment consumes orders (messaging, Azure Event Grid)',
      'orders produces shipments (messaging, Azure Event Grid)',
      'notifier consumes orders (messaging, Azure Event Grid)',
      'orders produces audit (messaging, Azure Event Grid)',
      'docs-events consumes docs (messaging, Azure Event Grid)',
      'docs-events produces docs (messaging, Azure Event Grid)',
      'billing consumes orders (messaging, Azure Event Grid)',
      'thumbnails consumes docs (messaging, Azure Event Grid)',
    ]);
  });

  it('matches a reference to a resource whose name is known only in part by the expression building both', () => {
    const facts = read({
      parameters: { prefix: { type: 'string' } },
      variables: { topic: "[format('{0}-orders', parameters('prefix'))]" },
      resources: [
        { type: 'Microsoft.EventGrid/topics', name: "[variables('topic')]" },
        site("[concat(parameters('prefix'), '-fulfilment')]"),
        site("[concat(parameters('prefix'), '-billing')]"),
        { type: 'Microsoft.EventGrid/topics/eventSubscriptions', name: "[format('{0}/{1}', variables('topic'), 'to-billing')]", properties: { destination: { endpointType: 'AzureFunction', properties: { resourceId: "[format('{0}/functions/Bill', resourceId('Microsoft.Web/sites', concat(parameters('prefix'), '-billing')))]" } } } },
      ],
    });
    expect(components(facts)).toEqual(['orders message-broker Azure Event Grid labelled orders-eventgrid', 'fulfilment application Azure Functions', 'billing application Azure Functions']);
    expect(facts.filter((fact) => fact.type === 'connection').map((fact) => (fact.type === 'connection' ? `${fact.component} ${fact.role} ${fact.target.component} ${fact.confidence}` : ''))).toEqual(['billing consumes orders 0.6']);
  });

  it('reads an API Management API\'s serviceUrl as the gateway calling its backend', () => {
    const facts = read({
      resources: [
        { type: 'Microsoft.ApiManagement/service', name: 'apim', resources: [{ type: 'apis', name: 'orders', properties: { serviceUrl: "[concat('https://', reference(resourceId('Microsoft.Web/sites', 'orders-api')).defaultHostName, '/api')]" } }] },
        { type: 'Microsoft.ApiManagement/service/apis', name: 'apim/legacy', properties: { serviceUrl: 'https://legacy.internal.example/api' } },
        site('orders-api'),
      ],
    });
    expect(connections(facts)).toEqual(['apim calls orders-api (rest, )', 'apim calls https://legacy.internal.example/api (rest, )']);
  });

  it('reads templates with comments, and gives each fact the line of its resource or setting', () => {
    const text = `{
  // Orders
  "$schema": "${SCHEMA}",
  "resources": [
    /* the topic */
    { "type": "Microsoft.EventGrid/topics", "name": "orders" },
    {
      "type": "Microsoft.Web/sites", "name": "api", "kind": "functionapp",
      "properties": { "siteConfig": { "appSettings": [
        { "name": "Topic", "value": "[reference(resourceId('Microsoft.EventGrid/topics', 'orders')).endpoint]" }
      ] } }
    }
  ]
}`;
    const facts = armTemplateSource.read({ path: 'main.json', text }, { evidenceAt: evidenceFor({ path: 'main.json', text }), parse: parseCode, rules: [] }) as Fact[];
    expect(facts.map((fact) => `${fact.type} ${fact.evidence.line}`)).toEqual(['component 6', 'component 7', 'binding 10']);
  });
});
