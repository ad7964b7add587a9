/**
 * Where a Rails application's shared code runs: a model, service, mailer or `lib/` class runs in
 * the processes whose code names it. The source gives each Rails file's Zeitwerk constant and the
 * constants it names (CodeNamesFact.rails, rails-roles.ts); task-reach.ts's followReach follows
 * them from the web code (controllers, GraphQL, OmniAuth authenticators, and the Rack middleware
 * and routing constraints settings name: CodeNamesFact.railsWeb) and from the jobs (`app/jobs`,
 * Sidekiq workers, job classes anywhere):
 *
 * - a shared file only jobs reach (`Invoices::GeneratePdfService` called from a job) runs in the
 *   job worker: its connections are marked `runsIn: 'worker'`;
 * - one only web code reaches is the web process's (left unmarked);
 * - one both reach, or neither (a model's callbacks, a name not resolved), is kept for the web
 *   process and made again for the worker.
 *
 * Of the Sidekiq processes, only those listening to a job's queue run it (sidekiq-queues.ts): a
 * job's connections, and those of shared code only jobs reach, carry the queues of the jobs
 * reaching them (ConnectionFact.queues; none when one job's queue cannot be read: every worker).
 *
 * Mail goes out from whoever delivers it: the settings' mail server (`runsIn: 'worker'` from the
 * source, since `deliver_later` runs in the worker) is the web process's too where web code
 * delivers with `deliver_now`, and only its when no code delivers later or from a job.
 *
 * Pure: the caller says which files are of one codebase (several deployables of one image).
 */
import { calledMethod, type CodeDeclaration, type CodeNamesFact, type ConnectionFact } from './facts.js';
import { UNKNOWN_QUEUE } from './sidekiq-queues.js';
import { followReach } from './task-reach.js';

/** The files the code of one layout role reaches through the constants it names (shared files only). */
function reachedFiles(rails: readonly CodeNamesFact[], roleOf: ReadonlyMap<string, string>, codebaseOf: (file: string) => string | undefined, start: (file: string, declaration: CodeDeclaration) => boolean): Set<string> {
  const reach = followReach(rails, codebaseOf, start, (file) => roleOf.get(file) !== 'shared');
  return new Set([...reach.reached].map((declared) => declared.file));
}

/**
 * A settings file's web entry points (CodeNamesFact.railsWeb: Rack middleware, routing blocks) as
 * one more declaration of it, named as no constant can be, naming them: a start of the web
 * process's reach, though the file itself is every process's.
 */
function withWebEntries(rails: readonly CodeNamesFact[]): { facts: CodeNamesFact[]; entries: Set<CodeDeclaration> } {
  const entries = new Set<CodeDeclaration>();
  const facts = rails.map((fact) => {
    if (!fact.railsWeb?.length) return fact;
    const entry: CodeDeclaration = { name: '<rack>', kind: 'function', references: [...fact.railsWeb], line: 1, endLine: 1 };
    entries.add(entry);
    return { ...fact, declarations: [...fact.declarations, entry] };
  });
  return { facts, entries };
}

/** ActiveJob's and Sidekiq's own base classes: a job deriving from them alone runs on `default`. */
const FRAMEWORK_JOB_BASE = /^(?:::)?(?:ApplicationJob|ActiveJob::Base)$/;

/** The constants a name written in a file may be (Ruby's lexical lookup, innermost first; rails-roles.ts constantCandidates). */
function candidates(written: string, namespace: string | undefined): string[] {
  if (written.startsWith('::')) return [written.slice(2)];
  const parts = namespace ? namespace.split('::') : [];
  const found: string[] = [];
  for (let length = parts.length; length > 0; length -= 1) found.push(`${parts.slice(0, length).join('::')}::${written}`);
  return [...found, written];
}

/**
 * The queue each job file's code runs on (FactNames.railsJob): its own `queue_as`/`sidekiq_options`,
 * else its superclass's (a codebase class followed by constant; ApplicationJob,
 * ActiveJob::Base or a bare `include Sidekiq::Job`: `default`); UNKNOWN_QUEUE when not a literal,
 * when the superclass is not found, and for a base class other jobs derive from (its code runs
 * for all of them).
 */
export function jobQueues(rails: readonly CodeNamesFact[], codebaseOf: (file: string) => string | undefined): Map<string, string> {
  const byConstant = new Map<string, CodeNamesFact>();
  for (const fact of rails) {
    const constant = fact.declarations[0]?.name;
    if (constant !== undefined) byConstant.set(`${codebaseOf(fact.evidence.file)}\n${constant}`, fact);
  }
  const parentOf = (fact: CodeNamesFact): CodeNamesFact | undefined => {
    const parent = fact.railsJob?.parent;
    if (parent === undefined) return undefined;
    const codebase = codebaseOf(fact.evidence.file);
    return candidates(parent, fact.declarations[0]?.name).map((constant) => byConstant.get(`${codebase}\n${constant}`)).find((found) => found !== undefined && found !== fact);
  };
  const queueOf = (fact: CodeNamesFact, seen: Set<CodeNamesFact>): string => {
    const job = fact.railsJob;
    if (!job) return UNKNOWN_QUEUE;
    if (job.queue !== undefined) return job.queue;
    if (job.parent === undefined) return 'default';
    const parent = parentOf(fact);
    if (parent && !seen.has(parent)) return queueOf(parent, new Set([...seen, fact]));
    return !parent && FRAMEWORK_JOB_BASE.test(job.parent) ? 'default' : UNKNOWN_QUEUE;
  };
  const bases = new Set(rails.map(parentOf).filter((parent): parent is CodeNamesFact => parent !== undefined));
  const queues = new Map<string, string>();
  for (const fact of rails) if (fact.rails === 'worker') queues.set(fact.evidence.file, bases.has(fact) ? UNKNOWN_QUEUE : queueOf(fact, new Set()));
  return queues;
}

/** A set of queues as ConnectionFact.queues: undefined (every worker) when one is unknown. */
const asQueues = (queues: ReadonlySet<string> | undefined): string[] | undefined => (queues === undefined || queues.size === 0 || queues.has(UNKNOWN_QUEUE) ? undefined : [...queues].sort());

/** The fact run in the worker, on the given queues' processes. */
const inWorker = (fact: ConnectionFact, queues: readonly string[] | undefined): ConnectionFact => ({ ...fact, runsIn: 'worker', ...(queues ? { queues } : {}) });

/** The connections of a Rails codebase's shared code marked with the processes reaching it (see the module comment). */
export function withRailsReach(connections: readonly ConnectionFact[], names: readonly CodeNamesFact[], codebaseOf: (file: string) => string | undefined): ConnectionFact[] {
  const rails = names.filter((fact) => fact.rails !== undefined && codebaseOf(fact.evidence.file) !== undefined);
  if (rails.length === 0) return [...connections];
  const roleOf = new Map(rails.map((fact) => [fact.evidence.file, fact.rails as string] as const));
  const web = withWebEntries(rails);
  const byWeb = reachedFiles(web.facts, roleOf, codebaseOf, (file, declaration) => roleOf.get(file) === 'web' || web.entries.has(declaration));
  // What the jobs of each queue reach: a service only `queue_as :events` jobs call runs where `events` is listened to.
  const queueOfJob = jobQueues(rails, codebaseOf);
  const queuesReaching = new Map<string, Set<string>>();
  for (const queue of new Set(queueOfJob.values())) {
    for (const file of reachedFiles(rails, roleOf, codebaseOf, (start) => queueOfJob.get(start) === queue)) queuesReaching.set(file, (queuesReaching.get(file) ?? new Set()).add(queue));
  }
  /** Where a file's code runs: the web process, the worker (on which queues' processes: undefined for all), or both. */
  const runs = (file: string): { web: boolean; worker: boolean; queues?: string[] } => {
    const role = roleOf.get(file);
    if (role === 'web') return { web: true, worker: false };
    if (role === 'worker') {
      const queues = asQueues(new Set([queueOfJob.get(file) ?? UNKNOWN_QUEUE]));
      return { web: false, worker: true, ...(queues ? { queues } : {}) };
    }
    const reaching = queuesReaching.get(file);
    const worker = reaching !== undefined;
    const web = byWeb.has(file);
    if (worker === web) return { web: true, worker: true, ...(worker && asQueues(reaching) ? { queues: asQueues(reaching) } : {}) };
    return { web, worker, ...(worker && asQueues(reaching) ? { queues: asQueues(reaching) } : {}) };
  };
  // Who sends mail, by codebase: `deliver_later` enqueues to the worker wherever it is written,
  // on the mail queue (`mailers`, or `default` since Rails 7.1; `deliver_later_queue_name` when set);
  // `deliver_now` in job code on that job's queue.
  const mailers = new Map<string, { web: boolean; worker: boolean; queues: Set<string> }>();
  const mailQueues = new Map<string, string>();
  for (const fact of rails) if (fact.railsJob?.mailQueue !== undefined) mailQueues.set(codebaseOf(fact.evidence.file) as string, fact.railsJob.mailQueue);
  for (const fact of rails) {
    const later = calledMethod('deliver_later') in fact.uses;
    const now = calledMethod('deliver_now') in fact.uses;
    if (!later && !now) continue;
    const codebase = codebaseOf(fact.evidence.file) as string;
    const where = runs(fact.evidence.file);
    const before = mailers.get(codebase) ?? { web: false, worker: false, queues: new Set<string>() };
    const queues = new Set(before.queues);
    if (later) for (const queue of (mailQueues.get(codebase) ?? 'mailers,default').split(',')) queues.add(queue);
    if (now && where.worker) for (const queue of where.queues ?? [UNKNOWN_QUEUE]) queues.add(queue);
    mailers.set(codebase, { web: before.web || (now && where.web), worker: before.worker || later || (now && where.worker), queues });
  }
  return connections.flatMap((fact): ConnectionFact[] => {
    if (fact.component !== undefined || fact.group !== undefined) return [fact];
    const role = roleOf.get(fact.evidence.file);
    if (role === 'every' && fact.mechanism === 'email' && fact.runsIn === 'worker') {
      const sends = mailers.get(codebaseOf(fact.evidence.file) as string);
      if (!sends) return [fact];
      const worker = inWorker(fact, asQueues(sends.queues));
      if (!sends.web) return [worker];
      const { runsIn: _worker, ...web } = fact;
      return sends.worker ? [web, worker] : [web];
    }
    if (role === 'worker' && fact.runsIn === 'worker' && fact.queues === undefined) return [inWorker(fact, runs(fact.evidence.file).queues)];
    if (role !== 'shared' || fact.runsIn !== undefined) return [fact];
    const where = runs(fact.evidence.file);
    if (!where.web) return [inWorker(fact, where.queues)];
    return where.worker ? [fact, inWorker(fact, where.queues)] : [fact];
  });
}
