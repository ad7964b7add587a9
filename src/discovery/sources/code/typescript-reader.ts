/**
 * The TypeScript and JavaScript reader (the typescript, tsx and javascript grammars share these
 * node types): calls and `new`, string and template literals, `process.env`, object literals as
 * options bags, and the declarations that bind names (variables, fields, assignments, typed
 * constructor parameters, `import`/`require`).
 */
import { registryAccess, type RegistryAccess } from './registry-keys.js';
import { CALL_SITE, type CallSite, type FileModel, type LanguageReader, type Shape, type SyntaxNode } from './code-model.js';
import { allKids, bind, compact, field, kids, lineOf, makeSite, picksPerRequest, typeName, unescape, unquote } from './syntax-helpers.js';
import { packageNamespace, recordAlias, recordWholeImport } from './import-aliases.js';
import { classOfField, configFieldPaths, envFieldKey, injectedClass } from './ts-config-classes.js';
import { envAliasNames, exportedInstanceFields } from './ts-env-classes.js';
import { envSchemaEntries, envSchemaEntry, envSchemaRead } from './ts-env-schemas.js';
import { isNode } from './value-evaluation.js';
import { runtimeConfigKey, runtimePlaceholderKey } from '../../../core/discovery/browser-apps.js';

const WRAPPERS = new Set(['await_expression', 'parenthesized_expression', 'non_null_expression', 'as_expression', 'satisfies_expression', 'type_assertion', 'spread_element']);

/** The callee of a call as names only; calls inside a chain contribute their name (`pubsub.topic('t').publish` → `pubsub.topic.publish`). */
function calleeText(node: SyntaxNode | undefined): string {
  if (!node) return '?';
  switch (node.type) {
    case 'identifier':
    case 'property_identifier':
    case 'this':
    case 'super':
    case 'type_identifier':
      return node.text;
    case 'member_expression':
      return `${calleeText(field(node, 'object'))}.${field(node, 'property')?.text ?? '?'}`;
    case 'call_expression':
      return calleeText(field(node, 'function'));
    case 'new_expression':
      return calleeText(field(node, 'constructor'));
    case 'nested_identifier':
    case 'nested_type_identifier':
      return compact(node.text);
    default:
      return WRAPPERS.has(node.type) ? calleeText(kids(node)[0]) : '?';
  }
}

/**
 * A loop variable as each element of what it goes through: `for (const u of Object.values(m))`,
 * `for (const [name, u] of Object.entries(m))`, `for (const k in m)` (keys), `for (const u of list)`,
 * and the parameter of `Object.values(m).forEach((u) => …)` or `list.forEach(…)` / `.map(…)`.
 */
function loopElement(node: SyntaxNode): Shape | undefined {
  let target = node;
  let position: number | undefined;
  if (node.parent?.type === 'array_pattern') {
    position = kids(node.parent).findIndex((child) => child.id === node.id);
    target = node.parent;
  }
  let collection: SyntaxNode | undefined;
  let keys = false;
  const parent = target.parent;
  if (parent?.type === 'for_in_statement' && field(parent, 'left')?.id === target.id) {
    collection = field(parent, 'right');
    keys = field(parent, 'operator')?.text === 'in';
  } else {
    // `(u) => …` or `u => …` given to forEach/map on the collection.
    const parameters = parent?.type === 'formal_parameters' ? parent : parent?.type === 'required_parameter' && parent.parent?.type === 'formal_parameters' ? parent.parent : undefined;
    const arrow = parameters ? parameters.parent : parent?.type === 'arrow_function' && field(parent, 'parameter')?.id === node.id ? parent : undefined;
    const first = parameters ? kids(parameters)[0] : node;
    const call = arrow?.parent?.type === 'arguments' ? arrow.parent.parent : undefined;
    const fn = call?.type === 'call_expression' ? field(call, 'function') : undefined;
    if (!fn || fn.type !== 'member_expression' || !/^(forEach|map|flatMap)$/.test(field(fn, 'property')?.text ?? '') || (first && first.id !== node.id && first.id !== node.parent?.id && first.id !== target.id)) return undefined;
    collection = field(fn, 'object');
  }
  if (!collection) return undefined;
  if (keys) return position === undefined ? { kind: 'element', of: collection, part: 'key' } : undefined;
  const objectCall = collection.type === 'call_expression' ? field(collection, 'function') : undefined;
  const method = objectCall?.type === 'member_expression' && field(objectCall, 'object')?.text === 'Object' ? field(objectCall, 'property')?.text : undefined;
  const argument = method ? kids(field(collection, 'arguments') as SyntaxNode)[0] : undefined;
  if (method && argument) {
    if (method === 'values') return position === undefined ? { kind: 'element', of: argument, part: 'value' } : undefined;
    if (method === 'keys') return position === undefined ? { kind: 'element', of: argument, part: 'key' } : undefined;
    if (method === 'entries' && position !== undefined) return { kind: 'element', of: argument, part: position === 0 ? 'key' : 'value' };
    return undefined;
  }
  return position === undefined ? { kind: 'element', of: collection, part: 'item' } : undefined;
}

/** Whether a call's value is unused (its parent is a statement, possibly through `await`). */
function isStatement(node: SyntaxNode): boolean {
  let parent = node.parent;
  if (parent?.type === 'await_expression') parent = parent.parent;
  return parent?.type === 'expression_statement';
}

/** Arguments of a call, without the parentheses and commas. */
function argumentsOf(node: SyntaxNode | undefined): SyntaxNode[] {
  return node && node.type === 'arguments' ? kids(node) : [];
}

/** The key of an object literal pair, as written. */
function keyText(node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'string') return unquote(node.text);
  if (node.type === 'property_identifier' || node.type === 'number' || node.type === 'identifier') return node.text;
  return undefined;
}

/**
 * `process.env`, Vite's `import.meta.env`, SvelteKit's `env` of `$env/dynamic/private` (or
 * `/public`), and a module-level alias of the environment (`const environment = process.env`, as
 * environment classes read it: ts-env-classes.ts).
 */
function isEnvObject(node: SyntaxNode | undefined): boolean {
  const text = node ? compact(node.text) : '';
  if (text === 'process.env' || text === 'import.meta.env') return true;
  return node?.type === 'identifier' && (dynamicEnvNamesOf(node).has(text) || (envAliasNames(node.tree.rootNode).has(text) && !parameterOf(node)));
}

/** Shares the fields of an exported instance of the file's environment class under their names (`export default new Environment()` → `SMTP_HOST`; ts-env-classes.ts). */
function shareInstanceFields(exported: SyntaxNode, model: FileModel): void {
  for (const { name, value } of exportedInstanceFields(exported)) {
    if (!model.shared.has(name)) model.shared.set(name, { value, at: value });
  }
}

/**
 * Shares the entries of a validated environment a module exports (`export const config =
 * schema.parse(process.env)`; ts-env-schemas.ts): importers read `config.ORDERS_URL` by the
 * export's name, or `env.ORDERS_URL` of a default export by the key alone.
 */
function shareEnvSchema(value: SyntaxNode, model: FileModel, holder?: string): void {
  for (const entry of envSchemaEntries(value, isEnvObject)) {
    const key = envSchemaRead(entry)?.key;
    if (key === undefined) continue;
    if (!model.shared.has(key)) model.shared.set(key, { value: entry, at: entry });
    if (holder !== undefined) model.shared.set(`${holder}.${key}`, { value: entry, at: entry });
  }
}

/** Per tree, the local names SvelteKit's runtime environment is imported under (`import { env } from '$env/dynamic/private'`). */
const dynamicEnvNames = new WeakMap<object, ReadonlySet<string>>();
function dynamicEnvNamesOf(node: SyntaxNode): ReadonlySet<string> {
  let found = dynamicEnvNames.get(node.tree);
  if (found) return found;
  const names = new Set<string>();
  for (const statement of node.tree.rootNode.namedChildren) {
    if (statement?.type !== 'import_statement' || !/^['"]\$env\/dynamic\/(?:private|public)['"]$/.test(field(statement, 'source')?.text ?? '')) continue;
    for (const specifier of statement.descendantsOfType('import_specifier')) {
      if (specifier && field(specifier, 'name')?.text === 'env') names.add(field(specifier, 'alias')?.text ?? 'env');
    }
  }
  found = names;
  dynamicEnvNames.set(node.tree, found);
  return found;
}

/**
 * Per tree, the parameters (`param:F#i`, parameterOf's keys) that every call of a function of the
 * file named F fills with the environment (`function rabbitUrl(env) { … env.RABBITMQ_HOST … }`
 * called as `rabbitUrl(process.env)`, as config modules written to be tested with a fake
 * environment do): a read of such a parameter's member is a read of that variable.
 */
const envParameters = new WeakMap<object, ReadonlySet<string>>();
function envParametersOf(node: SyntaxNode): ReadonlySet<string> {
  let found = envParameters.get(node.tree);
  if (found) return found;
  const filled = new Map<string, boolean>();
  for (const call of node.tree.rootNode.descendantsOfType('call_expression')) {
    const fn = call ? field(call, 'function') : undefined;
    if (!call || fn?.type !== 'identifier') continue;
    argumentsOf(field(call, 'arguments')).forEach((arg, index) => {
      const key = `param:${fn.text}#${index}`;
      filled.set(key, (filled.get(key) ?? true) && isEnvObject(arg));
    });
  }
  found = new Set([...filled].filter(([, env]) => env).map(([key]) => key));
  envParameters.set(node.tree, found);
  return found;
}

/** Whether a name is a parameter every call fills with the environment (envParametersOf). */
function isEnvParameter(node: SyntaxNode | undefined): boolean {
  if (node?.type !== 'identifier') return false;
  const param = parameterOf(node);
  return param !== undefined && envParametersOf(node).has(param.key);
}

/** Whether an expression is a `require(…)` call. */
function isRequire(node: SyntaxNode): boolean {
  if (node.type !== 'call_expression') return false;
  const fn = field(node, 'function');
  const first = argumentsOf(field(node, 'arguments'))[0];
  return fn?.type === 'identifier' && fn.text === 'require' && first?.type === 'string' && isLocalModule(unquote(first.text));
}

/** The package a `require(…)` call loads, when it is a package and not a module of the project. */
function requiredPackage(node: SyntaxNode): string | undefined {
  if (node.type !== 'call_expression') return undefined;
  const fn = field(node, 'function');
  const first = argumentsOf(field(node, 'arguments'))[0];
  if (fn?.type !== 'identifier' || fn.text !== 'require' || first?.type !== 'string') return undefined;
  const module = unquote(first.text);
  return isLocalModule(module) ? undefined : module;
}

/**
 * What the names a package's import binds stand for: `import ax from 'axios'` and
 * `import * as ax from 'axios'` → `axios`; `import { get as httpGet } from 'axios'` → `axios.get`
 * and `get`; `import { post } from 'axios'` → `axios.post`.
 */
function recordImportAliases(statement: SyntaxNode, module: string, model: FileModel): void {
  const namespace = packageNamespace(module);
  for (const clause of kids(statement).filter((child) => child.type === 'import_clause')) {
    for (const part of kids(clause)) {
      if (part.type === 'identifier') {
        if (namespace) recordAlias(model, part.text, [namespace]);
        recordWholeImport(model, part.text, module);
      } else if (part.type === 'namespace_import') {
        const local = kids(part).find((child) => child.type === 'identifier');
        if (local && namespace) recordAlias(model, local.text, [namespace]);
        if (local) recordWholeImport(model, local.text, module);
      } else if (part.type === 'named_imports') {
        for (const specifier of kids(part).filter((child) => child.type === 'import_specifier')) {
          const name = field(specifier, 'name')?.text;
          const local = field(specifier, 'alias')?.text ?? name;
          if (name && local && name !== 'default') recordAlias(model, local, [namespace && `${namespace}.${name}`, name]);
          else if (local && namespace) recordAlias(model, local, [namespace]);
        }
      }
    }
  }
}

/** The same for `const ax = require('axios')` and `const { post: send } = require('axios')`. */
function recordRequireAliases(pattern: SyntaxNode, module: string, model: FileModel): void {
  const namespace = packageNamespace(module);
  if (pattern.type === 'identifier') {
    if (namespace) recordAlias(model, pattern.text, [namespace]);
    recordWholeImport(model, pattern.text, module);
    return;
  }
  if (pattern.type !== 'object_pattern') return;
  for (const entry of kids(pattern)) {
    if (entry.type === 'shorthand_property_identifier_pattern' && namespace) recordAlias(model, entry.text, [`${namespace}.${entry.text}`]);
    if (entry.type !== 'pair_pattern') continue;
    const key = field(entry, 'key')?.text;
    const local = field(entry, 'value');
    if (key && local?.type === 'identifier') recordAlias(model, local.text, [namespace && `${namespace}.${key}`, key]);
  }
}

/** The member read off a package's `require` (`require('mongodb').MongoClient` → `MongoClient`): the type of what it is assigned to. */
function requiredMember(node: SyntaxNode): string | undefined {
  if (node.type !== 'member_expression') return undefined;
  const object = field(node, 'object');
  const fn = object?.type === 'call_expression' ? field(object, 'function') : undefined;
  const module = object ? argumentsOf(field(object, 'arguments'))[0] : undefined;
  // A project module's member is the project's own, whatever it is called.
  if (fn?.type !== 'identifier' || fn.text !== 'require' || module?.type !== 'string' || isLocalModule(unquote(module.text))) return undefined;
  return field(node, 'property')?.text;
}

const FUNCTIONS = new Set(['function_declaration', 'function_expression', 'function', 'arrow_function', 'generator_function_declaration']);

/**
 * The expression a function returns: an arrow's expression body, or the first `return` among the
 * statements of its body (not one of a nested function). A function computing an address
 * (`function baseUrl() { return 'http://' + host + ':' + port; }`) is bound under `baseUrl()`.
 */
function returnedExpression(fn: SyntaxNode): SyntaxNode | undefined {
  const body = field(fn, 'body');
  if (!body) return undefined;
  if (body.type !== 'statement_block') return body;
  for (const statement of kids(body)) if (statement.type === 'return_statement') return kids(statement)[0];
  return undefined;
}

/** Exports naming a local function (`module.exports = { baseUrl }`), bound once the whole file is read, since functions are hoisted. */
const exportedFunctions = new WeakMap<FileModel, { exported: string; local: string }[]>();

/**
 * The object literals a module exports whole: written there, a variable of the file holding one, or
 * the objects `Object.assign({}, { serverSettings, dbSettings })` merges (a common way to export a
 * config module's settings objects).
 */
function objectsOf(value: SyntaxNode, model: FileModel): SyntaxNode[] {
  let node: SyntaxNode | undefined = value;
  while (node && (node.type === 'parenthesized_expression' || node.type === 'as_expression' || node.type === 'satisfies_expression')) node = kids(node)[0];
  if (node?.type === 'object') return [node];
  if (node?.type === 'call_expression' && compact(field(node, 'function')?.text ?? '') === 'Object.assign') {
    return kids(field(node, 'arguments') ?? node).flatMap((argument) => objectsOf(argument, model));
  }
  if (node?.type !== 'identifier') return [];
  const bound = (model.bindings.get(node.text) ?? []).filter((binding): binding is SyntaxNode => 'id' in binding);
  return bound.length === 1 && bound[0]?.type === 'object' ? [bound[0]] : [];
}

/** An export clause's local names (`export { CONFIG, limits as LIMITS }`): each top-level variable it names, shared under the exported name. */
function shareExportClause(statement: SyntaxNode, model: FileModel): void {
  const clause = kids(statement).find((child) => child.type === 'export_clause');
  const program = statement.parent;
  if (!clause || !program) return;
  for (const specifier of kids(clause).filter((child) => child.type === 'export_specifier')) {
    const local = field(specifier, 'name')?.text;
    const exported = field(specifier, 'alias')?.text ?? local;
    if (!local || !exported || model.shared.has(exported)) continue;
    for (const declaration of kids(program).filter((child) => child.type === 'lexical_declaration' || child.type === 'variable_declaration')) {
      const declarator = kids(declaration).find((child) => child.type === 'variable_declarator' && field(child, 'name')?.text === local);
      const value = declarator ? field(declarator, 'value') : undefined;
      if (value && !FUNCTIONS.has(value.type)) model.shared.set(exported, { value, at: value });
    }
  }
}

/** Each property of an exported object is a name other modules read (`cfg.catalogueUrl`). */
function shareObjectProperties(object: SyntaxNode, model: FileModel): void {
  for (const child of kids(object)) {
    if (child.type === 'shorthand_property_identifier') {
      exportFunction(model, child.text, child);
      // `module.exports = { smsSettings }`: the local it names, when one declaration gives it.
      const local = model.bindings.get(child.text) ?? [];
      const [only] = local;
      if (local.length === 1 && only !== undefined && isNode(only) && !model.shared.has(child.text)) model.shared.set(child.text, { value: only, at: only });
    }
    if (child.type !== 'pair') continue;
    const key = keyText(field(child, 'key'));
    const value = field(child, 'value');
    if (key !== undefined && value) {
      bind(model.bindings, key, value);
      model.shared.set(key, { value, at: value });
      exportFunction(model, key, value);
    }
  }
}

/** Records that other modules may call a function of this file by the exported name. */
function exportFunction(model: FileModel, exported: string, value: SyntaxNode): void {
  if (FUNCTIONS.has(value.type)) {
    const returned = returnedExpression(value);
    if (returned) {
      bind(model.bindings, `${exported}()`, returned);
      model.shared.set(`${exported}()`, { value: returned, at: returned });
    }
  } else if (value.type === 'identifier' || value.type === 'shorthand_property_identifier') {
    const list = exportedFunctions.get(model) ?? [];
    list.push({ exported, local: value.text });
    exportedFunctions.set(model, list);
  }
}

/** Whether a module path names a module of the project (`./config`, `../lib/endpoints`, `@/config`), not a package. */
function isLocalModule(path: string): boolean {
  return /^(?:\.{1,2}\/|@\/|~\/)/.test(path);
}

/** An object literal's entries by lower-cased key (shorthand properties bind their own name). */
function objectEntries(node: SyntaxNode): Map<string, SyntaxNode> {
  const entries = new Map<string, SyntaxNode>();
  for (const child of kids(node)) {
    if (child.type === 'shorthand_property_identifier') entries.set(child.text.toLowerCase(), child);
    else if (child.type === 'pair') {
      const key = keyText(field(child, 'key'));
      const value = field(child, 'value');
      if (key !== undefined && value) entries.set(key.toLowerCase(), value);
    }
  }
  return entries;
}

/** The `transport: Transport.X` entry of an object literal: its name (`Transport.RMQ`) and where it is written. */
function nestTransportOf(node: SyntaxNode): { name: string; at: SyntaxNode } | undefined {
  for (const child of kids(node)) {
    if (child.type !== 'pair') continue;
    // Every object literal of a parsed file comes here: the key's length is checked before its text is read.
    const key = field(child, 'key');
    if (!key || key.endIndex - key.startIndex !== 9 || key.text !== 'transport') continue;
    const value = field(child, 'value');
    return value?.type === 'member_expression' && field(value, 'object')?.text === 'Transport' ? { name: value.text.replace(/\s+/g, ''), at: child } : undefined;
  }
  return undefined;
}

/** The name a parameter of a function's parameter list declares (`base`, `base: string`, `base = '…'`, `base?: string`). */
function parameterName(node: SyntaxNode): string | undefined {
  if (node.type === 'identifier') return node.text;
  const inner = node.type === 'required_parameter' || node.type === 'optional_parameter' ? field(node, 'pattern') : node.type === 'assignment_pattern' ? field(node, 'left') : undefined;
  return inner?.type === 'identifier' ? inner.text : inner?.type === 'assignment_pattern' ? parameterName(inner) : undefined;
}

/** The name a function is called by: its own, a method's, or the variable it is assigned to (`const call = (base, path) => …`). */
function functionName(fn: SyntaxNode): string | undefined {
  const own = field(fn, 'name');
  if (own) return own.text;
  const holder = fn.parent?.type === 'variable_declarator' ? field(fn.parent, 'name') : undefined;
  return holder?.type === 'identifier' ? holder.text : undefined;
}

/**
 * The names the arguments for a parameter are bound under, when an identifier reads a parameter of
 * a function around it (an inner arrow reading its outer function's parameter too): `param:call#0`
 * for `function call(base, path) { return fetch(base + path) }`, each of the file's calls
 * (`call(process.env.SEARCH_URL, '/q')`) giving a value of its own. A module-level function may be
 * called from other modules of the service too (`shared`).
 */
function parameterOf(node: SyntaxNode): { key: string; shared: boolean } | undefined {
  let crossed = node;
  for (let current = node.parent; current; crossed = current, current = current.parent) {
    if (current.type === 'class_body' && crossed.type !== 'method_definition') return undefined;
    if (!FUNCTIONS.has(current.type) && current.type !== 'method_definition') continue;
    const single = field(current, 'parameter');
    const list = single ? [single] : kids(field(current, 'parameters') ?? current).filter((child) => child.type !== 'comment');
    if (list.some((parameter) => parameter.id === crossed.id)) return undefined;
    const index = list.findIndex((parameter) => parameterName(parameter) === node.text);
    if (index < 0) continue;
    const name = functionName(current);
    if (!name) return undefined;
    const statement = current.parent?.type === 'variable_declarator' ? current.parent.parent : current;
    const holder = statement?.parent?.type === 'export_statement' ? statement.parent.parent : statement?.parent;
    return { key: `param:${name}#${index}`, shared: holder?.type === 'program' };
  }
  return undefined;
}

/**
 * Whether an argument may carry an address to a function of another module: a name, member, env
 * read, concatenation or call, or a string that looks like one (`'http://…'`, `'host:port'`) —
 * not a number, callback, object, or plain word, which are not published for other files.
 */
function mayBeAddress(arg: SyntaxNode): boolean {
  if (arg.type === 'string' || arg.type === 'template_string') return /[:/.]/.test(arg.text);
  return ADDRESS_EXPRESSIONS.has(arg.type);
}
const ADDRESS_EXPRESSIONS = new Set(['identifier', 'member_expression', 'subscript_expression', 'binary_expression', 'call_expression', 'parenthesized_expression', 'as_expression', 'non_null_expression']);

/** The registry access a call is (registry-keys.ts), undefined for any other call. */
function registryAccessOf(node: SyntaxNode): RegistryAccess | undefined {
  const fn = field(node, 'function');
  if (!fn || (fn.type !== 'identifier' && fn.type !== 'member_expression')) return undefined;
  const name = fn.type === 'identifier' ? fn.text : field(fn, 'property')?.text;
  if (name === undefined || !/^[sg]et[A-Z]/.test(name)) return undefined;
  return registryAccess(name, argumentsOf(field(node, 'arguments')).map((arg) => arg.text));
}

/** The reader for TypeScript, TSX and JavaScript. */
/** The names of a member chain of plain names (`bull.config.connection` → bull, config, connection); undefined for any other expression. */
/** The classes of each file declaring fields, kept while the file is walked for its config classes' paths (ts-config-classes.ts). */
const fieldClasses = new WeakMap<FileModel, Map<number, SyntaxNode>>();

/**
 * A read of a config class's field through an instance of a class imported from another file
 * (`Container.get(GlobalConfig).queue.redis.host`, `config.queue.redis.host` with `config` got so
 * or typed `GlobalConfig`, `this.config.mail.host`): the path that file shares it under
 * (`GlobalConfig.queue.redis.host`, ts-config-classes.ts).
 */
function configReadPath(node: SyntaxNode, model: FileModel): string | undefined {
  const path: string[] = [];
  let at: SyntaxNode | undefined = node;
  for (let depth = 0; at?.type === 'member_expression' && depth < 8; depth += 1) {
    const property = field(at, 'property');
    const object = field(at, 'object');
    if (property?.type !== 'property_identifier' || !object) return undefined;
    // `this.config…`: the field `config` is the holder.
    if (object.type === 'this') break;
    path.unshift(property.text);
    at = object;
  }
  if (!at || path.length === 0) return undefined;
  const holder = at.type === 'member_expression' ? field(at, 'property')?.text : at.type === 'identifier' ? at.text : undefined;
  const classOf = (name: string): string | undefined => {
    const typed = model.types.get(name);
    if (typed !== undefined) return typed;
    for (const bound of model.bindings.get(name) ?? []) {
      const injected = 'id' in bound ? injectedClass(bound) : undefined;
      if (injected !== undefined) return injected;
    }
    return undefined;
  };
  const type = at.type === 'call_expression' || at.type === 'new_expression' ? injectedClass(at) : holder !== undefined ? classOf(holder) : undefined;
  return type !== undefined && model.imported.has(type) ? `${type}.${path.join('.')}` : undefined;
}

function memberPath(node: SyntaxNode): string[] | undefined {
  if (node.type === 'identifier') return [node.text];
  if (node.type !== 'member_expression') return undefined;
  const object = field(node, 'object');
  const property = field(node, 'property');
  const head = object ? memberPath(object) : undefined;
  return head && property?.type === 'property_identifier' ? [...head, property.text] : undefined;
}

export const typescriptReader: LanguageReader = {
  nodeTypes: ['call_expression', 'new_expression', 'object', 'import_statement', 'function_declaration', 'method_definition', 'variable_declarator', 'public_field_definition', 'field_definition', 'assignment_expression', 'required_parameter', 'optional_parameter', 'for_in_statement', 'arrow_function', 'export_statement'],

  site(node: SyntaxNode): CallSite | undefined {
    if (node.type === 'call_expression') {
      const fn = field(node, 'function');
      if (!fn || fn.type === 'import') return undefined;
      const member = fn.type === 'member_expression';
      return makeSite(node, 'call', calleeText(fn), {
        receiver: () => (member ? field(fn, 'object') : undefined),
        args: () => argumentsOf(field(node, 'arguments')),
        typeArgs: () => {
          const typeArgs = field(node, 'type_arguments');
          return typeArgs ? kids(typeArgs).map((arg) => typeName(arg.text)) : [];
        },
        line: () => lineOf((member ? field(fn, 'property') : undefined) ?? node),
        statement: () => isStatement(node),
      });
    }
    if (node.type === 'new_expression') {
      return makeSite(node, 'new', calleeText(field(node, 'constructor')), { args: () => argumentsOf(field(node, 'arguments')) });
    }
    if (node.type === 'object') {
      // A NestJS microservice's options (`{ transport: Transport.RMQ, options: { urls } }`): a
      // literal site named by its transport, wherever it is written (see nestjs.ts).
      const transport = nestTransportOf(node);
      return transport ? makeSite(node, 'literal', transport.name, { named: () => objectEntries(node), line: () => lineOf(transport.at) }) : undefined;
    }
    return undefined;
  },

  shape(node: SyntaxNode): Shape {
    switch (node.type) {
      case 'string': {
        const text = unquote(node.text);
        // A placeholder an entrypoint script replaces in the bundle at container start (`'__API_URL__'`).
        const placeholder = runtimePlaceholderKey(text);
        return placeholder !== undefined ? { kind: 'env', key: placeholder } : { kind: 'string', text };
      }
      case 'template_string': {
        const parts: (string | SyntaxNode)[] = [];
        for (const child of allKids(node)) {
          if (child.type === 'string_fragment') parts.push(child.text);
          else if (child.type === 'escape_sequence') parts.push(unescape(child.text));
          else if (child.type === 'template_substitution') {
            const inner = kids(child)[0];
            if (inner) parts.push(inner);
          }
        }
        return { kind: 'parts', parts };
      }
      case 'number':
        return { kind: 'number', text: node.text };
      case 'binary_expression': {
        const operator = field(node, 'operator')?.text;
        const left = field(node, 'left');
        const right = field(node, 'right');
        if (!left || !right) return { kind: 'unknown' };
        if (operator === '+') return { kind: 'parts', parts: [left, right] };
        if (operator === '||' || operator === '??') return { kind: 'either', options: [left, right] };
        return { kind: 'unknown' };
      }
      case 'ternary_expression': {
        const options = [field(node, 'consequence'), field(node, 'alternative')].filter((option): option is SyntaxNode => option !== undefined);
        return { kind: 'either', options };
      }
      case 'identifier': {
        const element = loopElement(node);
        if (element) return element;
        const param = parameterOf(node);
        return param ? { kind: 'name', name: node.text, param } : { kind: 'name', name: node.text };
      }
      case 'shorthand_property_identifier':
        return { kind: 'name', name: node.text };
      // The entries of an object pattern destructuring the environment (bound above, variable_declarator).
      case 'shorthand_property_identifier_pattern':
        return { kind: 'env', key: node.text };
      // An entry of an environment schema: the variable it validates, its default (ts-env-schemas.ts).
      case 'pair': {
        const read = envSchemaRead(node);
        return read ? { kind: 'env', key: read.key, ...(read.fallback ? { fallback: read.fallback } : {}) } : { kind: 'unknown' };
      }
      case 'object_assignment_pattern':
      case 'pair_pattern': {
        const key = node.type === 'pair_pattern' ? field(node, 'key')?.text : field(node, 'left')?.text;
        if (key === undefined) return { kind: 'unknown' };
        const local = node.type === 'pair_pattern' ? field(node, 'value') : node;
        const fallback = local?.type === 'assignment_pattern' || local?.type === 'object_assignment_pattern' ? field(local, 'right') : undefined;
        return fallback ? { kind: 'env', key: unquote(key), fallback } : { kind: 'env', key: unquote(key) };
      }
      case 'member_expression': {
        const object = field(node, 'object');
        const property = field(node, 'property')?.text ?? '';
        if (isEnvObject(object) || isEnvParameter(object)) return { kind: 'env', key: property };
        // `config.ORDERS_URL` of `const config = schema.parse(process.env)` (ts-env-schemas.ts).
        const schemaEntry = object?.type === 'identifier' && !parameterOf(object) ? envSchemaEntry(object, property, isEnvObject) : undefined;
        if (schemaEntry) return typescriptReader.shape(schemaEntry);
        // A setting an entrypoint script wrote into the page at container start (`window._env_.API_URL`).
        const runtime = object ? runtimeConfigKey(object.text, property) : undefined;
        if (runtime !== undefined) return { kind: 'env', key: runtime };
        // Fields of `this` are bound by name where they are set; other objects may be literals of the file.
        return object && object.type !== 'this' ? { kind: 'name', name: property, object } : { kind: 'name', name: property };
      }
      case 'subscript_expression': {
        const index = field(node, 'index');
        const object = field(node, 'object');
        if ((isEnvObject(object) || isEnvParameter(object)) && index) return { kind: 'env', key: index };
        // `upstreams['details']`: an entry read by a literal key.
        const key = index?.type === 'string' ? unquote(index.text) : undefined;
        const runtime = object && key !== undefined ? runtimeConfigKey(object.text, key) : undefined;
        if (runtime !== undefined) return { kind: 'env', key: runtime };
        if (object && key !== undefined) return { kind: 'member', object, key: key.toLowerCase() };
        // `peers[Math.floor(Math.random() * peers.length)]`: any item of the list, so the list.
        if (object && picksPerRequest(index)) return { kind: 'wrap', inner: object };
        return { kind: 'unknown' };
      }
      case 'call_expression':
      case 'new_expression': {
        // `getMetadata(plugin.metadata.Endpoint)`: what a service's start-up stored under that key (registry-keys.ts).
        const registry = node.type === 'call_expression' ? registryAccessOf(node) : undefined;
        if (registry?.role === 'get') return { kind: 'name', name: registry.key };
        const site = typescriptReader.site(node);
        return site ? { kind: 'call', site } : { kind: 'unknown' };
      }
      case 'public_field_definition':
      case 'field_definition': {
        // A config class's field read from the env var its decorator names, its initializer the default (ts-config-classes.ts).
        const key = envFieldKey(node);
        const fallback = field(node, 'value');
        return key !== undefined ? { kind: 'env', key, ...(fallback ? { fallback } : {}) } : { kind: 'unknown' };
      }
      case 'array':
        return { kind: 'list', items: kids(node) };
      case 'object':
        return { kind: 'object', entries: objectEntries(node) };
      default: {
        if (WRAPPERS.has(node.type)) {
          const inner = kids(node)[0];
          if (inner) return { kind: 'wrap', inner };
        }
        return { kind: 'unknown' };
      }
    }
  },

  factoryResult(node: SyntaxNode): SyntaxNode | undefined {
    // `useFactory: (cfg) => ({ … })`, or a body whose one `return` gives the result.
    if (node.type !== 'arrow_function' && node.type !== 'function_expression') return undefined;
    const body = field(node, 'body');
    if (!body || body.type !== 'statement_block') return body;
    const returns = kids(body).filter((child) => child.type === 'return_statement');
    return returns.length === 1 ? kids(returns[0] as SyntaxNode)[0] : undefined;
  },

  finish(model: FileModel): void {
    for (const { exported, local } of exportedFunctions.get(model) ?? []) {
      const returned = model.bindings.get(`${local}()`)?.find((binding): binding is SyntaxNode => 'id' in binding);
      if (returned) model.shared.set(`${exported}()`, { value: returned, at: returned });
    }
    exportedFunctions.delete(model);
    // Each env field of the file's config classes, under every path code reads it by from another file.
    const classes = fieldClasses.get(model);
    if (classes) for (const [path, fieldNode] of configFieldPaths([...classes.values()])) model.shared.set(path, { value: fieldNode, at: fieldNode });
    fieldClasses.delete(model);
  },

  crossFile(node: SyntaxNode, model: FileModel): string | undefined {
    // An imported constant (`CATALOGUE_URL`) or a property of an imported module (`endpoints.catalogueUrl`).
    if (node.type === 'identifier') return model.imported.has(node.text) ? node.text : undefined;
    // A function of an imported module (`catalogue.baseUrl()`, `baseUrl()` imported by name): what it returns.
    if (node.type === 'call_expression') {
      // A registry's getter (`getMetadata(plugin.metadata.Endpoint)`): what the running service stored (registry-keys.ts).
      const registry = registryAccessOf(node);
      if (registry?.role === 'get') return registry.key;
      const fn = field(node, 'function');
      const shared = fn ? typescriptReader.crossFile?.(fn, model) : undefined;
      return shared ? `${shared}()` : undefined;
    }
    if (node.type !== 'member_expression') return undefined;
    const configPath = configReadPath(node, model);
    if (configPath !== undefined) return configPath;
    // A member of an object imported by name (`bull.config.connection`): that export's property, by its whole path.
    const path = memberPath(node);
    if (path !== undefined && model.importedByName?.has(path[0] as string)) return path.join('.');
    const object = field(node, 'object');
    return object?.type === 'identifier' && model.imported.has(object.text) ? field(node, 'property')?.text : undefined;
  },

  declare(node: SyntaxNode, model: FileModel): void {
    switch (node.type) {
      case 'import_statement': {
        const source = field(node, 'source');
        if (source) model.imports.push(unquote(source.text));
        // A tsconfig `paths` alias (`@server/env`) names a module of the project too (ts-env-classes.ts).
        const local = source !== undefined && (isLocalModule(unquote(source.text)) || model.isPathAlias?.(unquote(source.text)) === true);
        if (source && !local) recordImportAliases(node, unquote(source.text), model);
        // The local names it binds: default, `{ a, b as c }`, `* as ns`.
        for (const clause of local ? kids(node).filter((child) => child.type === 'import_clause') : []) {
          for (const name of clause.descendantsOfType(['identifier'])) {
            if (!name) continue;
            const specifier = name.parent?.type === 'import_specifier' ? name.parent : undefined;
            const alias = specifier ? field(specifier, 'alias') : undefined;
            if (!alias || alias.id === name.id) model.imported.add(name.text);
            if (specifier && !alias) (model.importedByName ??= new Set()).add(name.text);
          }
        }
        return;
      }
      case 'call_expression': {
        const fn = field(node, 'function');
        // `setMetadata(serverClient.metadata.Endpoint, accountsUrl)`: a registry entry the file's
        // folder stores, for the code it runs to read back (registry-keys.ts).
        const registry = registryAccessOf(node);
        if (registry?.role === 'set') {
          const value = argumentsOf(field(node, 'arguments'))[1];
          if (value && mayBeAddress(value)) model.shared.set(`${registry.key}${CALL_SITE}${lineOf(value)}`, { value, at: value });
          return;
        }
        const own = fn?.type === 'identifier' && fn.text !== 'require' ? fn.text : fn?.type === 'member_expression' && field(fn, 'object')?.type === 'this' ? field(fn, 'property')?.text : undefined;
        if (own !== undefined) {
          // `call(process.env.SEARCH_URL, '/q')`: a call of the file's own function gives its
          // parameters (see parameterOf); a call of one imported from a module of the project
          // gives them to that module, each call a binding of its own (`param:call#0@12`).
          const imported = fn?.type === 'identifier' && model.imported.has(own);
          argumentsOf(field(node, 'arguments')).forEach((arg, index) => {
            bind(model.bindings, `param:${own}#${index}`, arg);
            if (imported && mayBeAddress(arg)) model.shared.set(`param:${own}#${index}${CALL_SITE}${lineOf(arg)}`, { value: arg, at: arg });
          });
          return;
        }
        if (!fn || (fn.type !== 'import' && (fn.type !== 'identifier' || fn.text !== 'require'))) return;
        const first = argumentsOf(field(node, 'arguments'))[0];
        if (first?.type === 'string') model.imports.push(unquote(first.text));
        return;
      }
      case 'function_declaration':
      case 'method_definition': {
        const name = field(node, 'name')?.text;
        const returned = returnedExpression(node);
        if (!name || !returned) return;
        bind(model.bindings, `${name}()`, returned);
        if (node.parent?.type === 'export_statement') model.shared.set(`${name}()`, { value: returned, at: returned });
        return;
      }
      case 'variable_declarator':
      case 'public_field_definition':
      case 'field_definition': {
        const name = field(node, 'name') ?? field(node, 'property');
        const value = field(node, 'value');
        const type = field(node, 'type');
        const owner = node.type !== 'variable_declarator' ? classOfField(node) : undefined;
        if (owner) fieldClasses.set(model, (fieldClasses.get(model) ?? new Map<number, SyntaxNode>()).set(owner.id, owner));
        if (name && envFieldKey(node) !== undefined) {
          // `@Env('REDIS_HOST') host = 'localhost'`: the field holds the env read, defaulting to its initializer (shape above).
          bind(model.bindings, name.text, node);
          if (type) model.types.set(name.text, typeName(type.text.replace(/^:/, '')));
          return;
        }
        // `const mongoClient = require('mongodb').MongoClient`: a value of that type, as a constructor would make.
        const member = value ? requiredMember(value) : undefined;
        if (member && name?.type === 'identifier') model.types.set(name.text, member);
        if (value && name && FUNCTIONS.has(value.type)) {
          const returned = returnedExpression(value);
          if (returned) {
            bind(model.bindings, `${name.text}()`, returned);
            if (node.type === 'variable_declarator' && node.parent?.parent?.type === 'export_statement') model.shared.set(`${name.text}()`, { value: returned, at: returned });
          }
        }
        const required = value ? requiredPackage(value) : undefined;
        if (required !== undefined && name) recordRequireAliases(name, required, model);
        if (value && isRequire(value)) {
          // `const cfg = require('./cfg')`, `const { CATALOGUE_URL } = require('./cfg')`.
          if (name?.type === 'identifier') model.imported.add(name.text);
          else for (const child of name?.descendantsOfType(['shorthand_property_identifier_pattern', 'identifier']) ?? []) if (child) model.imported.add(child.text);
          if (name?.type !== 'identifier') return;
        }
        // `const { API_HOST = 'localhost', API_PORT: port } = process.env`: each name destructured
        // from the environment holds that variable's read, its default (if any) standing in when unset.
        if (name?.type === 'object_pattern' && value && isEnvObject(value)) {
          for (const entry of kids(name)) {
            if (entry.type === 'shorthand_property_identifier_pattern') bind(model.bindings, entry.text, entry);
            else if (entry.type === 'object_assignment_pattern' || entry.type === 'pair_pattern') {
              const local = entry.type === 'pair_pattern' ? field(entry, 'value') : field(entry, 'left');
              const target = local?.type === 'assignment_pattern' ? field(local, 'left') : local;
              if (target?.type === 'identifier' || target?.type === 'shorthand_property_identifier_pattern') bind(model.bindings, target.text, entry);
            }
          }
          return;
        }
        // `const { ORDERS_URL } = config` of a validated environment, this file's or an imported one (ts-env-schemas.ts).
        if (name?.type === 'object_pattern' && value?.type === 'identifier') {
          for (const entry of kids(name).filter((child) => child.type === 'shorthand_property_identifier_pattern')) {
            const schemaEntry = envSchemaEntry(value, entry.text, isEnvObject);
            if (schemaEntry) bind(model.bindings, entry.text, schemaEntry);
            else if (model.imported.has(value.text)) model.imported.add(entry.text);
          }
          return;
        }
        if (!name || (name.type !== 'identifier' && name.type !== 'property_identifier' && name.type !== 'private_property_identifier')) return;
        if (value) bind(model.bindings, name.text, value);
        if (value && node.type === 'variable_declarator' && node.parent?.parent?.type === 'export_statement') {
          model.shared.set(name.text, { value, at: value });
          shareEnvSchema(value, model, name.text);
        }
        if (type) model.types.set(name.text, typeName(type.text.replace(/^:/, '')));
        return;
      }
      case 'assignment_expression': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        if (!left || !right) return;
        const name = left.type === 'identifier' ? left.text : left.type === 'member_expression' ? field(left, 'property')?.text : undefined;
        if (name) bind(model.bindings, name, right);
        const target = compact(left.text);
        const exportedObjects = target === 'module.exports' ? objectsOf(right, model) : [];
        for (const object of exportedObjects) shareObjectProperties(object, model);
        if (target === 'module.exports') shareInstanceFields(right, model);
        if (target === 'module.exports') shareEnvSchema(right, model);
        if (exportedObjects.length === 0 && name && /^(?:module\.)?exports\.\w+$/.test(target)) {
          model.shared.set(name, { value: right, at: right });
          exportFunction(model, name, right);
        }
        return;
      }
      case 'export_statement': {
        // `export default environment` and `export = environment` of a settings object: its
        // properties are what importers read (`env.COUCH_DB_URL`), as `module.exports = {…}`'s are.
        const exported = node.children.some((child) => child?.type === 'default' || child?.type === '=') ? (field(node, 'value') ?? kids(node).at(-1)) : undefined;
        for (const object of exported ? objectsOf(exported, model) : []) shareObjectProperties(object, model);
        // `export default new Environment()`: its fields are what importers read (`env.SMTP_HOST`).
        if (exported) shareInstanceFields(exported, model);
        if (exported) shareEnvSchema(exported, model);
        // `const CONFIG = {…}` with `export { CONFIG }` at the end (PeerTube's constants modules):
        // the declaration is shared as `export const CONFIG = {…}` would be.
        if (!field(node, 'source')) shareExportClause(node, model);
        return;
      }
      case 'for_in_statement':
      case 'arrow_function': {
        // Loop variables and a forEach callback's parameter stand for each element (see loopElement).
        const names = node.type === 'for_in_statement' ? (field(node, 'left')?.descendantsOfType(['identifier']) ?? []) : [field(node, 'parameter'), ...(field(node, 'parameters')?.descendantsOfType(['identifier']) ?? [])];
        for (const name of names) if (name && loopElement(name)) bind(model.bindings, name.text, name);
        return;
      }
      case 'required_parameter':
      case 'optional_parameter': {
        const pattern = field(node, 'pattern');
        const type = field(node, 'type');
        if (pattern?.type === 'identifier' && type) model.types.set(pattern.text, typeName(type.text.replace(/^:/, '')));
        return;
      }
      default:
        return;
    }
  },
};
