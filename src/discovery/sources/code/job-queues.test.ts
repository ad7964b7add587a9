/**
 * Job queues on Redis (BullMQ, Bull, Bee-Queue) and Redis fan-out (socket.io's Redis adapters and
 * emitter, pub/sub): messaging through Redis, each role read from what the file does with the
 * queue or client it makes (job-queues.ts).
 */
import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Evidence, type Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { bindingsOf, code, message, readSnippet, readSnippetWithNames, store, summarise, type FactSummary } from './code-test-support.js';
import { moduleImportsSource } from './module-imports.js';
import { typescriptCodeSource } from './typescript-source.js';

const redis = (role: 'produces' | 'consumes', channel: string | undefined, target: object, line: number): FactSummary => message(role, 'Redis', channel, target, line);
const JOBS_REDIS = { host: 'jobs-redis', port: 6379 };

const CASES: { name: string; text: string; facts: FactSummary[] }[] = [
  { name: 'BullMQ: a queue held in a class field and added to produces', text: code`
      import { Queue } from 'bullmq';
      export class Mailer {
        private readonly queue = new Queue('mail', { connection: { host: 'jobs-redis', port: 6379 } });
        send(to: string) { return this.queue.add('welcome', { to }); }
      }`, facts: [redis('produces', 'mail', JOBS_REDIS, 3)] },
  { name: 'BullMQ: a queue assigned in a constructor and added to in bulk produces', text: code`
      import { Queue } from 'bullmq';
      export class Indexer {
        constructor() { this.queue = new Queue('index', { connection: { host: 'jobs-redis', port: 6379 } }); }
        all(ids) { return this.queue.addBulk(ids.map((id) => ({ name: 'doc', data: { id } }))); }
      }`, facts: [redis('produces', 'index', JOBS_REDIS, 3)] },
  { name: 'BullMQ: a queue only counted or shown on a dashboard produces nothing; the worker consumes', text: code`
      import { Queue, Worker } from 'bullmq';
      import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
      const connection = { host: 'jobs-redis', port: 6379 };
      const audit = new Queue('audit', { connection });
      const board = new BullMQAdapter(audit);
      const worker = new Worker('notifications', async (job) => send(job.data), { connection });
      worker.on('failed', async () => console.log(await audit.getJobCounts()));`, facts: [redis('consumes', 'notifications', JOBS_REDIS, 6)] },
  { name: 'BullMQ: a queue handed on (exported, module.exports, returned) produces', text: code`
      import { Queue, FlowProducer } from 'bullmq';
      export const exported = new Queue('exported', { connection: { host: 'jobs-redis', port: 6379 } });
      const listed = new Queue('listed', { connection: { host: 'jobs-redis', port: 6379 } });
      module.exports = { listed };
      export function makeQueue() { return new Queue('made', { connection: { host: 'jobs-redis', port: 6379 } }); }`, facts: [
        redis('produces', 'exported', JOBS_REDIS, 2),
        redis('produces', 'listed', JOBS_REDIS, 3),
        redis('produces', 'made', JOBS_REDIS, 5),
      ] },
  { name: 'BullMQ: a flow producer adding a flow produces', text: code`
      import { FlowProducer } from 'bullmq';
      const flows = new FlowProducer({ connection: { host: process.env.REDIS_HOST, port: 6379 } });
      await flows.add({ name: 'render', queueName: 'renders', children: [] });`, facts: [redis('produces', undefined, { key: 'REDIS_HOST' }, 2)] },
  { name: 'BullMQ: a connection that is an ioredis client the file made is where the Redis is; the client is no database use', text: code`
      import IORedis from 'ioredis';
      import { Worker } from 'bullmq';
      const connection = new IORedis(process.env.REDIS_URL, { maxRetriesPerRequest: null });
      const worker = new Worker('exports', async (job) => build(job.data), { connection });`, facts: [redis('consumes', 'exports', { key: 'REDIS_URL' }, 4)] },
  { name: 'BullMQ: options spread from another module name the Redis there', text: code`
      import { Worker } from 'bullmq';
      import { bull } from './config';
      export const worker = new Worker('thumbnail', async (job) => job.data, { ...bull.config, concurrency: 4 });`, facts: [redis('consumes', 'thumbnail', { key: 'code:bull.config.connection' }, 3)] },
  { name: 'BullMQ: a commented-out worker is nothing', text: code`
      import { Queue } from 'bullmq';
      // const legacy = new Worker('digest', sendDigest, { connection: { host: 'redis-legacy' } });
      export const q = new Queue('digest', { connection: { host: 'jobs-redis', port: 6379 } });`, facts: [redis('produces', 'digest', JOBS_REDIS, 3)] },
  { name: 'Bull: one queue added to and processed produces and consumes', text: code`
      import Bull from 'bull';
      const videos = new Bull('transcode', process.env.REDIS_URL);
      videos.process(4, async (job) => transcode(job.data));
      export const enqueue = (id) => videos.add({ id });`, facts: [redis('produces', 'transcode', { key: 'REDIS_URL' }, 2), redis('consumes', 'transcode', { key: 'REDIS_URL' }, 2)] },
  { name: 'Bull: a factory\'s queue whose clients its createClient option makes is at their Redis; those clients are no database use', text: code`
      import Queue from 'bull';
      import Redis from 'ioredis';
      export function createQueue(name: string) {
        const queue = new Queue(name, {
          createClient(type) {
            switch (type) {
              case 'bclient': return new Redis(process.env.REDIS_URL, { maxRetriesPerRequest: null });
              default: return new Redis(process.env.REDIS_URL);
            }
          },
        });
        queue.on('failed', (job) => console.warn(job.id));
        return queue;
      }`, facts: [redis('produces', '$ref:code:const:param:createQueue#0', { key: 'REDIS_URL' }, 4)] },
  { name: 'Bull: createClient as a property, the address an env object\'s field', text: code`
      const Bull = require('bull');
      const IORedis = require('ioredis');
      const env = require('./env');
      const jobs = new Bull('jobs', { createClient: (type) => new IORedis(env.REDIS_URL) });
      jobs.process(async (job) => job.data);`, facts: [redis('consumes', 'jobs', { key: 'code:REDIS_URL' }, 4)] },
  { name: 'Bull: a queue made without new, by its options', text: code`
      const Queue = require('bull');
      const reports = Queue('reports', { redis: { host: 'jobs-redis', port: 6379 } });
      reports.process(async (job) => render(job.data));`, facts: [redis('consumes', 'reports', JOBS_REDIS, 2)] },
  { name: 'Bee-Queue: createJob produces, process consumes', text: code`
      const BeeQueue = require('bee-queue');
      const outbox = new BeeQueue('outbox', { redis: { host: 'jobs-redis', port: 6379 } });
      outbox.createJob({ to: 'a' }).save();
      const inbox = new BeeQueue('inbox', { redis: { host: 'jobs-redis', port: 6379 }, isWorker: true });
      inbox.process(async (job) => handle(job.data));`, facts: [redis('produces', 'outbox', JOBS_REDIS, 2), redis('consumes', 'inbox', JOBS_REDIS, 4)] },
  { name: 'Bee-Queue: a queue without options names no Redis (resolution takes the only one defined, if any)', text: code`
      const Queue = require('bee-queue');
      const q = new Queue('thumbnails');
      q.process(async (job) => resize(job.data));`, facts: [redis('consumes', 'thumbnails', {}, 2)] },
  { name: 'socket.io Redis adapter on node-redis: the client and its duplicate publish and subscribe', text: code`
      import { createAdapter } from '@socket.io/redis-adapter';
      import { createClient } from 'redis';
      const pubClient = createClient({ url: process.env.REDIS_URL });
      const subClient = pubClient.duplicate();
      io.adapter(createAdapter(pubClient, subClient));`, facts: [redis('produces', undefined, { key: 'REDIS_URL' }, 3), redis('consumes', undefined, { key: 'REDIS_URL' }, 3)] },
  { name: 'socket.io Redis adapter on ioredis: each client given to it', text: code`
      import { createAdapter } from '@socket.io/redis-adapter';
      import { Redis } from 'ioredis';
      const pub = new Redis(6379, 'fanout-redis');
      const sub = new Redis(6379, 'fanout-redis');
      io.adapter(createAdapter(pub, sub));`, facts: [
        redis('produces', undefined, { host: 'fanout-redis', port: 6379 }, 3),
        redis('consumes', undefined, { host: 'fanout-redis', port: 6379 }, 3),
        redis('produces', undefined, { host: 'fanout-redis', port: 6379 }, 4),
        redis('consumes', undefined, { host: 'fanout-redis', port: 6379 }, 4),
      ] },
  { name: 'socket.io Redis streams adapter: one client both ways', text: code`
      import { createAdapter } from '@socket.io/redis-streams-adapter';
      import { createClient } from 'redis';
      const redisClient = createClient({ url: 'redis://fanout-redis:6379' });
      await redisClient.connect();
      const io = new Server({ adapter: createAdapter(redisClient) });`, facts: [
        redis('produces', undefined, { host: 'fanout-redis', port: 6379, url: 'redis://fanout-redis:6379' }, 3),
        redis('consumes', undefined, { host: 'fanout-redis', port: 6379, url: 'redis://fanout-redis:6379' }, 3),
      ] },
  { name: 'Redis pub/sub: a publisher produces, a subscriber consumes', text: code`
      import Redis from 'ioredis';
      const publisher = new Redis(process.env.EVENTS_REDIS_URL);
      const subscriber = new Redis(process.env.EVENTS_REDIS_URL);
      export const announce = (event) => publisher.publish('asset-events', JSON.stringify(event));
      subscriber.subscribe('asset-events');
      subscriber.on('message', (channel, message) => handle(message));`, facts: [redis('produces', undefined, { key: 'EVENTS_REDIS_URL' }, 2), redis('consumes', undefined, { key: 'EVENTS_REDIS_URL' }, 3)] },
  { name: 'Redis pub/sub on an injected client (typed): publish produces, subscribe consumes, on the Redis made elsewhere', text: code`
      import { InjectRedis } from '@nestjs-modules/ioredis';
      import Redis from 'ioredis';
      export class Events {
        constructor(@InjectRedis() private readonly redis: Redis, private readonly subscriber: Redis) {}
        announce(event) { return this.redis.publish('asset-events', JSON.stringify(event)); }
        listen() { return this.subscriber.subscribe('asset-events'); }
        cached(key) { return this.redis.get(key); }
      }`, facts: [{ ...redis('produces', 'asset-events', {}, 5) }, { ...redis('consumes', 'asset-events', {}, 6) }] },
  { name: 'socket.io Redis emitter: the client publishes', text: code`
      import { Emitter } from '@socket.io/redis-emitter';
      import { createClient } from 'redis';
      const redisClient = createClient({ url: 'redis://fanout-redis:6379' });
      const emitter = new Emitter(redisClient);`, facts: [redis('produces', undefined, { host: 'fanout-redis', port: 6379, url: 'redis://fanout-redis:6379' }, 3)] },
  { name: 'a Redis client caching is a database use; one caching and publishing is both', text: code`
      import Redis from 'ioredis';
      const cache = new Redis({ host: 'cache-redis', port: 6379 });
      export const get = (key) => cache.get(key);
      const bus = new Redis({ host: 'cache-redis', port: 6379 });
      export async function save(key, value) { await bus.set(key, value); await bus.publish('saved', key); }`, facts: [
        store('database', 'Redis', { host: 'cache-redis', port: 6379 }, 2),
        redis('produces', undefined, { host: 'cache-redis', port: 6379 }, 4),
        store('database', 'Redis', { host: 'cache-redis', port: 6379 }, 4),
      ] },
  // A package's default export or namespace under any local name is its constructor (import-aliases.ts wholeImports).
  { name: 'ioredis imported by default under another name: `new ioRedis(…)` is a Redis client', text: code`
      import ioRedis from 'ioredis';
      const cache = new ioRedis({ host: 'cache-redis', port: 6379 });
      export const get = (key) => cache.get(key);`, facts: [store('database', 'Redis', { host: 'cache-redis', port: 6379 }, 2)] },
  { name: 'ioredis as a namespace, and required whole: `new IOR(…)`, `new IOR.default(…)`, `new R(…)`', text: code`
      import * as IOR from 'ioredis';
      const R = require('ioredis');
      const a = new IOR({ host: 'cache-redis', port: 6379 });
      const b = new IOR.default({ host: 'cache-redis', port: 6380 });
      const c = new R({ host: 'cache-redis', port: 6381 });
      export const all = [a.get('x'), b.get('y'), c.get('z')];`, facts: [
        store('database', 'Redis', { host: 'cache-redis', port: 6379 }, 3),
        store('database', 'Redis', { host: 'cache-redis', port: 6380 }, 4),
        store('database', 'Redis', { host: 'cache-redis', port: 6381 }, 5),
      ] },
  { name: 'Bull imported as `makeQueue`: the queue it makes and adds to produces', text: code`
      import makeQueue from 'bull';
      const mail = new makeQueue('mail', { redis: { host: 'jobs-redis', port: 6379 } });
      export const send = (to) => mail.add({ to });`, facts: [redis('produces', 'mail', JOBS_REDIS, 2)] },
  { name: 'a class of the file spelt like an imported name is not the package (a named import is not a default one)', text: code`
      import { Redis as RedisType } from 'ioredis';
      import Cache from './cache';
      const cache = new Cache({ host: 'cache-redis', port: 6379 });`, facts: [] },
  // Pub/sub adapters other than socket.io's own clients (adapterRoles): producer and consumer both.
  { name: 'socket.io Redis adapter given clients a shared module makes: the adapter line, its Redis the construction\'s elsewhere', text: code`
      import { createAdapter } from '@socket.io/redis-adapter';
      import { redisClient } from '@acme/shared';
      const pubClient = redisClient();
      const subClient = pubClient.duplicate();
      io.adapter(createAdapter(pubClient, subClient, { key: 'rooms' }));`, facts: [{ ...redis('produces', undefined, {}, 5), confidence: CONFIDENCE.inferred }, { ...redis('consumes', undefined, {}, 5), confidence: CONFIDENCE.inferred }] },
  { name: 'socket.io Redis adapter given clients the file makes, with options: the clients say it, the adapter line adds nothing', text: code`
      import { createAdapter } from '@socket.io/redis-adapter';
      import Redis from 'ioredis';
      const pub = new Redis(process.env.REDIS_URL);
      io.adapter(createAdapter(pub, pub.duplicate(), { key: 'rooms' }));`, facts: [redis('produces', undefined, { key: 'REDIS_URL' }, 3), redis('consumes', undefined, { key: 'REDIS_URL' }, 3)] },
  { name: 'socket.io-redis given where Redis is connects there both ways', text: code`
      import redisAdapter from 'socket.io-redis';
      io.adapter(redisAdapter({ host: 'fanout-redis', port: 6379 }));`, facts: [redis('produces', undefined, { host: 'fanout-redis', port: 6379 }, 2), redis('consumes', undefined, { host: 'fanout-redis', port: 6379 }, 2)] },
  { name: 'socket.io-redis given the clients the file makes as options: the clients publish and subscribe', text: code`
      const redisAdapter = require('socket.io-redis');
      const { createClient } = require('redis');
      const pubClient = createClient({ url: process.env.REDIS_URL });
      io.adapter(redisAdapter({ pubClient, subClient: pubClient.duplicate() }));`, facts: [redis('produces', undefined, { key: 'REDIS_URL' }, 3), redis('consumes', undefined, { key: 'REDIS_URL' }, 3)] },
  { name: 'Hocuspocus\' Redis extension given host and port syncs documents through that Redis', text: code`
      import { Hocuspocus } from '@hocuspocus/server';
      import { Redis } from '@hocuspocus/extension-redis';
      const server = new Hocuspocus({ extensions: [new Redis({ host: process.env.REDIS_HOST, port: 6379 })] });`, facts: [redis('produces', undefined, { key: 'REDIS_HOST' }, 3), redis('consumes', undefined, { key: 'REDIS_HOST' }, 3)] },
  { name: 'Hocuspocus\' Redis extension given an ioredis client (`redis` option): the client is the bus, no database use; the extension is no client', text: code`
      import { Redis } from '@hocuspocus/extension-redis';
      import IORedis from 'ioredis';
      const redisClient = new IORedis(process.env.REDIS_URL);
      export const extensions = [new Redis({ redis: redisClient })];`, facts: [redis('produces', undefined, { key: 'REDIS_URL' }, 3), redis('consumes', undefined, { key: 'REDIS_URL' }, 3)] },
  { name: 'graphql-redis-subscriptions: the publisher and subscriber clients given to RedisPubSub', text: code`
      import { RedisPubSub } from 'graphql-redis-subscriptions';
      import Redis from 'ioredis';
      const options = { host: 'events-redis', port: 6379 };
      export const pubsub = new RedisPubSub({ publisher: new Redis(options), subscriber: new Redis(options) });`, facts: [
        redis('produces', undefined, { host: 'events-redis', port: 6379 }, 4),
        redis('consumes', undefined, { host: 'events-redis', port: 6379 }, 4),
      ] },
  { name: 'graphql-redis-subscriptions given connection options connects there both ways', text: code`
      import { RedisPubSub } from 'graphql-redis-subscriptions';
      export const pubsub = new RedisPubSub({ connection: { host: 'events-redis', port: 6379 } });`, facts: [redis('produces', undefined, { host: 'events-redis', port: 6379 }, 2), redis('consumes', undefined, { host: 'events-redis', port: 6379 }, 2)] },
  { name: 'a Redis client given to something else (a rate limiter\'s store) stays a database use', text: code`
      import { RedisStore } from 'rate-limit-redis';
      import Redis from 'ioredis';
      const client = new Redis(process.env.REDIS_URL);
      export const store = new RedisStore({ client });`, facts: [store('database', 'Redis', { key: 'REDIS_URL' }, 3)] },
  { name: 'a Redis client the file hands on stays a database use', text: code`
      import { createClient } from 'redis';
      export const client = createClient({ url: process.env.REDIS_URL });`, facts: [store('database', 'Redis', { key: 'REDIS_URL' }, 2)] },
];

describe('job queues and Redis fan-out', () => {
  it.each(CASES)('$name', async ({ text, facts }) => {
    expect(summarise(await readSnippet(typescriptCodeSource, 'svc/src/jobs.ts', text))).toEqual(facts);
  });
});

describe('job queues configured in another module', () => {
  const at = (file: string, line = 1): Evidence => ({ file, line, excerpt: `line ${line}` });
  const CONFIG = code`
      const redis = { host: process.env.REDIS_HOSTNAME || 'lumen_redis', port: 6379 };
      export const bull = { config: { prefix: 'lumen', connection: redis }, queues: [{ name: 'thumbnail' }] };
      export const queueOptions = { connection: { host: process.env.REDIS_HOSTNAME, port: 6379 } };
      export const Queues = { THUMBNAIL: 'thumbnail' };`;

  it('shares an exported object by path: each leaf and each object holding an address', async () => {
    const facts = await readSnippet(typescriptCodeSource, 'server/src/config.ts', CONFIG);
    expect(bindingsOf(facts)).toMatchObject({
      'code:bull.config.connection': '$ref:REDIS_HOSTNAME',
      'code:bull.config.connection.host': '$ref:REDIS_HOSTNAME',
      'code:queueOptions.connection': '$ref:REDIS_HOSTNAME',
      // Keys as found case-insensitively by resolution.
      'code:const:Queues.thumbnail': 'thumbnail',
    });
  });

  it('follows what BullModule, a plain queue and a worker are given to the Redis the deployment names', async () => {
    const files = [
      { path: 'server/src/config.ts', text: CONFIG },
      { path: 'server/src/app.module.ts', text: code`
          import { BullModule } from '@nestjs/bullmq';
          import { bull } from './config';
          export const imports = [BullModule.forRoot(bull.config), BullModule.registerQueue(...bull.queues)];` },
      { path: 'server/src/jobs/thumbnail.processor.ts', text: code`
          import { Processor, WorkerHost } from '@nestjs/bullmq';
          import { Queues } from '../config';
          @Processor(Queues.THUMBNAIL)
          export class ThumbnailProcessor extends WorkerHost { async process() {} }` },
      { path: 'server/src/jobs/notify.ts', text: code`
          import { Queue, Worker } from 'bullmq';
          import { bull, queueOptions } from '../config';
          export const notifications = new Queue('notifications', { connection: bull.config.connection });
          const worker = new Worker('digest', async (job) => job.data, queueOptions);` },
    ];
    const facts = (await Promise.all(files.map((file) => readSnippet(typescriptCodeSource, file.path, file.text)))).flat();
    const context: Fact[] = [
      { type: 'component', name: 'server', kind: 'application', root: 'server', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared },
      { type: 'component', name: 'queue-redis', kind: 'database', technology: 'Redis', evidence: at('docker-compose.yml', 5), confidence: CONFIDENCE.declared },
      { type: 'component', name: 'cache', kind: 'database', technology: 'Redis', evidence: at('docker-compose.yml', 7), confidence: CONFIDENCE.declared },
      { type: 'binding', component: 'server', key: 'REDIS_HOSTNAME', value: 'queue-redis', evidence: at('docker-compose.yml', 3) },
    ];
    const graph = resolveFacts([...context, ...facts]);
    expect(graph.integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism}${item.channel ? ` ${item.channel}` : ''})`).sort()).toEqual([
      'queue-redis -> server (messaging digest)',
      'queue-redis -> server (messaging thumbnail)',
      'server -> queue-redis (messaging notifications)',
    ]);
  });
});

describe('Bull queues a project factory makes, shared by a module of the application', () => {
  const QUEUE = code`
      import Queue from 'bull';
      import Redis from 'ioredis';
      export function createQueue(name: string) {
        const queue = new Queue(name, { createClient: () => new Redis(process.env.REDIS_URL) });
        return queue;
      }`;

  it('leaves the queue\'s role to the callers of the factory that made it', async () => {
    const facts = await readSnippet(typescriptCodeSource, 'server/queues/queue.ts', QUEUE);
    expect(facts.filter((fact) => fact.type === 'connection').map((fact) => fact.type === 'connection' && [fact.role, fact.rolesByCaller])).toEqual([
      ['produces', { produces: ['add', 'addBulk'], consumes: ['process'], factory: 'createQueue' }],
    ]);
  });

  // One component: the queues' module only calls the factory; what the files importing its queues do decides.
  const cases: { name: string; uses: Record<string, string>; expected: string[] }[] = [
    { name: 'a file processing an imported queue consumes', uses: { 'server/services/worker.ts': 'globalEventQueue.process(trace({ name: "events" })(async function (job) { return job.data; }));' }, expected: ['redis -> server (messaging)'] },
    { name: 'a file adding to one produces', uses: { 'server/routes/documents.ts': 'export const create = (event) => globalEventQueue.add(event);' }, expected: ['server -> redis (messaging)'] },
    { name: 'both, both ends', uses: { 'server/routes/documents.ts': 'export const create = (event) => globalEventQueue.add(event);', 'server/services/worker.ts': 'globalEventQueue.process(async (job) => job.data);' }, expected: ['redis -> server (messaging)', 'server -> redis (messaging)'] },
    { name: 'a test processing it is no caller, nor a commented-out call', uses: { 'server/routes/documents.ts': 'export const create = (event) => globalEventQueue.add(event);\n// globalEventQueue.process(async (job) => job.data);', 'server/test/queues.spec.ts': 'globalEventQueue.process(async (job) => job.data);' }, expected: ['server -> redis (messaging)'] },
  ];
  const at = (file: string, line = 1): Evidence => ({ file, line, excerpt: `line ${line}` });
  it.each(cases)('$name', async ({ uses, expected }) => {
    const files = [
      { path: 'server/queues/queue.ts', text: QUEUE },
      { path: 'server/queues/index.ts', text: "import { createQueue } from './queue';\nexport const globalEventQueue = createQueue('globalEvents');\n" },
      ...Object.entries(uses).map(([path, body]) => ({ path, text: `import { globalEventQueue } from '../queues';\n${body}\n` })),
    ];
    const facts = (await Promise.all(files.flatMap((file) => [typescriptCodeSource, moduleImportsSource].map((source) => readSnippetWithNames(source, file.path, file.text))))).flat();
    const context: Fact[] = [
      { type: 'component', name: 'server', kind: 'application', root: 'server', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared },
      { type: 'component', name: 'redis', kind: 'database', technology: 'Redis', evidence: at('docker-compose.yml', 5), confidence: CONFIDENCE.declared },
      { type: 'binding', component: 'server', key: 'REDIS_URL', value: 'redis://redis:6379', evidence: at('docker-compose.yml', 3) },
    ];
    const graph = resolveFacts([...context, ...facts]);
    expect(graph.integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism})`).sort()).toEqual(expected);
  });
});

describe('an exported URL constant used in another module of the application', () => {
  it('calls its host, from a sibling folder too, each application its own', async () => {
    const at = (file: string): Evidence => ({ file, line: 1, excerpt: 'line 1' });
    const files = [
      { path: 'server/src/common/constants.ts', text: "export const RELEASES_URL = 'https://api.github.com/repos/lumenhq/lumen/releases/latest';\n" },
      { path: 'server/src/services/version.service.ts', text: "import { RELEASES_URL } from '../common/constants';\nexport const latest = () => fetch(RELEASES_URL);\n" },
      { path: 'agent/src/config/constants.ts', text: "export const RELEASES_URL = 'https://updates.lumenhq.io/agent/latest';\n" },
      { path: 'agent/src/update.ts', text: "import axios from 'axios';\nimport { RELEASES_URL } from './config/constants';\nexport const check = () => axios.get(RELEASES_URL);\n" },
    ];
    const facts = (await Promise.all(files.map((file) => readSnippet(typescriptCodeSource, file.path, file.text)))).flat();
    const context: Fact[] = ['server', 'agent'].map((name) => ({ type: 'component', name, kind: 'application', root: name, evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared }));
    const graph = resolveFacts([...context, ...facts]);
    expect(graph.integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism}) ${item.confidence}`).sort()).toEqual([
      `agent -> updates-lumenhq-io (rest) ${CONFIDENCE.resolved}`,
      `server -> github (rest) ${CONFIDENCE.resolved}`,
    ]);
  });
});
