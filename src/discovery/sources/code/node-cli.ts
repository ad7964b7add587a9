/**
 * A product's own JavaScript/TypeScript command-line tool, whose subcommands are the processes its
 * deployments run (`command: relay worker`, `entrypoint: ["relay", "webhook"]`, a Kubernetes
 * `args: ["worker"]`): each subcommand's word and the modules its code loads, so that resolution
 * can give a deployable only what its subcommand reaches by imports (core/discovery/node-cli.ts),
 * as python-cli.ts does for click, typer and argparse. Read shapes:
 *
 * - commander: `program.command('worker').description(…).action(handler)`, also
 *   `new Command('worker').action(handler)` (the word is the first of the name, `'sync <id>'` is
 *   `sync`); a `.command(name, description)` with no action is a stand-alone executable, not read;
 * - yargs: `.command('webhook [port]', desc, builder, handler)` (the handler its last function
 *   argument) and `.command({ command: 'webhook', handler })`;
 * - oclif: a command class (`export default class Worker extends Command { async run() {…} }`) in a
 *   `commands/` folder, its word the path below that folder (`commands/queue/drain.ts` is
 *   `queue:drain`, an `index` file its folder's); its code is its own file.
 *
 * A handler's modules are those holding the names its body uses (`startWorker` of
 * `import { startWorker } from './worker'`, a `require`d module's), through the file's own
 * functions it calls, and those it loads itself (`await import('./worker')`): not the other
 * subcommands' modules the tool's file also imports.
 */
import type { CliCommand, CodeNamesFact, EvidenceAt } from '../../../core/discovery/facts.js';
import { folderOf } from '../../../core/discovery/file-paths.js';
import type { SyntaxNode } from './code-model.js';
import { localModule } from './module-imports.js';
import { importedNames, literalText, requiredModule } from './script-imports.js';
import { field, kids, lineOf } from './syntax-helpers.js';

/** Whether a script may declare subcommands: cheap, before it is parsed. */
export function mayDefineNodeCli(path: string, text: string): boolean {
  // Each expression only where a literal it needs is in the text: this runs on every script file,
  // and the expressions, tried from every position, read the text several times slower than `includes`.
  return (
    (text.includes('ommand') && /\.command\s*\(|new\s+Command\s*\(/.test(text)) ||
    (text.includes('export') && /export\s+default\s*\{/.test(text)) ||
    (text.includes('[') && /\w\[[^\]\n]*\]\s*\(/.test(text)) ||
    (/(^|\/)commands\//.test(path) && /\bextends\b/.test(text) && /\brun\s*\(/.test(text))
  );
}

/** Function nodes of the JavaScript and TypeScript grammars (`function` is the older grammars' expression). */
const FUNCTIONS = new Set(['arrow_function', 'function_expression', 'function', 'function_declaration', 'generator_function', 'generator_function_declaration']);

/** The word running a subcommand, from its name as declared: `'sync <id>'` → `sync`; none for yargs' default command `$0`. */
function commandWord(name: string | undefined): string | undefined {
  const word = name?.trim().split(/\s+/)[0];
  return word !== undefined && /^[A-Za-z][\w:-]*$/.test(word) ? word : undefined;
}

/** A call's arguments. */
function argumentsOf(call: SyntaxNode): SyntaxNode[] {
  const list = field(call, 'arguments');
  return list ? kids(list) : [];
}

/** A method call's name and object (`program.command(…)` → `command`, `program`). */
function methodOf(call: SyntaxNode): { name?: string; object?: SyntaxNode } {
  const callee = field(call, 'function');
  return callee?.type === 'member_expression' ? { name: field(callee, 'property')?.text, object: field(callee, 'object') } : {};
}

/** An object literal's entries by key. */
function entriesOf(object: SyntaxNode): Map<string, SyntaxNode> {
  const entries = new Map<string, SyntaxNode>();
  for (const child of kids(object)) {
    if (child.type === 'pair') {
      const key = field(child, 'key');
      const value = field(child, 'value');
      const name = key?.type === 'property_identifier' ? key.text : literalText(key);
      if (name !== undefined && value) entries.set(name, value);
    } else if (child.type === 'shorthand_property_identifier') entries.set(child.text, child);
    else if (child.type === 'method_definition') {
      const name = field(child, 'name')?.text;
      if (name) entries.set(name, child);
    }
  }
  return entries;
}

/** The call a call's result is the object of, when it is a method call on it (`x.command('a')` → `x.command('a').action(…)`). */
function chainedCall(call: SyntaxNode): SyntaxNode | undefined {
  const member = call.parent;
  const next = member?.type === 'member_expression' && field(member, 'object')?.id === call.id ? member.parent : undefined;
  return next?.type === 'call_expression' ? next : undefined;
}

/** The handler given to `.action(…)` further down a commander chain starting at `start`. */
function actionOf(start: SyntaxNode): SyntaxNode | undefined {
  for (let call = chainedCall(start), hops = 0; call && hops < 32; call = chainedCall(call), hops += 1) {
    const name = methodOf(call).name;
    if (name === 'action') return argumentsOf(call)[0];
    // Another `.command(…)` on the result starts a nested subcommand.
    if (name === 'command') return undefined;
  }
  return undefined;
}

/** The subcommands a file's commander and yargs calls declare, each with its handler. */
function declaredCommands(root: SyntaxNode): { word: string; handler: SyntaxNode; at: SyntaxNode }[] {
  const found: { word: string; handler: SyntaxNode; at: SyntaxNode }[] = [];
  for (const node of root.descendantsOfType(['call_expression', 'new_expression'])) {
    if (!node) continue;
    const args = argumentsOf(node);
    if (node.type === 'new_expression') {
      // commander's `new Command('worker').action(handler)`.
      if (field(node, 'constructor')?.text.replace(/^.*\./, '') !== 'Command') continue;
      const word = commandWord(literalText(args[0]));
      const handler = word !== undefined ? actionOf(node) : undefined;
      if (word !== undefined && handler) found.push({ word, handler, at: node });
      continue;
    }
    if (methodOf(node).name !== 'command') continue;
    const first = args[0];
    if (first?.type === 'object') {
      // yargs' command module written in place: `{ command: 'webhook', handler }`.
      const entries = entriesOf(first);
      const word = commandWord(literalText(entries.get('command')));
      const handler = entries.get('handler');
      if (word !== undefined && handler) found.push({ word, handler, at: node });
      continue;
    }
    const name = first?.type === 'array' ? kids(first)[0] : first;
    const word = commandWord(literalText(name));
    if (word === undefined) continue;
    // yargs: the handler is the last argument past the description, a function or a name.
    const last = args.length >= 3 ? args[args.length - 1] : undefined;
    const handler = last && (FUNCTIONS.has(last.type) || last.type === 'identifier' || last.type === 'member_expression') ? last : actionOf(node);
    if (handler) found.push({ word, handler, at: node });
  }
  // In the order written: a chain's outermost call comes first in the tree.
  return found.sort((left, right) => (field(left.at, 'arguments') ?? left.at).startIndex - (field(right.at, 'arguments') ?? right.at).startIndex);
}

/** The file's own top-level functions by name: declarations and `const f = () => …`. */
function ownFunctions(root: SyntaxNode): Map<string, SyntaxNode> {
  const functions = new Map<string, SyntaxNode>();
  for (const statement of kids(root)) {
    const declaration = statement.type === 'export_statement' ? field(statement, 'declaration') : statement;
    if (!declaration) continue;
    if (FUNCTIONS.has(declaration.type)) {
      const name = field(declaration, 'name')?.text;
      if (name) functions.set(name, declaration);
    } else if (declaration.type === 'lexical_declaration' || declaration.type === 'variable_declaration') {
      for (const declarator of kids(declaration).filter((child) => child.type === 'variable_declarator')) {
        const name = field(declarator, 'name');
        const value = field(declarator, 'value');
        if (name?.type === 'identifier' && value && FUNCTIONS.has(value.type)) functions.set(name.text, value);
      }
    }
  }
  return functions;
}

/** The modules a handler's code loads: those of the imported names it uses, through the file's own functions it calls, and those it loads itself. */
function handlerModules(handler: SyntaxNode, imported: ReadonlyMap<string, string>, own: ReadonlyMap<string, SyntaxNode>): string[] {
  const modules = new Set<string>();
  const seen = new Set<number>();
  const pending = [handler];
  while (pending.length > 0) {
    const node = pending.pop() as SyntaxNode;
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    const names = node.type === 'identifier' ? [node] : node.descendantsOfType('identifier').filter((name): name is SyntaxNode => name !== null);
    for (const name of names) {
      const from = imported.get(name.text);
      if (from !== undefined) modules.add(from);
      const local = own.get(name.text);
      if (local) pending.push(local);
    }
    for (const call of node.descendantsOfType('call_expression')) {
      const loaded = call ? requiredModule(call) : undefined;
      if (loaded !== undefined) modules.add(loaded);
    }
  }
  return [...modules];
}

/** A file's modules as the module-imports fact writes them: relative ones resolved against the folder, bare ones as written. */
function resolvedLoads(path: string, specifiers: readonly string[]): { files: string[]; bare?: string[] } {
  const files: string[] = [];
  const bare: string[] = [];
  for (const specifier of specifiers) {
    const local = localModule(folderOf(path), specifier);
    if (local?.file !== undefined) files.push(local.file);
    if (local?.bare !== undefined) bare.push(local.bare);
  }
  return { files: [...new Set(files)], ...(bare.length > 0 ? { bare: [...new Set(bare)] } : {}) };
}

/** The word of an oclif command file by its path below `commands/`: `queue/drain` → `queue:drain`, `queue/index` → `queue`. */
export function oclifCommandWord(path: string): string | undefined {
  const at = path.lastIndexOf('commands/');
  if (at < 0 || (at > 0 && path[at - 1] !== '/')) return undefined;
  const segments = path.slice(at + 'commands/'.length).replace(/\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/, '').split('/');
  if (segments[segments.length - 1] === 'index') segments.pop();
  const word = segments.join(':');
  return /^[A-Za-z][\w:-]*$/.test(word) ? word : undefined;
}

/** An oclif command class of the file: a class extending another, with a `run` method, exported. */
function oclifCommand(root: SyntaxNode): { name: string; at: SyntaxNode } | undefined {
  for (const statement of kids(root)) {
    if (statement.type !== 'export_statement') continue;
    const declaration = field(statement, 'declaration') ?? kids(statement).find((child) => child.type === 'class' || child.type === 'class_declaration');
    if (declaration?.type !== 'class_declaration' && declaration?.type !== 'class' && declaration?.type !== 'abstract_class_declaration') continue;
    if (declaration.type === 'abstract_class_declaration' || !kids(declaration).some((child) => child.type === 'class_heritage')) continue;
    const body = field(declaration, 'body');
    const runs = body ? kids(body).some((member) => member.type === 'method_definition' && field(member, 'name')?.text === 'run') : false;
    if (runs) return { name: field(declaration, 'name')?.text ?? 'default', at: declaration };
  }
  return undefined;
}

/** A file's name as a service map's: its base name, its folder's for an `index` (`services/index.ts` → `services`). */
function registryName(path: string): string | undefined {
  const segments = path.replace(/\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/, '').split('/');
  const name = segments[segments.length - 1] === 'index' ? segments[segments.length - 2] : segments[segments.length - 1];
  return name !== undefined && /^[A-Za-z][\w-]*$/.test(name) ? name : undefined;
}

/**
 * A service map: `export default { web, worker, collaboration }` whose every value is a module of
 * its own (a default-imported name, `() => import('./worker')`), one process started per key the
 * entry's option names (`--services=web,worker`). Each key is an entry whose code is its module;
 * an object holding anything else (settings, functions written in place) is no such map.
 */
function serviceMap(path: string, root: SyntaxNode): CliCommand[] {
  const name = registryName(path);
  if (name === undefined) return [];
  const imported = importedNames(root);
  for (const statement of kids(root)) {
    if (statement.type !== 'export_statement' || !/^export\s+default\b/.test(statement.text)) continue;
    const object = kids(statement).find((child) => child.type === 'object');
    if (!object) continue;
    const found: CliCommand[] = [];
    for (const [key, value] of entriesOf(object)) {
      let module: string | undefined;
      if (value.type === 'identifier' || value.type === 'shorthand_property_identifier') module = imported.get(value.text);
      else if (value.type === 'arrow_function' || value.type === 'function_expression') {
        const body = field(value, 'body');
        const call = body?.type === 'statement_block' ? body.descendantsOfType('return_statement')[0]?.namedChildren[0] : body;
        // `import('./worker').then((m) => m.default)`: the module the chain starts with.
        let loaded = call;
        while (loaded?.type === 'call_expression' && field(loaded, 'function')?.type === 'member_expression') loaded = field(field(loaded, 'function') as SyntaxNode, 'object');
        module = loaded ? requiredModule(loaded) : undefined;
      }
      if (module === undefined) return [];
      found.push({ word: key, function: value.text, line: lineOf(value), loads: resolvedLoads(path, [module]), registry: name });
    }
    return found.length >= 2 ? found : [];
  }
  return [];
}

/**
 * The list an entry takes when its option is not given: `getArg('services', 'web,worker')` or
 * `process.env.SERVICES ?? 'web,worker'`, where the file indexes a name of that option's map
 * (`services[name](…)`); the option's name is the map's.
 */
function serviceDefaults(root: SyntaxNode): CliCommand[] {
  const indexed = new Set<string>();
  for (const access of root.descendantsOfType('subscript_expression')) {
    const object = access ? field(access, 'object') : undefined;
    if (object?.type === 'identifier') indexed.add(object.text);
  }
  if (indexed.size === 0) return [];
  const list = (node: SyntaxNode | undefined): string[] | undefined => {
    const text = literalText(node);
    const names = text?.split(',').map((item) => item.trim()).filter((item) => item !== '');
    return names !== undefined && names.length > 0 && names.every((item) => /^[A-Za-z][\w-]*$/.test(item)) ? names : undefined;
  };
  const found: CliCommand[] = [];
  for (const node of root.descendantsOfType(['call_expression', 'binary_expression'])) {
    if (!node) continue;
    let option: string | undefined;
    let defaults: string[] | undefined;
    if (node.type === 'call_expression') {
      const args = argumentsOf(node);
      option = literalText(args[0])?.replace(/^-+/, '');
      defaults = list(args[1]);
    } else if (['??', '||'].includes(field(node, 'operator')?.text ?? '')) {
      const env = /^process\.env\.(\w+)$/.exec(field(node, 'left')?.text ?? '');
      option = env?.[1]?.toLowerCase();
      defaults = list(field(node, 'right'));
    }
    if (option !== undefined && defaults !== undefined && indexed.has(option)) found.push({ word: '', function: '', line: lineOf(node), registry: option, defaults });
  }
  return found;
}

/** The code-names fact of a script's subcommands, or undefined when it declares none. */
export function nodeCliFacts(path: string, root: SyntaxNode, evidenceAt: EvidenceAt): CodeNamesFact | undefined {
  const commands: CliCommand[] = [];
  const oclifWord = oclifCommandWord(path);
  const oclif = oclifWord !== undefined ? oclifCommand(root) : undefined;
  if (oclif && oclifWord !== undefined) commands.push({ word: oclifWord, function: oclif.name, line: lineOf(oclif.at), loads: { files: [path] } });
  const declared = declaredCommands(root);
  if (declared.length > 0) {
    const imported = importedNames(root);
    const own = ownFunctions(root);
    for (const { word, handler, at } of declared) {
      commands.push({ word, function: handler.type === 'identifier' || handler.type === 'member_expression' ? handler.text : '', line: lineOf(at), loads: resolvedLoads(path, handlerModules(handler, imported, own)) });
    }
  }
  commands.push(...serviceMap(path, root), ...serviceDefaults(root));
  if (commands.length === 0) return undefined;
  return { type: 'code-names', declarations: [], uses: {}, commands, evidence: evidenceAt(commands[0]?.line ?? 1) };
}
