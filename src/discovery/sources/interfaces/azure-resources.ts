/**
 * Azure resource types as ARM names them (`Microsoft.ServiceBus/namespaces/queues`) and as the
 * azurerm Terraform provider does (`azurerm_servicebus_queue`): one table, so ARM templates are
 * read with the meaning terraform.ts gives each resource (kind, technology, containment, hosts).
 * Also the resource ids both write (`/subscriptions/…/providers/Microsoft.EventGrid/topics/orders`).
 */

/** ARM resource types (lower case) to the azurerm type of the same resource. */
export const ARM_TO_TERRAFORM: Readonly<Record<string, string>> = {
  'microsoft.servicebus/namespaces': 'azurerm_servicebus_namespace',
  'microsoft.servicebus/namespaces/queues': 'azurerm_servicebus_queue',
  'microsoft.servicebus/namespaces/topics': 'azurerm_servicebus_topic',
  'microsoft.servicebus/namespaces/topics/subscriptions': 'azurerm_servicebus_subscription',
  'microsoft.eventhub/namespaces': 'azurerm_eventhub_namespace',
  'microsoft.eventhub/namespaces/eventhubs': 'azurerm_eventhub',
  'microsoft.eventgrid/topics': 'azurerm_eventgrid_topic',
  'microsoft.eventgrid/domains': 'azurerm_eventgrid_domain',
  'microsoft.eventgrid/domains/topics': 'azurerm_eventgrid_domain_topic',
  'microsoft.eventgrid/systemtopics': 'azurerm_eventgrid_system_topic',
  'microsoft.storage/storageaccounts': 'azurerm_storage_account',
  'microsoft.storage/storageaccounts/blobservices/containers': 'azurerm_storage_container',
  'microsoft.storage/storageaccounts/queueservices/queues': 'azurerm_storage_queue',
  'microsoft.documentdb/databaseaccounts': 'azurerm_cosmosdb_account',
  'microsoft.sql/servers': 'azurerm_mssql_server',
  'microsoft.sql/servers/databases': 'azurerm_mssql_database',
  'microsoft.cache/redis': 'azurerm_redis_cache',
  'microsoft.dbforpostgresql/servers': 'azurerm_postgresql_server',
  'microsoft.dbforpostgresql/flexibleservers': 'azurerm_postgresql_flexible_server',
  'microsoft.dbformysql/servers': 'azurerm_mysql_server',
  'microsoft.dbformysql/flexibleservers': 'azurerm_mysql_flexible_server',
  'microsoft.apimanagement/service': 'azurerm_api_management',
  // Its APIs are paths of the gateway, which code reaches by the gateway's host: no system of their own.
  // A site is a Functions app when its `kind` says `functionapp` (armTerraformType).
  'microsoft.web/sites': 'azurerm_linux_web_app',
  'microsoft.app/containerapps': 'azurerm_container_app',
};

/** The azurerm type of an ARM resource type; a site of kind `functionapp…` is a Functions app. */
export function armTerraformType(armType: string, kind?: string): string | undefined {
  const type = ARM_TO_TERRAFORM[armType.toLowerCase()];
  if (type === 'azurerm_linux_web_app' && kind !== undefined && /functionapp/i.test(kind)) return 'azurerm_linux_function_app';
  return type;
}

/** A resource an Azure resource id names: its ARM type and the names of each level. */
export interface AzureResourceId {
  type: string;
  names: string[];
}

/**
 * Reads an Azure resource id, `/subscriptions/s/resourceGroups/rg/providers/Microsoft.ServiceBus/namespaces/bus/queues/orders`
 * → `Microsoft.ServiceBus/namespaces/queues` [bus, orders], also written relative
 * (`Microsoft.EventGrid/topics/orders`). The last provider section counts (an extension
 * resource's id holds its scope's before it). Undefined for anything else.
 */
export function parseAzureResourceId(value: string): AzureResourceId | undefined {
  const at = value.toLowerCase().lastIndexOf('/providers/');
  // Bicep writes an extension resource's scope relative: `Microsoft.EventGrid/topics/orders`.
  const path = at >= 0 ? value.slice(at + '/providers/'.length) : /^[A-Za-z0-9]+\.[A-Za-z0-9.]+\//.test(value) ? value : undefined;
  if (path === undefined) return undefined;
  const [namespace, ...rest] = path.split('/').filter(Boolean);
  if (!namespace || !namespace.includes('.') || rest.length < 2 || rest.length % 2 !== 0) return undefined;
  const types: string[] = [];
  const names: string[] = [];
  for (let index = 0; index < rest.length; index += 2) {
    types.push(rest[index] as string);
    names.push(rest[index + 1] as string);
  }
  return { type: [namespace, ...types].join('/'), names };
}

/** The host of a web app or container app URL names the app: `https://<app>.azurewebsites.net/…` → `<app>`. */
export function azureAppOfHost(host: string): string | undefined {
  const match = /^([a-z0-9][a-z0-9-]*)(?:\.scm)?\.azurewebsites\.net$|^([a-z0-9][a-z0-9-]*)\.[a-z0-9-]+\.[a-z0-9-]+\.azurecontainerapps\.io$/i.exec(host);
  return match ? (match[1] ?? match[2])?.toLowerCase() : undefined;
}
