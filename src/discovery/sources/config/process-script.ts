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
 */
export function scriptBranches(text: string): ScriptBranch[] {
  const lines = logicalLines(text);
  const found: ScriptBranch[] = [];
  const seen = new Set<string>();
  const add = (arguments_: string[], body: Line[]): void => {
    const started = processesOf(body);
    if (!started) return;
    for (const argument of arguments_) {
      if (seen.has(argument)) continue;
      seen.add(argument);
      found.push({ argument, processes: started.processes, line: started.line });
    }
  };
  for (let index = 0; index < lines.length; index += 1) {
    const words = splitCommandLine((lines[index] as Line).text);
    if (words[0] === 'case' && words[2] === 'in' && FIRST_ARGUMENT.test(firstWord((lines[index] as Line).text, 1))) {
      index = readCase(lines, index + 1, add);
    } else if (words[0] === 'if' && firstArgumentTest((lines[index] as Line).text) !== undefined) {
      index = readIf(lines, index, add);
    }
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
