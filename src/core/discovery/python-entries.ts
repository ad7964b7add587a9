/**
 * A Python process started at a module of the codebase rather than as a web server or a Celery
 * process: a Django management command (`python3 manage.py document_consumer`, `django-admin
 * runconsumer`) or a module run as a program (`python -m scrivener.consumer`). Such a process runs
 * the module's file (`documents/management/commands/document_consumer.py`, `scrivener/consumer.py`)
 * and what that reaches, and not the web application's views: where one codebase runs as several
 * deployables (shared-codebase.ts), the connections made there are that deployable's.
 *
 * What the module reaches is followed as a Celery task's is (task-reach.ts): every declaration of
 * the entry file names module-level functions of other files, which name others in turn. The
 * connections of the entry file and of the functions it alone reaches are marked
 * `runsIn: 'entry:<file>'`; a function other code names too is made by both.
 *
 * Pure: the caller says which files the scan knows and which are of one codebase.
 */
import type { CodeDeclaration, CodeNamesFact, ConnectionFact } from './facts.js';
import { followReach, reachedAt } from './task-reach.js';
import { dagsterProcess } from './dagster.js';

/** Django's own commands serving the web application: a web process, as before. */
const DJANGO_SERVERS = new Set(['runserver', 'runserver_plus', 'runmodwsgi', 'runsslserver', 'testserver']);
/** Modules run with `-m` that are servers or tools, not the codebase's own program. */
const TOOL_MODULES = /^(?:celery|gunicorn|uvicorn|daphne|hypercorn|granian|waitress|flask|django|pip|venv|pytest|unittest|http\.server|alembic)(?:\.|$)/;

/**
 * The process of a deployable that only applies the codebase's database migrations and exits
 * (`python manage.py migrate`, a migrator service): it loads the settings but runs no view and no
 * task, and connects to the migrated databases only (shared-codebase.ts runnersOf).
 */
export const MIGRATION_PROCESS = 'migrate';

/** Django's commands applying migrations (django-tenants' per-schema one too). */
const MIGRATION_COMMANDS = new Set(['migrate', 'migrate_schemas']);

/** Whether an entry the codebase holds no file for is Django's own migration command. */
export function isMigrationEntry(entry: string): boolean {
  return entry.startsWith('command:') && MIGRATION_COMMANDS.has(entry.slice('command:'.length));
}

/** The process value (shared-codebase.ts CELERY_PROCESS_KEY) of a command run at a module: `command:NAME` or `module:a.b`. */
export type PythonEntry = `command:${string}` | `module:${string}`;

/**
 * The marking of connections made by the process started at an entry file, or at one module-level
 * function of it (a command-line tool's subcommand, python-cli.ts): `entry:<file>#<function>`.
 */
export function entryProcess(file: string, start?: string): `entry:${string}` {
  return start === undefined ? `entry:${file}` : `entry:${file}#${start}`;
}

/** An entry's file and, for a subcommand's, its function: `kiln/cli.py#worker`. */
function entryParts(entry: string): { file: string; start?: string } {
  const at = entry.lastIndexOf('#');
  return at < 0 ? { file: entry } : { file: entry.slice(0, at), start: entry.slice(at + 1) };
}

/**
 * The module a command line starts a Python process at (its launchers already taken off):
 * `python3 manage.py document_consumer` → `command:document_consumer`, `python -m app.consumer` →
 * `module:app.consumer`, a Dagster code server `dagster api grpc -m app.defs` → `module:app.defs`; undefined for a web server (`manage.py runserver`), a tool run as a
 * module (`python -m celery`, `-m pip`) and any other program.
 */
export function pythonEntryOf(words: readonly string[]): PythonEntry | undefined {
  let at = 0;
  if (/(^|\/)python[\d.]*$/.test(words[0] ?? '')) {
    at = 1;
    while (words[at]?.startsWith('-') && words[at] !== '-m') at += 1;
    if (words[at] === '-m') {
      const module = words[at + 1];
      return module !== undefined && /^[A-Za-z_][\w.]*$/.test(module) && !TOOL_MODULES.test(module) ? `module:${module}` : undefined;
    }
  }
  // A Dagster code server (`dagster api grpc -m shop.definitions`) runs what its module's definitions reach.
  const dagster = at === 0 ? dagsterProcess(words) : undefined;
  if (dagster?.role === 'code-server') return dagster.module !== undefined && /^[A-Za-z_][\w.]*$/.test(dagster.module) ? `module:${dagster.module}` : undefined;
  const command = managementCommand(words, at);
  return command !== undefined && /^[a-z_][\w]*$/i.test(command) && !DJANGO_SERVERS.has(command) ? `command:${command}` : undefined;
}

/**
 * The command Django's management tool is given at `at` (`manage.py`, `django-admin`): `''` for
 * none; undefined when the words are no such tool's.
 */
function managementCommand(words: readonly string[], at: number): string | undefined {
  if (!/(^|\/)(?:manage\.py|django-admin)$/.test(words[at] ?? '')) return undefined;
  // `manage.py --settings=x command`: options may come before the command.
  return words.slice(at + 1).find((word) => !word.startsWith('-')) ?? '';
}

/**
 * The process a deployable's own command line starts when it runs Django's management tool (its
 * launchers already taken off): a command's entry (pythonEntryOf, `python manage.py migrate` →
 * `command:migrate`), or, for the tool with no command at all (compose `entrypoint: "python
 * manage.py"`, the command given at `docker compose run` time: `migrate`, `createsuperuser`), a
 * management container: MIGRATION_PROCESS, since what it runs is administration of the database,
 * not the application's views or tasks. Undefined for anything else (a web server's command).
 */
export function managementProcessOf(words: readonly string[]): string | undefined {
  const at = /(^|\/)python[\d.]*$/.test(words[0] ?? '') ? words.findIndex((word, index) => index > 0 && !word.startsWith('-')) : 0;
  if (at >= 0 && managementCommand(words, at) === '') return MIGRATION_PROCESS;
  return pythonEntryOf(words);
}

/**
 * The file of the codebase at `root` an entry starts: a management command's
 * `<app>/management/commands/NAME.py` (one only), a module's `a/b.py` or `a/b/__main__.py` (also
 * under `src/`); undefined when the scan holds none (Django's own `migrate`, a library's command):
 * the process is then taken for a web process, as before.
 */
export function entryFileOf(entry: string, root: string, known: ReadonlySet<string>): string | undefined {
  const prefix = root === '' ? '' : `${root}/`;
  if (entry.startsWith('command:')) {
    const tail = `/management/commands/${entry.slice('command:'.length)}.py`;
    const found = [...known].filter((file) => file.startsWith(prefix) && (file.endsWith(tail) || `/${file}`.endsWith(tail)));
    return found.length === 1 ? found[0] : undefined;
  }
  if (!entry.startsWith('module:')) return undefined;
  const path = entry.slice('module:'.length).replace(/\./g, '/');
  for (const base of [prefix, `${prefix}src/`]) for (const candidate of [`${base}${path}.py`, `${base}${path}/__main__.py`]) if (known.has(candidate)) return candidate;
  return undefined;
}

/**
 * The connections with those made by each entry file, and in the functions of other files it
 * alone reaches, marked as that entry's process (entryProcess); a reached function other code
 * names too is made by both (the connection doubled). Connections already marked (settings, a
 * task's body) are left as they are. `codebaseOf` names a file's codebase (task-reach.ts).
 */
export function withEntryReach(connections: readonly ConnectionFact[], names: readonly CodeNamesFact[], codebaseOf: (file: string) => string | undefined, entries: ReadonlySet<string>): ConnectionFact[] {
  if (entries.size === 0) return [...connections];
  const tasks = new Set(names.filter((fact) => (fact.tasks ?? []).length > 0).map((fact) => fact.evidence.file));
  const unmarked = (fact: ConnectionFact): boolean => fact.component === undefined && fact.runsIn === undefined && fact.group === undefined;
  // Whole files (a management command, a `-m` module), and subcommands' functions by file.
  const entryFiles = new Set([...entries].filter((entry) => entryParts(entry).start === undefined));
  const startsAt = (entry: string): { file: string; start?: string; lines: [number, number][] } => {
    const { file, start } = entryParts(entry);
    const lines = start === undefined ? [] : names.filter((fact) => fact.evidence.file === file).flatMap((fact) => fact.declarations.filter((declaration) => declaration.kind === 'function' && declaration.parent === undefined && declaration.name === start).map((declaration): [number, number] => [declaration.line, declaration.endLine]));
    return { file, ...(start !== undefined ? { start } : {}), lines };
  };
  const starts = [...entries].map((entry) => ({ entry, ...startsAt(entry) }));
  let result = connections.map((fact) => {
    if (!unmarked(fact)) return fact;
    if (entryFiles.has(fact.evidence.file)) return { ...fact, runsIn: entryProcess(fact.evidence.file) };
    const inside = starts.find(({ file, start, lines }) => start !== undefined && file === fact.evidence.file && lines.some(([from, to]) => fact.evidence.line >= from && fact.evidence.line <= to));
    return inside ? { ...fact, runsIn: entryProcess(inside.file, inside.start) } : fact;
  });
  for (const { entry, file: entryFile, start } of starts) {
    // A task queued from the entry (`consume_file.delay(…)`) runs in the worker: files of tasks are not entered.
    const isStart = (file: string, declaration: CodeDeclaration): boolean => file === entryFile && (start === undefined || (declaration.name === start && declaration.parent === undefined && declaration.kind === 'function'));
    const reach = followReach(names, codebaseOf, isStart, (file) => tasks.has(file) || entryFiles.has(file));
    if (reach.reached.size === 0) continue;
    result = result.flatMap((fact): ConnectionFact[] => {
      if (!unmarked(fact)) return [fact];
      const declared = reachedAt(reach, fact);
      if (!declared) return [fact];
      const marked: ConnectionFact = { ...fact, runsIn: `entry:${entry}` };
      return reach.shared.has(declared) ? [fact, marked] : [marked];
    });
  }
  return result;
}
