/**
 * What a background task reaches in other files of its codebase. A Celery task's body runs in the
 * worker, and so does the module function it calls (`send_report_email(…)` imported from
 * `reports/notifications.py`), and what that calls in turn: their connections are the worker's
 * (ConnectionFact.runsIn, shared-codebase.ts). The task's own file is its reader's business
 * (django-celery.ts marks the task bodies and the file's helpers); here the code-names facts of
 * the codebase's files are followed:
 *
 * - a task (a function its file's reader named in CodeNamesFact.tasks) reaches the functions of
 *   other files (files without tasks) it names, when exactly one file of the same codebase declares a module-level
 *   function of that name (two are ambiguous, and neither is taken), then what those name, and
 *   so on; a module-level class it names (`ChatOpsClient().post_message(…)`) the same way, with
 *   all its methods (the methods a module's class has are the ones its users call, in practice);
 * - a reached function that no other code of the codebase names (no function the tasks do not
 *   reach) runs in the worker only; one that other code names too runs in both, so its connection
 *   is kept for the web process and made again for the worker.
 *
 * Pure: the caller says which files are of one codebase.
 */
import type { CodeDeclaration, CodeNamesFact, ConnectionFact } from './facts.js';
import { pythonModuleNames } from './dotted-backends.js';

export interface Declared {
  file: string;
  declaration: CodeDeclaration;
}

/** What a set of starting declarations reaches in other files of their codebase. */
export interface Reach {
  /** Module-level functions of other files the starts name, and what those name in turn. */
  reached: Set<Declared>;
  /** Of those, the ones other code (no start, nothing reached) names too: they run in both. */
  shared: Set<Declared>;
}

/**
 * Follows the names the starting declarations use to the module-level functions of other files
 * of the same codebase (exactly one declaring the name), transitively; files `skipFile` says are
 * their readers' business are not entered. `codebaseOf` names a file's codebase, undefined for a
 * file of none (nothing is followed into or out of it).
 */
export function followReach(names: readonly CodeNamesFact[], codebaseOf: (file: string) => string | undefined, isStart: (file: string, declaration: CodeDeclaration) => boolean, skipFile: (file: string) => boolean): Reach {
  // Module-level functions by codebase and name; every declaration (methods too) for who names what.
  // Module-level functions and classes by codebase and name, each class with its methods; every declaration (methods too) for who names what.
  const functions = new Map<string, Declared[][]>();
  const all: Declared[] = [];
  for (const fact of names) {
    const codebase = codebaseOf(fact.evidence.file);
    if (codebase === undefined) continue;
    const declaredHere = fact.declarations.map((declaration) => ({ file: fact.evidence.file, declaration }));
    all.push(...declaredHere);
    for (const declared of declaredHere) {
      const { declaration } = declared;
      if (declaration.parent !== undefined) continue;
      // A class named (`ChatOpsClient().post_message(…)`) runs its methods where it is used: they are reached with it.
      const members = declaration.kind === 'function' ? [declared] : declaredHere.filter((method) => method.declaration.kind === 'function' && method.declaration.parent === declaration.name);
      if (members.length === 0) continue;
      const key = `${codebase}\n${declaration.name}`;
      functions.set(key, [...(functions.get(key) ?? []), members]);
    }
  }
  const starts = all.filter(({ file, declaration }) => isStart(file, declaration));

  /**
   * The declarations a name used in a file names: the one module-level function or class of the
   * codebase so named, or, for a dotted reference (`app.events.backends.rabbitmq.EventsPushBackend`,
   * a class a loader imports by its path: dotted-backends.ts), the one of that module.
   */
  const named = (file: string, name: string): Declared[] | undefined => {
    const codebase = codebaseOf(file) as string;
    const dot = name.lastIndexOf('.');
    const candidates = functions.get(`${codebase}\n${dot < 0 ? name : name.slice(dot + 1)}`) ?? [];
    const matching = dot < 0 ? candidates : candidates.filter((members) => pythonModuleNames((members[0] as Declared).file).includes(name.slice(0, dot)));
    return matching.length === 1 ? matching[0] : undefined;
  };
  const reached = new Set<Declared>();
  // The name each reached declaration is reached by: a function's own, a method's class's.
  const reachedAs = new Map<Declared, string>();
  const pending = [...starts];
  while (pending.length > 0) {
    const from = pending.pop() as Declared;
    for (const name of from.declaration.references) {
      const only = named(from.file, name);
      if (!only || skipFile((only[0] as Declared).file)) continue;
      for (const member of only) {
        if (reached.has(member) || starts.includes(member)) continue;
        reached.add(member);
        reachedAs.set(member, name);
        pending.push(member);
      }
    }
  }
  // Named by code the starts do not reach (a view, another module's function): the other processes run it too.
  const others = all.filter((declared) => !reached.has(declared) && !starts.includes(declared));
  const shared = new Set([...reached].filter((declared) => others.some((other) => codebaseOf(other.file) === codebaseOf(declared.file) && other.declaration.references.includes(reachedAs.get(declared) as string))));
  // What shared code reaches in turn runs in both too (a view's `emit_event` → the backend → its
  // client wrapper), though only reached code names it.
  const spread = [...shared];
  while (spread.length > 0) {
    const from = spread.pop() as Declared;
    for (const name of from.declaration.references) {
      for (const member of named(from.file, name) ?? []) {
        if (!reached.has(member) || shared.has(member)) continue;
        shared.add(member);
        spread.push(member);
      }
    }
  }
  return { reached, shared };
}

/** The reached declaration a connection is made in, if any. */
export function reachedAt(reach: Reach, fact: ConnectionFact): Declared | undefined {
  return [...reach.reached].find(({ file, declaration }) => file === fact.evidence.file && fact.evidence.line >= declaration.line && fact.evidence.line <= declaration.endLine);
}

/**
 * The connections with those made in functions the codebase's tasks reach in other files marked
 * `runsIn: 'worker'` (worker only) or doubled (worker and web). `codebaseOf` names a file's
 * codebase, undefined for a file of none (nothing is followed into or out of it).
 */
export function withTaskReach(connections: readonly ConnectionFact[], names: readonly CodeNamesFact[], codebaseOf: (file: string) => string | undefined): ConnectionFact[] {
  const tasks = new Map<string, Set<string>>();
  for (const fact of names) for (const task of fact.tasks ?? []) tasks.set(fact.evidence.file, (tasks.get(fact.evidence.file) ?? new Set()).add(task));
  if (tasks.size === 0) return [...connections];
  // A file of tasks is its reader's (django-celery.ts follows its own helpers); another task runs in the worker anyway.
  const reach = followReach(names, codebaseOf, (file, declaration) => declaration.parent === undefined && tasks.get(file)?.has(declaration.name) === true, (file) => tasks.has(file));
  if (reach.reached.size === 0) return [...connections];
  return connections.flatMap((fact): ConnectionFact[] => {
    if (fact.component !== undefined || fact.runsIn !== undefined || fact.group !== undefined) return [fact];
    const declared = reachedAt(reach, fact);
    if (!declared) return [fact];
    return reach.shared.has(declared) ? [fact, { ...fact, runsIn: 'worker' }] : [{ ...fact, runsIn: 'worker' }];
  });
}
