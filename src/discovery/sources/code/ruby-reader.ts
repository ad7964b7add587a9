/**
 * The Ruby reader: method calls with or without parentheses, `Foo::Bar.new(…)` constructions,
 * keyword arguments and hashes as option bags, interpolated strings, `ENV['X']`, blocks giving
 * `ENV.fetch('X') { 'default' }` its default, `config.redis = {…}` assignments inside configuration
 * blocks, and the declarations that bind names (assignments to locals, constants, `@ivars`,
 * `$globals`, methods returning a value, parameter defaults, `require`).
 *
 * Ruby has no imports a signature could be gated on: Bundler requires a Rails app's gems before
 * any file runs. The constants a file names instead say which gem it uses (`Bunny.new`,
 * `include HTTParty`, `< Karafka::BaseConsumer`), so they are recorded as imports beside the
 * required paths.
 */
import type { CallSite, FileModel, LanguageReader, Shape, SyntaxNode } from './code-model.js';
import { allKids, bind, compact, field, kids, lineOf, makeSite, once, picksPerRequest, unescape } from './syntax-helpers.js';
import { formatParts } from './value-evaluation.js';

/** A name without its sigil: `@redis`, `@@redis` and `$redis` are the `redis` an accessor reads. */
const bare = (text: string): string => text.replace(/^(?:@@|@|\$)/, '');

/** A constant path as dotted names (`Aws::SQS::Client` → `Aws.SQS.Client`), or undefined for anything else. */
function constantPath(node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'constant') return node.text;
  if (node.type !== 'scope_resolution') return undefined;
  const name = field(node, 'name')?.text;
  const scope = field(node, 'scope');
  if (!name) return undefined;
  // `::Redis` names the top-level constant.
  if (!scope) return name;
  const outer = constantPath(scope);
  return outer ? `${outer}.${name}` : undefined;
}

/** The callee of a call as names only (calls in a chain contribute their method's name). */
function calleeText(node: SyntaxNode | undefined): string {
  if (!node) return '?';
  switch (node.type) {
    case 'identifier':
    case 'constant':
    case 'self':
      return node.text;
    case 'instance_variable':
    case 'class_variable':
    case 'global_variable':
      return bare(node.text);
    case 'scope_resolution':
      return constantPath(node) ?? '?';
    case 'call': {
      const method = field(node, 'method')?.text ?? '?';
      const receiver = field(node, 'receiver');
      return receiver ? `${calleeText(receiver)}.${method}` : method;
    }
    case 'parenthesized_statements':
      return calleeText(kids(node)[0]);
    default:
      return '?';
  }
}

/** Node types whose children are statements: a call directly under one is a statement of its own. */
const STATEMENT_HOLDERS = new Set(['program', 'body_statement', 'block_body', 'then', 'else', 'begin', 'ensure', 'do']);

/** Whether a node is the left side of an assignment (`config.redis = …` is no call of `redis`). */
function isAssigned(node: SyntaxNode): boolean {
  const parent = node.parent;
  return (parent?.type === 'assignment' || parent?.type === 'operator_assignment') && field(parent, 'left')?.id === node.id;
}

/** The last expression of a body: what a block or method evaluates to. */
function lastExpression(body: SyntaxNode | undefined): SyntaxNode | undefined {
  if (!body) return undefined;
  if (body.type !== 'body_statement' && body.type !== 'block_body') return body;
  const statements = kids(body);
  return statements[statements.length - 1];
}

/** The key a hash pair is written with, lower-cased: `url:`, `:url =>`, `'bootstrap.servers' =>`, `"bootstrap.servers":`. */
function pairKey(pair: SyntaxNode): string | undefined {
  const key = field(pair, 'key');
  if (!key) return undefined;
  switch (key.type) {
    case 'hash_key_symbol':
    case 'identifier':
    case 'constant':
      return key.text.toLowerCase();
    case 'simple_symbol':
      return key.text.replace(/^:/, '').toLowerCase();
    case 'string':
    case 'delimited_symbol': {
      const { parts, interpolated } = stringParts(key);
      return interpolated ? undefined : parts.join('').toLowerCase();
    }
    default:
      return undefined;
  }
}

/** The arguments of a call: positional ones, and keyword arguments (hash pairs) by lower-cased name. */
function argumentsOf(node: SyntaxNode | undefined): { args: SyntaxNode[]; named: Map<string, SyntaxNode> } {
  const args: SyntaxNode[] = [];
  const named = new Map<string, SyntaxNode>();
  if (!node) return { args, named };
  for (const child of kids(node)) {
    if (child.type === 'pair') {
      const key = pairKey(child);
      const value = field(child, 'value');
      if (key !== undefined && value) named.set(key, value);
    } else if (!/splat_argument|block_argument|forward_argument/.test(child.type)) args.push(child);
  }
  return { args, named };
}

/** The pieces of a string: literal text and interpolated expressions (`"http://#{host}:9080"`). */
function stringParts(node: SyntaxNode): { parts: (string | SyntaxNode)[]; interpolated: boolean } {
  // Single-quoted strings keep their backslashes (but `\'` and `\\`).
  const single = node.text.startsWith("'") || /^%q/.test(node.text);
  const parts: (string | SyntaxNode)[] = [];
  let interpolated = false;
  for (const child of allKids(node)) {
    if (child.type === 'string_content') parts.push(single ? child.text.replace(/\\(['\\])/g, '$1') : unescape(child.text));
    else if (child.type === 'escape_sequence') parts.push(unescape(child.text));
    else if (child.type === 'interpolation') {
      const inner = kids(child);
      if (inner.length === 1 && inner[0]) parts.push(inner[0]);
      else parts.push(child);
      interpolated = true;
    }
  }
  return { parts, interpolated };
}

/** `ENV`, `::ENV`. */
function isEnv(node: SyntaxNode | undefined): boolean {
  return node !== undefined && (node.type === 'constant' || node.type === 'scope_resolution') && constantPath(node) === 'ENV';
}

/** Records a constant path as a gem the file uses (its root and the path: `Aws`, `Aws.SQS.Client`). */
function noteConstant(path: string | undefined, model: FileModel): void {
  if (!path) return;
  const root = path.split('.')[0] as string;
  for (const name of root === path ? [path] : [root, path]) if (!model.imports.includes(name)) model.imports.push(name);
}

/** The root constant of a receiver chain (`Aws::S3::Client.new(…).put_object` → `Aws.S3.Client`). */
function receiverConstant(node: SyntaxNode | undefined): string | undefined {
  let current = node;
  for (let steps = 0; current && steps < 20; steps += 1) {
    const path = constantPath(current);
    if (path) return path;
    if (current.type !== 'call') return undefined;
    current = field(current, 'receiver');
  }
  return undefined;
}

/** Binds an assignment's targets to their values (`a = b`, `@a = b`, `self.a = b`, `a, b = x, y`). */
function bindTargets(left: SyntaxNode, right: SyntaxNode, model: FileModel): void {
  switch (left.type) {
    case 'identifier':
    case 'constant':
    case 'instance_variable':
    case 'class_variable':
    case 'global_variable':
      bind(model.bindings, bare(left.text), right);
      return;
    case 'scope_resolution':
    case 'call': {
      const name = left.type === 'call' ? field(left, 'method')?.text : field(left, 'name')?.text;
      if (name) bind(model.bindings, name, right);
      return;
    }
    case 'left_assignment_list': {
      if (right.type !== 'right_assignment_list') return;
      const values = kids(right);
      kids(left).forEach((target, index) => {
        const value = values[index];
        if (value) bindTargets(target, value, model);
      });
      return;
    }
    default:
      return;
  }
}

/** Whether a node is at the top of a file or directly in a module or class body (a constant others may read). */
function atDefinitionLevel(node: SyntaxNode): boolean {
  const parent = node.parent;
  if (parent?.type === 'program') return true;
  return parent?.type === 'body_statement' && (parent.parent?.type === 'module' || parent.parent?.type === 'class');
}

/** A constant name as Ruby writes it (`USERS_URL`, `ApiBase`). */
const CONSTANT = /^[A-Z]\w*$/;

/** The application's configuration object as other files reach it (`Rails.configuration.x`, `Rails.application.config`). */
const RAILS_CONFIGURATION = /^Rails\.(?:configuration|application\.config)(?:\.x)?$/;
/** The key a custom Rails setting is shared under, whichever way it is written or read. */
const railsSettingKey = (name: string): string => `Rails.configuration.${name}`;

/** Whether a node is inside the application's configuration (`class Application < Rails::Application`, `Rails.application.configure do`). */
function inRailsApplication(node: SyntaxNode): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'class' && /\bRails::Application$/.test(compact(field(current, 'superclass')?.text ?? ''))) return true;
    if (current.type === 'call' && /^Rails\.application\.configure$/.test(compact(`${field(current, 'receiver')?.text ?? ''}.${field(current, 'method')?.text ?? ''}`))) return true;
  }
  return false;
}

/**
 * A custom setting of the Rails application (`config.peer_services = …` in config/application.rb,
 * read anywhere as `Rails.configuration.peer_services`): Rails keeps one configuration object for
 * the whole app, so a value set in one file is what every other file reads.
 */
function railsSetting(call: SyntaxNode, writing: boolean): string | undefined {
  if (call.type !== 'call' || field(call, 'arguments') || field(call, 'block')) return undefined;
  const name = field(call, 'method')?.text;
  const receiver = compact(field(call, 'receiver')?.text ?? '');
  if (!name || !/^[a-z_]\w*$/.test(name)) return undefined;
  if (RAILS_CONFIGURATION.test(receiver)) return railsSettingKey(name);
  return writing && /^config(?:\.x)?$/.test(receiver) && inRailsApplication(call) ? railsSettingKey(name) : undefined;
}

/** The reader for Ruby. */
export const rubyReader: LanguageReader = {
  nodeTypes: ['call', 'assignment', 'operator_assignment', 'class', 'method', 'singleton_method', 'keyword_parameter', 'optional_parameter'],

  site(node: SyntaxNode): CallSite | undefined {
    if (node.type === 'assignment' || node.type === 'operator_assignment') {
      // `config.redis = { url: … }` in a configuration block; `client.base_url = …`.
      const left = field(node, 'left');
      const right = field(node, 'right');
      if (left?.type !== 'call' || !right) return undefined;
      // `config.cache_store = :redis_cache_store, { url: … }` assigns a list: its items are the arguments.
      const args = right.type === 'right_assignment_list' ? kids(right) : [right];
      return makeSite(node, 'assign', calleeText(left), { receiver: () => field(left, 'receiver'), args, line: () => lineOf(node) });
    }
    if (node.type !== 'call' || isAssigned(node)) return undefined;
    const method = field(node, 'method');
    if (!method) return undefined;
    const receiver = field(node, 'receiver');
    const parsed = once(() => {
      const result = argumentsOf(field(node, 'arguments'));
      // `ENV.fetch('X') { 'default' }`, `fetch(key) { default }`: the block's value is the default.
      const block = field(node, 'block');
      if (block && method.text === 'fetch' && !result.named.has('default')) {
        const value = lastExpression(field(block, 'body'));
        if (value) result.named.set('default', value);
      }
      return result;
    });
    const parts = {
      args: () => parsed().args,
      named: () => parsed().named,
      line: () => lineOf(method),
      statement: () => STATEMENT_HOLDERS.has(node.parent?.type ?? ''),
    };
    // `Redis.new(…)`, `Aws::SQS::Client.new`, `Foo::Bar::Stub.new(addr, creds)`: a construction of the class.
    const constructed = method.text === 'new' ? constantPath(receiver) : undefined;
    if (constructed) return makeSite(node, 'new', constructed, parts);
    return makeSite(node, 'call', receiver ? `${calleeText(receiver)}.${method.text}` : method.text, { ...parts, receiver: () => receiver });
  },

  bases(node: SyntaxNode): CallSite[] | undefined {
    if (node.type !== 'class') return undefined;
    const superclass = field(node, 'superclass');
    const base = superclass ? kids(superclass)[0] : undefined;
    const path = constantPath(base);
    return base && path ? [makeSite(base, 'base', path, { line: lineOf(node) })] : undefined;
  },

  shape(node: SyntaxNode): Shape {
    switch (node.type) {
      case 'string':
      case 'bare_string':
      case 'delimited_symbol': {
        const { parts, interpolated } = stringParts(node);
        if (interpolated) return { kind: 'parts', parts };
        return { kind: 'string', text: parts.filter((part): part is string => typeof part === 'string').join('') };
      }
      case 'simple_symbol':
        return { kind: 'string', text: node.text.replace(/^:/, '') };
      case 'hash_key_symbol':
        return { kind: 'string', text: node.text };
      case 'chained_string':
        return { kind: 'parts', parts: kids(node) };
      case 'integer':
      case 'float':
        return { kind: 'number', text: node.text.replace(/_/g, '') };
      case 'interpolation': {
        const inner = kids(node);
        return inner.length === 1 && inner[0] ? { kind: 'wrap', inner: inner[0] } : { kind: 'unknown' };
      }
      case 'binary': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        const operator = field(node, 'operator')?.text;
        if (!left || !right) return { kind: 'unknown' };
        if (operator === '+') return { kind: 'parts', parts: [left, right] };
        if (operator === '||' || operator === 'or') return { kind: 'either', options: [left, right] };
        if (operator === '%' && left.type === 'string') {
          // `'http://%s:%d' % [host, port]`, `'…%{host}…' % { host: h }`
          const format = rubyReader.shape(left);
          const named = right.type === 'hash' ? argumentsOf(right).named : undefined;
          const values = right.type === 'array' ? kids(right) : [right];
          if (format.kind === 'string') return { kind: 'parts', parts: formatParts(format.text.replace(/%\{(\w+)\}/g, '%($1)s'), named ? [] : values, named) };
        }
        return { kind: 'unknown' };
      }
      case 'conditional': {
        const options = [field(node, 'consequence'), field(node, 'alternative')].filter((option): option is SyntaxNode => option !== undefined);
        return { kind: 'either', options };
      }
      case 'identifier':
      case 'constant':
      case 'instance_variable':
      case 'class_variable':
      case 'global_variable':
        return { kind: 'name', name: bare(node.text) };
      case 'scope_resolution':
        return { kind: 'name', name: field(node, 'name')?.text ?? '' };
      case 'element_reference': {
        const object = field(node, 'object');
        const key = kids(node).filter((child) => child.id !== object?.id)[0];
        if (isEnv(object) && key) return { kind: 'env', key };
        // `peers[rand(peers.size)]`: any item of the list, so the list.
        if (object && picksPerRequest(key)) return { kind: 'wrap', inner: object };
        return { kind: 'unknown' };
      }
      case 'call': {
        const method = field(node, 'method');
        const receiver = field(node, 'receiver');
        // A method called on nothing with no arguments is an accessor: `redis_url` read as a name.
        if (method && !receiver && !field(node, 'arguments') && !field(node, 'block')) return { kind: 'name', name: method.text };
        const setting = railsSetting(node, false);
        if (setting) return { kind: 'name', name: setting };
        const site = rubyReader.site(node);
        return site ? { kind: 'call', site } : { kind: 'unknown' };
      }
      case 'parenthesized_statements':
      case 'begin_block': {
        const inner = kids(node);
        return inner.length === 1 && inner[0] ? { kind: 'wrap', inner: inner[0] } : { kind: 'unknown' };
      }
      case 'array':
      case 'string_array':
      case 'symbol_array':
        return { kind: 'list', items: kids(node) };
      case 'hash':
        return { kind: 'object', entries: argumentsOf(node).named };
      default:
        return { kind: 'unknown' };
    }
  },

  crossFile(node: SyntaxNode): string | undefined {
    // A constant set in another file of the app (`USERS_URL = ENV.fetch(…)` in an initializer,
    // `Settings::USERS_URL`), read here; Ruby loads every file's constants into one namespace.
    if (node.type === 'constant') return CONSTANT.test(node.text) && node.text !== 'ENV' ? node.text : undefined;
    if (node.type === 'scope_resolution') return field(node, 'name')?.text;
    return railsSetting(node, false);
  },

  declare(node: SyntaxNode, model: FileModel): void {
    switch (node.type) {
      case 'call': {
        const method = field(node, 'method')?.text;
        const receiver = field(node, 'receiver');
        if (!receiver && (method === 'require' || method === 'require_relative' || method === 'gem')) {
          const [first] = argumentsOf(field(node, 'arguments')).args;
          if (first?.type === 'string') {
            const { parts, interpolated } = stringParts(first);
            const path = parts.join('');
            if (!interpolated && !model.imports.includes(path)) model.imports.push(path);
            // Generated gRPC code (`cart_services_pb`) says the file talks gRPC.
            if (/_(?:services_)?pb$/.test(path) && !model.imports.includes('grpc')) model.imports.push('grpc');
          }
          return;
        }
        if (!receiver && (method === 'include' || method === 'extend' || method === 'prepend')) {
          for (const arg of argumentsOf(field(node, 'arguments')).args) noteConstant(constantPath(arg), model);
          return;
        }
        noteConstant(receiverConstant(receiver), model);
        return;
      }
      case 'class': {
        const superclass = field(node, 'superclass');
        noteConstant(constantPath(superclass ? kids(superclass)[0] : undefined), model);
        return;
      }
      case 'assignment':
      case 'operator_assignment': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        if (!left || !right) return;
        bindTargets(left, right, model);
        // `USERS_URL = ENV.fetch('USERS_URL')` at the top of a file or in a module: other files read it.
        if (left.type === 'constant' && atDefinitionLevel(node)) model.shared.set(left.text, { value: right, at: right });
        const setting = railsSetting(left, true);
        if (setting) model.shared.set(setting, { value: right, at: right });
        return;
      }
      case 'method':
      case 'singleton_method': {
        // `def users_url; "http://#{ENV['USERS_HOST']}:3000"; end`: called bare, it reads like a name.
        const name = field(node, 'name')?.text;
        const body = field(node, 'body');
        const value = lastExpression(body);
        const parameters = field(node, 'parameters');
        if (!name || !value || (parameters && kids(parameters).length > 0)) return;
        bind(model.bindings, name, value);
        bind(model.bindings, `${name}()`, value);
        return;
      }
      case 'keyword_parameter':
      case 'optional_parameter': {
        // `def initialize(url: ENV['USERS_URL'])`: the default is what runs when callers pass nothing.
        const name = field(node, 'name')?.text;
        const value = field(node, 'value');
        if (name && value) bind(model.bindings, name, value);
        return;
      }
      default:
        return;
    }
  },
};
