/**
 * NestJS: microservice transports (clients produce or call, servers consume), Bull queues,
 * @nestjs/axios HttpService, Mongoose and TypeORM factories, and @nestjs/config's ConfigService
 * and registerAs, each read from a snippet and, across files, resolved into edges.
 */
import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Evidence, type Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { LITERAL, code, http, message, readSnippet, store, summarise, type FactSummary } from './code-test-support.js';
import { applicationFolderOf, NEST_BULL_KEY, NEST_HTTP_KEY } from './nestjs.js';
import { typescriptCodeSource } from './typescript-source.js';

const MS = "import { ClientsModule, ClientProxyFactory, Client, Transport, MicroserviceOptions } from '@nestjs/microservices';";
const CONFIG = "import { ConfigService } from '@nestjs/config';";
const direct = (mechanism: 'other' | 'grpc', technology: string, target: object, line: number): FactSummary => ({ role: 'calls', mechanism, technology, target, line, confidence: LITERAL });

const CASES: { name: string; text: string; facts: FactSummary[] }[] = [
  { name: 'RMQ client in ClientsModule.register: a producer on its queue', text: code`
      ${MS}
      export const clients = ClientsModule.register([
        { name: 'ORDERS', transport: Transport.RMQ, options: { urls: [process.env.RABBITMQ_URL], queue: 'orders_queue' } },
        { name: 'BILLING', transport: Transport.RMQ, options: { urls: ['amqp://rabbit:5672'], queue: 'billing_queue' } },
      ]);`, facts: [message('produces', 'RabbitMQ', 'orders_queue', { key: 'RABBITMQ_URL' }, 3), message('produces', 'RabbitMQ', 'billing_queue', { host: 'rabbit', port: 5672, url: 'amqp://rabbit:5672' }, 4)] },
  { name: 'NATS client in registerAsync: the useFactory result, ConfigService.get split into servers', text: code`
      ${MS}
      ${CONFIG}
      export const clients = ClientsModule.registerAsync([{
        name: 'INVENTORY',
        inject: [ConfigService],
        useFactory: (cfg: ConfigService) => ({
          transport: Transport.NATS,
          options: { servers: cfg.get<string>('NATS_SERVERS').split(',') },
        }),
      }]);`, facts: [message('produces', 'NATS', undefined, { key: 'NATS_SERVERS' }, 7)] },
  { name: 'Kafka client from ClientProxyFactory.create: a producer to its brokers', text: code`
      ${MS}
      const kafka = ClientProxyFactory.create({ transport: Transport.KAFKA, options: { client: { brokers: ['kafka:9092'] }, consumer: { groupId: 'replies' } } });
      kafka.subscribeToResponseOf('billing.invoice');`, facts: [message('produces', 'Kafka', undefined, { host: 'kafka', port: 9092 }, 2)] },
  { name: '@Client on the Redis transport with a bare host', text: code`
      ${MS}
      class Audit {
        @Client({ transport: Transport.REDIS, options: { host: 'redis', port: 6379 } })
        client;
      }`, facts: [message('produces', 'Redis', undefined, { host: 'redis', port: 6379 }, 3)] },
  { name: 'MQTT client by url', text: code`
      ${MS}
      const telemetry = ClientProxyFactory.create({ transport: Transport.MQTT, options: { url: 'mqtt://mosquitto:1883' } });`, facts: [message('produces', 'MQTT', undefined, { host: 'mosquitto', port: 1883, url: 'mqtt://mosquitto:1883' }, 2)] },
  { name: 'createMicroservice on RMQ: a consumer of its queue', text: code`
      ${MS}
      import { NestFactory } from '@nestjs/core';
      const app = await NestFactory.createMicroservice<MicroserviceOptions>(AppModule, {
        transport: Transport.RMQ,
        options: { urls: [process.env.RABBITMQ_URL], queue: 'orders_queue' },
      });`, facts: [message('consumes', 'RabbitMQ', 'orders_queue', { key: 'RABBITMQ_URL' }, 4)] },
  { name: 'each connectMicroservice of a hybrid app consumes', text: code`
      ${MS}
      app.connectMicroservice({ transport: Transport.NATS, options: { servers: [process.env.NATS_URL] } });
      app.connectMicroservice({ transport: Transport.KAFKA, options: { client: { brokers: [process.env.KAFKA_BROKER] } } });
      app.connectMicroservice({ transport: Transport.TCP, options: { port: 4001 } });
      app.connectMicroservice({ transport: Transport.GRPC, options: { url: '0.0.0.0:5000', package: 'catalog' } });`, facts: [message('consumes', 'NATS', undefined, { key: 'NATS_URL' }, 2), message('consumes', 'Kafka', undefined, { key: 'KAFKA_BROKER' }, 3)] },
  { name: 'TCP and gRPC clients call their host directly', text: code`
      ${MS}
      ${CONFIG}
      export const clients = ClientsModule.registerAsync([{
        name: 'AUTH',
        useFactory: (cfg: ConfigService) => ({ transport: Transport.TCP, options: { host: cfg.get('AUTH_HOST'), port: 4001 } }),
      }]);
      const catalog = ClientProxyFactory.create({ transport: Transport.GRPC, options: { url: 'catalog:5000', package: 'catalog' } });`, facts: [direct('other', 'TCP', { key: 'AUTH_HOST' }, 5), direct('grpc', 'gRPC', { host: 'catalog', port: 5000 }, 7)] },
  { name: 'options declared apart: typed, or handed to a server call in the file; others say nothing', text: code`
      ${MS}
      export const rmq: MicroserviceOptions = { transport: Transport.RMQ, options: { urls: ['amqp://rabbit:5672'], queue: 'jobs' } };
      export const nats = (): ClientOptions => ({ transport: Transport.NATS, options: { servers: ['nats://nats:4222'] } });
      export const loose = { transport: Transport.MQTT, options: { url: 'mqtt://mosquitto:1883' } };
      const jobs = { transport: Transport.NATS, options: { servers: ['nats://jobs-nats:4222'] } };
      app.connectMicroservice(jobs);`, facts: [
        message('consumes', 'RabbitMQ', 'jobs', { host: 'rabbit', port: 5672, url: 'amqp://rabbit:5672' }, 2),
        message('produces', 'NATS', undefined, { host: 'nats', port: 4222, url: 'nats://nats:4222' }, 3),
        message('consumes', 'NATS', undefined, { host: 'jobs-nats', port: 4222, url: 'nats://jobs-nats:4222' }, 5),
      ] },
  { name: 'terminus health checks are no connection', text: code`
      ${MS}
      import { HttpHealthIndicator, MicroserviceHealthIndicator } from '@nestjs/terminus';
      class Health {
        constructor(private http: HttpHealthIndicator, private ms: MicroserviceHealthIndicator) {}
        check() {
          return [
            () => this.http.pingCheck('psp', 'https://status.paystream.io'),
            () => this.ms.pingCheck('rmq', { transport: Transport.RMQ, options: { urls: ['amqp://rabbit:5672'] } }),
          ];
        }
      }`, facts: [] },
  { name: 'a transport object without @nestjs/microservices is not Nest', text: code`
      import { Transport } from './transport';
      const options = ClientsModule.register([{ transport: Transport.RMQ, options: { urls: ['amqp://rabbit:5672'] } }]);`, facts: [] },
  { name: 'Bull: @InjectQueue produces and @Processor consumes on the application Redis', text: code`
      import { InjectQueue, Processor } from '@nestjs/bull';
      @Processor('mail')
      class MailProcessor {}
      class Orders {
        constructor(@InjectQueue('mail') private readonly queue: Queue) {}
      }`, facts: [message('consumes', 'Redis', 'mail', { key: NEST_BULL_KEY }, 2), message('produces', 'Redis', 'mail', { key: NEST_BULL_KEY }, 5)] },
  { name: 'BullMQ: a flow producer injected, and a queue looked up by its token in a file adding jobs (its name from the method\'s callers), produce', text: code`
      import { InjectFlowProducer, getQueueToken } from '@nestjs/bullmq';
      class Jobs {
        constructor(@InjectFlowProducer('flows') private readonly flows: FlowProducer, private readonly moduleRef: ModuleRef) {}
        queue(name: string) { return this.moduleRef.get(getQueueToken(name), { strict: false }); }
        async thumbnail(id: string) { await this.queue('thumbnail').add('generate', { id }); }
      }`, facts: [message('produces', 'Redis', 'flows', { key: NEST_BULL_KEY }, 3), message('produces', 'Redis', 'thumbnail', { key: NEST_BULL_KEY }, 4)] },
  { name: 'a queue token in a file adding no jobs (a test double, a health check) is nothing', text: code`
      import { getQueueToken } from '@nestjs/bullmq';
      export const providers = [{ provide: getQueueToken('mail'), useValue: {} }];`, facts: [] },
  { name: 'HttpService: a relative path takes the module baseURL, a URL its own host', text: code`
      import { HttpService } from '@nestjs/axios';
      class Payments {
        constructor(private readonly http: HttpService) {}
        charge() { return this.http.post('/charges', {}); }
        rates() { return this.http.get('https://fx.ratesource.io/latest'); }
      }`, facts: [http(4, { key: NEST_HTTP_KEY }), http(5, { host: 'fx.ratesource.io', url: 'https://fx.ratesource.io/latest' })] },
  { name: 'HttpService given a URL from an injected ConfigService', text: code`
      ${CONFIG}
      import { HttpService } from '@nestjs/axios';
      class Rates {
        constructor(private readonly cfg: ConfigService, private readonly http: HttpService) {}
        latest() { return this.http.get(this.cfg.get<string>('rates.url')); }
      }`, facts: [http(5, { key: 'rates.url' })] },
  { name: 'TypeORM forRootAsync and Mongoose forRootAsync: the factory result', text: code`
      ${CONFIG}
      import { TypeOrmModule } from '@nestjs/typeorm';
      import { MongooseModule } from '@nestjs/mongoose';
      const db = TypeOrmModule.forRootAsync({
        inject: [ConfigService],
        useFactory: (cfg: ConfigService) => ({ type: 'postgres', host: cfg.get('database.host'), port: 5432 }),
      });
      const mongo = MongooseModule.forRootAsync({
        useFactory: async (config: ConfigService) => { return { uri: config.getOrThrow<string>('MONGO_URI') }; },
      });
      const plain = MongooseModule.forRoot('mongodb://mongo:27017/inventory');`, facts: [
        store('database', 'PostgreSQL', { key: 'database.host' }, 4),
        store('database', 'MongoDB', { key: 'MONGO_URI' }, 8),
        store('database', 'MongoDB', { host: 'mongo', port: 27017, url: 'mongodb://mongo:27017/inventory'}, 11),
      ] },
];

describe('NestJS connections', () => {
  it.each(CASES)('$name', async ({ text, facts }) => {
    expect(summarise(await readSnippet(typescriptCodeSource, 'svc/src/app.module.ts', text))).toEqual(facts);
  });
});

const BINDINGS: { name: string; path: string; text: string; bindings: { key: string; value: string; scope: string }[] }[] = [
  { name: 'Bull forRoot: the Redis host, for the application', path: 'mailer/src/queue/queue.module.ts', text: code`
      import { BullModule } from '@nestjs/bull';
      export const q = BullModule.forRoot({ redis: { host: process.env.REDIS_HOST, port: 6379 } });`, bindings: [{ key: NEST_BULL_KEY, value: '$ref:REDIS_HOST', scope: 'mailer' }] },
  { name: 'BullMQ forRootAsync: the connection of the factory result', path: 'orders/src/app.module.ts', text: code`
      import { BullModule } from '@nestjs/bullmq';
      import { ConfigService } from '@nestjs/config';
      export const q = BullModule.forRootAsync({ useFactory: (cfg: ConfigService) => ({ connection: { host: cfg.get('REDIS_HOST'), port: 6379 } }) });`, bindings: [{ key: NEST_BULL_KEY, value: '$ref:REDIS_HOST', scope: 'orders' }] },
  { name: 'Bull forRoot with a literal host', path: 'src/app.module.ts', text: code`
      import { BullModule } from '@nestjs/bull';
      export const q = BullModule.forRoot({ redis: { host: 'queue-redis', port: 6379 } });`, bindings: [{ key: NEST_BULL_KEY, value: 'queue-redis', scope: '' }] },
  { name: 'Bull forRoot given options built in another module: their properties there, each tried in turn', path: 'server/src/app.module.ts', text: code`
      import { BullModule } from '@nestjs/bullmq';
      import { bull } from './config';
      export const q = BullModule.forRoot(bull.config);`, bindings: ['redis.host', 'redis.url', 'redis', 'connection.host', 'connection.url', 'url'].map((pick) => ({ key: NEST_BULL_KEY, value: `$ref:code:bull.config.${pick}`, scope: 'server' })) },
  { name: 'BullMQ forRootAsync whose factory returns options of another module', path: 'server/src/app.module.ts', text: code`
      import { BullModule } from '@nestjs/bullmq';
      import { bullConfig } from './config';
      export const q = BullModule.forRootAsync({ useFactory: () => bullConfig });`, bindings: ['redis.host', 'redis.url', 'redis', 'connection.host', 'connection.url', 'url'].map((pick) => ({ key: NEST_BULL_KEY, value: `$ref:code:bullConfig.${pick}`, scope: 'server' })) },
  { name: 'HttpModule.register: the base URL, for its module folder', path: 'gateway/src/payments/payments.module.ts', text: code`
      import { HttpModule } from '@nestjs/axios';
      export const m = HttpModule.register({ baseURL: process.env.PAYSTREAM_BASE_URL, timeout: 5000 });`, bindings: [{ key: NEST_HTTP_KEY, value: '$ref:PAYSTREAM_BASE_URL', scope: 'gateway/src/payments' }] },
  { name: 'registerAs: each property under its namespace, for the application', path: 'orders/src/config/database.config.ts', text: code`
      import { registerAs } from '@nestjs/config';
      export default registerAs('database', () => ({
        host: process.env.POSTGRES_HOST,
        url: 'postgres://db:5432/orders',
        pool: 10,
      }));`, bindings: [
        { key: 'database.host', value: '$ref:POSTGRES_HOST', scope: 'orders' },
        { key: 'database.url', value: 'postgres://db:5432/orders', scope: 'orders' },
      ] },
];

describe('NestJS settings bound for other files', () => {
  it.each(BINDINGS)('$name', async ({ path, text, bindings }) => {
    const facts = await readSnippet(typescriptCodeSource, path, text);
    const found = facts.flatMap((fact) => (fact.type === 'binding' && !fact.key.startsWith('code:') ? [{ key: fact.key, value: fact.value, scope: fact.scope }] : []));
    expect(found).toEqual(bindings);
  });

  it.each([
    ['orders/src/config/database.config.ts', 'orders'],
    ['apps/gateway/src/app.module.ts', 'apps/gateway'],
    ['src/main.ts', ''],
    ['lib/queue.ts', 'lib'],
  ])('the application folder of %s is %s', (path, folder) => {
    expect(applicationFolderOf(path)).toBe(folder);
  });
});

describe('NestJS across files', () => {
  const at = (file: string, line = 1): Evidence => ({ file, line, excerpt: `line ${line}` });
  const component = (name: string, root?: string): Fact => ({ type: 'component', name, kind: 'application', ...(root ? { root } : {}), evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared });
  const env = (owner: string, key: string, value: string): Fact => ({ type: 'binding', component: owner, key, value, evidence: at('docker-compose.yml', 9) });

  it('joins queues, base URLs and registerAs keys to what the deployment sets', async () => {
    const files = [
      { path: 'orders/src/app.module.ts', text: code`
          import { BullModule } from '@nestjs/bull';
          import { HttpModule } from '@nestjs/axios';
          import { TypeOrmModule } from '@nestjs/typeorm';
          import { ConfigService } from '@nestjs/config';
          export const imports = [
            BullModule.forRoot({ redis: { host: process.env.REDIS_HOST } }),
            HttpModule.register({ baseURL: process.env.PSP_URL }),
            TypeOrmModule.forRootAsync({ useFactory: (cfg: ConfigService) => ({ type: 'postgres', host: cfg.get('database.host') }) }),
          ];` },
      { path: 'orders/src/config/database.config.ts', text: code`
          import { registerAs } from '@nestjs/config';
          export default registerAs('database', () => ({ host: process.env.POSTGRES_HOST }));` },
      { path: 'orders/src/orders/orders.service.ts', text: code`
          import { InjectQueue } from '@nestjs/bull';
          import { HttpService } from '@nestjs/axios';
          class OrdersService {
            constructor(@InjectQueue('mail') private q: Queue, private http: HttpService) {}
            pay() { return this.http.post('/charges', {}); }
          }` },
      { path: 'mailer/src/mail.processor.ts', text: code`
          import { Processor } from '@nestjs/bull';
          @Processor('mail')
          export class MailProcessor {}` },
      { path: 'mailer/src/app.module.ts', text: code`
          import { BullModule } from '@nestjs/bull';
          export const q = BullModule.forRoot({ redis: 'redis://queue:6379' });` },
    ];
    const facts = (await Promise.all(files.map((file) => readSnippet(typescriptCodeSource, file.path, file.text)))).flat();
    const context = [
      component('orders', 'orders'),
      component('mailer', 'mailer'),
      component('redis'),
      component('queue'),
      component('postgres'),
      env('orders', 'REDIS_HOST', 'redis'),
      env('orders', 'PSP_URL', 'https://api.paystream.io/v2'),
      env('orders', 'POSTGRES_HOST', 'postgres'),
    ];
    const graph = resolveFacts([...context, ...facts]);
    expect(graph.integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism})`).sort()).toEqual([
      'orders -> api-paystream-io (rest)',
      'orders -> postgres (database)',
      'orders -> redis (messaging)',
      'queue -> mailer (messaging)',
    ]);
  });
});
