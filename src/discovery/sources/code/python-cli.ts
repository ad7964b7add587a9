/**
 * A product's own Python command-line tool, whose subcommands are the processes its deployments
 * run (`command: run worker`, `command: app scheduler`): each subcommand's function, and what each
 * module-level function starts, so that resolution can give a deployable only the code its
 * subcommand reaches and tell a Celery worker or scheduler from a web server
 * (core/discovery/python-cli.ts). Read shapes:
 *
 * - click and typer: `@group.command()` / `@group.command("name")` / `@app.command(name="x")` on a
 *   module-level function (the word is the function's name, underscores as dashes, unless given);
 *   on a nested group (`app.add_typer(server_app, name="server")`, `@cli.group()`), the group's
 *   words first: `server start`, matched against as many words of a command line;
 * - argparse: `sub.add_parser("x").set_defaults(func=f)`, or the parser held in a variable and its
 *   `set_defaults(func=…)` called later in the same function (`f` a local function or `module.f`);
 * - what a function starts: `worker_main(…)`, `app.Worker(…)` → a Celery worker; `app.Beat(…)` →
 *   beat; a call given the words of a `celery … worker|beat` command line (`subprocess.run([…])`);
 *   a WSGI/ASGI server run in-process (waitress `serve`, werkzeug `run_simple`, wsgiref
 *   `make_server`, aiohttp `run_app`, `uvicorn.run`, `hypercorn`'s `serve`) → `web`.
 */
import type { CliCommand, CodeNamesFact, EvidenceAt } from '../../../core/discovery/facts.js';
import { celeryProcesses } from '../../../core/discovery/shared-codebase.js';
import type { SyntaxNode } from './code-model.js';
import { field, kids, lineOf, unquote } from './syntax-helpers.js';

/** Whether a Python file may declare subcommands or start a process in code: cheap, before it is read. */
export function mayDefineCli(text: string): boolean {
  return /\.command\(|add_parser\(|worker_main\(|\bWorker\(|\bBeat\(|\bserve\(|run_simple\(|make_server\(|run_app\(|uvicorn\.run\(/.test(text);
}

/** The module-level function definitions of a file, decorated or not, with their decorators. */
function topFunctions(root: SyntaxNode): { name: string; node: SyntaxNode; decorators: SyntaxNode[] }[] {
  const found: { name: string; node: SyntaxNode; decorators: SyntaxNode[] }[] = [];
  for (const statement of kids(root)) {
    const definition = statement.type === 'decorated_definition' ? field(statement, 'definition') : statement;
    if (definition?.type !== 'function_definition') continue;
    const name = field(definition, 'name')?.text;
    if (!name) continue;
    const decorators = statement.type === 'decorated_definition' ? kids(statement).filter((child) => child.type === 'decorator') : [];
    found.push({ name, node: definition, decorators });
  }
  return found;
}

/** Every call node under a node. */
function callsIn(node: SyntaxNode): SyntaxNode[] {
  return node.descendantsOfType('call').filter((call): call is SyntaxNode => call !== null);
}

/** A string literal's text, undefined for anything else (an f-string with interpolations too). */
function stringOf(node: SyntaxNode | undefined): string | undefined {
  if (node?.type !== 'string' || node.descendantsOfType('interpolation').length > 0) return undefined;
  return unquote(node.text);
}

/** A call's positional arguments and its keyword arguments by name. */
function argumentsOf(call: SyntaxNode): { positional: SyntaxNode[]; named: Map<string, SyntaxNode> } {
  const positional: SyntaxNode[] = [];
  const named = new Map<string, SyntaxNode>();
  const list = field(call, 'arguments');
  for (const argument of list ? kids(list) : []) {
    if (argument.type === 'comment') continue;
    if (argument.type === 'keyword_argument') {
      const key = field(argument, 'name')?.text;
      const value = field(argument, 'value');
      if (key && value) named.set(key, value);
    } else positional.push(argument);
  }
  return { positional, named };
}

/**
 * The subcommand (or, for `group`, the nested group) a click or typer decorator makes of its
 * function: `@run.command()`, `@app.command("x")`, with the object it hangs on (`run`, `app`);
 * undefined for any other decorator.
 */
function decoratedCommand(decorator: SyntaxNode, functionName: string, kind: 'command' | 'group' = 'command'): { word: string; on: string } | undefined {
  const call = kids(decorator).find((child) => child.type === 'call');
  const callee = call ? field(call, 'function') : undefined;
  const on = callee?.type === 'attribute' ? field(callee, 'object')?.text : undefined;
  // `@click.command()` alone is a program of its own, not a subcommand of a group.
  if (!call || callee?.type !== 'attribute' || field(callee, 'attribute')?.text !== kind || on === undefined || on === 'click') return undefined;
  const { positional, named } = argumentsOf(call);
  const given = stringOf(positional[0]) ?? stringOf(named.get('name'));
  return { word: given ?? functionName.replace(/_/g, '-'), on };
}

/**
 * The words naming each nested command group of a file (`runnel server start`: commands hang on
 * `server_app`, the group `server`): a typer app added with `app.add_typer(server_app,
 * name="server")`, or with no name its own `Typer(name="server")` (Prefect's `PrefectTyper`); a
 * click group made by `@cli.group()` on `def server` or added by `cli.add_command(server)`. A
 * group added to another nested one is named by both words. Objects added to nothing here (the
 * console script's root app) name no words.
 */
function groupWords(root: SyntaxNode, functions: ReturnType<typeof topFunctions>): Map<string, string> {
  const constructedName = new Map<string, string>();
  const parent = new Map<string, { on: string; word: string }>();
  for (const call of callsIn(root)) {
    const holder = call.parent?.type === 'assignment' ? field(call.parent, 'left') : undefined;
    const given = stringOf(argumentsOf(call).named.get('name'));
    if (holder?.type === 'identifier' && given !== undefined) constructedName.set(holder.text, given);
  }
  for (const definition of functions) {
    for (const decorator of definition.decorators) {
      const group = decoratedCommand(decorator, definition.name, 'group');
      if (group) parent.set(definition.name, group);
      // `@click.group("db")` on `def database`: a group of its own until something adds it.
      const call = kids(decorator).find((child) => child.type === 'call');
      const callee = call ? field(call, 'function') : undefined;
      if (call && callee?.type === 'attribute' && callee.text === 'click.group') constructedName.set(definition.name, stringOf(argumentsOf(call).positional[0]) ?? stringOf(argumentsOf(call).named.get('name')) ?? definition.name.replace(/_/g, '-'));
    }
  }
  for (const call of callsIn(root)) {
    const callee = field(call, 'function');
    const method = callee?.type === 'attribute' ? field(callee, 'attribute')?.text : undefined;
    const on = callee?.type === 'attribute' ? field(callee, 'object')?.text : undefined;
    if ((method !== 'add_typer' && method !== 'add_command') || on === undefined) continue;
    const { positional, named } = argumentsOf(call);
    const added = positional[0]?.type === 'identifier' ? positional[0].text : undefined;
    if (added === undefined) continue;
    const word = stringOf(named.get('name')) ?? stringOf(positional[1]) ?? constructedName.get(added) ?? (method === 'add_command' && parent.has(added) ? parent.get(added)?.word : undefined);
    if (word !== undefined) parent.set(added, { on, word });
  }
  const words = new Map<string, string>();
  const wordsOf = (name: string, seen: Set<string>): string | undefined => {
    const link = parent.get(name);
    if (!link || seen.has(name)) return undefined;
    seen.add(name);
    const above = wordsOf(link.on, seen);
    return above === undefined ? link.word : `${above} ${link.word}`;
  };
  for (const name of parent.keys()) {
    const found = wordsOf(name, new Set());
    if (found !== undefined) words.set(name, found);
  }
  return words;
}

/** A `set_defaults(func=…)` value's function: a local name (`run_scheduler`) or a module's (`scheduler_cmd.run`). */
function functionReference(node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  return /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?$/.test(node.text) ? node.text : undefined;
}

/** argparse subparsers with their function: `add_parser("x").set_defaults(func=f)`, or `p = sub.add_parser("x")` then `p.set_defaults(func=f)`. */
function argparseCommands(root: SyntaxNode): CliCommand[] {
  const commands: CliCommand[] = [];
  const calls = callsIn(root);
  const parsers = new Map<string, { word: string; line: number }>();
  const method = (call: SyntaxNode): { name?: string; object?: SyntaxNode } => {
    const callee = field(call, 'function');
    return callee?.type === 'attribute' ? { name: field(callee, 'attribute')?.text, object: field(callee, 'object') } : {};
  };
  for (const call of calls) {
    if (method(call).name !== 'add_parser') continue;
    const word = stringOf(argumentsOf(call).positional[0]);
    if (word === undefined) continue;
    // `scheduler = sub.add_parser("scheduler")`.
    const holder = call.parent?.type === 'assignment' ? field(call.parent, 'left') : undefined;
    if (holder?.type === 'identifier') parsers.set(holder.text, { word, line: lineOf(call) });
  }
  for (const call of calls) {
    const { name, object } = method(call);
    if (name !== 'set_defaults' || !object) continue;
    const target = functionReference(argumentsOf(call).named.get('func'));
    if (target === undefined) continue;
    const inner = object.type === 'call' && method(object).name === 'add_parser' ? stringOf(argumentsOf(object).positional[0]) : undefined;
    const held = object.type === 'identifier' ? parsers.get(object.text) : undefined;
    const word = inner ?? held?.word;
    if (word !== undefined) commands.push({ word, function: target, line: inner !== undefined ? lineOf(object) : (held?.line ?? lineOf(call)) });
  }
  return commands;
}

/** Server functions running a web application in-process, by the called name. */
const WEB_SERVERS = new Set(['serve', 'run_simple', 'make_server', 'run_app']);
/** Modules whose `run(…)` serves an application. */
const WEB_SERVER_MODULES = new Set(['uvicorn', 'hypercorn', 'granian']);

/** The process a call starts, if it is one: `worker`, `beat`, `web`. */
function startedBy(call: SyntaxNode): string | undefined {
  const callee = field(call, 'function');
  if (!callee) return undefined;
  const name = callee.type === 'attribute' ? field(callee, 'attribute')?.text : callee.text;
  const object = callee.type === 'attribute' ? field(callee, 'object')?.text : undefined;
  if (name === 'worker_main' || (name === 'Worker' && object !== undefined)) return 'worker';
  if (name === 'Beat' && object !== undefined) return 'beat';
  if (name !== undefined && WEB_SERVERS.has(name)) return 'web';
  if (name === 'run' && object !== undefined && WEB_SERVER_MODULES.has(object)) return 'web';
  // `subprocess.run(["celery", "-A", "kiln", "worker"])`, `app.start(argv=["celery", "beat"])`.
  const { positional, named } = argumentsOf(call);
  for (const argument of [positional[0], named.get('argv'), named.get('args')]) {
    if (argument?.type !== 'list') continue;
    const words = kids(argument).map(stringOf);
    if (words.some((word) => word === undefined)) continue;
    const processes = celeryProcesses(words as string[]);
    if (processes !== undefined && processes !== '') return processes;
  }
  return undefined;
}

/**
 * The code-names fact of a file's subcommands and of the processes its module-level functions
 * start, or undefined when it has neither.
 */
export function pythonCliFacts(root: SyntaxNode, evidenceAt: EvidenceAt): CodeNamesFact | undefined {
  const commands: CliCommand[] = [];
  const starts: Record<string, string> = {};
  const functions = topFunctions(root);
  const groups = /add_typer\(|add_command\(|\.group\(/.test(root.text) ? groupWords(root, functions) : new Map<string, string>();
  for (const definition of functions) {
    for (const decorator of definition.decorators) {
      const command = decoratedCommand(decorator, definition.name);
      const group = command ? groups.get(command.on) : undefined;
      if (command) commands.push({ word: group === undefined ? command.word : `${group} ${command.word}`, function: definition.name, line: lineOf(definition.node) });
    }
    const started = new Set(callsIn(definition.node).map(startedBy).filter((process): process is string => process !== undefined).flatMap((process) => process.split(',')));
    if (started.size > 0) starts[definition.name] = ['web', 'worker', 'beat'].filter((process) => started.has(process)).join(',');
  }
  if (root.text.includes('add_parser')) commands.push(...argparseCommands(root));
  if (commands.length === 0 && Object.keys(starts).length === 0) return undefined;
  return { type: 'code-names', declarations: [], uses: {}, ...(commands.length > 0 ? { commands } : {}), ...(Object.keys(starts).length > 0 ? { starts } : {}), evidence: evidenceAt(1) };
}
