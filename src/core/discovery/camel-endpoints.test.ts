import { describe, expect, it } from 'vitest';
import { autoStartupOf, camelEndpoint, camelPlaceholders, type CamelSide } from './camel-endpoints.js';

describe('camelEndpoint', () => {
  it.each<[string, CamelSide, object | undefined]>([
    // Brokers: from consumes, to produces; the broker from an option, else the component's setting.
    ['kafka:orders?brokers=kafka:9092&groupId=g', 'consumer', { role: 'consumes', mechanism: 'messaging', technology: 'Kafka', target: { url: 'kafka://kafka:9092' }, channel: 'orders' }],
    ['kafka:orders', 'producer', { role: 'produces', mechanism: 'messaging', technology: 'Kafka', target: { key: 'camel.component.kafka.brokers' }, channel: 'orders' }],
    ['kafka:{{topic:orders}}?brokers={{env:KAFKA_BROKERS}}', 'producer', { role: 'produces', target: { url: '${KAFKA_BROKERS}' }, channel: '${topic:orders}' }],
    ['jms:queue:shipments', 'producer', { role: 'produces', technology: 'JMS', target: {}, channel: 'shipments' }],
    ['jms:topic:events', 'consumer', { role: 'consumes', technology: 'JMS', channel: 'events' }],
    ['sjms2:orders', 'producer', { technology: 'JMS', channel: 'orders' }],
    ['activemq:queue:orders?brokerURL=tcp://amq:61616', 'producer', { technology: 'ActiveMQ', target: { url: 'tcp://amq:61616' }, channel: 'orders' }],
    ['amqp:queue:orders', 'consumer', { role: 'consumes', technology: 'AMQP', channel: 'orders' }],
    ['paho:sensors/temp?brokerUrl=tcp://mosquitto:1883', 'consumer', { technology: 'MQTT', target: { url: 'tcp://mosquitto:1883' }, channel: 'sensors' }],
    ['nats:orders.created?servers=nats:4222', 'producer', { technology: 'NATS', target: { url: 'nats://nats:4222' }, channel: 'orders.created' }],
    ['rabbitmq:orders?hostname=rabbit&portNumber=5672&queue=order-q', 'consumer', { technology: 'RabbitMQ', target: { url: 'amqp://rabbit:5672' }, channel: 'order-q' }],
    ['spring-rabbitmq:orders?queues=order-q', 'consumer', { technology: 'RabbitMQ', target: { key: 'spring.rabbitmq.host' }, channel: 'order-q' }],
    ['aws2-sqs:order-queue', 'producer', { technology: 'Amazon SQS', channel: 'order-queue' }],
    ['google-pubsub:my-project:orders', 'producer', { technology: 'Google Cloud Pub/Sub', channel: 'orders' }],
    ['azure-servicebus:orders', 'consumer', { technology: 'Azure Service Bus', channel: 'orders' }],
    // HTTP: producers call, a consumer is a server.
    ['http://billing:8080/api/invoices', 'producer', { role: 'calls', mechanism: 'rest', target: { url: 'http://billing:8080/api/invoices' } }],
    ['https:billing/api', 'producer', { role: 'calls', target: { url: 'https://billing/api' } }],
    ['netty-http:http://billing:8080/x', 'producer', { role: 'calls', target: { url: 'http://billing:8080/x' } }],
    ['rest:post:/invoices?host=billing:8080', 'producer', { role: 'calls', target: { url: 'http://billing:8080' } }],
    ['http://{{billing.host}}/api/${header.id}', 'producer', { target: { url: 'http://${billing.host}/api/' } }],
    ['netty-http:http://0.0.0.0:8080/in', 'consumer', undefined],
    // File transfer, stores, mail: uses, the host from the authority or an option.
    ['sftp://freight@files.partner.io:22/outbound?password=x', 'producer', { role: 'uses', mechanism: 'file-transfer', technology: 'SFTP', target: { url: 'sftp://files.partner.io:22' } }],
    ['ftp://legacy-ftp/in', 'consumer', { role: 'uses', mechanism: 'file-transfer', target: { url: 'ftp://legacy-ftp' } }],
    ['aws2-s3://invoices?overrideEndpoint=true&uriEndpointOverride=http://minio:9000', 'producer', { role: 'uses', technology: 'Amazon S3', target: { url: 'http://minio:9000' }, channel: 'invoices' }],
    ['aws2-s3://invoices?region=eu-west-1', 'producer', { role: 'uses', technology: 'Amazon S3', target: {}, channel: 'invoices' }],
    ['minio:labels?endpoint=http://minio:9000', 'producer', { role: 'uses', technology: 'MinIO', target: { url: 'http://minio:9000' }, channel: 'labels' }],
    ['minio:labels?endpoint={{minio.endpoint}}', 'producer', { target: { url: '${minio.endpoint}' }, channel: 'labels' }],
    ['aws2-s3://invoices-bucket?region=eu-west-1', 'producer', { technology: 'Amazon S3', target: {}, channel: 'invoices-bucket' }],
    ['sql:select * from orders?dataSource=#ds', 'consumer', { role: 'uses', mechanism: 'database', target: { key: 'spring.datasource.url' } }],
    ['cql://cassandra:9042/shop', 'producer', { role: 'uses', technology: 'Cassandra', target: { url: 'cql://cassandra:9042' } }],
    ['smtp://mailhog:1025?to=ops@freight.example', 'producer', { role: 'uses', mechanism: 'email', target: { url: 'smtp://mailhog:1025' } }],
    // Inside the process, or nothing to go on.
    ['direct:start', 'producer', undefined],
    ['seda:audit', 'consumer', undefined],
    ['timer:tick?period=1000', 'consumer', undefined],
    ['log:audit', 'producer', undefined],
    ['mock:result', 'producer', undefined],
    ['file:/data/in', 'consumer', undefined],
    ['bean:orderService?method=save', 'producer', undefined],
    ['{{route.target}}', 'producer', undefined],
  ])('%s (%s)', (uri, side, expected) => {
    const result = camelEndpoint(uri, side);
    if (expected === undefined) expect(result).toBeUndefined();
    else expect(result).toMatchObject(expected);
  });
});

describe('camelPlaceholders', () => {
  it.each([
    ['kafka:{{topic}}', 'kafka:${topic}'],
    ['kafka:{{topic:orders}}', 'kafka:${topic:orders}'],
    ['smtp://{{env:SMTP_HOST:localhost}}:25', 'smtp://${SMTP_HOST:localhost}:25'],
    ['http://{{sys:billing.host}}/x', 'http://${billing.host}/x'],
    ['http://billing/invoices/${header.id}/ack', 'http://billing/invoices//ack'],
    ['http://billing/$simple{body}', 'http://billing/'],
  ])('%s → %s', (uri, expected) => expect(camelPlaceholders(uri)).toBe(expected));
});

describe('autoStartupOf', () => {
  it.each([
    ['false', 'off'],
    ['"false"', 'off'],
    ['true', 'on'],
    ['{{archive.enabled}}', { key: 'archive.enabled' }],
    ['{{archive.enabled:false}}', { key: 'archive.enabled', fallback: 'false' }],
    ['{{env:ARCHIVE_ENABLED:true}}', { key: 'ARCHIVE_ENABLED', fallback: 'true' }],
  ])('%s', (value, expected) => expect(autoStartupOf(value)).toEqual(expected));
});
