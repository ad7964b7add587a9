import { describe, expect, it } from 'vitest';
import { armTerraformType, azureAppOfHost, parseAzureResourceId } from './azure-resources.js';

describe('Azure resource types and ids', () => {
  it.each<[string, string | undefined, string | undefined]>([
    ['Microsoft.ServiceBus/namespaces/queues', undefined, 'azurerm_servicebus_queue'],
    ['microsoft.eventgrid/SYSTEMTOPICS', undefined, 'azurerm_eventgrid_system_topic'],
    ['Microsoft.Web/sites', 'functionapp,linux', 'azurerm_linux_function_app'],
    ['Microsoft.Web/sites', 'app', 'azurerm_linux_web_app'],
    ['Microsoft.Web/serverfarms', undefined, undefined],
  ])('%s (kind %s) is %s', (type, kind, expected) => {
    expect(armTerraformType(type, kind)).toBe(expected);
  });

  it.each<[string, ReturnType<typeof parseAzureResourceId>]>([
    ['/subscriptions/s/resourceGroups/rg/providers/Microsoft.ServiceBus/namespaces/bus/queues/orders', { type: 'Microsoft.ServiceBus/namespaces/queues', names: ['bus', 'orders'] }],
    ['/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/docs/providers/Microsoft.EventGrid/eventSubscriptions/uploads', { type: 'Microsoft.EventGrid/eventSubscriptions', names: ['uploads'] }],
    ['Microsoft.EventGrid/topics/orders', { type: 'Microsoft.EventGrid/topics', names: ['orders'] }],
    ['/subscriptions/s/resourceGroups/rg', undefined],
    ['orders', undefined],
  ])('reads %s', (id, expected) => {
    expect(parseAzureResourceId(id)).toEqual(expected);
  });

  it.each<[string, string | undefined]>([
    ['orders-api.azurewebsites.net', 'orders-api'],
    ['orders-api.scm.azurewebsites.net', 'orders-api'],
    ['tracking.bluesand-1a2b.westeurope.azurecontainerapps.io', 'tracking'],
    ['hooks.partner.example', undefined],
  ])('the app of host %s is %s', (host, expected) => {
    expect(azureAppOfHost(host)).toBe(expected);
  });
});
