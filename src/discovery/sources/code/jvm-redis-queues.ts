/**
 * Redis used as a message queue or a pub/sub bus from Java and Kotlin: messaging through Redis
 * (producer → Redis → consumer), not a use of Redis as a database.
 *
 * - Commands on a key (Jedis, Lettuce): `lpush`/`rpush`/`zadd`/`xadd` produce to the key, and
 *   blocking pops (`brpop`, `blpop`, `blmove`, `brpoplpush`, `bzpopmin`), reliable moves
 *   (`rpoplpush`, `lmove`) and consumer-group reads (`xreadGroup`) consume from it. A push is a
 *   message only when the key reads as a queue (`jobs.ready`, `email-queue`, `TASKS`) or the file
 *   also takes from the same key; a non-blocking `lpop`/`rpop`/`zpopmin` likewise; a
 *   `zrangeByScore` consumes only with a `zrem` of the same key in the file (the poller that
 *   removes the entry it read takes it): a cache's `get`/`set`, a leaderboard's `zadd` read by
 *   score and never taken from, are data.
 * - Pub/sub: `publish(channel, message)` and Spring's `convertAndSend(channel, message)` produce;
 *   `subscribe(listener, channels…)`, `psubscribe`, and a `ChannelTopic`/`PatternTopic` given to a
 *   listener container's `addMessageListener` consume.
 * - Redisson: a queue, deque, topic or stream the client hands out (`getBlockingQueue("x")`,
 *   `getTopic("x")`) produces when the file offers or publishes to it, and consumes when it takes
 *   from it or listens on it.
 *
 * The file's commands are read once from its tree (`commandsOf`), so each call's check costs
 * nothing more; the channel is the key as the evaluator reads it (a literal, a constant).
 */
import type { CallSite, Refinement, Signature, SiteTools, SyntaxNode } from './code-model.js';
import { consumes, endpoint, produces, uses } from './signature-builders.js';
import { field, unquote } from './syntax-helpers.js';

const JEDIS = ['redis.clients.jedis'];
const LETTUCE = ['io.lettuce'];
const SPRING_DATA_REDIS = ['org.springframework.data.redis'];
const REDISSON = ['org.redisson'];
/** The setting Spring Boot's Redis auto-configuration connects with, when code names no Redis. */
export const SPRING_REDIS_HOST = 'spring.data.redis.host';

/** Commands that add to a list, sorted set or stream: a message when the key is a queue. */
export const PUSH = new Set(['lpush', 'rpush', 'lpushx', 'rpushx', 'zadd', 'xadd']);
/** Commands that wait for or move an entry: a consumer whatever the key is called. */
export const TAKE = new Set(['brpop', 'blpop', 'blmove', 'brpoplpush', 'bzpopmin', 'bzpopmax', 'blmpop', 'bzmpop', 'rpoplpush', 'lmove', 'xreadgroup']);
/** Commands that take an entry without waiting: a consumer of a queue. */
export const POP = new Set(['lpop', 'rpop', 'zpopmin', 'zpopmax']);
/** Reads a poller pairs with a removal of what it read. */
const PEEK = new Set(['zrangebyscore', 'zrangebyscorewithscores']);
const REMOVE = new Set(['zrem']);

/** A key whose name says it is a queue: `jobs.ready`, `email-queue`, `TASKS_PENDING`, `workQueue`. */
export function readsAsQueue(key: string): boolean {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[^A-Za-z0-9]+/);
  return /queue/i.test(key) || words.some((word) => /^(?:jobs?|tasks?)$/i.test(word));
}

/** One Redis command call in a file: its lower-cased name and the node of its key. */
interface Command {
  name: string;
  key?: string;
}

/** The method name, arguments and receiver of a Java `method_invocation` or Kotlin call. */
function memberCall(node: SyntaxNode): { name: string; args: SyntaxNode[] } | undefined {
  if (node.type === 'method_invocation') {
    const name = field(node, 'name')?.text;
    const args = field(node, 'arguments')?.namedChildren.filter((child): child is SyntaxNode => child !== null) ?? [];
    return name !== undefined && field(node, 'object') ? { name, args } : undefined;
  }
  if (node.type === 'call_expression') {
    const callee = node.namedChildren[0];
    if (callee?.type !== 'navigation_expression') return undefined;
    const name = callee.namedChildren[callee.namedChildren.length - 1]?.text.replace(/^\??\./, '');
    const suffix = node.namedChildren.find((child) => child?.type === 'call_suffix');
    const list = suffix?.namedChildren.find((child) => child?.type === 'value_arguments');
    const args = (list?.namedChildren ?? []).filter((child): child is SyntaxNode => child !== null).map((argument) => argument.namedChildren[argument.namedChildren.length - 1] ?? argument);
    return name !== undefined ? { name, args } : undefined;
  }
  return undefined;
}

/** A number written in place (a timeout, a score): not a key. */
const NUMBER = /^-?[\d_.]+[LlDdFf]?$|^(?:Duration|TimeUnit)\b|\.to(?:Double|Long|Int)\(\)$|currentTimeMillis/;

/** The key a command works on as written: the first argument that is not a timeout. */
function keyText(name: string, args: readonly SyntaxNode[]): string | undefined {
  const first = /^b(?:r|l|z)pop/.test(name) ? args.find((argument) => !NUMBER.test(argument.text.replace(/\s+/g, ''))) : args[0];
  return first?.text.replace(/\s+/g, '');
}

const COMMANDS = new WeakMap<object, Command[]>();

/** Every Redis-shaped command call in the file of a node, read once per tree. */
function commandsOf(node: SyntaxNode): Command[] {
  const cached = COMMANDS.get(node.tree);
  if (cached) return cached;
  const found: Command[] = [];
  for (const call of node.tree.rootNode.descendantsOfType(['method_invocation', 'call_expression'])) {
    if (!call) continue;
    const member = memberCall(call);
    if (!member) continue;
    const name = member.name.toLowerCase();
    if (!PUSH.has(name) && !TAKE.has(name) && !POP.has(name) && !PEEK.has(name) && !REMOVE.has(name)) continue;
    found.push({ name, key: keyText(name, member.args) });
  }
  COMMANDS.set(node.tree, found);
  return found;
}

/** The key of a command call as written, and as the evaluator reads it (a constant's value). */
function keyOf(site: CallSite, tools: SiteTools): { written?: string; value?: string } {
  const name = site.name.toLowerCase();
  const written = keyText(name, site.args);
  const at = written === undefined ? -1 : site.args.findIndex((argument) => argument.text.replace(/\s+/g, '') === written);
  const value = at >= 0 ? tools.value(site, at) : undefined;
  return { ...(written !== undefined ? { written } : {}), ...(value?.kind === 'literal' ? { value: value.text } : {}) };
}

/** Whether a key, as written or read, names a queue. */
const queueNamed = (key: { written?: string; value?: string }): boolean => [key.value, key.written].some((text) => text !== undefined && readsAsQueue(text));

/** A command that reads or writes data: a use of Redis as a store. */
const DATA: Refinement = { role: 'uses', mechanism: 'database', dataAccess: true };

/**
 * What a command on a key is: a produce, a consume (`channel` the key read), or a read or write
 * of data.
 */
export function commandRole(site: CallSite, tools: SiteTools): Refinement {
  const name = site.name.toLowerCase();
  const key = keyOf(site, tools);
  const same = commandsOf(site.node).filter((command) => command.key !== undefined && command.key === key.written);
  const taken = same.some((command) => TAKE.has(command.name) || POP.has(command.name) || (PEEK.has(command.name) && same.some((other) => REMOVE.has(other.name))));
  const channel = key.value !== undefined ? { channel: key.value } : {};
  if (PUSH.has(name)) return queueNamed(key) || taken ? { role: 'produces', ...channel } : DATA;
  if (TAKE.has(name)) return { role: 'consumes', ...channel };
  if (POP.has(name)) return queueNamed(key) || same.some((command) => PUSH.has(command.name)) ? { role: 'consumes', ...channel } : DATA;
  if (PEEK.has(name)) return same.some((command) => REMOVE.has(command.name)) ? { role: 'consumes', ...channel } : DATA;
  return DATA;
}

/**
 * Commands that only read or write data (strings, hashes, sets, expiry), and a sorted set's
 * removal (`zrem`, a queue's taking when paired with a read by score, but the reading is the
 * consumer): a use of Redis as a store.
 */
const DATA_COMMANDS = ['get', 'set', 'setex', 'psetex', 'setnx', 'getset', 'getdel', 'getex', 'mget', 'mset', 'incr', 'incrBy', 'incrby', 'decr', 'decrBy', 'decrby', 'append', 'hget', 'hset', 'hsetnx', 'hmget', 'hmset', 'hgetAll', 'hgetall', 'hdel', 'hincrBy', 'hincrby', 'hexists', 'hkeys', 'hvals', 'sadd', 'srem', 'smembers', 'sismember', 'scard', 'zscore', 'zincrby', 'zrange', 'zrevrange', 'zrevrangeByScore', 'zrevrangebyscore', 'zrank', 'zrevrank', 'zcard', 'lrange', 'ltrim', 'lindex', 'llen', 'del', 'unlink', 'exists', 'expire', 'pexpire', 'expireAt', 'ttl', 'persist', 'keys', 'scan', 'jsonGet', 'jsonSet', 'ftSearch', 'eval', 'evalsha'];

/**
 * A consumer-group read names its stream inside its arguments: Jedis's map of streams
 * (`Map.of("orders", StreamEntryID.UNRECEIVED_ENTRY)`), Lettuce's
 * `XReadArgs.StreamOffset.lastConsumed("orders")`.
 */
function streamRead(site: CallSite, tools: SiteTools): Refinement {
  for (const argument of site.args) {
    for (const call of [argument, ...argument.descendantsOfType(['method_invocation', 'call_expression'])]) {
      if (!call) continue;
      const member = memberCall(call) ?? (call.type === 'call_expression' ? { name: call.namedChildren[0]?.text ?? '', args: [] } : undefined);
      if (!member || !/^(?:of|mapOf|singletonMap|lastConsumed|from|latest|create)$/.test(member.name)) continue;
      const first = member.args[0];
      if (!first) continue;
      const value = tools.value({ ...site, args: [first], named: new Map() }, 0);
      if (value.kind === 'literal') return { role: 'consumes', channel: value.text };
      if (first.type === 'string_literal' || first.type === 'string') return { role: 'consumes', channel: unquote(first.text) };
    }
  }
  return { role: 'consumes' };
}

/**
 * A `subscribe(listener, channels…)` (Jedis) or `subscribe(channels…)` (Lettuce): the first channel
 * named. A reactive stream's `subscribe(consumer)` (Reactor in a Lettuce file) names none: nothing.
 */
const subscribeChannel: NonNullable<Signature['refine']> = (site, tools) => {
  const callback = /->|::|^\{|^object\b|^new\s/;
  const at = site.args.findIndex((argument, index) => !callback.test(argument.text) && (index > 0 || site.args.length === 1 || /^"/.test(argument.text)));
  if (at < 0) return false;
  const value = tools.value(site, at);
  return value.kind === 'literal' ? { channel: value.text } : {};
};

/** A topic built for a listener container (`addMessageListener(listener, new ChannelTopic("x"))`) consumes; elsewhere it is nothing. */
const listenedTopic: NonNullable<Signature['refine']> = (site) => {
  let node: SyntaxNode | null = site.node.parent;
  for (let depth = 0; node && depth < 4; depth += 1, node = node.parent) {
    const member = memberCall(node);
    if (member && /^(?:addMessageListener|receive|receiveAutoAck)$/.test(member.name)) return undefined;
  }
  return false;
};

/** Methods of Redisson's queues, topics and streams, by what they do. */
const REDISSON_PRODUCE = /^(?:offer|add|put|addAll|offerAsync|addAsync|putAsync|publish|publishAsync|transfer|tryTransfer|offerFirst|offerLast|putFirst|putLast|addFirst|addLast)$/;
const REDISSON_CONSUME = /^(?:take|poll|pollAsync|takeAsync|pollFromAny|pollLastAndOfferFirstTo|takeLastAndOfferFirstTo|addListener|addListenerAsync|subscribeOnElements|readGroup|readGroupAsync|pollFirst|pollLast|takeFirst|takeLast|remove)$/;

/** The methods called on what a Redisson `get…` returns, through the variable, field or property holding it, or chained on it. */
function redissonUses(site: CallSite): Set<string> {
  const methods = new Set<string>();
  let node: SyntaxNode = site.node;
  // A Kotlin call is the `call_expression` around the navigation that matched.
  while (node.parent && (node.parent.type === 'call_expression' || node.parent.type === 'parenthesized_expression')) node = node.parent;
  const parent = node.parent;
  // Chained: `redisson.getQueue("x").offer(m)`.
  if (parent && (parent.type === 'method_invocation' ? field(parent, 'object')?.id === node.id : parent.type === 'navigation_expression')) {
    const call = parent.type === 'method_invocation' ? parent : parent.parent;
    const member = call ? memberCall(call) : undefined;
    if (member) methods.add(member.name);
    return methods;
  }
  // Held: `RBlockingQueue<String> q = redisson.getBlockingQueue("x")`, `this.q = …`, `val q = …`.
  let name: string | undefined;
  if (parent?.type === 'variable_declarator') name = field(parent, 'name')?.text;
  else if (parent?.type === 'assignment_expression') name = field(parent, 'left')?.text.replace(/^this\./, '');
  else if (parent?.type === 'property_declaration') name = parent.namedChildren.find((child) => child?.type === 'variable_declaration')?.namedChildren[0]?.text;
  else if (parent?.type === 'assignment') name = parent.namedChildren[0]?.text.replace(/^this\./, '');
  if (name === undefined) return methods;
  for (const call of site.node.tree.rootNode.descendantsOfType(['method_invocation', 'call_expression'])) {
    if (!call) continue;
    const receiver = call.type === 'method_invocation' ? field(call, 'object')?.text : call.namedChildren[0]?.type === 'navigation_expression' ? call.namedChildren[0].namedChildren[0]?.text : undefined;
    if (receiver === undefined || receiver.replace(/^this\./, '') !== name) continue;
    const member = memberCall(call);
    if (member) methods.add(member.name);
  }
  return methods;
}

/** A Redisson queue, topic or stream: produces and consumes as its methods say; neither, it is nothing here. */
const redissonRoles: NonNullable<Signature['refine']> = (site) => {
  const methods = [...redissonUses(site)];
  const producing = methods.some((method) => REDISSON_PRODUCE.test(method));
  const consuming = methods.some((method) => REDISSON_CONSUME.test(method));
  if (!producing && !consuming) return false;
  return producing && consuming ? { more: [{ role: 'consumes' }] } : consuming ? { role: 'consumes' } : {};
};

/**
 * Marks a messaging refinement as going through Redis, a datastore whose data commands these
 * signatures mark: the component then uses it as a store only with such a command.
 */
function throughRedis(refine?: NonNullable<Signature['refine']>): NonNullable<Signature['refine']> {
  return (site, tools) => {
    const refined = refine ? refine(site, tools) : {};
    if (refined === false || refined?.dataAccess) return refined;
    return { ...refined, throughStore: true };
  };
}

/** Redis commands named as the clients spell them (Jedis camelCase, Lettuce lower case). */
const spellings = (names: Iterable<string>): string[] => [...new Set([...names].flatMap((name) => [name, name.replace(/byscore/, 'ByScore').replace(/withscores/, 'WithScores').replace(/group$/, 'Group')]))].map((name) => `*.${name}`);

/** Redis queue and pub/sub lines of the JVM signature table. */
export const JVM_REDIS_QUEUE_SIGNATURES: readonly Signature[] = [
  uses('database', 'Redis', DATA_COMMANDS.map((name) => `*.${name}`), { imports: [...JEDIS, ...LETTUCE], targetKind: 'database', refine: () => DATA }),
  produces('Redis', spellings([...PUSH, ...TAKE, ...POP, ...PEEK].filter((name) => name !== 'xreadgroup')), { imports: [...JEDIS, ...LETTUCE], targetKind: 'database', refine: throughRedis(commandRole) }),
  consumes('Redis', spellings(['xreadgroup']), { imports: [...JEDIS, ...LETTUCE], targetKind: 'database', refine: throughRedis(streamRead) }),
  produces('Redis', ['*.publish', '*.spublish'], { imports: [...JEDIS, ...LETTUCE], targetKind: 'database', channel: [0], refine: throughRedis() }),
  consumes('Redis', ['*.subscribe', '*.psubscribe', '*.ssubscribe'], { imports: [...JEDIS, ...LETTUCE], targetKind: 'database', refine: throughRedis(subscribeChannel) }),
  // Spring Data Redis: an injected template publishes; a listener container listens.
  produces('Redis', ['RedisTemplate.convertAndSend', 'StringRedisTemplate.convertAndSend', 'ReactiveRedisTemplate.convertAndSend', 'ReactiveStringRedisTemplate.convertAndSend', 'RedisOperations.convertAndSend', 'redisTemplate.convertAndSend', 'stringRedisTemplate.convertAndSend'], { imports: SPRING_DATA_REDIS, targetKind: 'database', channel: [0], key: SPRING_REDIS_HOST, refine: throughRedis() }),
  consumes('Redis', ['new ChannelTopic', 'new PatternTopic', 'ChannelTopic.of', 'PatternTopic.of', 'ChannelTopic', 'PatternTopic'], { imports: SPRING_DATA_REDIS, targetKind: 'database', channel: [0], key: SPRING_REDIS_HOST, refine: throughRedis(listenedTopic) }),
  // Redisson: where its Redis is (`config.useSingleServer().setAddress("redis://cache:6379")`), and its queues, topics and streams.
  endpoint('database', 'Redis', ['*.setAddress', '*.addNodeAddress', '*.setMasterAddress'], { imports: REDISSON, target: [0], alone: 'uses' }),
  produces(
    'Redis',
    ['*.getQueue', '*.getBlockingQueue', '*.getBlockingDeque', '*.getDeque', '*.getPriorityBlockingQueue', '*.getPriorityQueue', '*.getTransferQueue', '*.getBoundedBlockingQueue', '*.getTopic', '*.getReliableTopic', '*.getShardedTopic', '*.getPatternTopic', '*.getStream', '*.getRingBuffer'],
    { imports: REDISSON, targetKind: 'database', channel: [0], refine: throughRedis(redissonRoles) },
  ),
];
