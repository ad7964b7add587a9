import { describe, expect, it } from 'vitest';
import { cloudEndpoint, cloudSqlInstance } from './cloud-endpoints.js';
import { namesNoSystem, parseAddress } from './addresses.js';
import { systemNameForHost } from './names.js';
import { resolveFacts } from './resolve.js';
import { CONFIDENCE, type Fact } from './facts.js';

describe('cloudEndpoint: a managed service is named after its resource, not its host', () => {
  it.each([
    ['skyparcel-delivery-cosmos.documents.azure.com', '', undefined, 'skyparcel-delivery-cosmos', 'Azure Cosmos DB', 'database'],
    ['parcels.mongo.cosmos.azure.com', '', undefined, 'parcels', 'Azure Cosmos DB', 'database'],
    ['skyparcel-bus.servicebus.windows.net', '', undefined, 'skyparcel-bus', 'Azure Service Bus', 'message-broker'],
    ['skyparcel-bus.servicebus.windows.net', '', 'Azure Event Hubs', 'skyparcel-bus', 'Azure Event Hubs', 'message-broker'],
    ['skyparcelsa.blob.core.windows.net', '', undefined, 'skyparcelsa', 'Azure Storage', 'file-store'],
    ['skyparcelsa.dfs.core.windows.net', '', undefined, 'skyparcelsa', 'Azure Storage', 'file-store'],
    ['skyparcelsa.table.core.windows.net', '', undefined, 'skyparcelsa', 'Azure Storage', 'file-store'],
    ['skyparcelsa.queue.core.windows.net', '', undefined, 'skyparcelsa', 'Azure Queue Storage', 'message-broker'],
    ['skyparcel-cache.redis.cache.windows.net', '', undefined, 'skyparcel-cache', 'Azure Cache for Redis', 'database'],
    ['skyparcel-sql.database.windows.net', '', undefined, 'skyparcel-sql', 'Azure SQL Database', 'database'],
    ['skyparcel-pg.postgres.database.azure.com', '', undefined, 'skyparcel-pg', 'Azure Database for PostgreSQL', 'database'],
    ['skyparcel-my.mysql.database.azure.com', '', undefined, 'skyparcel-my', 'Azure Database for MySQL', 'database'],
    ['orders-db.c9akciq32xyz.eu-west-1.rds.amazonaws.com', '', undefined, 'orders-db', 'Amazon RDS', 'database'],
    ['orders-aurora.cluster-ro-c9akciq32xyz.eu-west-1.rds.amazonaws.com', '', undefined, 'orders-aurora', 'Amazon RDS', 'database'],
    ['sessions.x1y2z3.ng.0001.euw1.cache.amazonaws.com', '', undefined, 'sessions', 'Amazon ElastiCache', 'database'],
    ['master.sessions.x1y2z3.euw1.cache.amazonaws.com', '', undefined, 'sessions', 'Amazon ElastiCache', 'database'],
    ['sessions-001.x1y2z3.0001.euw1.cache.amazonaws.com', '', undefined, 'sessions', 'Amazon ElastiCache', 'database'],
    ['parcel-labels.s3.amazonaws.com', '/2024/label.pdf', undefined, 'parcel-labels', 'Amazon S3', 'file-store'],
    ['parcel-labels.s3.eu-west-1.amazonaws.com', '', undefined, 'parcel-labels', 'Amazon S3', 'file-store'],
    ['parcel-labels.s3-eu-west-1.amazonaws.com', '', undefined, 'parcel-labels', 'Amazon S3', 'file-store'],
    ['s3.eu-west-1.amazonaws.com', '/parcel-labels/label.pdf', undefined, 'parcel-labels', 'Amazon S3', 'file-store'],
    ['s3.amazonaws.com', '/parcel-labels', undefined, 'parcel-labels', 'Amazon S3', 'file-store'],
    ['sqs.eu-west-1.amazonaws.com', '/123456789012/parcel-events', undefined, 'parcel-events', 'Amazon SQS', 'message-broker'],
    ['eu-west-1.queue.amazonaws.com', '/123456789012/parcel-events', undefined, 'parcel-events', 'Amazon SQS', 'message-broker'],
    ['parcels-prod.a2dd6.tmprl.cloud', '', undefined, 'parcels-prod', 'Temporal', 'message-broker'],
    ['parcel-events.westeurope-1.eventgrid.azure.net', '/api/events', undefined, 'parcel-events', 'Azure Event Grid', 'message-broker'],
    ['parcel-live.service.signalr.net', '', undefined, 'parcel-live', 'Azure SignalR Service', 'message-broker'],
  ])('%s%s (client %s) is %s, %s, %s', (host, path, client, name, technology, kind) => {
    expect(cloudEndpoint(host, path, client)).toMatchObject({ name, technology, kind });
  });

  it.each([
    ['skyparcel-vault.vault.azure.net'],
    ['secretsmanager.eu-west-1.amazonaws.com'],
  ])('%s is a secrets store: control plane, no system', (host) => {
    expect(cloudEndpoint(host)?.controlPlane).toBe(true);
    expect(namesNoSystem(host)).toBe(true);
  });

  it.each([['api.skyparcel.com'], ['orders.shop.svc.cluster.local'], ['sqs.eu-west-1.amazonaws.com'], ['s3.amazonaws.com'], ['dynamodb.eu-west-1.amazonaws.com'], ['a.b.documents.azure.com'], ['web.tmprl.cloud']])('%s is no resource endpoint', (host) => {
    expect(cloudEndpoint(host)).toBeUndefined();
  });

  it('Kafka clients of Event Hubs reach the namespace at port 9093', () => {
    expect(cloudEndpoint('skyparcel-hubs.servicebus.windows.net', '', undefined, 9093)).toMatchObject({ name: 'skyparcel-hubs', technology: 'Azure Event Hubs' });
  });

  it('systemNameForHost takes the resource name', () => {
    expect(systemNameForHost('Skyparcel-Delivery-Cosmos.documents.azure.com')).toBe('skyparcel-delivery-cosmos');
    expect(systemNameForHost('api.stripe.com')).toBe('api.stripe.com');
  });
});

describe('cloudSqlInstance: the instance of a Cloud SQL connection name', () => {
  it.each([
    ['jdbc:postgresql:///parcels?cloudSqlInstance=skyparcel-prod:europe-west1:parcels-pg&socketFactory=com.google.cloud.sql.postgres.SocketFactory', 'parcels-pg'],
    ["host='/cloudsql/skyparcel-prod:europe-west1:parcels-pg' dbname=parcels user=app", 'parcels-pg'],
    ['postgres://app:pw@/parcels?host=/cloudsql/skyparcel-prod:europe-west1:parcels-pg', 'parcels-pg'],
    ['mysql+pymysql://app:pw@/parcels?unix_socket=/cloudsql/example.com:skyparcel:us-central1:parcels-my', 'parcels-my'],
    ['postgres://app:pw@db:5432/parcels', undefined],
  ])('%s → %s', (text, instance) => {
    expect(cloudSqlInstance(text)).toBe(instance);
  });
});

describe('parseAddress on cloud endpoints', () => {
  it.each([
    ['https://skyparcel-delivery-cosmos.documents.azure.com:443/', 'skyparcel-delivery-cosmos', 'Azure Cosmos DB', 'database'],
    ['AccountEndpoint=https://skyparcel-delivery-cosmos.documents.azure.com:443/;AccountKey=abc==;', 'skyparcel-delivery-cosmos', 'Azure Cosmos DB', 'database'],
    ['https://s3.eu-west-1.amazonaws.com/parcel-labels/x.pdf', 'parcel-labels', 'Amazon S3', 'file-store'],
    ['https://sqs.eu-west-1.amazonaws.com/123456789012/parcel-events', 'parcel-events', 'Amazon SQS', 'message-broker'],
  ])('%s names %s', (value, cloudName, technology, kind) => {
    expect(parseAddress(value)).toMatchObject({ cloudName, technology, kind });
  });

  it('reads a Cloud SQL connection name as the instance', () => {
    expect(parseAddress('jdbc:postgresql:///parcels?cloudSqlInstance=skyparcel-prod:europe-west1:parcels-pg&socketFactory=com.google.cloud.sql.postgres.SocketFactory')).toEqual({
      host: 'parcels-pg', resource: 'parcels', technology: 'Google Cloud SQL', mechanism: 'database', kind: 'database',
    });
  });
});

describe('resolution of cloud endpoints', () => {
  const evidence = { file: 'svc/app.ts', line: 1, excerpt: 'new Client(url)' };
  const service: Fact = { type: 'component', name: 'tracking', kind: 'application', evidence, confidence: CONFIDENCE.declared };
  const uses = (url: string, technology?: string): Fact => ({ type: 'connection', component: 'tracking', role: 'uses', mechanism: 'other', target: { url }, ...(technology ? { technology } : {}), evidence, confidence: CONFIDENCE.resolved });

  it('names the system after the account, merges its endpoints and keeps the host as another name', () => {
    const graph = resolveFacts([
      service,
      uses('https://skyparcelsa.blob.core.windows.net/labels'),
      uses('https://skyparcelsa.queue.core.windows.net/'),
      uses('https://skyparcel-delivery-cosmos.documents.azure.com:443/'),
      uses('https://skyparcel-vault.vault.azure.net/'),
    ]);
    expect(graph.systems.map((system) => `${system.id} ${system.kind} ${system.technology ?? ''}`)).toEqual([
      'skyparcel-delivery-cosmos database Azure Cosmos DB',
      'skyparcelsa file-store Azure Storage',
      'tracking application ',
    ]);
  });

  it('takes the client\'s word for Event Hubs at a Service Bus host', () => {
    const graph = resolveFacts([service, uses('Endpoint=sb://skyparcel-hubs.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=x', 'Azure Event Hubs')]);
    expect(graph.systems.find((system) => system.id === 'skyparcel-hubs')).toMatchObject({ kind: 'message-broker', technology: 'Azure Event Hubs' });
  });

  it('keeps a resource apart from an application of the same name', () => {
    const orders: Fact = { type: 'component', name: 'orders', kind: 'application', evidence, confidence: CONFIDENCE.declared };
    const graph = resolveFacts([service, orders, uses('sb://orders.servicebus.windows.net/')]);
    expect(graph.systems.map((system) => system.id)).toEqual(['orders', 'orders-servicebus-windows-net', 'tracking']);
  });

  it('follows an identity-based connection, `<Setting>__fullyQualifiedNamespace`, when the setting itself is not bound', () => {
    const consumer: Fact = { type: 'connection', component: 'tracking', role: 'consumes', mechanism: 'messaging', technology: 'Azure Service Bus', targetKind: 'message-broker', channel: 'parcels', target: { key: 'Bus' }, evidence, confidence: CONFIDENCE.literal };
    const binding: Fact = { type: 'binding', component: 'tracking', key: 'Bus__fullyQualifiedNamespace', value: 'skyparcel-bus.servicebus.windows.net', evidence };
    const graph = resolveFacts([service, consumer, binding]);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`)).toEqual(['skyparcel-bus -> tracking messaging']);
  });

  it('names an Event Grid topic and a SignalR service after their resources', () => {
    const graph = resolveFacts([service, uses('https://parcel-events.westeurope-1.eventgrid.azure.net/api/events'), uses('Endpoint=https://parcel-live.service.signalr.net;AccessKey=x;Version=1.0;')]);
    expect(graph.systems.map((system) => `${system.id} ${system.kind} ${system.technology ?? ''}`)).toEqual([
      'parcel-events message-broker Azure Event Grid',
      'parcel-live message-broker Azure SignalR Service',
      'tracking application ',
    ]);
  });
});
