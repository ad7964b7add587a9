import { describe, expect, it, vi } from 'vitest';
import type { SourceFile } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { INFERRED, LITERAL, code, http, message, readSnippet, store, summarise, type FactSummary } from './code-test-support.js';
import { typescriptCodeSource } from './typescript-source.js';

/** A fact summary with the defaults of its kind. */

const cases: { name: string; path: string; text: string; facts: FactSummary[] }[] = [
  {
    name: 'fetch of a literal URL, password masked',
    path: 'src/pay.ts',
    text: code`
      export async function charge() {
        return fetch('https://shop:hunter2@api.stripe.com/v1/charges', { method: 'POST' });
      }`,
    facts: [http(2, { host: 'api.stripe.com', url: 'https://shop:***@api.stripe.com/v1/charges' })],
  },
  {
    name: 'axios with a template on an env var bound to a variable',
    path: 'src/orders.js',
    text: code`
      import axios from 'axios';
      const base = process.env.ORDERS_URL;
      export const list = () => axios.get(\`\${base}/orders\`);`,
    facts: [http(3, { key: 'ORDERS_URL' })],
  },
  {
    name: 'an env URL with its trailing slash dropped (`.replace(/\\/$/, \'\')`) still names what the env var names',
    path: 'src/hooks.server.ts',
    text: code`
      const serverUrl = (process.env.SERVER_URL || 'http://server:2283').replace(/\\/+$/, '');
      export const handle = () => fetch(\`\${serverUrl}/api\`);`,
    facts: [http(2, { key: 'SERVER_URL' })],
  },
  {
    name: "SvelteKit's runtime env (`import { env } from '$env/dynamic/private'`) is the environment; another module's `env` is that module's setting",
    path: 'src/hooks.server.ts',
    text: code`
      import { env } from '$env/dynamic/private';
      import { env as publicEnv } from '$env/dynamic/public';
      import { env as settings } from './settings';
      export const a = () => fetch(\`\${env.ORDERS_URL}/orders\`);
      export const b = () => fetch(\`\${publicEnv.PUBLIC_SEARCH_URL}/q\`);
      export const c = () => fetch(\`\${settings.CART_URL}/cart\`);`,
    facts: [http(4, { key: 'ORDERS_URL' }), http(5, { key: 'PUBLIC_SEARCH_URL' }), http(6, { key: 'code:CART_URL' })],
  },
  {
    name: 'http-proxy-middleware: createProxyMiddleware({ target }) with the target from env',
    path: 'server.js',
    text: code`
      const { createProxyMiddleware } = require('http-proxy-middleware');
      const target = process.env.GW_ENDPOINT || 'http://localhost:8090';
      app.use('/api', createProxyMiddleware({ target, changeOrigin: true }));`,
    facts: [http(3, { key: 'GW_ENDPOINT' })],
  },
  {
    name: 'http-proxy-middleware 0.x: proxy(context, { target }) of the default export',
    path: 'server.js',
    text: code`
      const proxy = require('http-proxy-middleware');
      app.use(proxy('/api', { target: 'http://catalog-api:3000', changeOrigin: true }));
      app.use(proxy('/static'));`,
    facts: [http(2, { host: 'catalog-api', port: 3000, url: 'http://catalog-api:3000' })],
  },
  {
    name: 'http-proxy: createProxyServer({ target }) and proxy.web(req, res, { target }); http.createServer is no proxy',
    path: 'src/proxy.ts',
    text: code`
      import http from 'http';
      import httpProxy from 'http-proxy';
      const feed = httpProxy.createProxyServer({ target: 'ws://notifications:4000', ws: true });
      const proxy = httpProxy.createProxyServer({});
      http.createServer((req, res) => proxy.web(req, res, { target: 'http://ordering-api:3000' })).listen(80);`,
    facts: [http(3, { host: 'notifications', port: 4000, url: 'ws://notifications:4000' }), http(5, { host: 'ordering-api', port: 3000, url: 'http://ordering-api:3000' })],
  },
  {
    name: 'express-http-proxy: proxy(host) with a URL from env, or a bare host',
    path: 'app.mjs',
    text: code`
      import proxy from 'express-http-proxy';
      app.use('/admin', proxy(process.env.ADMIN_API_URL, { proxyReqPathResolver: (req) => req.url }));
      app.use('/img', proxy('images:8080'));`,
    facts: [http(2, { key: 'ADMIN_API_URL' }), http(3, { host: 'images', port: 8080 })],
  },
  {
    name: '@fastify/http-proxy: register(proxy, { upstream }); a plain register is no proxy',
    path: 'src/server.ts',
    text: code`
      import Fastify from 'fastify';
      import proxy from '@fastify/http-proxy';
      import cors from '@fastify/cors';
      const app = Fastify();
      await app.register(cors, { origin: true });
      await app.register(proxy, { upstream: 'http://ordering-api:3000', prefix: '/orders' });`,
    facts: [http(6, { host: 'ordering-api', port: 3000, url: 'http://ordering-api:3000' })],
  },
  {
    name: 'axios.create with a GraphQL base URL; relative calls on the instance are not repeated',
    path: 'src/api.ts',
    text: code`
      import axios from 'axios';
      const api = axios.create({ baseURL: 'http://catalog:4000/graphql' });
      api.post('/', { query });`,
    facts: [http(2, { host: 'catalog', port: 4000, url: 'http://catalog:4000/graphql' }, { mechanism: 'graphql', technology: 'GraphQL' })],
  },
  {
    name: 'fetch of a relative path names no target',
    path: 'web/app.tsx',
    text: code`
      export function load() {
        return fetch('/api/cart').then((r) => r.json());
      }`,
    facts: [http(2, {}, { confidence: INFERRED })],
  },
  {
    name: 'process.env read in place, Apollo GraphQL client',
    path: 'web/client.ts',
    text: code`
      import { ApolloClient, InMemoryCache } from '@apollo/client';
      fetch(process.env['INVENTORY_URL'] + '/items');
      export const client = new ApolloClient({ uri: 'https://gateway.internal/graphql', cache: new InMemoryCache() });`,
    facts: [http(2, { key: 'INVENTORY_URL' }), { role: 'calls', mechanism: 'graphql', technology: 'GraphQL', target: { host: 'gateway.internal', url: 'https://gateway.internal/graphql' }, line: 3, confidence: LITERAL }],
  },
  {
    name: 'a function given the environment as a parameter reads its variables (every call passes process.env)',
    path: 'src/config.js',
    text: code`
      const axios = require('axios');
      function ledgerUrl(env) { return env.LEDGER_URL || 'http://localhost:9000'; }
      function fraudUrl(env, fallback) { return env['FRAUD_URL'] || fallback; }
      function auditUrl(settings) { return settings.AUDIT_URL; }
      axios.post(ledgerUrl(process.env), entry);
      axios.post(fraudUrl(process.env, 'http://localhost:9100'), check);
      axios.post(auditUrl(process.env), record);
      axios.post(auditUrl({ AUDIT_URL: 'http://audit.test' }), record);`,
    // auditUrl is also called with a literal object: its parameter is no environment.
    facts: [http(5, { key: 'LEDGER_URL' }), http(6, { key: 'FRAUD_URL' }), http(7, {}, { confidence: INFERRED }), http(8, {}, { confidence: INFERRED })],
  },
  {
    name: 'gRPC client through an env var, and a server',
    path: 'src/server.js',
    text: code`
      const grpc = require('@grpc/grpc-js');
      const addr = process.env.CART_SERVICE_ADDR || 'localhost:7070';
      const cart = new shopProto.hipstershop.CartService(addr, grpc.credentials.createInsecure());
      server.addService(shopProto.CurrencyService.service, { convert });
      server.addService(healthProto.grpc.health.v1.Health.service, health);`,
    facts: [
      { role: 'calls', mechanism: 'grpc', technology: 'gRPC', channel: 'CartService', target: { key: 'CART_SERVICE_ADDR' }, line: 3, confidence: LITERAL },
      { provides: 'CurrencyService', protocol: 'grpc', names: ['CurrencyService'], line: 4 },
    ],
  },
  {
    name: 'kafkajs producer and consumer, broker from env, topic from a constant',
    path: 'src/events.ts',
    text: code`
      import { Kafka } from 'kafkajs';
      const kafka = new Kafka({ clientId: 'orders', brokers: [process.env.KAFKA_BROKERS!] });
      const TOPIC = 'order-placed';
      await kafka.producer().send({ topic: TOPIC, messages });
      await consumer.subscribe({ topics: ['payments', 'refunds'] });`,
    facts: [
      message('produces', 'Kafka', 'order-placed', { key: 'KAFKA_BROKERS' }, 4),
      message('consumes', 'Kafka', 'payments', { key: 'KAFKA_BROKERS' }, 5),
      message('consumes', 'Kafka', 'refunds', { key: 'KAFKA_BROKERS' }, 5),
    ],
  },
  {
    name: 'amqplib publish to the default exchange, sendToQueue and consume',
    path: 'src/rabbit.js',
    text: code`
      const amqp = require('amqplib');
      const conn = await amqp.connect('amqp://guest:guest@rabbitmq:5672');
      ch.publish('', 'emails', Buffer.from(body));
      ch.consume('invoices', onInvoice);`,
    facts: [
      message('produces', 'RabbitMQ', 'emails', { host: 'rabbitmq', port: 5672, url: 'amqp://guest:***@rabbitmq:5672' }, 3),
      message('consumes', 'RabbitMQ', 'invoices', { host: 'rabbitmq', port: 5672, url: 'amqp://guest:***@rabbitmq:5672' }, 4),
    ],
  },
  {
    name: 'Azure Service Bus sender and receiver, Event Hubs producer',
    path: 'src/bus.ts',
    text: code`
      import { ServiceBusClient } from '@azure/service-bus';
      import { EventHubProducerClient } from '@azure/event-hubs';
      const sb = new ServiceBusClient(process.env.SERVICEBUS_CONNECTION!);
      const sender = sb.createSender('orders');
      const receiver = sb.createReceiver('shipments');
      const hub = new EventHubProducerClient(process.env.EVENTHUB_CONNECTION!, 'clicks');`,
    facts: [
      message('produces', 'Azure Service Bus', 'orders', { key: 'SERVICEBUS_CONNECTION' }, 4),
      message('consumes', 'Azure Service Bus', 'shipments', { key: 'SERVICEBUS_CONNECTION' }, 5),
      message('produces', 'Azure Event Hubs', 'clicks', { key: 'EVENTHUB_CONNECTION' }, 6),
    ],
  },
  {
    name: 'SQS and SNS commands, Pub/Sub publish and subscription',
    path: 'src/aws.ts',
    text: code`
      import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
      import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';
      import { PubSub } from '@google-cloud/pubsub';
      await sqs.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: body }));
      await sns.send(new PublishCommand({ TopicArn: 'arn:aws:sns:eu-west-1:123456789012:order-events', Message: body }));
      await pubsub.topic('audit').publishMessage({ data });
      pubsub.subscription('audit-sink').on('message', handle);`,
    facts: [
      message('produces', 'Amazon SQS', undefined, { key: 'QUEUE_URL' }, 4),
      message('produces', 'Amazon SNS', 'order-events', {}, 5),
      message('produces', 'Google Pub/Sub', 'audit', {}, 6),
      message('consumes', 'Google Pub/Sub', 'audit-sink', {}, 7),
    ],
  },
  {
    name: 'databases: pg with host and port, mongoose from env, ioredis, TypeORM dialect',
    path: 'src/db.ts',
    text: code`
      import { Pool } from 'pg';
      import mongoose from 'mongoose';
      import Redis from 'ioredis';
      import { DataSource } from 'typeorm';
      const pool = new Pool({ host: 'orders-db', port: 5432, database: 'orders' });
      await mongoose.connect(process.env.MONGO_URL);
      const cache = new Redis(6379, 'cache');
      export const source = new DataSource({ type: 'mysql', url: process.env.MYSQL_URL });`,
    facts: [
      store('database', 'PostgreSQL', { host: 'orders-db', port: 5432 }, 5),
      store('database', 'MongoDB', { key: 'MONGO_URL' }, 6),
      store('database', 'Redis', { host: 'cache', port: 6379 }, 7),
      store('database', 'MySQL', { key: 'MYSQL_URL' }, 8),
    ],
  },
  {
    name: 'ClickHouse: the official client by URL from env or literal; redis createClient stays Redis',
    path: 'src/clickhouse.ts',
    text: code`
      import { createClient } from '@clickhouse/client';
      import { createClient as createRedis } from 'redis';
      export const clickhouse = createClient({ url: process.env.CLICKHOUSE_URL, username: 'default' });
      export const events = createClient({ host: 'http://events-ch:8123' });`,
    facts: [
      store('database', 'ClickHouse', { key: 'CLICKHOUSE_URL' }, 3),
      store('database', 'ClickHouse', { host: 'events-ch', port: 8123, url: 'http://events-ch:8123' }, 4),
    ],
  },
  {
    name: 'object storage, SFTP and SMTP',
    path: 'src/files.ts',
    text: code`
      import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
      import { BlobServiceClient } from '@azure/storage-blob';
      import SftpClient from 'ssh2-sftp-client';
      import nodemailer from 'nodemailer';
      await s3.send(new PutObjectCommand({ Bucket: 'invoices', Key: key, Body: body }));
      const container = BlobServiceClient.fromConnectionString(process.env.BLOB_CONN!).getContainerClient('reports');
      await sftp.connect({ host: 'sftp.partner.example.io', port: 22, username: 'u' });
      const mail = nodemailer.createTransport({ host: 'smtp.sendgrid.net', port: 587 });`,
    facts: [
      store('file-transfer', 'Amazon S3', {}, 5, 'invoices'),
      store('file-transfer', 'Azure Blob Storage', { key: 'BLOB_CONN' }, 6, 'reports'),
      store('file-transfer', 'SFTP', { host: 'sftp.partner.example.io', port: 22 }, 7),
      store('email', 'SMTP', { host: 'smtp.sendgrid.net', port: 587 }, 8),
    ],
  },
  {
    name: 'Sequelize and knex dialects, Event Grid publisher',
    path: 'src/legacy.js',
    text: code`
      const { Sequelize } = require('sequelize');
      const knex = require('knex');
      const { EventGridPublisherClient } = require('@azure/eventgrid');
      const sequelize = new Sequelize('shop', 'app', secret, { host: 'mariadb', dialect: 'mariadb' });
      const db = knex({ client: 'pg', connection: process.env.PG_CONNECTION });
      const grid = new EventGridPublisherClient('https://orders.westeurope-1.eventgrid.azure.net/api/events', 'EventGrid', credential);`,
    facts: [
      store('database', 'MariaDB', { host: 'mariadb' }, 4),
      store('database', 'PostgreSQL', { key: 'PG_CONNECTION' }, 5),
      message('produces', 'Azure Event Grid', undefined, { host: 'orders.westeurope-1.eventgrid.azure.net', url: 'https://orders.westeurope-1.eventgrid.azure.net/api/events' }, 6),
    ],
  },
  {
    name: 'request called as a function, as request.get and with an options object; an address built by a local function',
    path: 'cart/server.js',
    text: code`
      const request = require('request');
      const catalogueHost = process.env.CATALOGUE_HOST || 'catalogue';
      const ratingsBase = 'http://ratings:80';
      function baseUrl() {
        return 'http://' + catalogueHost + ':8080';
      }
      const ratingsUrl = (sku) => ratingsBase + '/api/rate/' + sku;
      request(baseUrl() + '/product/' + sku, (err, res, body) => {});
      request.get('http://user:8080/check/' + id, done);
      request({ uri: 'http://payment:8080/pay', method: 'POST', json: order }, done);
      request(ratingsUrl(sku), done);
      request(pathOnly() + '/x', done);
      function pathOnly() { return '/api'; }
      class Reviews {
        base() { return \`http://reviews:9080\`; }
        list(id) { return request.get(this.base() + '/reviews/' + id); }
      }`,
    facts: [
      http(8, { key: 'CATALOGUE_HOST' }),
      http(9, { host: 'user', port: 8080, url: 'http://user:8080/check/' }),
      http(10, { host: 'payment', port: 8080, url: 'http://payment:8080/pay' }),
      http(11, { host: 'ratings', port: 80, url: 'http://ratings:80/api/rate/' }),
      http(12, {}, { confidence: INFERRED }),
      http(16, { host: 'reviews', port: 9080, url: 'http://reviews:9080/reviews/' }),
    ],
  },
  {
    name: 'MongoClient as a member of require(\'mongodb\'), connected through a variable and directly',
    path: 'user/server.js',
    text: code`
      const mongoClient = require('mongodb').MongoClient;
      const MongoClient = require('mongodb').MongoClient;
      const mongoURL = process.env.MONGO_URL || 'mongodb://mongodb:27017/users';
      mongoClient.connect(mongoURL, (error, client) => {});
      MongoClient.connect('mongodb://mongodb:27017/catalogue');`,
    facts: [
      store('database', 'MongoDB', { key: 'MONGO_URL' }, 4),
      store('database', 'MongoDB', { host: 'mongodb', port: 27017, url: 'mongodb://mongodb:27017/catalogue' }, 5),
    ],
  },
  {
    name: 'env defaults: an env read wins over a cluster default, a public URL default names the partner',
    path: 'src/payments.ts',
    text: code`
      import axios from 'axios';
      const gateway = process.env.PAYMENT_GATEWAY || 'https://payments.exampleco.com/v2';
      const ledger = process.env.LEDGER_URL ?? 'http://ledger:8080';
      const local = process.env.FRAUD_URL || 'http://fraud.svc.cluster.local';
      axios.post(gateway, charge);
      axios.post(ledger, entry);
      axios.post(local, check);`,
    facts: [
      http(5, { host: 'payments.exampleco.com', url: 'https://payments.exampleco.com/v2', unlessSet: 'PAYMENT_GATEWAY' }),
      http(6, { key: 'LEDGER_URL' }),
      http(7, { key: 'FRAUD_URL' }),
    ],
  },
];

describe('TypeScript/JavaScript code source', () => {
  it.each(cases)('$name', async ({ path, text, facts }) => {
    expect(summarise(await readSnippet(typescriptCodeSource, path, text))).toEqual(facts);
  });

  it('reads NATS and MQTT subjects and topics with their brokers', async () => {
    const text = code`
      import { connect } from 'nats';
      const nc = await connect({ servers: 'nats://nats:4222' });
      nc.publish('telemetry.raw', data);
      nc.subscribe('commands.>');`;
    expect(summarise(await readSnippet(typescriptCodeSource, 'src/nats.ts', text))).toEqual([
      message('produces', 'NATS', 'telemetry.raw', { host: 'nats', port: 4222, url: 'nats://nats:4222' }, 3),
      message('consumes', 'NATS', 'commands.>', { host: 'nats', port: 4222, url: 'nats://nats:4222' }, 4),
    ]);
    const mqttText = code`
      import mqtt from 'mqtt';
      const client = mqtt.connect('mqtt://broker.local:1883');
      client.publish('sensors/door', 'open');
      client.subscribe(['sensors/+/temperature']);`;
    expect(summarise(await readSnippet(typescriptCodeSource, 'src/mqtt.js', mqttText))).toEqual([
      message('produces', 'MQTT', 'sensors/door', { host: 'broker.local', port: 1883, url: 'mqtt://broker.local:1883' }, 3),
      message('consumes', 'MQTT', 'sensors/+/temperature', { host: 'broker.local', port: 1883, url: 'mqtt://broker.local:1883' }, 4),
    ]);
  });

  it('applies user rules for in-house clients, with the rule id as technology', async () => {
    const text = code`
      import { AcmeHttp } from '@acme/http';
      const PRICING = 'http://pricing:8080';
      AcmeHttp.get(PRICING + '/quotes');
      acmeBus.emit('order.created', payload);`;
    const facts = await readSnippet(typescriptCodeSource, 'src/acme.ts', text, [
      { id: 'acme-http', call: 'AcmeHttp.*', role: 'calls', mechanism: 'rest' },
      { id: 'acme-bus', language: 'typescript', call: 'acmeBus.emit', role: 'produces', mechanism: 'messaging', technology: 'Acme Bus', broker: 'acme-bus' },
      { id: 'py-only', language: 'python', call: 'AcmeHttp.get', role: 'calls', mechanism: 'soap' },
    ]);
    expect(summarise(facts)).toEqual([
      http(3, { host: 'pricing', port: 8080, url: 'http://pricing:8080/quotes' }, { technology: 'rule:acme-http' }),
      { role: 'produces', mechanism: 'messaging', technology: 'Acme Bus', channel: 'order.created', target: { component: 'acme-bus' }, targetKind: 'message-broker', line: 4, confidence: LITERAL },
    ]);
  });

  it('does not parse a file without trigger words', async () => {
    const file: SourceFile = { path: 'src/math.ts', text: 'export const add = (a: number, b: number) => a + b;\n' };
    const parse = vi.fn();
    expect(await typescriptCodeSource.read(file, { evidenceAt: evidenceFor(file), parse, rules: [] })).toEqual([]);
    expect(parse).not.toHaveBeenCalled();
  });

  it('reads malformed code without throwing', async () => {
    const text = "import axios from 'axios';\nconst x = axios.get('http://a:1/' +\nfunction ( {{{ \n";
    await expect(readSnippet(typescriptCodeSource, 'src/broken.ts', text)).resolves.toBeInstanceOf(Array);
  });

  it('never lets a literal DSN secret through', async () => {
    const text = "import { Pool } from 'pg';\nconst pool = new Pool({ connectionString: 'postgres://app:CanaryS3cret-7781@db:5432/orders' });\n";
    const facts = await readSnippet(typescriptCodeSource, 'src/secret.ts', text);
    expect(facts).toHaveLength(1);
    expect(JSON.stringify(facts)).not.toContain('CanaryS3cret-7781');
  });

  it('accepts the TypeScript and JavaScript extensions only', () => {
    expect(['a.ts', 'a.tsx', 'a.js', 'a.mjs', 'a.cjs', 'a.jsx'].every((path) => typescriptCodeSource.accepts(path))).toBe(true);
    expect(typescriptCodeSource.accepts('a.py')).toBe(false);
  });
});
