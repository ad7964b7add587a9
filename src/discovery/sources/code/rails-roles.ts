/**
 * Where a Rails application's code runs, and Sidekiq's own messaging. One image is deployed as
 * several processes (`bundle exec puma`, `bundle exec sidekiq`; shared-codebase.ts reads their
 * command lines): each makes the connections of the code it runs (ConnectionFact.runsIn):
 *
 * - `config/` (initializers, `environments/*.rb`, `application.rb`) is loaded by every process
 *   booting Rails: `runsIn: 'every'`. Mail settings (`config.action_mailer.smtp_settings`) are the
 *   exception: mail is sent by whoever delivers it, and a Rails app deploying Sidekiq delivers with
 *   `deliver_later`, in the job worker: `runsIn: 'worker'` (the web process when no worker is deployed);
 * - a Sidekiq worker or ActiveJob job (`app/workers/**`, `app/jobs/**`, `app/sidekiq/**`, or a class
 *   including `Sidekiq::Worker`/`Sidekiq::Job` or subclassing `ApplicationJob`/`ActiveJob::Base`)
 *   runs in the job worker: `runsIn: 'worker'`;
 * - a clockwork schedule (`clock.rb`: `require 'clockwork'`) runs in the scheduler process
 *   (`clockwork ./clock.rb`): `runsIn: 'clock'`, its `perform_async`/`perform_later` that process's;
 * - the web layer (`app/controllers`, `app/views`, `app/helpers`, `app/channels`, `config.ru`) is
 *   the web process's (unmarked);
 * - the rest of the application (models, services, mailers, `app/lib`, `lib/`) is what both call:
 *   kept for the web process and made again for the worker.
 *
 * Enqueuing a job (`Worker.perform_async/perform_in/perform_at`, `Worker.set(…).perform_async`,
 * `Job.perform_later`, a mailer's `deliver_later`) produces to Sidekiq's Redis (technology
 * `Sidekiq`, resolved through `SIDEKIQ_REDIS_URL`/`REDIS_URL`); the deployables running
 * `sidekiq` consume from it (shared-codebase.ts celeryProcessConnections).
 */
import { CONFIDENCE, type ConnectionFact, type EvidenceAt, type Fact } from '../../../core/discovery/facts.js';
import { SIDEKIQ } from '../../../core/discovery/shared-codebase.js';
import type { CallSite, FileModel, SyntaxNode } from './code-model.js';
import { rubyConditionsAt, topLevelLocals } from './ruby-conditions.js';

/** Where a Ruby file of a Rails application runs. */
export type RailsRole = 'every' | 'worker' | 'clock' | 'web' | 'shared';

/** The methods that enqueue a job: Sidekiq's, ActiveJob's and ActionMailer's. */
const ENQUEUE = new Set(['perform_async', 'perform_in', 'perform_at', 'perform_bulk', 'perform_later', 'deliver_later', 'deliver_later!']);

/** The path below a Rails application's root, when the file is one (`app/…`, `config/…`, `lib/…`). */
function railsPath(path: string): string | undefined {
  const normal = path.replace(/\\/g, '/');
  // Rails keeps its code in folders of app/ (`app/models/…`); a file right under `app/` is some other layout's.
  const match = /(?:^|\/)(app\/[^/]+\/.*|(?:config|lib)\/.*|config\.ru)$/.exec(normal);
  return match?.[1];
}

/** Whether a file's text declares a background job class. */
const JOB_CLASS = /\binclude\s+Sidekiq::(?:Worker|Job)\b|<\s*(?:ApplicationJob|ActiveJob::Base)\b/;

/**
 * A clockwork schedule (`require 'clockwork'`, `module Clockwork … every(1.day, 'x') { … }`): the
 * file the scheduler process runs (`clockwork ./clock.rb`), wherever it sits (Lago's `clock.rb` at
 * the root), so the jobs it enqueues are that process's.
 */
const CLOCK_SCHEDULE = /^\s*(?:require\s+["']clockwork["']|module\s+Clockwork\b|include\s+Clockwork\b)/m;

/** Where a file of a Rails application runs (see the module comment), undefined for a file of none. */
export function railsRole(path: string, text: string): RailsRole | undefined {
  if (CLOCK_SCHEDULE.test(text)) return 'clock';
  const rails = railsPath(path);
  if (rails === undefined) return JOB_CLASS.test(text) ? 'worker' : undefined;
  if (rails.startsWith('config/')) return 'every';
  if (/^app\/(?:workers|jobs|sidekiq)\//.test(rails) || JOB_CLASS.test(text)) return 'worker';
  if (rails === 'config.ru' || /^app\/(?:controllers|views|helpers|channels)\//.test(rails)) return 'web';
  return 'shared';
}

/** Whether a connection is a mail server's settings (mail goes out from whoever delivers it). */
const isMailSettings = (fact: ConnectionFact): boolean => fact.mechanism === 'email';

/** Redis commands that read or write data: a client a file calls none of (only `publish`/`subscribe`) is a pub/sub bus, no datastore. */
const REDIS_DATA_COMMANDS = new Set(['get', 'set', 'setex', 'setnx', 'mget', 'mset', 'del', 'incr', 'incrby', 'decr', 'expire', 'exists', 'keys', 'scan', 'hget', 'hset', 'hmset', 'hgetall', 'hdel', 'hincrby', 'lpush', 'rpush', 'lpop', 'rpop', 'blpop', 'brpop', 'lrange', 'ltrim', 'sadd', 'srem', 'smembers', 'sismember', 'zadd', 'zrem', 'zrange', 'zrangebyscore', 'zrevrange', 'zincrby', 'pipelined', 'multi', 'eval', 'evalsha', 'xadd', 'xread', 'xreadgroup', 'with']);

/**
 * A file's Redis clients used only for pub/sub (`Redis.new(url: …)` then `redis.publish(…)`):
 * their construction is no use of Redis as a datastore, the publishing is the edge.
 */
function withoutPubSubClients(model: FileModel, facts: readonly Fact[]): Fact[] {
  const pubSub = facts.some((fact) => fact.type === 'connection' && fact.technology === 'Redis' && (fact.role === 'produces' || fact.role === 'consumes'));
  if (!pubSub || model.sites.some((site) => site.kind === 'call' && site.receiver !== undefined && REDIS_DATA_COMMANDS.has(site.name))) return [...facts];
  return facts.filter((fact) => !(fact.type === 'connection' && fact.technology === 'Redis' && fact.role === 'uses'));
}

/** The file's facts marked with where they run, and its enqueued jobs as Sidekiq producers. */
export function readRailsRoles(input: { root: SyntaxNode; model: FileModel; facts: Fact[]; evidenceAt: EvidenceAt; path: string }): Fact[] {
  const { root, model, facts, evidenceAt, path } = input;
  const role = railsRole(path, root.text);
  const produced: Fact[] = model.sites.filter((site) => site.kind === 'call' && ENQUEUE.has(site.name) && site.receiver !== undefined).map((site) => producer(site, evidenceAt));
  const all = withConditions(root, withoutPubSubClients(model, [...facts, ...produced]));
  if (role === undefined || role === 'web') return all;
  return all.flatMap((fact): Fact[] => {
    if (fact.type !== 'connection' || fact.component !== undefined || fact.runsIn !== undefined) return [fact];
    if (role === 'every') return [{ ...fact, runsIn: isMailSettings(fact) ? 'worker' : 'every' }];
    if (role === 'worker' || role === 'clock') return [{ ...fact, runsIn: role }];
    return [fact, { ...fact, runsIn: 'worker' }];
  });
}

/** Connections of the file under the `if ENV[…]` branches and `enabled:` switches around them (ruby-conditions.ts). */
function withConditions(root: SyntaxNode, facts: readonly Fact[]): Fact[] {
  if (!/\bENV\b/.test(root.text)) return [...facts];
  const locals = topLevelLocals(root);
  return facts.map((fact) => {
    if (fact.type !== 'connection') return fact;
    const conditions = rubyConditionsAt(root, fact.evidence.line, locals);
    return conditions.length > 0 ? { ...fact, conditions: [...(fact.conditions ?? []), ...conditions] } : fact;
  });
}

/** A job enqueued: produced to Sidekiq's Redis, the job's class as the channel when written as a constant. */
function producer(site: CallSite, evidenceAt: EvidenceAt): ConnectionFact {
  const receiver = site.receiver?.text ?? '';
  const job = /^[A-Z][\w:]*$/.test(receiver) ? receiver : /^([A-Z][\w:]*)\.set\b/.exec(receiver)?.[1];
  const channel = site.name.startsWith('deliver_later') ? 'mailers' : job;
  return {
    type: 'connection',
    target: {},
    role: 'produces',
    mechanism: 'messaging',
    technology: SIDEKIQ,
    ...(channel ? { channel } : {}),
    targetKind: 'message-broker',
    evidence: evidenceAt(site.line),
    confidence: channel ? CONFIDENCE.literal : CONFIDENCE.inferred,
  };
}
