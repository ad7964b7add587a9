/**
 * The Go reader: calls, composite literals (Go configures clients with struct literals:
 * `redis.Options{Addr: …}`, `kafka.Writer{Topic: …}`, `sqs.SendMessageInput{QueueUrl: …}`, which
 * become `literal` sites with their fields as named arguments), `&x` out-parameters, and the
 * declarations that bind names (`:=`, `var`, `const`, assignments, struct fields and parameters).
 */
import { COMMAND_PROGRAM_KEY } from '../../../core/discovery/facts.js';
import { goPackageModule } from '../../../core/discovery/env-helper-keys.js';
import type { Binding, CallSite, FileModel, LanguageReader, Shape, SyntaxNode } from './code-model.js';
import { fieldTags, structTagSources } from './go-config-structs.js';
import { prefixedStructField } from './go-prefixed-structs.js';
import { automaticEnv, constantText, flagRead, isFlagSetInstance, keySources, viperKeyParameter } from './go-flags.js';
import { goIniMappedReads, goIniRead } from './go-ini-settings.js';
import { bind, compact, field, isEnvName, kids, lineOf, makeSite, once, typeName, unquote } from './syntax-helpers.js';
import { recordAlias } from './import-aliases.js';
import { positionalFields, rangedOver, sliceParameterSource } from './go-slice-tables.js';

/** The callee of a call as names only (calls in a chain contribute their name). */
function calleeText(node: SyntaxNode | undefined): string {
  if (!node) return '?';
  switch (node.type) {
    case 'identifier':
    case 'field_identifier':
    case 'package_identifier':
    case 'type_identifier':
      return node.text;
    case 'selector_expression':
      return `${calleeText(field(node, 'operand'))}.${field(node, 'field')?.text ?? '?'}`;
    case 'qualified_type':
      return compact(node.text);
    case 'call_expression':
      return calleeText(field(node, 'function'));
    case 'parenthesized_expression':
      return calleeText(kids(node)[0]);
    case 'generic_type':
      return calleeText(field(node, 'type') ?? kids(node)[0]);
    default:
      return '?';
  }
}

/** The value of a literal element (the grammar wraps values in `literal_element`). */
function elementValue(node: SyntaxNode | undefined): SyntaxNode | undefined {
  if (!node) return undefined;
  return node.type === 'literal_element' ? kids(node)[0] : node;
}

/** The fields and positional elements of a composite literal's body. */
function literalBody(body: SyntaxNode | undefined): { args: SyntaxNode[]; named: Map<string, SyntaxNode> } {
  const args: SyntaxNode[] = [];
  const named = new Map<string, SyntaxNode>();
  for (const element of body ? kids(body) : []) {
    if (element.type === 'keyed_element') {
      const [keyNode, valueNode] = kids(element);
      const key = elementValue(keyNode);
      const value = elementValue(valueNode);
      if (!key || !value) continue;
      const name = key.type === 'interpreted_string_literal' || key.type === 'raw_string_literal' ? unquote(key.text) : key.text;
      named.set(name.toLowerCase(), value);
    } else {
      const value = elementValue(element);
      if (value) args.push(value);
    }
  }
  return { args, named };
}

/** The fields of a composite literal keyed by Go identifiers (not map keys), as written. */
export function literalFieldsByName(body: SyntaxNode | undefined): [string, SyntaxNode][] {
  const fields: [string, SyntaxNode][] = [];
  for (const element of body ? kids(body) : []) {
    if (element.type !== 'keyed_element') continue;
    const [keyNode, valueNode] = kids(element);
    const key = elementValue(keyNode);
    const value = elementValue(valueNode);
    if (key && value && (key.type === 'identifier' || key.type === 'field_identifier')) fields.push([key.text, value]);
  }
  return fields;
}

/** Whether a composite literal builds a slice, array or map (a list of values, not a client configuration). */
/**
 * A variable of `for key, value := range collection` as each element in turn: the first is a
 * map's key (a slice's index, unknown), the second the value or item.
 */
function rangeElement(node: SyntaxNode): Shape | undefined {
  const list = node.parent;
  const clause = list?.type === 'expression_list' ? list.parent : undefined;
  if (!list || clause?.type !== 'range_clause' || field(clause, 'left')?.id !== list.id) return undefined;
  const collection = field(clause, 'right');
  if (!collection) return undefined;
  const position = kids(list).findIndex((child) => child.id === node.id);
  return { kind: 'element', of: collection, part: position === 0 ? 'key' : 'value' };
}

function isCollection(type: SyntaxNode | undefined): boolean {
  return type !== undefined && (type.type === 'slice_type' || type.type === 'array_type' || type.type === 'implicit_length_array_type' || type.type === 'map_type');
}

/** Binds the names of a `:=`, `=`, `var` or `const` to their values, pairwise. */
function bindPairs(left: SyntaxNode[], right: SyntaxNode[], model: FileModel, packageLevel = false): void {
  left.forEach((target, index) => {
    // `conn, err := grpc.Dial(addr)`: one call gives several names; the first is the value.
    const value = right.length === left.length ? right[index] : index === 0 ? right[0] : undefined;
    if (!value) return;
    const name = target.type === 'selector_expression' ? field(target, 'field')?.text : target.type === 'identifier' ? target.text : undefined;
    if (name && name !== '_') {
      bind(model.bindings, name, value);
      // A struct field or a package-level variable (declared here, or assigned in a function of
      // this file after its declaration) may be read by another file of the package.
      if (packageLevel || target.type === 'selector_expression' || (target.type === 'identifier' && model.globals?.has(name))) model.shared.set(name, { value, at: value });
    }
    for (const [qualified, fieldValue] of exportedVariableFields(target, value, model)) model.shared.set(qualified, { value: fieldValue, at: fieldValue, qualified: true });
  });
}

/**
 * The fields of an exported package variable an assignment fills, named as other packages read
 * them (`setting.Database.Host`): `Database.Host = …`, and `MailService = &Mailer{SMTPAddr: …}`
 * field by field. Settings packages fill such variables once at start-up for the whole program.
 */
function exportedVariableFields(target: SyntaxNode, value: SyntaxNode, model: FileModel): [string, SyntaxNode][] {
  const variable = target.type === 'selector_expression' ? field(target, 'operand') : target;
  if (variable?.type !== 'identifier' || !/^[A-Z]/.test(variable.text) || !model.globals?.has(variable.text)) return [];
  const pkg = packageOf(target);
  if (!pkg || pkg === 'main') return [];
  if (target.type === 'selector_expression') {
    const name = field(target, 'field')?.text;
    return name ? [[`${pkg}.${variable.text}.${name}`, value]] : [];
  }
  let literal: SyntaxNode | undefined = value;
  while (literal?.type === 'unary_expression' || literal?.type === 'parenthesized_expression') literal = literal.type === 'unary_expression' ? field(literal, 'operand') : kids(literal)[0];
  if (literal?.type !== 'composite_literal') return [];
  return literalFieldsByName(field(literal, 'body')).map(([name, each]): [string, SyntaxNode] => [`${pkg}.${variable.text}.${name}`, each]);
}

/** Whether a `var` or `const` spec is declared outside any function. */
function isPackageLevel(node: SyntaxNode): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'source_file') return true;
    if (current.type === 'function_declaration' || current.type === 'method_declaration' || current.type === 'func_literal') return false;
  }
  return false;
}

/** The expressions of an expression list (or the single expression). */
function listOf(node: SyntaxNode | undefined): SyntaxNode[] {
  if (!node) return [];
  return node.type === 'expression_list' ? kids(node) : [node];
}

/** The package a file declares (`package store` → `store`). */
function packageOf(node: SyntaxNode): string | undefined {
  let root: SyntaxNode | null = node;
  while (root.parent) root = root.parent;
  const clause = kids(root).find((child) => child.type === 'package_clause');
  return clause ? kids(clause).find((child) => child.type === 'package_identifier')?.text : undefined;
}

/**
 * The parameter an identifier reads, when it is one of the enclosing function's (not a method's,
 * not a closure's): `addr` in `func NewStore(addr string)` of package `store` →
 * `param:store.NewStore#0`. Whoever calls the function (`store.NewStore(os.Getenv("REDIS_ADDR"))`,
 * in this package or another) binds that name.
 */
function functionParameter(node: SyntaxNode): string | undefined {
  return parameterDeclared(node)?.key;
}

/** The parameter an identifier reads (see functionParameter), with its declared type. */
function parameterDeclared(node: SyntaxNode): { key: string; type?: string } | undefined {
  if (node.type !== 'identifier') return undefined;
  let fn: SyntaxNode | null = node.parent;
  // A closure that declares no parameter of that name (`Dial: func() (redis.Conn, error) { return
  // redis.Dial("tcp", address) }` in `func newPool(address string)`) reads the enclosing function's.
  const closes = (literal: SyntaxNode): boolean => !kids(field(literal, 'parameters') ?? literal).some((declaration) => declaration.childrenForFieldName('name').some((name) => name?.text === node.text));
  while (fn && fn.type !== 'function_declaration' && fn.type !== 'method_declaration' && (fn.type !== 'func_literal' || closes(fn)) && fn.type !== 'source_file') fn = fn.parent;
  if (fn?.type !== 'function_declaration') return undefined;
  const name = field(fn, 'name')?.text;
  const parameters = field(fn, 'parameters');
  const pkg = packageOf(fn);
  if (!name || !pkg || !parameters || node.parent?.type === 'parameter_declaration') return undefined;
  let position = 0;
  for (const declaration of kids(parameters)) {
    if (declaration.type !== 'parameter_declaration') return undefined;
    const names = declaration.childrenForFieldName('name').filter((child): child is SyntaxNode => child !== null);
    const index = names.findIndex((child) => child.text === node.text);
    const type = field(declaration, 'type');
    if (index >= 0) return { key: `param:${pkg}.${name}#${position + index}`, ...(type ? { type: typeName(type.text) } : {}) };
    position += Math.max(names.length, 1);
  }
  return undefined;
}

/**
 * The module-wide name of a struct's field, by the struct's type (`frontend.ConfigOptions`,
 * `*ConfigOptions` → `field:ConfigOptions.FleetHostPort`): an options struct filled in one package
 * (`frontend.ConfigOptions{FleetHostPort: …}` in `cmd/`) is read in another, through a parameter
 * of that type (`options.FleetHostPort` in `func newBestBike(options ConfigOptions, …)`), however
 * many constructors hand it on.
 */
function structFieldKey(type: string, name: string): string | undefined {
  const base = type.replace(/^[*&]+/, '').split('.').pop() ?? '';
  return /^[A-Za-z_]\w*$/.test(base) ? `field:${base}.${name}` : undefined;
}

/**
 * The field of a parameter a selector reads, when the parameter is of a struct type of the
 * function's own package: `cfg.BaseURL` in `func New(cfg Config)` of package `ordersclient` →
 * `param:ordersclient.New#0.BaseURL`, which callers bind by the literal they pass
 * (`ordersclient.New(ordersclient.Config{BaseURL: os.Getenv("ORDERS_URL")})`). Keyed by the
 * function, so two clients' `Config.BaseURL`s stay apart. Only `x.Field`, not deeper chains.
 */
function parameterField(node: SyntaxNode): { key: string; type: string } | undefined {
  if (node.type !== 'selector_expression') return undefined;
  if (node.parent?.type === 'selector_expression' && field(node.parent, 'operand')?.id === node.id) return undefined;
  if (node.parent?.type === 'call_expression' && field(node.parent, 'function')?.id === node.id) return undefined;
  const operand = field(node, 'operand');
  const name = field(node, 'field')?.text;
  const parameter = operand && name ? parameterDeclared(operand) : undefined;
  const type = parameter?.type;
  if (!parameter || !type || !/^[A-Za-z_]\w*$/.test(type) || BUILTINS.has(type) || PREDECLARED_TYPES.has(type)) return undefined;
  return { key: `${parameter.key}.${name}`, type };
}

/** The first expression of each `return` of a function's body (not those of a closure inside it). */
function returnedExpressions(fn: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const visit = (node: SyntaxNode): void => {
    for (const child of kids(node)) {
      if (child.type === 'func_literal') continue;
      if (child.type === 'return_statement') {
        const first = listOf(kids(child)[0])[0];
        if (first) found.push(first);
      } else visit(child);
    }
  };
  const body = field(fn, 'body');
  if (body) visit(body);
  return found;
}

/**
 * What a returned name holds when an enclosing `if` declares it (`if v := os.Getenv(specific); v !=
 * "" { return v }`): that statement's value, so each of a fallback chain's returns is its own read
 * (the file's other `v`s are other reads). Anything else is itself.
 */
function initialised(returned: SyntaxNode): SyntaxNode {
  if (returned.type !== 'identifier') return returned;
  for (let node = returned.parent; node && node.type !== 'function_declaration' && node.type !== 'method_declaration' && node.type !== 'func_literal'; node = node.parent) {
    const initializer = node.type === 'if_statement' ? field(node, 'initializer') : undefined;
    if (initializer?.type !== 'short_var_declaration') continue;
    const names = listOf(field(initializer, 'left'));
    const values = listOf(field(initializer, 'right'));
    const index = names.findIndex((name) => name.text === returned.text);
    if (index < 0) continue;
    // `if v, ok := os.LookupEnv(k); ok`: the call gives the first name.
    const value = values.length === names.length ? values[index] : index === 0 ? values[0] : undefined;
    return value ?? returned;
  }
  return returned;
}

/**
 * Whether a function or method gives one text (`func RegistryURL() string`, `func (s *Settings)
 * Ledger() string`): what a settings accessor or a URL builder returns, which a call of it stands
 * for. Functions returning clients, structs or several results are not read so.
 */
function returnsText(fn: SyntaxNode): boolean {
  return compact(field(fn, 'result')?.text ?? '') === 'string';
}

/** Whether a function gives a list of texts (`func peers() []string`): hosts a caller picks one of. */
function returnsTexts(fn: SyntaxNode): boolean {
  return compact(field(fn, 'result')?.text ?? '') === '[]string';
}

/** The number of parameters a function declares (`(base, path string)` is two). */
function parameterCount(fn: SyntaxNode): number {
  let count = 0;
  for (const declaration of kids(field(fn, 'parameters') ?? fn)) {
    if (declaration.type === 'variadic_parameter_declaration') return -1;
    if (declaration.type === 'parameter_declaration') count += Math.max(declaration.childrenForFieldName('name').filter((name) => name !== null).length, 1);
  }
  return count;
}

/** The type a method's receiver is of, pointer and type parameters removed (`(s *Settings)` → `Settings`). */
function receiverType(method: SyntaxNode): string | undefined {
  const receiver = kids(field(method, 'receiver') ?? method).find((child) => child.type === 'parameter_declaration');
  const type = receiver ? field(receiver, 'type')?.text.replace(/^\*/, '').replace(/\[[\s\S]*$/, '') : undefined;
  return type && /^[A-Za-z_]\w*$/.test(type) ? type : undefined;
}

/**
 * The module-wide name of a method returning text (`method:Settings.Ledger()`): a call of it in any
 * package on a value of that type (`w.cfg.Ledger()` with `cfg *config.Settings`) reads it.
 */
function methodKey(type: string, name: string): string | undefined {
  const base = type.replace(/^[*&]+/, '').split('.').pop() ?? '';
  return /^[A-Za-z_]\w*$/.test(base) ? `method:${base}.${name}()` : undefined;
}

/** Go's predeclared types that are no struct of the package. */
const PREDECLARED_TYPES = new Set(['any', 'uint8', 'uint16', 'int8', 'int16', 'uintptr', 'complex64', 'complex128']);

/** Go's built-in functions and conversions, which are no function of the package. */
const BUILTINS = new Set(['append', 'cap', 'clear', 'close', 'complex', 'copy', 'delete', 'imag', 'len', 'make', 'max', 'min', 'new', 'panic', 'print', 'println', 'real', 'recover', 'string', 'int', 'int32', 'int64', 'uint', 'uint32', 'uint64', 'float32', 'float64', 'byte', 'rune', 'bool', 'error']);

/**
 * The package name an import path gives by default: its last segment, less a `/vN` major version
 * and a `go-` prefix. A last segment `go` (a keyword, so no package's name) is the Go edition of
 * the folder above it, which names the package: `…/pkg/sdk/go` declares `package sdk`.
 */
export function defaultPackageName(path: string): string | undefined {
  const segments = path.split('/').filter((segment) => !/^v\d+$/.test(segment));
  if (segments.length > 1 && segments[segments.length - 1] === 'go') segments.pop();
  return segments[segments.length - 1]?.replace(/^go-/, '');
}

/** The standard library's top-level packages; a module path without a dot (`looklook/app/…`, allowed for a module never fetched) is none of them. */
const STANDARD_LIBRARY = new Set(['archive', 'bufio', 'builtin', 'bytes', 'cmp', 'compress', 'container', 'context', 'crypto', 'database', 'debug', 'embed', 'encoding', 'errors', 'expvar', 'flag', 'fmt', 'go', 'hash', 'html', 'image', 'index', 'internal', 'io', 'iter', 'log', 'maps', 'math', 'mime', 'net', 'os', 'path', 'plugin', 'reflect', 'regexp', 'runtime', 'slices', 'sort', 'strconv', 'strings', 'structs', 'sync', 'syscall', 'testing', 'text', 'time', 'unicode', 'unique', 'unsafe', 'weak', 'C']);

/** Whether an import path is the standard library's (its first segment has no dot and is a standard package). */
function isStandardLibrary(path: string): boolean {
  const first = path.split('/')[0] ?? '';
  return !first.includes('.') && STANDARD_LIBRARY.has(first);
}

/**
 * The function a call gives arguments to, as `package.Function`, when it may be one of the
 * module's own: a bare call (same package) or one qualified by an imported package outside the
 * standard library (`store.NewStore`). Method calls on values, and standard library calls, are not.
 */
function ownFunctionCalled(node: SyntaxNode, fn: SyntaxNode | undefined, model: FileModel): string | undefined {
  if (fn?.type === 'identifier') {
    const pkg = packageOf(node);
    return BUILTINS.has(fn.text) || !pkg ? undefined : `${pkg}.${fn.text}`;
  }
  if (fn?.type !== 'selector_expression') return undefined;
  const operand = field(fn, 'operand');
  const name = field(fn, 'field')?.text;
  if (operand?.type !== 'identifier' || !name) return undefined;
  // The import the qualifier names: by its alias, else by its default name.
  const aliased = model.importAliases?.get(operand.text);
  const imported = aliased ?? model.imports.find((path) => defaultPackageName(path) === operand.text);
  const pkg = imported === undefined ? undefined : aliased ? defaultPackageName(imported) : operand.text;
  return imported !== undefined && pkg && !isStandardLibrary(imported) ? `${pkg}.${name}` : undefined;
}

/**
 * Fields go-zero embeds in configuration structs (`rest.RestConf`, `Redis redis.RedisKeyConf`
 * holding `redis.RedisConf`): an embedded struct's fields sit at its parent's level of the file,
 * so `c.Redis.RedisConf` is the section `Redis`.
 */
const EMBEDDED_CONF = new Set(['RestConf', 'RpcServerConf', 'RpcClientConf', 'ServiceConf', 'RedisConf', 'RedisKeyConf', 'CacheConf', 'EtcdConf', 'KqConf', 'LogConf', 'DevServerConfig', 'TelemetryConf', 'PrometheusConf']);

/** The names of a selector chain, outermost first (`l.svcCtx.Config.Redis.Host` → l, svcCtx, Config, Redis, Host); undefined past a call or index. */
function selectorChain(node: SyntaxNode): string[] | undefined {
  const names: string[] = [];
  let current: SyntaxNode | undefined = node;
  while (current?.type === 'selector_expression') {
    const name = field(current, 'field')?.text;
    if (!name) return undefined;
    names.unshift(name);
    current = field(current, 'operand');
  }
  if (current?.type !== 'identifier') return undefined;
  names.unshift(current.text);
  return names;
}

/** Whether the file declares `name` as a configuration struct (`c config.Config`, `var c Config`, `cfg *config.Config`) or loads one into it. */
function isConfigStruct(node: SyntaxNode, name: string): boolean {
  // Asked for every selector on the name: the answer is kept per parsed tree.
  const known = configStructNames.get(node.tree) ?? new Map<string, boolean>();
  configStructNames.set(node.tree, known);
  let answer = known.get(name);
  if (answer === undefined) {
    let root: SyntaxNode = node;
    while (root.parent) root = root.parent;
    // Declared `Config`, or the result of a loader (`cfg, err := config.NewConfig()`, `c := conf.Load()`, `cfg := LoadConfig(path)`).
    answer =
      (new RegExp(`\\b${name}\\s+\\*?(?:\\w+\\.)?Config\\b(?!\\s*[({.])`).test(root.text) && !isOptionsStruct(root.text, name)) ||
      new RegExp(`\\b${name}\\s*(?:,\\s*\\w+\\s*)?:?=\\s*(?:(?:configs?|conf|cfg)\\.\\w+|(?:\\w+\\.)?\\w*(?:Config|Conf)\\w*)\\s*\\(`).test(root.text);
    known.set(name, answer);
  }
  return answer;
}
const configStructNames = new WeakMap<object, Map<string, boolean>>();

/**
 * Whether a `Config` is a client package's own options rather than a loaded settings file: the
 * file declares `type Config struct` without tags and loads nothing into `name` (no `&name`), as
 * `ordersclient.Config{BaseURL: …}` handed to `New(cfg Config)` and kept as `c.cfg.BaseURL`.
 */
function isOptionsStruct(text: string, name: string): boolean {
  const body = /\btype\s+Config\s+struct\s*\{([^{}]*)\}/.exec(text)?.[1];
  return body !== undefined && !body.includes('`') && !new RegExp(`&${name}\\b`).test(text);
}

/**
 * The settings section a name holds in a Kratos service, whose `internal/conf` package is
 * generated from `conf.proto` and filled from `configs/config.yaml`: `c *conf.Data` is the
 * `data:` section (`c.Stripe.BaseUrl` → `Data.Stripe.BaseUrl`, which `data: stripe: base_url:`
 * sets), `bc conf.Bootstrap` the whole file (no section). Undefined for any other name.
 */
function kratosSection(node: SyntaxNode, name: string): string | undefined {
  const known = kratosSections.get(node.tree) ?? new Map<string, string | undefined>();
  kratosSections.set(node.tree, known);
  if (!known.has(name)) {
    let root: SyntaxNode = node;
    while (root.parent) root = root.parent;
    const type = /"[^"\s]*\/internal\/conf"/.test(root.text) ? new RegExp(`\\b${name}\\s+\\*?conf\\.([A-Z]\\w*)\\b(?!\\s*[({.])`).exec(root.text)?.[1] : undefined;
    known.set(name, type);
  }
  return known.get(name);
}
const kratosSections = new WeakMap<object, Map<string, string | undefined>>();

/**
 * The type of a variable when it is a configuration struct of the file's own under another name
 * than `Config` (`var cfg config`, `cfg := config{}`, `cfg := loadConfig()` returning one, with
 * `type config struct { ThingsURL string \`env:"…"\` }`): its tagged fields are bound as
 * `config.ThingsURL` (go-config-structs.ts), so that is the key `cfg.ThingsURL` reads.
 */
function taggedStructOf(node: SyntaxNode, name: string): string | undefined {
  const known = taggedStructNames.get(node.tree) ?? new Map<string, string | undefined>();
  taggedStructNames.set(node.tree, known);
  if (!known.has(name)) {
    let root: SyntaxNode = node;
    while (root.parent) root = root.parent;
    let found: string | undefined;
    for (const spec of root.descendantsOfType('type_spec')) {
      const type = spec ? field(spec, 'name')?.text : undefined;
      const struct = spec ? field(spec, 'type') : undefined;
      if (!type || type === 'Config' || struct?.type !== 'struct_type') continue;
      const tagged = struct.descendantsOfType('field_declaration').some((declaration) => {
        const tag = declaration ? field(declaration, 'tag') : undefined;
        return tag !== undefined && fieldTags(tag.text.replace(/^`|`$/g, '')).env.length > 0;
      });
      if (!tagged) continue;
      const declared = new RegExp(`\\b${name}\\s+\\*?${type}\\b(?!\\s*[({.])|\\b${name}\\s*:?=\\s*&?${type}\\s*\\{`).test(root.text);
      const loaded = new RegExp(`\\b${name}\\s*(?:,\\s*\\w+\\s*)?:=\\s*(\\w+)\\s*\\(`).exec(root.text)?.[1];
      const returns = loaded !== undefined && new RegExp(`\\bfunc\\s+${loaded}\\s*\\([^)]*\\)\\s*\\(?\\s*\\*?${type}\\b`).test(root.text);
      if (declared || returns) {
        found = type;
        break;
      }
    }
    known.set(name, found);
  }
  return known.get(name);
}
const taggedStructNames = new WeakMap<object, Map<string, string | undefined>>();

/**
 * The settings-file key a selector chain on a configuration struct reads: `c.DB.DataSource` with
 * `c` declared `config.Config` → `DB.DataSource`; `l.svcCtx.Config.KqPusherConf.Brokers` (go-zero's
 * service context holds the loaded struct as `Config`) → `KqPusherConf.Brokers`. Field names are the
 * file's keys (go-zero and most loaders match them ignoring case); embedded go-zero structs add no level.
 */
export function configFieldKey(node: SyntaxNode): string | undefined {
  // Only the outermost selector of a chain names the whole key.
  if (node.parent?.type === 'selector_expression' && field(node.parent, 'operand')?.id === node.id) return undefined;
  // `cfg.Env("REDIS_ADDR")` calls a method of the struct: no field of the file.
  if (node.parent?.type === 'call_expression' && field(node.parent, 'function')?.id === node.id) return undefined;
  const chain = selectorChain(node);
  if (!chain || chain.length < 2) return undefined;
  const tagged = taggedStructOf(node, chain[0] as string);
  if (tagged) return [tagged, ...chain.slice(1)].join('.');
  let start = chain.lastIndexOf('Config') + 1;
  let section: string | undefined;
  if (start <= 1) {
    // `a.cfg.PG.DsnURL`: the loaded struct kept in a field (`cfg *config.Config`) of a receiver.
    for (let index = chain.length - 2; index >= 0; index -= 1) {
      const name = chain[index] as string;
      section = kratosSection(node, name);
      if (section !== undefined || isConfigStruct(node, name)) {
        start = index + 1;
        break;
      }
    }
  }
  if (start < 1 || start >= chain.length) return undefined;
  const path = [...(section !== undefined && section !== 'Bootstrap' ? [section] : []), ...chain.slice(start).filter((name) => !EMBEDDED_CONF.has(name))];
  return path.length > 0 ? path.join('.') : undefined;
}

/** Whether a condition tests that `subject` is empty: `subject == ""`, `"" == subject`, `subject == nil`, `len(subject) == 0`. */
function testsEmpty(condition: SyntaxNode | undefined, subject: string): boolean {
  if (condition?.type === 'parenthesized_expression') return testsEmpty(kids(condition)[0], subject);
  if (condition?.type !== 'binary_expression' || field(condition, 'operator')?.text !== '==') return false;
  const sides = [field(condition, 'left'), field(condition, 'right')];
  return sides.some((side, index) => {
    const other = sides[1 - index];
    if (!side || !other) return false;
    const tested = side.type === 'call_expression' && field(side, 'function')?.text === 'len' ? kids(field(side, 'arguments') ?? side)[0] : side;
    const empty = side.type === 'call_expression' ? other.text === '0' : other.text === '""' || other.text === '``' || other.text === 'nil';
    return empty && tested !== undefined && compact(tested.text) === subject;
  });
}

/**
 * Whether a value is assigned only when its target was empty: the right side of `x = …` (or
 * `c.x = …`) directly in the body of `if x == "" { … }` (`len(x) == 0`, `x == nil`).
 */
function fillsEmpty(value: SyntaxNode): boolean {
  const list = value.parent;
  const assignment = list?.type === 'expression_list' ? list.parent : undefined;
  if (assignment?.type !== 'assignment_statement' || field(assignment, 'right')?.id !== list?.id || field(assignment, 'operator')?.text === ':=') return false;
  const targets = listOf(field(assignment, 'left'));
  const target = targets[kids(list as SyntaxNode).findIndex((child) => child.id === value.id)];
  let block = assignment.parent;
  if (block?.type === 'statement_list') block = block.parent;
  const branch = block?.parent;
  if (!target || block?.type !== 'block' || branch?.type !== 'if_statement' || field(branch, 'consequence')?.id !== block.id) return false;
  return testsEmpty(field(branch, 'condition'), compact(target.text));
}

/** The name argument of a client-go ConfigMap read (`….ConfigMaps(ns).Get(ctx, name, opts)`), when written in place or as a constant. */
function configMapReadName(call: SyntaxNode): SyntaxNode | undefined {
  const getter = field(call, 'function');
  if (getter?.type !== 'selector_expression' || field(getter, 'field')?.text !== 'Get') return undefined;
  const lister = field(getter, 'operand');
  const listerFunction = lister?.type === 'call_expression' ? field(lister, 'function') : undefined;
  if (listerFunction?.type !== 'selector_expression' || field(listerFunction, 'field')?.text !== 'ConfigMaps') return undefined;
  const name = kids(field(call, 'arguments') ?? call).filter((arg) => arg.type !== 'comment')[1];
  return name && (name.type === 'interpreted_string_literal' || name.type === 'raw_string_literal' || name.type === 'selector_expression') ? name : undefined;
}

/**
 * Whether a value is the default a flag definition or an env read states, used only when nothing
 * else gives the setting: `cmd.Flags().StringVar(&addr, "repo-server", common.DefaultRepoServerAddr, …)`,
 * `env.StringFromEnv("REDIS_SERVER", common.DefaultRedisAddr)` (a call of two arguments, the first
 * naming an env var; not `os.Setenv`).
 */
export function statesDefault(value: SyntaxNode): boolean {
  const list = value.parent;
  const call = list?.type === 'argument_list' ? list.parent : undefined;
  if (!list || call?.type !== 'call_expression') return false;
  const read = flagRead(call);
  if (read) return read.fallback?.id === value.id;
  const args = kids(list).filter((arg) => arg.type !== 'comment');
  const name = args[0] ? constantText(args[0], 0) : undefined;
  const fn = calleeText(field(call, 'function')).split('.').pop() ?? '';
  return args.length === 2 && args[1]?.id === value.id && name !== undefined && isEnvName(name) && /env|conf|setting/i.test(fn) && !/^(?:Set|Unset)/.test(fn);
}

/**
 * `pkg.Name` on an imported package outside the standard library, `Name` exported: the name its
 * package binds it under (`common.DefaultRedisAddr`, see declare's `const_spec`), else undefined.
 */
function importedConstant(node: SyntaxNode, model: FileModel): string | undefined {
  const operand = field(node, 'operand');
  const name = field(node, 'field')?.text;
  if (operand?.type !== 'identifier' || !name || !/^[A-Z]/.test(name) || model.bindings.has(operand.text) || model.types.has(operand.text)) return undefined;
  const aliased = model.importAliases?.get(operand.text);
  const imported = aliased ?? model.imports.find((path) => defaultPackageName(path) === operand.text);
  const pkg = imported === undefined ? undefined : aliased ? defaultPackageName(imported) : operand.text;
  return imported !== undefined && pkg && !isStandardLibrary(imported) ? `${pkg}.${name}` : undefined;
}

/** Standard library calls that hand their first argument on, trimmed or cased (`strings.TrimRight(base, "/")`). */
/** `os.Args[0]`: the path the program was started by. */
function isProgramName(node: SyntaxNode): boolean {
  return node.type === 'index_expression' && field(node, 'operand')?.text === 'os.Args' && field(node, 'index')?.text === '0';
}

const PASS_THROUGH = /^strings\.(?:Trim|TrimSpace|TrimLeft|TrimRight|TrimPrefix|TrimSuffix|ToLower|Clone)$/;
/** Standard library calls splitting a setting into its items (`strings.Split(servers, ",")`). */
const SPLIT = /^strings\.(?:Split|SplitN|Fields)$/;

/**
 * The parameter of a method an identifier reads, keyed by the method's package, receiver type and
 * name (`base` in `func (s *SDK) do(method, base, path string)` of package `sdk` →
 * `param:sdk.SDK.do#1`): what the type's other methods give it when they call it on their
 * receiver (`s.do(http.MethodPost, s.cfg.ThingsURL, "/things")`, declare), one value per call.
 */
function methodParameter(node: SyntaxNode): string | undefined {
  if (node.type !== 'identifier' || node.parent?.type === 'parameter_declaration') return undefined;
  let method: SyntaxNode | null = node.parent;
  while (method && method.type !== 'method_declaration' && method.type !== 'function_declaration' && method.type !== 'func_literal') method = method.parent;
  if (method?.type !== 'method_declaration') return undefined;
  const holder = receiverType(method);
  const name = field(method, 'name')?.text;
  const pkg = packageOf(method);
  const parameters = field(method, 'parameters');
  if (!holder || !name || !pkg || !parameters) return undefined;
  let position = 0;
  for (const declaration of kids(parameters)) {
    if (declaration.type !== 'parameter_declaration') return undefined;
    const names = declaration.childrenForFieldName('name').filter((child): child is SyntaxNode => child !== null);
    const index = names.findIndex((child) => child.text === node.text);
    if (index >= 0) return `param:${pkg}.${holder}.${name}#${position + index}`;
    position += Math.max(names.length, 1);
  }
  return undefined;
}

/**
 * The parameters a call of a method on the enclosing method's receiver gives
 * (`s.do(http.MethodPost, s.cfg.ThingsURL, "/things")` in `func (s *SDK) CreateThing`), keyed as
 * methodParameter reads them.
 */
function receiverCallParameters(node: SyntaxNode): string | undefined {
  const fn = field(node, 'function');
  if (fn?.type !== 'selector_expression') return undefined;
  const operand = field(fn, 'operand');
  const name = field(fn, 'field')?.text;
  if (operand?.type !== 'identifier' || !name || !isReceiver(operand)) return undefined;
  let method: SyntaxNode | null = node.parent;
  while (method && method.type !== 'method_declaration') method = method.parent;
  const holder = method ? receiverType(method) : undefined;
  const pkg = packageOf(node);
  return holder && pkg ? `param:${pkg}.${holder}.${name}` : undefined;
}

/**
 * The request helpers a file declares (`param:sdk.SDK.do` → `do` for `func (s *SDK) do(method, base,
 * path string)` of package `sdk`), keyed as receiverCallParameters names their calls: unexported
 * methods (the package's own plumbing, not its API) handing a parameter on to a call of their body
 * (`http.NewRequest(method, base+path, …)`). Other methods' parameters are no address to follow,
 * and reading the package's other files for each would parse every file of it again.
 */
export function declaredHelperMethods(root: SyntaxNode): Map<string, string> {
  const found = new Map<string, string>();
  const pkg = packageOf(root);
  for (const method of root.descendantsOfType('method_declaration')) {
    if (!method || !pkg) continue;
    const holder = receiverType(method);
    const name = field(method, 'name')?.text;
    const parameters = field(method, 'parameters');
    const body = field(method, 'body');
    if (!holder || !name || !/^[a-z_]/.test(name) || !parameters || !body) continue;
    const names = new Set(
      kids(parameters)
        .filter((child) => child.type === 'parameter_declaration')
        .flatMap((declaration) => declaration.childrenForFieldName('name'))
        .flatMap((child) => (child ? [child.text] : [])),
    );
    const handsOn = body.descendantsOfType('call_expression').some((call) => {
      const args = call ? field(call, 'arguments') : null;
      return args?.descendantsOfType('identifier').some((identifier) => identifier !== null && names.has(identifier.text)) === true;
    });
    if (handsOn) found.set(`param:${pkg}.${holder}.${name}`, name);
  }
  // Unexported package functions whose string parameter is the address a request of their body goes
  // to (`func proxyRequest(serviceUrl, prefix string, w http.ResponseWriter, r *http.Request)` building
  // `url := fmt.Sprintf("%s%s", serviceUrl, path)` for `http.NewRequest(r.Method, url, nil)`), called
  // once per backend (`proxyRequest(AgendaServiceUrl, "/api/agenda", w, r)`): keyed `param:<pkg>.<func>`
  // as helperCallParameters names their calls. Functions handing a parameter to anything else
  // (an env reader, a config loader, an out-parameter) are no request helpers.
  for (const fn of root.descendantsOfType('function_declaration')) {
    const name = fn ? field(fn, 'name')?.text : undefined;
    if (!fn || !pkg || !name || !/^[a-z_]/.test(name) || name === 'main' || name === 'init') continue;
    if (requestsParameter(fn)) found.set(`param:${pkg}.${name}`, name);
  }
  return found;
}

/** The net/http calls taking the address requested, and its position. */
const HTTP_URL_ARGUMENT = new Map([
  ['http.Get', 0],
  ['http.Post', 0],
  ['http.Head', 0],
  ['http.PostForm', 0],
  ['http.DefaultClient.Get', 0],
  ['http.DefaultClient.Post', 0],
  ['http.DefaultClient.Head', 0],
  ['http.DefaultClient.PostForm', 0],
  ['http.NewRequest', 1],
  ['http.NewRequestWithContext', 2],
]);

/**
 * Whether a function's `string` parameter flows, through the assignments of its body in order
 * (`url := fmt.Sprintf("%s%s", serviceUrl, path)`, `url = "http://" + url`), into the address
 * argument of a net/http request (HTTP_URL_ARGUMENT).
 */
function requestsParameter(fn: SyntaxNode): boolean {
  const parameters = field(fn, 'parameters');
  const body = field(fn, 'body');
  if (!parameters || !body) return false;
  const flowing = new Set(
    kids(parameters)
      .filter((child) => child.type === 'parameter_declaration' && field(child, 'type')?.text === 'string')
      .flatMap((parameter) => parameter.childrenForFieldName('name'))
      .flatMap((child) => (child ? [child.text] : [])),
  );
  if (flowing.size === 0) return false;
  const mentions = (node: SyntaxNode | undefined): boolean => node !== undefined && (node.type === 'identifier' ? flowing.has(node.text) : node.descendantsOfType('identifier').some((identifier) => identifier !== null && flowing.has(identifier.text)));
  const nodes = body.descendantsOfType(['short_var_declaration', 'assignment_statement', 'var_spec', 'call_expression']);
  for (const node of nodes) {
    if (!node) continue;
    if (node.type === 'call_expression') {
      const position = HTTP_URL_ARGUMENT.get(compact(field(node, 'function')?.text ?? ''));
      const args = position === undefined ? [] : kids(field(node, 'arguments') ?? node).filter((arg) => arg.type !== 'comment');
      if (position !== undefined && mentions(args[position])) return true;
      continue;
    }
    const left = node.type === 'var_spec' ? node.childrenForFieldName('name').filter((name): name is SyntaxNode => name !== null) : listOf(field(node, 'left'));
    const right = listOf(field(node, node.type === 'var_spec' ? 'value' : 'right'));
    left.forEach((name, index) => {
      const value = right.length === left.length ? right[index] : right[0];
      if (name.type === 'identifier' && right.length > 0 && mentions(value)) flowing.add(name.text);
    });
  }
  return false;
}

/**
 * The parameters a call of a helper gives: a method on the enclosing method's receiver
 * (receiverCallParameters) or a function of the same package called bare (`proxyRequest(AgendaServiceUrl,
 * "/api/agenda", w, r)` → `param:main.proxyRequest`, keyed as functionParameter reads them). Only
 * the helpers declaredHelperMethods finds are bound so.
 */
function helperCallParameters(node: SyntaxNode): string | undefined {
  const receiverCall = receiverCallParameters(node);
  if (receiverCall) return receiverCall;
  const fn = field(node, 'function');
  const pkg = fn?.type === 'identifier' ? packageOf(node) : undefined;
  return fn && pkg && !BUILTINS.has(fn.text) ? `param:${pkg}.${fn.text}` : undefined;
}

/** The helper functions and methods of a file (declaredHelperMethods), found once per file model. */
const fileHelpers = new WeakMap<FileModel, ReadonlySet<string>>();
function helpersOf(model: FileModel, node: SyntaxNode): ReadonlySet<string> {
  let found = fileHelpers.get(model);
  if (!found) {
    let root: SyntaxNode = node;
    while (root.parent) root = root.parent;
    found = new Set(declaredHelperMethods(root).keys());
    fileHelpers.set(model, found);
  }
  return found;
}

/**
 * Binds the arguments of the calls in `root` of a helper method on the enclosing method's receiver
 * (`s.do(http.MethodPost, s.cfg.ThingsURL, "/things")`) under the helper's parameters, for the
 * helpers in `wanted` only: a package's methods are written across its files (`things.go` calling
 * the `do` of `sdk.go`), and each call gives the helper one more value.
 */
export function bindReceiverCalls(root: SyntaxNode, bindings: Map<string, Binding[]>, wanted: ReadonlySet<string>): void {
  for (const node of root.descendantsOfType('call_expression')) {
    const key = node ? helperCallParameters(node) : undefined;
    if (node && key && wanted.has(key)) bindReceiverCall(node, key, bindings);
  }
}

/** Binds one call's arguments under the parameters (`key`, receiverCallParameters) of the helper it calls. */
function bindReceiverCall(call: SyntaxNode, key: string, bindings: Map<string, Binding[]>): void {
  kids(field(call, 'arguments') ?? call).filter((arg) => arg.type !== 'variadic_argument' && arg.type !== 'comment').forEach((arg, index) => bind(bindings, `${key}#${index}`, arg));
}

/** Whether an identifier is the receiver of the method it is used in (`f` in `func (f *Factory) Initialize()`). */
function isReceiver(name: SyntaxNode): boolean {
  for (let parent = name.parent; parent; parent = parent.parent) {
    if (parent.type === 'func_literal') continue;
    if (parent.type === 'function_declaration') return false;
    if (parent.type !== 'method_declaration') continue;
    const receiver = kids(field(parent, 'receiver') ?? parent).find((child) => child.type === 'parameter_declaration');
    return receiver !== undefined && field(receiver, 'name')?.text === name.text;
  }
  return false;
}

/** The reader for Go. */
export const goReader: LanguageReader = {
  finish(model: FileModel): void {
    // Viper's AutomaticEnv: every key the file defines or reads is also the env var named after it.
    const envOf = model.envOfKey;
    if (!envOf || !model.flagKeys) return;
    for (const [key, at] of model.flagKeys) (model.keySources ??= []).push({ key, from: envOf(key), at });
  },

  nodeTypes: ['call_expression', 'composite_literal', 'import_spec', 'short_var_declaration', 'assignment_statement', 'var_spec', 'const_spec', 'field_declaration', 'parameter_declaration', 'range_clause', 'selector_expression', 'method_declaration', 'function_declaration'],

  site(node: SyntaxNode): CallSite | undefined {
    if (node.type === 'call_expression') {
      const fn = field(node, 'function');
      if (!fn) return undefined;
      const selector = fn.type === 'selector_expression';
      return makeSite(node, 'call', calleeText(fn), {
        receiver: () => (selector ? field(fn, 'operand') : undefined),
        args: () => {
          const args = field(node, 'arguments');
          // `gocql.NewCluster(hosts...)`, `elastic.SetURL(urls...)`: a spread slice is the argument at its place.
          return args ? kids(args).map((arg) => (arg.type === 'variadic_argument' ? (kids(arg)[0] ?? arg) : arg)) : [];
        },
        typeArgs: () => {
          const typeArgs = field(node, 'type_arguments');
          return typeArgs ? kids(typeArgs).map((arg) => typeName(arg.text)) : [];
        },
        line: () => lineOf((selector ? field(fn, 'field') : undefined) ?? node),
        statement: () => node.parent?.type === 'expression_statement',
      });
    }
    if (node.type === 'composite_literal') {
      const type = field(node, 'type');
      if (!type || isCollection(type)) return undefined;
      const body = once(() => literalBody(field(node, 'body')));
      return makeSite(node, 'literal', calleeText(type), { args: () => body().args, named: () => body().named });
    }
    return undefined;
  },

  shape(node: SyntaxNode): Shape {
    switch (node.type) {
      case 'interpreted_string_literal':
      case 'raw_string_literal':
        return { kind: 'string', text: unquote(node.text) };
      case 'int_literal':
        return { kind: 'number', text: node.text };
      case 'binary_expression': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        return left && right && field(node, 'operator')?.text === '+' ? { kind: 'parts', parts: [left, right] } : { kind: 'unknown' };
      }
      case 'identifier': {
        const element = rangeElement(node);
        if (element) return element;
        // A helper method's parameter is each argument its type's methods give it; where none
        // calls it so, the name as before (parameterValue falls back to it).
        const method = methodParameter(node);
        if (method) return { kind: 'name', name: node.text, param: { key: method, shared: false } };
        // A function's parameter is each argument the file's calls give it: several callers each
        // passing on their own parameter (`connect(prefix)` in SetupAuthClient and SetupThingsClient)
        // make it each of theirs, read per program in resolution.
        const parameter = functionParameter(node);
        return parameter ? { kind: 'name', name: parameter, param: { key: parameter, shared: false } } : { kind: 'name', name: node.text };
      }
      case 'selector_expression': {
        // `cfg.BaseURL` on a parameter of the package's own struct type: what callers pass for it
        // (then, in resolution, what the settings or the type's field say; see declare).
        const parameter = parameterField(node);
        if (parameter) return { kind: 'name', name: parameter.key, param: { key: parameter.key, shared: false } };
        // `cfg.URL` of a struct parsed under a prefix (`env.Options{Prefix: prefix}`): the prefix, then the tag's name.
        const prefixed = prefixedStructField(node);
        if (prefixed) return { kind: 'env', key: prefixed.prefix, suffix: prefixed.variable, carried: true };
        // `c.DB.DataSource` on a config struct loaded from a settings file: that file's key.
        const key = configFieldKey(node);
        if (key) return { kind: 'env', key };
        const name = field(node, 'field')?.text ?? '';
        // `c.opts.Endpoint`: a field of what a receiver's field holds (an options struct passed in whole).
        const operand = field(node, 'operand');
        const held = operand?.type === 'selector_expression' && field(operand, 'operand')?.type === 'identifier' ? operand : undefined;
        if (held) return { kind: 'name', name, object: held, field: name };
        // `rt.Upstream` with `rt` a loop variable: that field of each element (go-slice-tables.ts).
        return operand?.type === 'identifier' && rangedOver(operand) ? { kind: 'name', name, object: operand } : { kind: 'name', name };
      }
      case 'index_expression': {
        // `os.Args[0]`: the name the program runs as, which the deployment's command line says (a multi-call binary's switch).
        if (isProgramName(node)) return { kind: 'env', key: COMMAND_PROGRAM_KEY };
        // `result["ReserveMemcAddress"]` on a map filled from a configuration file
        // (`json.Unmarshal(bytes, &result)`): the setting of that name, looked up like an env var.
        const operand = field(node, 'operand');
        const index = field(node, 'index');
        const key = index?.type === 'interpreted_string_literal' || index?.type === 'raw_string_literal' ? unquote(index.text) : undefined;
        // A map literal of the file read by key (`upstreams["details"]`) is that entry.
        if (operand && key !== undefined) return { kind: 'member', object: operand, key: key.toLowerCase(), ...((operand.type === 'identifier' || operand.type === 'selector_expression') && /^[A-Za-z][A-Za-z0-9_.-]*$/.test(key) ? { orKey: key } : {}) };
        // `urls[rand.Intn(len(urls))]`, `addrs[hash%len(addrs)]`: one address of a list picked per
        // request (a setting split by strings.Fields/Split) may be any of them, so it is the list,
        // each of whose hosts resolution makes a target. Not a literal position (`parts[0]`).
        if (operand && index && index.type !== 'int_literal' && (operand.type === 'identifier' || operand.type === 'selector_expression')) return { kind: 'wrap', inner: operand };
        return { kind: 'unknown' };
      }
      case 'call_expression': {
        // An INI key read through go-ini (`sec.Key("HOST").String()`): the deployment's
        // `PRODUCT__section__KEY`, else the INI file's entry (go-ini-settings.ts).
        const ini = goIniRead(node);
        if (ini) return { kind: 'env', key: ini.key, ...(ini.fallback ? { fallback: ini.fallback } : {}) };
        // A flag or configuration read (`cmd.Flags().String("db", "…", "…")`, `viper.GetString("db")`): the key, with its default.
        const read = flagRead(node);
        if (read) return { kind: 'env', key: read.key, ...(read.fallback ? { fallback: read.fallback, program: true } : {}) };
        // `viper.GetString(name)` in a wrapper of the team's own (`func GetStringConfig(name string)
        // string`): the key each call of the wrapper gives its parameter.
        const keyParameter = viperKeyParameter(node);
        if (keyParameter && functionParameter(keyParameter)) return { kind: 'env', key: keyParameter };
        const fn = calleeText(field(node, 'function'));
        const args = kids(field(node, 'arguments') ?? node).filter((arg) => arg.type !== 'comment');
        // `filepath.Base(os.Args[0])`: the program's file name, which is how COMMAND_PROGRAM_KEY is bound.
        if ((fn === 'filepath.Base' || fn === 'path.Base') && args.length === 1 && isProgramName(args[0] as SyntaxNode)) return { kind: 'env', key: COMMAND_PROGRAM_KEY };
        // `net.JoinHostPort(host, strconv.Itoa(port))` is `host:port`.
        if (fn === 'net.JoinHostPort' && args.length === 2) return { kind: 'parts', parts: [args[0] as SyntaxNode, ':', args[1] as SyntaxNode] };
        // `out = append(out, peer)`: the items appended, the slice gathering the list's hosts one by one.
        if (fn === 'append' && args.length === 2 && args[1]) return { kind: 'wrap', inner: args[1] };
        if ((fn === 'strconv.Itoa' || fn === 'strconv.FormatInt' || fn === 'fmt.Sprint' || PASS_THROUGH.test(fn)) && args[0]) return { kind: 'wrap', inner: args[0] };
        // `strings.Split(v.GetString("cassandra.servers"), ",")`: a list of addresses is written as the setting's text.
        if (SPLIT.test(fn) && args[0]) return { kind: 'wrap', inner: args[0] };
        // `url.JoinPath(base, "v1", "orders")` is `base/v1/orders`.
        if (fn === 'url.JoinPath' && args[0]) return { kind: 'parts', parts: args.flatMap((arg, index) => (index === 0 ? [arg] : ['/', arg])) };
        const site = goReader.site(node);
        return site ? { kind: 'call', site } : { kind: 'unknown' };
      }
      case 'composite_literal': {
        const type = field(node, 'type');
        if (type?.type === 'map_type') return { kind: 'object', entries: literalBody(field(node, 'body')).named };
        if (isCollection(type)) return { kind: 'list', items: literalBody(field(node, 'body')).args };
        const site = goReader.site(node);
        return site ? { kind: 'call', site } : { kind: 'unknown' };
      }
      case 'literal_value': {
        // An element of `[]T{{Field: …}}`, whose type is left out; `{"/api", catalog}` by position.
        const body = literalBody(node);
        return { kind: 'object', entries: body.named.size > 0 ? body.named : positionalFields(node, body.args) };
      }
      case 'unary_expression': {
        const operand = field(node, 'operand');
        const operator = field(node, 'operator')?.text;
        if (!operand || (operator !== '&' && operator !== '*')) return { kind: 'unknown' };
        return { kind: 'wrap', inner: operand, address: operator === '&' };
      }
      case 'parenthesized_expression': {
        const inner = kids(node)[0];
        return inner ? { kind: 'wrap', inner } : { kind: 'unknown' };
      }
      case 'function_declaration':
      case 'method_declaration': {
        // A function bound under `Name()` (declare): what it returns; with a default after an env
        // read (`if v := os.Getenv("X"); v != "" { return v }; return "http://reg:5000"`), either.
        const returned = returnedExpressions(node).map(initialised);
        if (returned.length === 1) return { kind: 'wrap', inner: returned[0] as SyntaxNode };
        return returned.length > 1 ? { kind: 'either', options: returned } : { kind: 'unknown' };
      }
      case 'func_literal': {
        // A factory a client's options hold (`redis.Pool{Dial: func() (redis.Conn, error) { return redis.DialURL(url) }}`):
        // the connection it makes. Only as a field's value, and with one `return`.
        const returned = node.parent?.type === 'literal_element' ? returnedExpressions(node) : [];
        return returned.length === 1 ? { kind: 'wrap', inner: returned[0] as SyntaxNode } : { kind: 'unknown' };
      }
      default:
        return { kind: 'unknown' };
    }
  },

  fillsEmpty,

  parameterKeys(declaration: SyntaxNode): string[] | undefined {
    if (declaration.type !== 'function_declaration') return undefined;
    const name = field(declaration, 'name')?.text;
    const pkg = packageOf(declaration);
    const count = parameterCount(declaration);
    return name && pkg && count > 0 ? Array.from({ length: count }, (_, index) => `param:${pkg}.${name}#${index}`) : undefined;
  },

  packageHelper(node: SyntaxNode, model: FileModel): { module: string; fn: string } | undefined {
    // `BuildDSN(schema.EnvPrefix)`: a bare call of a function no declaration of this file, no local
    // and no builtin names is one of the package's other files.
    if (node.type !== 'call_expression') return undefined;
    const fn = field(node, 'function');
    if (fn?.type !== 'identifier' || BUILTINS.has(fn.text) || model.bindings.has(fn.text) || model.types.has(fn.text)) return undefined;
    let root: SyntaxNode = node;
    while (root.parent) root = root.parent;
    if (kids(root).some((child) => child.type === 'function_declaration' && field(child, 'name')?.text === fn.text)) return undefined;
    const pkg = packageOf(node);
    return pkg ? { module: goPackageModule(pkg), fn: fn.text } : undefined;
  },

  crossFile(node: SyntaxNode, model: FileModel): string | undefined {
    // A call of a function returning text declared in another file (declare, function_declaration):
    // `config.RegistryURL()` of an imported package of the module, `RegistryURL()` of this package,
    // `w.cfg.Ledger()` on a value of a type whose method returns text.
    if (node.type === 'call_expression') {
      const fn = field(node, 'function');
      const args = kids(field(node, 'arguments') ?? node);
      if (args.length > 0) return undefined;
      if (fn?.type === 'identifier') return BUILTINS.has(fn.text) ? undefined : `${fn.text}()`;
      if (fn?.type !== 'selector_expression') return undefined;
      const own = ownFunctionCalled(node, fn, model);
      const operand = field(fn, 'operand');
      const name = field(fn, 'field')?.text;
      if (own && operand?.type === 'identifier' && !model.bindings.has(operand.text) && !model.types.has(operand.text)) return `${own}()`;
      const holder = operand?.type === 'selector_expression' ? field(operand, 'field')?.text : operand?.type === 'identifier' ? operand.text : undefined;
      const type = holder ? model.types.get(holder)?.replace(/^[*&]+/, '') : undefined;
      // A type of the package or an imported one (`config.Settings`, `Settings`), not the standard library's (`strings.Builder`).
      const qualifier = type?.includes('.') ? type.split('.')[0] : undefined;
      const imported = qualifier === undefined ? undefined : (model.importAliases?.get(qualifier) ?? model.imports.find((path) => defaultPackageName(path) === qualifier));
      if (qualifier !== undefined && (imported === undefined || isStandardLibrary(imported))) return undefined;
      return type && name ? methodKey(type, name) : undefined;
    }
    // A bare name never set in this file: a package-level variable declared here without a value,
    // or one not declared here at all (parameters and local `var`s are typed here, so are not).
    if (node.type === 'identifier') {
      // A function's parameter: what its callers give it, in this package or another.
      const parameter = functionParameter(node);
      if (parameter) return model.shared.get(parameter)?.ambiguous ? undefined : parameter;
      return model.globals?.has(node.text) || !model.types.has(node.text) ? node.text : undefined;
    }
    // `fe.cartSvcConn` on a receiver or variable (not `pkg.Name`): a field set in another file of the package.
    if (node.type !== 'selector_expression') return undefined;
    // `if addr == "" { addr = common.DefaultRedisAddr }`: a default named by an exported constant
    // of another package of the module, bound there as `common.DefaultRedisAddr` (declare).
    // So is a flag's or an env read's stated default (`env.StringFromEnv("REPO_SERVER", common.DefaultRepoServerAddr)`).
    const constant = fillsEmpty(node) || statesDefault(node) ? importedConstant(node, model) : undefined;
    if (constant) return constant;
    const parameter = parameterField(node);
    if (parameter) return parameter.key;
    const operand = field(node, 'operand');
    // `f.opts.Servers`: a field of an options struct a receiver holds, filled in another file of the
    // package (`o.Servers = strings.Split(v.GetString("cassandra.servers"), ",")` in options.go).
    const holder = operand?.type === 'selector_expression' ? field(operand, 'operand') : undefined;
    if (holder?.type === 'identifier' && isReceiver(holder)) return field(node, 'field')?.text;
    // `setting.Database.Host`: a field of another package's exported variable, which that package
    // fills (`Database.Host = sec.Key("HOST").String()`), bound there under the same name (bindPairs).
    const variable = operand?.type === 'selector_expression' && holder?.type === 'identifier' ? importedConstant(operand, model) : undefined;
    if (variable) return `${variable}.${field(node, 'field')?.text ?? ''}`;
    if (operand?.type !== 'identifier' || (!model.types.has(operand.text) && !model.bindings.has(operand.text))) return undefined;
    const name = field(node, 'field')?.text;
    const type = model.types.get(operand.text);
    if (name && type && functionParameter(operand) !== undefined) return structFieldKey(type, name) ?? name;
    return name;
  },

  declare(node: SyntaxNode, model: FileModel): void {
    switch (node.type) {
      case 'range_clause': {
        // The loop variables stand for each element of the collection (see rangeElement).
        const left = field(node, 'left');
        for (const name of left ? kids(left) : []) if (name.type === 'identifier' && name.text !== '_') bind(model.bindings, name.text, name);
        return;
      }
      case 'import_spec': {
        const path = field(node, 'path');
        if (path) model.imports.push(unquote(path.text));
        const alias = field(node, 'name')?.text;
        if (path && alias && alias !== '_' && alias !== '.') {
          (model.importAliases ??= new Map()).set(alias, unquote(path.text));
          // `gohttp "net/http"`: `gohttp.Get` is `http.Get` (a path whose last segment is no Go name, `amqp091-go`, names no package to stand for).
          const standsFor = defaultPackageName(unquote(path.text));
          if (standsFor && /^[A-Za-z_]\w*$/.test(standsFor)) recordAlias(model, alias, [standsFor]);
        }
        return;
      }
      case 'short_var_declaration':
      case 'assignment_statement':
        bindPairs(listOf(field(node, 'left')), listOf(field(node, 'right')), model);
        return;
      case 'var_spec':
      case 'const_spec': {
        const names = node.childrenForFieldName('name').filter((name): name is SyntaxNode => name !== null);
        const packageLevel = isPackageLevel(node);
        if (packageLevel && node.type === 'var_spec') {
          model.globals ??= new Set();
          for (const name of names) model.globals.add(name.text);
        }
        bindPairs(names, listOf(field(node, 'value')), model, packageLevel);
        // An exported constant is read by other packages as `pkg.Name` (importedConstant).
        const pkg = packageOf(node);
        if (packageLevel && node.type === 'const_spec' && pkg && pkg !== 'main') {
          const values = listOf(field(node, 'value'));
          names.forEach((name, index) => {
            const value = values.length === names.length ? values[index] : undefined;
            if (value && /^[A-Z]/.test(name.text)) model.shared.set(`${pkg}.${name.text}`, { value, at: value, qualified: true });
          });
        }
        const type = field(node, 'type');
        if (type) for (const name of names) model.types.set(name.text, typeName(type.text));
        return;
      }
      case 'composite_literal': {
        const sources = keySources(node);
        if (sources.length > 0) (model.keySources ??= []).push(...sources);
        // `&server{ordersURL: os.Getenv("ORDERS_URL")}` sets the field the methods read later.
        const type = field(node, 'type');
        if (isCollection(type)) return;
        let outer = node;
        while (outer.parent?.type === 'unary_expression' || outer.parent?.type === 'parenthesized_expression') outer = outer.parent;
        const givenToCall = outer.parent?.type === 'argument_list';
        for (const [name, value] of literalFieldsByName(field(node, 'body'))) {
          bind(model.bindings, name, value);
          model.shared.set(name, { value, at: value });
          // Another package's struct kept to be handed on (`options := frontend.ConfigOptions{…}`):
          // the package reading it is not this one. One given straight to a call
          // (`redis.NewClient(&redis.Options{Addr: …})`) is that call's, read there.
          const typed = type?.type === 'qualified_type' && !givenToCall ? structFieldKey(compact(type.text), name) : undefined;
          if (typed) model.shared.set(typed, { value, at: value, module: true, references: true });
        }
        return;
      }
      case 'call_expression': {
        // `rootCfg.Section("queue").MapTo(&Queue)`: each field of the exported variable is the section's key (go-ini-settings.ts).
        const mapped = goIniMappedReads(node);
        const pkg = mapped && /^[A-Z]/.test(mapped.variable) ? packageOf(node) : undefined;
        if (mapped && pkg && pkg !== 'main') for (const [name, key] of mapped.reads) model.shared.set(`${pkg}.${mapped.variable}.${name}`, { value: { kind: 'env', key }, at: node, qualified: true });
        // `store.NewStore(os.Getenv("REDIS_ADDR"))`: the arguments of a call of one of the module's
        // own functions bind its parameters by position, for the module's other packages. A helper
        // called several times in the file (once per backend) has no one value: nothing is bound.
        // A request helper of the file's own (`proxyRequest(AgendaServiceUrl, "/api/agenda", w, r)`,
        // once per backend) gives its parameters one more value per call instead, as a receiver helper does.
        const helperCall = field(node, 'function')?.type === 'identifier' ? helperCallParameters(node) : undefined;
        const fileHelper = helperCall !== undefined && helpersOf(model, node).has(helperCall);
        if (fileHelper) bindReceiverCall(node, helperCall, model.bindings);
        const own = fileHelper ? undefined : ownFunctionCalled(node, field(node, 'function'), model);
        if (own) {
          // Calls that all pass on a parameter of their own function unchanged (`connect(prefix)` in
          // each `SetupXClient(prefix string)`) keep every argument: the parameter is each caller's.
          const give = (name: string, value: SyntaxNode): void => {
            const existing = model.shared.get(name);
            const forwarded = functionParameter(value) !== undefined;
            if (existing) {
              existing.ambiguous = true;
              if (forwarded && existing.forwards) bind(model.bindings, name, value);
              else {
                existing.forwards = false;
                model.bindings.delete(name);
              }
              return;
            }
            bind(model.bindings, name, value);
            model.shared.set(name, { value, at: value, module: true, forwards: forwarded, ...(packageOf(node) === 'main' ? { program: true } : {}) });
          };
          kids(field(node, 'arguments') ?? node).filter((arg) => arg.type !== 'variadic_argument').forEach((arg, index) => {
            // A struct literal given outright (`ordersclient.New(ordersclient.Config{BaseURL: …})`) gives each field.
            let literal: SyntaxNode | undefined = arg;
            while (literal && ((literal.type === 'unary_expression' && field(literal, 'operator')?.text === '&') || literal.type === 'parenthesized_expression')) literal = field(literal, 'operand') ?? kids(literal)[0];
            if (literal?.type === 'composite_literal' && !isCollection(field(literal, 'type'))) {
              for (const [name, value] of literalFieldsByName(field(literal, 'body'))) give(`param:${own}#${index}.${name}`, value);
            }
            // `&x` is an out-parameter, set by the call rather than given to it.
            if (arg.type === 'unary_expression' && field(arg, 'operator')?.text === '&') return;
            give(`param:${own}#${index}`, arg);
          });
        }
        // `s.do(http.MethodPost, s.cfg.ThingsURL, "/things")`: each call of a helper method on the
        // receiver gives its parameters one more value (a request helper every method sends through).
        const receiverCall = receiverCallParameters(node);
        if (receiverCall) bindReceiverCall(node, receiverCall, model.bindings);
        // `client.CoreV1().ConfigMaps(ns).Get(ctx, "loom-config", …)`: the program reads that ConfigMap,
        // as a `--configmap` flag defaulting to its name would say (core configmap-documents.ts).
        const configMap = configMapReadName(node);
        if (configMap) (model.keySources ??= []).push({ key: 'configmap', fallback: configMap, at: node });
        // Flags and configuration keys (go-flags.ts): `flag.StringVar(&dsn, "dsn", "…", "usage")`
        // makes `dsn` the flag `dsn` (the call is its value: the flag's name, then its default).
        const read = flagRead(node);
        if (read) {
          if (!model.flagKeys?.has(read.key)) (model.flagKeys ??= new Map()).set(read.key, node);
          // A definition's default may itself be an env read (`os.Getenv("CATALOG_ADDR")`), bound at emission.
          if (read.fallback && (read.target || /\.(?:Flags|PersistentFlags)\b|^p?flag\./.test(calleeText(field(node, 'function'))) || isFlagSetInstance(node))) (model.keySources ??= []).push({ key: read.key, fallback: read.fallback, at: node });
          for (const from of read.env ?? []) (model.keySources ??= []).push({ key: read.key, from, at: node });
          const target = read.target ? field(read.target, 'operand') : undefined;
          const name = target?.type === 'identifier' ? target.text : target?.type === 'selector_expression' ? field(target, 'field')?.text : undefined;
          if (name && target) {
            bind(model.bindings, name, node);
            // A package variable or a field: other files of the package read it (`customerHost` in root.go, read in frontend.go).
            // A flag's variable is the program's, whichever package reads it (through an options struct).
            if (target.type === 'selector_expression' || model.globals?.has(name)) model.shared.set(name, { value: node, at: node, module: true });
          }
          return;
        }
        const sources = keySources(node);
        if (sources.length > 0) (model.keySources ??= []).push(...sources);
        if (/\.AutomaticEnv$/.test(calleeText(field(node, 'function')))) {
          let root = node;
          while (root.parent) root = root.parent;
          model.envOfKey ??= automaticEnv(root);
        }
        return;
      }
      case 'selector_expression': {
        // `cfg.RedisAddr` on a typed config struct reads the settings file's key (configFieldKey);
        // when no file binds it, the field may be set in code of the package (`cfg.RedisAddr =
        // os.Getenv("REDIS_ADDR")` in config.go), as any field read in another file is.
        const key = configFieldKey(node);
        const operand = field(node, 'operand');
        const name = field(node, 'field')?.text;
        if (key && name && key === name && operand?.type === 'identifier') (model.keySources ??= []).push({ key, from: `code:${name}`, at: node });
        // A parameter's field no caller binds is what the type's field is set to where the module
        // builds one (`code:field:Config.BaseURL`), else the settings key it would be read as.
        const parameter = parameterField(node);
        if (parameter && name) {
          const typed = structFieldKey(parameter.type, name);
          for (const from of [typed ? `code:${typed}` : undefined, key]) if (from) (model.keySources ??= []).push({ key: `code:${parameter.key}`, from, at: node });
        }
        return;
      }
      case 'function_declaration': {
        // `func RegistryURL() string { … }`: a call stands for what it returns (shape). Exported, any
        // package of the module calls it as `config.RegistryURL()`; unexported, this package's
        // other files. One with parameters (a URL builder) is evaluated per call, with its arguments.
        const name = field(node, 'name')?.text;
        const pkg = packageOf(node);
        if (!name || !pkg || !(returnsText(node) || returnsTexts(node))) return;
        bind(model.bindings, `${name}()`, node);
        // A list of texts (`func peers() []string`, the hosts of a split setting) is read in this file only.
        if (!returnsText(node)) return;
        if (parameterCount(node) !== 0) return;
        model.shared.set(`${name}()`, { value: node, at: node });
        if (/^[A-Z]/.test(name) && pkg !== 'main') model.shared.set(`${pkg}.${name}()`, { value: node, at: node, qualified: true });
        return;
      }
      case 'method_declaration': {
        // `func (s *Settings) Ledger() string { return s.LedgerURL }`: what `x.Ledger()` reads on a value of the type, anywhere in the module.
        const holder = receiverType(node);
        const method = field(node, 'name')?.text;
        const key = holder && method && returnsText(node) && parameterCount(node) === 0 ? methodKey(holder, method) : undefined;
        if (key) model.shared.set(key, { value: node, at: node, module: true, references: true });
        // `func (c *Consumer) createChannel() (*amqp.Channel, error)`: what `ch, err := c.createChannel()`
        // holds is the method's first result, so `ch.Consume(…)` is amqp's (value-evaluation.ts, typeOf).
        const receiver = kids(field(node, 'receiver') ?? node).find((child) => child.type === 'parameter_declaration');
        const owner = receiver ? field(receiver, 'type') : undefined;
        const name = field(node, 'name')?.text;
        const result = field(node, 'result');
        const first = result?.type === 'parameter_list' ? kids(result).find((child) => child.type === 'parameter_declaration') : result;
        const type = first?.type === 'parameter_declaration' ? field(first, 'type') : first;
        if (owner && name && type && !isCollection(type)) model.types.set(`${typeName(owner.text)}.${name}`, typeName(type.text));
        return;
      }
      case 'field_declaration':
      case 'parameter_declaration': {
        if (node.type === 'field_declaration') (model.keySources ??= []).push(...structTagSources(node));
        const type = field(node, 'type');
        if (!type) return;
        for (const name of node.childrenForFieldName('name')) if (name) model.types.set(name.text, typeName(type.text));
        // A `[]T` table built by another function of the file (go-slice-tables.ts).
        const table = node.type === 'parameter_declaration' ? sliceParameterSource(node) : undefined;
        if (table) for (const name of node.childrenForFieldName('name')) if (name) bind(model.bindings, name.text, table);
        return;
      }
      default:
        return;
    }
  },
};
