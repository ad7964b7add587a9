import { describe, expect, it } from 'vitest';
import { BICEP_MODULE_CALL_KEY, BICEP_MODULE_TEMPLATE_KEY, holdsMarker, type ModuleCall, type ModuleTemplate } from '../../../core/discovery/bicep-modules.js';
import type { Fact } from '../../../core/discovery/facts.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor } from '../../source.js';
import { bicepTemplateSource } from './bicep-template.js';

/** Reads one inline Bicep file the way the scanner would. */
async function read(text: string, path = 'infra/main.bicep'): Promise<Fact[]> {
  return bicepTemplateSource.read({ path, text }, { evidenceAt: evidenceFor({ path, text }), parse: parseCode, rules: [] });
}

/** Components as `name kind technology [aliases]`. */
function components(facts: Fact[]): string[] {
  return facts.flatMap((fact) => (fact.type === 'component' ? [`${fact.name} ${fact.kind} ${fact.technology ?? ''}${fact.aliases ? ` [${fact.aliases.join(', ')}]` : ''}${fact.labelled ? ` labelled ${fact.labelled.distinctName}` : ''}`] : []));
}

/** Connections as `component role target (mechanism)`. */
function connections(facts: Fact[]): string[] {
  return facts.flatMap((fact) => (fact.type === 'connection' ? [`${fact.component} ${fact.role} ${fact.target.component ?? fact.target.url} (${fact.mechanism})`] : []));
}

/** Bindings as `component key=value`, module pseudo-bindings left out. */
function bindings(facts: Fact[]): string[] {
  return facts.flatMap((fact) => (fact.type === 'binding' && fact.component !== undefined ? [`${fact.component} ${fact.key}=${fact.value}`] : []));
}

/** The value of the one pseudo-binding under a key. */
function pseudo<T>(facts: Fact[], key: string): T[] {
  return facts.flatMap((fact) => (fact.type === 'binding' && fact.key === key ? [JSON.parse(fact.value) as T] : []));
}

const SITE = (name: string, body = '') => `resource app 'Microsoft.Web/sites@2022-09-01' = {\n  name: '${name}'\n  kind: 'functionapp'\n${body}}\n`;

describe('bicepTemplateSource', () => {
  it('accepts Bicep files outside test and sample folders, not parameter files', () => {
    expect(bicepTemplateSource.accepts('infra/main.bicep')).toBe(true);
    expect(bicepTemplateSource.accepts('infra/modules/cosmos.bicep')).toBe(true);
    expect(bicepTemplateSource.accepts('infra/test/smoke.bicep')).toBe(false);
    expect(bicepTemplateSource.accepts('samples/quickstart/main.bicep')).toBe(false);
    expect(bicepTemplateSource.accepts('infra/main.bicepparam')).toBe(false);
  });

  it.each<[string, string, string]>([
    ['a Service Bus namespace', `resource bus 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' = { name: 'bus' }`, 'bus message-broker Azure Service Bus [bus.servicebus.windows.net]'],
    ['a Cosmos DB account named by a parameter default', `param prefix string = 'canopy'\nresource db 'Microsoft.DocumentDB/databaseAccounts@2023-04-15' = {\n  name: '\${prefix}-cosmos'\n}`, 'canopy-cosmos database Azure Cosmos DB'],
    ['a SQL server named by a variable', `var sqlName = 'ledger-sql'\nresource sql 'Microsoft.Sql/servers@2022-05-01-preview' = {\n  name: sqlName\n}`, 'ledger-sql database Azure SQL Database'],
    ['a storage account named by a ternary on a parameter', `param prod bool = true\nresource st 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  name: prod ? 'docsprod' : 'docsdev'\n}`, 'docsprod file-store Azure Storage [docsprod.blob.core.windows.net]'],
    ['an Event Grid topic in a literal region', `resource t 'Microsoft.EventGrid/topics@2022-06-15' = {\n  name: 'orders'\n  location: 'westeurope'\n}`, 'orders message-broker Azure Event Grid [orders.westeurope-1.eventgrid.azure.net]'],
    ['a Functions app', SITE('orders-api'), 'orders-api application Azure Functions [orders-api.azurewebsites.net]'],
    ['a Container App', `resource ca 'Microsoft.App/containerApps@2023-05-01' = { name: 'tracking' }`, 'tracking application Azure Container Apps'],
    ['a name with a part known only at deployment, by its literal words', `resource t 'Microsoft.EventGrid/topics@2022-06-15' = {\n  name: 'orders-\${uniqueString(resourceGroup().id)}'\n}`, 'orders message-broker Azure Event Grid labelled orders-eventgrid'],
  ])('reads %s', async (_name, text, expected) => {
    expect(components(await read(text))).toEqual([expected]);
  });

  it.each<[string, string]>([
    ['a resource whose condition is false by default', `param audit bool = false\nresource t 'Microsoft.EventGrid/topics@2022-06-15' = if (audit) {\n  name: 'audit'\n}`],
    ['an existing resource (deployed elsewhere)', `resource kv 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' existing = {\n  name: 'shared-bus'\n}`],
    ['a resource in a block comment', `/*\nresource t 'Microsoft.EventGrid/topics@2022-06-15' = {\n  name: 'old'\n}\n*/\nresource k 'Microsoft.KeyVault/vaults@2023-02-01' = { name: 'kv' }`],
    ['a name only known at deployment, with no word of its own', `resource f 'Microsoft.Web/sites@2022-09-01' = {\n  name: 'func-\${uniqueString(resourceGroup().id)}'\n  kind: 'functionapp'\n}`],
  ])('names no system for %s', async (_name, text) => {
    expect(components(await read(text))).toEqual([]);
  });

  it('folds a queue declared with `parent:` into its namespace, and one nested in it alike', async () => {
    const withParent = `resource bus 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' = { name: 'canopy-bus' }\nresource q 'Microsoft.ServiceBus/namespaces/queues@2022-10-01-preview' = {\n  parent: bus\n  name: 'shipments'\n}`;
    const nested = `resource bus 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' = {\n  name: 'canopy-bus'\n  resource q 'queues' = {\n    name: 'shipments'\n  }\n}`;
    const expected = ['shipments message-broker Azure Service Bus [canopy-bus, canopy-bus.servicebus.windows.net]'];
    expect(components(await read(withParent))).toEqual(expected);
    expect(components(await read(nested))).toEqual(expected);
  });

  it('binds app settings written by symbolic references to the resources they name', async () => {
    const text = [
      `resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2023-04-15' = { name: 'canopy-cosmos' }`,
      `resource bus 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' = { name: 'canopy-bus' }`,
      `resource topic 'Microsoft.EventGrid/topics@2022-06-15' = { name: 'canopy-orders' }`,
      `resource insights 'Microsoft.Insights/components@2020-02-02' = { name: 'canopy-insights' }`,
      `resource vault 'Microsoft.KeyVault/vaults@2023-02-01' existing = { name: 'canopy-kv' }`,
      SITE('orders-api', `  properties: {\n    siteConfig: {\n      appSettings: [\n        { name: 'CosmosEndpoint', value: cosmos.properties.documentEndpoint }\n        { name: 'CosmosConnection', value: cosmos.listConnectionStrings().connectionStrings[0].connectionString }\n        { name: 'BusConnection', value: listKeys('\${bus.id}/AuthorizationRules/RootManageSharedAccessKey', bus.apiVersion).primaryConnectionString }\n        { name: 'TopicEndpoint', value: topic.properties.endpoint }\n        { name: 'TopicName', value: topic.name }\n        { name: 'Insights', value: insights.properties.ConnectionString }\n        { name: 'PaymentsApi', value: '@Microsoft.KeyVault(SecretUri=\${vault.properties.vaultUri}secrets/x)' }\n      ]\n      connectionStrings: [\n        { name: 'Orders', connectionString: cosmos.listConnectionStrings().connectionStrings[0].connectionString, type: 'Custom' }\n      ]\n    }\n  }\n`),
    ].join('\n');
    expect(bindings(await read(text))).toEqual([
      'orders-api CosmosEndpoint=canopy-cosmos',
      'orders-api CosmosConnection=canopy-cosmos',
      'orders-api BusConnection=canopy-bus',
      'orders-api TopicEndpoint=canopy-orders',
      'orders-api TopicName=canopy-orders',
      'orders-api PaymentsApi=@Microsoft.KeyVault(SecretUri=${?}secrets/x)',
      'orders-api ConnectionStrings:Orders=canopy-cosmos',
    ]);
  });

  it('binds a `config` child named appsettings, nested or by `parent:`, to its site', async () => {
    const nested = SITE('fulfilment', `  resource settings 'config' = {\n    name: 'appsettings'\n    properties: {\n      ShipmentsQueue: 'shipments'\n    }\n  }\n`);
    const byParent = `${SITE('fulfilment')}resource settings 'Microsoft.Web/sites/config@2022-09-01' = {\n  parent: app\n  name: 'appsettings'\n  properties: {\n    ShipmentsQueue: 'shipments'\n  }\n}\n`;
    expect(bindings(await read(nested))).toEqual(['fulfilment ShipmentsQueue=shipments']);
    expect(bindings(await read(byParent))).toEqual(['fulfilment ShipmentsQueue=shipments']);
  });

  it('reads Event Grid subscriptions and API Management backends as connections', async () => {
    const text = [
      `param audit bool = false`,
      SITE('fulfilment'),
      `resource topic 'Microsoft.EventGrid/topics@2022-06-15' = { name: 'canopy-orders' }`,
      `resource toFulfilment 'Microsoft.EventGrid/topics/eventSubscriptions@2022-06-15' = {\n  parent: topic\n  name: 'to-fulfilment'\n  properties: {\n    destination: {\n      endpointType: 'AzureFunction'\n      properties: { resourceId: '\${app.id}/functions/OnOrderPlaced' }\n    }\n  }\n}`,
      `resource toAudit 'Microsoft.EventGrid/topics/eventSubscriptions@2022-06-15' = if (audit) {\n  parent: topic\n  name: 'to-audit'\n  properties: {\n    destination: {\n      endpointType: 'WebHook'\n      properties: { endpointUrl: 'https://audit.azurewebsites.net/api/x' }\n    }\n  }\n}`,
      `resource apim 'Microsoft.ApiManagement/service@2023-05-01-preview' = {\n  name: 'canopy-apim'\n  resource api 'apis' = {\n    name: 'orders'\n    properties: { serviceUrl: 'https://\${app.properties.defaultHostName}/api' }\n  }\n}`,
    ].join('\n');
    expect(connections(await read(text))).toEqual(['fulfilment consumes canopy-orders (messaging)', 'canopy-apim calls fulfilment (rest)']);
  });

  it('reads a subscription whose scope is a resource (an extension resource) through a system topic', async () => {
    const text = [
      SITE('notifier'),
      `resource docs 'Microsoft.Storage/storageAccounts@2023-01-01' = { name: 'canopydocs' }`,
      `resource events 'Microsoft.EventGrid/systemTopics@2022-06-15' = {\n  name: 'canopydocs-events'\n  properties: {\n    source: docs.id\n    topicType: 'Microsoft.Storage.StorageAccounts'\n  }\n}`,
      `resource sub 'Microsoft.EventGrid/eventSubscriptions@2022-06-15' = {\n  name: 'slips'\n  scope: events\n  properties: {\n    destination: {\n      endpointType: 'AzureFunction'\n      properties: { resourceId: '\${app.id}/functions/SlipUploaded' }\n    }\n  }\n}`,
    ].join('\n');
    expect(connections(await read(text))).toEqual(['canopydocs-events consumes canopydocs (messaging)', 'notifier consumes canopydocs-events (messaging)']);
  });

  it('states a local module call with the parameters it passes, as settings are written', async () => {
    const text = `param prefix string = 'canopy'\n@secure()\nparam password string\nresource bus 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' = { name: 'canopy-bus' }\nmodule cosmos './modules/cosmos.bicep' = {\n  name: 'cosmos'\n  params: {\n    accountName: '\${prefix}-cosmos'\n    busConnection: bus.listKeys().primaryConnectionString\n    password: password\n  }\n}\nmodule shared 'br/public:avm/res/storage/storage-account:0.9.0' = {\n  name: 'shared'\n}\n`;
    expect(pseudo<ModuleCall>(await read(text), BICEP_MODULE_CALL_KEY)).toEqual([{ symbol: 'cosmos', module: 'infra/modules/cosmos.bicep', params: { accountName: 'canopy-cosmos', busConnection: 'canopy-bus', password: '${?}' } }]);
  });

  it.each<[string, string, string[]]>([
    ['under a condition false by default', 'false', []],
    ['under a condition true by default', 'true', ['bridge']],
  ])('states a module call %s accordingly', async (_name, value, expected) => {
    const text = `param deployBridge bool = ${value}\nmodule bridge './modules/app.bicep' = if (deployBridge) {\n  name: 'bridge'\n  params: { name: 'legacy-bridge' }\n}\n`;
    expect(pseudo<ModuleCall>(await read(text), BICEP_MODULE_CALL_KEY).map((call) => call.symbol)).toEqual(expected);
  });

  it('states a module file with its parameters left open, and its outputs', async () => {
    const text = `param accountName string\nparam location string = 'westeurope'\nresource account 'Microsoft.DocumentDB/databaseAccounts@2023-04-15' = {\n  name: accountName\n  location: location\n}\noutput endpoint string = account.properties.documentEndpoint\noutput region string = location\n`;
    const facts = await read(text, 'infra/modules/cosmos.bicep');
    // Alone, the account is named by nothing it knows.
    expect(components(facts)).toEqual([]);
    const [template] = pseudo<ModuleTemplate>(facts, BICEP_MODULE_TEMPLATE_KEY);
    expect(template?.facts?.map((fact) => fact.type)).toEqual(['component']);
    expect(holdsMarker(template?.facts)).toBe(true);
    expect(holdsMarker(template?.outputs['endpoint'])).toBe(true);
    expect(template?.outputs['region']).toBe('westeurope');
  });

  it('states no module template for a file that depends on no open parameter and has no output', async () => {
    expect(pseudo(await read(SITE('orders-api')), BICEP_MODULE_TEMPLATE_KEY)).toEqual([]);
  });

  it('reads nothing from a file that does not parse as a declaration list', async () => {
    expect(await read('param prefix string = \'canopy\'\n')).toEqual([]);
  });
});
