/**
 * The Python reader: calls with keyword arguments, f-strings, `%` and `.format` formatting,
 * `os.environ[...]`, dictionaries as option bags, class bases (gRPC servicers), and the
 * declarations that bind names (assignments, `with … as x`, typed parameters, imports).
 */
import type { CallSite, FileModel, LanguageReader, Shape, SyntaxNode } from './code-model.js';
import { allKids, bind, compact, field, kids, lineOf, makeSite, once, picksPerRequest, typeName, unescape, unquote } from './syntax-helpers.js';
import { formatParts } from './value-evaluation.js';
import { recordAlias } from './import-aliases.js';
import { isPydanticConstructor, settingsField } from './pydantic-settings.js';
import { helperCallShape, unpackedPassThrough } from './python-env-helpers.js';
import { sectionedReadShape } from './python-sectioned-config.js';
import { entryName, importedEntryName, plainEntries, plainParameters, returnedText } from './python-module-values.js';
import { RUNTIME_CONFIG, runtimeConfigName } from './python-runtime-config.js';

/** The callee of a call as names only (calls in a chain contribute their name). */
function calleeText(node: SyntaxNode | undefined): string {
  if (!node) return '?';
  switch (node.type) {
    case 'identifier':
      return node.text;
    case 'attribute':
      return `${calleeText(field(node, 'object'))}.${field(node, 'attribute')?.text ?? '?'}`;
    case 'call':
      return calleeText(field(node, 'function'));
    case 'parenthesized_expression':
    case 'await':
      return calleeText(kids(node)[0]);
    default:
      return '?';
  }
}

/** Bases a class names for Python's own machinery, not for what it constructs. */
const NOT_CONSTRUCTED_BASES = /^(?:object|ABC|abc\.ABC|Generic|typing\.Generic|Protocol|typing\.Protocol)$/;

/**
 * The base class a `super().__init__(…)` (or `super(Cls, self).__init__(…)`) call constructs: the
 * first base of the class whose method makes it, a library's client (`class SlackClient(WebClient)`)
 * built with the arguments given, as a call of it would.
 */
function superConstructed(fn: SyntaxNode): SyntaxNode | undefined {
  if (fn.type !== 'attribute' || field(fn, 'attribute')?.text !== '__init__') return undefined;
  const receiver = field(fn, 'object');
  if (receiver?.type !== 'call' || field(receiver, 'function')?.text !== 'super') return undefined;
  let owner = fn.parent;
  while (owner && owner.type !== 'class_definition') owner = owner.parent;
  const bases = owner ? field(owner, 'superclasses') : undefined;
  return bases ? kids(bases).find((item) => (item.type === 'identifier' || item.type === 'attribute') && !NOT_CONSTRUCTED_BASES.test(item.text)) : undefined;
}

/** Whether a call's value is unused. */
function isStatement(node: SyntaxNode): boolean {
  let parent = node.parent;
  if (parent?.type === 'await') parent = parent.parent;
  return parent?.type === 'expression_statement';
}

/** The pieces of a string node: literal text and interpolated expressions. */
function stringParts(node: SyntaxNode): { parts: (string | SyntaxNode)[]; interpolated: boolean } {
  const start = allKids(node).find((child) => child.type === 'string_start')?.text ?? '';
  const raw = /[rR]/.test(start);
  const parts: (string | SyntaxNode)[] = [];
  let interpolated = false;
  let sawContent = false;
  for (const child of allKids(node)) {
    if (child.type === 'string_content') {
      parts.push(raw ? child.text : unescape(child.text));
      sawContent = true;
    } else if (child.type === 'escape_sequence') parts.push(unescape(child.text));
    else if (child.type === 'interpolation') {
      const inner = field(child, 'expression') ?? kids(child)[0];
      if (inner) parts.push(inner);
      interpolated = true;
    }
  }
  // Older grammars keep the text on the string node itself.
  if (!sawContent && !interpolated && parts.length === 0 && start === '') return { parts: [unquote(node.text)], interpolated: false };
  return { parts, interpolated };
}

/** `os.environ` and `environ` (from `from os import environ`). */
function isEnviron(node: SyntaxNode | undefined): boolean {
  const text = node ? compact(node.text) : '';
  return text === 'os.environ' || text === 'environ';
}

/**
 * The key of a Flask-style configuration entry: `app.config["USERS_URI"]`,
 * `current_app.config['X']`, `self.app.config["X"]` (a mapping object called `config`) →
 * `USERS_URI`. Such entries are set in one module and read in others of the same service.
 */
function configKey(node: SyntaxNode | undefined): string | undefined {
  if (node?.type !== 'subscript') return undefined;
  const object = field(node, 'value');
  const key = field(node, 'subscript');
  if (!object || !/(^|\.)config$/.test(compact(object.text)) || key?.type !== 'string') return undefined;
  const { parts, interpolated } = stringParts(key);
  const text = parts.join('');
  return !interpolated && /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(text) ? text : undefined;
}

/** The key of `app.config.get("USERS_URI")` (or `current_app.config.get(…)`). */
function configGetKey(node: SyntaxNode): string | undefined {
  const fn = field(node, 'function');
  const object = fn?.type === 'attribute' ? field(fn, 'object') : undefined;
  if (!object || field(fn as SyntaxNode, 'attribute')?.text !== 'get' || !/(^|\.)config$/.test(compact(object.text))) return undefined;
  const [first] = argumentsOf(field(node, 'arguments')).args;
  if (first?.type !== 'string') return undefined;
  const { parts, interpolated } = stringParts(first);
  const key = parts.join('');
  return !interpolated && /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key) ? key : undefined;
}

/**
 * The two names a parameter read inside a constructor or wrapper is bound under: by position
 * (`init:UserDb#0`) and by keyword (`init:UserDb#uri`), as callers may give it either way.
 * `create_engine(uri)` in `class UserDb: def __init__(self, uri)` reads `init:UserDb#0`
 * (positions counted without `self`); whoever constructs the class
 * (`UserDb(os.environ.get("DB_URI"))`), in this module or another of the service, binds it.
 * `requests.get(url)` in `def _get(url, headers=None)` reads `param:_get#0`, each call of `_get`
 * giving a value of its own.
 */
function parameterNames(node: SyntaxNode): { position: string; keyword: string } | undefined {
  if (node.type !== 'identifier' || node.parent?.type === 'parameters' || node.parent?.parent?.type === 'parameters') return undefined;
  let fn: SyntaxNode | null = node.parent;
  while (fn && fn.type !== 'function_definition') fn = fn.parent;
  const functionName = fn ? field(fn, 'name')?.text : undefined;
  if (!fn || !functionName) return undefined;
  const body = fn.parent;
  const holder = body?.type === 'block' ? body.parent : body?.type === 'decorated_definition' && body.parent?.type === 'block' ? body.parent.parent : undefined;
  const className = holder?.type === 'class_definition' ? field(holder, 'name')?.text : undefined;
  const names = kids(field(fn, 'parameters') as SyntaxNode).map((parameter) => (parameter.type === 'identifier' ? parameter : (field(parameter, 'name') ?? kids(parameter).find((child) => child.type === 'identifier')))?.text);
  const index = names.indexOf(node.text);
  // A method's first parameter is `self` (or `cls`), which no caller writes.
  const position = className ? index - 1 : index;
  if (index < 0 || position < 0) return undefined;
  const wrapper = (WRAPPER_FUNCTION.test(functionName) || (body?.type === 'module' && moduleRequestHelper(fn))) && !COMMON_METHODS.has(functionName);
  const prefix = functionName === '__init__' ? (className ? `init:${className}` : undefined) : wrapper ? `param:${functionName}` : undefined;
  return prefix ? { position: `${prefix}#${position}`, keyword: `${prefix}#${node.text.toLowerCase()}` } : undefined;
}

/**
 * A function or method of the service's own that takes an address (`def get_json(self, url)`,
 * `def call_api(url, body)`, a private `def _get(url)` / `def _fetch(self, url)`): named in snake
 * case of two words or more, or private (a leading underscore), and not one of the names client
 * libraries share (`get`, `send`, `publish`…), whose calls anywhere would lend it unrelated values.
 */
const WRAPPER_FUNCTION = /^(?:_*[a-z][a-z0-9]*(?:_[a-z0-9]+)+|_+[a-z][a-z0-9]*)$/;
/**
 * A one-word function of the module's top level (`def forward(base, path)`) whose parameter is the
 * address of a request of its body (`requests.request(request.method, f"{base}{path}")`, directly or
 * through a local `url = base + path`): a helper whose parameters are followed too, but only for the
 * calls of it by its bare name in the same module (moduleHelperCalled), as one word names many
 * functions across a service. One-word functions doing anything else with their parameters are not.
 */
const MODULE_HELPER = /^[a-z][a-z0-9]*$/;
/** The HTTP clients whose module-level verbs (`requests.get(url)`, `httpx.request(method, url)`) a module helper's request may be. */
const REQUEST_CLIENT = /^(?:requests|httpx)\.(get|post|put|delete|patch|head|options|request|stream)$/;

/** Asked for every name read in a function: the answers are kept per parsed tree, by the definition's offset. */
const requestHelpers = new WeakMap<object, Map<number, boolean>>();
/** Whether a top-level one-word function definition is a request helper (MODULE_HELPER). */
function moduleRequestHelper(definition: SyntaxNode): boolean {
  const known = requestHelpers.get(definition.tree) ?? new Map<number, boolean>();
  requestHelpers.set(definition.tree, known);
  const answer = known.get(definition.startIndex);
  if (answer !== undefined) return answer;
  const name = field(definition, 'name')?.text ?? '';
  const parameters = field(definition, 'parameters');
  const block = field(definition, 'body');
  let found = false;
  if (MODULE_HELPER.test(name) && !COMMON_METHODS.has(name) && parameters && block) {
    const flowing = new Set(kids(parameters).flatMap((parameter) => {
      const id = parameter.type === 'identifier' ? parameter : (field(parameter, 'name') ?? kids(parameter).find((child) => child.type === 'identifier'));
      return id ? [id.text] : [];
    }));
    const mentions = (node: SyntaxNode | undefined): boolean => node !== undefined && (node.type === 'identifier' ? flowing.has(node.text) : node.descendantsOfType('identifier').some((id) => id !== null && flowing.has(id.text)));
    for (const node of block.descendantsOfType(['assignment', 'call'])) {
      if (!node) continue;
      if (node.type === 'assignment') {
        const left = field(node, 'left');
        if (left?.type === 'identifier' && mentions(field(node, 'right') ?? undefined)) flowing.add(left.text);
        continue;
      }
      const verb = REQUEST_CLIENT.exec(compact(field(node, 'function')?.text ?? ''))?.[1];
      if (!verb) continue;
      const args = kids(field(node, 'arguments') ?? node).filter((arg) => arg.type !== 'comment');
      const keyword = args.find((arg) => arg.type === 'keyword_argument' && field(arg, 'name')?.text === 'url');
      const positional = args.filter((arg) => arg.type !== 'keyword_argument' && arg.type !== 'list_splat' && arg.type !== 'dictionary_splat');
      const url = keyword ? (field(keyword, 'value') ?? undefined) : positional[verb === 'request' || verb === 'stream' ? 1 : 0];
      if (mentions(url)) {
        found = true;
        break;
      }
    }
  }
  known.set(definition.startIndex, found);
  return found;
}

/** Whether a bare call (`forward(RATINGS_URL, "/x")`) calls a request helper its own module defines at the top level (moduleRequestHelper). */
function moduleHelperCalled(call: SyntaxNode, name: string): boolean {
  if (!MODULE_HELPER.test(name) || COMMON_METHODS.has(name)) return false;
  let root: SyntaxNode = call;
  while (root.parent) root = root.parent;
  // Undecorated, as parameterNames reads them (a decorated one is a route or a task, not a helper).
  return kids(root).some((child) => child.type === 'function_definition' && field(child, 'name')?.text === name && moduleRequestHelper(child));
}
const COMMON_METHODS = new Set(['run_forever', 'send_message', 'send_message_batch', 'receive_message', 'put_object', 'get_object', 'delete_object', 'list_objects', 'list_objects_v2', 'head_object', 'upload_file', 'download_file', 'upload_fileobj', 'download_fileobj', 'copy_object', 'generate_presigned_url', 'get_queue_sender', 'get_topic_sender', 'get_queue_receiver', 'get_subscription_receiver', 'get_container_client', 'get_blob_client', 'get_bucket', 'lookup_bucket', 'basic_publish', 'basic_consume', 'send_and_wait', 'connect_async', 'from_url', 'from_connection_string', 'create_engine', 'create_async_engine', 'create_pool', 'topic_path', 'subscription_path', 'insecure_channel', 'secure_channel', 'put_events', 'from_transport', 'send_mail', 'sendmail', 'send_email']);

/** A name a settings object goes by: `settings`, `config`, `yard_config`, `app_settings`, `cfg`. */
const SETTINGS_NAME = /(^|_)(settings|config|conf|cfg)$/i;

/** The name a configuration entry is bound under in the file and across the service's files. */
const configName = (key: string): string => `config:${key}`;

/** Whether an assignment is at the top level of a module (a settings module's constant). */
function atModuleLevel(node: SyntaxNode): boolean {
  return node.parent?.type === 'expression_statement' && node.parent.parent?.type === 'module';
}

/** The arguments of a call: positional ones, and keyword ones by lower-cased name. */
function argumentsOf(node: SyntaxNode | undefined): { args: SyntaxNode[]; named: Map<string, SyntaxNode> } {
  const args: SyntaxNode[] = [];
  const named = new Map<string, SyntaxNode>();
  if (!node || node.type !== 'argument_list') return { args, named };
  for (const child of kids(node)) {
    if (child.type === 'keyword_argument') {
      const name = field(child, 'name')?.text;
      const value = field(child, 'value');
      if (name && value) named.set(name.toLowerCase(), value);
    } else if (child.type !== 'list_splat' && child.type !== 'dictionary_splat') args.push(child);
  }
  return { args, named };
}

/**
 * Binds the arguments of a call of the service's own class or function: by position
 * (`init:UserDb#0`) and by keyword (`init:UserDb#uri`), for this file and the service's others.
 * The first call read wins across files; a fallback (a position standing in for its keyword) never does.
 */
function bindArguments(prefix: string, node: SyntaxNode | undefined, model: FileModel): void {
  const { args, named } = argumentsOf(node);
  const entries: [string, SyntaxNode][] = [...args.map((arg, index): [string, SyntaxNode] => [`${prefix}#${index}`, arg]), ...[...named].map(([keyword, arg]): [string, SyntaxNode] => [`${prefix}#${keyword}`, arg])];
  for (const [name, arg] of entries) {
    bind(model.bindings, name, arg);
    const existing = model.shared.get(name);
    if (!existing || existing.fallback) model.shared.set(name, { value: arg, at: arg });
  }
}

/** A call's keyword arguments by name as written (`.format(user=USER)`; `argumentsOf` lower-cases them). */
function keywordArguments(node: SyntaxNode): Map<string, SyntaxNode> {
  const named = new Map<string, SyntaxNode>();
  for (const child of kids(field(node, 'arguments') ?? node)) {
    const name = child.type === 'keyword_argument' ? field(child, 'name')?.text : undefined;
    const value = child.type === 'keyword_argument' ? field(child, 'value') : undefined;
    if (name && value) named.set(name, value);
  }
  return named;
}

/**
 * A loop variable of a `for` statement as each element of what it goes through:
 * `for name, upstream in upstreams.items()` (the key, then the value), `for u in upstreams.values()`,
 * `for key in upstreams` (keys), `for url in [a, b]` (the items). A comprehension's `for` is read alike.
 */
function loopElement(node: SyntaxNode): Shape | undefined {
  let target = node;
  let position: number | undefined;
  const parent = node.parent;
  if (parent && (parent.type === 'pattern_list' || parent.type === 'tuple_pattern')) {
    position = kids(parent).findIndex((child) => child.id === node.id);
    target = parent;
  }
  const loop = target.parent;
  if (!loop || (loop.type !== 'for_statement' && loop.type !== 'for_in_clause') || field(loop, 'left')?.id !== target.id) return undefined;
  const right = field(loop, 'right');
  if (!right) return undefined;
  const fn = right.type === 'call' ? field(right, 'function') : undefined;
  const method = fn?.type === 'attribute' ? field(fn, 'attribute')?.text : undefined;
  const receiver = fn?.type === 'attribute' ? field(fn, 'object') : undefined;
  if (receiver && method === 'items') return position === undefined ? undefined : { kind: 'element', of: receiver, part: position === 0 ? 'key' : 'value' };
  if (receiver && method === 'values') return { kind: 'element', of: receiver, part: 'value' };
  if (receiver && method === 'keys') return { kind: 'element', of: receiver, part: 'key' };
  if (position !== undefined) return undefined;
  return { kind: 'element', of: right, part: 'item' };
}

/** A dictionary literal's entries with string keys, by key as written. */
function dictionaryEntries(node: SyntaxNode): Map<string, SyntaxNode> {
  const entries = new Map<string, SyntaxNode>();
  for (const pair of kids(node)) {
    const key = pair.type === 'pair' ? field(pair, 'key') : undefined;
    const value = pair.type === 'pair' ? field(pair, 'value') : undefined;
    if (key?.type !== 'string' || !value) continue;
    const { parts, interpolated } = stringParts(key);
    if (!interpolated) entries.set(parts.join(''), value);
  }
  return entries;
}

/** Binds every target of an assignment to its value (`a = b`, `self.a = b`, `a, b = x, y`). */
function bindTargets(left: SyntaxNode, right: SyntaxNode, model: FileModel): void {
  const entry = configKey(left);
  if (entry) {
    // `app.config["USERS_URI"] = f"http://{os.environ['USERS_ADDR']}/login"`: for this file and the service's others.
    bind(model.bindings, configName(entry), right);
    model.shared.set(configName(entry), { value: right, at: right });
  } else if (left.type === 'identifier') bind(model.bindings, left.text, right);
  else if (left.type === 'attribute') {
    const name = field(left, 'attribute')?.text;
    if (name) bind(model.bindings, name, right);
  } else if ((left.type === 'pattern_list' || left.type === 'tuple_pattern') && (right.type === 'expression_list' || right.type === 'tuple')) {
    const targets = kids(left);
    const values = kids(right);
    targets.forEach((target, index) => {
      const value = values[index];
      if (value) bindTargets(target, value, model);
    });
  } else {
    // `_CELERY_URL, _CHANNELS_URL = _parse_redis_url(url)`: each name what the argument names.
    for (const [target, value] of unpackedPassThrough(left, right)) bindTargets(target, value, model);
  }
}

/**
 * Whether a variable holds the service's settings object made in another module: FastAPI's
 * `settings = get_settings()` (the cached factory imported from the settings module) or a
 * parameter typed with the settings class (`settings: Settings = Depends(get_settings)`).
 */
function holdsImportedSettings(name: string, model: FileModel): boolean {
  const type = model.types.get(name);
  if (type !== undefined && model.imported.has(type)) return true;
  const bound = model.bindings.get(name) ?? [];
  const only = bound.length === 1 ? bound[0] : undefined;
  const call = only && 'type' in only && only.type === 'call' ? only : undefined;
  const fn = call ? field(call, 'function') : undefined;
  return fn?.type === 'identifier' && model.imported.has(fn.text);
}

/** The reader for Python. */
export const pythonReader: LanguageReader = {
  nodeTypes: ['call', 'decorator', 'class_definition', 'function_definition', 'import_statement', 'import_from_statement', 'assignment', 'with_item', 'typed_parameter', 'typed_default_parameter', 'for_statement', 'for_in_clause'],

  site(node: SyntaxNode): CallSite | undefined {
    if (node.type === 'call') {
      const fn = field(node, 'function');
      if (!fn) return undefined;
      const parsed = once(() => argumentsOf(field(node, 'arguments')));
      const member = fn.type === 'attribute';
      // `super().__init__(token=…, base_url=…)` in `class SlackClient(WebClient)`: the base class constructed.
      const base = superConstructed(fn);
      if (base) {
        return makeSite(node, 'call', calleeText(base), {
          args: () => parsed().args,
          named: () => parsed().named,
          line: () => lineOf(field(fn, 'attribute') ?? node),
          statement: () => isStatement(node),
        });
      }
      return makeSite(node, 'call', calleeText(fn), {
        receiver: () => (member ? field(fn, 'object') : undefined),
        args: () => parsed().args,
        named: () => parsed().named,
        line: () => lineOf((member ? field(fn, 'attribute') : undefined) ?? node),
        statement: () => isStatement(node),
      });
    }
    // A bare decorator (`@rpc`) marks an entrypoint as an annotation does in Java; a decorator
    // with arguments (`@event_handler("orders", "placed")`) is a call and read as one above.
    if (node.type === 'decorator') {
      const expression = kids(node).find((child) => child.type === 'identifier' || child.type === 'attribute');
      return expression ? makeSite(node, 'annotation', calleeText(expression), { args: [], named: new Map(), line: lineOf(node) }) : undefined;
    }
    return undefined;
  },

  bases(node: SyntaxNode): CallSite[] | undefined {
    if (node.type !== 'class_definition') return undefined;
    const bases = field(node, 'superclasses');
    // Class attributes are the named values of a base site: a Locust `HttpUser`'s `host = "http://…"`.
    const named = (): Map<string, SyntaxNode> => {
      const attributes = new Map<string, SyntaxNode>();
      for (const statement of kids(field(node, 'body') as SyntaxNode)) {
        const assignment = statement.type === 'expression_statement' ? kids(statement)[0] : undefined;
        const left = assignment?.type === 'assignment' ? field(assignment, 'left') : undefined;
        const right = assignment ? field(assignment, 'right') : undefined;
        if (left?.type === 'identifier' && right) attributes.set(left.text.toLowerCase(), right);
      }
      return attributes;
    };
    return bases ? kids(bases).filter((base) => base.type === 'identifier' || base.type === 'attribute').map((base) => makeSite(base, 'base', calleeText(base), { line: lineOf(node), named })) : undefined;
  },

  shape(node: SyntaxNode): Shape {
    switch (node.type) {
      case 'string': {
        const { parts, interpolated } = stringParts(node);
        if (interpolated) return { kind: 'parts', parts };
        return { kind: 'string', text: parts.filter((part): part is string => typeof part === 'string').join('') };
      }
      case 'concatenated_string':
        return { kind: 'parts', parts: kids(node) };
      case 'integer':
      case 'float':
        return { kind: 'number', text: node.text };
      case 'binary_operator': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        const operator = field(node, 'operator')?.text;
        if (!left || !right) return { kind: 'unknown' };
        if (operator === '+') return { kind: 'parts', parts: [left, right] };
        // yarl's `URL(base) / "v1" / "run"` (and pathlib's `/`): the base, then each segment.
        if (operator === '/' && right.type !== 'integer' && right.type !== 'float' && left.type !== 'integer' && left.type !== 'float') return { kind: 'parts', parts: [left, '/', right] };
        if (operator === '%' && left.type === 'string') {
          const format = pythonReader.shape(left);
          const values = right.type === 'tuple' ? kids(right) : [right];
          // `'http://%(host)s/x' % {'host': HOST}` names its holes; `dict(host=HOST)` too.
          const named = right.type === 'dictionary' ? dictionaryEntries(right) : right.type === 'call' && field(right, 'function')?.text === 'dict' ? keywordArguments(right) : undefined;
          if (format.kind === 'string') return { kind: 'parts', parts: formatParts(format.text, named ? [] : values, named) };
        }
        return { kind: 'unknown' };
      }
      case 'boolean_operator': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        return left && right && field(node, 'operator')?.text === 'or' ? { kind: 'either', options: [left, right] } : { kind: 'unknown' };
      }
      case 'conditional_expression': {
        const [consequence, , alternative] = kids(node);
        return { kind: 'either', options: [consequence, alternative].filter((option): option is SyntaxNode => option !== undefined) };
      }
      case 'identifier': {
        const element = loopElement(node);
        if (element) return element;
        // A parameter of a constructor or of one of the service's own functions: each call's argument.
        const parameter = parameterNames(node);
        return parameter ? { kind: 'name', name: parameter.position, param: { key: parameter.position, keyword: parameter.keyword, shared: true } } : { kind: 'name', name: node.text };
      }
      case 'attribute':
        // `configuration.DATABASE` of a module loaded at run time (python-runtime-config.ts).
        {
        const configured = runtimeConfigName(node);
        return { kind: 'name', name: configured !== undefined ? `${RUNTIME_CONFIG}${configured}` : (field(node, 'attribute')?.text ?? '') };
      }
      case 'subscript': {
        const key = field(node, 'subscript');
        // `REDIS["tasks"]` of a run-time configuration module's dictionary: its shared entry.
        const configured = runtimeConfigName(node);
        if (configured !== undefined) return { kind: 'name', name: `${RUNTIME_CONFIG}${configured}` };
        if (isEnviron(field(node, 'value')) && key) return { kind: 'env', key };
        const entry = configKey(node);
        if (entry) return { kind: 'name', name: configName(entry) };
        // `upstreams["details"]`: an entry of a dictionary, read by its key.
        const object = field(node, 'value');
        const literalKey = key?.type === 'string' ? pythonReader.shape(key) : undefined;
        if (object && literalKey?.kind === 'string') return { kind: 'member', object, key: literalKey.text.toLowerCase() };
        // `peers[random.randrange(len(peers))]`: any item of the list, so the list.
        if (object && picksPerRequest(key)) return { kind: 'wrap', inner: object };
        return { kind: 'unknown' };
      }
      case 'call': {
        // `getattr(configuration, "REDIS")`, `TASKS_REDIS.get("HOST", "localhost")` (python-runtime-config.ts).
        const configured = runtimeConfigName(node);
        if (configured !== undefined) return { kind: 'name', name: `${RUNTIME_CONFIG}${configured}` };
        const fn = field(node, 'function');
        const object = fn?.type === 'attribute' ? field(fn, 'object') : undefined;
        if (object?.type === 'string' && field(fn as SyntaxNode, 'attribute')?.text === 'format') {
          const format = pythonReader.shape(object);
          const { args } = argumentsOf(field(node, 'arguments'));
          if (format.kind === 'string') return { kind: 'parts', parts: formatParts(format.text, args, keywordArguments(node)) };
        }
        // A sectioned accessor's read (`conf.get("celery", "broker_url")`): its variable, its defaults file after (python-sectioned-config.ts).
        const sectioned = sectionedReadShape(node);
        if (sectioned) return sectioned;
        const entry = configGetKey(node);
        if (entry) return { kind: 'name', name: configName(entry) };
        // The team's own env helpers and pass-through functions, known by their bodies (python-env-helpers.ts).
        const helper = helperCallShape(node);
        if (helper) return helper;
        const site = pythonReader.site(node);
        return site ? { kind: 'call', site } : { kind: 'unknown' };
      }
      case 'assignment': {
        // Only a pydantic settings field is read as a value: the variable it is filled from (see declare).
        const setting = settingsField(node);
        return setting ? { kind: 'env', key: setting.env, ...(setting.fallback ? { fallback: setting.fallback } : {}) } : { kind: 'unknown' };
      }
      case 'list_comprehension': {
        // `[peer.strip() for peer in os.environ["PEERS"].split(",") if peer]`: the items of what is
        // gone through, kept (or trimmed) one by one, so the list it is.
        const loop = kids(node).find((child) => child.type === 'for_in_clause');
        const variable = loop ? field(loop, 'left') : undefined;
        const source = loop ? field(loop, 'right') : undefined;
        const body = field(node, 'body')?.text.replace(/\.(?:strip|lstrip|rstrip|lower)\(\)$/, '');
        return source && variable?.type === 'identifier' && body === variable.text ? { kind: 'wrap', inner: source } : { kind: 'unknown' };
      }
      case 'await':
      case 'parenthesized_expression': {
        const inner = kids(node)[0];
        return inner ? { kind: 'wrap', inner } : { kind: 'unknown' };
      }
      case 'function_definition': {
        // A module function returning a text it builds (python-module-values.ts), for a call of it.
        const returned = returnedText(node);
        return returned ? { kind: 'wrap', inner: returned } : { kind: 'unknown' };
      }
      case 'list':
      case 'tuple':
      case 'set':
        return { kind: 'list', items: kids(node) };
      case 'dictionary': {
        const entries = new Map<string, SyntaxNode>();
        for (const pair of kids(node)) {
          const key = field(pair, 'key');
          const value = field(pair, 'value');
          if (pair.type === 'pair' && key?.type === 'string' && value) {
            const text = pythonReader.shape(key);
            if (text.kind === 'string') entries.set(text.text.toLowerCase(), value);
          }
        }
        return { kind: 'object', entries };
      }
      default:
        return { kind: 'unknown' };
    }
  },

  parameterKeys(declaration: SyntaxNode): string[] | undefined {
    // The names a module function's parameters are read under in its body (see parameterNames).
    const name = declaration.type === 'function_definition' ? field(declaration, 'name')?.text : undefined;
    const parameters = name !== undefined && returnedText(declaration) ? plainParameters(declaration) : undefined;
    if (name === undefined || !parameters || parameters.length === 0) return undefined;
    const wrapper = WRAPPER_FUNCTION.test(name) && !COMMON_METHODS.has(name);
    return parameters.map((parameter, index) => (wrapper ? `param:${name}#${index}` : parameter));
  },

  crossFile(node: SyntaxNode, model: FileModel): string | undefined {
    // A read of a configuration module loaded at run time: the name that module shares (python-runtime-config.ts).
    const configured = node.type === 'call' || node.type === 'attribute' || node.type === 'subscript' ? runtimeConfigName(node) : undefined;
    if (configured !== undefined) return configured;
    // `current_app.config["USERS_URI"]`, `app.config.get("USERS_URI")`: set in another module of the service.
    const entry = configKey(node);
    if (entry) return configName(entry);
    // `upstreams.details["name"]` of an `import upstreams`: that module's dictionary entry.
    const dictionaryEntry = importedEntryName(node, (name) => model.imports.includes(name) && !model.bindings.has(name));
    if (dictionaryEntry) return dictionaryEntry;
    if (node.type === 'call') {
      // A sectioned or layered accessor's read (`CONFIG.get("redis.host")`) is its variable (shape, above).
      if (sectionedReadShape(node)) return undefined;
      const key = configGetKey(node);
      return key ? configName(key) : undefined;
    }
    // A constructor parameter, which the code constructing the class gives, by position or (when
    // no caller binds the position) by keyword.
    const parameter = parameterNames(node);
    if (parameter) {
      if (!model.shared.has(parameter.position)) model.shared.set(parameter.position, { value: { kind: 'ref', name: parameter.keyword }, at: node, fallback: true });
      return parameter.position;
    }
    // A constant imported from a settings module (`from .settings import USERS_URL`), or read off
    // an imported module (`settings.USERS_URL`, `config.USERS_URL`).
    if (node.type === 'identifier') return model.imported.has(node.text) || (model.starImports === true && /^[A-Z][A-Z0-9_]*$/.test(node.text) && !model.bindings.has(node.text)) ? node.text : undefined;
    if (node.type !== 'attribute') return undefined;
    const object = field(node, 'object');
    return object?.type === 'identifier' && (model.imported.has(object.text) || holdsImportedSettings(object.text, model) || SETTINGS_NAME.test(object.text)) ? field(node, 'attribute')?.text : undefined;
  },

  declare(node: SyntaxNode, model: FileModel): void {
    switch (node.type) {
      case 'import_statement':
        for (const name of kids(node)) {
          const module = compact((name.type === 'aliased_import' ? field(name, 'name') : name)?.text ?? '');
          model.imports.push(module);
          const local = name.type === 'aliased_import' ? field(name, 'alias')?.text : module.includes('.') ? undefined : module;
          if (local && /(settings|config|conf)$/i.test(local)) model.imported.add(local);
          // `import requests as rq`: `rq.post` is `requests.post`.
          if (local && name.type === 'aliased_import') recordAlias(model, local, [module]);
        }
        return;
      case 'import_from_statement': {
        const module = compact(field(node, 'module_name')?.text ?? '');
        model.imports.push(module);
        // `from .base import *`, `from inkwell.settings.data_stores import *`: the module's constants, unnamed.
        if (kids(node).some((child) => child.type === 'wildcard_import') && (module.startsWith('.') || /(^|\.)(settings|configs?|conf)(\.|$)/i.test(module))) model.starImports = true;
        for (const name of node.childrenForFieldName('name')) {
          const imported = name?.type === 'aliased_import' ? field(name, 'name') : name;
          if (imported) model.imports.push(`${module}.${compact(imported.text)}`);
          // Names from the service's own modules (relative, or a settings/config module) may be set there.
          const local = name?.type === 'aliased_import' ? field(name, 'alias')?.text : imported?.text;
          if (local && (module.startsWith('.') || /(^|\.)(settings|configs?|conf)$/i.test(module) || SETTINGS_NAME.test(local))) model.imported.add(local);
          // `from httpx import post as send`: `send(url)` is `httpx.post(url)`, or `post(url)` as imported.
          if (local && imported && name?.type === 'aliased_import' && !module.startsWith('.')) recordAlias(model, local, [`${module}.${compact(imported.text)}`, compact(imported.text)]);
        }
        return;
      }
      case 'call': {
        const fn = field(node, 'function');
        // `UserDb(os.environ.get("DB_URI"))`, `api.BackendClient(base)`: a class constructed with
        // arguments binds its `__init__` parameters by position, for the service's other modules.
        const className = fn?.type === 'identifier' ? fn.text : fn?.type === 'attribute' ? field(fn, 'attribute')?.text : undefined;
        if (className && /^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/.test(className) && !isPydanticConstructor(className)) {
          bindArguments(`init:${className}`, field(node, 'arguments'), model);
          return;
        }
        // `client.get_json(app.config["HISTORY_URI"] + "/" + acct)`: a call of one of the service's
        // own functions binds its parameters by position (see parameterNames).
        const functionName = className ?? '';
        if ((WRAPPER_FUNCTION.test(functionName) && !COMMON_METHODS.has(functionName)) || (fn?.type === 'identifier' && moduleHelperCalled(node, functionName))) {
          bindArguments(`param:${functionName}`, field(node, 'arguments'), model);
          return;
        }
        // `app.config.update(USERS_URI=…)`, `app.config.from_mapping({...})`.
        const object = fn?.type === 'attribute' ? field(fn, 'object') : undefined;
        const method = fn?.type === 'attribute' ? field(fn, 'attribute')?.text : undefined;
        if (!object || !/^(update|from_mapping)$/.test(method ?? '') || !/(^|\.)config$/.test(compact(object.text))) return;
        const { args } = argumentsOf(field(node, 'arguments'));
        const entries: [string, SyntaxNode][] = [];
        for (const child of kids(field(node, 'arguments') as SyntaxNode)) {
          if (child.type !== 'keyword_argument') continue;
          const key = field(child, 'name')?.text;
          const value = field(child, 'value');
          if (key && value) entries.push([key, value]);
        }
        for (const arg of args) {
          if (arg.type !== 'dictionary') continue;
          for (const pair of kids(arg)) {
            const key = field(pair, 'key');
            const value = field(pair, 'value');
            if (pair.type === 'pair' && key?.type === 'string' && value) entries.push([stringParts(key).parts.join(''), value]);
          }
        }
        for (const [key, value] of entries) {
          bind(model.bindings, configName(key), value);
          model.shared.set(configName(key), { value, at: value });
        }
        return;
      }
      case 'assignment': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        const type = field(node, 'type');
        // A pydantic settings field is its environment variable, the value written only its default:
        // for this file and, as `settings.qdrant_url`, the modules importing the settings object.
        const setting = settingsField(node);
        if (setting) {
          bind(model.bindings, setting.name, node);
          model.shared.set(setting.name, { value: node, at: node });
          return;
        }
        if (left && right) bindTargets(left, right, model);
        // A settings module's constant (`USERS_URL = os.environ["USERS_URL"]`), which other modules import.
        if (left?.type === 'identifier' && right && atModuleLevel(node) && /^[A-Z][A-Z0-9_]*$/.test(left.text)) model.shared.set(left.text, { value: right, at: right });
        // A module's dictionary of upstreams (`details = {"name": _base(DETAILS_HOSTNAME)}`): each entry, for the modules importing it.
        // Nested dictionaries share their entries too (`REDIS = {"tasks": {"HOST": …}}` → `REDIS[tasks][HOST]`).
        if (left?.type === 'identifier' && right && atModuleLevel(node)) {
          const share = (name: string, dictionary: SyntaxNode, depth: number): void => {
            for (const [key, value] of plainEntries(dictionary)) {
              model.shared.set(entryName(name, key), { value, at: value });
              if (depth < 3 && value.type === 'dictionary') share(entryName(name, key), value, depth + 1);
            }
          };
          share(left.text, right, 0);
        }
        // `settings.USERS_URL = os.getenv(…)`: a settings object filled at start-up.
        if (left?.type === 'attribute' && right) {
          const owner = field(left, 'object');
          const name = field(left, 'attribute')?.text;
          if (owner && name && /(^|\.)(settings|config|conf)$/i.test(compact(owner.text))) model.shared.set(name, { value: right, at: right });
        }
        if (left?.type === 'identifier' && type) model.types.set(left.text, typeName(type.text));
        return;
      }
      case 'function_definition': {
        // A module function returning a text it builds: a call of it stands for that text, its
        // parameters read from the call's arguments (Evaluator.returnedValue, parameterKeys).
        const name = field(node, 'name')?.text;
        if (name && returnedText(node)) bind(model.bindings, `${name}()`, node);
        return;
      }
      case 'for_statement':
      case 'for_in_clause': {
        // The loop variables stand for each element of the collection (see loopElement).
        const left = field(node, 'left');
        const names = left?.type === 'identifier' ? [left] : kids(left ?? node).filter((child) => left !== undefined && child.type === 'identifier');
        for (const name of names) bind(model.bindings, name.text, name);
        return;
      }
      case 'with_item': {
        const value = field(node, 'value');
        if (value?.type === 'as_pattern') {
          const [expression] = kids(value);
          const alias = field(value, 'alias');
          const name = alias ? kids(alias)[0] ?? alias : undefined;
          if (expression && name?.type === 'identifier') bind(model.bindings, name.text, expression);
        }
        return;
      }
      case 'typed_parameter':
      case 'typed_default_parameter': {
        const name = field(node, 'name') ?? kids(node).find((child) => child.type === 'identifier');
        const type = field(node, 'type');
        if (name && type) model.types.set(name.text, typeName(type.text));
        const value = field(node, 'value');
        if (name && value) bind(model.bindings, name.text, value);
        return;
      }
      default:
        return;
    }
  },
};

