/**
 * A Python team's own small functions that settings are read through, recognised by their bodies,
 * not their names:
 *
 * - **env helpers**: a module-level function reading the environment with its parameter, maybe
 *   after or before a literal — `def get_from_env(key, default=None, *, type_cast=None):
 *   value = os.getenv(key) …`, `def _env(key, default=None): return os.environ.get(f"ACME_{key}",
 *   default)` (also `"ACME_" + key`). A call (`_env("REDIS")`) reads that variable (`ACME_REDIS`),
 *   its default being the argument given for the helper's default parameter. A second read of a
 *   `_FILE` variant (`os.environ.get(f"ACME_{key}_FILE")`, a Docker secret's path) is the same
 *   setting: the read with the fewest literal letters around the key is the one taken.
 * - **pass-through functions**: a module-level function every `return` of which gives its
 *   parameter or a string method's result on it (`return (url.replace("unix:", "redis+socket:"), url)`,
 *   `return url.rstrip("/")`), each element of a tuple derived from the one parameter. Such a
 *   function names whatever its argument names, so `_CELERY_URL, _CHANNELS_URL =
 *   _parse_redis_url(_env("REDIS"))` gives each unpacked name the argument's value. A return of
 *   anything else (a literal default, another variable) makes it no pass-through: the argument
 *   would then be only one of the values it may give.
 * - **helpers imported from the project's modules** (`from inkwell.settings._helpers import _env`):
 *   the caller does not see the body, so it reads the key as `env-helper:<module>#_env(REDIS)`
 *   (core/discovery/env-helper-keys.ts), and the module defining the helper binds its key
 *   template (`INKWELL_{}`) under its module's names (envHelperTemplates); resolution joins them.
 *   A relative module is made absolute, and a module outside the project (a library's `config`)
 *   read as any in-house accessor is, by absoluteHelperKeys once the file's path is known.
 */
import { CONNECTION_ID_MODULE, helperCallKey, helperTemplateKey, parseHelperCall, TEMPLATE_HOLE, unprefixedRead, UPPER_HOLE } from '../../../core/discovery/env-helper-keys.js';
import type { BindingFact, EvidenceAt, Fact } from '../../../core/discovery/facts.js';
import type { Shape, SyntaxNode } from './code-model.js';
import { allKids, compact, field, isConfigKey, kids, lineOf, unquote } from './syntax-helpers.js';

/** Where a function's parameter is given: its position among the positional ones (none when keyword-only) and its name. */
export interface ParameterAt {
  at?: number;
  name: string;
}

/** A function reading the environment variable `prefix + key + suffix`, `key` being the argument given for `key`. */
export interface EnvHelper {
  key: ParameterAt;
  fallback?: ParameterAt;
  prefix: string;
  suffix: string;
  /** The key is upper-cased before it is read (`os.environ.get(PREFIX + conn_id.upper())`). */
  upper?: boolean;
}

/** A function returning its argument (or a tuple of `width` values each derived from it). */
export interface PassThrough {
  argument: ParameterAt;
  width?: number;
}

/** What a file's own functions and imports say of the calls it makes. */
export interface FileFunctions {
  helpers: Map<string, EnvHelper>;
  passThrough: Map<string, PassThrough>;
  /** Local names imported by `from X import f` (or `f as g`): the module as written and the name there. */
  importedFrom: Map<string, { module: string; name: string }>;
}

/** The module a read through the file's own object names (`conf.get(…)` where the file makes `conf`), made the file's module once its path is known (absoluteHelperKeys). */
export const OWN_MODULE = '__own_module__';

/** Dagster's deferred env reads, by the names code imports it under (`import dagster as dg`). */
export const DAGSTER_ENV_VARS: readonly string[] = ['', 'dagster.', 'dg.'].flatMap((module) => [`${module}EnvVar`, `${module}EnvVar.int`]);
/** Env reads: `os.getenv(k)`, `getenv(k)`, `os.environ.get(k)`, `environ.get(k)` (`os.environ[k]` is a subscript), Dagster's `EnvVar(k)`. */
const ENV_READS = new Set(['os.getenv', 'getenv', 'os.environ.get', 'environ.get', ...DAGSTER_ENV_VARS]);
/** Words one of which every env read holds (`getenv`, `environ`, `EnvVar`). */
const ENV_WORDS = /getenv|environ|EnvVar/;
/** String methods that keep whom an address names (a scheme changed, a slash trimmed). */
const TEXT_METHODS = new Set(['replace', 'strip', 'rstrip', 'lstrip', 'removesuffix', 'removeprefix', 'lower', 'format_map']);
/** Modules whose functions the code reader already knows as env reads. */
const ENV_MODULES = new Set(['os', 'os.environ']);

const cache = new WeakMap<object, FileFunctions>();

/** The file's env helpers, pass-through functions and imported names, read once per syntax tree. */
export function fileFunctions(node: SyntaxNode): FileFunctions {
  const tree = node.tree;
  const known = cache.get(tree);
  if (known) return known;
  const found = readFunctions(tree.rootNode);
  cache.set(tree, found);
  return found;
}

function readFunctions(root: SyntaxNode): FileFunctions {
  const helpers = new Map<string, EnvHelper>();
  const passThrough = new Map<string, PassThrough>();
  const importedFrom = new Map<string, { module: string; name: string }>();
  const constants = moduleStrings(root);
  for (const statement of kids(root)) {
    if (statement.type === 'import_from_statement') {
      const module = compact(field(statement, 'module_name')?.text ?? '');
      for (const name of statement.childrenForFieldName('name')) {
        if (!name) continue;
        const original = name.type === 'aliased_import' ? field(name, 'name')?.text : name.text;
        const local = name.type === 'aliased_import' ? field(name, 'alias')?.text : name.text;
        if (original && local && /^\w+$/.test(original)) importedFrom.set(local, { module, name: original });
      }
      continue;
    }
    const definition = statement.type === 'decorated_definition' ? field(statement, 'definition') : statement;
    if (definition?.type !== 'function_definition') continue;
    const name = field(definition, 'name')?.text;
    if (!name) continue;
    const helper = envHelperOf(definition, constants);
    if (helper) helpers.set(name, helper);
    else {
      const through = passThroughOf(definition);
      if (through) passThrough.set(name, through);
    }
  }
  return { helpers, passThrough, importedFrom };
}

/** A function's parameters in order, with their positions (none after `*` or `*args`). */
export function parametersOf(definition: SyntaxNode): ParameterAt[] {
  const found: ParameterAt[] = [];
  let position = 0;
  let keywordOnly = false;
  for (const parameter of kids(field(definition, 'parameters') ?? definition)) {
    if (parameter.type === 'list_splat_pattern' || parameter.type === 'keyword_separator' || parameter.type === 'dictionary_splat_pattern') {
      keywordOnly = true;
      continue;
    }
    const name = parameter.type === 'identifier' ? parameter : (field(parameter, 'name') ?? kids(parameter).find((child) => child.type === 'identifier'));
    if (!name || name.type !== 'identifier') continue;
    found.push({ ...(keywordOnly ? {} : { at: position }), name: name.text });
    if (!keywordOnly) position += 1;
  }
  return found;
}

/** Nodes whose bodies are scopes of their own: a read or a return inside one is not the function's. */
const NESTED_SCOPES: ReadonlySet<string> = new Set(['function_definition', 'class_definition', 'lambda']);

/**
 * The body's nodes of the given types outside nested functions, classes and lambdas (whose reads
 * and returns are theirs), by type, in document order. One search of the grammar's own for those
 * types and the nested scopes together: a node lies in a nested scope when it starts before the
 * end of a scope found before it, which needs no walk up its parents (each step a node object,
 * and a descent from the root inside tree-sitter; with four searches, 5 % of a scan's workers).
 * A tree-cursor walk of every node from JavaScript was tried and cost twice as much.
 */
function ownNodes(definition: SyntaxNode, types: readonly string[]): Map<string, SyntaxNode[]> {
  const found = new Map<string, SyntaxNode[]>(types.map((type) => [type, []]));
  const body = field(definition, 'body');
  if (!body) return found;
  // The ends of the nested scopes around the current node, innermost last.
  const scopeEnds: number[] = [];
  for (const node of body.descendantsOfType([...types, ...NESTED_SCOPES])) {
    if (!node) continue;
    while (scopeEnds.length > 0 && (scopeEnds[scopeEnds.length - 1] as number) <= node.startIndex) scopeEnds.pop();
    const type = node.type;
    if (NESTED_SCOPES.has(type)) scopeEnds.push(node.endIndex);
    else if (scopeEnds.length === 0) found.get(type)?.push(node);
  }
  return found;
}

/**
 * The module's plain string constants (`ENV_PREFIX = "ACME_"`), which a helper may build its key
 * from (`name = f"{ENV_PREFIX}{key}"`). Assigned once, at module level, to a string without
 * interpolation; a name assigned twice is left out (which value a helper sees is not known).
 */
export function moduleStrings(root: SyntaxNode): Map<string, string> {
  const found = new Map<string, string>();
  const twice = new Set<string>();
  for (const statement of kids(root)) {
    const assignment = statement.type === 'expression_statement' ? kids(statement)[0] : undefined;
    if (assignment?.type !== 'assignment') continue;
    const left = field(assignment, 'left');
    const right = field(assignment, 'right');
    if (left?.type !== 'identifier') continue;
    if (found.has(left.text) || twice.has(left.text)) {
      found.delete(left.text);
      twice.add(left.text);
      continue;
    }
    if (right?.type !== 'string' || allKids(right).some((child) => child.type === 'interpolation')) continue;
    found.set(left.text, allKids(right).filter((child) => child.type === 'string_content').map((child) => child.text).join(''));
  }
  return found;
}

/** A parameter standing in a key expression, maybe upper-cased (`key.upper()`, `section.replace(".", "_").upper()`). */
export interface KeyHole {
  param: string;
  upper: boolean;
  /** The separator a dotted key's dots are replaced with (`key.replace(".", "__")`), when they are. */
  nested?: string;
}

/**
 * How a key expression is made from parameters: literal text and holes in order, `texts` having one
 * more element than `holes` (`f"ACME_{key}"` → `ACME_`, key, ``). The parameters alone or between
 * literals (`f"ACME_{key}"`, `"ACME_" + key`), the module's string constants (`f"{ENV_PREFIX}{key}"`)
 * and the function's own locals assigned once from such an expression (`name = f"{ENV_PREFIX}{key}"`
 * then `os.environ.get(name)`) counting as literals; a parameter may be upper-cased on the way
 * (`key.upper()`, after a `.replace(…)` of separators). Undefined when anything else is in it, or
 * the text around the holes is not a variable's letters.
 */
export function keyTemplateOf(node: SyntaxNode, names: ReadonlySet<string>, locals: ReadonlyMap<string, SyntaxNode> = new Map(), constants: ReadonlyMap<string, string> = new Map()): { texts: string[]; holes: KeyHole[] } | undefined {
  const pieces: (string | KeyHole)[] = [];
  let depth = 0;
  // `key`, `key.upper()`, `key.replace(".", "_").upper()`: the parameter, and whether it is upper-cased.
  const holeOf = (part: SyntaxNode): KeyHole | undefined => {
    if (part.type === 'identifier') return names.has(part.text) ? { param: part.text, upper: false } : undefined;
    const callee = part.type === 'call' ? field(part, 'function') : undefined;
    const object = callee?.type === 'attribute' ? field(callee, 'object') : undefined;
    const method = callee ? field(callee, 'attribute')?.text : undefined;
    if (!object || (method !== 'upper' && method !== 'replace')) return undefined;
    const inner = holeOf(object);
    if (!inner) return undefined;
    // `key.replace(".", "__")`: a dotted key's levels joined by the separator.
    const [from, to] = method === 'replace' ? kids(field(part, 'arguments') ?? part).filter((item) => item.type === 'string').map((item) => unquote(item.text)) : [];
    const nested = from === '.' && to !== undefined && /^\w+$/.test(to) ? to : inner.nested;
    return { param: inner.param, upper: inner.upper || method === 'upper', ...(nested !== undefined ? { nested } : {}) };
  };
  const flatten = (part: SyntaxNode): boolean => {
    if (part.type === 'identifier' && !names.has(part.text)) {
      const local = locals.get(part.text);
      if (local && depth < 4) {
        depth += 1;
        const ok = flatten(local);
        depth -= 1;
        return ok;
      }
      const constant = constants.get(part.text);
      if (constant !== undefined) {
        pieces.push(constant);
        return true;
      }
      return false;
    }
    // A class's own constant (`self.ENV_VAR_PREFIX`, `cls.PREFIX`), when the constants hold it.
    if (part.type === 'attribute' && /^(?:self|cls)$/.test(field(part, 'object')?.text ?? '')) {
      const constant = constants.get(field(part, 'attribute')?.text ?? '');
      if (constant === undefined) return false;
      pieces.push(constant);
      return true;
    }
    if (part.type === 'binary_operator' && field(part, 'operator')?.text === '+') {
      const left = field(part, 'left');
      const right = field(part, 'right');
      return left !== undefined && right !== undefined && flatten(left) && flatten(right);
    }
    if (part.type === 'parenthesized_expression' && kids(part).length === 1) return flatten(kids(part)[0] as SyntaxNode);
    if (part.type === 'string') {
      for (const child of allKids(part)) {
        if (child.type === 'string_content' || child.type === 'escape_sequence') pieces.push(child.text);
        else if (child.type === 'interpolation') {
          const inner = field(child, 'expression') ?? kids(child)[0];
          // A format spec or conversion (`{key!r}`, `{key:>4}`) changes the text: not a plain key.
          if (!inner || kids(child).length > 1) return false;
          if (!flatten(inner)) return false;
        }
      }
      return true;
    }
    const hole = holeOf(part);
    if (!hole) return false;
    pieces.push(hole);
    return true;
  };
  if (!flatten(node)) return undefined;
  const texts: string[] = [''];
  const holes: KeyHole[] = [];
  for (const piece of pieces) {
    if (typeof piece === 'string') texts[texts.length - 1] += piece;
    else {
      holes.push(piece);
      texts.push('');
    }
  }
  // Only letters, digits and underscores around the keys: the name of a variable.
  return holes.length > 0 && texts.every((text) => /^\w*$/.test(text)) ? { texts, holes } : undefined;
}

/** How a key expression is made from one parameter: the parameter, the text before and after it, and whether it is upper-cased. */
function keyOf(node: SyntaxNode, names: ReadonlySet<string>, locals: ReadonlyMap<string, SyntaxNode> = new Map(), constants: ReadonlyMap<string, string> = new Map()): { param: string; prefix: string; suffix: string; upper: boolean } | undefined {
  const template = keyTemplateOf(node, names, locals, constants);
  const hole = template?.holes[0];
  if (!template || !hole || template.holes.length !== 1) return undefined;
  return { param: hole.param, prefix: template.texts[0] as string, suffix: template.texts[1] as string, upper: hole.upper };
}

/** The env helper a function is, when its body reads the environment with a parameter. */
export function envHelperOf(definition: SyntaxNode, constants: ReadonlyMap<string, string> = new Map()): EnvHelper | undefined {
  // Every env read's text holds one of these words (ENV_READS, `os.environ[…]`): a function
  // without them reads nothing, and most functions are such.
  if (!ENV_WORDS.test(definition.text)) return undefined;
  const parameters = parametersOf(definition);
  const names = new Set(parameters.map((parameter) => parameter.name));
  // Locals assigned once in the body (`name = f"{ENV_PREFIX}{key}"`): a key may be built in steps.
  const assigned = new Map<string, SyntaxNode | null>();
  const own = ownNodes(definition, ['assignment', 'call', 'subscript']);
  for (const assignment of own.get('assignment') as SyntaxNode[]) {
    const left = field(assignment, 'left');
    const right = field(assignment, 'right');
    if (left?.type !== 'identifier' || !right || names.has(left.text)) continue;
    assigned.set(left.text, assigned.has(left.text) ? null : right);
  }
  const locals = new Map([...assigned].filter((entry): entry is [string, SyntaxNode] => entry[1] !== null));
  const keyIn = (node: SyntaxNode) => keyOf(node, names, locals, constants);
  const reads: { param: string; prefix: string; suffix: string; upper: boolean; fallback?: string }[] = [];
  for (const call of own.get('call') as SyntaxNode[]) {
    if (!ENV_READS.has(compact(field(call, 'function')?.text ?? ''))) continue;
    const args = kids(field(call, 'arguments') as SyntaxNode);
    const key = args[0] && args[0].type !== 'keyword_argument' ? keyIn(args[0]) : undefined;
    if (!key) continue;
    const second = args[1]?.type === 'keyword_argument' ? field(args[1], 'value') : args[1];
    reads.push({ ...key, ...(second?.type === 'identifier' && names.has(second.text) ? { fallback: second.text } : {}) });
  }
  for (const subscript of own.get('subscript') as SyntaxNode[]) {
    const object = compact(field(subscript, 'value')?.text ?? '');
    const index = field(subscript, 'subscript');
    const key = (object === 'os.environ' || object === 'environ') && index ? keyIn(index) : undefined;
    if (key) reads.push(key);
  }
  // The plain read over a `_FILE` variant: the fewest letters around the key.
  const read = reads.sort((left, right) => left.prefix.length + left.suffix.length - (right.prefix.length + right.suffix.length))[0];
  if (!read) return undefined;
  const key = parameters.find((parameter) => parameter.name === read.param) as ParameterAt;
  // The default: what the read falls back on, else a parameter called so (`return value or default`).
  const fallbackName = read.fallback ?? reads.find((other) => other.fallback !== undefined)?.fallback ?? parameters.find((parameter) => /^(?:default|fallback|default_value)$/.test(parameter.name))?.name;
  const fallback = fallbackName !== undefined && fallbackName !== read.param ? parameters.find((parameter) => parameter.name === fallbackName) : undefined;
  return { key, ...(fallback ? { fallback } : {}), prefix: read.prefix, suffix: read.suffix, ...(read.upper ? { upper: true } : {}) };
}

/** The pass-through a function is, when every return gives its one parameter or a string method's result on it. */
export function passThroughOf(definition: SyntaxNode): PassThrough | undefined {
  const parameters = parametersOf(definition);
  const names = new Set(parameters.map((parameter) => parameter.name));
  const returns = ownNodes(definition, ['return_statement']).get('return_statement') as SyntaxNode[];
  if (returns.length === 0) return undefined;
  let param: string | undefined;
  let width: number | undefined | null = null;
  const derived = (node: SyntaxNode): boolean => {
    if (node.type === 'parenthesized_expression' && kids(node).length === 1) return derived(kids(node)[0] as SyntaxNode);
    if (node.type === 'identifier') {
      if (!names.has(node.text) || (param !== undefined && param !== node.text)) return false;
      param = node.text;
      return true;
    }
    const callee = node.type === 'call' ? field(node, 'function') : undefined;
    const object = callee?.type === 'attribute' ? field(callee, 'object') : undefined;
    return object !== undefined && TEXT_METHODS.has(field(callee as SyntaxNode, 'attribute')?.text ?? '') && derived(object);
  };
  for (const statement of returns) {
    const value = kids(statement)[0];
    if (!value) return undefined;
    const inner = value.type === 'parenthesized_expression' && kids(value).length === 1 && kids(value)[0]?.type === 'tuple' ? (kids(value)[0] as SyntaxNode) : value;
    const elements = inner.type === 'tuple' || inner.type === 'expression_list' ? kids(inner) : [inner];
    const own = inner.type === 'tuple' || inner.type === 'expression_list' ? elements.length : undefined;
    if (width !== null && width !== own) return undefined;
    width = own;
    // A return of literals only is the function's fallback when it is given nothing
    // (`if url is None: return ("redis://localhost:6379", …)`), as `os.getenv(key, default)`
    // falls back: what the argument names is still what the deployment's setting makes it.
    if (elements.every(isPlainString)) continue;
    if (!elements.every(derived)) return undefined;
  }
  const argument = parameters.find((parameter) => parameter.name === param);
  return argument ? { argument, ...(width !== null && width !== undefined ? { width } : {}) } : undefined;
}

/** A string literal without interpolation. */
function isPlainString(node: SyntaxNode): boolean {
  return node.type === 'string' && !allKids(node).some((child) => child.type === 'interpolation');
}

/** The argument a call gives for a parameter: by position, else by keyword. */
export function argumentFor(call: SyntaxNode, parameter: ParameterAt | undefined): SyntaxNode | undefined {
  if (!parameter) return undefined;
  const args = kids(field(call, 'arguments') ?? call);
  const positional = args.filter((arg) => arg.type !== 'keyword_argument' && arg.type !== 'list_splat' && arg.type !== 'dictionary_splat');
  if (parameter.at !== undefined && positional[parameter.at]) return positional[parameter.at];
  const named = args.find((arg) => arg.type === 'keyword_argument' && field(arg, 'name')?.text === parameter.name);
  return named ? field(named, 'value') : undefined;
}

/**
 * The shape of a call of one of the file's env helpers or pass-through functions, or of a function
 * imported from another module given a key (see the file's comment); undefined for any other call.
 */
export function helperCallShape(call: SyntaxNode): Shape | undefined {
  const callee = field(call, 'function');
  if (callee?.type !== 'identifier') return undefined;
  const functions = fileFunctions(call);
  const helper = functions.helpers.get(callee.text);
  if (helper) {
    const key = argumentFor(call, helper.key);
    const fallback = argumentFor(call, helper.fallback);
    if (!key) return undefined;
    // An upper-cased key is known only from a literal; another argument is read as given.
    const name = helper.upper && isPlainString(key) ? unquote(key.text).toUpperCase() : key;
    return { kind: 'env', key: name, prefix: helper.prefix, suffix: helper.suffix, ...(fallback ? { fallback } : {}) };
  }
  const through = functions.passThrough.get(callee.text);
  if (through && through.width === undefined) {
    const argument = argumentFor(call, through.argument);
    return argument ? { kind: 'wrap', inner: argument } : undefined;
  }
  const imported = functions.importedFrom.get(callee.text);
  // A function, not a class being constructed (`OrdersQueue("orders")`).
  if (!imported || ENV_MODULES.has(imported.module) || !/^_*[a-z]/.test(imported.name)) return undefined;
  const key = argumentFor(call, { at: 0, name: 'key' });
  if (key?.type !== 'string' || allKids(key).some((child) => child.type === 'interpolation') || !isConfigKey(unquote(key.text))) return undefined;
  const fallback = argumentFor(call, { at: 1, name: 'default' });
  const [prefix, suffix] = helperCallKey(imported.module, imported.name, TEMPLATE_HOLE).split(TEMPLATE_HOLE) as [string, string];
  return { kind: 'env', key, prefix, suffix, ...(fallback ? { fallback } : {}) };
}

/** The targets a tuple assignment gives a pass-through's argument (`a, b = _parse(url)`): each target with the argument. */
export function unpackedPassThrough(left: SyntaxNode, right: SyntaxNode): [SyntaxNode, SyntaxNode][] {
  if ((left.type !== 'pattern_list' && left.type !== 'tuple_pattern') || right.type !== 'call') return [];
  const callee = field(right, 'function');
  const through = callee?.type === 'identifier' ? fileFunctions(right).passThrough.get(callee.text) : undefined;
  const targets = kids(left);
  const argument = through ? argumentFor(right, through.argument) : undefined;
  if (!through || !argument || through.width !== targets.length) return [];
  return targets.map((target) => [target, argument]);
}

/** A module's dotted names, from the longest to the shortest (`backend/inkwell/utils/env.py` → `backend.inkwell.utils.env` … `env`). */
export function moduleNames(path: string): string[] {
  const segments = path.replace(/\.py$/, '').replace(/\/__init__$/, '').split('/').filter((segment) => segment !== '');
  return segments.map((_, index) => segments.slice(index).join('.'));
}

/** Whether a Python file may define an env helper, cheaply, before it is parsed. */
export function mayDefineEnvHelper(text: string): boolean {
  return /\bdef\s/.test(text) && /\b(?:getenv|environ)\b/.test(text);
}

/**
 * The key templates of the file's env helpers (`INKWELL_{}`), bound under each of the module's
 * dotted names, so that a file importing the helper by any of them (`inkwell.settings._helpers`,
 * a relative import made absolute) finds it.
 */
export function envHelperTemplates(root: SyntaxNode, path: string, evidenceAt: EvidenceAt): BindingFact[] {
  const facts: BindingFact[] = [];
  const { helpers } = fileFunctions(root);
  if (helpers.size === 0) return facts;
  const lines = new Map<string, number>();
  for (const statement of kids(root)) {
    const definition = statement.type === 'decorated_definition' ? field(statement, 'definition') : statement;
    const name = definition?.type === 'function_definition' ? field(definition, 'name')?.text : undefined;
    if (name) lines.set(name, lineOf(definition as SyntaxNode));
  }
  for (const [name, helper] of helpers) {
    for (const module of moduleNames(path)) {
      facts.push({ type: 'binding', key: helperTemplateKey(module, name), value: `${helper.prefix}${helper.upper ? UPPER_HOLE : TEMPLATE_HOLE}${helper.suffix}`, evidence: evidenceAt(lines.get(name) ?? 1) });
    }
  }
  return facts;
}

/**
 * Puts the helper keys of a file's facts in their final form, now that the file's path is known:
 * a relative module made absolute (`._helpers` in `backend/inkwell/settings/` →
 * `backend.inkwell.settings._helpers`); a module of the project (its first name a folder of the
 * path: `inkwell.settings._helpers`) kept; a library's (`decouple`'s `config("DB_URL")`) read as
 * any in-house accessor is, the key itself when it reads as one, else nothing.
 */
export function absoluteHelperKeys(facts: Fact[], path: string): Fact[] {
  const named = (fact: Fact): boolean =>
    fact.type === 'binding'
      ? fact.key.startsWith('env-helper:') || fact.value.startsWith('$ref:env-helper:')
      : fact.type === 'connection' && ((fact.target.key?.startsWith('env-helper:') ?? false) || (fact.conditions?.some((condition) => condition.key.startsWith('env-helper:')) ?? false));
  if (!facts.some(named)) return facts;
  const folders = path.split('/').slice(0, -1);
  const rewrite = (key: string): string | undefined => {
    const call = parseHelperCall(key);
    if (!call) return key;
    const module = /^env-helper:(.+)#/.exec(call.template)?.[1] ?? '';
    if (module === OWN_MODULE) return helperCallKey(moduleNames(path)[0] ?? '', call.fn, call.argument);
    // A connection named by id is read through whichever module defines the helper (python-sectioned-config.ts).
    if (module === CONNECTION_ID_MODULE) return key;
    const dots = /^\.*/.exec(module)?.[0].length ?? 0;
    if (dots > 0) {
      const base = folders.slice(0, Math.max(folders.length - (dots - 1), 0));
      const rest = module.slice(dots);
      return helperCallKey([...base, ...(rest ? [rest] : [])].join('.'), call.fn, call.argument);
    }
    if (folders.includes(module.split('.')[0] as string)) return key;
    // A package beside the file's own (`from lib.config import CONFIG` in `rookery/settings.py`, the
    // project's `lib/` next to `rookery/`): kept, since a module of the scan may bind its template;
    // resolution reads it as any in-house accessor where none does.
    if (module.includes('.') && ENV_MODULES.has(module) === false && !/^(?:os|django|flask|decouple|environ)\./.test(module)) return key;
    return unprefixedRead(call);
  };
  const reference = (value: string): string | undefined => {
    if (!value.startsWith('$ref:env-helper:')) return value;
    const key = rewrite(value.slice('$ref:'.length));
    return key === undefined ? undefined : `$ref:${key}`;
  };
  return facts.flatMap((fact): Fact[] => {
    if (fact.type === 'binding') {
      const key = rewrite(fact.key);
      const value = reference(fact.value);
      return key === undefined || value === undefined ? [] : [{ ...fact, key, value }];
    }
    if (fact.type === 'connection') {
      const target = fact.target.key !== undefined ? rewrite(fact.target.key) : undefined;
      const conditions = fact.conditions?.flatMap((condition) => {
        const key = rewrite(condition.key);
        return key === undefined ? [] : [{ ...condition, key }];
      });
      const { key: _key, ...rest } = fact.target;
      return [{ ...fact, target: target !== undefined ? { ...rest, key: target } : fact.target.key !== undefined ? rest : fact.target, ...(conditions ? { conditions } : {}) }];
    }
    return [fact];
  });
}
