import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { azureFunctionJsonSource } from './azure-function-json.js';

async function read(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return azureFunctionJsonSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

/** A function.json of the given bindings, one per line. */
function functionJson(...bindings: object[]): string {
  return ['{', '  "bindings": [', bindings.map((binding) => `    ${JSON.stringify(binding)}`).join(',\n'), '  ]', '}'].join('\n');
}

describe('azure-function-json source', () => {
  it('accepts function.json only', () => {
    expect(azureFunctionJsonSource.accepts('app/Orders/function.json')).toBe(true);
    expect(azureFunctionJsonSource.accepts('app/host.json')).toBe(false);
  });

  it.each([
    ['a Service Bus trigger consumes through its connection setting', { type: 'serviceBusTrigger', direction: 'in', queueName: 'orders', connection: 'Bus' }, { role: 'consumes', mechanism: 'messaging', technology: 'Azure Service Bus', channel: 'orders', target: { key: 'Bus' } }],
    ['a topic named by a %setting%', { type: 'serviceBusTrigger', direction: 'in', topicName: '%Topic%', subscriptionName: 's', connection: 'Bus' }, { role: 'consumes', channel: '$ref:Topic', target: { key: 'Bus' } }],
    ['a storage queue output with the default setting produces', { type: 'queue', direction: 'out', queueName: 'work' }, { role: 'produces', technology: 'Azure Queue Storage', channel: 'work', target: { key: 'AzureWebJobsStorage' } }],
    ['an Event Hubs trigger', { type: 'eventHubTrigger', direction: 'in', eventHubName: 'clicks', connection: 'Hub' }, { role: 'consumes', technology: 'Azure Event Hubs', channel: 'clicks', target: { key: 'Hub' } }],
    ['a blob output uses the store, its container the channel', { type: 'blob', direction: 'out', path: 'audit/{rand-guid}.json', connection: 'Files' }, { role: 'uses', mechanism: 'file-transfer', channel: 'audit', target: { key: 'Files' } }],
    ['a Cosmos DB input by connectionStringSetting', { type: 'cosmosDB', direction: 'in', databaseName: 'shop', collectionName: 'stock', connectionStringSetting: 'Db' }, { role: 'uses', mechanism: 'database', technology: 'Azure Cosmos DB', channel: 'stock', target: { key: 'Db' } }],
    ['an Event Grid output by topicEndpointUri', { type: 'eventGrid', direction: 'out', topicEndpointUri: 'TopicUri', topicKeySetting: 'TopicKey' }, { role: 'produces', technology: 'Azure Event Grid', target: { key: 'TopicUri' } }],
    ['an Event Grid trigger names no topic', { type: 'eventGridTrigger', direction: 'in' }, { role: 'consumes', technology: 'Azure Event Grid', target: {}, confidence: 0.6 }],
  ])('%s', async (_name, binding, expected) => {
    const facts = await read('app/Fn/function.json', functionJson(binding));
    expect(facts).toEqual([expect.objectContaining({ type: 'connection', ...expected, evidence: expect.objectContaining({ line: 3 }) })]);
  });

  it('makes nothing of HTTP, timer and durable bindings', async () => {
    const facts = await read('app/Fn/function.json', functionJson({ type: 'httpTrigger', direction: 'in' }, { type: 'http', direction: 'out' }, { type: 'timerTrigger', direction: 'in' }, { type: 'orchestrationTrigger', direction: 'in' }));
    expect(facts).toEqual([]);
  });

  it('points each binding at its own line', async () => {
    const facts = await read('app/Fn/function.json', functionJson({ type: 'httpTrigger', direction: 'in' }, { type: 'queue', direction: 'out', queueName: 'a' }, { type: 'queue', direction: 'out', queueName: 'b' }));
    expect(facts.map((fact) => fact.evidence.line)).toEqual([4, 5]);
  });
});
