/**
 * Job queues on Redis and Redis fan-out, in JavaScript and TypeScript: messaging through Redis
 * (the broker), producer → Redis → consumer, not a use of Redis as a database.
 *
 * - BullMQ: `new Queue(name, { connection })` produces when the file adds jobs to it
 *   (`queue.add`, `addBulk`) or hands it on (exported, returned, a property of an object): a queue
 *   kept only for counts or a dashboard produces nothing. `new FlowProducer` the same;
 *   `new Worker(name, fn, { connection })` consumes.
 * - Bull (`new Bull(name, redisUrl)`, `Queue(name, { redis })`) and Bee-Queue
 *   (`new BeeQueue(name, { redis })`): one queue object does both, producing by `add`/`createJob`
 *   (or handed on) and consuming by `process`.
 * - Redis clients (ioredis `new Redis`, node-redis `createClient`) are a database use, unless the
 *   file makes them for fan-out between instances: handed to socket.io's Redis adapter
 *   (`createAdapter(pubClient, subClient)`, also through `pubClient.duplicate()`, and the streams
 *   adapter's `createAdapter(client)`; the other pub/sub adapters of PUBSUB_ADAPTERS, as an
 *   argument or an option) the client publishes and subscribes; `publish` produces and
 *   `subscribe` consumes; `new Emitter(client)` (socket.io's Redis emitter) produces. A client
 *   used only as a job queue's `connection` makes no connection of its own: the queue's calls do.
 *   A client handed on untouched is its callers' to decide (`rolesByCaller.adapters`).
 * - A pub/sub adapter given where Redis is, or clients made elsewhere, connects itself (adapterRoles).
 *
 * Which of these a construction is, is read from the uses of the variable it is assigned to in
 * its file (`usesOf`), so the checks cost nothing in files without such a construction.
 */
import type { ConnectionRole } from '../../../core/discovery/facts.js';
import type { Mechanism } from '../../../core/model/vocabulary.js';
import type { CallSite, Refinement, Signature, SiteTools, SyntaxNode } from './code-model.js';
import { consumes, produces, uses } from './signature-builders.js';
import { importedNames } from './script-imports.js';
import { field } from './syntax-helpers.js';
import { readTarget } from './targets.js';

const BULLMQ = ['bullmq'];
const BULL = ['bull'];
const BEE_QUEUE = ['bee-queue'];
const IOREDIS = ['ioredis'];
const NODE_REDIS = ['redis', '@redis/client'];

/** Where BullMQ's Redis is: its `connection` (options, a URL, or a client the file made). */
const BULLMQ_REDIS = ['connection', 'connection.host', 'connection.url', 'connection.path'];
const BULLMQ_PORT = ['connection.port'];

/** What a value made by a construction is used for in its file. */
export interface ValueUses {
  /** Methods called on it (`add`, `process`, `subscribe`). */
  methods: Set<string>;
  /** Callees it is given to as an argument (`createAdapter`, `new Emitter`), as written. */
  givenTo: Set<string>;
  /** Given as a job queue's `connection` option (`new Queue('x', { connection })`). */
  asConnection: boolean;
  /** Leaves the file's sight: exported, returned, set on `module.exports`, or a property of an object. */
  escapes: boolean;
}

/** Wrappers that keep the value as it is: `await`, parentheses, `as`, `satisfies`, `!`. */
const TRANSPARENT = new Set(['await_expression', 'parenthesized_expression', 'as_expression', 'satisfies_expression', 'non_null_expression', 'type_assertion']);

/** The root of a node's tree. */
function rootOf(node: SyntaxNode): SyntaxNode {
  let root = node;
  while (root.parent) root = root.parent;
  return root;
}

/** The callee of a call or `new` expression as written (`createAdapter`, `new Emitter`). */
function calleeOf(call: SyntaxNode): string | undefined {
  if (call.type === 'call_expression') return field(call, 'function')?.text.replace(/\s+/g, '');
  if (call.type === 'new_expression') {
    const constructor = field(call, 'constructor')?.text.replace(/\s+/g, '');
    return constructor === undefined ? undefined : `new ${constructor}`;
  }
  return undefined;
}

/** Queue and worker constructions whose `connection` a client may be. */
const QUEUE_CONSTRUCTION = /^new (?:[\w$]+\.)?(?:Queue|Worker|FlowProducer|QueueEvents|Bull|BeeQueue)$/;

/**
 * How an occurrence of the value (its name, or the construction itself) is used: a method called
 * on it, an argument of a call, a `connection` option, or handed on.
 */
function noteUse(occurrence: SyntaxNode, found: ValueUses, aliases: string[]): void {
  let node = occurrence;
  while (node.parent && TRANSPARENT.has(node.parent.type)) node = node.parent;
  const parent = node.parent;
  if (!parent) return;
  if (parent.type === 'member_expression' && field(parent, 'object')?.id === node.id) {
    const method = field(parent, 'property')?.text;
    const call = parent.parent;
    if (method === undefined || call?.type !== 'call_expression' || field(call, 'function')?.id !== parent.id) return;
    found.methods.add(method);
    // `const sub = pub.duplicate()`: the copy's uses are the client's too.
    let holder: SyntaxNode = call;
    while (holder.parent && TRANSPARENT.has(holder.parent.type)) holder = holder.parent;
    if (method === 'duplicate' && holder.parent?.type === 'variable_declarator') {
      const name = field(holder.parent, 'name');
      if (name?.type === 'identifier') aliases.push(name.text);
    }
    return;
  }
  if (parent.type === 'arguments') {
    const callee = parent.parent ? calleeOf(parent.parent) : undefined;
    if (callee !== undefined) found.givenTo.add(callee);
    return;
  }
  // `{ connection }` or `{ connection: client }` in a queue's options.
  const pair = parent.type === 'pair' && field(parent, 'value')?.id === node.id ? parent : node.type === 'shorthand_property_identifier' ? node : undefined;
  if (pair) {
    const key = pair.type === 'pair' ? field(pair, 'key')?.text.replace(/^['"]|['"]$/g, '') : pair.text;
    const options = pair.parent;
    const call = options?.parent?.type === 'arguments' ? options.parent.parent : undefined;
    if (key === 'connection' && call && QUEUE_CONSTRUCTION.test(calleeOf(call) ?? '')) found.asConnection = true;
    else found.escapes = true;
    // `new RedisPubSub({ publisher, subscriber })`, `new Redis({ redis: client })`: given to the call all the same.
    const callee = call ? calleeOf(call) : undefined;
    if (callee !== undefined) found.givenTo.add(callee);
    return;
  }
  if (['return_statement', 'export_statement', 'export_specifier', 'arrow_function', 'array', 'spread_element'].includes(parent.type)) found.escapes = true;
  else if (parent.type === 'assignment_expression' && field(parent, 'right')?.id === node.id) {
    const left = field(parent, 'left')?.text.replace(/\s+/g, '') ?? '';
    if (/^(?:module\.)?exports(?:\.|$)/.test(left)) found.escapes = true;
  }
}

/**
 * The uses in its file of the value a construction makes: through the variable or field it is
 * assigned to (`const queue = new Queue(…)`, `private readonly queue = new Queue(…)`,
 * `this.queue = new Queue(…)`), or of the construction itself (`new Queue(…).add(…)`).
 * An exported declaration escapes.
 */
export function usesOf(construction: SyntaxNode): ValueUses {
  const found: ValueUses = { methods: new Set(), givenTo: new Set(), asConnection: false, escapes: false };
  let node = construction;
  // `url ? new Redis(url, options) : new Redis(options)`: either branch is the value.
  while (node.parent && (TRANSPARENT.has(node.parent.type) || (node.parent.type === 'ternary_expression' && field(node.parent, 'condition')?.id !== node.id))) node = node.parent;
  const parent = node.parent;
  let name: string | undefined;
  if (parent?.type === 'variable_declarator' && field(parent, 'value')?.id === node.id) {
    const declared = field(parent, 'name');
    if (declared?.type !== 'identifier') return { ...found, escapes: true };
    name = declared.text;
    if (parent.parent?.parent?.type === 'export_statement') found.escapes = true;
  } else if (parent && ['public_field_definition', 'field_definition'].includes(parent.type) && field(parent, 'value')?.id === node.id) {
    const declared = field(parent, 'name') ?? field(parent, 'property');
    if (!declared) return { ...found, escapes: true };
    name = `this.${declared.text}`;
  } else if (parent?.type === 'assignment_expression' && field(parent, 'right')?.id === node.id) {
    const left = field(parent, 'left')?.text.replace(/\s+/g, '') ?? '';
    if (/^(?:module\.)?exports(?:\.|$)/.test(left) || !/^(?:this\.)?[\w$]+$/.test(left)) return { ...found, escapes: true };
    name = left;
  } else {
    noteUse(node, found, []);
    return found;
  }
  const names = [name];
  const seen = new Set<string>();
  const root = rootOf(construction);
  for (let index = 0; index < names.length && index < 4; index += 1) {
    const current = names[index] as string;
    if (seen.has(current)) continue;
    seen.add(current);
    const member = current.startsWith('this.');
    const types = member ? ['member_expression'] : ['identifier', 'shorthand_property_identifier'];
    for (const occurrence of root.descendantsOfType(types)) {
      if (!occurrence || occurrence.text.replace(/\s+/g, '') !== current) continue;
      const up = occurrence.parent;
      // The declaration itself, and a property of another object named alike (`job.queue`).
      if (up?.type === 'variable_declarator' && field(up, 'name')?.id === occurrence.id) continue;
      if (up?.type === 'member_expression' && field(up, 'property')?.id === occurrence.id) continue;
      if (up?.type === 'assignment_expression' && field(up, 'left')?.id === occurrence.id) continue;
      noteUse(occurrence, found, names);
    }
  }
  return found;
}

/**
 * Options built in another module and handed over whole (`new Queue(name, queueOptions)`): where
 * their connection is there, `code:queueOptions.connection` (an exported object's properties are
 * shared by path, fact-emission.ts), for when the call names no Redis itself.
 */
function optionsKey(site: CallSite, tools: SiteTools, at: number, option: string): string | undefined {
  const options = tools.value(site, at);
  if (options.kind === 'ref') return `code:${options.name}.${option}`;
  // `{ ...bull.config, concurrency: 5 }`: the options spread into the literal.
  const node = tools.node(site, at);
  for (const spread of node?.type === 'object' ? node.namedChildren.filter((child) => child?.type === 'spread_element') : []) {
    const inner = spread?.namedChildren[0];
    if (!inner) continue;
    const value = tools.value({ ...site, args: [inner], named: new Map() }, 0);
    if (value.kind === 'ref') return `code:${value.name}.${option}`;
  }
  return undefined;
}

/**
 * Bull's `createClient(type) { … return new Redis(env.REDIS_URL, …) }` option: the clients the
 * queue makes for itself, the first Redis construction in it (ioredis' `new Redis`, `new IORedis`).
 */
function clientFactoryOption(options: SyntaxNode | undefined): SyntaxNode | undefined {
  if (options?.type !== 'object') return undefined;
  for (const member of options.namedChildren) {
    if (!member) continue;
    const name = member.type === 'method_definition' || member.type === 'pair' ? field(member, member.type === 'pair' ? 'key' : 'name')?.text.replace(/^['"]|['"]$/g, '') : undefined;
    if (name === 'createClient') return member;
  }
  return undefined;
}

/** The first Redis client a queue's `createClient` option constructs (its address is the queue's). */
function clientMadeBy(options: SyntaxNode | undefined): SyntaxNode | undefined {
  const option = clientFactoryOption(options);
  return option?.descendantsOfType('new_expression').find((made) => made !== null && /^(?:[\w$]+\.)*(?:Redis|IORedis|Cluster)$/.test(field(made, 'constructor')?.text ?? '')) ?? undefined;
}

/** Whether a Redis construction is made inside a job queue's `createClient` option: the queue's own connection, no use of its own. */
function inQueueClientFactory(node: SyntaxNode): boolean {
  for (let up = node.parent; up; up = up.parent) {
    if (up.type !== 'object') continue;
    const call = up.parent?.type === 'arguments' ? up.parent.parent : undefined;
    const callee = call ? calleeOf(call) : undefined;
    if (callee !== undefined && (QUEUE_CONSTRUCTION.test(callee) || /^(?:[\w$]+\.)?(?:Queue|Bull)$/.test(callee))) {
      const option = clientFactoryOption(up);
      if (option && option.startIndex <= node.startIndex && node.endIndex <= option.endIndex) return true;
    }
  }
  return false;
}

/** Where a queue's Redis is when its options give it only as clients the queue makes (`createClient`): that client's address, as a key. */
function clientFactoryKey(site: CallSite, tools: SiteTools, at: number): string | undefined {
  const made = clientMadeBy(tools.node(site, at));
  const address = made ? field(made, 'arguments')?.namedChildren.find((arg) => arg !== null && arg.type !== 'comment') : undefined;
  if (!address || address.type === 'object') return undefined;
  return readTarget(tools.value({ ...site, args: [address], named: new Map() }, 0)).target.key;
}

/** Whether the file adds jobs anywhere (`queue.add(…)`, `addBulk`): a queue it looks up by token is then a producer. */
export function addsJobs(site: CallSite): false | undefined {
  for (const call of rootOf(site.node).descendantsOfType('call_expression')) {
    const callee = call ? field(call, 'function') : undefined;
    if (callee?.type === 'member_expression' && /^(?:add|addBulk)$/.test(field(callee, 'property')?.text ?? '')) return undefined;
  }
  return false;
}

/**
 * What a queue object's methods say of its role; handed on, it is a producer (what queues are made
 * for). `options`: the argument holding its options and the one naming its Redis.
 */
export function queueRoles(produce: readonly string[], consume: readonly string[], options: { at: number; option: string }): (site: CallSite, tools: SiteTools) => Refinement | false | undefined {
  return (site, tools) => {
    const found = usesOf(site.node);
    const producing = found.escapes || produce.some((method) => found.methods.has(method));
    const consuming = consume.some((method) => found.methods.has(method));
    if (!producing && !consuming) return false;
    const key = optionsKey(site, tools, options.at, options.option) ?? clientFactoryKey(site, tools, options.at);
    // Only handed on (a library's `createQueue` returning it), a queue that also consumes is what
    // each caller makes of it; made in a named function, by the callers naming it.
    const byCaller = !consuming && !produce.some((method) => found.methods.has(method)) && consume.length > 0;
    const factory = byCaller ? factoryOf(site.node) : undefined;
    return {
      ...(key !== undefined ? { key } : {}),
      ...(byCaller ? { rolesByCaller: { produces: produce, consumes: consume, ...(factory !== undefined ? { factory } : {}) } } : {}),
      ...(producing && consuming ? { more: [{ role: 'consumes' as const }] } : consuming ? { role: 'consumes' as const } : {}),
    };
  };
}

const PUBLISH = ['publish', 'sPublish', 'spublish'];
const SUBSCRIBE = ['subscribe', 'pSubscribe', 'psubscribe', 'sSubscribe', 'ssubscribe'];
/** Methods that say nothing of what a client is for. */
const NEUTRAL = new Set(['connect', 'disconnect', 'quit', 'close', 'on', 'once', 'off', 'duplicate', 'unsubscribe', 'pUnsubscribe', 'punsubscribe', 'sUnsubscribe', 'removeAllListeners', 'ping']);
/** socket.io's Redis adapters (pub/sub, sharded, streams) and emitter. */
const ADAPTER = /(?:^|\.)(?:createAdapter|createShardedAdapter)$/;
const EMITTER = /^new (?:[\w$]+\.)?Emitter$/;
/**
 * Packages that run pub/sub over the Redis clients they are given, publishing and subscribing
 * both: socket.io's adapters (`createAdapter(pub, sub)`, the older `socket.io-redis`), Hocuspocus'
 * Redis extension (`new Redis({ redis: client })`, syncing documents between instances) and
 * graphql-redis-subscriptions (`new RedisPubSub({ publisher, subscriber })`).
 */
export const PUBSUB_ADAPTERS = ['@socket.io/redis-adapter', '@socket.io/redis-streams-adapter', 'socket.io-redis', '@hocuspocus/extension-redis', 'graphql-redis-subscriptions'];
/** The names the adapters above are imported under, which tell a caller of a library's client gives it to one (Hocuspocus' `Redis` says nothing). */
const ADAPTER_NAMES = ['createAdapter', 'createShardedAdapter', 'RedisPubSub'];
/**
 * What a Redis client handed on untouched is for, by what its callers call on it: `publish`
 * produces and `subscribe`/`psubscribe` consume (messaging through Redis), the adapters above use
 * it both ways; data commands keep it a database use.
 */
const CLIENT_ROLES_BY_CALLER = { produces: [...PUBLISH, 'xadd'], consumes: [...SUBSCRIBE, 'xread', 'xreadgroup', 'xReadGroup'], adapters: ADAPTER_NAMES, mechanism: 'messaging' as const };
/** Modules whose `Redis` is a client, not one of the adapters above spelt alike. */
const CLIENT_MODULES = [...IOREDIS, ...NODE_REDIS];

/** The module the first name of a callee (`new Redis`, `adapters.createAdapter`) is imported from. */
function moduleOf(callee: string, imported: ReadonlyMap<string, string>): string | undefined {
  return imported.get(callee.replace(/^new /, '').split('.')[0] ?? '');
}

/** Whether a callee is a pub/sub adapter over the clients given to it (by its import, or socket.io's name). */
function isPubSubAdapter(callee: string, imported: ReadonlyMap<string, string>): boolean {
  const module = moduleOf(callee, imported);
  return ADAPTER.test(callee) || (module !== undefined && PUBSUB_ADAPTERS.includes(module));
}

/**
 * A Redis client: a database use, unless the file makes it for pub/sub (an adapter's clients, a
 * publisher, a subscriber), which is messaging each way it goes; a client only given to job
 * queues as their connection makes none of its own.
 */
export function redisClientRoles(site: CallSite): Refinement | false | undefined {
  const imported = importedNames(rootOf(site.node));
  // Hocuspocus' `new Redis({ host })` in a file that also imports ioredis: the extension's own line reads it.
  const constructed = moduleOf(calleeOf(site.node) ?? '', imported);
  if (constructed !== undefined && !CLIENT_MODULES.includes(constructed) && PUBSUB_ADAPTERS.includes(constructed)) return false;
  // Bull's `createClient(type) { return new Redis(…) }`: the queue's own connection, read at the queue.
  if (inQueueClientFactory(site.node)) return false;
  const found = usesOf(site.node);
  const adapter = [...found.givenTo].some((callee) => isPubSubAdapter(callee, imported));
  const producing = adapter || [...found.givenTo].some((callee) => EMITTER.test(callee)) || PUBLISH.some((method) => found.methods.has(method));
  const consuming = adapter || SUBSCRIBE.some((method) => found.methods.has(method));
  const data = [...found.methods].some((method) => !NEUTRAL.has(method) && !PUBLISH.includes(method) && !SUBSCRIBE.includes(method));
  if (!producing && !consuming) {
    if (found.asConnection && !data && !found.escapes) return false;
    // Handed on untouched (a shared module's `redisClient()`): what it is for is each caller's.
    // (`client.on('error', …)` before `return client` says nothing of what it is for.)
    if (!found.escapes || data || found.givenTo.size > 0) return undefined;
    const factory = factoryOf(site.node);
    return { rolesByCaller: factory !== undefined ? { ...CLIENT_ROLES_BY_CALLER, factory } : CLIENT_ROLES_BY_CALLER };
  }
  const roles: ConnectionRole[] = [...(producing ? ['produces' as const] : []), ...(consuming ? ['consumes' as const] : [])];
  const more: { role: ConnectionRole; mechanism?: Mechanism }[] = roles.slice(1).map((role) => ({ role }));
  if (data) more.push({ role: 'uses', mechanism: 'database' });
  return { role: roles[0] as ConnectionRole, mechanism: 'messaging', ...(more.length > 0 ? { more } : {}) };
}

/**
 * The named function a construction is in (`function createClient(…)`, `const getPool = () => …`),
 * which a caller of the factory names; none for a default export (imported under any name).
 */
function factoryOf(node: SyntaxNode): string | undefined {
  for (let up = node.parent; up; up = up.parent) {
    if (up.type === 'function_declaration' || up.type === 'generator_function_declaration') {
      if (up.parent?.type === 'export_statement' && /^export\s+default\b/.test(up.parent.text)) return undefined;
      return field(up, 'name')?.text;
    }
    if (up.type === 'arrow_function' || up.type === 'function_expression' || up.type === 'function') {
      const holder = up.parent;
      if (holder?.type === 'variable_declarator') return field(holder, 'name')?.text;
      // A function held by an object literal's key (NestJS' `useFactory: () => new Redis(…)`) is
      // called by a framework, not by name from the service's files.
      return undefined;
    }
    if (up.type === 'method_definition') return field(up, 'name')?.text;
  }
  return undefined;
}

/** Whether a value is a Redis client the file makes (`new Redis(…)`, `createClient(…)`, a `.duplicate()` of one), whose construction is read itself. */
function madeInFile(value: SyntaxNode | undefined, root: SyntaxNode, depth = 0): boolean {
  let node = value;
  while (node && TRANSPARENT.has(node.type)) node = node.namedChildren[0] ?? undefined;
  if (!node || depth > 3) return false;
  if (node.type === 'new_expression') return /^(?:[\w$]+\.)*(?:Redis|IORedis|Cluster)$/.test(field(node, 'constructor')?.text ?? '');
  if (node.type === 'call_expression') {
    const callee = field(node, 'function');
    if (callee?.type === 'member_expression' && field(callee, 'property')?.text === 'duplicate') return madeInFile(field(callee, 'object'), root, depth + 1);
    return /(?:^|\.)(?:createClient|createCluster)$/.test(callee?.text ?? '');
  }
  if (node.type !== 'identifier' && node.type !== 'shorthand_property_identifier') return false;
  const name = node.text;
  for (const declarator of root.descendantsOfType('variable_declarator')) {
    const declared = declarator ? field(declarator, 'name') : undefined;
    if (declared?.type === 'identifier' && declared.text === name) return madeInFile(declarator ? field(declarator, 'value') : undefined, root, depth + 1);
  }
  return false;
}

/** Options naming the clients an adapter is given, rather than where Redis is. */
const CLIENT_OPTIONS = ['pubClient', 'subClient', 'redis', 'publisher', 'subscriber'];

/**
 * A pub/sub adapter publishes and subscribes through its Redis. Given clients the file makes,
 * their constructions say so (redisClientRoles); given clients made elsewhere (`redisClient()`
 * from a shared module, a parameter), the adapter's line says it, untargeted, the client's
 * construction elsewhere saying where Redis is; given connection options (`{ host, port }`, a URL),
 * it connects there itself.
 */
export function adapterRoles(site: CallSite, tools: SiteTools): Refinement | false {
  const root = rootOf(site.node);
  const options = tools.node(site, 0);
  const named = options?.type === 'object' ? CLIENT_OPTIONS.map((option) => tools.node(site, option)).filter((node): node is SyntaxNode => node !== undefined) : [];
  const clients = named.length > 0 ? named : options?.type === 'object' || options?.type === 'string' || options?.type === 'template_string' ? [] : site.args.filter((arg) => arg.type !== 'object');
  const both = { more: [{ role: 'consumes' as const }] };
  if (clients.length === 0) return both;
  if (clients.every((client) => madeInFile(client, root))) return false;
  return { ...both, target: [] };
}

/** Redis client types a field or parameter is declared with (ioredis, node-redis). */
const CLIENT_TYPES = ['Redis', 'IORedis', 'Cluster', 'RedisClientType', 'RedisClusterType'];

/**
 * A `publish` or `subscribe` on a client the file did not make (`@InjectRedis() private readonly
 * redis: Redis`, a parameter): the client's construction elsewhere says where Redis is. A client
 * the file makes is read at its construction (redisClientRoles).
 */
function onClientFromElsewhere(site: CallSite): false | undefined {
  const receiver = site.receiver?.text.replace(/\s+/g, '');
  if (receiver === undefined) return undefined;
  const root = rootOf(site.node);
  for (const declaration of root.descendantsOfType(['variable_declarator', 'public_field_definition', 'assignment_expression'])) {
    if (!declaration) continue;
    const name = declaration.type === 'assignment_expression' ? field(declaration, 'left')?.text.replace(/\s+/g, '') : declaration.type === 'public_field_definition' ? `this.${field(declaration, 'name')?.text ?? ''}` : field(declaration, 'name')?.text;
    const value = field(declaration, declaration.type === 'assignment_expression' ? 'right' : 'value');
    if (name === receiver && value && ['new_expression', 'call_expression', 'await_expression'].includes(value.type)) return false;
  }
  return undefined;
}

/** The job queue and Redis client lines of the TypeScript signature table. */
export const JOB_QUEUE_SIGNATURES: readonly Signature[] = [
  produces('Redis', ['new Queue'], { imports: BULLMQ, target: BULLMQ_REDIS, port: BULLMQ_PORT, channel: [0], refine: queueRoles(['add', 'addBulk'], [], { at: 1, option: 'connection' }) }),
  produces('Redis', ['new FlowProducer'], { imports: BULLMQ, target: BULLMQ_REDIS, port: BULLMQ_PORT, refine: queueRoles(['add', 'addBulk'], [], { at: 0, option: 'connection' }) }),
  consumes('Redis', ['new Worker'], { imports: BULLMQ, target: BULLMQ_REDIS, port: BULLMQ_PORT, channel: [0], refine: (site, tools) => { const key = optionsKey(site, tools, 2, 'connection'); return key !== undefined ? { key } : undefined; } }),
  produces('Redis', ['new Queue', 'Queue', 'new Bull', 'Bull'], { imports: BULL, target: ['redis.host', 'redis', 1], port: ['redis.port'], channel: [0], refine: queueRoles(['add', 'addBulk'], ['process'], { at: 1, option: 'redis' }) }),
  produces('Redis', ['new Queue', 'new BeeQueue', 'new Bee'], { imports: BEE_QUEUE, target: ['redis.host', 'redis.url', 'redis'], port: ['redis.port'], channel: [0], refine: queueRoles(['createJob'], ['process'], { at: 1, option: 'redis' }) }),
  uses('database', 'Redis', ['new Redis', 'new IORedis', 'new Redis.Cluster'], { imports: IOREDIS, target: [0, 1, 'host'], port: ['port', 0], bareHost: true, refine: redisClientRoles }),
  uses('database', 'Redis', ['createClient', 'redis.createClient', 'createCluster'], { imports: NODE_REDIS, target: ['url', 'socket.host', 'host', 0, 1], port: ['socket.port', 'port', 0], bareHost: true, refine: redisClientRoles }),
  produces('Redis', CLIENT_TYPES.flatMap((type) => PUBLISH.map((method) => `${type}.${method}`)), { imports: [...IOREDIS, ...NODE_REDIS], channel: [0], refine: onClientFromElsewhere }),
  consumes('Redis', CLIENT_TYPES.flatMap((type) => SUBSCRIBE.map((method) => `${type}.${method}`)), { imports: [...IOREDIS, ...NODE_REDIS], channel: [0], refine: onClientFromElsewhere }),
  // Pub/sub adapters: producer and consumer both (adapterRoles).
  produces('Redis', ['createAdapter', 'createShardedAdapter'], { imports: ['@socket.io/redis-adapter', '@socket.io/redis-streams-adapter'], refine: adapterRoles }),
  produces('Redis', ['socketIoRedis', 'createAdapter'], { imports: ['socket.io-redis'], target: ['host', 0], port: ['port'], bareHost: true, refine: adapterRoles }),
  produces('Redis', ['new Redis'], { imports: ['@hocuspocus/extension-redis'], target: ['host'], port: ['port'], bareHost: true, refine: adapterRoles }),
  produces('Redis', ['new RedisPubSub'], { imports: ['graphql-redis-subscriptions'], target: ['connection.host', 'connection.url', 'connection'], port: ['connection.port'], bareHost: true, refine: adapterRoles }),
];
