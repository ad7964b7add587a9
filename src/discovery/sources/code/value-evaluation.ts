/**
 * Following a value through one file: a literal, the literal start of a template, an environment
 * or configuration read, or a name assigned one of these elsewhere in the file (a variable, a
 * constant, a field set in a constructor or by a `mustMapEnv(&svc.addr, "ADDR")` helper). This is
 * deliberately intra-file and flow-insensitive: names are matched by their last segment, and the
 * first binding that yields something known wins. That is cheap, needs no type checker, and
 * covers how service code names its peers in practice; it is wrong only when one file binds one
 * name to two different peers.
 */
import { candidateNames, compiled, patternMatches, type CompiledPattern } from './callee-patterns.js';
import { markUnaliased } from './import-aliases.js';
import type { Binding, CallSite, FileModel, LanguageReader, Pick, Shape, SyntaxNode, Value, ValueRules } from './code-model.js';
import { compact, isConfigKey, isEnvName } from './syntax-helpers.js';
import { namesNoSystem } from '../../../core/discovery/addresses.js';
import { isClusterHost } from '../../../core/discovery/names.js';
import { readTarget } from './targets.js';
import { constantsOf } from './go-flags.js';
import { helperCallKey, prefixedReadKey } from '../../../core/discovery/env-helper-keys.js';

interface CompiledRules {
  env: { patterns: CompiledPattern[]; arg: Pick; fallback?: Pick; prefix: string }[];
  carriers: { patterns: CompiledPattern[]; arg: Pick; port?: Pick; pair: boolean }[];
  format: CompiledPattern[];
  lists: CompiledPattern[];
  urls: { patterns: CompiledPattern[]; scheme: Pick; host: Pick; path?: Pick }[];
}

/** Dependency-injection lookups whose type argument is the type of what they return (.NET, Autofac, Castle, Unity). */
const SERVICE_LOCATORS = /^(GetRequiredService|GetService|GetRequiredKeyedService|GetKeyedService|Resolve|GetInstance)$/;

// Deep enough for a list built item by item, each item reassigned on the way (`s = strings.TrimSpace(s)`,
// `s = "http://" + s + ":3000"`, `peers = append(peers, s)`), then indexed at random where it is called.
const MAX_DEPTH = 14;
/**
 * String methods whose result names what their text names: lower case (group 1), upper case
 * (group 2), or a trim, across the languages read (C#, Java, Kotlin, JS, Python, Ruby, Go's `strings`).
 */
const TEXT_METHODS = /^(?:(ToLower|ToLowerInvariant|toLowerCase|toLocaleLowerCase|lowercase|lower|downcase|casefold)|(ToUpper|ToUpperInvariant|toUpperCase|toLocaleUpperCase|uppercase|upper|upcase)|Trim|TrimEnd|TrimStart|TrimSpace|TrimSuffix|TrimRight|trim|trimEnd|trimStart|strip|rstrip|lstrip|removeSuffix|removesuffix)$/;
/** Ruby's methods returning the same text, or it less a trailing slash: `"https://gitlab.com".freeze`, `endpoint.chomp("/")`. */
const RUBY_TEXT_KEEPING = /^(?:freeze|dup|to_s|to_str|chomp|delete_suffix)$/;
/**
 * `url.replace(/\/$/, '')`, `url.replace(/\/+$/, "")`: JavaScript's idiom for dropping a trailing
 * slash, which keeps whom the address names (the other languages trim, as TEXT_METHODS reads).
 */
function dropsTrailingSlash(site: CallSite): boolean {
  if (site.name !== 'replace' && site.name !== 'replaceAll') return false;
  const [pattern, replacement] = site.args;
  return site.args.length === 2 && pattern?.type === 'regex' && /^\/\\\/\+?\$\/[a-z]*$/.test(pattern.text) && /^(['"`])\1$/.test(replacement?.text ?? '');
}
/** A separator a list of hosts is split on: a comma or spaces, as a string, a character or a pattern. */
const LIST_SEPARATOR = /^(?:(['"])[,;\s]+\1|'[,;\s]'|\/(?:[,;\s]|\\s)+[+*]?\/[a-z]*|r?(['"])(?:\\s|[,;\s])+[+*]?\2)$/;
/** Methods keeping a list's items (dropping blanks, trimming each, shuffling): the list still holds the same hosts. */
const LIST_KEEPING = /^(?:filter|select|reject|compact|uniq|distinct|shuffle|shuffled|toList|toArray|asList|collect|map)$/;
/** Methods and functions returning one item of a list picked at random: it may be any of the list. */
const LIST_PICKS = /^(?:sample|random|randomOrNull|choice)$/;

/** The text method a mapping applies to each item: `(p) => p.trim()`, `String::trim`-like `&:strip`. */
function trimmedBy(mapping: string): string {
  return (/\.(\w+)\(\s*\)\s*\)?\s*$/.exec(mapping) ?? /^&:(\w+)$/.exec(mapping.trim()))?.[1] ?? '';
}

/** Ruby's `&:strip` passed to a call (`map(&:strip)`), which is not among its arguments. */
function blockArgument(site: CallSite): string {
  return /\((&:\w+)\)\s*$/.exec(site.node.text)?.[1] ?? '';
}

/**
 * The list a call's result stands for when it only splits a setting into hosts or picks among them
 * (`os.environ.get("PEERS", "").split(",")`, `process.env.PEERS.split(',').filter(Boolean)`,
 * `random.choice(peers)`, `peers.sample`): the text split, or the list picked from. A call whose
 * result may be any of the items is the list, each of whose hosts resolution makes a target.
 */
function listOf(site: CallSite): SyntaxNode | undefined {
  if (site.kind !== 'call') return undefined;
  const [first] = site.args;
  if (/^[Ss]plit$/.test(site.name) && site.receiver && site.args.length <= 1 && (!first || LIST_SEPARATOR.test(first.text))) return site.receiver;
  if (LIST_KEEPING.test(site.name) && site.receiver && site.args.length <= 1 && (site.name !== 'map' || TEXT_METHODS.test(trimmedBy(first?.text ?? blockArgument(site))))) return site.receiver;
  if (LIST_PICKS.test(site.name)) {
    if (site.receiver && site.args.length === 0 && site.name !== 'choice') return site.receiver;
    if (site.name === 'choice' && site.args.length === 1 && site.receiver && /^(?:random|secrets|rng|rand)$/i.test(site.receiver.text)) return first;
  }
  // `peers.get(random.nextInt(peers.size()))`.
  if (site.name === 'get' && site.receiver && site.args.length === 1 && /rand|nextInt/i.test(first?.text ?? '')) return site.receiver;
  return undefined;
}

/** Whether an expression splits a setting's text into items (`strings.Split(…, ",")`, `x.split(",")`). */
function splitsSetting(node: SyntaxNode, shape: Shape): boolean {
  // Go's reader takes `strings.Split(text, ",")` for its text already (go-reader.ts).
  if (shape.kind === 'wrap') return /^strings\.(?:Split|SplitN|Fields)\(/.test(node.text);
  return shape.kind === 'call' && listOf(shape.site) !== undefined;
}

/** Go's `strings` package, whose functions take the text first. */
const GO_STRINGS = /^strings\.\w+$/;
/** The most elements a loop over a literal collection is followed through, one at a time. */
const MAX_LOOP_ELEMENTS = 32;
/** Node types that open a scope of their own in the grammars read (functions, methods, lambdas, closures). */
const SCOPES =
  /^(?:function_declaration|function_definition|function_expression|function|generator_function|generator_function_declaration|arrow_function|method_definition|method_declaration|constructor_declaration|secondary_constructor|accessor_declaration|local_function_statement|anonymous_method_expression|lambda_expression|lambda|lambda_literal|anonymous_function|func_literal|method|singleton_method|do_block)$/;
/** Variable names whose value may be a bare host name. */
const HOST_KEY = /host|addr|server|service|endpoint|broker|url|uri/i;
/**
 * Callee words that mark a home-grown config reader (`getEnv("X", "d")`, `config("X")`, `env.str("X")`);
 * `conf` at a word's end too (`conf.get('redis:hostname')`, `nconf.get`, `booleanConf('ai:enabled')`,
 * nconf's usual names), but not `confirm` or `conference`.
 */
const ENV_HELPER = /env|config|setting|conf(?![a-z])/i;
/** A variables' prefix as code passes it (`CODEINTEL_`): ends with `_`. */
const ENV_PREFIX_TEXT = /^[A-Za-z][A-Za-z0-9_]*_$/;
/**
 * Callees given an ENV_NAME-like first argument that do not read configuration: datastores and
 * caches (`redis.get("SESSION_KEY")`), request data (headers, cookies, parameters), message
 * properties, translations and logging.
 */
const NOT_CONFIG = /redis|cache|store|session|header|cookie|param|query|form|request|attribute|message|translat|i18n|log|metric|counter|gauge|json|xml/i;

/** Whether a binding is a syntax node (to follow) rather than a value already known. */
export function isNode(binding: Binding): binding is SyntaxNode {
  return 'id' in binding;
}

/**
 * Splits a printf, .NET or Python format string into literal pieces and the arguments between
 * them. With `named` (Python's `.format(host=…)` and `%` with a dictionary), `{host}` and
 * `%(host)s` take the argument of that name; without, only positional holes are holes, so a Go or
 * Java format keeps a literal `{id}`.
 */
export function formatParts(format: string, args: readonly SyntaxNode[], named?: ReadonlyMap<string, SyntaxNode>): (string | SyntaxNode)[] {
  const parts: (string | SyntaxNode)[] = [];
  const placeholder = named
    ? /%%|%\((\w+)\)[-+ #0]*\d*(?:\.\d+)?[a-zA-Z]|%[-+ #0]*\d*(?:\.\d+)?[a-zA-Z]|\{(\w*)(?:![rsa])?(?::[^{}]*)?\}/g
    : /%%|%[-+ #0]*\d*(?:\.\d+)?[a-zA-Z]|\{(\d*)(?::[^}]*)?\}/g;
  let last = 0;
  let next = 0;
  for (let match = placeholder.exec(format); match; match = placeholder.exec(format)) {
    if (match[0] === '%%') continue;
    parts.push(format.slice(last, match.index));
    const name = named ? (match[1] ?? match[2]) : match[1];
    let arg: SyntaxNode | undefined;
    if (name !== undefined && name !== '' && !/^\d+$/.test(name)) arg = named?.get(name);
    else {
      const index = name !== undefined && name !== '' ? Number(name) : next;
      next += 1;
      arg = args[index];
    }
    if (!arg) return parts;
    parts.push(arg);
    last = match.index + match[0].length;
  }
  parts.push(format.slice(last).replace(/%%/g, '%'));
  return parts;
}

/**
 * Whether a value is the absolute URL of a public host (`https://api.psp-gateway.io/`): the
 * address of an external system. A deployment may override the env var it defaults (a sandbox,
 * a proxy), but the partner stays the same one, so such a default names the target better than
 * the variable, which deployments of external partners seldom set.
 */
export function isExternalUrl(value: Value): boolean {
  if (value.kind !== 'literal') return false;
  const host = /^https?:\/\/(?:[^@/?#]*@)?([^/:?#]+)/i.exec(value.text.trim())?.[1];
  // A cluster or private-network name (`cart.shop`, `db.internal`) is not public, whatever it looks like.
  return host !== undefined && /\.[a-z]{2,}$/i.test(host) && !namesNoSystem(host) && !isClusterHost(host);
}

/** Follows values, types and properties through one file. */
/** Stands for a user name or password a URL is built with but the files do not give (a word masking leaves alone as a key name). */
const UNKNOWN_CREDENTIAL = 'user';

/** Whether the piece after `text` is in a URL's user information: after `scheme://`, with an `@` still to come before the authority ends. */
function inUserinfo(text: string, parts: readonly (string | SyntaxNode)[], next: number): boolean {
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^@/?#\s]*$/i.test(text)) return false;
  const rest = parts.slice(next).map((part) => (typeof part === 'string' ? part : '')).join('');
  return (/^[^/?#\s]*/.exec(rest)?.[0] ?? '').includes('@');
}

export class Evaluator {
  /**
   * Literal defaults of env reads the env var won over (`os.getenv("USER_HOST", "user")`,
   * `process.env.CART_URL || "http://cart"`), by key: what runs when nothing sets the variable.
   */
  readonly defaults = new Map<string, { text: string; node: SyntaxNode; program?: boolean }>();
  /**
   * Every literal default of a setting, address or not (a flag's `"mysql"` driver name): what the
   * program runs with when nothing sets it, asked of a database client's dialect.
   */
  readonly statedDefaults = new Map<string, string>();
  /** The default each env read with one states, by the read's node (see envReadDefault). */
  private readonly readDefaults = new Map<number, SyntaxNode>();
  /**
   * Env reads whose default is another setting or name (`get_from_env("CELERY_BROKER_URL",
   * _CELERY_URL)`, `_env("REDIS", REDIS_URL)` with REDIS_URL from another settings module), by
   * key: what the variable takes where nothing sets it.
   */
  readonly nameDefaults = new Map<string, { value: Value; node: SyntaxNode }>();
  /** Sites whose value was taken through as a carrier (a `grpc.Dial` feeding a stub), by node id. */
  readonly consumed = new Set<number>();
  /** The parameters of a function being evaluated for one call (returnedValue), to the arguments the call gives. */
  private readonly arguments = new Map<string, SyntaxNode | Value>();
  private readonly rules: CompiledRules;
  private readonly typeCache = new Map<number, string | undefined>();
  private readonly active = new Set<number>();
  private readonly shapes = new Map<number, Shape>();
  /** Loops pinned to one element by `perElement`: the collection's node id to the element's index. */
  private readonly pinned = new Map<number, number>();
  /** While `perElement` reads: the loops gone through, by collection node id, with their element counts. */
  private loops: Map<number, number> | undefined;
  /** Whether alternatives are being read for a channel name (see `best`). */
  private literalFirst = false;
  /** Member assignments, searched for properties set inside configuration lambdas. */
  private readonly assignments: CallSite[];

  constructor(
    private readonly reader: LanguageReader,
    private readonly model: FileModel,
    rules: ValueRules,
  ) {
    this.assignments = model.sites.filter((site) => site.kind === 'assign');
    this.rules = {
      env: rules.env.map((rule) => {
        const arg = rule.arg ?? 0;
        const fallback = rule.fallback ?? (typeof arg === 'number' ? arg + 1 : undefined);
        return { patterns: rule.call.map(compiled), arg, prefix: rule.prefix ?? '', ...(fallback !== undefined ? { fallback } : {}) };
      }),
      carriers: rules.carriers.map((rule) => ({ patterns: rule.call.map(compiled), arg: rule.arg, pair: rule.pair === true, ...(rule.port !== undefined ? { port: rule.port } : {}) })),
      format: (rules.format ?? []).map(compiled),
      lists: (rules.lists ?? []).map(compiled),
      urls: (rules.urls ?? []).map((rule) => ({ patterns: rule.call.map(compiled), scheme: rule.scheme, host: rule.host, ...(rule.path !== undefined ? { path: rule.path } : {}) })),
    };
  }

  /** A node's shape, computed once per node (call shapes build a site, which reads the tree). */
  shapeOf(node: SyntaxNode): Shape {
    let shape = this.shapes.get(node.id);
    if (!shape) {
      shape = this.reader.shape(node);
      if (shape.kind === 'call') markUnaliased(shape.site, this.model);
      this.shapes.set(node.id, shape);
    }
    return shape;
  }

  /** What a node's value is, as far as the file says. */
  value(node: SyntaxNode, depth = 0): Value {
    if (depth > MAX_DEPTH || this.active.has(node.id)) return { kind: 'unknown' };
    this.active.add(node.id);
    try {
      return this.valueOf(node, depth);
    } finally {
      this.active.delete(node.id);
    }
  }

  private valueOf(node: SyntaxNode, depth: number): Value {
    const shape = this.shapeOf(node);
    switch (shape.kind) {
      case 'string':
        return { kind: 'literal', text: shape.text };
      case 'number':
        return { kind: 'literal', text: shape.text };
      case 'parts':
        return this.partsValue(shape.parts, depth);
      case 'name': {
        const given = this.argumentValue(shape.name, depth);
        if (given) return given;
        if (shape.param) return this.parameterValue(shape.param, shape.name, node, depth);
        // `upstreams.details.endpoint`: an entry of an object literal, when the object is one.
        const entries = shape.object ? this.memberNodes(shape.object, shape.name.toLowerCase(), depth + 1) : [];
        if (entries.length > 0) return this.several(entries, depth);
        // `c.opts.Endpoint` with `opts` a constructor's parameter kept whole: that parameter's field.
        if (shape.object && shape.field !== undefined) {
          const held = this.value(shape.object, depth + 1);
          if (held.kind === 'ref' && held.name.startsWith('param:')) return { kind: 'ref', name: `${held.name}.${shape.field}` };
        }
        return this.nameValue(shape.name, node, depth);
      }
      case 'env': {
        const key = typeof shape.key === 'string' ? { kind: 'literal' as const, text: shape.key } : this.value(shape.key, depth + 1);
        // A prefix another file gives (a caller's argument): the variable is named in resolution.
        const carried = (item: Value): string | undefined => (item.kind === 'ref' && shape.carried && shape.suffix !== undefined && shape.prefix === undefined ? prefixedReadKey(`code:${item.name}`, shape.suffix) : undefined);
        // `section[name]` in a loop over names: each name's setting in turn; a prefix several
        // callers pass on (`connect(prefix)` in each `SetupXClient(prefix)`), each caller's.
        if (key.kind === 'list' && key.each && !shape.fallback) {
          const keys = key.items.map((item) => (item.kind === 'literal' && item.text !== '' ? `${shape.prefix ?? ''}${item.text}${shape.suffix ?? ''}` : carried(item)));
          return keys.every((name) => name !== undefined) ? { kind: 'list', each: true, items: keys.map((name) => ({ kind: 'env', key: name })) } : { kind: 'unknown' };
        }
        const prefixed = carried(key);
        if (prefixed !== undefined) return { kind: 'env', key: prefixed };
        if (key.kind !== 'literal' || key.text === '') return { kind: 'unknown' };
        const name = `${shape.prefix ?? ''}${key.text}${shape.suffix ?? ''}`;
        if (!shape.fallback) return { kind: 'env', key: name };
        const fallback = this.value(shape.fallback, depth + 1);
        if (isExternalUrl(fallback)) return { ...(fallback as Value & { kind: 'literal' }), unlessSet: name };
        this.readDefaults.set(node.id, shape.fallback);
        this.recordDefault(name, fallback, shape.fallback, shape.program === true);
        this.recordNameDefault(name, fallback, shape.fallback);
        return { kind: 'env', key: name };
      }
      case 'call':
        return this.callValue(shape.site, depth);
      case 'either': {
        const values = shape.options.map((option) => this.value(option, depth + 1));
        const chosen = this.best(values);
        const index = values.findIndex((value) => value.kind === 'literal');
        if (chosen.kind === 'env' && index >= 0) this.recordDefault(chosen.key, values[index] as Value, shape.options[index] as SyntaxNode);
        if (chosen.kind === 'env') {
          const otherKeys = [...new Set(values.flatMap((value) => (value.kind === 'env' ? [value.key, ...(value.otherKeys ?? [])] : [])))].filter((key) => key !== chosen.key);
          if (otherKeys.length > 0) return { kind: 'env', key: chosen.key, otherKeys };
        }
        return chosen;
      }
      case 'list':
        return { kind: 'list', items: shape.items.map((item) => this.value(item, depth + 1)) };
      case 'wrap':
        return this.value(shape.inner, depth + 1);
      case 'member': {
        const entries = this.memberNodes(shape.object, shape.key, depth + 1);
        if (entries.length === 0 && shape.call) return this.callValue(shape.call, depth);
        if (entries.length === 0 && shape.orKey !== undefined) return { kind: 'env', key: shape.orKey };
        // `upstreams.details["name"]`: an entry of a dictionary another module of the service holds.
        const shared = entries.length === 0 ? this.reader.crossFile?.(node, this.model) : undefined;
        return shared ? { kind: 'ref', name: shared } : this.several(entries, depth);
      }
      case 'element':
        if (shape.part === 'key') return this.loopKeys(shape.of, depth + 1);
        // Going through a dictionary itself goes through its keys.
        if (shape.part === 'item') {
          const keys = this.loopKeys(shape.of, depth + 1);
          if (keys.kind !== 'unknown') return keys;
        }
        {
          const nodes = this.loopNodes(shape.of, depth + 1);
          if (nodes.length > 0) return this.several(nodes, depth);
          // An item of a setting split into hosts (`for _, peer := range strings.Split(os.Getenv("PEERS"), ",")`):
          // one of the list the setting holds, which resolution reads whole.
          const whole = this.value(shape.of, depth + 1);
          return whole.kind === 'env' && splitsSetting(shape.of, this.shapeOf(shape.of)) ? { ...whole, item: true } : { kind: 'unknown' };
        }
      default:
        return { kind: 'unknown' };
    }
  }

  /**
   * A parameter of a method or constructor of the file: what its calls in the file give it, one
   * value per distinct argument (a `client(baseUrl)` helper called for three backends calls all
   * three); else what the name is bound to otherwise; else, for a constructor, what callers in
   * other files give it.
   */
  private parameterValue(param: { key: string; keyword?: string; shared: boolean }, name: string, node: SyntaxNode, depth: number): Value {
    const seen = new Set<string>();
    const values: Value[] = [];
    const given = param.keyword === undefined ? (this.model.bindings.get(param.key) ?? []) : [...(this.model.bindings.get(param.key) ?? []), ...(this.model.bindings.get(param.keyword) ?? [])];
    for (const argument of given) {
      const value = isNode(argument) ? this.value(argument, depth + 1) : argument;
      for (const item of value.kind === 'list' && value.each ? value.items : [value]) {
        const id = JSON.stringify(item);
        if (item.kind === 'unknown' || seen.has(id)) continue;
        seen.add(id);
        values.push(item);
      }
    }
    if (values.length === 1) return values[0] as Value;
    if (values.length > 1) return { kind: 'list', each: true, items: values };
    const bound = this.nameValue(name, node, depth);
    if (bound.kind !== 'unknown' || !param.shared) return bound;
    return { kind: 'ref', name: param.key };
  }

  /** The value of one node, or of several taken one at a time (the entries a loop goes through). */
  private several(nodes: SyntaxNode[], depth: number): Value {
    if (nodes.length === 0) return { kind: 'unknown' };
    if (nodes.length === 1) return this.value(nodes[0] as SyntaxNode, depth + 1);
    return { kind: 'list', each: true, items: nodes.map((node) => this.value(node, depth + 1)) };
  }

  /**
   * The nodes an entry read by key stands for: `upstreams["details"]["endpoint"]` through a
   * dictionary literal, a name bound to one, an entry of an entry, or each element of a loop
   * (`for u in upstreams.values(): u["endpoint"]` is every upstream's endpoint).
   */
  private memberNodes(object: SyntaxNode, key: string, depth: number): SyntaxNode[] {
    if (depth > MAX_DEPTH) return [];
    const shape = this.shapeOf(object);
    if (shape.kind === 'wrap') return this.memberNodes(shape.inner, key, depth + 1);
    if (shape.kind === 'element') return this.loopNodes(shape.of, depth + 1).flatMap((element) => this.memberNodes(element, key, depth + 1));
    if (shape.kind === 'member') return this.memberNodes(shape.object, shape.key, depth + 1).flatMap((entry) => this.memberNodes(entry, key, depth + 1));
    if (shape.kind === 'name' && shape.object) {
      const outer = this.memberNodes(shape.object, shape.name.toLowerCase(), depth + 1);
      if (outer.length > 0) return outer.flatMap((entry) => this.memberNodes(entry, key, depth + 1));
    }
    if (shape.kind === 'name') {
      for (const binding of this.bindingsFor(shape.name, object)) {
        if (!isNode(binding) || binding.id === object.id) continue;
        const found = this.memberNodes(binding, key, depth + 1);
        if (found.length > 0) return found;
      }
      return [];
    }
    const found = this.property(object, key, depth + 1);
    return found ? [found] : [];
  }

  /**
   * The elements a loop variable stands for: all of them, or the one element `perElement` is
   * evaluating for. A loop over more than MAX_LOOP_ELEMENTS stands for none.
   */
  private loopNodes(collection: SyntaxNode, depth: number): SyntaxNode[] {
    const nodes = this.elementNodes(collection, depth);
    if (nodes.length > MAX_LOOP_ELEMENTS) return [];
    const pinned = this.pinned.get(collection.id);
    if (pinned !== undefined) return nodes[pinned] ? [nodes[pinned] as SyntaxNode] : [];
    if (nodes.length > 1 && this.loops) this.loops.set(collection.id, nodes.length);
    return nodes;
  }

  /** The keys a loop variable over a dictionary stands for, as `loopNodes` does for elements. */
  private loopKeys(collection: SyntaxNode, depth: number): Value {
    const keys = this.elementKeys(collection, depth);
    if (keys.kind !== 'list') return keys;
    if (keys.items.length > MAX_LOOP_ELEMENTS) return { kind: 'unknown' };
    const pinned = this.pinned.get(collection.id);
    if (pinned !== undefined) return keys.items[pinned] ?? { kind: 'unknown' };
    if (keys.items.length > 1 && this.loops) this.loops.set(collection.id, keys.items.length);
    return keys;
  }

  /**
   * Reads something once per element of the loops it goes through (at most MAX_LOOP_ELEMENTS
   * readings in all): `foreach (var name in new[] { "Products", "Stock" })` around
   * `AddHttpClient(name.ToLowerInvariant(), c => c.BaseAddress = new Uri(section[name]))` registers
   * `products` on `Services:Products` and `stock` on `Services:Stock`, not every name on every
   * address; nested loops, once per combination. Otherwise, reads it once.
   */
  perElement<T>(read: () => T): T[] {
    if (this.loops) return [read()];
    this.loops = new Map();
    let whole: T;
    let loops: Map<number, number>;
    try {
      whole = read();
    } finally {
      loops = this.loops;
      this.loops = undefined;
    }
    const counts = [...loops];
    const combinations = counts.reduce((product, [, count]) => product * count, 1);
    if (counts.length === 0 || combinations > MAX_LOOP_ELEMENTS) return [whole];
    const results: T[] = [];
    for (let combination = 0; combination < combinations; combination += 1) {
      let rest = combination;
      for (const [collection, count] of counts) {
        this.pinned.set(collection, rest % count);
        rest = Math.floor(rest / count);
      }
      try {
        results.push(read());
      } finally {
        for (const [collection] of counts) this.pinned.delete(collection);
      }
    }
    return results;
  }

  /** The elements of a collection a loop goes through: a dictionary's values, a list's items. */
  private elementNodes(collection: SyntaxNode, depth: number): SyntaxNode[] {
    if (depth > MAX_DEPTH) return [];
    const shape = this.shapeOf(collection);
    if (shape.kind === 'object') return [...shape.entries.values()];
    if (shape.kind === 'list') return shape.items;
    // `List.of(a, b)`, `listOf(a, b)`: a list built by a call.
    if (shape.kind === 'call' && this.rules.lists.some((pattern) => patternMatches(pattern, shape.site, candidateNames(shape.site, this.qualified(shape.site), this.model.aliases)))) return shape.site.args;
    if (shape.kind === 'wrap') return this.elementNodes(shape.inner, depth + 1);
    if (shape.kind === 'member') return this.memberNodes(shape.object, shape.key, depth + 1).flatMap((entry) => this.elementNodes(entry, depth + 1));
    if (shape.kind === 'name' && shape.object) {
      const outer = this.memberNodes(shape.object, shape.name.toLowerCase(), depth + 1);
      if (outer.length > 0) return outer.flatMap((entry) => this.elementNodes(entry, depth + 1));
    }
    if (shape.kind === 'name') {
      // What the collection was made with, then what statements of their own add to it.
      const added = [...this.addedEntries(shape.name, collection).values()];
      for (const binding of this.bindingsFor(shape.name, collection)) {
        if (!isNode(binding) || binding.id === collection.id || this.isAddedEntry(binding)) continue;
        const found = this.elementNodes(binding, depth + 1);
        if (found.length > 0) return [...found, ...added];
      }
      return added;
    }
    return [];
  }

  private isAddedEntry(node: SyntaxNode): boolean {
    const shape = this.shapeOf(node);
    return shape.kind === 'object' && shape.partial === true;
  }

  /** The entries statements of their own add to a collection (`m.put("k", v)`, `d.Add("k", v)`), in file order. */
  private addedEntries(name: string, use: SyntaxNode): Map<string, SyntaxNode> {
    const entries = new Map<string, SyntaxNode>();
    for (const binding of this.model.bindings.get(name) ?? []) {
      if (!isNode(binding) || binding.id === use.id) continue;
      const shape = this.shapeOf(binding);
      if (shape.kind === 'object' && shape.partial) for (const [key, value] of shape.entries) if (!entries.has(key)) entries.set(key, value);
    }
    return entries;
  }

  /** The keys of a dictionary a loop goes through, as literals. */
  private elementKeys(collection: SyntaxNode, depth: number): Value {
    if (depth > MAX_DEPTH) return { kind: 'unknown' };
    const shape = this.shapeOf(collection);
    if (shape.kind === 'object') return { kind: 'list', each: true, items: [...shape.entries.keys()].map((text) => ({ kind: 'literal', text })) };
    if (shape.kind === 'wrap') return this.elementKeys(shape.inner, depth + 1);
    if (shape.kind === 'name') {
      const added: Value[] = [...this.addedEntries(shape.name, collection).keys()].map((text) => ({ kind: 'literal', text }));
      for (const binding of this.bindingsFor(shape.name, collection)) {
        if (!isNode(binding) || binding.id === collection.id || this.isAddedEntry(binding)) continue;
        const found = this.elementKeys(binding, depth + 1);
        if (found.kind === 'list') return { kind: 'list', each: true, items: [...found.items, ...added] };
        if (found.kind !== 'unknown') return found;
      }
      if (added.length > 0) return { kind: 'list', each: true, items: added };
    }
    return { kind: 'unknown' };
  }

  /**
   * The preferred of alternatives. For an address, an env read (production wiring) over a literal
   * (a local default), unless the literal is a public URL (see isExternalUrl); for a channel the
   * other way round, because `process.env.BUCKET ?? "statements"` names the bucket only in its default.
   */
  private best(values: Value[]): Value {
    const external = this.literalFirst ? undefined : values.find(isExternalUrl);
    const overriding = values.find((value) => value.kind === 'env');
    // The variable the default stands in for, which a deployment setting it to its own system makes the target.
    if (external?.kind === 'literal' && overriding?.kind === 'env') return overriding.otherKeys?.length ? external : { ...external, unlessSet: overriding.key };
    const order = this.literalFirst ? (['literal', 'list', 'env', 'prefix', 'ref'] as const) : (['env', 'literal', 'prefix', 'list', 'ref'] as const);
    for (const kind of order) {
      const found = values.find((value) => value.kind === kind);
      if (found) return found;
    }
    return { kind: 'unknown' };
  }

  /**
   * The bindings of a name in the order they are tried for a use: those in the same function
   * before the use, nearest first (a `conn` reassigned in each function); then the rest in file
   * order (a field set in a constructor, a module constant).
   */
  private bindingsFor(name: string, use: SyntaxNode): Binding[] {
    const bindings = this.model.bindings.get(name) ?? [];
    if (bindings.length < 2) return bindings;
    // A lambda reads the locals of the function around it (`host` of `_ => new Handler(host)`):
    // the nearest enclosing function binding the name decides.
    for (let scope: SyntaxNode | undefined = this.scopeNode(use); ; scope = this.scopeNode(scope)) {
      const start = scope?.startIndex ?? 0;
      const end = scope?.endIndex ?? Number.MAX_SAFE_INTEGER;
      const local = bindings
        .filter((binding): binding is SyntaxNode => isNode(binding) && binding.startIndex >= start && binding.endIndex <= end && binding.startIndex < use.startIndex)
        .sort((a, b) => b.startIndex - a.startIndex);
      if (local.length > 0) return [...local, ...bindings.filter((binding) => !local.includes(binding as SyntaxNode))];
      if (!scope) return bindings;
    }
  }

  /** The function, method or lambda around a node, or undefined at the top of the file. */
  private scopeNode(node: SyntaxNode): SyntaxNode | undefined {
    let current = node.parent;
    for (let steps = 0; current && steps < 200; steps += 1) {
      if (SCOPES.test(current.type)) return current;
      current = current.parent;
    }
    return undefined;
  }

  /** The range of the function, method or lambda around a node (the file when there is none). */
  private scopeOf(node: SyntaxNode): { start: number; end: number } {
    let current = node.parent;
    for (let steps = 0; current && steps < 200; steps += 1) {
      if (SCOPES.test(current.type)) return { start: current.startIndex, end: current.endIndex };
      current = current.parent;
    }
    return { start: 0, end: Number.MAX_SAFE_INTEGER };
  }

  private nameValue(name: string, node: SyntaxNode, depth: number): Value {
    const bindings = this.bindingsFor(name, node);
    // A value known here wins over one left to another file (`mustConnGRPC(ctx, &conn, addr)`
    // binds conn to both ctx and addr; an undeclared ctx must not hide the address).
    let elsewhere: Value | undefined;
    // A variable assigned again before this use (`c = dial(cartAddr)` … `c = dial(currencyAddr)`)
    // holds the last value: when that one is not known, an older one is wrong, not a fallback.
    // The bindings of one statement (on the nearest one's line) are all tried.
    const scope = this.scopeOf(node);
    // A value holding this very use (`&Client{base: strings.TrimSuffix(base, "/")}` binds the field
    // `base`) is not what the name held before it.
    const encloses = (binding: SyntaxNode): boolean => binding.startIndex <= node.startIndex && binding.endIndex >= node.endIndex;
    const preceding = bindings.filter((binding): binding is SyntaxNode => isNode(binding) && binding.id !== node.id && binding.startIndex >= scope.start && binding.endIndex <= scope.end && binding.startIndex < node.startIndex && !encloses(binding));
    const nearestRow = preceding[0]?.startPosition.row;
    // `if base == "" { base = "https://api.stripe.com" }`: a default for an empty value, so either.
    const nearest = preceding[0];
    if (nearest && this.reader.fillsEmpty?.(nearest)) {
      // What it held before: set earlier in the function, else elsewhere in the file (a package variable).
      const before = (binding: Binding): binding is SyntaxNode => isNode(binding) && binding.id !== node.id && !encloses(binding) && !this.reader.fillsEmpty?.(binding);
      // Elsewhere: the last one before the use in a function around it (`redisAddress := ""` then a
      // flag bound to it, read in a closure), else the first in the file (a package variable).
      const outside = bindings.filter((binding): binding is SyntaxNode => before(binding) && !preceding.includes(binding));
      const around = outside.filter((binding) => {
        const range = this.scopeOf(binding);
        return binding.startIndex < node.startIndex && range.start <= node.startIndex && range.end >= node.endIndex;
      });
      const earlier = preceding.find((binding) => binding.startPosition.row !== nearestRow && before(binding)) ?? around.sort((a, b) => b.startIndex - a.startIndex)[0] ?? outside[0];
      if (earlier) return this.orDefault(earlier, nearest, depth);
    }
    for (const binding of bindings) {
      if (!isNode(binding)) return binding;
      // A default for an empty value is the name's value only with what it held before (above).
      if (binding.id === node.id || encloses(binding) || this.reader.fillsEmpty?.(binding)) continue;
      if (nearestRow !== undefined && preceding.includes(binding) && binding.startPosition.row !== nearestRow) break;
      const value = this.value(binding, depth + 1);
      if (value.kind === 'ref') elsewhere ??= value;
      else if (value.kind !== 'unknown') return value;
    }
    if (elsewhere) return elsewhere;
    // Never set in this file: another file of the package or module may set it. A binding that is
    // this very use, or holds it (`postgresql.ConnectionURL{Host: cfg.Host}` binds the field `Host`
    // to `cfg.Host`), sets nothing it could read.
    const setHere = bindings.some((binding) => !isNode(binding) || (binding.id !== node.id && !encloses(binding)));
    const shared = !setHere ? this.reader.crossFile?.(node, this.model) : undefined;
    return shared ? { kind: 'ref', name: shared } : { kind: 'unknown' };
  }

  /**
   * A name given a default when it was empty (`addr := os.Getenv("INVENTORY_ADDR")` then
   * `if addr == "" { addr = "localhost:50051" }`), as env reads with defaults are: what it held
   * wins for an address (the deployment's value; a known value from another file too), the
   * default being kept for when nothing sets it, unless the default is a public URL, which names
   * the partner whatever the deployment says; for a channel the default wins.
   */
  private orDefault(earlier: SyntaxNode, fallback: SyntaxNode, depth: number): Value {
    const first = this.value(earlier, depth + 1);
    const second = this.value(fallback, depth + 1);
    // An empty text (`addr := ""`) is what the default replaces.
    if (first.kind === 'unknown' || (first.kind === 'literal' && first.text === '') || (first.kind !== 'literal' && second.kind !== 'unknown' && (this.literalFirst || isExternalUrl(second)))) return second;
    // Kept for when nothing sets it: an env var's default, or another file's name's (`code:…`).
    if (first.kind === 'env' || first.kind === 'ref') {
      const key = first.kind === 'env' ? first.key : `code:${first.name}`;
      this.recordDefault(key, second, fallback);
      // A default named by another package's constant (`common.DefaultRedisAddr`): a reference, for the file's folder.
      if (second.kind === 'ref' && !this.nameDefaults.has(key)) this.nameDefaults.set(key, { value: second, node: fallback });
    }
    return first;
  }

  /**
   * Literal pieces joined until the first piece that is not known; an env read in front (or right
   * after the scheme) names the key. A piece that is each of several values (a loop's upstream)
   * makes the whole each of several texts.
   */
  private partsValue(parts: readonly (string | SyntaxNode)[], depth: number, start = 0, prefix = ''): Value {
    let text = prefix;
    for (let index = start; index < parts.length; index += 1) {
      const part = parts[index] as string | SyntaxNode;
      if (typeof part === 'string') {
        text += part;
        continue;
      }
      const value = this.value(part, depth + 1);
      if (value.kind === 'list' && value.each) {
        return { kind: 'list', each: true, items: value.items.map((item) => this.partStep(item, text, parts, index + 1, depth)) };
      }
      const step = this.partStep(value, text, parts, index + 1, depth);
      return step;
    }
    return { kind: 'literal', text };
  }

  /** One known or unknown piece of a text after `text`, then the rest of the pieces. */
  private partStep(value: Value, text: string, parts: readonly (string | SyntaxNode)[], next: number, depth: number): Value {
    if (value.kind === 'literal') return this.partsValue(parts, depth, next, text + value.text);
    // `amqp://${USER}:${PASSWORD}@${HOST}:5672`: credentials say nothing of where the URL points;
    // the host after them does.
    if (inUserinfo(text, parts, next)) return this.partsValue(parts, depth, next, `${text}${UNKNOWN_CREDENTIAL}`);
    if (value.kind === 'prefix') return { kind: 'prefix', text: text + value.text };
    // `${process.env.API}/orders`, `http://${CART_HOST}:8080` and `postgres://app@${DB_HOST}/app` are addressed by the env var.
    if (value.kind === 'env' && (text === '' || /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#\s]*@)?$/i.test(text))) return this.withPath(value, parts, next);
    // `${CATALOGUE_URL}/items` with the constant imported, `fmt.Sprintf("http://%s/customer", c.hostPort)`
    // with the field set from a parameter: addressed by the other file's value.
    if (value.kind === 'ref' && (text === '' || /^[a-z][a-z0-9+.-]*:\/\/$/i.test(text))) return this.withPath(value, parts, next);
    // `fmt.Sprintf("host=%s port=5432 dbname=app", host)`: a keyword DSN is addressed by its host.
    if ((value.kind === 'env' || value.kind === 'ref') && /^(?:\w+=\S*\s+)*host=$/i.test(text)) return value;
    if (text === '') return { kind: 'unknown' };
    // `g.baseURL + path`: a base URL held whole by a name ends its host, whatever the path is.
    const head = parts.find((part) => part !== '');
    if (head !== undefined && typeof head !== 'string' && /^[a-z][a-z0-9+.-]*:\/\/[^/?#:\s]+(?::\d+)?$/i.test(text)) {
      const base = this.value(head, depth + 1);
      if (base.kind === 'literal' && base.text === text) return { kind: 'prefix', text: `${text}/` };
    }
    return { kind: 'prefix', text };
  }

  /**
   * An address read from the environment or another file with the path written after it
   * (`url + "/graphql"`, `fmt.Sprintf("%s/graphql", base)`): the path, when every piece after the
   * address is text written there, kept for what it says of the protocol (a GraphQL endpoint, see
   * fact-emission.ts). The address is still the variable's; the path only refines the call.
   */
  private withPath<T extends Extract<Value, { kind: 'env' | 'ref' }>>(value: T, parts: readonly (string | SyntaxNode)[], next: number): T {
    let tail = '';
    for (let index = next; index < parts.length; index += 1) {
      const part = parts[index] as string | SyntaxNode;
      // Only text written in place: following a name here would read bindings (and record their
      // defaults) for what is only a refinement.
      const piece = typeof part === 'string' ? part : this.shapeOf(part);
      if (typeof piece !== 'string' && piece.kind !== 'string') return value;
      tail += typeof piece === 'string' ? piece : piece.text;
    }
    // A port (`:8080/graphql`) before the path is the address's, not the path's.
    const path = /^(?::\d{1,5})?(\/[^?#\s]*)/.exec(tail)?.[1];
    return path !== undefined && path !== '/' ? { ...value, path } : value;
  }

  private callValue(site: CallSite, depth: number): Value {
    const text = this.textOf(site, depth);
    if (text) return text;
    const formatted = this.formattedConstant(site, depth);
    if (formatted) return formatted;
    const list = listOf(site);
    if (list) {
      const value = this.value(list, depth + 1);
      return value.kind === 'env' ? { ...value, item: true } : value;
    }
    const names = candidateNames(site, this.qualified(site), this.model.aliases);
    for (const rule of this.rules.env) {
      if (!rule.patterns.some((pattern) => patternMatches(pattern, site, names))) continue;
      const key = this.valueAt(site, rule.arg, depth + 1);
      if (key.kind !== 'literal' || key.text === '') return { kind: 'unknown' };
      return this.envOrDefault({ kind: 'env', key: `${rule.prefix}${this.sectionOf(site.receiver, depth + 1)}${key.text}` }, site, rule.fallback, depth);
    }
    for (const rule of this.rules.carriers) {
      if (!rule.patterns.some((pattern) => patternMatches(pattern, site, names))) continue;
      this.consumed.add(site.node.id);
      const value = this.valueAt(site, rule.arg, depth + 1);
      if (rule.pair && value.kind === 'list') {
        const [host, port] = value.items;
        if (host?.kind === 'literal' && port?.kind === 'literal' && /^\d{1,5}$/.test(port.text)) return { kind: 'literal', text: `${host.text}:${port.text}` };
        return host ?? { kind: 'unknown' };
      }
      if (rule.port === undefined || value.kind !== 'literal') return value;
      const port = this.valueAt(site, rule.port, depth + 1);
      return port.kind === 'literal' && /^\d{1,5}$/.test(port.text) ? { kind: 'literal', text: `${value.text}:${port.text}` } : value;
    }
    if (this.rules.format.some((pattern) => patternMatches(pattern, site, names))) {
      const format = site.args[0] ? this.value(site.args[0], depth + 1) : undefined;
      if (format?.kind === 'literal') return this.partsValue(formatParts(format.text, site.args.slice(1)), depth);
      const lead = format?.kind === 'prefix' ? formatParts(format.text, [])[0] : undefined;
      return typeof lead === 'string' && lead !== '' ? { kind: 'prefix', text: lead } : { kind: 'unknown' };
    }
    if (this.rules.lists.some((pattern) => patternMatches(pattern, site, names))) {
      return { kind: 'list', items: site.args.map((arg) => this.value(arg, depth + 1)) };
    }
    // An entry of a typed configuration object's map member read by key (`config.partners().get("odds")`,
    // a SmallRye mapping's or a Spring properties bean's): the object's path on to the key, as the
    // reader gives it, not a home-grown reader of the key alone that the callee's name suggests.
    if (site.kind === 'call' && site.name === 'get' && site.args.length === 1 && site.args[0]) {
      const key = this.shapeOf(site.args[0]);
      const entry = key.kind === 'string' ? this.reader.crossFile?.(site.node, this.model) : undefined;
      if (key.kind === 'string' && entry?.endsWith(`.${key.text}`)) return { kind: 'ref', name: entry };
    }
    // A function of the file reading several variables in turn (`addr("REDIS_STORE_ENDPOINT")`
    // returning it if set, else REDIS_ENDPOINT, else a local default): the whole chain, which the
    // accessor reading below would cut to its first variable.
    const chained = site.kind === 'call' && site.args[0] ? this.returnedValue(site, depth) : undefined;
    if (chained?.kind === 'env' && chained.otherKeys?.length) return chained;
    // A home-grown reader (`getEnv("CART_ADDR", "localhost:7070")`, `config("DB_URL")`): a call
    // whose name speaks of env or config, given a key-like literal first.
    if (site.kind === 'call' && site.args[0]) {
      const key = this.shapeOf(site.args[0]);
      if (key.kind === 'string' && ENV_HELPER.test(site.callee) && isConfigKey(key.text)) return this.envOrDefault({ kind: 'env', key: key.text }, site, this.helperDefaultAt(site), depth);
      // The same reader given the key as a Go constant (`common.GetStringConfigWithDefault(mysqlServiceHost,
      // "mysql")` with `const mysqlServiceHost = "DBConfig.MySQLConfig.Host"`): that key, a constant
      // being the literal written once. Go only: other languages' names may hold anything.
      const constant = key.kind === 'name' && !key.param && this.model.language === 'go' && ENV_HELPER.test(site.callee) ? this.constantKey(site.args[0] as SyntaxNode, depth) : undefined;
      if (constant !== undefined) return this.envOrDefault({ kind: 'env', key: constant }, site, this.helperDefaultAt(site), depth);
      // A variable named on a prefix the code is given (`env.StringFromEnv(opt.EnvPrefix()+"REDIS_SERVER", "")`,
      // the prefix empty unless a caller sets one): the variable the suffix names.
      const suffix = ENV_HELPER.test(site.callee) ? this.prefixedSuffix(key, depth) : undefined;
      if (suffix !== undefined) return this.envOrDefault({ kind: 'env', key: suffix }, site, this.helperDefaultAt(site), depth, true);
      // Any other in-house accessor given an ENV_NAME first (`settings.value('PAYMENT_URL')`,
      // `AppProps.lookup("ORDERS_URL", …)`): that variable, unless the call reads a store or a
      // request. It names a peer only where a deployment binds the variable for the component.
      if (key.kind === 'string' && isEnvName(key.text) && !NOT_CONFIG.test(site.callee)) return this.envOrDefault({ kind: 'env', key: key.text }, site, this.helperDefaultAt(site), depth, true);
    }
    // A function of the file returning an address (`function baseUrl() { return 'http://' + host; }`).
    const returned = this.returnedValue(site, depth);
    if (returned) return returned;
    for (const rule of this.rules.urls) {
      if (rule.patterns.some((pattern) => patternMatches(pattern, site, names))) return this.urlValue(site, rule, depth);
    }
    // A function of the package declared in another file, given a variable prefix
    // (`BuildDSN("CODEINTEL_")`, `BuildDSN("")`): the variables its template names, which the file
    // declaring it binds (go-prefix-helpers.ts) and resolution fills with the prefix.
    const helper = site.args.length === 1 && site.args[0] ? this.reader.packageHelper?.(site.node, this.model) : undefined;
    if (helper) {
      const prefix = this.value(site.args[0] as SyntaxNode, depth + 1);
      if (prefix.kind === 'literal' && (prefix.text === '' || ENV_PREFIX_TEXT.test(prefix.text))) return { kind: 'env', key: helperCallKey(helper.module, helper.fn, prefix.text) };
    }
    // A getter of a configuration object declared in another file (`props.getCatalogueUrl()`).
    const shared = this.reader.crossFile?.(site.node, this.model);
    return shared ? { kind: 'ref', name: shared } : { kind: 'unknown' };
  }

  /**
   * The ENV_NAME suffix of a key written `prefix + "SUFFIX"` whose prefix is no known text (a
   * parameter, a field, a method's result: `opt.EnvPrefix()`), else undefined.
   */
  private prefixedSuffix(key: Shape, depth: number): string | undefined {
    if (key.kind !== 'parts' || key.parts.length !== 2) return undefined;
    const [prefix, suffix] = key.parts as [string | SyntaxNode, string | SyntaxNode];
    if (typeof prefix === 'string' || typeof suffix === 'string') return undefined;
    const text = this.shapeOf(suffix);
    if (text.kind !== 'string' || !isEnvName(text.text)) return undefined;
    const known = this.value(prefix, depth + 1);
    return known.kind === 'unknown' || known.kind === 'ref' || (known.kind === 'literal' && known.text === '') ? text.text : undefined;
  }

  /**
   * Python's `.format` called on a name holding the template (`PWNED_RANGE_URL.format(prefix=p)`
   * with `PWNED_RANGE_URL = "https://api.pwnedpasswords.com/range/{prefix}"` at module level): the
   * template filled as a literal's `.format` is (the reader shapes that one). Undefined otherwise.
   */
  private formattedConstant(site: CallSite, depth: number): Value | undefined {
    if (this.model.language !== 'python' || site.kind !== 'call' || site.name !== 'format' || !site.receiver || site.receiver.type === 'string') return undefined;
    const template = this.value(site.receiver, depth + 1);
    if (template.kind !== 'literal' || !template.text.includes('{')) return undefined;
    // Keyword arguments are kept lower-cased on the site; the template names them as written.
    const named = new Map<string, SyntaxNode>();
    for (const match of template.text.matchAll(/\{(\w+)/g)) {
      const argument = match[1] !== undefined ? site.named.get(match[1].toLowerCase()) : undefined;
      if (match[1] !== undefined && argument) named.set(match[1], argument);
    }
    return this.partsValue(formatParts(template.text, site.args, named), depth);
  }

  /**
   * The value of a string method that keeps what a text names: a change of case
   * (`name.ToLowerInvariant()`, `name.toLowerCase()`, `name.lower()`, Go's `strings.ToLower(name)`)
   * or a trim (`baseUrl.TrimEnd('/')`, `url.rstrip("/")`); undefined for any other call. A setting
   * read stays the setting; a literal changes case.
   */
  private textOf(site: CallSite, depth: number): Value | undefined {
    if (site.kind !== 'call') return undefined;
    if (site.receiver && dropsTrailingSlash(site)) return this.value(site.receiver, depth + 1);
    if (site.receiver && site.args.length <= 1 && this.model.language === 'ruby' && RUBY_TEXT_KEEPING.test(site.name)) return this.value(site.receiver, depth + 1);
    const method = TEXT_METHODS.exec(site.name);
    if (!method) return undefined;
    const of = GO_STRINGS.test(site.callee) ? site.args[0] : site.receiver && site.args.length <= 1 ? site.receiver : undefined;
    if (!of) return undefined;
    const change = (value: Value): Value => {
      if (value.kind === 'list') return { ...value, items: value.items.map(change) };
      if (value.kind !== 'literal' && value.kind !== 'prefix') return value;
      const text = method[1] !== undefined ? value.text.toLowerCase() : method[2] !== undefined ? value.text.toUpperCase() : value.text;
      return { ...value, text };
    };
    return change(this.value(of, depth + 1));
  }

  /**
   * The configuration section a reader is called on, as a key prefix: `identity.GetValue("Url")`
   * after `var identity = configuration.GetSection("Identity")` reads `Identity:Url`. Sections of
   * sections nest; anything else is no section.
   */
  private sectionOf(node: SyntaxNode | undefined, depth: number): string {
    if (!node || depth > 8) return '';
    const shape = this.shapeOf(node);
    if (shape.kind === 'name') {
      for (const binding of this.bindingsFor(shape.name, node)) {
        if (!isNode(binding) || binding.id === node.id) continue;
        const section = this.sectionOf(binding, depth + 1);
        if (section !== '') return section;
      }
      return '';
    }
    if (shape.kind !== 'call' || !/(?:^|\.)GetSection$/.test(shape.site.callee) || !shape.site.args[0]) return '';
    const name = this.value(shape.site.args[0], depth + 1);
    return name.kind === 'literal' && name.text !== '' ? `${this.sectionOf(shape.site.receiver, depth + 1)}${name.text}:` : '';
  }

  /**
   * Where an in-house accessor's default is: the last argument when there are several after the
   * key (`config.get("SMTP_HOST", "smtp.host", "localhost")` names a property, then the default),
   * else the one after the key.
   */
  private helperDefaultAt(site: CallSite): number {
    return site.args.length > 2 ? site.args.length - 1 : 1;
  }

  /** The configuration key a Go constant holds (`const mysqlServiceHost = "DBConfig.MySQLConfig.Host"`), if it is one. */
  private constantKey(node: SyntaxNode, depth: number): string | undefined {
    if (node.type !== 'identifier' || !constantsOf(node).has(node.text)) return undefined;
    const value = this.value(node, depth + 1);
    return value.kind === 'literal' && isConfigKey(value.text) ? value.text : undefined;
  }

  /**
   * An env read, or its default when that is a public URL (`os.getenv("GATEWAY", "https://pay.example.com")`).
   * `addressOnly`: the default is kept only when it is a URL or `host:port`, not a bare word, for
   * accessors known only by their ENV_NAME argument.
   */
  private envOrDefault(env: Value, site: CallSite, position: Pick | undefined, depth: number, addressOnly = false): Value {
    const fallback = (typeof position === 'number' ? site.args[position] : position !== undefined ? site.named.get(position.toLowerCase()) : undefined) ?? site.named.get('default');
    if (!fallback) return env;
    const value = this.value(fallback, depth + 1);
    if (isExternalUrl(value)) return value;
    if (addressOnly && !(value.kind === 'literal' && (value.text.includes('://') || /^[\w.-]+:\d{1,5}$/.test(value.text.trim())))) return env;
    if (env.kind === 'env') this.readDefaults.set(site.node.id, fallback);
    if (env.kind === 'env') this.recordDefault(env.key, value, fallback);
    if (env.kind === 'env') this.recordNameDefault(env.key, value, fallback);
    return env;
  }

  /** Records an env read's default that is another variable or a name of another file, not a literal. */
  private recordNameDefault(key: string, value: Value, node: SyntaxNode): void {
    // Python settings modules only: Go flags defaulting to an env var say so through keySources.
    if (this.literalFirst || this.nameDefaults.has(key) || this.model.language !== 'python') return;
    if ((value.kind === 'env' && value.key !== key) || value.kind === 'ref') this.nameDefaults.set(key, { value, node });
  }

  /**
   * The default an env read states (`env.StringFromEnv("REPO_SERVER", "repo:8081")`'s second
   * argument), when the node is such a read: what a flag defaulting to it holds when the variable is unset.
   */
  envReadDefault(node: SyntaxNode): SyntaxNode | undefined {
    this.value(node);
    return this.readDefaults.get(node.id);
  }

  /** Records a configuration key's default stated apart from any read (`viper.SetDefault("db", "…")`). */
  noteDefault(key: string, node: SyntaxNode): void {
    this.recordDefault(key, this.value(node), node, true);
  }

  /**
   * Keeps an env read's default when it is an address, not a loopback one: a URL or `host:port`,
   * or a bare host name for a variable named like one (`USER_HOST`, `CART_ADDR`; not `LOG_LEVEL`'s `info`).
   */
  private recordDefault(key: string, value: Value, node: SyntaxNode, program = false): void {
    if (!this.literalFirst && value.kind === 'literal' && !this.statedDefaults.has(key)) this.statedDefaults.set(key, value.text.trim());
    if (this.literalFirst || value.kind !== 'literal' || this.defaults.has(key)) return;
    const read = readTarget(value, { bareHost: HOST_KEY.test(key) });
    if (read.known !== 'literal' || (read.target.host !== undefined && namesNoSystem(read.target.host))) return;
    this.defaults.set(key, { text: value.text.trim(), node, ...(program ? { program } : {}) });
  }

  /**
   * What a call of one of the file's own functions returns (the reader binds `name()` to the
   * returned expression): a bare call, or a method called on `this`. The arguments are not
   * substituted, so a parameter in the returned text ends the known part there.
   */
  private returnedValue(site: CallSite, depth: number): Value | undefined {
    if (site.kind !== 'call') return undefined;
    if (site.receiver && this.text(site.receiver) !== 'this') return undefined;
    const key = `${site.name}()`;
    if (!this.model.bindings.has(key)) return undefined;
    // A builder the reader lets be evaluated with its arguments (`pingURL(c.base)`): its parameters
    // read the call's arguments while its returned text is evaluated.
    const bound = this.model.bindings.get(key) ?? [];
    const only = bound.length === 1 ? bound[0] : undefined;
    const declaration = only && isNode(only) ? only : undefined;
    const parameters = declaration && site.args.length > 0 ? this.reader.parameterKeys?.(declaration) : undefined;
    if (declaration && parameters && parameters.length === site.args.length) {
      const added = parameters.filter((parameter, index) => !this.arguments.has(parameter) && this.arguments.set(parameter, site.args[index] as SyntaxNode));
      try {
        const value = this.value(declaration, depth + 1);
        return value.kind === 'unknown' ? undefined : value;
      } finally {
        for (const parameter of added) this.arguments.delete(parameter);
      }
    }
    const value = this.nameValue(key, site.node, depth);
    return value.kind === 'unknown' ? undefined : value;
  }

  /**
   * Evaluates `read` with parameters standing for given arguments (parameter keys as the reader
   * names them, `param:redispool.newPool#0`, or a field of one, `param:dbconn.New#1.EnvPrefix`):
   * the file's code as run for one caller, which a helper called once per package variable needs
   * (go-per-variable.ts). Nothing evaluated is cached, so the parameters hold only inside.
   */
  withArguments<T>(given: ReadonlyMap<string, SyntaxNode | Value>, read: () => T): T {
    const added = [...given].filter(([parameter]) => !this.arguments.has(parameter));
    for (const [parameter, argument] of added) this.arguments.set(parameter, argument);
    try {
      return read();
    } finally {
      for (const [parameter] of added) this.arguments.delete(parameter);
    }
  }

  /**
   * The value of a parameter given by the call being evaluated (returnedValue), in the caller's
   * place: the argument is evaluated without the parameter standing for it.
   */
  private argumentValue(name: string, depth: number): Value | undefined {
    const argument = this.arguments.get(name);
    if (!argument) return undefined;
    // A value stated outright (withArguments: a struct field the literal leaves at Go's zero value).
    if (!isNode(argument)) return argument;
    this.arguments.delete(name);
    try {
      return this.value(argument, depth + 1);
    } finally {
      this.arguments.set(name, argument);
    }
  }

  /** A URL built from its parts (Go's `url.URL{Scheme: "http", Host: addr, Path: "/x"}`). */
  private urlValue(site: CallSite, rule: CompiledRules['urls'][number], depth: number): Value {
    const scheme = this.valueAt(site, rule.scheme, depth + 1);
    const host = this.valueAt(site, rule.host, depth + 1);
    const path = rule.path !== undefined ? this.valueAt(site, rule.path, depth + 1) : undefined;
    const start = `${scheme.kind === 'literal' && /^[a-z][a-z0-9+.-]*$/i.test(scheme.text) ? scheme.text : 'http'}://`;
    if (host.kind === 'literal' && host.text !== '') {
      const rest = path?.kind === 'literal' ? path.text.replace(/^(?=[^/])/, '/') : '';
      return { kind: 'literal', text: `${start}${host.text}${rest}` };
    }
    if (host.kind === 'prefix') return { kind: 'prefix', text: `${start}${host.text}` };
    return host.kind === 'env' || host.kind === 'ref' ? host : { kind: 'unknown' };
  }

  /** The node a pick points at: an argument, a named argument or property, a chain method, the receiver. */
  nodeAt(site: CallSite, pick: Pick): SyntaxNode | undefined {
    if (typeof pick === 'number') return site.args[pick];
    if (pick === 'receiver') return site.receiver;
    const key = pick.toLowerCase();
    const named = site.named.get(key);
    if (named) return named;
    for (const arg of site.args) {
      const found = this.property(arg, key, 0);
      if (found) return found;
    }
    for (const link of this.chainSites(site)) {
      if (link.name.toLowerCase() === key && link.args[0]) return link.args[0];
      const inChain = link.named.get(key);
      if (inChain) return inChain;
    }
    const dot = key.indexOf('.');
    if (dot > 0) {
      const outer = this.nodeAt(site, key.slice(0, dot));
      if (outer) return this.property(outer, key.slice(dot + 1), 0);
    }
    return undefined;
  }

  /** The value at a pick. */
  valueAt(site: CallSite, pick: Pick, depth = 0): Value {
    const node = this.nodeAt(site, pick);
    return node ? this.value(node, depth) : { kind: 'unknown' };
  }

  /** The value at a pick read as a channel name: literal defaults win over env reads. */
  channelAt(site: CallSite, pick: Pick): Value {
    const previous = this.literalFirst;
    this.literalFirst = true;
    try {
      return this.valueAt(site, pick);
    } finally {
      this.literalFirst = previous;
    }
  }

  /** A property of an object literal, dictionary, initializer, composite literal or lambda body. */
  property(node: SyntaxNode, key: string, depth: number): SyntaxNode | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const shape = this.shapeOf(node);
    let found: SyntaxNode | undefined;
    if (shape.kind === 'object') found = shape.entries.get(key);
    else if (shape.kind === 'call') found = shape.site.named.get(key);
    else if (shape.kind === 'wrap') return this.property(shape.inner, key, depth + 1);
    else if (shape.kind === 'unknown') {
      const result = this.reader.factoryResult?.(node);
      if (result) return this.property(result, key, depth + 1);
    } else if (shape.kind === 'list') {
      // `Entries: [{ EventBusName: … }]`: the first entry that has it.
      for (const item of shape.items) {
        const inner = this.property(item, key, depth + 1);
        if (inner) return inner;
      }
      return undefined;
    }
    else if (shape.kind === 'name') {
      for (const binding of this.model.bindings.get(shape.name) ?? []) {
        if (isNode(binding) && binding.id !== node.id) {
          const inner = this.property(binding, key, depth + 1);
          if (inner) return inner;
        }
      }
    }
    if (found) return found;
    const dot = key.indexOf('.');
    if (dot > 0 && (shape.kind === 'object' || shape.kind === 'call')) {
      const outer = this.property(node, key.slice(0, dot), depth + 1);
      if (outer) return this.property(outer, key.slice(dot + 1), depth + 1);
    }
    // A configuration lambda (`c => c.BaseAddress = new Uri(...)`) sets the property inside.
    for (const site of this.assignments) {
      if (site.name.toLowerCase() === key && site.node.startIndex >= node.startIndex && site.node.endIndex <= node.endIndex) return site.args[0];
    }
    return undefined;
  }

  /**
   * The calls of the builder chain a call ends, nearest first, through variables holding a link
   * (`const topic = pubsub.topic('audit'); topic.publish(…)` has `topic` in its chain).
   */
  chainSites(site: CallSite): CallSite[] {
    const result: CallSite[] = [];
    let current = site.receiver;
    for (let steps = 0; current && steps < 30; steps += 1) {
      const shape = this.shapeOf(current);
      if (shape.kind === 'call') {
        result.push(shape.site);
        current = shape.site.receiver;
      } else if (shape.kind === 'wrap') current = shape.inner;
      else if (shape.kind === 'name') current = this.model.bindings.get(shape.name)?.find((binding): binding is SyntaxNode => isNode(binding) && binding.id !== current?.id);
      else break;
    }
    return result;
  }

  /** The expression a name is last bound to where it is used (`dsn` of `dsn := buildDSN(host)`), when the file binds it. */
  bindingOf(node: SyntaxNode): SyntaxNode | undefined {
    const shape = this.shapeOf(node);
    if (shape.kind !== 'name') return undefined;
    return this.bindingsFor(shape.name, node).filter((binding): binding is SyntaxNode => isNode(binding) && binding.id !== node.id).pop();
  }

  /** The type of a method's receiver when the receiver is a variable or field the file types or constructs. */
  receiverType(site: CallSite): string | undefined {
    if (!site.receiver || this.shapeOf(site.receiver).kind !== 'name') return undefined;
    return this.typeOf(site.receiver, 0);
  }

  /** The callee as typed: the receiver replaced by its declared or constructed type, when the file says. */
  qualified(site: CallSite): string | undefined {
    if (site.kind !== 'call' || !site.receiver) return undefined;
    const type = this.typeOf(site.receiver, 0);
    return type ? `${type}.${site.name}` : undefined;
  }

  /** The type of an expression: declared, or the constructor or factory call that made it. */
  typeOf(node: SyntaxNode, depth: number): string | undefined {
    if (depth > MAX_DEPTH) return undefined;
    if (this.typeCache.has(node.id)) return this.typeCache.get(node.id);
    this.typeCache.set(node.id, undefined);
    const type = this.typeOfShape(node, depth);
    this.typeCache.set(node.id, type);
    return type;
  }

  private typeOfShape(node: SyntaxNode, depth: number): string | undefined {
    const shape = this.shapeOf(node);
    if (shape.kind === 'wrap') return this.typeOf(shape.inner, depth + 1);
    if (shape.kind === 'call') {
      if (shape.site.kind !== 'call') return shape.site.callee;
      // A service located by type (`sp.GetRequiredService<IEventBus>()`) is of that type.
      if (SERVICE_LOCATORS.test(shape.site.name) && shape.site.typeArgs[0]) return shape.site.typeArgs[0];
      const callee = this.qualified(shape.site) ?? shape.site.callee;
      // A method of the file's own type returns what its declaration says (Go's `c.createChannel()` → `amqp.Channel`).
      return this.model.types.get(callee) ?? callee;
    }
    if (shape.kind !== 'name') return undefined;
    const declared = this.model.types.get(shape.name);
    if (declared) return declared;
    for (const binding of this.bindingsFor(shape.name, node)) {
      if (isNode(binding) && binding.id !== node.id) {
        const type = this.typeOf(binding, depth + 1);
        if (type) return type;
      }
    }
    return undefined;
  }

  /** A node's text with whitespace removed. */
  text(node: SyntaxNode): string {
    return compact(node.text);
  }
}
