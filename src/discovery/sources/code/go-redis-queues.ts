/**
 * Redis lists used as a work queue from Go (go-redis): `client.LPush(ctx, key, task)` produces to
 * the list and `client.BRPop(ctx, 0, key)` consumes from it, so the process pushing and the one
 * popping are joined through Redis by messaging, not each a database use. The same rules as the
 * JVM's (jvm-redis-queues.ts), on go-redis's argument order (the context first, a blocking pop's
 * timeout second): a push or a non-blocking pop is a message only when the key reads as a queue
 * or the file also takes from (pushes to) the same key as written; a blocking pop always
 * consumes. Anything else stays the client's database use.
 */
import type { CallSite, Refinement, Signature, SiteTools, SyntaxNode } from './code-model.js';
import { consumes, produces } from './signature-builders.js';
import { field, kids } from './syntax-helpers.js';
import { POP, PUSH, readsAsQueue, TAKE } from './jvm-redis-queues.js';

const GO_REDIS = ['github.com/redis/go-redis', 'github.com/go-redis/redis'];

/** The go-redis spelling of each command (`LPush`, `BRPopLPush`). */
const SPELLED: Record<string, string> = {
  lpush: 'LPush', rpush: 'RPush', lpushx: 'LPushX', rpushx: 'RPushX', zadd: 'ZAdd', xadd: 'XAdd',
  brpop: 'BRPop', blpop: 'BLPop', blmove: 'BLMove', brpoplpush: 'BRPopLPush', bzpopmin: 'BZPopMin', bzpopmax: 'BZPopMax', blmpop: 'BLMPop', bzmpop: 'BZMPop', rpoplpush: 'RPopLPush', lmove: 'LMove',
  lpop: 'LPop', rpop: 'RPop', zpopmin: 'ZPopMin', zpopmax: 'ZPopMax',
};

/** The key a command works on as written: after the context, and after a blocking pop's timeout. */
function keyText(name: string, args: readonly SyntaxNode[]): string | undefined {
  const blocking = /^b[lrz]/.test(name) && name !== 'blmove';
  return args[blocking ? 2 : 1]?.text.replace(/\s+/g, '');
}

const COMMANDS = new WeakMap<object, { name: string; key?: string }[]>();

/** Every list/sorted-set command call of the file, lower-cased, with its key as written; read once per tree. */
function commandsOf(node: SyntaxNode): { name: string; key?: string }[] {
  const cached = COMMANDS.get(node.tree);
  if (cached) return cached;
  const found: { name: string; key?: string }[] = [];
  for (const call of node.tree.rootNode.descendantsOfType('call_expression')) {
    const fn = call ? field(call, 'function') : undefined;
    const name = fn?.type === 'selector_expression' ? field(fn, 'field')?.text.toLowerCase() : undefined;
    if (!call || name === undefined || SPELLED[name] === undefined) continue;
    const key = keyText(name, kids(field(call, 'arguments') ?? call).filter((arg) => arg.type !== 'comment'));
    found.push({ name, ...(key !== undefined ? { key } : {}) });
  }
  COMMANDS.set(node.tree, found);
  return found;
}

/** What a command on a key is: a produce, a consume, or (false) the client's data use, left to its construction. */
function commandRole(site: CallSite, tools: SiteTools): Refinement | false {
  const name = site.name.toLowerCase();
  const written = keyText(name, site.args);
  const at = written === undefined ? -1 : site.args.findIndex((argument) => argument.text.replace(/\s+/g, '') === written);
  const value = at >= 0 ? tools.value(site, at) : undefined;
  const key = value?.kind === 'literal' ? value.text : written;
  const same = commandsOf(site.node).filter((command) => command.key !== undefined && command.key === written);
  const queue = key !== undefined && readsAsQueue(key);
  const channel = value?.kind === 'literal' ? { channel: value.text } : {};
  if (PUSH.has(name)) return queue || same.some((command) => TAKE.has(command.name) || POP.has(command.name)) ? { role: 'produces', throughStore: true, ...channel } : false;
  if (TAKE.has(name)) return { role: 'consumes', throughStore: true, ...channel };
  if (POP.has(name)) return queue || same.some((command) => PUSH.has(command.name)) ? { role: 'consumes', throughStore: true, ...channel } : false;
  return false;
}

const spelled = (names: Iterable<string>): string[] => [...names].flatMap((name) => (SPELLED[name] ? [`*.${SPELLED[name]}`] : []));

/** go-redis queue lines of the Go signature table. */
export const GO_REDIS_QUEUE_SIGNATURES: readonly Signature[] = [
  produces('Redis', spelled([...PUSH, ...POP]), { imports: GO_REDIS, targetKind: 'database', refine: commandRole }),
  consumes('Redis', spelled(TAKE), { imports: GO_REDIS, targetKind: 'database', refine: commandRole }),
];
