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
 * Read line by line rather than with tree-sitter's bash grammar: the grammar tree-sitter-wasms
 * ships calls a C function web-tree-sitter's runtime does not provide as soon as it meets `case`,
 * which leaves the parser unusable for the rest of the process.
 */
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { processScriptGroup } from '../../../core/discovery/entrypoint-arguments.js';
import { pythonEntryOf } from '../../../core/discovery/python-entries.js';
import { celeryOfCommand, splitCommandLine, withoutLaunchers } from './command-line.js';
import { baseName } from './paths.js';

export { processScriptGroup };

/** A script a container may be started with: `.sh` or `.bash`. */
const SCRIPT = /\.(?:sh|bash)$/i;
/** `$1`, `${1}`, quoted or not: the script's first argument. */
const FIRST_ARGUMENT = /^["']?\$(?:1|\{1\})["']?$/;
/** Programs whose branch says which process it is; a script naming none of them is not read further. */
const PROCESS_WORDS = /\b(?:celery|gunicorn|uvicorn|daphne|hypercorn|granian|uwsgi|waitress-serve|flask|manage\.py|django-admin)\b/;

/** The process-script source. */
export const processScriptSource: Source = {
  name: 'process-script',
  accepts: (path) => SCRIPT.test(path),
  async read(file: SourceFile, context: SourceContext): Promise<Fact[]> {
    if (!/\$\{?1\b/.test(file.text) || !PROCESS_WORDS.test(file.text)) return [];
    const group = processScriptGroup(baseName(file.path));
    return scriptBranches(file.text).map(({ argument, processes, line }) => ({ type: 'binding', group, key: argument, value: processes, evidence: context.evidenceAt(line) }));
  },
};

/** One argument the script dispatches on, what its branch starts, and the line starting it. */
export interface ScriptBranch {
  argument: string;
  processes: string;
  line: number;
}

interface Line {
  text: string;
  number: number;
}

/**
 * The branches of a script's `case` on its first argument, and of an `if`/`elif` chain testing it,
 * with the Celery processes each starts (command-line.ts's reading of a command line): a branch
 * starting none of the programs it knows is left out, as is the `*)` default (no argument names it).
 * Shell functions are read where they are called (shellFunctions, withCallsExpanded).
 */
export function scriptBranches(text: string): ScriptBranch[] {
  const { functions, topLevel } = shellFunctions(logicalLines(text));
  const found: ScriptBranch[] = [];
  for (const [argument, body] of branchBodies(topLevel, functions, 0)) {
    const started = processesOf(withCallsExpanded(body, argument, functions, 0));
    if (started) found.push({ argument, processes: started.processes, line: started.line });
  }
  return found;
}

/** How deep function calls are followed: scripts call a helper that calls another, not more. */
const CALL_DEPTH = 4;

/**
 * The body of each branch of the `case` on the first argument (and `if`/`elif` chain testing it)
 * among these lines, first definition of an argument winning; a line calling a function with the
 * script's arguments (`main "$@"`) takes in that function's branches.
 */
function branchBodies(lines: readonly Line[], functions: ReadonlyMap<string, Line[]>, depth: number): Map<string, Line[]> {
  const bodies = new Map<string, Line[]>();
  const add = (arguments_: string[], body: Line[]): void => {
    for (const argument of arguments_) if (!bodies.has(argument)) bodies.set(argument, body);
  };
  for (let index = 0; index < lines.length; index += 1) {
    const text = (lines[index] as Line).text;
    const words = splitCommandLine(text);
    const called = calledWithArguments(text, functions);
    if (words[0] === 'case' && words[2] === 'in' && FIRST_ARGUMENT.test(firstWord(text, 1))) {
      index = readCase(lines, index + 1, add);
    } else if (words[0] === 'if' && firstArgumentTest(text) !== undefined) {
      index = readIf(lines, index, add);
    } else if (called !== undefined && depth < CALL_DEPTH) {
      for (const [argument, body] of branchBodies(functions.get(called) ?? [], functions, depth + 1)) add([argument], body);
    }
  }
  return bodies;
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
        // A glob (`*`, `app-*`) matches arguments the deployment may give but names none of them.
        .filter((pattern) => pattern !== '' && !/[*?[\]$]/.test(pattern));
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

/** An `if`/`elif`/`else` chain testing the first argument, up to its `fi`. Returns the `fi` line's index. */
function readIf(lines: readonly Line[], from: number, add: (arguments_: string[], body: Line[]) => void): number {
  let argument = firstArgumentTest((lines[from] as Line).text);
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
      argument = firstArgumentTest(text);
    } else if (/^else\b/.test(text)) {
      close();
      argument = undefined;
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

/** The value an `if`/`elif` test compares the first argument with: `[ "$1" = "worker" ]`, `[[ ${1} == beat ]]`, `test "$1" = x`. */
function firstArgumentTest(text: string): string | undefined {
  const test = /^\s*(?:if|elif)\s+(?:\[\[?|test)\s+(\S+)\s+==?\s+(\S+?)\s*(?:\]\]?)?\s*(?:;|$)/.exec(text);
  if (!test) return undefined;
  const [left, right] = [test[1] as string, test[2] as string];
  const value = FIRST_ARGUMENT.test(left) ? right : FIRST_ARGUMENT.test(right) ? left : undefined;
  const plain = value?.replace(/^(["'])(.*)\1$/, '$2');
  return plain !== undefined && plain !== '' && !/[*?[\]$]/.test(plain) ? plain : undefined;
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
      const started = pythonEntryOf(words) ?? processes;
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

/** The function a line calls with the script's arguments (`run_role "$@"`, `main "$1"`), after launchers. */
function calledWithArguments(text: string, functions: ReadonlyMap<string, Line[]>): string | undefined {
  for (const part of text.split(/&&|\|\||;/)) {
    const words = withoutLaunchers(splitCommandLine(part.trim()));
    if (words[0] !== undefined && functions.has(words[0]) && PASSES_ARGUMENTS.test(part.trim().split(/\s+/)[1] ?? '')) return words[0];
  }
  return undefined;
}

/** `"$@"`, `$@`, `"$1"`, `${1}`, `"$*"`: the script's first argument handed on as the function's. */
const PASSES_ARGUMENTS = /^["']?\$(?:@|\*|1|\{1\}|\{@\})["']?$/;

/**
 * A branch's lines with the functions it calls put in their place: one given the script's
 * arguments (`run_role "$@"`) by its own branch for the argument, another by its whole body
 * (`initialize`, `start_worker`).
 */
function withCallsExpanded(body: readonly Line[], argument: string, functions: ReadonlyMap<string, Line[]>, depth: number): Line[] {
  if (functions.size === 0 || depth >= CALL_DEPTH) return [...body];
  return body.flatMap((line) =>
    line.text.split(/&&|\|\||;/).flatMap((part): Line[] => {
      const words = withoutLaunchers(splitCommandLine(part.trim()));
      const called = words[0] !== undefined ? functions.get(words[0]) : undefined;
      if (!called) return [{ text: part, number: line.number }];
      // A function dispatching on the argument it is given runs only its branch for it (none: nothing).
      const branches = PASSES_ARGUMENTS.test(part.trim().split(/\s+/)[1] ?? '') ? branchBodies(called, functions, depth + 1) : undefined;
      const own = branches !== undefined && branches.size > 0 ? (branches.get(argument) ?? []) : called;
      return withCallsExpanded(own, argument, functions, depth + 1);
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
