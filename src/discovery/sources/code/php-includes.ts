/**
 * What a PHP file loads, for which processes run it (core/discovery/php-processes.ts): the files it
 * `require`s or `include`s (paths evaluated: `__DIR__ . '/../init.php'`, `dirname(__DIR__, 2)`,
 * constants of the file from `const`/`define`, each file of a `foreach (glob(…) as $file)` or of a
 * literal list), the classes it names (`use`, `new`, `::class`, static calls, `extends`,
 * `implements`; qualified by the file's namespace and `use` clauses) and the classes chosen by the
 * process's arguments (`'Acme\\Workers\\' . ucfirst($argv[1])`, a `match`/`switch` on
 * `$argv[1]`), as one ModuleImportsFact: paths in `files`, the rest as `bare` specifiers.
 */
import type { Fact, ModuleImportsFact } from '../../../core/discovery/facts.js';
import { folderOf } from '../../../core/discovery/file-paths.js';
import { joinPaths } from '../../../core/discovery/node-processes.js';
import { PHP_ARGUMENT, PHP_ASKS, PHP_CLASS, PHP_GLOB, PHP_RESOURCE, type PhpArgumentChoice, type PhpResource } from '../../../core/discovery/php-processes.js';
import type { SourceContext } from '../../source.js';
import type { SyntaxTree } from '../../code-parser.js';
import type { SyntaxNode } from './code-model.js';
import { field, kids } from './syntax-helpers.js';

type Root = SyntaxTree['rootNode'];

/** Files worth reading: they load files or name classes. */
const LOADS = /\b(?:require|include)(?:_once)?\b|\buse\s+\\?[A-Za-z]|\bnew\s+\\?[A-Za-z]|::|\$argv|\b(?:extends|implements)\b|->\s*(?:inject|getResource|get|make)\s*\(/;

/** Whether a PHP file may load other files or name classes (read before parsing). */
export function mayLoadPhp(path: string, text?: string): boolean {
  return /\.php$/i.test(path) && (text === undefined || LOADS.test(text));
}

const INCLUDES = new Set(['include_expression', 'include_once_expression', 'require_expression', 'require_once_expression']);
const RESERVED = new Set(['self', 'static', 'parent']);
/** `$argv[N]` or `$_SERVER['argv'][N]`: the index of the argument. */
const ARGV = /^\$(?:argv|_SERVER\[\s*['"]argv['"]\s*\])\[\s*(\d+)\s*\]$/;

/** The text of a PHP string literal without interpolation, escapes read; undefined for another node. */
function literal(node: SyntaxNode): string | undefined {
  if (node.type !== 'string' && node.type !== 'encapsed_string') return undefined;
  if (kids(node).some((child) => child.type !== 'string_content' && child.type !== 'string_value' && child.type !== 'escape_sequence')) return undefined;
  const inner = node.text.slice(1, -1);
  return node.text.startsWith("'") ? inner.replace(/\\([\\'])/g, '$1') : inner.replace(/\\([\\"$])/g, '$1').replace(/\\n/g, '\n').replace(/\\t/g, '\t');
}

/**
 * Registrations of a factory under a name, run only when a process first asks for the name:
 * utopia-php's `App::setResource('queueForMails', fn () => new Mail(…))` and Registry
 * `$register->set('cache', function () { … })`, a container's `bind`/`singleton`.
 */
const LAZY_REGISTRATIONS = new Set(['setresource', 'set', 'bind', 'singleton']);
/** Asking for a registered factory's product by name: `->inject('queueForMails')` (utopia-php actions and jobs), `getResource`, Registry `get`, a container's `make`. */
const RESOURCE_ASKS = new Set(['inject', 'getresource', 'get', 'make']);
const CLOSURES = new Set(['anonymous_function_creation_expression', 'anonymous_function', 'arrow_function']);
const CALLS = ['member_call_expression', 'nullsafe_member_call_expression', 'scoped_call_expression'];

/** The name of a `namespace_use_clause` or group clause and the short name it takes. */
function useClauses(root: Root): Map<string, string> {
  const uses = new Map<string, string>();
  for (const declaration of root.descendantsOfType('namespace_use_declaration')) {
    if (!declaration) continue;
    // `use function …` and `use const …` name no class.
    if (/^use\s+(?:function|const)\b/.test(declaration.text)) continue;
    const group = kids(declaration).find((child) => child.type === 'namespace_use_group');
    const prefix = group ? kids(declaration).find((child) => child.type === 'namespace_name')?.text : undefined;
    const clauses = group ? kids(group) : kids(declaration).filter((child) => child.type === 'namespace_use_clause');
    for (const clause of clauses) {
      const name = kids(clause).find((child) => child.type === 'qualified_name' || child.type === 'name' || child.type === 'namespace_name');
      if (!name) continue;
      const full = `${prefix ? `${prefix}\\` : ''}${name.text}`.replace(/^\\/, '');
      const alias = kids(clause).find((child) => child.type === 'namespace_aliasing_clause');
      const short = alias ? kids(alias)[0]?.text : full.split('\\').pop();
      if (short) uses.set(short.toLowerCase(), full);
    }
  }
  return uses;
}

/** Reads one PHP file's loads (see the module comment); none when it loads nothing. */
export function phpModuleImports(root: Root, path: string, evidenceAt: SourceContext['evidenceAt']): Fact[] {
  const folder = folderOf(path);
  const namespace = root.descendantsOfType('namespace_definition')[0];
  const space = namespace ? (field(namespace, 'name')?.text ?? '') : '';
  const uses = useClauses(root);
  const qualify = (written: string): string | undefined => {
    if (RESERVED.has(written.toLowerCase())) return undefined;
    if (written.startsWith('\\')) return written.slice(1);
    if (/^namespace\\/i.test(written)) return `${space ? `${space}\\` : ''}${written.slice('namespace\\'.length)}`;
    const [first, ...rest] = written.split('\\');
    const used = uses.get((first as string).toLowerCase());
    if (used !== undefined) return [used, ...rest].join('\\');
    return space ? `${space}\\${written}` : written;
  };

  // Constants of the file (`const ROOT = __DIR__ . '/..'`, `define('ROOT', …)`), evaluated in order.
  const constants = new Map<string, string>();
  /** A path or string expression's value; paths of the scan start with `/` (`__DIR__` is `/<folder>`). */
  const evaluate = (node: SyntaxNode | undefined, loop?: { variable: string; value: string }): string | undefined => {
    if (!node) return undefined;
    switch (node.type) {
      case 'string':
      case 'encapsed_string':
        return literal(node);
      case 'parenthesized_expression':
        return evaluate(kids(node)[0], loop);
      case 'name':
        if (node.text === '__DIR__') return `/${folder}`;
        if (node.text === '__FILE__') return `/${path}`;
        return constants.get(node.text);
      case 'variable_name':
        return loop && node.text === loop.variable ? loop.value : undefined;
      case 'binary_expression': {
        const operator = node.children.find((child) => child && !child.isNamed)?.text;
        if (operator !== '.') return undefined;
        const left = evaluate(field(node, 'left'), loop);
        const right = evaluate(field(node, 'right'), loop);
        return left !== undefined && right !== undefined ? left + right : undefined;
      }
      case 'function_call_expression': {
        const callee = field(node, 'function')?.text.toLowerCase();
        const args = kids(field(node, 'arguments') ?? node).filter((child) => child.type === 'argument').map((argument) => kids(argument)[0]);
        if (callee === 'realpath') return evaluate(args[0], loop);
        if (callee === 'dirname') {
          let value = evaluate(args[0], loop);
          const levels = args[1] ? Number(args[1].text) : 1;
          for (let level = 0; value !== undefined && level < levels; level += 1) value = `/${folderOf(joinPaths('', value))}`;
          return value;
        }
        return undefined;
      }
      default:
        return undefined;
    }
  };
  for (const node of root.descendantsOfType(['const_element', 'function_call_expression'])) {
    if (!node) continue;
    if (node.type === 'const_element') {
      const [name, value] = kids(node);
      const evaluated = evaluate(value);
      if (name && evaluated !== undefined) constants.set(name.text, evaluated);
    } else if (field(node, 'function')?.text.toLowerCase() === 'define') {
      const [name, value] = kids(field(node, 'arguments') ?? node).map((argument) => kids(argument)[0]);
      const key = name ? literal(name) : undefined;
      const evaluated = evaluate(value);
      if (key !== undefined && evaluated !== undefined) constants.set(key, evaluated);
    }
  }

  const files: string[] = [];
  const bare: string[] = [];
  /** A path as the scan names it: `/app/x.php` → `app/x.php`; a relative one from the file's folder. */
  const pathOf = (value: string): string => joinPaths(value.startsWith('/') ? '' : folder, value);
  const load = (value: string): void => {
    if (/[*?]/.test(value)) bare.push(`${PHP_GLOB}${pathOf(value)}`);
    else files.push(pathOf(value));
  };
  for (const include of root.descendantsOfType([...INCLUDES])) {
    const argument = include ? kids(include)[0] : undefined;
    if (!include || !argument) continue;
    const value = evaluate(argument);
    if (value !== undefined) {
      load(value);
      continue;
    }
    // `foreach (glob(__DIR__ . '/api/*.php') as $file) include_once $file;`, or over a literal list.
    for (let up = include.parent; up; up = up.parent) {
      if (up.type !== 'foreach_statement') continue;
      const [iterated, variable] = kids(up);
      if (!iterated || variable?.type !== 'variable_name') break;
      const values = iterated.type === 'function_call_expression' && field(iterated, 'function')?.text.toLowerCase() === 'glob' ? [evaluate(kids(kids(field(iterated, 'arguments') ?? iterated)[0] ?? iterated)[0])].map((pattern) => (pattern !== undefined ? `glob:${pattern}` : undefined)) : iterated.type === 'array_creation_expression' ? kids(iterated).map((element) => evaluate(kids(element).at(-1))) : [];
      for (const item of values) {
        if (item === undefined) continue;
        if (item.startsWith('glob:')) {
          // The loop variable is each file the pattern matches, the include its path as given.
          if (kids(include)[0]?.text === variable.text) load(item.slice('glob:'.length));
          continue;
        }
        const each = evaluate(argument, { variable: variable.text, value: item });
        if (each !== undefined) load(each);
      }
      break;
    }
  }

  // Classes chosen by the arguments: a variable holding `$argv[N]`, and concatenations or match/switch arms on it.
  const argumentOf = new Map<string, number>();
  const argvIndex = (node: SyntaxNode | undefined): number | undefined => {
    if (!node) return undefined;
    if (node.type === 'parenthesized_expression') return argvIndex(kids(node)[0]);
    if (node.type === 'binary_expression' && node.children.some((child) => child && !child.isNamed && child.text === '??')) return argvIndex(field(node, 'left'));
    if (node.type === 'variable_name') return argumentOf.get(node.text);
    const match = ARGV.exec(node.text.replace(/\s+/g, ''));
    return match ? Number(match[1]) : undefined;
  };
  for (const assignment of root.descendantsOfType('assignment_expression')) {
    const index = assignment ? argvIndex(field(assignment, 'right')) : undefined;
    const left = assignment ? field(assignment, 'left') : undefined;
    if (index !== undefined && left?.type === 'variable_name') argumentOf.set(left.text, index);
  }
  const choices: PhpArgumentChoice[] = [];
  const dispatched = new Set<number>();
  if (argumentOf.size > 0 || /\$(?:argv|_SERVER)/.test(root.text)) {
    const TRANSFORMS: Record<string, 'ucfirst' | 'ucwords' | 'lower' | 'upper'> = { ucfirst: 'ucfirst', ucwords: 'ucwords', strtolower: 'lower', strtoupper: 'upper' };
    const argumentPart = (node: SyntaxNode | undefined): { index: number; transform?: 'ucfirst' | 'ucwords' | 'lower' | 'upper' } | undefined => {
      if (!node) return undefined;
      const direct = argvIndex(node);
      if (direct !== undefined) return { index: direct };
      if (node.type !== 'function_call_expression') return undefined;
      const transform = TRANSFORMS[field(node, 'function')?.text.toLowerCase() ?? ''];
      const inner = kids(kids(field(node, 'arguments') ?? node)[0] ?? node)[0];
      const index = transform ? argvIndex(inner) : undefined;
      return index !== undefined ? { index, transform } : undefined;
    };
    for (const node of root.descendantsOfType('binary_expression')) {
      if (!node || node.parent?.type === 'binary_expression') continue;
      // `prefix . f($arg) . suffix`, flattened.
      const parts: SyntaxNode[] = [];
      const flatten = (part: SyntaxNode | undefined): void => {
        if (part?.type === 'binary_expression' && part.children.some((child) => child && !child.isNamed && child.text === '.')) {
          flatten(field(part, 'left'));
          flatten(field(part, 'right'));
        } else if (part) parts.push(part);
      };
      flatten(node);
      const at = parts.findIndex((part) => argumentPart(part) !== undefined);
      if (at < 0 || parts.length < 2) continue;
      const before = parts.slice(0, at).map((part) => literal(part) ?? evaluate(part));
      const after = parts.slice(at + 1).map((part) => literal(part) ?? evaluate(part));
      if ([...before, ...after].some((value) => value === undefined)) continue;
      const prefix = before.join('');
      const suffix = after.join('');
      // A class name: a namespace with a separator, nothing that reads as a path or a message.
      if (!/^\\?(?:[A-Za-z_]\w*\\)+$/.test(prefix) || !/^\w*$/.test(suffix)) continue;
      const part = argumentPart(parts[at]) as { index: number; transform?: 'ucfirst' | 'ucwords' | 'lower' | 'upper' };
      choices.push({ index: part.index, prefix: prefix.replace(/^\\/, ''), suffix, ...(part.transform ? { transform: part.transform } : {}) });
    }
  }
  // Class references, those inside an arm of a match/switch on an argument chosen by it.
  const armOf = (node: SyntaxNode): { index: number; value: string } | undefined => {
    for (let up: SyntaxNode | null = node.parent; up; up = up.parent) {
      const arm = up.type === 'match_conditional_expression' || up.type === 'case_statement' ? up : undefined;
      if (!arm) continue;
      const owner = arm.type === 'case_statement' ? arm.parent?.parent : arm.parent?.parent;
      const condition = owner ? field(owner, 'condition') : undefined;
      const index = argvIndex(condition);
      if (index === undefined) continue;
      const values = arm.type === 'case_statement' ? [field(arm, 'value')] : kids(field(arm, 'conditional_expressions') ?? arm);
      const value = values.map((item) => (item ? literal(item) : undefined)).find((item) => item !== undefined);
      return value !== undefined ? { index, value } : undefined;
    }
    return undefined;
  };
  // Lazy factories: the classes they name and the names they ask for are the process's only when
  // something it runs asks for the factory's name (resolve.ts), so a worker requiring the same
  // init.php as the API does not construct the API's queue publishers or its cache pool.
  const resources: { resource: PhpResource; closure: SyntaxNode }[] = [];
  const asks: { name: string; node: SyntaxNode }[] = [];
  for (const call of root.descendantsOfType(CALLS)) {
    if (!call) continue;
    const method = field(call, 'name')?.text.toLowerCase() ?? '';
    if (!LAZY_REGISTRATIONS.has(method) && !RESOURCE_ASKS.has(method)) continue;
    const args = kids(field(call, 'arguments') ?? call)
      .filter((child) => child.type === 'argument')
      .map((argument) => kids(argument).at(-1));
    const key = args[0] ? literal(args[0]) : undefined;
    if (key === undefined || key === '') continue;
    const body = args[1];
    if (LAZY_REGISTRATIONS.has(method) && body && CLOSURES.has(body.type)) resources.push({ resource: { name: key, lines: [body.startPosition.row + 1, body.endPosition.row + 1], classes: [], asks: [] }, closure: body });
    else if (RESOURCE_ASKS.has(method) && args.length === 1) asks.push({ name: key, node: call });
  }
  /** The innermost lazy factory a node is inside, if any. */
  const lazyOf = (node: SyntaxNode): PhpResource | undefined => {
    let found: { resource: PhpResource; closure: SyntaxNode } | undefined;
    for (const item of resources) {
      if (node.startIndex >= item.closure.startIndex && node.endIndex <= item.closure.endIndex && (!found || item.closure.startIndex >= found.closure.startIndex)) found = item;
    }
    return found?.resource;
  };
  const eagerAsks = new Set<string>();
  for (const ask of asks) {
    const owner = lazyOf(ask.node);
    if (owner) owner.asks.push(ask.name);
    else eagerAsks.add(ask.name);
  }
  const named = new Set<string>();
  const name = (node: SyntaxNode | undefined): void => {
    if (!node || (node.type !== 'name' && node.type !== 'qualified_name')) return;
    const full = qualify(node.text);
    if (full === undefined) return;
    const arm = armOf(node);
    const lazy = arm ? undefined : lazyOf(node);
    if (arm) {
      dispatched.add(arm.index);
      choices.push({ index: arm.index, value: arm.value, name: full });
    } else if (lazy) lazy.classes.push(full);
    else named.add(full);
  };
  // `use` only names a class; autoloading happens where it is used. One used only inside lazy
  // factories is theirs; any other (used elsewhere, or only in a docblock) is loaded as before.
  const lazyUses = new Map<string, Set<PhpResource>>();
  if (resources.length > 0) {
    const eager = new Set<string>();
    for (const node of root.descendantsOfType('name')) {
      if (!node) continue;
      const short = node.text.toLowerCase();
      if (!uses.has(short) || eager.has(short)) continue;
      let inUse = false;
      for (let up = node.parent; up && !inUse; up = up.parent) inUse = up.type === 'namespace_use_declaration';
      if (inUse) continue;
      const lazy = lazyOf(node);
      if (lazy) lazyUses.set(short, new Set([...(lazyUses.get(short) ?? []), lazy]));
      else eager.add(short);
    }
    for (const short of eager) lazyUses.delete(short);
  }
  for (const [short, full] of uses) {
    const owners = lazyUses.get(short);
    if (owners) for (const owner of owners) owner.classes.push(full);
    else named.add(full);
  }
  for (const node of root.descendantsOfType(['object_creation_expression', 'class_constant_access_expression', 'scoped_call_expression', 'scoped_property_access_expression', 'base_clause', 'class_interface_clause', 'binary_expression'])) {
    if (!node) continue;
    if (node.type === 'object_creation_expression') name(kids(node)[0]);
    else if (node.type === 'base_clause' || node.type === 'class_interface_clause') for (const child of kids(node)) name(child);
    else if (node.type === 'binary_expression') {
      if (node.children.some((child) => child && !child.isNamed && child.text === 'instanceof')) name(field(node, 'right'));
    } else name(field(node, 'scope') ?? kids(node)[0]);
  }
  for (const full of named) bare.push(`${PHP_CLASS}${full}`);
  for (const choice of choices) bare.push(`${PHP_ARGUMENT}${JSON.stringify(choice)}`);
  for (const ask of eagerAsks) bare.push(`${PHP_ASKS}${ask}`);
  for (const { resource } of resources) bare.push(`${PHP_RESOURCE}${JSON.stringify({ ...resource, classes: [...new Set(resource.classes)], asks: [...new Set(resource.asks)] })}`);
  if (files.length === 0 && bare.length === 0) return [];
  const fact: ModuleImportsFact = { type: 'module-imports', files: [...new Set(files)], bare: [...new Set(bare)], evidence: evidenceAt(1) };
  return [fact];
}
