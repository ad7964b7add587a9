import { describe, expect, it } from 'vitest';
import { parseAddress } from './addresses.js';

describe('parseAddress', () => {
  it.each([
    ['http://cart:8080/api/cart', { host: 'cart', port: 8080, technology: 'HTTP', mechanism: 'rest' }],
    ['https://api.stripe.com/v1/charges', { host: 'api.stripe.com', mechanism: 'rest' }],
    ['postgres://orders:***@db:5432/orders?sslmode=disable', { host: 'db', port: 5432, resource: 'orders', kind: 'database', technology: 'PostgreSQL' }],
    ['jdbc:postgresql://pg.internal:5432/inventory', { host: 'pg.internal', port: 5432, resource: 'inventory', technology: 'PostgreSQL' }],
    ['jdbc:mysql://mysql:3306/catalog', { host: 'mysql', port: 3306, technology: 'MySQL' }],
    ['jdbc:sqlserver://sql01:1433;databaseName=orders', { host: 'sql01', port: 1433, technology: 'SQL Server' }],
    ['jdbc:oracle:thin:@ora-host:1521/ORCL', { host: 'ora-host', port: 1521, technology: 'Oracle' }],
    ['mongodb+srv://user:***@cluster0.example.net/shop', { host: 'cluster0.example.net', technology: 'MongoDB' }],
    ['redis://:***@cache:6379/0', { host: 'cache', port: 6379, technology: 'Redis' }],
    ['amqp://guest:***@rabbitmq:5672/', { host: 'rabbitmq', port: 5672, technology: 'RabbitMQ', kind: 'message-broker' }],
    ['nats://nats:4222', { host: 'nats', port: 4222, technology: 'NATS' }],
    ['kafka-1:9092,kafka-2:9092', { host: 'kafka-1', port: 9092 }],
    ['cart:7070', { host: 'cart', port: 7070 }],
    ['Server=sql01,1433;Database=orders;User Id=app;Password=***;', { host: 'sql01', port: 1433, resource: 'orders', technology: 'SQL Server' }],
    ['Data Source=tcp:db.example.org,1433;Initial Catalog=billing', { host: 'db.example.org', port: 1433, resource: 'billing' }],
    ['Host=pg;Port=5432;Database=shop;Username=app;Password=***', { host: 'pg', port: 5432, resource: 'shop', technology: 'PostgreSQL' }],
    ['Endpoint=sb://orders-bus.servicebus.windows.net/;SharedAccessKeyName=x;SharedAccessKey=***', { host: 'orders-bus.servicebus.windows.net', technology: 'Azure Service Bus', kind: 'message-broker' }],
    ['DefaultEndpointsProtocol=https;AccountName=Invoices;AccountKey=***', { host: 'invoices.blob.core.windows.net', kind: 'file-store' }],
    ['smtp://mailer:***@smtp.example.org:587', { host: 'smtp.example.org', port: 587, mechanism: 'email' }],
    ['sftp://partner.example.com/outbound', { host: 'partner.example.com', mechanism: 'file-transfer' }],
  ])('reads %s', (value, expected) => {
    expect(parseAddress(value)).toMatchObject(expected);
  });

  it.each(['', 'hello', '/var/data', '42', 'true', 'some text with spaces'])('finds no address in %j', (value) => {
    expect(parseAddress(value)).toBeUndefined();
  });
});
