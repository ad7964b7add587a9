/**
 * Redis as a Rails app's job queue and message bus, in the shapes large apps write them (a
 * Discourse-style forum more than a generated one), beside what rails-roles.ts reads:
 *
 * - **the Sidekiq client's Redis**: `Sidekiq.configure_client { |c| c.redis = { url: redis_url } }`
 *   (or `configure_server`, or the old `Sidekiq.redis = { … }`), bound as SIDEKIQ_REDIS_KEY for
 *   the initializer's folder, where the codebase's producers and `sidekiq` processes find their
 *   broker (core/discovery/sidekiq-queues.ts). Such apps set their own variables
 *   (`FORUM_REDIS_HOST`), not the `REDIS_URL` Sidekiq reads by itself;
 * - **enqueuing without `perform_async`**: Sidekiq's own client (`Sidekiq::Client.push(…)`,
 *   `push_bulk`, `enqueue_to`), and an app's facade over it, `Jobs.enqueue(:process_post, …)` /
 *   `Jobs.enqueue_in(5.minutes, :digest, …)` called everywhere instead of naming a job class: a
 *   call of `enqueue`/`enqueue_in`/`enqueue_at` on a constant, given a job's name (a symbol) or
 *   class. Other job backends' facades of the same name (Resque, Delayed::Job, Que, GoodJob) queue
 *   elsewhere and are left out;
 * - **MessageBus** (`MessageBus.configure(backend: :redis, url: …)`, `MessageBus.redis_config =`):
 *   any process of the app may `MessageBus.publish`, and the web process serving `/message-bus`
 *   subscribes to Redis for its long-polling clients: a producer of every process and a consumer of
 *   the web process (technology MESSAGE_BUS, a Redis queue in core/discovery/redis-queues.ts);
 * - **OmniAuth** (`config.middleware.use OmniAuth::Builder do provider :github, … end`, Devise's
 *   `config.omniauth :google_oauth2, …`): the web process exchanges sign-in codes with the
 *   provider (Rack middleware runs in no job), a call to the vendor's API.
 *
 * Facts of the web process alone (the MessageBus consumer, OmniAuth) are marked `web` here, so
 * that readRailsRoles leaves them unmarked in a settings file instead of giving them every process.
 */
import { CONFIDENCE, type BindingFact, type ConnectionFact, type EvidenceAt, type Fact } from '../../../core/discovery/facts.js';
import { folderOf } from '../../../core/discovery/file-paths.js';
import { identityProviderOfName } from '../../../core/discovery/identity-providers.js';
import { MESSAGE_BUS } from '../../../core/discovery/redis-queues.js';
import { SIDEKIQ_REDIS_KEY } from '../../../core/discovery/sidekiq-queues.js';
import type { CallSite, FileModel, SyntaxNode } from './code-model.js';
import { boundValue } from './fact-emission.js';
import { readTarget } from './targets.js';
import type { Evaluator } from './value-evaluation.js';

/** Sidekiq's client methods that push a job (`Sidekiq::Client.push`, `Sidekiq::Client.new.push_bulk`). */
const CLIENT_PUSH = new Set(['push', 'push_bulk', 'enqueue', 'enqueue_to', 'enqueue_in', 'enqueue_to_in']);

/** An app's enqueue facade's methods, and which argument names the job (`enqueue_in(delay, :job)`). */
const FACADE_JOB_ARGUMENT: Readonly<Record<string, number>> = { enqueue: 0, enqueue_in: 1, enqueue_at: 1 };

/** Facades of other job backends, queuing in their own stores (a database, Resque's keys). */
const OTHER_BACKENDS = /^(?:::)?(?:Resque|Delayed(?:::Job)?|Que(?:::Job)?|GoodJob|QC|Backburner|Sneakers|Karafka|ActiveJob(?:::\w+)*)$/;

/** OmniAuth strategy names that differ from the identity provider's (`google_oauth2` → `google`). */
const STRATEGY_PROVIDER: Readonly<Record<string, string>> = {
  google_oauth2: 'google',
  microsoft_graph: 'microsoft',
  azure_activedirectory_v2: 'microsoft',
  entra_id: 'microsoft',
  linkedin_openid: 'linkedin',
  gitlab: 'gitlab',
  github: 'github',
};

/** Whether a call site pushes a job through Sidekiq's own client (`Sidekiq::Client.push(…)`). */
function isClientPush(site: CallSite): boolean {
  if (site.kind !== 'call' || !CLIENT_PUSH.has(site.name)) return false;
  const receiver = site.receiver?.text.replace(/\s+/g, '') ?? '';
  return /^(?:::)?Sidekiq::Client(?:\.new(?:\(.*\))?)?$/.test(receiver);
}

/** Whether a call is an app's enqueue facade (`Jobs.enqueue(:process_post, …)`), the job named by symbol, string or class. */
function isFacadeEnqueue(site: CallSite): boolean {
  const position = FACADE_JOB_ARGUMENT[site.name];
  if (site.kind !== 'call' || position === undefined || site.receiver === undefined) return false;
  const receiver = site.receiver.text;
  if (!/^(?:::)?[A-Z]\w*(?:::[A-Z]\w*)*$/.test(receiver) || OTHER_BACKENDS.test(receiver) || /^(?:::)?Sidekiq(?:::|$)/.test(receiver)) return false;
  const job = site.args[position];
  return job !== undefined && ['simple_symbol', 'delayed_symbol', 'string', 'constant', 'scope_resolution'].includes(job.type);
}

/** Whether a call enqueues a Sidekiq job other than by `perform_async`/`perform_later` (rails-roles.ts ENQUEUE). */
export function isQueueClientEnqueue(site: CallSite): boolean {
  return isClientPush(site) || isFacadeEnqueue(site);
}

/** The job a facade call names (`:process_post`, `Jobs::ProcessPost`), as a producer's channel. */
export function facadeJob(site: CallSite): string | undefined {
  const position = FACADE_JOB_ARGUMENT[site.name];
  const job = position === undefined || isClientPush(site) ? undefined : site.args[position];
  if (!job) return undefined;
  return job.type === 'simple_symbol' ? job.text.slice(1) : /^[A-Z][\w:]*$/.test(job.text) ? job.text : undefined;
}

/** The value a hash literal gives a key (`{ url: x }`, `{ 'url' => x }`). */
function hashValue(hash: SyntaxNode | undefined, key: string): SyntaxNode | undefined {
  if (hash?.type !== 'hash') return undefined;
  for (const pair of hash.namedChildren) {
    if (pair?.type !== 'pair') continue;
    const written = pair.childForFieldName('key');
    const name = written?.type === 'hash_key_symbol' ? written.text : written?.text.replace(/^:|^["']|["']$/g, '');
    if (name === key) return pair.childForFieldName('value') ?? undefined;
  }
  return undefined;
}

/** The innermost block call around a node (`Sidekiq.configure_client do |config| … end`). */
function enclosingCall(node: SyntaxNode): SyntaxNode | undefined {
  for (let at = node.parent; at; at = at.parent) if (at.type === 'call' && at.childForFieldName('block')) return at;
  return undefined;
}

/** Whether an assignment site sets a Sidekiq client's or server's Redis (`config.redis = …` in `Sidekiq.configure_*`, `Sidekiq.redis = …`). */
function setsSidekiqRedis(site: CallSite): boolean {
  if (site.kind !== 'assign' || site.name !== 'redis') return false;
  if (/^(?:::)?Sidekiq$/.test(site.receiver?.text ?? '')) return true;
  const block = enclosingCall(site.node);
  return block !== undefined && /^(?:::)?Sidekiq$/.test(block.childForFieldName('receiver')?.text ?? '') && /^configure_(?:client|server)$/.test(block.childForFieldName('method')?.text ?? '');
}

/** A hash a node is, or the one hash a name of the file is bound to (`config.redis = redis_options`). */
function hashOf(node: SyntaxNode | undefined, model: FileModel): SyntaxNode | undefined {
  if (node?.type === 'hash') return node;
  if (node?.type !== 'identifier') return undefined;
  const bound = model.bindings.get(node.text) ?? [];
  const only = bound.length === 1 ? bound[0] : undefined;
  return only !== undefined && 'type' in only && only.type === 'hash' ? only : undefined;
}

/**
 * The Redis a file configures Sidekiq with, as SIDEKIQ_REDIS_KEY bindings for its folder: the
 * `url:` of the hash (a URL built from variables is followed as any target is), else `host:`.
 */
export function sidekiqRedisBindings(model: FileModel, evaluator: Evaluator, evidenceAt: EvidenceAt, path: string): BindingFact[] {
  for (const site of model.sites.filter(setsSidekiqRedis)) {
    const hash = hashOf(site.args[0], model);
    const url = hashValue(hash, 'url');
    const host = url ? undefined : hashValue(hash, 'host');
    const value = url ? boundValue(evaluator.value(url)) : host ? boundValue(evaluator.value(host), true) : undefined;
    if (value !== undefined) return [{ type: 'binding', scope: folderOf(path), key: SIDEKIQ_REDIS_KEY, value, evidence: evidenceAt(site.line) }];
  }
  return [];
}

/** A connection only the web process makes (Rack middleware, MessageBus's subscriber), marked until readRailsRoles places it: ConnectionFact has no `runsIn` for the web process, which is where unmarked settings would not go. */
export type WebOnly = ConnectionFact & { webOnly: true };

/** The MessageBus configuration of a call site (`MessageBus.configure(backend: :redis, url: …)`, `MessageBus.redis_config = { … }`), its Redis address node (undefined: Redis's default, the one the files deploy). */
function messageBusRedis(site: CallSite, model: FileModel): { address?: SyntaxNode } | undefined {
  const receiver = site.receiver?.text ?? '';
  if (!/^(?:::)?MessageBus$/.test(receiver)) return undefined;
  let options: SyntaxNode | undefined;
  if (site.kind === 'call' && site.name === 'configure') {
    const backend = site.named.get('backend');
    // A memory or PostgreSQL backend queues nowhere else than the process or the app's database.
    if (backend !== undefined && !/^:?["']?redis["']?$/.test(backend.text)) return undefined;
    const url = site.named.get('url') ?? site.named.get('host');
    if (url !== undefined) return { address: url };
    // Redis is MessageBus's default backend: options built elsewhere (`MessageBus.configure(Forum.bus_config)`) are Redis's too.
    options = hashOf(site.args[0], model);
    if (backend === undefined && options === undefined && site.args.length === 0) return undefined;
  } else if (site.kind === 'assign' && site.name === 'redis_config') options = hashOf(site.args[0], model);
  else return undefined;
  const address = hashValue(options, 'url') ?? hashValue(options, 'host');
  return address ? { address } : {};
}

/** Sign-in vendors OmniAuth has strategies for that are no OAuth identity provider of identity-providers.ts's list. */
const STRATEGY_VENDOR: Readonly<Record<string, string>> = { twitter: 'Twitter', twitter2: 'Twitter', discord: 'Discord', apple: 'Apple', auth0: 'Auth0' };

/**
 * The identity provider an OmniAuth `provider :github, …` in an `OmniAuth::Builder` block, an
 * authenticator's `omniauth.provider :github, …` (the builder handed to a method), or Devise's
 * `config.omniauth :github` signs in with.
 */
function omniAuthProvider(site: CallSite, text: string): string | undefined {
  if (site.kind !== 'call') return undefined;
  const devise = site.name === 'omniauth' && site.receiver !== undefined;
  const builder = site.name === 'provider' && (site.receiver === undefined ? /\bOmniAuth::Builder\b/.test(text) : /^(?:omniauth|builder)$/.test(site.receiver.text) && /\bomniauth\b/i.test(text));
  if (!devise && !builder) return undefined;
  const strategy = site.args[0]?.type === 'simple_symbol' ? site.args[0].text.slice(1) : undefined;
  if (strategy === undefined) return undefined;
  return identityProviderOfName(STRATEGY_PROVIDER[strategy] ?? strategy) ?? STRATEGY_VENDOR[strategy];
}

/**
 * The MessageBus and OmniAuth connections a file makes: MessageBus's producer (every process) and
 * consumer (the web process, WebOnly), OmniAuth's calls to its providers (WebOnly).
 */
export function railsWebFacts(model: FileModel, evaluator: Evaluator, evidenceAt: EvidenceAt, text: string): ConnectionFact[] {
  const facts: ConnectionFact[] = [];
  for (const site of model.sites) {
    const bus = messageBusRedis(site, model);
    if (bus) {
      const read = bus.address ? readTarget(evaluator.value(bus.address), { bareHost: true }) : { target: {}, known: 'none' as const };
      const base = {
        type: 'connection' as const,
        target: read.target,
        mechanism: 'messaging' as const,
        technology: MESSAGE_BUS,
        targetKind: 'database' as const,
        evidence: evidenceAt(site.line),
        confidence: read.known === 'literal' ? CONFIDENCE.literal : read.known === 'none' ? CONFIDENCE.inferred : CONFIDENCE.resolved,
      };
      facts.push({ ...base, role: 'produces' }, { ...base, role: 'consumes', webOnly: true } as WebOnly);
      continue;
    }
    const provider = omniAuthProvider(site, text);
    if (provider) {
      const call: WebOnly = { type: 'connection', target: {}, role: 'calls', mechanism: 'rest', technology: provider, targetKind: 'saas', evidence: evidenceAt(site.line), confidence: CONFIDENCE.literal, webOnly: true };
      facts.push(call);
    }
  }
  return facts;
}

/** Whether a fact is the web process's alone (railsWebFacts); the mark is dropped before the fact leaves the source. */
export function isWebOnly(fact: Fact): fact is WebOnly {
  return fact.type === 'connection' && (fact as Partial<WebOnly>).webOnly === true;
}

/** A web-only fact without its mark. */
export function unmarked(fact: WebOnly): ConnectionFact {
  const { webOnly: _web, ...rest } = fact;
  return rest;
}
