/**
 * Where a Rails application's shared code runs: a model, service, mailer or `lib/` class runs in
 * the processes whose code names it. The source gives each Rails file's Zeitwerk constant and the
 * constants it names (CodeNamesFact.rails, rails-roles.ts); task-reach.ts's followReach follows
 * them from the web code (controllers, GraphQL) and from the jobs (`app/jobs`, Sidekiq workers):
 *
 * - a shared file only jobs reach (`Invoices::GeneratePdfService` called from a job) runs in the
 *   job worker: its connections are marked `runsIn: 'worker'`;
 * - one only web code reaches is the web process's (left unmarked);
 * - one both reach, or neither (a model's callbacks, a name not resolved), is kept for the web
 *   process and made again for the worker.
 *
 * Mail goes out from whoever delivers it: the settings' mail server (`runsIn: 'worker'` from the
 * source, since `deliver_later` runs in the worker) is the web process's too where web code
 * delivers with `deliver_now`, and only its when no code delivers later or from a job.
 *
 * Pure: the caller says which files are of one codebase (several deployables of one image).
 */
import { calledMethod, type CodeNamesFact, type ConnectionFact } from './facts.js';
import { followReach } from './task-reach.js';

/** The files the code of one layout role reaches through the constants it names (shared files only). */
function reachedFiles(rails: readonly CodeNamesFact[], roleOf: ReadonlyMap<string, string>, codebaseOf: (file: string) => string | undefined, start: 'web' | 'worker'): Set<string> {
  const reach = followReach(rails, codebaseOf, (file) => roleOf.get(file) === start, (file) => roleOf.get(file) !== 'shared');
  return new Set([...reach.reached].map((declared) => declared.file));
}

/** The connections of a Rails codebase's shared code marked with the processes reaching it (see the module comment). */
export function withRailsReach(connections: readonly ConnectionFact[], names: readonly CodeNamesFact[], codebaseOf: (file: string) => string | undefined): ConnectionFact[] {
  const rails = names.filter((fact) => fact.rails !== undefined && codebaseOf(fact.evidence.file) !== undefined);
  if (rails.length === 0) return [...connections];
  const roleOf = new Map(rails.map((fact) => [fact.evidence.file, fact.rails as string] as const));
  const byWorker = reachedFiles(rails, roleOf, codebaseOf, 'worker');
  const byWeb = reachedFiles(rails, roleOf, codebaseOf, 'web');
  /** Where a file's code runs: the web process, the worker, or both. */
  const runs = (file: string): { web: boolean; worker: boolean } => {
    const role = roleOf.get(file);
    if (role === 'web' || role === 'worker') return { web: role === 'web', worker: role === 'worker' };
    const worker = byWorker.has(file);
    const web = byWeb.has(file);
    return worker === web ? { web: true, worker: true } : { web, worker };
  };
  // Who sends mail, by codebase: `deliver_later` enqueues to the worker wherever it is written.
  const mailers = new Map<string, { web: boolean; worker: boolean }>();
  for (const fact of rails) {
    const later = calledMethod('deliver_later') in fact.uses;
    const now = calledMethod('deliver_now') in fact.uses;
    if (!later && !now) continue;
    const codebase = codebaseOf(fact.evidence.file) as string;
    const where = runs(fact.evidence.file);
    const before = mailers.get(codebase) ?? { web: false, worker: false };
    mailers.set(codebase, { web: before.web || (now && where.web), worker: before.worker || later || (now && where.worker) });
  }
  return connections.flatMap((fact): ConnectionFact[] => {
    if (fact.component !== undefined || fact.group !== undefined) return [fact];
    const role = roleOf.get(fact.evidence.file);
    if (role === 'every' && fact.mechanism === 'email' && fact.runsIn === 'worker') {
      const sends = mailers.get(codebaseOf(fact.evidence.file) as string);
      if (!sends?.web) return [fact];
      const { runsIn: _worker, ...web } = fact;
      return sends.worker ? [web, fact] : [web];
    }
    if (role !== 'shared' || fact.runsIn !== undefined) return [fact];
    const where = runs(fact.evidence.file);
    if (!where.web) return [{ ...fact, runsIn: 'worker' }];
    return where.worker ? [fact, { ...fact, runsIn: 'worker' }] : [fact];
  });
}
