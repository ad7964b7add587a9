/**
 * A team's bootstrap script that starts one of the codebase's processes, chosen by its first
 * argument: compose runs one image as `["/app/docker/docker-bootstrap.sh", "worker"]`, `… "beat"`
 * and `… "app-gunicorn"`, and the script's `case "${1}" in worker) celery --app=x worker ;; …`
 * (or `if [ "$1" = "worker" ]; then … elif …`) says what each argument runs. The Celery processes
 * each branch starts (celeryOfCommand: `worker`, `beat`, `''` for a Python web server) are a group
 * of bindings named by the script's file name (the deployment names the script by its path in the
 * container, not in the repository), one key per argument; the command line naming the script
 * takes in the key of its argument as its `celery:process` (command-line.ts), nearest definition
 * first when several scripts share the name.
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
 * which leaves the parser unusable for the rest of the process.
 */
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { celeryOfCommand, splitCommandLine } from './command-line.js';
import { baseName } from './paths.js';

/** The group of the processes a script starts by argument, named by its file name. */
export function processScriptGroup(name: string): string {
  return `process-script:${name}`;
}

/** The group of the processes a script starts by the value of an environment variable, named by its file name. */
export function processEnvironmentGroup(name: string): string {
  return `process-env:${name}`;
}

/** A script a container may be started with: `.sh` or `.bash`. */
const SCRIPT = /\.(?:sh|bash)$/i;
/** `$1`, `${1}`, quoted or not: the script's first argument. */
const FIRST_ARGUMENT = /^["']?\$(?:1|\{1\})["']?$/;
/** `$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME-default}`, quoted or not: a variable, with its default. */
const VARIABLE = /^["']?\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)(?::?[-=]([^}]*))?\})["']?$/;
/** Programs whose branch says which process it is; a script naming none of them is not read further. */
const PROCESS_WORDS = /\b(?:celery|gunicorn|uvicorn|daphne|hypercorn|granian|uwsgi|waitress-serve|flask|manage\.py|django-admin)\b/;

/** The process-script source. */
export const processScriptSource: Source = {
  name: 'process-script',
  accepts: (path) => SCRIPT.test(path),
  async read(file: SourceFile, context: SourceContext): Promise<Fact[]> {
    if (!/\$\{?[1A-Za-z_]/.test(file.text) || !PROCESS_WORDS.test(file.text)) return [];
    const name = baseName(file.path);
    return scriptBranches(file.text).map(({ argument, variable, processes, line }) =>
      variable === undefined
        ? { type: 'binding', group: processScriptGroup(name), key: argument, value: processes, evidence: context.evidenceAt(line) }
        : { type: 'binding', group: processEnvironmentGroup(name), key: `${variable}=${argument}`, value: processes, evidence: context.evidenceAt(line) },
    );
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
 */
export function scriptBranches(text: string): ScriptBranch[] {
  const lines = logicalLines(text);
  const aliases = localAliases(lines);
  const defaults = variableDefaults(lines);
  const found: ScriptBranch[] = [];
  const seen = new Set<string>();
  const push = (branch: ScriptBranch): void => {
    const key = `${branch.variable ?? ''}=${branch.argument}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push(branch);
  };
  const subjectOf = (word: string): Subject | undefined => subjectOfWord(word, aliases, defaults);
  for (let index = 0; index < lines.length; index += 1) {
    const text = (lines[index] as Line).text;
    const words = splitCommandLine(text);
    const subject = words[0] === 'case' && words[2] === 'in' ? subjectOf(firstWord(text, 1)) : words[0] === 'if' ? branchTest(text, subjectOf)?.subject : undefined;
    if (subject === undefined) continue;
    const branches: { patterns: string[]; started: { processes: string; line: number } }[] = [];
    const add = (patterns: string[], body: Line[]): void => {
      const started = processesOf(body);
      if (started) branches.push({ patterns, started });
    };
    index = words[0] === 'case' ? readCase(lines, index + 1, add) : readIf(lines, index, subjectOf, add);
    if (subject.kind === 'argument') {
      for (const { patterns, started } of branches) for (const argument of patterns) if (argument !== FALLBACK) push({ argument, ...started });
      continue;
    }
    const variable = subject.name;
    for (const { patterns, started } of branches) for (const argument of patterns) push({ argument, variable, ...started });
    // Unset, the variable is its default, which may name a branch; else the fallback runs.
    const unset = branches.find(({ patterns }) => subject.default !== undefined && patterns.includes(subject.default)) ?? branches.find(({ patterns }) => patterns.includes(FALLBACK));
    if (unset) push({ argument: '', variable, ...unset.started });
  }
  return found;
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
    const assignment = /^\s*(?:export\s+|local\s+|readonly\s+)?([A-Za-z_]\w*)=(\S+)\s*$/.exec(text);
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

/** The Celery processes a branch's commands start: the first command saying (a Celery process before a web server), with its line. */
function processesOf(body: readonly Line[]): { processes: string; line: number } | undefined {
  let server: { processes: string; line: number } | undefined;
  for (const line of body) {
    for (const part of line.text.split(/&&|\|\||;|\|/)) {
      const words = splitCommandLine(part.trim()).filter((word) => word !== 'exec');
      // `FOO=bar celery …`: assignments before the program are its environment.
      while (words.length > 0 && /^[A-Za-z_]\w*=/.test(words[0] as string)) words.shift();
      const processes = celeryOfCommand(words);
      if (processes === undefined) continue;
      if (processes !== '') return { processes, line: line.number };
      server ??= { processes, line: line.number };
    }
  }
  return server;
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
    if (continued) return;
    if (pending.text.trim() !== '') lines.push(pending);
    pending = undefined;
  });
  if (pending && pending.text.trim() !== '') lines.push(pending);
  return lines;
}

/** The word at a position of a line, as written (quotes kept), so `"${1}"` can be told from `${10}`. */
function firstWord(text: string, at: number): string {
  return text.trim().split(/\s+/)[at] ?? '';
}
