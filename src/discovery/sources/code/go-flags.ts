/**
 * Go programs take their peers' addresses as command-line flags as often as from the environment,
 * through the standard `flag` package or the common libraries: pflag and cobra
 * (`cmd.Flags().StringVar(&customerHost, "customer-service-hostname", "localhost", "…")`), viper
 * (`viper.GetString("redis-addr")`, bound to flags and to the environment), urfave/cli
 * (`&cli.StringFlag{Name: "db", EnvVars: []string{"DB_DSN"}}`, `c.String("db")`) and kingpin
 * (`app.Flag("db", "…").Default("…").Envar("DB_DSN").String()`).
 *
 * A flag read is an env-like read of the flag's name (the command line binds the value under that
 * name: command-line.ts), with the flag's default as the read's default. Where the library also
 * takes the value from an environment variable, the flag's name is bound to that variable as a
 * fallback (`$ref:DB_DSN`, used when the command line gives nothing).
 */
import type { SyntaxNode } from './code-model.js';
import { compact, field, isEnvName, kids, unquote } from './syntax-helpers.js';

/** The value types flag and config libraries define and read (`String`, `IntVarP`, `GetDuration`…). */
const FLAG_TYPES = 'String|Int|Int64|Int32|Uint|Uint64|Uint32|Bool|Duration|Float64|Float32|StringSlice|StringArray|IntSlice|StringToString|Path|Generic|Value';

/** `flag.StringVar`, `fs.IntVarP`, `cmd.Flags().StringVar`: the variable at 0, the name at 1, the default at 2 (3 with a shorthand). */
const VAR_DEFINITION = new RegExp(`^(?:[A-Za-z_]\\w*\\.)*(?:${FLAG_TYPES})VarP?$`);
/** Whether a callee (`fs.StringVar`, `cmd.Flags.IntVarP`) defines a flag into a variable: its other arguments are no values of the variable. */
export function isFlagVarDefinition(callee: string): boolean {
  return VAR_DEFINITION.test(callee);
}

/** `flag.String`, `pflag.IntP`, `cmd.Flags().String`: the name at 0, the default at 1 (2 with a shorthand). */
const VALUE_DEFINITION = new RegExp(`^(?:flag|pflag|(?:[A-Za-z_]\\w*\\.)*(?:Flags|PersistentFlags|PFlags))\\.(?:${FLAG_TYPES})P?$`);
/** `viper.GetString("x")`, `v.GetInt("x")` on a viper, `cmd.Flags().GetString("x")`: a read of a key or flag. */
const GETTER = new RegExp(`^(?:viper|(?:[A-Za-z_]\\w*\\.)*(?:Flags|PersistentFlags))\\.Get(?:${FLAG_TYPES})?$`);
/** A getter on a variable (`v.GetString("x")`), a viper when isViperInstance says so. */
const INSTANCE_GETTER = new RegExp(`^[A-Za-z_]\\w*\\.Get(?:${FLAG_TYPES})$`);

/**
 * Whether the receiver of a getter is a viper: a parameter or variable declared `*viper.Viper`
 * (`func (o *Options) InitFromViper(v *viper.Viper)`), or assigned `viper.New()`, in the file.
 */
function isViperInstance(call: SyntaxNode): boolean {
  const receiver = field(field(call, 'function') ?? call, 'operand');
  if (receiver?.type !== 'identifier') return false;
  let root = call;
  while (root.parent) root = root.parent;
  const name = receiver.text.replace(/[^\w]/g, '');
  return new RegExp(`\\b${name}\\s+\\*viper\\.Viper\\b|\\b${name}\\s*:?=\\s*viper\\.New\\(`).test(root.text);
}

/**
 * The key argument of a viper getter whose key is no text of the file: the identifier a wrapper
 * function of the team's own passes on (`func GetStringConfig(name string) string { return
 * viper.GetString(name) }`), read as what each call of the wrapper gives it. Undefined for any
 * other call, and for flag getters (`cmd.Flags().GetString(name)`, whose names are the flags').
 */
export function viperKeyParameter(call: SyntaxNode): SyntaxNode | undefined {
  if (call.type !== 'call_expression') return undefined;
  const name = callee(call);
  if (!/^viper\.Get/.test(name) && !(INSTANCE_GETTER.test(name) && isViperInstance(call))) return undefined;
  if (!GETTER.test(name) && !INSTANCE_GETTER.test(name)) return undefined;
  const [key] = argsOf(call);
  return key?.type === 'identifier' && keyText(key) === undefined ? key : undefined;
}

/** A definition on a variable (`fs.String("x", "…", "…")`), a flag set's when isFlagSetInstance says so. */
const INSTANCE_DEFINITION = new RegExp(`^[A-Za-z_]\\w*\\.(?:${FLAG_TYPES})P?$`);

/**
 * Whether the receiver of a call is a flag set: a parameter or variable declared `*pflag.FlagSet`
 * or `*flag.FlagSet` (`func (o *Options) AddFlags(fs *pflag.FlagSet)`), or assigned
 * `pflag.NewFlagSet(…)` / `flag.NewFlagSet(…)`, in the file.
 */
export function isFlagSetInstance(call: SyntaxNode): boolean {
  const receiver = field(field(call, 'function') ?? call, 'operand');
  if (receiver?.type !== 'identifier') return false;
  let root = call;
  while (root.parent) root = root.parent;
  const name = receiver.text.replace(/[^\w]/g, '');
  return new RegExp(`\\b${name}\\s+\\*p?flag\\.FlagSet\\b|\\b${name}\\s*:?=\\s*p?flag\\.NewFlagSet\\(`).test(root.text);
}

/** urfave/cli's context getters (`c.String("db")`, `cCtx.Int("port")`). */
const URFAVE_GETTER = new RegExp(`^[A-Za-z_]\\w*\\.(?:${FLAG_TYPES})$`);

/** A flag name or configuration key as written in a literal. */
function keyText(node: SyntaxNode | undefined): string | undefined {
  const text = node ? constantText(node, 0) : undefined;
  return text !== undefined && /^[A-Za-z][\w.-]*$/.test(text) ? text : undefined;
}

/**
 * A flag name built on a prefix the code is given (`opt.FlagPrefix+"redis"`, `prefix+".servers"`
 * with `prefix` a parameter or field, empty unless a caller sets it): its constant suffix, as the
 * name it has when the prefix is empty (callers pass `Options{}` far more often than a prefix).
 */
function suffixKey(node: SyntaxNode | undefined): string | undefined {
  if (node?.type !== 'binary_expression' || field(node, 'operator')?.text !== '+') return undefined;
  const left = field(node, 'left');
  const right = field(node, 'right');
  if (!left || !right || constantText(left, 0) !== undefined) return undefined;
  // The prefix is a name (`prefix`, `opt.FlagPrefix`, `o.envPrefix()`), not another literal piece.
  if (!/^(?:identifier|selector_expression|call_expression)$/.test(left.type)) return undefined;
  const text = constantText(right, 0)?.replace(/^[._-]+/, '');
  return text !== undefined && /^[A-Za-z][\w.-]*$/.test(text) ? text : undefined;
}

/** A flag name as written, else the suffix of one built on a prefix (suffixKey). */
function nameOf(node: SyntaxNode | undefined): string | undefined {
  return keyText(node) ?? suffixKey(node);
}

/** The string constants declared in a file (`const suffixServers = ".servers"`), by name, cached per tree. */
const constantsCache = new WeakMap<object, Map<string, SyntaxNode>>();
export function constantsOf(node: SyntaxNode): Map<string, SyntaxNode> {
  let root = node;
  while (root.parent) root = root.parent;
  const cached = constantsCache.get(root.tree ?? root);
  if (cached) return cached;
  const found = new Map<string, SyntaxNode>();
  const ambiguous = new Set<string>();
  for (const spec of root.descendantsOfType('const_spec')) {
    const names = spec ? spec.childrenForFieldName('name').filter((name): name is SyntaxNode => name !== null) : [];
    const values = spec ? kids(field(spec, 'value') ?? spec).filter((value) => value.type !== 'comment') : [];
    names.forEach((name, index) => {
      const value = values.length === names.length ? values[index] : undefined;
      // A name declared twice (in two functions) is not one constant.
      if (!value || found.has(name.text)) ambiguous.add(name.text);
      else found.set(name.text, value);
    });
  }
  for (const name of ambiguous) found.delete(name);
  constantsCache.set(root.tree ?? root, found);
  return found;
}

/**
 * The text of a key built from the file's string constants, as plugins of one program name their
 * flags after a namespace (`fs.String(primaryNamespace+suffixServers, …)` with `primaryNamespace =
 * "cassandra"`, `suffixServers = ".servers"` → `cassandra.servers`).
 */
export function constantText(node: SyntaxNode, depth: number): string | undefined {
  if (depth > 6) return undefined;
  if (node.type === 'interpreted_string_literal' || node.type === 'raw_string_literal') return unquote(node.text);
  if (node.type === 'parenthesized_expression') {
    const inner = kids(node)[0];
    return inner ? constantText(inner, depth + 1) : undefined;
  }
  if (node.type === 'binary_expression' && field(node, 'operator')?.text === '+') {
    const left = field(node, 'left');
    const right = field(node, 'right');
    const parts = left && right ? [constantText(left, depth + 1), constantText(right, depth + 1)] : [];
    return parts.length === 2 && parts.every((part) => part !== undefined) ? parts.join('') : undefined;
  }
  if (node.type !== 'identifier') return undefined;
  const value = constantsOf(node).get(node.text);
  return value && value.id !== node.id ? constantText(value, depth + 1) : undefined;
}

export function argsOf(call: SyntaxNode): SyntaxNode[] {
  const list = field(call, 'arguments');
  return list ? kids(list).filter((arg) => arg.type !== 'comment') : [];
}

/** The callee of a call as names only (`cmd.Flags().StringVar` → `cmd.Flags.StringVar`). */
export function callee(node: SyntaxNode | undefined): string {
  if (!node) return '?';
  if (node.type === 'call_expression') return callee(field(node, 'function'));
  if (node.type === 'selector_expression') return `${callee(field(node, 'operand'))}.${field(node, 'field')?.text ?? '?'}`;
  if (node.type === 'identifier' || node.type === 'field_identifier' || node.type === 'package_identifier') return node.text;
  return '?';
}

/** The Go imports of the file a node is in, cached per file. */
const importsCache = new WeakMap<object, string[]>();
function importsOf(node: SyntaxNode): string[] {
  let root = node;
  while (root.parent) root = root.parent;
  const cached = importsCache.get(root.tree ?? root);
  if (cached) return cached;
  const found = root.descendantsOfType('import_spec').flatMap((spec) => {
    const path = spec ? field(spec, 'path') : undefined;
    return path ? [unquote(path.text)] : [];
  });
  importsCache.set(root.tree ?? root, found);
  return found;
}

/** A read of a flag or configuration key: the key, its default, and the variable it sets (for `*Var` definitions). */
export interface FlagRead {
  key: string;
  fallback?: SyntaxNode;
  /** The `&x` a `*Var` definition sets. */
  target?: SyntaxNode;
  /** Environment variables the library reads for it too (kingpin `.Envar("X")`). */
  env?: string[];
}

/** The flag or configuration read a call is, if it is one. */
export function flagRead(call: SyntaxNode): FlagRead | undefined {
  if (call.type !== 'call_expression') return undefined;
  const name = callee(call);
  const args = argsOf(call);
  if (VAR_DEFINITION.test(name) && args.length >= 3 && args[0]?.type === 'unary_expression') {
    const key = nameOf(args[1]);
    const shorthand = name.endsWith('P');
    const fallback = args[shorthand ? 3 : 2];
    if (key) return { key, target: args[0], ...(fallback ? { fallback } : {}) };
  }
  if (VALUE_DEFINITION.test(name) || (INSTANCE_DEFINITION.test(name) && isFlagSetInstance(call))) {
    const key = nameOf(args[0]);
    const fallback = args[name.endsWith('P') ? 2 : 1];
    if (key) return { key, ...(fallback ? { fallback } : {}) };
  }
  if (GETTER.test(name) || (INSTANCE_GETTER.test(name) && isViperInstance(call))) {
    const key = keyText(args[0]);
    if (key) return { key };
  }
  if (URFAVE_GETTER.test(name) && args.length === 1 && importsOf(call).some((path) => /^github\.com\/urfave\/cli/.test(path))) {
    const key = keyText(args[0]);
    if (key) return { key };
  }
  return kingpinRead(call, name, args);
}

/** `app.Flag("db", "…").Short('d').Default("…").Envar("DB_DSN").String()`: the chain read back from its last call. */
function kingpinRead(call: SyntaxNode, name: string, args: SyntaxNode[]): FlagRead | undefined {
  if (args.length > 0 || !new RegExp(`\\.(?:${FLAG_TYPES}|ExistingFile|ExistingDir|URL|TCP)$`).test(name)) return undefined;
  let fallback: SyntaxNode | undefined;
  const env: string[] = [];
  for (let step = field(field(call, 'function') ?? call, 'operand'); step?.type === 'call_expression'; step = field(field(step, 'function') ?? step, 'operand')) {
    const method = field(field(step, 'function') ?? step, 'field')?.text;
    const stepArgs = argsOf(step);
    if (method === 'Default') fallback ??= stepArgs[0];
    else if (method === 'Envar' || method === 'OverrideDefaultFromEnvar') {
      const variable = keyText(stepArgs[0]);
      if (variable) env.push(variable);
    } else if (method === 'Flag') {
      const key = keyText(stepArgs[0]);
      return key ? { key, ...(fallback ? { fallback } : {}), ...(env.length > 0 ? { env } : {}) } : undefined;
    }
  }
  return undefined;
}

/** What a configuration statement says of a key's other sources: bound to an env var or a flag, or given a default. */
export interface KeySource {
  key: string;
  /** The env var or flag name the key's value comes from when nothing else gives it. */
  from?: string;
  /** A default value. */
  fallback?: SyntaxNode;
  /** A default stated as text (an urfave/cli boolean flag's implied `false`). */
  value?: string;
  at: SyntaxNode;
}

/**
 * Viper's statements binding keys (`viper.BindEnv("db", "DB_DSN")`, `viper.BindPFlag("db",
 * cmd.Flags().Lookup("database"))`, `viper.SetDefault("db", "…")`) and urfave/cli's flag literals
 * (urfaveFlagSources).
 */
export function keySources(node: SyntaxNode): KeySource[] {
  if (node.type === 'call_expression') {
    const name = callee(node);
    const args = argsOf(node);
    const key = keyText(args[0]);
    if (!key || !/^(?:viper|[a-z]\w*)\.(?:BindEnv|BindPFlag|SetDefault)$/.test(name)) return [];
    if (name.endsWith('.SetDefault')) return args[1] ? [{ key, fallback: args[1], at: node }] : [];
    if (name.endsWith('.BindEnv')) {
      // `BindEnv("db")` alone reads `DB` (with the prefix); with names, those variables in order.
      const names = args.slice(1).map(keyText).filter((text): text is string => text !== undefined);
      return (names.length > 0 ? names : [key.toUpperCase().replace(/[.-]/g, '_')]).map((from) => ({ key, from, at: node }));
    }
    const lookup = args[1]?.type === 'call_expression' && /\.Lookup$/.test(callee(args[1])) ? keyText(argsOf(args[1])[0]) : undefined;
    return lookup && lookup !== key ? [{ key, from: lookup, at: node }] : [];
  }
  return node.type === 'composite_literal' ? urfaveFlagSources(node) : [];
}

/** urfave/cli's flag types: v1's `BoolTFlag` is a boolean that is true unless set. */
const URFAVE_FLAG = new RegExp(`^(?:${FLAG_TYPES}|BoolT)Flag$`);

/**
 * The package name a file imports urfave/cli under (`cli`, or its alias), undefined when it does
 * not import it. Without the import, a type named `cli.StringFlag` is still read as urfave's: a
 * flags file may hold only the literals, its package importing urfave/cli elsewhere.
 */
function urfavePackages(node: SyntaxNode): Set<string> {
  let root = node;
  while (root.parent) root = root.parent;
  const names = new Set(['cli']);
  for (const spec of root.descendantsOfType('import_spec')) {
    const path = spec ? field(spec, 'path') : undefined;
    const alias = spec ? field(spec, 'name') : undefined;
    if (path && alias && /^github\.com\/urfave\/cli(?:\/v\d+)?$/.test(unquote(path.text))) names.add(alias.text);
  }
  return names;
}

/**
 * The env var names a urfave/cli v3 `Sources:` value reads, in order: `cli.EnvVars("A", "B")`,
 * `cli.EnvVar("A")`, and those in `cli.NewValueSourceChain(cli.EnvVar("A"), cli.File("…"))`
 * (files and other sources give nothing an env var names).
 */
function sourceEnvVars(value: SyntaxNode): string[] {
  const found: string[] = [];
  const visit = (node: SyntaxNode, depth: number): void => {
    if (depth > 4 || node.type !== 'call_expression') return;
    const method = callee(node).split('.').pop() ?? '';
    const args = argsOf(node);
    if (method === 'EnvVars' || method === 'EnvVar') found.push(...args.map(keyText).filter((text): text is string => text !== undefined && isEnvName(text)));
    else if (method === 'NewValueSourceChain' || method === 'Chain') for (const arg of args) visit(arg, depth + 1);
  };
  visit(value, 0);
  return found;
}

/**
 * An urfave/cli flag literal (`&cli.StringFlag{Name: "db", Value: "…", EnvVars: []string{"DB_DSN"}}`;
 * v1's `EnvVar: "A,B"`; v3's `Sources: cli.EnvVars("DB_DSN")`): the flag's name takes its value
 * from each env var, in order, when the command line does not give it, else from `Value`. A
 * boolean flag without `Value` is false (`BoolTFlag` true) unless set, stated as a text default so
 * that a branch on it (`case c.Bool("github"):`) is decided where the deployment sets none of its
 * variables. Each of `Aliases` reads the flag's value (`c.Bool("gh")` for `Name: "github"`).
 */
function urfaveFlagSources(node: SyntaxNode): KeySource[] {
  const [pkg, kind] = compact(field(node, 'type')?.text ?? '').replace(/^&/, '').split('.');
  if (!pkg || !kind || !URFAVE_FLAG.test(kind) || !urfavePackages(node).has(pkg)) return [];
  const body = field(node, 'body');
  let key: string | undefined;
  let fallback: SyntaxNode | undefined;
  const env: string[] = [];
  const aliases: string[] = [];
  for (const element of body ? kids(body) : []) {
    if (element.type !== 'keyed_element') continue;
    const [keyNode, valueNode] = kids(element).map((part) => (part.type === 'literal_element' ? kids(part)[0] : part));
    const value = valueNode;
    if (!keyNode || !value) continue;
    if (keyNode.text === 'Name') key = keyText(value);
    else if (keyNode.text === 'Value') fallback = value;
    else if (keyNode.text === 'EnvVar') env.push(...(keyText(value) ?? unquote(value.text)).split(',').map((item) => item.trim()).filter(isEnvName));
    else if (keyNode.text === 'EnvVars') env.push(...value.descendantsOfType('interpreted_string_literal').flatMap((item) => (item ? [unquote(item.text)] : [])).filter(isEnvName));
    else if (keyNode.text === 'Sources') env.push(...sourceEnvVars(value));
    else if (keyNode.text === 'Aliases') aliases.push(...value.descendantsOfType('interpreted_string_literal').flatMap((item) => keyText(item ?? undefined) ?? []));
  }
  if (!key) return [];
  const sources: KeySource[] = env.map((from) => ({ key, from, at: node }));
  const boolean = kind === 'BoolFlag' || kind === 'BoolTFlag';
  if (boolean) {
    // A literal `true`/`false` (an identifier in Go's grammar) is the default as written; anything computed says nothing.
    const text = fallback === undefined ? (kind === 'BoolTFlag' ? 'true' : 'false') : fallback.type === 'true' || fallback.type === 'false' ? fallback.type : undefined;
    if (text !== undefined) sources.push({ key, value: text, at: node });
  } else if (fallback) sources.push({ key, fallback, at: node });
  for (const alias of aliases) if (alias !== key) sources.push({ key: alias, from: key, at: node });
  return sources;
}

/**
 * Viper's automatic environment in a file: `viper.AutomaticEnv()` with `SetEnvPrefix("shop")` and
 * `SetEnvKeyReplacer(strings.NewReplacer("-", "_", ".", "_"))` makes every key also an env var
 * (`customer-service-hostname` → `SHOP_CUSTOMER_SERVICE_HOSTNAME`). Undefined without AutomaticEnv.
 */
export function automaticEnv(root: SyntaxNode): ((key: string) => string) | undefined {
  let automatic = false;
  let prefix = '';
  const replacements: [string, string][] = [];
  for (const call of root.descendantsOfType('call_expression')) {
    if (!call) continue;
    const name = callee(call);
    if (!/^(?:viper|[a-z]\w*)\.(?:AutomaticEnv|SetEnvPrefix|SetEnvKeyReplacer)$/.test(name)) continue;
    if (name.endsWith('.AutomaticEnv')) automatic = true;
    else if (name.endsWith('.SetEnvPrefix')) prefix = keyText(argsOf(call)[0]) ?? prefix;
    else {
      const replacer = argsOf(call)[0];
      const pieces = replacer?.type === 'call_expression' ? argsOf(replacer).map((arg) => (arg.type === 'interpreted_string_literal' ? unquote(arg.text) : undefined)) : [];
      for (let index = 0; index + 1 < pieces.length; index += 2) {
        const from = pieces[index];
        const to = pieces[index + 1];
        if (from !== undefined && to !== undefined && from !== '') replacements.push([from, to]);
      }
    }
  }
  if (!automatic) return undefined;
  return (key: string) => {
    let name = key;
    for (const [from, to] of replacements) name = name.split(from).join(to);
    return `${prefix !== '' ? `${prefix}_` : ''}${name}`.toUpperCase();
  };
}
