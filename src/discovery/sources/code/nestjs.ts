/**
 * NestJS: what a Nest application's modules and providers say about its connections.
 *
 * - Microservice transports. A `{ transport: Transport.RMQ, options: { urls, queue } }` object is
 *   a literal site named by its transport (typescript-reader.ts), wherever it is written: in
 *   `ClientsModule.register([…])`, a `registerAsync` entry's `useFactory` result,
 *   `ClientProxyFactory.create(…)`, `@Client(…)` (a client), or `NestFactory.createMicroservice`,
 *   `app.connectMicroservice` (a server). On a broker transport (RMQ, NATS, Redis, Kafka, MQTT) a
 *   client produces to the broker its options name and a server consumes from it; a TCP client
 *   calls the host it names (mechanism `other`), a gRPC client the host of its `url`; TCP and gRPC
 *   servers make no edge. A health check's options (`MicroserviceHealthIndicator.pingCheck`) are
 *   no connection.
 * - Bull/BullMQ: `@InjectQueue('mail')` produces to, and `@Processor('mail')` consumes from, the
 *   Redis that `BullModule.forRoot(Async)` names, usually in another file: bound under
 *   NEST_BULL_KEY for the application.
 * - `HttpService` from `@nestjs/axios` calls the `baseURL` its module's `HttpModule.register(Async)`
 *   gives, bound under NEST_HTTP_KEY for the module's folder, when the call names no host itself.
 * - `registerAs('database', () => ({ host: process.env.POSTGRES_HOST }))`: `ConfigService.get('database.host')`
 *   reads `POSTGRES_HOST`; each property is bound as `database.host` for the application.
 */
import type { BindingFact, EvidenceAt } from '../../../core/discovery/facts.js';
import { folderOf } from '../../../core/discovery/file-paths.js';
import type { CallSite, FileModel, Refinement, Signature, SyntaxNode } from './code-model.js';
import { boundValue } from './fact-emission.js';
import { addsJobs } from './job-queues.js';
import { calls, consumes, produces, uses } from './signature-builders.js';
import { field, kids, lineOf } from './syntax-helpers.js';
import { typescriptReader } from './typescript-reader.js';
import type { Evaluator } from './value-evaluation.js';

/** The setting a Nest application's Bull queues keep their Redis under. */
export const NEST_BULL_KEY = 'nestjs:bull:redis';
/** The setting the `HttpService` of a module's `HttpModule` has its base URL under. */
export const NEST_HTTP_KEY = 'nestjs:http:baseurl';

const MICROSERVICES = ['@nestjs/microservices'];
const BULL = ['@nestjs/bull', '@nestjs/bullmq'];

/** Calls whose options describe a server, a client, or a health check. */
const SERVER_CALL = /(?:^|\.)(?:createMicroservice|connectMicroservice)$/;
const CLIENT_CALL = /(?:^|\.)(?:ClientsModule\.register|ClientsModule\.registerAsync|ClientProxyFactory\.create|Client)$/;
const HEALTH_CALL = /(?:^|\.)(?:pingCheck|checkHealth|isHealthy)$/;
/** Type annotations that say which an options object is when it is declared apart (`const options: MicroserviceOptions = …`). */
const SERVER_TYPE = /\bMicroserviceOptions\b/;
const CLIENT_TYPE = /\b(?:ClientOptions|ClientProviderOptions|ClientsProviderAsyncOptions|ClientsModuleOptions)\b/;

/** Whether a transport options object is a server's or a client's, from what encloses it; undefined when nothing says or it is a health check's. */
export function transportSide(node: SyntaxNode): 'server' | 'client' | undefined {
  let current: SyntaxNode | null = node.parent;
  for (let steps = 0; current && steps < 16; steps += 1, current = current.parent) {
    if (current.type === 'call_expression') {
      const callee = (field(current, 'function')?.text ?? '').replace(/\s+/g, '');
      if (HEALTH_CALL.test(callee)) return undefined;
      if (SERVER_CALL.test(callee)) return 'server';
      if (CLIENT_CALL.test(callee)) return 'client';
    }
    const annotation = field(current, 'type') ?? field(current, 'return_type');
    if (annotation && ['variable_declarator', 'arrow_function', 'function_declaration', 'method_definition', 'public_field_definition'].includes(current.type)) {
      if (SERVER_TYPE.test(annotation.text)) return 'server';
      if (CLIENT_TYPE.test(annotation.text)) return 'client';
    }
    if (current.type === 'variable_declarator') return sideOfUses(current);
    if (current.type === 'class_body' || current.type === 'program') break;
  }
  return undefined;
}

/**
 * An options constant the file itself hands to a server or client call
 * (`const rmq = { transport: … }; app.connectMicroservice(rmq)`): that call's side.
 */
function sideOfUses(declarator: SyntaxNode): 'server' | 'client' | undefined {
  const name = field(declarator, 'name');
  if (name?.type !== 'identifier') return undefined;
  let root: SyntaxNode = declarator;
  while (root.parent) root = root.parent;
  for (const call of root.descendantsOfType('call_expression')) {
    if (!call) continue;
    const args = field(call, 'arguments');
    if (!args || !kids(args).some((arg) => arg.type === 'identifier' && arg.text === name.text)) continue;
    const callee = (field(call, 'function')?.text ?? '').replace(/\s+/g, '');
    if (SERVER_CALL.test(callee)) return 'server';
    if (CLIENT_CALL.test(callee)) return 'client';
  }
  return undefined;
}

/** A broker transport: clients produce, servers consume; options nothing places are left out. */
function brokerSide(site: CallSite): Refinement | false | undefined {
  const side = transportSide(site.node);
  if (side === undefined) return false;
  return side === 'server' ? { role: 'consumes' } : undefined;
}

/** A direct transport (TCP, gRPC): only the client connects. */
function clientOnly(site: CallSite): false | undefined {
  return transportSide(site.node) === 'client' ? undefined : false;
}

/** The first literal argument or `name` option: a queue's name (`@Processor('mail')`, `@InjectQueue({ name: 'mail' })`). */
const QUEUE_NAME = [0, 'name'];

/** The NestJS lines of the TypeScript signature table. */
export const NEST_SIGNATURES: readonly Signature[] = [
  produces('RabbitMQ', ['literal Transport.RMQ'], { imports: MICROSERVICES, target: ['options.urls', 'options.url'], channel: ['options.queue'], refine: brokerSide }),
  produces('NATS', ['literal Transport.NATS'], { imports: MICROSERVICES, target: ['options.servers', 'options.url'], refine: brokerSide }),
  produces('Redis', ['literal Transport.REDIS'], { imports: MICROSERVICES, target: ['options.url', 'options.host'], port: ['options.port'], bareHost: true, refine: brokerSide }),
  produces('Kafka', ['literal Transport.KAFKA'], { imports: MICROSERVICES, target: ['options.client.brokers'], refine: brokerSide }),
  produces('MQTT', ['literal Transport.MQTT'], { imports: MICROSERVICES, target: ['options.url', 'options.host', 'options.hostname'], port: ['options.port'], bareHost: true, refine: brokerSide }),
  calls('other', ['literal Transport.TCP'], { imports: MICROSERVICES, target: ['options.host'], port: ['options.port'], bareHost: true, technology: 'TCP', refine: clientOnly }),
  calls('grpc', ['literal Transport.GRPC'], { imports: MICROSERVICES, target: ['options.url'], bareHost: true, refine: clientOnly }),
  // Bull queues: the Redis is the application's BullModule.forRoot's (see nestBindings).
  produces('Redis', ['InjectQueue', 'InjectFlowProducer'], { imports: BULL, channel: QUEUE_NAME, key: NEST_BULL_KEY }),
  // A queue looked up by its token (`moduleRef.get(getQueueToken(name))`) in a file adding jobs.
  produces('Redis', ['getQueueToken'], { imports: BULL, channel: [0], key: NEST_BULL_KEY, refine: addsJobs }),
  consumes('Redis', ['Processor'], { imports: BULL, channel: QUEUE_NAME, key: NEST_BULL_KEY }),
  // HttpService: a relative path is the module's HttpModule baseURL.
  calls('rest', ['get', 'post', 'put', 'delete', 'patch', 'head', 'request'].map((verb) => `HttpService.${verb}`), { imports: ['@nestjs/axios'], target: [0, 'url'], key: NEST_HTTP_KEY }),
  // Datastores configured in a module's factory.
  uses('database', 'MongoDB', ['MongooseModule.forRoot', 'MongooseModule.forRootAsync'], { imports: ['@nestjs/mongoose'], target: [0, 'uri', 'useFactory.uri'] }),
];

/** The folder of a Nest application a file belongs to: the one holding its `src/` (`orders/src/config/x.ts` → `orders`). */
export function applicationFolderOf(path: string): string {
  const segments = folderOf(path).split('/');
  const src = segments.lastIndexOf('src');
  return src >= 0 ? segments.slice(0, src).join('/') : folderOf(path);
}

/** Where Bull's Redis is in `BullModule.forRoot(…)` or its async factory (Bull's `redis`, BullMQ's `connection`). */
const BULL_REDIS = ['redis.host', 'redis.url', 'redis', 'connection.host', 'connection.url', 'url', 'useFactory.redis.host', 'useFactory.redis.url', 'useFactory.redis', 'useFactory.connection.host', 'useFactory.connection.url', 'useFactory.url'];
const HTTP_BASE = ['baseURL', 'useFactory.baseURL'];

/** Whether a file may hold any of what nestBindings reads (a cheap test before walking its sites). */
export function mayBindNest(model: FileModel): boolean {
  return model.imports.some((module) => module.startsWith('@nestjs/'));
}

/**
 * The settings a Nest file binds for others: Bull's Redis (for the application), an HttpModule's
 * base URL (for its module's folder), and each property of a `registerAs` namespace (for the application).
 */
export function nestBindings(model: FileModel, evaluator: Evaluator, path: string, evidenceAt: EvidenceAt): BindingFact[] {
  if (!mayBindNest(model)) return [];
  const facts: BindingFact[] = [];
  const bindTo = (key: string, scope: string, site: CallSite, picks: readonly (string | number)[]): void => {
    for (const pick of picks) {
      const value = boundValue(evaluator.valueAt(site, pick), /host|redis|connection/i.test(String(pick)));
      if (value === undefined) continue;
      facts.push({ type: 'binding', scope, key, value, evidence: evidenceAt(site.line) });
      return;
    }
    // Options built in another module (`BullModule.forRoot(bull.config)`, a factory returning
    // `bull.config`): their properties there (fact-emission.ts shares an exported object's by
    // path), each tried in turn, as one leading nowhere gives way to the next.
    const options = site.args[0];
    const factory = options ? evaluator.property(options, 'usefactory', 0) : undefined;
    for (const holder of [options, factory ? typescriptReader.factoryResult?.(factory) : undefined]) {
      const value = holder ? evaluator.value(holder) : undefined;
      if (value?.kind !== 'ref') continue;
      for (const pick of picks) {
        if (typeof pick === 'string' && !pick.startsWith('useFactory.')) facts.push({ type: 'binding', scope, key, value: `$ref:code:${value.name}.${pick}`, evidence: evidenceAt(site.line) });
      }
      return;
    }
  };
  for (const site of model.sites) {
    if (site.kind !== 'call') continue;
    if (/(?:^|\.)BullModule\.forRoot(?:Async)?$/.test(site.callee)) bindTo(NEST_BULL_KEY, applicationFolderOf(path), site, BULL_REDIS);
    else if (/(?:^|\.)HttpModule\.register(?:Async)?$/.test(site.callee)) bindTo(NEST_HTTP_KEY, folderOf(path), site, HTTP_BASE);
    else if (site.callee === 'registerAs') facts.push(...namespaceBindings(site, evaluator, applicationFolderOf(path), evidenceAt));
  }
  return facts;
}

/** `registerAs('database', () => ({ host: process.env.POSTGRES_HOST, … }))`: `database.host` → `$ref:POSTGRES_HOST`. */
function namespaceBindings(site: CallSite, evaluator: Evaluator, scope: string, evidenceAt: EvidenceAt): BindingFact[] {
  const namespace = evaluator.valueAt(site, 0);
  const factory = site.args[1];
  if (namespace.kind !== 'literal' || namespace.text === '' || !factory) return [];
  // The factory's result, through any parentheses, to the object literal.
  let body = typescriptReader.factoryResult?.(factory);
  while (body?.type === 'parenthesized_expression') body = kids(body)[0];
  if (!body || body.type !== 'object') return [];
  const facts: BindingFact[] = [];
  for (const pair of kids(body)) {
    if (pair.type !== 'pair') continue;
    const key = field(pair, 'key')?.text.replace(/^['"]|['"]$/g, '');
    const valueNode = field(pair, 'value');
    if (!key || !valueNode) continue;
    const value = boundValue(evaluator.value(valueNode), /host|url|uri|addr|server|broker/i.test(key));
    if (value !== undefined) facts.push({ type: 'binding', scope, key: `${namespace.text}.${key}`, value, evidence: evidenceAt(lineOf(pair)) });
  }
  return facts;
}
