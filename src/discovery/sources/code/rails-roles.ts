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
 *   including `Sidekiq::Worker`/`Sidekiq::Job` or subclassing `ApplicationJob`/`ActiveJob::Base`
 *   or an app's `Jobs::Base`, wherever its file is: rails-entries.ts) runs in the job worker:
 *   `runsIn: 'worker'`;
 * - a clockwork schedule (`clock.rb`: `require 'clockwork'`) runs in the scheduler process
 *   (`clockwork ./clock.rb`): `runsIn: 'clock'`, its `perform_async`/`perform_later` that process's;
 * - the web layer (`app/controllers`, `app/views`, `app/helpers`, `app/channels`, `config.ru`) and
 *   OmniAuth authenticators (rails-entries.ts) are the web process's (unmarked); the Rack
 *   middleware and routing constraints settings name start its reach (railsWeb);
 * - the rest of the application (models, services, mailers, `app/lib`, `lib/`) runs where the code
 *   naming it runs: each file's constant and the constants it names (a `rails` code-names fact,
 *   railsNames) let core/discovery/rails-reach.ts follow the web and job code through them; the
 *   file's connections are left unmarked for it to decide;
 * - a clockwork schedule (`module Clockwork; every(1.hour, 'x') { Job.perform_later }`) runs in the
 *   scheduler process (`runsIn: 'clock'`): it enqueues, and runs none of the jobs.
 *
 * Enqueuing a job (`Worker.perform_async/perform_in/perform_at`, `Worker.set(…).perform_async`,
 * `Job.perform_later`, a mailer's `deliver_later`) produces to Sidekiq's Redis (technology
 * `Sidekiq`, resolved through `SIDEKIQ_REDIS_URL`/`REDIS_URL`); the deployables running
 * `sidekiq` consume from it (shared-codebase.ts celeryProcessConnections). Sidekiq's own client,
 * an app's `Jobs.enqueue(:job)` facade, the initializer's Redis, MessageBus and OmniAuth are
 * rails-queues.ts's.
 */
import { CONFIDENCE, calledMethod, type CodeNamesFact, type ConnectionFact, type EvidenceAt, type Fact } from '../../../core/discovery/facts.js';
import { SIDEKIQ } from '../../../core/discovery/shared-codebase.js';
import type { CallSite, FileModel, SyntaxNode } from './code-model.js';
import { facadeJob, isQueueClientEnqueue, isWebOnly, railsWebFacts, sidekiqRedisBindings, unmarked } from './rails-queues.js';
import { constantCandidates, declaredConstants, declaresJob, namespaceAt, registersOmniAuthStrategy, webEntryNames } from './rails-entries.js';
import { rubyConditionsAt, topLevelLocals } from './ruby-conditions.js';
import type { Evaluator } from './value-evaluation.js';

/** Where a Ruby file of a Rails application runs. */
export type RailsRole = 'every' | 'worker' | 'web' | 'shared' | 'clock';

/** The methods that enqueue a job: Sidekiq's, ActiveJob's and ActionMailer's. */
const ENQUEUE = new Set(['perform_async', 'perform_in', 'perform_at', 'perform_bulk', 'perform_later', 'deliver_later', 'deliver_later!']);

/** The path below a Rails application's root, when the file is one (`app/…`, `config/…`, `lib/…`). */
function railsPath(path: string): string | undefined {
  const normal = path.replace(/\\/g, '/');
  // Rails keeps its code in folders of app/ (`app/models/…`); a file right under `app/` is some other layout's.
  const match = /(?:^|\/)(app\/[^/]+\/.*|(?:config|lib)\/.*|config\.ru)$/.exec(normal);
  return match?.[1];
}

/** Whether a file's text is a clockwork schedule (`require 'clockwork'`, `include Clockwork`, `module Clockwork`). */
const CLOCKWORK = /^\s*(?:require\s+['"]clockwork['"]|include\s+Clockwork\b|module\s+Clockwork\b)/m;

/** Where a file of a Rails application runs (see the module comment), undefined for a file of none. */
export function railsRole(path: string, root: SyntaxNode): RailsRole | undefined {
  const text = root.text;
  // clock.rb sits at the root or in config/, and requires the app's environment: the scheduler's, not every process's.
  if (CLOCKWORK.test(text) && /\bevery\s*\(?/.test(text)) return 'clock';
  const rails = railsPath(path);
  // A job class outside app/jobs (a plugin's `jobs/`) is the worker's all the same (rails-entries.ts).
  const job = declaresJob(root);
  if (rails === undefined) return job ? 'worker' : undefined;
  if (rails.startsWith('config/')) return 'every';
  if (/^app\/(?:workers|jobs|sidekiq)\//.test(rails) || job) return 'worker';
  // GraphQL mutations and resolvers answer the web process's `/graphql` requests; OmniAuth runs its authenticators.
  if (rails === 'config.ru' || /^app\/(?:controllers|views|helpers|channels|graphql)\//.test(rails) || registersOmniAuthStrategy(root)) return 'web';
  return 'shared';
}

/** `generate_pdf_service` → `GeneratePdfService`. */
const camelize = (segment: string): string => segment.split('_').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');

/**
 * The constant Zeitwerk loads from a Rails file (`app/services/invoices/generate_pdf_service.rb` →
 * `Invoices::GeneratePdfService`): each `app/*` folder and `lib/` is a root, `concerns/` of one too.
 * Undefined for files autoloading does not name (config/, views).
 */
export function railsConstant(path: string): string | undefined {
  const rails = railsPath(path);
  if (rails === undefined || !rails.endsWith('.rb')) return undefined;
  const match = /^(?:app\/(?:[^/]+\/)(?:concerns\/)?|lib\/)(.+)\.rb$/.exec(rails);
  if (!match || rails.startsWith('app/views/')) return undefined;
  return (match[1] as string).split('/').map(camelize).join('::');
}

export { constantCandidates } from './rails-entries.js';

/**
 * What a Rails file declares (its Zeitwerk constant) and names (the constants it references, and
 * its mail deliveries, `deliver_now`/`deliver_later`), with where the layout runs it: what
 * core/discovery/rails-reach.ts follows from web and job code. Config files declare nothing but
 * say they are the settings (`every`), whose mail server goes with the deliveries.
 */
export function railsNames(root: SyntaxNode, path: string, evidenceAt: EvidenceAt): CodeNamesFact[] {
  const role = railsRole(path, root);
  if (role === undefined || role === 'clock') return [];
  const constant = railsConstant(path);
  // The path's constant first (jobQueues finds a job's parent by it), then the nesting's (rails-entries.ts):
  // of a file the path names, only the class of the path's last name under its own namespace (a
  // plugin's `QuorumAssist::Completions::Anthropic` for `lib/completions/anthropic.rb`), since the
  // other modules it opens (`module Forum; VERSION = …` in `lib/forum/version.rb`) are another
  // file's, which a second declaration would make ambiguous. Settings declare nothing: they reopen.
  const last = (name: string): string => (name.split('::').pop() as string).toLowerCase();
  const nested = role === 'every' ? [] : declaredConstants(root).filter((name) => constant === undefined || last(name) === last(constant));
  const declared = [...new Set([...(constant ? [constant] : []), ...nested])];
  const references = new Set<string>();
  const uses: Record<string, number> = {};
  for (const node of root.descendantsOfType(['constant', 'scope_resolution', 'identifier'])) {
    if (!node) continue;
    if (node.type === 'identifier') {
      // A mailer's delivery: which process sends the mail (rails-reach.ts).
      if ((node.text === 'deliver_now' || node.text === 'deliver_later') && node.parent?.type === 'call') uses[calledMethod(node.text)] ??= node.startPosition.row + 1;
      continue;
    }
    // The whole `A::B::C` once, not its `A::B` scope nor a `constant` inside it; `module Invoices` names nothing.
    if (node.parent?.type === 'scope_resolution') continue;
    if ((node.parent?.type === 'module' || node.parent?.type === 'class') && node.parent.childForFieldName('name')?.id === node.id) continue;
    if (!/^(?:::)?[A-Z]\w*(?:::[A-Z]\w*)*$/.test(node.text)) continue;
    // Looked up from the path's namespace and from the `module` nesting the reference is written in.
    const namespaces = new Set([constant, namespaceAt(node)]);
    for (const namespace of namespaces) for (const candidate of constantCandidates(node.text, namespace)) if (!declared.includes(candidate)) references.add(candidate);
  }
  const lines = root.endPosition.row + 1;
  const job = role === 'worker' ? railsJobOf(root, constant) : role === 'every' ? railsMailQueue(root) : undefined;
  const web = role === 'every' ? webEntryNames(root) : [];
  const sorted = [...references].sort();
  return [
    {
      type: 'code-names',
      declarations: declared.map((name) => ({ name, kind: 'function', static: true, references: sorted, line: 1, endLine: lines })),
      uses,
      rails: role,
      ...(job ? { railsJob: job } : {}),
      ...(web.length > 0 ? { railsWeb: web } : {}),
      evidence: evidenceAt(1),
    },
  ];
}

/** A queue name written as a literal (`:events`, `'events'`, `"events"`); `*` for anything else (a constant, a method, interpolation). */
export function literalQueue(node: SyntaxNode | null | undefined): string {
  if (!node) return '*';
  if (node.type === 'simple_symbol') return node.text.slice(1);
  if ((node.type === 'string' || node.type === 'delayed_symbol') && node.namedChildren.every((child) => child?.type === 'string_content')) {
    return node.namedChildren.map((child) => child?.text ?? '').join('');
  }
  return '*';
}

/** The value of a `queue:` entry among a call's arguments (`sidekiq_options queue: 'events', retry: 3`, `'queue' => :events`), undefined when none. */
function queueArgument(args: SyntaxNode | null): SyntaxNode | null | undefined {
  for (const pair of args?.namedChildren ?? []) {
    if (pair?.type !== 'pair') continue;
    const key = pair.childForFieldName('key');
    const name = key?.type === 'hash_key_symbol' ? key.text : key ? literalQueue(key) : '*';
    if (name === 'queue') return pair.childForFieldName('value');
  }
  return undefined;
}

/**
 * The queue a job class of the file declares and its superclass (FactNames.railsJob): the class
 * Zeitwerk names after the file (else the file's first class). `queue_as :events` (ActiveJob) and
 * `sidekiq_options queue: 'events'` (Sidekiq) at the class body's level; a `queue_as { … }` block
 * or a constant picks the queue at run time, so it is unknown (`*`).
 */
export function railsJobOf(root: SyntaxNode, constant: string | undefined): { queue?: string; parent?: string } | undefined {
  const classes = root.descendantsOfType('class').filter((node): node is SyntaxNode => node !== null);
  const last = constant?.split('::').pop();
  const named = classes.find((node) => node.childForFieldName('name')?.text.split('::').pop() === last) ?? classes[0];
  if (!named) return undefined;
  const superclass = named.childForFieldName('superclass')?.namedChildren[0];
  let queue: string | undefined;
  for (const statement of named.childForFieldName('body')?.namedChildren ?? []) {
    if (statement?.type !== 'call' || statement.childForFieldName('receiver')) continue;
    const method = statement.childForFieldName('method')?.text;
    const args = statement.childForFieldName('arguments');
    // The last declaration wins, as the class body runs top to bottom.
    if (method === 'queue_as') queue = statement.childForFieldName('block') ? '*' : literalQueue(args?.namedChildren[0]);
    else if (method === 'sidekiq_options') {
      const value = queueArgument(args);
      if (value !== undefined) queue = literalQueue(value);
    }
  }
  if (queue === undefined && !superclass && !/\binclude\s+Sidekiq::(?:Worker|Job)\b/.test(named.text)) return undefined;
  return { ...(queue !== undefined ? { queue } : {}), ...(superclass ? { parent: superclass.text } : {}) };
}

/** The queue a settings file gives `deliver_later` (`config.action_mailer.deliver_later_queue_name = :mail`; `nil`: the default queue). */
function railsMailQueue(root: SyntaxNode): { mailQueue: string } | undefined {
  for (const node of root.descendantsOfType('assignment')) {
    const left = node?.childForFieldName('left');
    if (!node || !left || !/(?:^|\.)deliver_later_queue_name$/.test(left.text)) continue;
    const right = node.childForFieldName('right');
    return { mailQueue: right?.type === 'nil' ? 'default' : literalQueue(right) };
  }
  return undefined;
}

/** Words of a job class outside the layout's folders (a plugin's `jobs/x.rb`: `< ::Jobs::Base`, `include Sidekiq::Job`); the parsed classes decide (rails-entries.ts). */
const JOB_WORDS = /\bJobs::|Job\b|\bSidekiq::(?:Worker|Job)\b|\bApplicationWorker\b/;

/**
 * Whether a Ruby file is a Rails application's autoloaded code (`app/`, `lib/`), its settings
 * (`config/`, which say where the mail server's connection is) or a job class wherever it is, read
 * for its names (railsNames) with or without client words.
 */
export const isRailsCode = (path: string, text = ''): boolean => railsConstant(path) !== undefined || railsPath(path)?.startsWith('config/') === true || (path.endsWith('.rb') && JOB_WORDS.test(text));


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
export function readRailsRoles(input: { root: SyntaxNode; model: FileModel; evaluator?: Evaluator; facts: Fact[]; evidenceAt: EvidenceAt; path: string }): Fact[] {
  const { root, model, evaluator, facts, evidenceAt, path } = input;
  const role = railsRole(path, root);
  const produced: Fact[] = model.sites.filter((site) => (site.kind === 'call' && ENQUEUE.has(site.name) && site.receiver !== undefined) || isQueueClientEnqueue(site)).map((site) => producer(site, evidenceAt));
  // Sidekiq's Redis, MessageBus and OmniAuth (rails-queues.ts).
  const configured: Fact[] = evaluator ? [...sidekiqRedisBindings(model, evaluator, evidenceAt, path), ...railsWebFacts(model, evaluator, evidenceAt, root.text)] : [];
  const all = withConditions(root, withoutPubSubClients(model, [...facts, ...produced, ...configured]));
  // Shared code (models, services) is left unmarked: rails-reach.ts follows who names it.
  if (role === undefined || role === 'web' || role === 'shared') return all.map((fact) => (isWebOnly(fact) ? unmarked(fact) : fact));
  return all.flatMap((fact): Fact[] => {
    // Rack middleware and what serves browsers run in the web process only, though configured in config/.
    if (isWebOnly(fact)) return role === 'every' ? [unmarked(fact)] : [];
    if (fact.type !== 'connection' || fact.component !== undefined || fact.runsIn !== undefined) return [fact];
    if (role === 'every') return [{ ...fact, runsIn: isMailSettings(fact) ? 'worker' : 'every' }];
    return [{ ...fact, runsIn: role }];
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
  const job = isQueueClientEnqueue(site) ? facadeJob(site) : /^[A-Z][\w:]*$/.test(receiver) ? receiver : /^([A-Z][\w:]*)\.set\b/.exec(receiver)?.[1];
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
