/**
 * The Rust reader: calls (paths `reqwest::get` read as `reqwest.get`, method chains
 * `Client::new().get(url)` as `Client.new.get`), struct literals (`Config { url: … }`, as Go's
 * composite literals), the macros that build values (`format!` with positional, named and inline
 * `{host}` captures, `vec!`, `env!`), `unwrap_or`/`unwrap_or_else` defaults, clap `#[arg(env = …)]`
 * and envy-deserialised struct fields, and the declarations that bind names (`let`, assignments,
 * `const`/`static`, struct fields, parameters, `use`).
 *
 * Macro arguments are token trees, not expressions, in the grammar: a `format!` argument is read
 * back from its tokens (a name, a `self.field` path, an `env::var("X")` read), each stood for by a
 * small stand-in node the rest of the engine follows like any other.
 */
import type { CallSite, FileModel, LanguageReader, Shape, SyntaxNode } from './code-model.js';
import { allKids, bind, compact, field, kids, lineOf, makeSite, once, typeName, unquote } from './syntax-helpers.js';
import { recordAlias } from './import-aliases.js';
import { settingsFieldKeys, settingsPathKey, settingsReadKey } from './rust-settings.js';

/** A path or field chain as names: `reqwest::Client::new().get` → `reqwest.Client.new.get`; generics dropped. */
function calleeText(node: SyntaxNode | undefined): string {
  if (!node) return '?';
  switch (node.type) {
    case 'identifier':
    case 'field_identifier':
    case 'type_identifier':
    case 'self':
    case 'crate':
    case 'super':
      return node.text;
    case 'scoped_identifier':
    case 'scoped_type_identifier': {
      const path = field(node, 'path');
      const name = field(node, 'name')?.text ?? '?';
      return path ? `${calleeText(path)}.${name}` : name;
    }
    case 'generic_type':
    case 'generic_function':
      return calleeText(field(node, 'type') ?? field(node, 'function'));
    case 'field_expression':
      return `${calleeText(field(node, 'value'))}.${field(node, 'field')?.text ?? '?'}`;
    case 'call_expression':
      return calleeText(field(node, 'function'));
    case 'try_expression':
    case 'await_expression':
    case 'parenthesized_expression':
    case 'reference_expression':
      return calleeText(field(node, 'value') ?? kids(node)[0]);
    default:
      return '?';
  }
}

/** The text of a Rust string literal: `"…"` unescaped, raw `r#"…"#` as written, byte strings alike. */
function stringText(node: SyntaxNode): string {
  const raw = /^b?r(#*)"([\s\S]*)"\1$/.exec(node.text);
  if (raw) return raw[2] ?? '';
  return unquote(node.text.replace(/^b(?=")/, ''));
}

/** Methods that hand back their receiver's value when called without arguments (unwrapping, converting, borrowing, dialling a tonic endpoint). */
const PASS_THROUGH = new Set(['unwrap', 'unwrap_or_default', 'to_string', 'to_owned', 'into', 'clone', 'as_str', 'as_ref', 'as_deref', 'borrow', 'ok', 'parse', 'trim', 'connect', 'connect_lazy', 'build']);

/**
 * Methods that hand back their receiver's value whatever their arguments (`expect("…")`, a tonic
 * endpoint's settings, an `Option`/`Result` given an error of its own: `.ok_or(Error::NoEmail)?`).
 */
const PASS_THROUGH_WITH_ARGS = new Set(['expect', 'timeout', 'connect_timeout', 'tls_config', 'keep_alive_while_idle', 'tcp_keepalive', 'http2_keep_alive_interval', 'concurrency_limit', 'rate_limit', 'user_agent', 'origin', 'ok_or', 'ok_or_else', 'map_err', 'context', 'with_context']);

/**
 * A setting split into pieces (`smtp_server.split(':')`, `.split_once(':')`, then `.collect()`): the
 * first piece of a `host:port` address is its host, which a bare host read of the whole text gives
 * too (as Go reads `strings.Split`), so the split stands for its text; only the first piece is
 * taken (`[0]`, `.first()`, `.next()`, `.get(0)`, the first name of `let (host, port) = …`).
 */
const SPLITS = new Set(['split', 'splitn', 'split_once', 'rsplit_once', 'split_terminator']);
/** Methods, called without arguments, keeping a split's pieces (`collect`) or taking its first. */
const FIRST_PIECE = new Set(['first', 'next', 'collect']);

/** Methods that give a fallback when the receiver has none: `env::var("X").unwrap_or_else(|_| "d".into())`. */
const FALLBACKS = new Set(['unwrap_or', 'unwrap_or_else', 'or', 'or_else']);

/** A stand-in for a value written inside a macro's token tree, which the grammar leaves unparsed. */
interface TokenNode {
  id: number;
  type: 'rust_token_name' | 'rust_token_env' | 'rust_settings_key' | 'rust_settings_read';
  text: string;
  /** The last name of a path (`self.base_url` → `base_url`), or the env var's key. */
  value: string;
  /** Whether the name is a member (`cfg.url`), which another file may set. */
  member: boolean;
  parent: SyntaxNode | null;
  startIndex: number;
  endIndex: number;
  startPosition: SyntaxNode['startPosition'];
}

let nextTokenId = -1;
const tokenNodes = new WeakMap<SyntaxNode, Map<string, SyntaxNode>>();

/** The stand-in node for a name or env read at a place in a macro (one per place, so values are cached once). */
function tokenNode(macro: SyntaxNode, at: SyntaxNode, type: TokenNode['type'], text: string, value: string, member: boolean): SyntaxNode {
  let byPlace = tokenNodes.get(macro);
  if (!byPlace) tokenNodes.set(macro, (byPlace = new Map()));
  const key = `${at.startIndex}:${type}:${value}`;
  const existing = byPlace.get(key);
  if (existing) return existing;
  const made: TokenNode = { id: nextTokenId--, type, text, value, member, parent: macro, startIndex: at.startIndex, endIndex: at.endIndex, startPosition: at.startPosition };
  const node = made as unknown as SyntaxNode;
  byPlace.set(key, node);
  return node;
}

const asToken = (node: SyntaxNode): TokenNode | undefined => (/^rust_(?:token_name|token_env|settings_key|settings_read)$/.test(node.type) ? (node as unknown as TokenNode) : undefined);

/** The files whose deserialised settings structs were bound already (rust-settings.ts). */
const settingsBound = new WeakSet<object>();
/** Each parsed file's model, for the declared types a field read's shape asks for. */
const modelOfTree = new WeakMap<object, FileModel>();

/**
 * A field read from a value of a settings struct's type (`pictrs_config.url`): the settings-file
 * key its struct binds (rust-settings.ts), else, as before, the field by name (a struct literal of
 * another file setting it). The types of names come from the file's declarations.
 */
function settingsFieldShape(node: SyntaxNode): Shape | undefined {
  const model = modelOfTree.get(node.tree);
  const key = settingsReadKey(node, (name) => model?.types.get(name));
  if (key === undefined) return undefined;
  const name = field(node, 'field')?.text ?? '';
  return settingsEither(node, node, node.text, `code:${key}`, name);
}

/**
 * A settings field read's alternatives: the field by name as before (a value the file gives it, an
 * env var envy reads it from), else the settings-file key, else the field another file of the crate
 * sets (`code:<field>`, what an unbound name reads): the first env read wins and the others follow it
 * in the chain resolution tries in turn, so a crate whose struct no file deserialises reads as before.
 */
function settingsEither(anchor: SyntaxNode, at: SyntaxNode, text: string, key: string, name: string): Shape {
  return {
    kind: 'either',
    options: [tokenNode(anchor, at, 'rust_token_name', text, name, true), tokenNode(anchor, at, 'rust_settings_key', text, key, false), tokenNode(anchor, at, 'rust_settings_key', text, `code:${name}`, false)],
  };
}

/** The tokens of a macro's argument list split at top-level commas (nested groups are single token trees). */
function tokenGroups(tree: SyntaxNode): SyntaxNode[][] {
  const groups: SyntaxNode[][] = [[]];
  const children = allKids(tree);
  for (const child of children.slice(1, -1)) {
    if (/comment/.test(child.type)) continue;
    if (child.type === ',') groups.push([]);
    else groups[groups.length - 1]?.push(child);
  }
  return groups.filter((group) => group.length > 0);
}

/**
 * The value a macro argument's tokens stand for: a literal or a single name as it is; a path
 * (`self.cfg.url`, `config::ORDERS_URL`) less pass-through calls (`.clone()`, `.as_str()`) as a
 * name; `env::var("X")` or `std::env::var("X")` as an env read.
 */
function tokenValue(macro: SyntaxNode, group: SyntaxNode[]): SyntaxNode | undefined {
  let tokens = group;
  while (tokens[0] && (tokens[0].type === '&' || tokens[0].type === '*' || tokens[0].type === 'mutable_specifier')) tokens = tokens.slice(1);
  const first = tokens[0];
  if (!first) return undefined;
  if (tokens.length === 1) return first.type === 'identifier' || /literal$/.test(first.type) ? first : undefined;
  // Names separated by `.` or `::`, each possibly followed by an empty `()` call.
  const names: SyntaxNode[] = [];
  let calledWith: SyntaxNode | undefined;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as SyntaxNode;
    if (token.type === 'identifier' || token.type === 'self') names.push(token);
    else if (token.type === '.' || token.type === '::') continue;
    else if (token.type === 'token_tree' && index === tokens.length - 1 && calledWith === undefined) calledWith = token;
    else if (token.type === 'token_tree' && kids(token).length === 0) continue;
    else return undefined;
  }
  const path = names.map((name) => name.text);
  const envIndex = path.findIndex((name, index) => name === 'var' && path[index - 1] === 'env');
  if (envIndex >= 0 && calledWith) {
    const key = kids(calledWith)[0];
    return key?.type === 'string_literal' ? tokenNode(macro, first, 'rust_token_env', compact(tokens.map((token) => token.text).join('')), stringText(key), false) : undefined;
  }
  while (names.length > 1 && (PASS_THROUGH.has(names[names.length - 1]?.text ?? '') || PASS_THROUGH_WITH_ARGS.has(names[names.length - 1]?.text ?? ''))) names.pop();
  const last = names[names.length - 1];
  if (!last) return undefined;
  if (names.length === 1) return last;
  const text = names.map((name) => name.text).join('.');
  const byName = tokenNode(macro, first, 'rust_token_name', text, last.text, names[0]?.text === 'self' || /^[a-z_]/.test(names[0]?.text ?? ''));
  // `imagery_config.url` of a settings struct: its settings-file key, else the field by name (rust-settings.ts).
  const model = modelOfTree.get(macro.tree);
  const key = settingsPathKey(names.map((name) => name.text), (name) => model?.types.get(name));
  return key === undefined ? byName : tokenNode(macro, first, 'rust_settings_read', text, `code:${key}`, false);
}

/** Whether a name reads like a constant (`ORDERS_URL`), which a module declares for others to import. */
const isConstantName = (name: string): boolean => /^[A-Z][A-Z0-9_]*$/.test(name);

/**
 * The pieces of a `format!` (or `println!`-family) call: literal text, and for each `{}` hole the
 * argument it takes: by position, by name (`{host}` with `host = h`), or captured from the
 * surrounding code (`{host}` alone, Rust 2021's inline captures).
 */
function formatShape(macro: SyntaxNode, tree: SyntaxNode): Shape {
  const groups = tokenGroups(tree);
  const format = groups[0]?.length === 1 && groups[0][0] && /string_literal$/.test(groups[0][0].type) ? groups[0][0] : undefined;
  if (!format) return { kind: 'unknown' };
  const positional: (SyntaxNode | undefined)[] = [];
  const named = new Map<string, SyntaxNode | undefined>();
  for (const group of groups.slice(1)) {
    if (group.length >= 3 && group[0]?.type === 'identifier' && group[1]?.type === '=') named.set(group[0].text, tokenValue(macro, group.slice(2)));
    else positional.push(tokenValue(macro, group));
  }
  const text = stringText(format);
  const parts: (string | SyntaxNode)[] = [];
  let literal = '';
  let next = 0;
  const hole = /\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*|\d*)(?::[^{}]*)?\}/g;
  let last = 0;
  for (let match = hole.exec(text); match; match = hole.exec(text)) {
    literal += text.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[0] === '{{' || match[0] === '}}') {
      literal += match[0][0];
      continue;
    }
    const name = match[1] ?? '';
    let arg: SyntaxNode | undefined;
    if (name === '') arg = positional[next++];
    else if (/^\d+$/.test(name)) arg = positional[Number(name)];
    else arg = named.has(name) ? named.get(name) : tokenNode(macro, format, 'rust_token_name', name, name, false);
    parts.push(literal);
    literal = '';
    if (!arg) return { kind: 'parts', parts };
    parts.push(arg);
  }
  parts.push(literal + text.slice(last));
  return { kind: 'parts', parts };
}

/** The macros whose first argument is a format string and whose value is the formatted text. */
const FORMAT_MACROS = /^(?:std::|alloc::)?format$/;

/** A macro's value: `format!` text, `vec![…]` lists, compile-time `env!("X")`, `concat!`. */
function macroShape(node: SyntaxNode): Shape {
  const name = compact(field(node, 'macro')?.text ?? '');
  const tree = kids(node).find((child) => child.type === 'token_tree');
  if (!tree) return { kind: 'unknown' };
  if (FORMAT_MACROS.test(name)) return formatShape(node, tree);
  const groups = tokenGroups(tree);
  if (name === 'vec') return { kind: 'list', items: groups.map((group) => tokenValue(node, group)).filter((item): item is SyntaxNode => item !== undefined) };
  if (name === 'concat') return { kind: 'parts', parts: groups.map((group) => tokenValue(node, group) ?? '') };
  // `env!("X")`, `option_env!("X")`, dotenv_codegen's `dotenv!("X")`: read when the service is built.
  if (/^(?:std::)?(?:env|option_env|dotenv)$/.test(name)) {
    const key = groups[0]?.[0];
    return key && /string_literal$/.test(key.type) ? { kind: 'env', key: stringText(key) } : { kind: 'unknown' };
  }
  return { kind: 'unknown' };
}

/**
 * The env var a clap or structopt field attribute names (`#[arg(long, env = "DATABASE_URL",
 * default_value = "…")]`) and its default: the attributes written before a field.
 */
function fieldAttributes(declaration: SyntaxNode): { env?: SyntaxNode; fallback?: SyntaxNode } {
  const found: { env?: SyntaxNode; fallback?: SyntaxNode } = {};
  for (let sibling = declaration.previousNamedSibling; sibling && sibling.type === 'attribute_item'; sibling = sibling.previousNamedSibling) {
    const attribute = kids(sibling)[0];
    const name = attribute ? kids(attribute)[0]?.text : undefined;
    const tree = attribute ? field(attribute, 'arguments') : undefined;
    if (!tree || !name || !/^(?:arg|clap|structopt|argh|config)$/.test(name)) continue;
    for (const group of tokenGroups(tree)) {
      const [key, equals, value] = group;
      if (key?.type !== 'identifier' || equals?.type !== '=' || !value || !/string_literal$/.test(value.type)) continue;
      if (key.text === 'env') found.env = sibling;
      else if (key.text === 'default_value' || key.text === 'default_value_t' || key.text === 'default') found.fallback = value;
    }
  }
  return found;
}

/** The key a clap attribute item names with `env = "X"`. */
function attributeEnv(node: SyntaxNode): string | undefined {
  const attribute = kids(node)[0];
  const tree = attribute ? field(attribute, 'arguments') : undefined;
  for (const group of tree ? tokenGroups(tree) : []) {
    const [key, equals, value] = group;
    if (key?.type === 'identifier' && key.text === 'env' && equals?.type === '=' && value && /string_literal$/.test(value.type)) return stringText(value);
  }
  return undefined;
}

/**
 * What a `let` without a declared type holds, as far as typing a receiver needs: a chain built on
 * a type's associated function (`reqwest::Client::builder().timeout(t).build()?` → `reqwest.Client`,
 * `redis::Client::open(url)?` → `redis.Client`), the path up to the type.
 */
function constructedType(value: SyntaxNode | undefined): string | undefined {
  let current = value;
  for (let steps = 0; current && steps < 30; steps += 1) {
    if (current.type === 'try_expression' || current.type === 'await_expression' || current.type === 'parenthesized_expression') current = kids(current)[0];
    else if (current.type === 'call_expression') {
      const fn = field(current, 'function');
      if (fn?.type === 'field_expression') current = field(fn, 'value');
      else if (fn?.type === 'scoped_identifier') {
        const path = field(fn, 'path');
        const type = path ? calleeText(path) : '';
        return /(^|\.)[A-Z]\w*$/.test(type) ? type : undefined;
      } else return undefined;
    } else return undefined;
  }
  return undefined;
}

/** The names a `use` tree brings in, as dotted paths (`a::b::{c, d as e}` → `a.b.c`, `a.b.d`). */
function usePaths(node: SyntaxNode | undefined, prefix: string, out: string[], renames: [string, string][] = []): void {
  if (!node) return;
  const join = (name: string): string => (prefix ? `${prefix}.${name}` : name);
  switch (node.type) {
    case 'identifier':
    case 'scoped_identifier':
    case 'crate':
    case 'self':
      out.push(join(calleeText(node)));
      return;
    case 'use_as_clause': {
      const path = field(node, 'path');
      const alias = field(node, 'alias')?.text;
      usePaths(path, prefix, out, renames);
      if (path && alias && alias !== '_') renames.push([alias, join(calleeText(path))]);
      return;
    }
    case 'use_wildcard': {
      const path = kids(node)[0];
      out.push(path ? join(calleeText(path)) : prefix);
      return;
    }
    case 'scoped_use_list': {
      const path = field(node, 'path');
      const next = path ? join(calleeText(path)) : prefix;
      usePaths(field(node, 'list'), next, out, renames);
      return;
    }
    case 'use_list':
      for (const child of kids(node)) usePaths(child, prefix, out, renames);
      return;
    default:
      return;
  }
}

/**
 * Generated tonic modules are imported as `pb::order_service_client::OrderServiceClient` (and
 * `…_server::OrderServiceServer`): a file naming one uses tonic even if it never writes `tonic::`.
 */
function generatedTonicModule(path: string): boolean {
  const segments = path.split('.');
  return segments.some((segment, index) => {
    const match = /^(\w+)_(client|server)$/.exec(segment);
    const next = segments[index + 1];
    if (!match || !next) return false;
    const pascal = segment.split('_').map((word) => (word[0] ?? '').toUpperCase() + word.slice(1)).join('');
    return next === pascal;
  });
}

/** The crates a file names in paths, kept per model so each is recorded once. */
const cratesSeen = new WeakMap<FileModel, Set<string>>();

/** Records a path's first segment as an import: Rust code names crates in paths as often as in `use`. */
function recordCrate(model: FileModel, path: string): void {
  const crate = path.split('.')[0] ?? '';
  if (!/^[a-z][a-z0-9_]*$/.test(crate) || crate === 'self' || crate === 'crate' || crate === 'super' || crate === 'std') return;
  let seen = cratesSeen.get(model);
  if (!seen) cratesSeen.set(model, (seen = new Set(model.imports)));
  if (seen.has(crate)) return;
  seen.add(crate);
  model.imports.push(crate);
}

/** A declared type as a dotted name (`&reqwest::Client` → `reqwest.Client`); the crate it names counts as imported. */
function declaredType(type: SyntaxNode, model: FileModel): string {
  const bare = type.text.replace(/^&\s*(?:'\w+\s+)?(?:mut\s+)?/, '').replace(/^(?:dyn|impl)\s+/, '');
  const name = typeName(bare.replace(/::/g, '.'));
  recordCrate(model, name);
  return name;
}

/** Whether a node is inside a function body (not a module-level item). */
function inFunction(node: SyntaxNode): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'function_item' || current.type === 'closure_expression') return true;
    if (current.type === 'source_file') return false;
  }
  return false;
}

/** The expression a function body ends in, or its first `return`. */
function returnedExpression(body: SyntaxNode | undefined): SyntaxNode | undefined {
  if (!body) return undefined;
  const children = kids(body);
  const last = children[children.length - 1];
  if (last && last.type !== 'expression_statement' && last.type !== 'let_declaration' && !/_item$/.test(last.type)) return last;
  const returned = body.descendantsOfType('return_expression')[0];
  return returned ? kids(returned)[0] : undefined;
}

/** The name a pattern binds (`host`, `mut host`). */
function patternName(pattern: SyntaxNode | undefined): string | undefined {
  if (pattern?.type === 'identifier') return pattern.text;
  return pattern?.type === 'mut_pattern' ? kids(pattern).find((kid) => kid.type === 'identifier')?.text : undefined;
}

/** The tuple an expression writes out, through blocks and parentheses (`{ …; (host, port) }`); undefined when it is no tuple literal. */
function writtenTuple(value: SyntaxNode | undefined): SyntaxNode[] | undefined {
  let current = value;
  for (let steps = 0; current && steps < 8; steps += 1) {
    if (current.type === 'tuple_expression') return kids(current).filter((kid) => kid.type !== 'attribute_item' && !/comment/.test(kid.type));
    current = current.type === 'block' ? returnedExpression(current) : current.type === 'parenthesized_expression' ? kids(current)[0] : undefined;
  }
  return undefined;
}

/** Fields of structs deserialised from the environment by envy (`envy::from_env::<Config>()`, `envy::prefixed("APP_")`). */
function bindEnvyFields(root: SyntaxNode, model: FileModel, prefix: string): void {
  for (const struct of root.descendantsOfType('struct_item')) {
    if (!struct) continue;
    let derives = false;
    for (let sibling = struct.previousNamedSibling; sibling && sibling.type === 'attribute_item'; sibling = sibling.previousNamedSibling) {
      if (/\bDeserialize\b/.test(sibling.text)) derives = true;
    }
    if (!derives) continue;
    for (const declaration of struct.descendantsOfType('field_declaration')) {
      const name = declaration ? field(declaration, 'name')?.text : undefined;
      if (!declaration || !name) continue;
      const value = { kind: 'env' as const, key: `${prefix}${name.toUpperCase()}` };
      bind(model.bindings, name, value);
      model.shared.set(name, { value, at: declaration });
    }
  }
}

/** The reader for Rust. */
export const rustReader: LanguageReader = {
  nodeTypes: ['call_expression', 'struct_expression', 'struct_item', 'use_declaration', 'let_declaration', 'assignment_expression', 'const_item', 'static_item', 'field_declaration', 'parameter', 'function_item', 'type_item'],

  site(node: SyntaxNode): CallSite | undefined {
    if (node.type === 'call_expression') {
      const fn = field(node, 'function');
      if (!fn) return undefined;
      const method = fn.type === 'field_expression' ? fn : fn.type === 'generic_function' && field(fn, 'function')?.type === 'field_expression' ? field(fn, 'function') : undefined;
      return makeSite(node, 'call', calleeText(fn), {
        receiver: () => (method ? field(method, 'value') : undefined),
        args: () => {
          const args = field(node, 'arguments');
          return args ? kids(args).filter((arg) => arg.type !== 'attribute_item') : [];
        },
        typeArgs: () => {
          const holder = fn.type === 'generic_function' ? fn : fn.type === 'scoped_identifier' && field(fn, 'path')?.type === 'generic_type' ? field(fn, 'path') : undefined;
          const typeArgs = holder ? field(holder, 'type_arguments') : undefined;
          return typeArgs ? kids(typeArgs).map((arg) => typeName(arg.text.replace(/::/g, '.'))) : [];
        },
        line: () => lineOf((method ? field(method, 'field') : undefined) ?? node),
        statement: () => {
          let parent = node.parent;
          while (parent && (parent.type === 'await_expression' || parent.type === 'try_expression')) parent = parent.parent;
          return parent?.type === 'expression_statement';
        },
      });
    }
    if (node.type === 'struct_expression') {
      const name = field(node, 'name');
      if (!name) return undefined;
      const named = once(() => {
        const entries = new Map<string, SyntaxNode>();
        for (const initializer of kids(field(node, 'body') ?? node)) {
          if (initializer.type === 'field_initializer') {
            const key = field(initializer, 'name');
            const value = field(initializer, 'value');
            if (key && value) entries.set(key.text.toLowerCase(), value);
          } else if (initializer.type === 'shorthand_field_initializer') {
            const value = kids(initializer)[0];
            if (value) entries.set(value.text.toLowerCase(), value);
          }
        }
        return entries;
      });
      return makeSite(node, 'literal', calleeText(name), { named });
    }
    return undefined;
  },

  shape(node: SyntaxNode): Shape {
    const token = asToken(node);
    if (token?.type === 'rust_settings_read') {
      // A settings field read in a macro: the settings-file key, else the field by name.
      const macro = token.parent as SyntaxNode;
      const at = token as unknown as SyntaxNode;
      return settingsEither(macro, at, token.text, token.value, token.text.split('.').pop() ?? '');
    }
    if (token) return token.type === 'rust_token_env' || token.type === 'rust_settings_key' ? { kind: 'env', key: token.value } : { kind: 'name', name: token.value };
    switch (node.type) {
      case 'string_literal':
      case 'raw_string_literal':
        return { kind: 'string', text: stringText(node) };
      case 'integer_literal':
        return { kind: 'number', text: node.text.replace(/_/g, '').replace(/(?:u|i)(?:8|16|32|64|128|size)$/, '') };
      case 'binary_expression': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        return left && right && allKids(node).some((child) => child.type === '+') ? { kind: 'parts', parts: [left, right] } : { kind: 'unknown' };
      }
      case 'identifier':
        return { kind: 'name', name: node.text };
      case 'field_expression':
        return settingsFieldShape(node) ?? { kind: 'name', name: field(node, 'field')?.text ?? '' };
      case 'scoped_identifier':
        // `config::ORDERS_URL`, `Self::BASE`: a constant of a module or type.
        return { kind: 'name', name: field(node, 'name')?.text ?? '' };
      case 'call_expression': {
        const fn = field(node, 'function');
        const member = fn?.type === 'generic_function' ? field(fn, 'function') : fn;
        const method = member?.type === 'field_expression' ? (field(member, 'field')?.text ?? '') : '';
        const receiver = member?.type === 'field_expression' ? field(member, 'value') : undefined;
        const args = kids(field(node, 'arguments') ?? node);
        if (receiver && FALLBACKS.has(method) && args[0]) return { kind: 'either', options: [receiver, args[0]] };
        if (receiver && (PASS_THROUGH_WITH_ARGS.has(method) || (args.length === 0 && PASS_THROUGH.has(method)))) return { kind: 'wrap', inner: receiver };
        if (receiver && (SPLITS.has(method) || (args.length === 0 && FIRST_PIECE.has(method)) || (method === 'get' && args.length === 1 && args[0]?.text === '0'))) return { kind: 'wrap', inner: receiver };
        const site = rustReader.site(node);
        return site ? { kind: 'call', site } : { kind: 'unknown' };
      }
      case 'struct_expression': {
        const site = rustReader.site(node);
        return site ? { kind: 'call', site } : { kind: 'unknown' };
      }
      case 'macro_invocation':
        return macroShape(node);
      case 'array_expression':
        return { kind: 'list', items: kids(node) };
      case 'index_expression': {
        // `email_and_port[0]`: the first piece of a split setting (see SPLITS); other pieces are not the address.
        const [operand, index] = kids(node);
        return operand && index?.type === 'integer_literal' && Number(index.text.replace(/_|usize$/g, '')) === 0 ? { kind: 'wrap', inner: operand } : { kind: 'unknown' };
      }
      case 'closure_expression': {
        const body = field(node, 'body');
        return body ? { kind: 'wrap', inner: body } : { kind: 'unknown' };
      }
      case 'block': {
        const inner = returnedExpression(node);
        return inner ? { kind: 'wrap', inner } : { kind: 'unknown' };
      }
      case 'reference_expression': {
        const inner = field(node, 'value');
        // A borrow, not an out-parameter (Go's `&x`): `address` stays unset so no call binds through it.
        return inner ? { kind: 'wrap', inner } : { kind: 'unknown' };
      }
      case 'try_expression':
      case 'await_expression':
      case 'parenthesized_expression':
      case 'unary_expression':
      case 'type_cast_expression': {
        const inner = field(node, 'value') ?? kids(node)[0];
        return inner ? { kind: 'wrap', inner } : { kind: 'unknown' };
      }
      case 'attribute_item': {
        const key = attributeEnv(node);
        return key ? { kind: 'env', key } : { kind: 'unknown' };
      }
      case 'field_declaration': {
        // A clap field: the env var it is read from, else its default.
        const { env, fallback } = fieldAttributes(node);
        const options = [env, fallback].filter((option): option is SyntaxNode => option !== undefined);
        return options.length > 0 ? { kind: 'either', options } : { kind: 'unknown' };
      }
      default:
        return { kind: 'unknown' };
    }
  },

  crossFile(node: SyntaxNode, model: FileModel): string | undefined {
    const token = asToken(node);
    if (token) return token.type === 'rust_token_name' && (token.member || isConstantName(token.value)) ? token.value : undefined;
    // `config.database_url`, `self.settings.orders_url`: a field another file of the crate sets.
    if (node.type === 'field_expression') return field(node, 'field')?.text;
    // `ORDERS_URL` imported from the crate's config module, or `config::ORDERS_URL`.
    if (node.type === 'identifier' && isConstantName(node.text) && !model.types.has(node.text)) return node.text;
    if (node.type === 'scoped_identifier') {
      const name = field(node, 'name')?.text ?? '';
      return isConstantName(name) ? name : undefined;
    }
    return undefined;
  },

  declare(node: SyntaxNode, model: FileModel): void {
    modelOfTree.set(node.tree, model);
    switch (node.type) {
      case 'struct_item': {
        // Deserialised settings structs: each field's settings-file key, for every crate reading them (rust-settings.ts).
        let root: SyntaxNode = node;
        while (root.parent) root = root.parent;
        if (settingsBound.has(model)) return;
        settingsBound.add(model);
        for (const { name, key, at } of settingsFieldKeys(root)) model.shared.set(name, { value: { kind: 'env', key }, at, qualified: true });
        return;
      }
      case 'use_declaration': {
        const paths: string[] = [];
        const renames: [string, string][] = [];
        usePaths(field(node, 'argument'), '', paths, renames);
        // `use lettre::AsyncSmtpTransport as Mailer`: calls on `Mailer` are the library's.
        for (const [local, path] of renames) recordAlias(model, local, [path, path.split('.').pop()]);
        for (const path of paths) {
          model.imports.push(path);
          if (generatedTonicModule(path)) recordCrate(model, 'tonic');
        }
        return;
      }
      case 'call_expression': {
        const fn = field(node, 'function');
        if (fn?.type === 'scoped_identifier') {
          const path = calleeText(fn);
          recordCrate(model, path);
          if (generatedTonicModule(path)) recordCrate(model, 'tonic');
          // envy reads the fields of the struct it fills from the environment, capitalised, after a prefix.
          if (/^envy\.(?:from_env|prefixed)$/.test(path)) {
            const prefix = path.endsWith('prefixed') ? kids(field(node, 'arguments') ?? node)[0] : undefined;
            let root: SyntaxNode = node;
            while (root.parent) root = root.parent;
            bindEnvyFields(root, model, prefix?.type === 'string_literal' ? stringText(prefix) : '');
          }
        }
        return;
      }
      case 'let_declaration': {
        const pattern = field(node, 'pattern');
        const value = field(node, 'value');
        // `let (smtp_server, smtp_port) = { …; (host, port) }`: each name is its place in the tuple written.
        const tuple = pattern?.type === 'tuple_pattern' ? writtenTuple(value) : undefined;
        if (pattern && tuple && tuple.length === kids(pattern).length) {
          kids(pattern).forEach((one, index) => {
            const element = tuple[index];
            const local = patternName(one);
            if (local && local !== '_' && element) bind(model.bindings, local, element);
          });
          return;
        }
        // `let (client, connection) = tokio_postgres::connect(…)`: one call gives several names; the first is the value.
        const named = pattern?.type === 'tuple_pattern' ? kids(pattern)[0] : pattern;
        const name = patternName(named);
        if (!name || name === '_') return;
        if (value) bind(model.bindings, name, value);
        const type = field(node, 'type');
        const typed = type ? declaredType(type, model) : constructedType(value);
        if (typed) model.types.set(name, typed);
        return;
      }
      case 'assignment_expression': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        if (!left || !right) return;
        const name = left.type === 'identifier' ? left.text : left.type === 'field_expression' ? field(left, 'field')?.text : undefined;
        if (!name) return;
        bind(model.bindings, name, right);
        if (left.type === 'field_expression') model.shared.set(name, { value: right, at: right });
        return;
      }
      case 'const_item':
      case 'static_item': {
        const name = field(node, 'name')?.text;
        const value = field(node, 'value');
        if (!name || !value) return;
        bind(model.bindings, name, value);
        if (!inFunction(node)) model.shared.set(name, { value, at: value });
        return;
      }
      case 'struct_expression': {
        // `Config { database_url: env::var("DATABASE_URL")?, .. }` sets the fields other files read.
        for (const initializer of kids(field(node, 'body') ?? node)) {
          const key = initializer.type === 'field_initializer' ? field(initializer, 'name') : initializer.type === 'shorthand_field_initializer' ? kids(initializer)[0] : undefined;
          const value = initializer.type === 'field_initializer' ? field(initializer, 'value') : key;
          if (!key || !value) continue;
          if (initializer.type === 'field_initializer') bind(model.bindings, key.text, value);
          model.shared.set(key.text, { value, at: value });
        }
        return;
      }
      case 'field_declaration': {
        const name = field(node, 'name')?.text;
        const type = field(node, 'type');
        if (!name) return;
        if (type) model.types.set(name, declaredType(type, model));
        // A clap field read from the environment (`#[arg(env = "DATABASE_URL")]`).
        const { env } = fieldAttributes(node);
        if (env) {
          bind(model.bindings, name, node);
          model.shared.set(name, { value: node, at: node });
        }
        return;
      }
      case 'parameter': {
        const pattern = field(node, 'pattern');
        const type = field(node, 'type');
        const name = pattern?.type === 'identifier' ? pattern.text : undefined;
        if (name && type) model.types.set(name, declaredType(type, model));
        return;
      }
      case 'type_item': {
        // `type MailTransport = AsyncSmtpTransport<Tokio1Executor>;`: `MailTransport::relay(…)` is the aliased type's call.
        const local = field(node, 'name')?.text;
        const aliased = field(node, 'type');
        const path = aliased && /^(?:generic_type|type_identifier|scoped_type_identifier)$/.test(aliased.type) ? calleeText(aliased) : undefined;
        if (local && path && path !== '?') recordAlias(model, local, [path, path.split('.').pop()]);
        return;
      }
      case 'function_item': {
        // `fn orders_url() -> String { env::var("ORDERS_URL")… }`: a call of it has that value.
        const name = field(node, 'name')?.text;
        const body = field(node, 'body');
        const returned = returnedExpression(body);
        if (name && returned) bind(model.bindings, `${name}()`, returned);
        return;
      }
      default:
        return;
    }
  },
};

/** Exposed for the unit tests of the token-tree reading. */
export const forTests = { stringText, generatedTonicModule, constructedType };
