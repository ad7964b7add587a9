/**
 * The PHP reader: function, method (`->`, `?->`) and static (`::`) calls, `new` with named
 * arguments, `use` imports (namespaces written with `.` instead of `\`), double-quoted
 * interpolation, heredocs, `.` concatenation, `sprintf`, `??` and `?:`, `$_ENV`/`$_SERVER`,
 * `define` and class constants, arrays as option bags, PDO data source names, and the
 * configuration arrays Laravel's `config/*.php` files return (read by `config('file.key')`).
 */
import type { CallSite, FileModel, LanguageReader, Shape, SyntaxNode } from './code-model.js';
import { allKids, bind, field, kids, lineOf, makeSite, once, typeName, unescape, unquote } from './syntax-helpers.js';
import { formatParts } from './value-evaluation.js';

/** A name as written with `\` namespace separators turned into dots (`\Predis\Client` → `Predis.Client`). */
function dotted(text: string): string {
  return text.replace(/\s+/g, '').replace(/^\\/, '').replace(/\\/g, '.');
}

/** Each file's `use` clauses, short name (or alias) to full name, read once per tree. */
const useClauses = new WeakMap<object, Map<string, string>>();

/** The `use` clauses of the file a node is in. */
function usesOf(node: SyntaxNode): Map<string, string> {
  const tree = node.tree as object;
  let uses = useClauses.get(tree);
  if (!uses) {
    uses = new Map();
    for (const clause of node.tree.rootNode.descendantsOfType('namespace_use_clause')) {
      if (!clause) continue;
      const name = kids(clause).find((child) => child.type === 'qualified_name' || child.type === 'name');
      if (!name) continue;
      const group = clause.parent?.type === 'namespace_use_group' ? clause.parent.parent : undefined;
      const prefix = group ? kids(group).find((child) => child.type === 'namespace_name')?.text : undefined;
      const full = dotted(prefix ? `${prefix}\\${name.text}` : name.text);
      const alias = kids(clause).find((child) => child.type === 'namespace_aliasing_clause');
      const short = alias ? kids(alias)[0]?.text : full.split('.').pop();
      if (short && !uses.has(short)) uses.set(short, full);
    }
    useClauses.set(tree, uses);
  }
  return uses;
}

/** A class name as the file's `use` clauses qualify it (`Client` after `use GuzzleHttp\\Client;` → `GuzzleHttp.Client`). */
function qualified(node: SyntaxNode): string {
  const text = dotted(node.text);
  if (node.text.trimStart().startsWith('\\')) return text;
  const dot = text.indexOf('.');
  const first = dot < 0 ? text : text.slice(0, dot);
  const full = usesOf(node).get(first);
  return full ? `${full}${dot < 0 ? '' : text.slice(dot)}` : text;
}

/** A variable's name without its `$`. */
function variableName(node: SyntaxNode): string {
  return node.text.replace(/^\$+/, '');
}

/** The callee of a call as names only (calls in a chain contribute their name). */
function calleeText(node: SyntaxNode | undefined): string {
  if (!node) return '?';
  switch (node.type) {
    case 'name':
    case 'qualified_name':
      return qualified(node);
    case 'relative_scope':
      return dotted(node.text);
    case 'variable_name':
      return variableName(node);
    case 'member_access_expression':
    case 'nullsafe_member_access_expression':
    case 'member_call_expression':
    case 'nullsafe_member_call_expression':
      return `${calleeText(field(node, 'object'))}.${field(node, 'name')?.text ?? '?'}`;
    case 'scoped_call_expression':
    case 'class_constant_access_expression': {
      const scope = field(node, 'scope') ?? kids(node)[0];
      const name = field(node, 'name') ?? kids(node)[1];
      return `${calleeText(scope)}.${name?.text ?? '?'}`;
    }
    case 'function_call_expression':
      return calleeText(field(node, 'function'));
    case 'object_creation_expression':
      return calleeText(kids(node)[0]);
    case 'parenthesized_expression':
      return calleeText(kids(node)[0]);
    default:
      return '?';
  }
}

/** The value expression of an `argument` node (skipping its name). */
function argumentValue(argument: SyntaxNode): SyntaxNode | undefined {
  const name = field(argument, 'name');
  return kids(argument).find((child) => child.id !== name?.id);
}

/** The arguments of a call: positional ones, and PHP 8 named ones by lower-cased name. */
function argumentsOf(node: SyntaxNode | undefined): { args: SyntaxNode[]; named: Map<string, SyntaxNode> } {
  const args: SyntaxNode[] = [];
  const named = new Map<string, SyntaxNode>();
  if (!node || node.type !== 'arguments') return { args, named };
  for (const child of kids(node)) {
    if (child.type !== 'argument') continue;
    const value = argumentValue(child);
    if (!value || value.type === 'variadic_unpacking') continue;
    const name = field(child, 'name')?.text;
    if (name) named.set(name.toLowerCase(), value);
    else args.push(value);
  }
  return { args, named };
}

/** Whether a call's value is unused. */
function isStatement(node: SyntaxNode): boolean {
  return node.parent?.type === 'expression_statement';
}

/** The key and value of an array element (`'host' => $h`, `CURLOPT_URL => $u`, or a value alone). */
function elementOf(element: SyntaxNode): { key?: SyntaxNode; value?: SyntaxNode } {
  const parts = kids(element);
  if (parts.length >= 2) return { key: parts[0], value: parts[1] };
  return { value: parts[0] };
}

/** The text of a key that is a plain string or a constant name (`'base_uri'`, `CURLOPT_URL`). */
function keyText(key: SyntaxNode | undefined): string | undefined {
  if (!key) return undefined;
  if (key.type === 'string') return stringText(key);
  if (key.type === 'encapsed_string' && kids(key).every((child) => child.type === 'string_content' || child.type === 'escape_sequence')) return stringParts(key).join('');
  if (key.type === 'name') return key.text;
  return undefined;
}

/** The text of a single-quoted string, where only `\'` and `\\` are escapes (a double-quoted one is an `encapsed_string`). */
function stringText(node: SyntaxNode): string {
  const text = node.text.replace(/^[bB](?=['"])/, '');
  return text.startsWith("'") && text.endsWith("'") && text.length >= 2 ? text.slice(1, -1).replace(/\\(['\\])/g, '$1') : unquote(text);
}

/** The pieces of a double-quoted string or heredoc: literal text and interpolated expressions. */
function stringParts(node: SyntaxNode): (string | SyntaxNode)[] {
  const parts: (string | SyntaxNode)[] = [];
  const holder = node.type === 'heredoc' ? field(node, 'value') : node;
  for (const child of holder ? allKids(holder) : []) {
    if (child.type === 'string_content' || child.type === 'string_value') parts.push(child.text);
    else if (child.type === 'escape_sequence') parts.push(unescape(child.text));
    else if (child.isNamed && !/comment/.test(child.type)) parts.push(child);
  }
  return parts;
}

/**
 * PDO data source names (`mysql:host=db;port=3306;dbname=shop`, `pgsql:host=$host;dbname=x`,
 * `sqlsrv:Server=db,1433;Database=x`) rewritten as the URL the shared engine reads
 * (`mysql://db:3306/shop`), whether the host is written out or interpolated.
 */
const PDO_SCHEMES: Record<string, string> = { mysql: 'mysql', pgsql: 'postgresql', sqlsrv: 'sqlserver', dblib: 'sqlserver', mssql: 'sqlserver', oci: 'oracle', ibm: 'db2', cubrid: 'cubrid', firebird: 'firebird' };

export function pdoDsnParts(parts: readonly (string | SyntaxNode)[]): (string | SyntaxNode)[] | undefined {
  const first = parts[0];
  const driver = typeof first === 'string' ? /^([a-z]+):(?!\/\/)/i.exec(first) : null;
  const scheme = driver ? PDO_SCHEMES[(driver[1] ?? '').toLowerCase()] : undefined;
  if (!driver || !scheme) return undefined;
  const entries = new Map<string, (string | SyntaxNode)[]>();
  let key = '';
  let current: (string | SyntaxNode)[] | undefined;
  const pieces = [(first as string).slice(driver[0].length), ...parts.slice(1)];
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      if (current) current.push(piece);
      continue;
    }
    let rest = piece;
    while (rest !== '') {
      if (current) {
        const end = rest.indexOf(';');
        current.push(end < 0 ? rest : rest.slice(0, end));
        if (end < 0) break;
        current = undefined;
        key = '';
        rest = rest.slice(end + 1);
      } else {
        const equals = rest.indexOf('=');
        if (equals < 0) {
          key += rest;
          break;
        }
        key = (key + rest.slice(0, equals)).trim().toLowerCase();
        current = [];
        entries.set(key, current);
        rest = rest.slice(equals + 1);
      }
    }
  }
  const host = entries.get('host') ?? entries.get('server') ?? entries.get('hostname');
  if (!host || host.length === 0) return undefined;
  const port = entries.get('port');
  const database = entries.get('dbname') ?? entries.get('database');
  return [`${scheme}://`, ...host, ...(port ? [':', ...port] : []), ...(database ? ['/', ...database] : [])];
}

/** A shape of literal pieces, rewritten when they are a PDO data source name. */
function partsShape(parts: (string | SyntaxNode)[]): Shape {
  const dsn = pdoDsnParts(parts);
  const final = dsn ?? parts;
  if (final.every((part) => typeof part === 'string')) return { kind: 'string', text: final.join('') };
  return { kind: 'parts', parts: final };
}

/** The operands of a chain of `.` concatenations, flattened in order. */
function concatenation(node: SyntaxNode, into: (string | SyntaxNode)[]): void {
  if (node.type === 'binary_expression' && operatorOf(node) === '.') {
    const left = field(node, 'left');
    const right = field(node, 'right');
    if (left) concatenation(left, into);
    if (right) concatenation(right, into);
    return;
  }
  if (node.type === 'string') into.push(stringText(node));
  else if (node.type === 'encapsed_string' && kids(node).every((child) => child.type === 'string_content' || child.type === 'escape_sequence')) into.push(stringParts(node).join(''));
  else into.push(node);
}

/** A binary expression's operator. */
function operatorOf(node: SyntaxNode): string | undefined {
  return field(node, 'operator')?.text ?? allKids(node).find((child) => !child.isNamed)?.text;
}

/** The superglobals an environment is read from. */
const ENV_ARRAYS = /^\$_(?:ENV|SERVER)$/;

/** The literal first argument of a call of a function called `name` (`config('services.orders.url')`). */
function literalArgument(node: SyntaxNode, name: RegExp): string | undefined {
  if (node.type !== 'function_call_expression' || !name.test(field(node, 'function')?.text ?? '')) return undefined;
  const [first] = argumentsOf(field(node, 'arguments')).args;
  return first?.type === 'string' ? stringText(first) : undefined;
}

/**
 * The name a Laravel configuration entry is shared under: `config('services.orders.url')`
 * reads `orders.url` of `config/services.php`. A source sees one file at a time and the file's
 * name is no part of the syntax, so the entry is named without it (`config:orders.url`).
 */
function configEntry(node: SyntaxNode): string | undefined {
  const key = literalArgument(node, /^\\?(?:config|Config::get)$/);
  const dot = key?.indexOf('.') ?? -1;
  return key && dot > 0 && /^[\w.-]+$/.test(key) ? `config:${key.slice(dot + 1)}` : undefined;
}

/** The text a configuration default gives: `'mysql'`, or the default of `env('DB_CONNECTION', 'mysql')`. */
function defaultText(node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'string') return stringText(node);
  if (node.type === 'function_call_expression' && /^(?:env|getenv)$/.test(field(node, 'function')?.text ?? '')) {
    const fallback = argumentsOf(field(node, 'arguments')).args[1];
    return fallback?.type === 'string' ? stringText(fallback) : undefined;
  }
  return undefined;
}

/** An array's entries with plain keys, by key as written. */
function arrayEntries(node: SyntaxNode): Map<string, SyntaxNode> {
  const entries = new Map<string, SyntaxNode>();
  for (const element of kids(node)) {
    if (element.type !== 'array_element_initializer') continue;
    const { key, value } = elementOf(element);
    const text = keyText(key);
    if (text !== undefined && value) entries.set(text, value);
  }
  return entries;
}

/**
 * A Laravel connection entry (`'mysql' => ['driver' => 'mysql', 'host' => env('DB_HOST'), …]`)
 * as a `literal driver.<driver>` site, when it is the connection the file's `default` names (the
 * stock `config/database.php` declares every driver and uses one).
 */
function driverSite(node: SyntaxNode): CallSite | undefined {
  const entries = arrayEntries(node);
  const driverNode = entries.get('driver');
  const driver = driverNode?.type === 'string' ? stringText(driverNode) : undefined;
  if (!driver || !/^\w+$/.test(driver)) return undefined;
  // `'connections' => ['mysql' => [...]]` beside `'default' => env('DB_CONNECTION', 'mysql')`.
  const element = node.parent;
  const connections = element?.type === 'array_element_initializer' ? element.parent : undefined;
  const holder = connections?.parent?.type === 'array_element_initializer' ? connections.parent.parent : undefined;
  if (element && holder?.type === 'array_creation_expression') {
    const entries = arrayEntries(holder);
    const chosen = defaultText(entries.get('default'));
    const name = keyText(elementOf(element).key);
    // A default given only by the environment (`env('DB_CONNECTION')`) could be any of them.
    if (entries.has('default') && (chosen === undefined || chosen !== name)) return undefined;
  }
  const named = new Map([...entries].map(([key, value]): [string, SyntaxNode] => [key.toLowerCase(), value]));
  return makeSite(node, 'literal', `driver.${driver}`, { named, line: () => lineOf(driverNode as SyntaxNode) });
}

/** Binds the entries of a configuration file's returned array under `config:a.b.c` (see configEntry). */
function bindConfigArray(node: SyntaxNode, prefix: string, model: FileModel, depth: number): void {
  if (depth > 5) return;
  for (const [key, value] of arrayEntries(node)) {
    if (!/^[\w-]+$/.test(key)) continue;
    const name = prefix === '' ? key : `${prefix}.${key}`;
    if (value.type === 'array_creation_expression') bindConfigArray(value, name, model, depth + 1);
    else if (prefix !== '') {
      bind(model.bindings, `config:${name}`, value);
      model.shared.set(`config:${name}`, { value, at: value });
    }
  }
}

/**
 * The name a constructor parameter is bound under, `init:InventoryClient#0` (by position), when
 * the parameter is one of a class's `__construct`: a Laravel service provider or a factory
 * constructs the class (`new InventoryClient(config('services.inventory.url'))`) in another file.
 */
function constructorParameter(parameter: SyntaxNode): string | undefined {
  const list = parameter.parent;
  const method = list?.parent;
  if (list?.type !== 'formal_parameters' || method?.type !== 'method_declaration' || field(method, 'name')?.text !== '__construct') return undefined;
  const holder = method.parent?.parent;
  const className = holder?.type === 'class_declaration' ? field(holder, 'name')?.text : undefined;
  const index = kids(list).findIndex((child) => child.id === parameter.id);
  return className && index >= 0 ? `init:${className}#${index}` : undefined;
}

/**
 * Binds the arguments of `new InventoryClient($a, $b)` to the class's constructor parameters by
 * position, for this file and the service's others; the first construction read wins. Vendor
 * classes are bound too (nothing reads their parameters), which costs only unused bindings.
 */
function bindConstruction(type: SyntaxNode, argumentList: SyntaxNode | undefined, model: FileModel): void {
  const className = dotted(type.text).split('.').pop();
  if (!className || !/^[A-Z]/.test(className)) return;
  argumentsOf(argumentList).args.forEach((arg, index) => {
    const name = `init:${className}#${index}`;
    bind(model.bindings, name, arg);
    if (!model.shared.has(name)) model.shared.set(name, { value: arg, at: arg });
  });
}

/** The class a node's class extends (`class Mail extends Event` → `Event`), as written. */
function baseClassOf(node: SyntaxNode): SyntaxNode | undefined {
  let holder = node.parent;
  while (holder && holder.type !== 'class_declaration') holder = holder.parent;
  const clause = holder ? kids(holder).find((child) => child.type === 'base_clause') : undefined;
  return clause ? kids(clause).find((child) => child.type === 'name' || child.type === 'qualified_name') : undefined;
}

/** Whether a node is at the top level of the file (not inside a function, method or class). */
function atTopLevel(node: SyntaxNode): boolean {
  let parent = node.parent;
  while (parent && (parent.type === 'expression_statement' || parent.type === 'compound_statement' || parent.type === 'namespace_definition')) parent = parent.parent;
  return parent?.type === 'program';
}

/** Binds a property or parameter name to its declared type and default. */
function declareVariable(name: SyntaxNode | undefined, type: SyntaxNode | undefined, value: SyntaxNode | undefined, model: FileModel): void {
  if (!name) return;
  const text = variableName(name);
  const named = type?.type === 'named_type' ? kids(type)[0] : type?.type === 'optional_type' ? kids(kids(type)[0] as SyntaxNode)[0] : undefined;
  if (named && (named.type === 'name' || named.type === 'qualified_name')) model.types.set(text, qualified(named));
  else if (type) model.types.set(text, typeName(type.text));
  if (value) bind(model.bindings, text, value);
}

/** The reader for PHP. */
export const phpReader: LanguageReader = {
  nodeTypes: [
    'function_call_expression',
    'member_call_expression',
    'nullsafe_member_call_expression',
    'scoped_call_expression',
    'object_creation_expression',
    'array_creation_expression',
    'namespace_use_clause',
    'assignment_expression',
    'const_element',
    'property_element',
    'property_promotion_parameter',
    'simple_parameter',
    'method_declaration',
    'function_definition',
    'return_statement',
  ],

  site(node: SyntaxNode): CallSite | undefined {
    switch (node.type) {
      case 'function_call_expression':
      case 'member_call_expression':
      case 'nullsafe_member_call_expression':
      case 'scoped_call_expression': {
        const parsed = once(() => argumentsOf(field(node, 'arguments')));
        const member = node.type !== 'function_call_expression';
        const receiver = node.type === 'scoped_call_expression' ? field(node, 'scope') : field(node, 'object');
        return makeSite(node, 'call', calleeText(node), {
          receiver: () => (member ? receiver : undefined),
          args: () => parsed().args,
          named: () => parsed().named,
          line: () => lineOf((member ? field(node, 'name') : undefined) ?? node),
          statement: () => isStatement(node),
        });
      }
      case 'object_creation_expression': {
        const type = kids(node)[0];
        if (!type || (type.type !== 'name' && type.type !== 'qualified_name')) return undefined;
        const parsed = once(() => argumentsOf(kids(node).find((child) => child.type === 'arguments')));
        return makeSite(node, 'new', calleeText(type), { args: () => parsed().args, named: () => parsed().named, statement: () => isStatement(node) });
      }
      case 'array_creation_expression':
        return driverSite(node);
      case 'assignment_expression': {
        // A client configured by its properties (PHPMailer's `$mail->Host = …`).
        const left = field(node, 'left');
        const right = field(node, 'right');
        if ((left?.type !== 'member_access_expression' && left?.type !== 'nullsafe_member_access_expression') || !right) return undefined;
        return makeSite(node, 'assign', calleeText(left), { receiver: () => field(left, 'object'), args: () => [right], line: () => lineOf(node), statement: () => isStatement(node) });
      }
      default:
        return undefined;
    }
  },

  shape(node: SyntaxNode): Shape {
    switch (node.type) {
      case 'string':
        return partsShape([stringText(node)]);
      case 'encapsed_string':
      case 'heredoc':
        return partsShape(stringParts(node));
      case 'nowdoc':
        return { kind: 'string', text: field(node, 'value')?.text ?? '' };
      case 'integer':
      case 'float':
        return { kind: 'number', text: node.text.replace(/_/g, '') };
      case 'binary_expression': {
        const operator = operatorOf(node);
        const left = field(node, 'left');
        const right = field(node, 'right');
        if (!left || !right) return { kind: 'unknown' };
        if (operator === '.') {
          const parts: (string | SyntaxNode)[] = [];
          concatenation(node, parts);
          return partsShape(parts);
        }
        if (operator === '??' || operator === '?:' || operator === '||' || operator === 'or') return { kind: 'either', options: [left, right] };
        return { kind: 'unknown' };
      }
      case 'conditional_expression': {
        // `getenv('X') ?: 'default'` has no middle part: the condition is the first alternative.
        const body = field(node, 'body');
        const options = [body ?? field(node, 'condition'), field(node, 'alternative')];
        return { kind: 'either', options: options.filter((option): option is SyntaxNode => option !== undefined) };
      }
      case 'variable_name':
        return { kind: 'name', name: variableName(node) };
      case 'member_access_expression':
      case 'nullsafe_member_access_expression':
        return { kind: 'name', name: field(node, 'name')?.text ?? '' };
      case 'class_constant_access_expression':
        return { kind: 'name', name: kids(node)[1]?.text ?? '' };
      case 'name':
        return { kind: 'name', name: node.text };
      case 'qualified_name':
        return { kind: 'name', name: dotted(node.text).split('.').pop() ?? '' };
      case 'subscript_expression': {
        const [object, key] = kids(node);
        if (object && key && ENV_ARRAYS.test(object.text)) return { kind: 'env', key };
        return { kind: 'unknown' };
      }
      case 'function_call_expression': {
        const entry = configEntry(node);
        if (entry) return { kind: 'name', name: entry };
        const name = field(node, 'function')?.text.replace(/^\\/, '');
        const { args } = argumentsOf(field(node, 'arguments'));
        if ((name === 'sprintf' || name === 'vsprintf') && args[0]?.type === 'string') return partsShape(formatParts(stringText(args[0]), name === 'sprintf' ? args.slice(1) : []));
        if (name === 'rtrim' || name === 'trim' || name === 'strval') return args[0] ? { kind: 'wrap', inner: args[0] } : { kind: 'unknown' };
        const site = phpReader.site(node);
        return site ? { kind: 'call', site } : { kind: 'unknown' };
      }
      case 'member_call_expression':
      case 'nullsafe_member_call_expression':
      case 'scoped_call_expression':
      case 'object_creation_expression': {
        const site = phpReader.site(node);
        return site ? { kind: 'call', site } : { kind: 'unknown' };
      }
      case 'parenthesized_expression':
        return kids(node)[0] ? { kind: 'wrap', inner: kids(node)[0] as SyntaxNode } : { kind: 'unknown' };
      case 'cast_expression': {
        const value = field(node, 'value');
        return value ? { kind: 'wrap', inner: value } : { kind: 'unknown' };
      }
      case 'array_creation_expression': {
        const elements = kids(node).filter((element) => element.type === 'array_element_initializer');
        if (elements.length > 0 && elements.every((element) => kids(element).length >= 2)) {
          const entries = new Map<string, SyntaxNode>();
          for (const [key, value] of arrayEntries(node)) entries.set(key.toLowerCase(), value);
          return { kind: 'object', entries };
        }
        return { kind: 'list', items: elements.map((element) => elementOf(element).value).filter((value): value is SyntaxNode => value !== undefined) };
      }
      default:
        return { kind: 'unknown' };
    }
  },

  crossFile(node: SyntaxNode): string | undefined {
    // `config('services.orders.url')`: an entry of a Laravel configuration file.
    if (node.type === 'function_call_expression') return configEntry(node);
    // A constant defined in another file (`define('ORDERS_URL', …)`, `Config::ORDERS_URL`).
    if (node.type === 'name' && /^[A-Z][A-Z0-9_]+$/.test(node.text)) return node.text;
    if (node.type === 'class_constant_access_expression') {
      const name = kids(node)[1]?.text ?? '';
      return /^[A-Z][A-Z0-9_]+$/.test(name) ? name : undefined;
    }
    return undefined;
  },

  declare(node: SyntaxNode, model: FileModel): void {
    switch (node.type) {
      case 'namespace_use_clause': {
        const name = kids(node).find((child) => child.type === 'qualified_name' || child.type === 'name');
        const group = node.parent?.type === 'namespace_use_group' ? node.parent.parent : undefined;
        const prefix = group ? kids(group).find((child) => child.type === 'namespace_name')?.text : undefined;
        if (name) model.imports.push(dotted(prefix ? `${prefix}\\${name.text}` : name.text));
        return;
      }
      case 'object_creation_expression':
      case 'scoped_call_expression': {
        // A class named by its full name (`new \GuzzleHttp\Client`) is as good as imported.
        const type = node.type === 'scoped_call_expression' ? field(node, 'scope') : kids(node)[0];
        if (type?.type === 'qualified_name') model.imports.push(dotted(type.text));
        if (node.type === 'object_creation_expression' && type && (type.type === 'name' || type.type === 'qualified_name')) bindConstruction(type, kids(node).find((child) => child.type === 'arguments'), model);
        // `parent::__construct($connection)` in a subclass's constructor constructs the base class with it.
        const base = node.type === 'scoped_call_expression' && type?.type === 'relative_scope' && type.text === 'parent' && field(node, 'name')?.text === '__construct' ? baseClassOf(node) : undefined;
        if (base) bindConstruction(base, field(node, 'arguments'), model);
        return;
      }
      case 'function_call_expression': {
        // `define('ORDERS_URL', getenv('ORDERS_URL'))`: a constant for this file and the others.
        const [name, value] = argumentsOf(field(node, 'arguments')).args;
        if (field(node, 'function')?.text.replace(/^\\/, '') !== 'define' || name?.type !== 'string' || !value) return;
        const constant = stringText(name);
        bind(model.bindings, constant, value);
        model.shared.set(constant, { value, at: value });
        return;
      }
      case 'assignment_expression': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        if (!left || !right) return;
        if (left.type === 'variable_name') bind(model.bindings, variableName(left), right);
        else if (left.type === 'member_access_expression' || left.type === 'nullsafe_member_access_expression') {
          const name = field(left, 'name')?.text;
          if (name) bind(model.bindings, name, right);
        }
        return;
      }
      case 'const_element': {
        const [name, value] = kids(node);
        if (!name || !value) return;
        bind(model.bindings, name.text, value);
        if (/^[A-Z][A-Z0-9_]+$/.test(name.text)) model.shared.set(name.text, { value, at: value });
        return;
      }
      case 'property_element': {
        const declaration = node.parent;
        const type = declaration ? field(declaration, 'type') : undefined;
        const [name, initializer] = kids(node);
        declareVariable(name, type, initializer ? (kids(initializer)[0] ?? undefined) : undefined, model);
        return;
      }
      case 'property_promotion_parameter':
      case 'simple_parameter': {
        const name = field(node, 'name');
        declareVariable(name, field(node, 'type'), field(node, 'default_value'), model);
        // A constructor's parameter is what whoever constructs the class gives (see bindConstruction).
        const parameter = constructorParameter(node);
        if (name && parameter) bind(model.bindings, variableName(name), { kind: 'ref', name: parameter });
        return;
      }
      case 'method_declaration':
      case 'function_definition': {
        // `function baseUrl() { return 'http://' . $host; }`: the call's value is what it returns.
        const name = field(node, 'name')?.text;
        const body = field(node, 'body');
        if (!name || !body) return;
        for (const statement of kids(body)) {
          const returned = statement.type === 'return_statement' ? kids(statement)[0] : undefined;
          if (returned) bind(model.bindings, `${name}()`, returned);
        }
        return;
      }
      case 'return_statement': {
        // A configuration file (`config/services.php`) returns its entries.
        const value = kids(node)[0];
        if (value?.type === 'array_creation_expression' && atTopLevel(node)) bindConfigArray(value, '', model, 0);
        return;
      }
      default:
        return;
    }
  },
};
