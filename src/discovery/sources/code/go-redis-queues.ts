/**
 * Redis lists used as a work queue from Go (go-redis): `client.RPush(ctx, q.cfg.QueueFullName,
 * data)` produces to the list and `client.LPop(ctx, q.cfg.QueueFullName)` (or a blocking `BRPop`)
 * consumes from it, so the process pushing and the one popping are joined through Redis by
 * messaging, not each a database use. Only a key named as a queue counts (`queue` in the key's
 * literal value or in the expression written for it: `setting.Queue.Name`, `"mail_queue"`): Go
 * services keep plain lists in Redis as often (a build list pushed and popped, a `jobs:` list a
 * worker drains that its fixture's authors call data), and the JVM's looser rules
 * (jvm-redis-queues.ts: `jobs`/`tasks` names, any blocking pop, a push and pop of one key) read
 * those as queues. go-redis's argument order: the context first, a blocking pop's timeout second.
 */
import type { CallSite, Refinement, Signature, SiteTools, SyntaxNode } from './code-model.js';
import { consumes, produces } from './signature-builders.js';
import { POP, PUSH, TAKE } from './jvm-redis-queues.js';

/** A key named as a queue. */
const QUEUE_NAMED = /queue/i;

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

/** What a command on a key is: a produce, a consume, or (false) the client's data use, left to its construction. */
function commandRole(site: CallSite, tools: SiteTools): Refinement | false {
  const name = site.name.toLowerCase();
  const written = keyText(name, site.args);
  const at = written === undefined ? -1 : site.args.findIndex((argument) => argument.text.replace(/\s+/g, '') === written);
  const value = at >= 0 ? tools.value(site, at) : undefined;
  if (![written, value?.kind === 'literal' ? value.text : undefined].some((text) => text !== undefined && QUEUE_NAMED.test(text))) return false;
  const channel = value?.kind === 'literal' ? { channel: value.text } : {};
  if (PUSH.has(name)) return { role: 'produces', throughStore: true, ...channel };
  return TAKE.has(name) || POP.has(name) ? { role: 'consumes', throughStore: true, ...channel } : false;
}

const spelled = (names: Iterable<string>): string[] => [...names].flatMap((name) => (SPELLED[name] ? [`*.${SPELLED[name]}`] : []));

/** go-redis queue lines of the Go signature table. */
export const GO_REDIS_QUEUE_SIGNATURES: readonly Signature[] = [
  produces('Redis', spelled([...PUSH, ...POP]), { imports: GO_REDIS, targetKind: 'database', refine: commandRole }),
  consumes('Redis', spelled(TAKE), { imports: GO_REDIS, targetKind: 'database', refine: commandRole }),
];
