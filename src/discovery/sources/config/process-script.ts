/**
 * A team's bootstrap script that starts one of the codebase's processes, chosen by its first
 * argument: compose runs one image as `["/app/docker/docker-bootstrap.sh", "worker"]`, `… "beat"`
 * and `… "app-gunicorn"`, and the script's `case "${1}" in worker) celery --app=x worker ;; …`
 * (or `if [ "$1" = "worker" ]; then … elif …`) says what each argument runs. The Celery processes
 * each branch starts (celeryOfCommand: `worker`, `beat`, `''` for a Python web server) are a group
 * of bindings named by the script's file name (the deployment names the script by its path in the
 * container, not in the repository), one key per argument; the command line naming the script
 * takes in the key of its argument as its `celery:process` (command-line.ts), nearest definition
 * first when several scripts share the name. The image's own ENTRYPOINT script given only its
 * argument by the deployment is joined in resolution (core/discovery/entrypoint-arguments.ts).
 *
 * Shell functions are read where they are called: `run_role "$@"` in a branch takes the
 * function's own branch for the argument, a function called without it its whole body
 * (shellFunctions, withCallsExpanded). A branch starting a management command or a `python -m`
 * module gives `command:NAME` / `module:a.b` (core/discovery/python-entries.ts).
 *
 * An entrypoint script may instead branch on an environment variable (`if [[ "${MODE:-api}" ==
 * "worker" ]]`, `case "$MODE" in`, or a local copy of one: `ROLE="${APP_ROLE:-api}"` … `case
 * "$ROLE"`): the same image is then a worker or a web server by the deployment's environment. Those
 * branches are a group of their own (processEnvironmentGroup), keyed `VAR=value`, with `VAR=*` for
 * the `else`/`*)` branch (a value no branch names) and `VAR=` for the variable unset (the branch of
 * its default in the script, else the fallback); resolution picks the key from each deployable's
 * environment (core/discovery/process-selection.ts).
 *
 * Read line by line rather than with tree-sitter's bash grammar: the grammar tree-sitter-wasms
 * ships calls a C function web-tree-sitter's runtime does not provide as soon as it meets `case`,
 * which leaves the parser unusable for the rest of the process. A shell parser package (bash-parser,
 * mvdan-sh) would be a new dependency for what this needs: the commands of each line, split into
 * words as the shell would (command-line.ts splitCommandLine), and the extent of `case`, `if`,
 * loops and functions; heredocs and expansions beyond `${VAR:-default}` never decide a role.
 *
 * The same reading serves scripts a service runs with no argument (Lago's `./scripts/start.worker.sh`
 * ending `exec bundle exec sidekiq`): Ruby's servers, Sidekiq and clockwork are processes as
 * Python's are, and a script every program of which applies migrations (migration-commands.ts) is a
 * one-shot migration job.
 */
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { processScriptGroup } from '../../../core/discovery/entrypoint-arguments.js';
import { MIGRATION_PROCESS, pythonEntryOf } from '../../../core/discovery/python-entries.js';
import { isMigrationCommand } from '../../../core/discovery/migration-commands.js';
import { celeryOfCommand, splitCommandLine, withoutLaunchers } from './command-line.js';
import { PHP_PROCESS_KEY, phpScriptGroup, phpScriptProcess } from '../../../core/discovery/php-processes.js';
import { processManagerSelector } from './process-managers.js';
import { programWord } from '../../../core/discovery/shared-codebase.js';
import { baseName } from './paths.js';

export { processScriptGroup };

/** The group of the processes a script starts by the value of an environment variable, named by its file name. */
export function processEnvironmentGroup(name: string): string {
  return `process-env:${name}`;
}

/** A script a container may be started with: `.sh` or `.bash`. */
const SCRIPT = /\.(?:sh|bash)$/i;
/** A team's script without an extension in a `bin/` folder (`bin/docker-worker-celery`), read when its first line names a shell. */
export const BIN_SCRIPT = /(^|\/)bin\/[\w-]+$/;
/**
 * An extensionless file of a folder where images keep their start-up scripts (authentik's
 * `lifecycle/ak`, `docker/entrypoint`, `scripts/start`): read when its first line names a shell,
 * as a Dockerfile's ENTRYPOINT may run it (dockerfile.ts extensionlessEntrypointScripts).
 */
const LIFECYCLE_SCRIPT = /(^|\/)(?:lifecycle|docker|scripts|entrypoints?)\/[\w-]+$/;
const SHELL_SHEBANG = /^#!\s*\S*(?:\/|\s)(?:ba|da|z|a)?sh\b/;
/** `$1`, `${1}`, quoted or not: the script's first argument. */
const FIRST_ARGUMENT = /^["']?\$(?:1|\{1\})["']?$/;
/** `$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME-default}`, quoted or not: a variable, with its default. */
const VARIABLE = /^["']?\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)(?::?[-=]([^}]*))?\})["']?$/;
/**
 * Programs whose branch says which process it is (Python's servers and Celery, Ruby's servers,
 * Sidekiq and clockwork, the migration tools of migration-commands.ts); a script naming none of them
 * is not read further.
 */
const PROCESS_WORDS = /\b(?:celery|gunicorn|uvicorn|daphne|hypercorn|granian|uwsgi|waitress-serve|flask|manage\.py|django-admin|sidekiq|puma|unicorn|rails|rake|clockwork|supervisord|alembic|flyway|liquibase|goose|knex|prisma|sequelize|typeorm|medusa|node-pg-migrate)\b/;

/** The process-script source. */
export const processScriptSource: Source = {
  name: 'process-script',
  extensions: ['.sh', '.bash', ''],
  accepts: (path) => SCRIPT.test(path) || BIN_SCRIPT.test(path) || LIFECYCLE_SCRIPT.test(path),
  async read(file: SourceFile, context: SourceContext): Promise<Fact[]> {
    if (!SCRIPT.test(file.path) && !SHELL_SHEBANG.test(file.text)) return [];
    const name = baseName(file.path);
    // A script starting a PHP process (`php /usr/src/code/app/worker.php audits $@`): the process a
    // deployable running the script by its name runs (core/discovery/php-processes.ts).
    const php = /\bphp/.test(file.text) ? phpScriptProcess(file.text, splitCommandLine) : undefined;
    const phpFacts: Fact[] = php ? [{ type: 'binding', group: phpScriptGroup(name), key: PHP_PROCESS_KEY, value: php.process, evidence: context.evidenceAt(php.line) }] : [];
    if (!PROCESS_WORDS.test(file.text)) return phpFacts;
    return [
      ...phpFacts,
      ...scriptBranches(file.text).map(({ argument, variable, processes, line }): Fact =>
        variable === undefined
          ? { type: 'binding', group: processScriptGroup(name), key: argument, value: processes, evidence: context.evidenceAt(line) }
          : { type: 'binding', group: processEnvironmentGroup(name), key: `${variable}=${argument}`, value: processes, evidence: context.evidenceAt(line) },
      ),
    ];
  },
};

/**
 * One value the script dispatches on, what its branch starts, and the line starting it. A branch
 * on the first argument has no variable; one on an environment variable names it, its argument
 * `*` for the fallback branch and `''` for the variable unset.
 */
export interface ScriptBranch {
  argument: string;
  processes: string;
  line: number;
  variable?: string;
}

/** What a `case` or a test compares: the first argument, or an environment variable (with the default the script gives it). */
type Subject = { kind: 'argument' } | { kind: 'variable'; name: string; default?: string };

/** The pattern a fallback branch (`*)`, `else`) is recorded under until its subject says whether it is kept. */
const FALLBACK = '*';

interface Line {
  text: string;
  number: number;
}

/**
 * The branches of a script's `case` on its first argument or on an environment variable, and of
 * an `if`/`elif` chain testing one, with the Celery processes each starts (command-line.ts's
 * reading of a command line): a branch starting none of the programs it knows is left out. The
 * `*)` default and the `else` of a dispatch on the argument are left out (no argument names
 * them); those of a dispatch on a variable are the variable's fallback (`*`), and the variable
 * unset takes the branch of the default the script gives it (`${MODE:-api}`), else the fallback.
 * Shell functions are read where they are called (shellFunctions, withCallsExpanded). In a
 * dispatch on a variable, a management command or module run without `exec` (`if [ "$MIGRATE" =
 * 1 ]; then python manage.py migrate; fi`) is a step before the script's own process, not one the
 * variable picks.
 */
export function scriptBranches(text: string): ScriptBranch[] {
  const lines = withArraysExpanded(logicalLines(text));
  const aliases = localAliases(lines);
  const defaults = variableDefaults(lines);
  const subjectOf = (word: string): Subject | undefined => subjectOfWord(word, aliases, defaults);
  const { functions, topLevel } = shellFunctions(lines);
  const { byArgument, onVariables } = branchBodies(topLevel, functions, subjectOf, true, 0);
  const found: ScriptBranch[] = [];
  const seen = new Set<string>();
  const push = (branch: ScriptBranch): void => {
    const key = `${branch.variable ?? ''}=${branch.argument}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push(branch);
  };
  for (const [argument, body] of byArgument) {
    const started = processesOf(withCallsExpanded(body, argument, functions, subjectOf, 0));
    if (started) push({ argument, ...started });
  }
  for (const { subject, branches: bodies } of onVariables) {
    const branches: { patterns: string[]; started: { processes: string; line: number } }[] = [];
    for (const { patterns, body } of bodies) {
      const expanded = withCallsExpanded(body, undefined, functions, subjectOf, 0);
      const started = processesOf(expanded);
      if (!started) continue;
      if ((/^(?:command|module):/.test(started.processes) || started.processes === MIGRATION_PROCESS) && !expanded.some((line) => line.number === started.line && EXEC_COMMAND.test(line.text))) continue;
      branches.push({ patterns, started });
    }
    const variable = subject.name;
    for (const { patterns, started } of branches) for (const argument of patterns) push({ argument, variable, ...started });
    // Unset, the variable is its default, which may name a branch; else the fallback runs.
    const unset = branches.find(({ patterns }) => subject.default !== undefined && patterns.includes(subject.default)) ?? branches.find(({ patterns }) => patterns.includes(FALLBACK));
    if (unset) push({ argument: '', variable, ...unset.started });
  }
  // No dispatch at all: a script that starts one process whatever it is given (`bin/docker-worker`
  // ending `exec celery -A app worker …`) runs that process. Only an `exec` outside every `if`,
  // `case` and loop counts: the line the container keeps running, not a step before it.
  if (found.length === 0) {
    const started = processesOf(unconditionalExecs(topLevel)) ?? processesOf(finalCommand(topLevel)) ?? processesOf(endlessLoopBody(topLevel)) ?? onlyMigrations(topLevel);
    if (started) found.push({ argument: '', variable: '', ...started });
  }
  return found;
}

/**
 * The text of each branch of a script's dispatch on its first argument (`if [ "$1" = 'app-nginx' ];
 * then … fi`, `case "$1" in nginx) … ;;`), shell functions it calls read in: what the script runs
 * for that argument, whatever program it is (a proxy's `envsubst … && nginx -g 'daemon off;'` as
 * well as a Python or Ruby process). The `*)` and `else` branches are left out: no argument names them.
 */
export function argumentBranchTexts(text: string): Map<string, string> {
  const lines = withArraysExpanded(logicalLines(text));
  const subjectOf = (word: string): Subject | undefined => subjectOfWord(word, localAliases(lines), variableDefaults(lines));
  const { functions, topLevel } = shellFunctions(lines);
  const { byArgument } = branchBodies(topLevel, functions, subjectOf, true, 0);
  return new Map([...byArgument].map(([argument, body]) => [argument, withCallsExpanded(body, argument, functions, subjectOf, 0).map((line) => line.text).join('\n')]));
}

/**
 * The command a script without any `exec` ends on, outside every compound command
 * (`bin/docker-entrypoint-migrator.sh` ending `python manage.py migrate`): the container runs it
 * in the foreground and stops with it, so it is the process. A script handing over elsewhere
 * (`exec "$@"` after a `manage.py migrate` step, an `exec` inside a branch) has none.
 */
function finalCommand(lines: readonly Line[]): Line[] {
  if (lines.some((line) => EXEC_COMMAND.test(line.text))) return [];
  let depth = 0;
  let last: Line | undefined;
  for (const line of lines) {
    const text = line.text.trim();
    const opens = (text.match(/(?:^|[;&|]\s*|\s)(?:if|case|for|while|until)\s/g) ?? []).length;
    const closes = (text.match(/(?:^|[;&\s])(?:fi|esac|done)(?=\s*(?:[;&|)]|$))/g) ?? []).length;
    const atTop = depth === 0 && opens === 0 && closes === 0;
    depth = Math.max(0, depth + opens - closes);
    // `set -e`, `trap …`, `wait` and the like are the shell's own, not a program it runs.
    if (atTop && !/^(?:set|trap|wait|shift|export|cd|echo|printf|true|:)(?:\s|$)/.test(text) && !/^[A-Za-z_]\w*=/.test(text)) last = line;
    else if (!atTop) last = undefined;
  }
  return last && !/&\s*$/.test(last.text.trim()) ? [last] : [];
}

/**
 * `exec` as the command of a line or of a part of it (`exec celery …`, `then exec …`, `worker) exec
 * …`), not bundler's word (`bundle exec sidekiq` hands nothing over: the shell waits for it).
 */
const EXEC_COMMAND = /(?:^|[;&|()]|\b(?:then|do|else))\s*exec\s/;

/** Words that are the shell's own (tests, keywords, builtins), not a program a script runs. */
const SHELL_OWN = /^(?:if|then|elif|else|fi|\[\[?|test|!|set|trap|wait|shift|export|local|readonly|declare|cd|echo|printf|true|false|:|sleep|source|\.|for|while|until|do|done|case|esac|\{|\}|return|exit)$/;

/**
 * A script that only applies migrations (Lago's `migrate.sh`: `bundle exec rails db:migrate`, then
 * `if [ -n "$EVENTS_DATABASE_URL" ]; then bundle exec rails db:migrate:events; fi`): every program
 * it runs, under an `if` or not, is a migration tool (migration-commands.ts), so the container is a
 * one-shot migration job whichever branch the deployment takes, though no single line ends it.
 */
function onlyMigrations(lines: readonly Line[]): { processes: string; line: number } | undefined {
  let first: number | undefined;
  for (const line of lines) {
    for (const part of line.text.split(/&&|\|\||;|\|/)) {
      const words = withoutLaunchers(splitCommandLine(part.trim().replace(/^(?:then|do|else)\s+/, '')));
      const program = words[0];
      if (program === undefined || SHELL_OWN.test(program) || /^[A-Za-z_]\w*=/.test(program) || program.endsWith(')')) continue;
      if (!isMigrationCommand(words)) return undefined;
      first ??= line.number;
    }
  }
  return first === undefined ? undefined : { processes: MIGRATION_PROCESS, line: first };
}

/**
 * The body of the endless loop a script ends on (`while true; do python manage.py housekeeping;
 * sleep 3600; done`, `while :`, `until false`): the container runs that command over and over,
 * so it is the process. A loop that can end (`while [ -f … ]`, `for …`) or that other commands
 * follow is none.
 */
function endlessLoopBody(lines: readonly Line[]): Line[] {
  if (lines.some((line) => EXEC_COMMAND.test(line.text))) return [];
  let depth = 0;
  let body: Line[] | undefined;
  let inLoop = false;
  let after = false;
  for (const line of lines) {
    const text = line.text.trim();
    const opens = (text.match(/(?:^|[;&|]\s*|\s)(?:if|case|for|while|until)\s/g) ?? []).length;
    const closes = (text.match(/(?:^|[;&\s])(?:fi|esac|done)(?=\s*(?:[;&|)]|$))/g) ?? []).length;
    if (depth === 0 && /^(?:while\s+(?:true|:|\[\s*1\s*\]|\[\[\s*1\s*\]\])|until\s+false)\s*(?:;|$|\s+do\b)/.test(text)) {
      body = [line];
      inLoop = true;
      after = false;
    } else if (inLoop) body?.push(line);
    else if (depth === 0 && body !== undefined && text !== '' && !/^(?:wait|true|:)(?:\s|$)/.test(text)) after = true;
    depth = Math.max(0, depth + opens - closes);
    if (depth === 0) inLoop = false;
  }
  return body !== undefined && !after ? body : [];
}

/** The `exec` lines of a script outside its compound commands (`if … fi`, `case … esac`, loops). */
function unconditionalExecs(lines: readonly Line[]): Line[] {
  let depth = 0;
  const execs: Line[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    const opens = (text.match(/(?:^|[;&|]\s*|\s)(?:if|case|for|while|until)\s/g) ?? []).length;
    const closes = (text.match(/(?:^|[;&\s])(?:fi|esac|done)(?=\s*(?:[;&|)]|$))/g) ?? []).length;
    if (depth === 0 && opens === 0 && /^exec\s/.test(text)) execs.push(line);
    depth = Math.max(0, depth + opens - closes);
  }
  return execs;
}

/** How deep function calls are followed: scripts call a helper that calls another, not more. */
const CALL_DEPTH = 4;

/** A dispatch on an environment variable: its subject and the lines of each branch, by the patterns naming it. */
interface VariableDispatch {
  subject: Extract<Subject, { kind: 'variable' }>;
  branches: { patterns: string[]; body: Line[] }[];
}

/**
 * The body of each branch of the `case` on the first argument (and `if`/`elif` chain testing it)
 * among these lines, first definition of an argument winning, and the dispatches on environment
 * variables. A line calling a function with the script's arguments (`main "$@"`) takes in that
 * function's branches; one calling it without them (`main`) only its dispatches on variables (its
 * `case "$1"` is on its own argument). `passed` says whether these lines see the script's arguments.
 */
function branchBodies(
  lines: readonly Line[],
  functions: ReadonlyMap<string, Line[]>,
  subjectOf: (word: string) => Subject | undefined,
  passed: boolean,
  depth: number,
): { byArgument: Map<string, Line[]>; onVariables: VariableDispatch[] } {
  const byArgument = new Map<string, Line[]>();
  const onVariables: VariableDispatch[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const text = (lines[index] as Line).text;
    const words = splitCommandLine(text);
    const subject = words[0] === 'case' && words[2] === 'in' ? subjectOf(firstWord(text, 1)) : words[0] === 'if' ? branchTest(text, subjectOf)?.subject : undefined;
    if (subject !== undefined) {
      const branches: { patterns: string[]; body: Line[] }[] = [];
      const add = (patterns: string[], body: Line[]): void => {
        branches.push({ patterns, body });
      };
      index = words[0] === 'case' ? readCase(lines, index + 1, add) : readIf(lines, index, subjectOf, add);
      if (subject.kind === 'variable') onVariables.push({ subject, branches });
      else if (passed) for (const { patterns, body } of branches) for (const argument of patterns) if (argument !== FALLBACK && !byArgument.has(argument)) byArgument.set(argument, body);
      continue;
    }
    const called = calledFunction(text, functions);
    if (called === undefined || depth >= CALL_DEPTH) continue;
    const inner = branchBodies(functions.get(called.name) ?? [], functions, subjectOf, passed && called.passed, depth + 1);
    for (const [argument, body] of inner.byArgument) if (!byArgument.has(argument)) byArgument.set(argument, body);
    onVariables.push(...inner.onVariables);
  }
  return { byArgument, onVariables };
}

/** The `case` items up to the matching `esac`: each pattern list and the lines of its branch. Returns the `esac` line's index. */
function readCase(lines: readonly Line[], from: number, add: (arguments_: string[], body: Line[]) => void): number {
  let patterns: string[] | undefined;
  let body: Line[] = [];
  const close = (): void => {
    if (patterns) add(patterns, body);
    patterns = undefined;
    body = [];
  };
  for (let index = from; index < lines.length; index += 1) {
    const line = lines[index] as Line;
    const text = line.text.trim();
    if (/^esac\b/.test(text)) {
      close();
      return index;
    }
    if (/^case\b/.test(text)) {
      // A nested `case` belongs to the branch; skip to its `esac`.
      const end = skipTo(lines, index, /^case\b/, /^esac\b/);
      body.push(...lines.slice(index, end + 1));
      index = end;
      continue;
    }
    const item = patterns === undefined ? /^\(?\s*([^()]+?)\s*\)\s*(.*)$/s.exec(text) : undefined;
    if (item) {
      patterns = (item[1] as string)
        .split('|')
        .map((pattern) => pattern.trim().replace(/^(["'])(.*)\1$/, '$2'))
        // `*)` is the fallback; another glob (`app-*`) matches values the deployment may give but names none of them.
        .map((pattern) => (pattern === '*' ? FALLBACK : pattern))
        .filter((pattern) => pattern === FALLBACK || (pattern !== '' && !/[*?[\]$]/.test(pattern)));
      const rest = item[2] as string;
      const ends = /;;&?\s*$|;&\s*$/.test(rest);
      const command = rest.replace(/;;&?\s*$|;&\s*$/, '');
      if (command.trim() !== '') body.push({ text: command, number: line.number });
      if (ends) close();
      continue;
    }
    const ends = /(?:^|[^;]);;&?\s*$|;&\s*$/.test(text) || text === ';;';
    const command = text.replace(/;;&?\s*$|;&\s*$/, '');
    if (command.trim() !== '' && patterns !== undefined) body.push({ text: command, number: line.number });
    if (ends) close();
  }
  close();
  return lines.length;
}

/** An `if`/`elif`/`else` chain testing the subject, up to its `fi`; the `else` branch is the fallback. Returns the `fi` line's index. */
function readIf(lines: readonly Line[], from: number, subjectOf: (word: string) => Subject | undefined, add: (arguments_: string[], body: Line[]) => void): number {
  let argument: string | undefined = branchTest((lines[from] as Line).text, subjectOf)?.value;
  let body: Line[] = [];
  const close = (): void => {
    if (argument !== undefined) add([argument], body);
    body = [];
  };
  // What follows `then` on the `if` line itself (`if …; then exec celery …; fi`).
  const inline = /;\s*then\b(.*)$/.exec((lines[from] as Line).text)?.[1];
  if (inline && inline.trim() !== '') body.push({ text: inline.replace(/;?\s*fi\s*$/, ''), number: (lines[from] as Line).number });
  // The whole `if` on one line (`if …; then ARGS+=("--beat"); fi`): the lines after it are not its branch.
  if (inline !== undefined && /;\s*fi\s*$/.test(inline) && !/(?:^|[;\s])(?:elif|else)\s/.test(inline)) {
    close();
    return from;
  }
  for (let index = from + 1; index < lines.length; index += 1) {
    const line = lines[index] as Line;
    const text = line.text.trim();
    if (/^if\b/.test(text)) {
      const end = skipTo(lines, index, /^if\b/, /^fi\b/);
      body.push(...lines.slice(index, end + 1));
      index = end;
    } else if (/^elif\b/.test(text)) {
      close();
      argument = branchTest(text, subjectOf)?.value;
    } else if (/^else\b/.test(text)) {
      close();
      argument = FALLBACK;
    } else if (/^fi\b/.test(text)) {
      close();
      return index;
    } else {
      body.push(line);
    }
  }
  close();
  return lines.length;
}

/** The index of the line closing a block opened at `from` (nested blocks of the same kind counted). */
function skipTo(lines: readonly Line[], from: number, open: RegExp, end: RegExp): number {
  let depth = 0;
  for (let index = from; index < lines.length; index += 1) {
    const text = (lines[index] as Line).text.trim();
    if (open.test(text)) depth += 1;
    if (end.test(text) || new RegExp(`;\\s*${end.source.slice(1)}`).test(text)) depth -= 1;
    if (depth <= 0) return index;
  }
  return lines.length - 1;
}

/**
 * What an `if`/`elif` test compares, and the value it compares it with: `[ "$1" = "worker" ]`,
 * `[[ ${MODE:-api} == beat ]]`, `test "$ROLE" = x`. A glob or an expansion is no value.
 */
function branchTest(text: string, subjectOf: (word: string) => Subject | undefined): { subject: Subject; value: string | undefined } | undefined {
  const test = /^\s*(?:if|elif)\s+(?:\[\[?|test)\s+(\S+)\s+==?\s+(\S+?)\s*(?:\]\]?)?\s*(?:;|$)/.exec(text);
  if (!test) return undefined;
  const [left, right] = [test[1] as string, test[2] as string];
  const leftSubject = subjectOf(left);
  const subject = leftSubject ?? subjectOf(right);
  if (subject === undefined) return undefined;
  const plain = (leftSubject ? right : left).replace(/^(["'])(.*)\1$/, '$2');
  return { subject, value: plain !== '' && !/[*?[\]$]/.test(plain) ? plain : undefined };
}

/**
 * What a word a script dispatches on stands for: `$1` is the first argument; `$MODE`, `${MODE}`,
 * `${MODE:-api}` an environment variable (with its default), or what a local variable copies
 * (`ROLE="${APP_ROLE:-api}"`, `MODE=$1`). Other positional parameters are no dispatch.
 */
function subjectOfWord(word: string, aliases: ReadonlyMap<string, string>, defaults: ReadonlyMap<string, string>): Subject | undefined {
  if (FIRST_ARGUMENT.test(word)) return { kind: 'argument' };
  const match = VARIABLE.exec(word);
  const name = match?.[1] ?? match?.[2];
  if (name === undefined) return undefined;
  const copied = aliases.get(name);
  if (copied !== undefined) return subjectOfWord(copied, new Map([...aliases].filter(([alias]) => alias !== name)), defaults);
  const written = match?.[3];
  const fallback = written !== undefined && !written.includes('$') ? written.replace(/^(["'])(.*)\1$/, '$2') : defaults.get(name);
  return { kind: 'variable', name, ...(fallback !== undefined ? { default: fallback } : {}) };
}

/** Local variables assigned one expansion (`ROLE="${APP_ROLE:-api}"`, `MODE=$1`): the word each copies. */
function localAliases(lines: readonly Line[]): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const { text } of lines) {
    // Bash's declaring builtins may carry flags: `local -r role="$1"`, `declare -x MODE=…`.
    const assignment = /^\s*(?:(?:export|local|readonly|declare|typeset)(?:\s+-[A-Za-z]+)*\s+)?([A-Za-z_]\w*)=(\S+)\s*$/.exec(text);
    if (!assignment) continue;
    const [name, value] = [assignment[1] as string, assignment[2] as string];
    const copied = VARIABLE.exec(value);
    // `MODE=${MODE:-api}` gives MODE a default (variableDefaults); it copies no other variable.
    if (FIRST_ARGUMENT.test(value) || (copied && (copied[1] ?? copied[2]) !== name)) aliases.set(name, value);
  }
  return aliases;
}

/** Defaults a script gives a variable before it branches: `: "${MODE:=api}"`, `MODE=${MODE:-api}`, `export MODE="${MODE-api}"`. */
function variableDefaults(lines: readonly Line[]): Map<string, string> {
  const defaults = new Map<string, string>();
  for (const { text } of lines) {
    const given = /^\s*(?::\s+|(?:export\s+)?([A-Za-z_]\w*)=)["']?\$\{([A-Za-z_]\w*):?[-=]([^}$]*)\}["']?\s*$/.exec(text);
    if (!given || (given[1] !== undefined && given[1] !== given[2])) continue;
    if (!defaults.has(given[2] as string)) defaults.set(given[2] as string, (given[3] as string).replace(/^(["'])(.*)\1$/, '$2'));
  }
  return defaults;
}

/**
 * The process a branch's commands start, with its line: the first Celery process, else the last
 * Python process (a web server: `''`; a management command or module: `command:NAME`,
 * `module:a.b`, core/discovery/python-entries.ts), the one the branch leaves running. Launchers
 * (`exec`, `gosu app`, `su-exec app`, `s6-setuidgid app`, `tini --`) are taken off first.
 */
function processesOf(body: readonly Line[]): { processes: string; line: number } | undefined {
  let last: { processes: string; line: number } | undefined;
  for (const line of body) {
    for (const part of line.text.split(/&&|\|\||;|\|/)) {
      const words = withoutLaunchers(splitCommandLine(part.trim().replace(/^(?:then|do|else)\s+/, '')));
      const processes = celeryOfCommand(words);
      if (processes !== undefined && processes !== '') return { processes, line: line.number };
      // `exec supervisord -c worker.conf`: every program its configuration starts (process-managers.ts).
      const managed = processManagerSelector(words);
      if (managed !== undefined && /(^|\/)supervisord$/.test(programWord(words) ?? '')) return { processes: managed, line: line.number };
      const started = pythonEntryOf(words) ?? processes ?? (isMigrationCommand(words) ? MIGRATION_PROCESS : undefined);
      if (started !== undefined) last = { processes: started, line: line.number };
    }
  }
  return last;
}

/**
 * The script's shell functions (`name() {`, `function name {`, one line or several) by name, and
 * the lines outside them: a function's `case "$1"` is on its own first argument, not the script's,
 * so it is read only where the script calls it.
 */
function shellFunctions(lines: readonly Line[]): { functions: Map<string, Line[]>; topLevel: Line[] } {
  const functions = new Map<string, Line[]>();
  const topLevel: Line[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as Line;
    const header = /^\s*(?:function\s+)?([A-Za-z_][\w-]*)\s*(?:\(\s*\))?\s*\{(.*)$/.exec(line.text);
    if (!header || (!/\(\s*\)/.test(line.text) && !/^\s*function\s/.test(line.text))) {
      topLevel.push(line);
      continue;
    }
    const name = header[1] as string;
    const rest = (header[2] as string).trim();
    // `start_worker() { exec celery … worker; }` on one line.
    if (/\}\s*;?\s*$/.test(rest)) {
      functions.set(name, [{ text: rest.replace(/;?\s*\}\s*;?\s*$/, ''), number: line.number }]);
      continue;
    }
    const body: Line[] = rest === '' ? [] : [{ text: rest, number: line.number }];
    let depth = 1;
    for (index += 1; index < lines.length; index += 1) {
      const inner = lines[index] as Line;
      const text = inner.text.trim();
      if (/\{\s*$/.test(text) && !/\$\{\s*$/.test(text)) depth += 1;
      if (/^\}/.test(text)) depth -= 1;
      if (depth === 0) break;
      body.push(inner);
    }
    functions.set(name, body);
  }
  return { functions, topLevel };
}

/** The function a line calls (after launchers), and whether it hands on the script's arguments (`run_role "$@"`, `main "$1"`). */
function calledFunction(text: string, functions: ReadonlyMap<string, Line[]>): { name: string; passed: boolean } | undefined {
  for (const part of text.split(/&&|\|\||;/)) {
    const words = withoutLaunchers(splitCommandLine(part.trim()));
    if (words[0] !== undefined && functions.has(words[0])) return { name: words[0], passed: PASSES_ARGUMENTS.test(part.trim().split(/\s+/)[1] ?? '') };
  }
  return undefined;
}

/** `"$@"`, `$@`, `"$1"`, `${1}`, `"$*"`: the script's first argument handed on as the function's. */
const PASSES_ARGUMENTS = /^["']?\$(?:@|\*|1|\{1\}|\{@\})["']?$/;

/**
 * A branch's lines with the functions it calls put in their place: one given the script's
 * arguments (`run_role "$@"`) by its own branch for the argument (for a branch of a dispatch on a
 * variable, `argument` undefined, the argument is not known: none), another by its whole body
 * (`initialize`, `start_worker`).
 */
function withCallsExpanded(body: readonly Line[], argument: string | undefined, functions: ReadonlyMap<string, Line[]>, subjectOf: (word: string) => Subject | undefined, depth: number): Line[] {
  if (functions.size === 0 || depth >= CALL_DEPTH) return [...body];
  return body.flatMap((line) =>
    line.text.split(/&&|\|\||;/).flatMap((part): Line[] => {
      const words = withoutLaunchers(splitCommandLine(part.trim()));
      const called = words[0] !== undefined ? functions.get(words[0]) : undefined;
      if (!called) return [{ text: part, number: line.number }];
      // A function dispatching on the argument it is given runs only its branch for it (none: nothing).
      const branches = PASSES_ARGUMENTS.test(part.trim().split(/\s+/)[1] ?? '') ? branchBodies(called, functions, subjectOf, true, depth + 1).byArgument : undefined;
      const own = branches !== undefined && branches.size > 0 ? ((argument !== undefined ? branches.get(argument) : undefined) ?? []) : called;
      return withCallsExpanded(own, argument, functions, subjectOf, depth + 1);
    }),
  );
}

/** The script's lines with comments dropped and backslash continuations joined, each with its (first) line number. */
function logicalLines(text: string): Line[] {
  const lines: Line[] = [];
  let pending: Line | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const stripped = raw.trimStart().startsWith('#') ? '' : raw;
    const continued = /\\$/.test(stripped);
    const piece = continued ? stripped.slice(0, -1) : stripped;
    pending = pending ? { text: `${pending.text} ${piece.trim()}`, number: pending.number } : { text: piece, number: index + 1 };
    // An array assignment spread over lines (`ARGS=(` … `)`) is one line too.
    if (continued || openArray(pending.text)) return;
    if (pending.text.trim() !== '') lines.push(pending);
    pending = undefined;
  });
  if (pending && pending.text.trim() !== '') lines.push(pending);
  return lines;
}

/** An array assignment (`ARGS=(`, `ARGS+=(`, `local -a ARGS=(`): its name, whether it appends, and the text after `(`. */
const ARRAY_ASSIGNMENT = /^\s*(?:(?:local|declare|typeset|readonly|export)(?:\s+-[A-Za-z]+)*\s+)?([A-Za-z_]\w*)(\+?)=\((.*)$/s;

/** Whether a line opens an array assignment its `)` has not closed yet. */
function openArray(text: string): boolean {
  const assignment = ARRAY_ASSIGNMENT.exec(text);
  return assignment !== null && !/\)\s*(?:;.*)?$/.test((assignment[3] as string).trim());
}

/** `"${ARGS[@]}"`, `${ARGS[*]}`, quoted or not: every element of an array. */
const ARRAY_EXPANSION = /"?\$\{([A-Za-z_]\w*)\[[@*]\]\}"?/g;

/**
 * The lines with each expansion of a script's array (`exec celery "${CELERY_ARGS[@]}"`) replaced by
 * its elements: those of its assignment (`CELERY_ARGS=("-A" "engine" "worker" …)`) and of the
 * appends (`CELERY_ARGS+=("--concurrency" "4")`) outside every `if`, `case` and loop. An append
 * under a condition (`if [[ "$BEAT" = "True" ]]; then CELERY_ARGS+=("--beat"); fi`) is the
 * deployment's to decide and is left out; an array the script does not assign stays as written.
 */
function withArraysExpanded(lines: readonly Line[]): Line[] {
  if (!lines.some((line) => ARRAY_ASSIGNMENT.test(line.text))) return [...lines];
  const arrays = new Map<string, string[]>();
  let depth = 0;
  const kept: Line[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    const opens = (text.match(/(?:^|[;&|]\s*|\s)(?:if|case|for|while|until)\s/g) ?? []).length;
    const closes = (text.match(/(?:^|[;&\s])(?:fi|esac|done)(?=\s*(?:[;&|)]|$))/g) ?? []).length;
    const assignment = ARRAY_ASSIGNMENT.exec(text);
    if (assignment) {
      if (depth === 0 && opens === 0) {
        const elements = splitCommandLine((assignment[3] as string).replace(/\)\s*(?:;.*)?$/, ''));
        const name = assignment[1] as string;
        arrays.set(name, assignment[2] === '+' ? [...(arrays.get(name) ?? []), ...elements] : elements);
      }
      depth = Math.max(0, depth + opens - closes);
      continue;
    }
    depth = Math.max(0, depth + opens - closes);
    const expanded = line.text.replace(ARRAY_EXPANSION, (written, name: string) => {
      const elements = arrays.get(name);
      return elements === undefined ? written : elements.map((element) => `'${element.replace(/'/g, `'\\''`)}'`).join(' ');
    });
    kept.push({ text: expanded, number: line.number });
  }
  return kept;
}

/** The word at a position of a line, as written (quotes kept), so `"${1}"` can be told from `${10}`. */
function firstWord(text: string, at: number): string {
  return text.trim().split(/\s+/)[at] ?? '';
}
