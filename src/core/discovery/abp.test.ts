import { describe, expect, it } from 'vitest';
import { ABP_EVENT_BUS_KEY, abpEventBusPackage, abpEventBusTarget, abpRemoteServiceFallback } from './abp.js';
import type { ConnectionFact } from './facts.js';

const FACT: ConnectionFact = { type: 'connection', target: { key: ABP_EVENT_BUS_KEY }, role: 'produces', mechanism: 'messaging', channel: 'OrderPlacedEto', targetKind: 'message-broker', evidence: { file: 'a.cs', line: 1, excerpt: '' }, confidence: 0.6 };

describe('ABP distributed event bus providers', () => {
  it.each([
    ['RabbitMQ', 'RabbitMQ', { key: 'RabbitMQ:Connections:Default:HostName' }],
    ['Kafka', 'Kafka', { key: 'Kafka:Connections:Default:BootstrapServers' }],
    ['Azure Service Bus', 'Azure Service Bus', { key: 'Azure:ServiceBus:Connections:Default:ConnectionString' }],
    ['Dapr', 'Dapr', { key: 'dapr:component:pubsub' }],
    ['Rebus', undefined, {}],
  ] as [string, string | undefined, object][])('%s', (provider, technology, target) => {
    const made = abpEventBusTarget(FACT, provider);
    expect(made?.technology).toBe(technology);
    expect(made?.target).toEqual(target);
    expect(made?.channel).toBe('OrderPlacedEto');
  });

  it('a value naming no provider', () => {
    expect(abpEventBusTarget(FACT, 'localhost')).toBeUndefined();
  });
});

describe('ABP remote service settings', () => {
  it.each([
    ['RemoteServices:Catalog:BaseUrl', 'RemoteServices:Default:BaseUrl'],
    ['RemoteServices:Catalog:GrpcUrl', 'RemoteServices:Default:GrpcUrl'],
    ['RemoteServices:Default:BaseUrl', undefined],
    ['Services:Catalog:BaseUrl', undefined],
  ])('%s falls back to %s', (key, fallback) => {
    expect(abpRemoteServiceFallback(key)).toBe(fallback);
  });
});

describe('ABP event bus provider packages', () => {
  it.each([
    ['<Project>\n  <ItemGroup>\n    <PackageReference Include="Volo.Abp.EventBus.RabbitMQ" Version="8.2.0" />', { technology: 'RabbitMQ', line: 3 }],
    ['<PackageReference Include="Volo.Abp.EventBus.Azure" Version="8.2.0" />', { technology: 'Azure Service Bus', line: 1 }],
    ['<PackageReference Include="Volo.Abp.EventBus" Version="8.2.0" />', undefined],
    ['<PackageReference Include="Volo.Abp.EventBus.Abstractions" Version="8.2.0" />', undefined],
  ])('%s', (text, expected) => {
    expect(abpEventBusPackage(text)).toEqual(expected);
  });
});
