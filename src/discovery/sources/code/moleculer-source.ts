/**
 * Moleculer: services are schema objects (`{ name: "users", mixins: [DbMixin("users")], actions,
 * events }`) that moleculer-runner loads into a broker node, and every call between them
 * (`ctx.call("users.get")`, `this.broker.call`, `ctx.emit`/`broadcast`, moleculer-db
 * `populates: { author: "users.get" }`, a moleculer-web gateway's routes) travels through the
 * node's transporter, a message broker (NATS, Redis, Kafka, AMQP, MQTT). By the producer → broker
 * → consumer convention, a node that calls or emits produces to the transporter, and the
 * transporter delivers to every node whose services have actions or events.
 *
 * What one file says:
 * - A service schema: a unit named by its `name` (UnitFact, setting `SERVICES`), claiming its own
 *   file and the mixins it builds in from relative modules (`require("../mixins/db.mixin")`), so
 *   that resolution gives their connections (the mixin's database) only to the containers whose
 *   `SERVICES` load the service. A consuming connection when it has actions or events; a producing
 *   one when the file calls or emits, or the service is a moleculer-web gateway.
 * - `moleculer.config.js`: where the transporter and cacher are. moleculer-runner lets the
 *   environment override any option (`TRANSPORTER=nats://nats:4222`, `CACHER=redis://redis:6379`),
 *   so the settings `moleculer:transporter` and `moleculer:cacher` are bound to those variables
 *   first, and to what the file writes (`process.env.X || "nats://…"`, `{ type, options: { url } }`)
 *   when they are unset. The cacher is a database the node uses (Redis); a memory cacher is none.
 *   The file is claimed by every unit: each node running the image uses its cacher.
 * - A broker made in code (`new ServiceBroker({ transporter: process.env.TRANSPORTER })`, often in
 *   an in-house package every deployable starts its node with): its options bind the same
 *   settings for the code of its folder, with no moleculer-runner override.
 * - `broker.createService({ name, actions, events })` registers a service on the node: a consuming
 *   connection when the schema has actions or events, whatever builds them. In-house wrappers
 *   build the schema from a class (`registerService(new Authorization())` → `createService({ name:
 *   service.name, actions, events })`), so the keys are there but their values are computed; the
 *   connection sits in the wrapper's method, and library reach gives it to the deployables that
 *   call that method, not to those that only call or broadcast through the same package.
 */
import { CONFIDENCE, type BindingFact, type ConnectionFact, type Fact, type SourceFile, type UnitFact } from '../../../core/discovery/facts.js';
import { extensionsOfLanguages, languageOf, type SyntaxTree } from '../../code-parser.js';
import type { Source, SourceContext } from '../../source.js';
import { folderOf, resolveRelative } from '../config/paths.js';
import type { SyntaxNode } from './code-model.js';
import { field, kids, lineOf, unquote } from './syntax-helpers.js';
// Test code starts brokers of its own (`new ServiceBroker({ transporter: "Fake" })`), which deploy nowhere.
import { isTestCode } from '../../../core/discovery/file-paths.js';

/** The setting moleculer-runner reads the services to load from. */
export const SERVICES_SETTING = 'SERVICES';
/** The settings the services' and config's connections are looked up under. */
export const TRANSPORTER_KEY = 'moleculer:transporter';
export const CACHER_KEY = 'moleculer:cacher';

/** How moleculer-runner finds services in a folder (`services/users.service.js`). */
const SERVICE_FILE = /\.service\.[cm]?[jt]s$/i;
const CONFIG_FILE = /(^|\/)moleculer\.config\.[cm]?[jt]s$/i;
/** Words a file must hold to be read at all (a cheap prefilter before parsing). */
const MAY_BE_MOLECULER = /\b(actions|events|mixins|transporter|cacher)\s*:|\b(ctx|broker)\.(call|mcall|emit|broadcast)\s*\(|\.createService\s*\(/;

/** The Moleculer source. */
export const moleculerSource: Source = {
  name: 'moleculer',
  extensions: extensionsOfLanguages(['javascript', 'typescript', 'tsx']),
  accepts: (path) => languageOf(path) !== undefined && ['javascript', 'typescript', 'tsx'].includes(languageOf(path) as string) && !isTestCode(path),
  read: readMoleculer,
};

async function readMoleculer(file: SourceFile, context: SourceContext): Promise<Fact[]> {
  // An object with a name and actions is not Moleculer's by itself (a Vuex module, a Vue
  // component): the file requires moleculer, is named as moleculer-runner loads services, or its
  // handlers take the Context every Moleculer handler gets as `ctx`. Asked before MAY_BE_MOLECULER,
  // whose `\b(…)` branches are tried from every word of every script file: the path and two
  // substring searches turn away nearly all of them for less.
  const config = CONFIG_FILE.test(file.path);
  if (!config && !file.text.includes('moleculer') && !(file.text.includes('ctx') && /\bctx\b/.test(file.text)) && !SERVICE_FILE.test(file.path)) return [];
  if (!MAY_BE_MOLECULER.test(file.text)) return [];
  const language = languageOf(file.path);
  if (!language) return [];
  let tree: SyntaxTree | undefined;
  try {
    tree = await context.parse(language, file.text);
    return config ? readConfig(tree.rootNode as unknown as SyntaxNode, file, context) : readServiceFile(tree.rootNode as unknown as SyntaxNode, file, context);
  } catch {
    return [];
  } finally {
    tree?.delete();
  }
}

/** Every node of a subtree, depth first (iterative: generated files nest deeply). */
export function descendants(root: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const node = pending.pop() as SyntaxNode;
    found.push(node);
    const children = kids(node);
    for (let index = children.length - 1; index >= 0; index -= 1) pending.push(children[index] as SyntaxNode);
  }
  return found;
}

/** The pairs of an object literal by key (`name: …`, `"name": …`, and `actions() {}`-style methods as keys with no value). */
export function pairsOf(object: SyntaxNode): Map<string, { value: SyntaxNode | undefined; node: SyntaxNode }> {
  const pairs = new Map<string, { value: SyntaxNode | undefined; node: SyntaxNode }>();
  for (const child of kids(object)) {
    if (child.type === 'pair') {
      const key = field(child, 'key');
      if (key) pairs.set(key.type === 'string' ? unquote(key.text) : key.text, { value: field(child, 'value'), node: child });
    } else if (child.type === 'method_definition') {
      const name = field(child, 'name');
      if (name) pairs.set(name.text, { value: undefined, node: child });
    } else if (child.type === 'shorthand_property_identifier') pairs.set(child.text, { value: undefined, node: child });
  }
  return pairs;
}

/** A string literal's text (a template without substitutions too); undefined for anything else. */
export function stringOf(node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'string') return unquote(node.text);
  if (node.type === 'template_string' && !kids(node).some((child) => child.type === 'template_substitution')) return node.text.slice(1, -1);
  return undefined;
}

/** Where each imported or required name of a file comes from: `const DbMixin = require("../mixins/db.mixin")`, `import ApiGateway from "moleculer-web"`. */
export function importsOf(root: SyntaxNode): Map<string, string> {
  const imports = new Map<string, string>();
  for (const node of descendants(root)) {
    if (node.type === 'import_statement') {
      const source = stringOf(field(node, 'source'));
      if (source === undefined) continue;
      for (const name of descendants(node)) if (name.type === 'identifier') imports.set(name.text, source);
    } else if (node.type === 'variable_declarator') {
      const value = field(node, 'value');
      const call = value?.type === 'call_expression' ? value : value?.type === 'member_expression' ? field(value, 'object') : undefined;
      if (call?.type !== 'call_expression' || field(call, 'function')?.text !== 'require') continue;
      const source = stringOf(kids(field(call, 'arguments') as SyntaxNode)[0]);
      const name = field(node, 'name');
      if (source === undefined || !name) continue;
      for (const identifier of name.type === 'identifier' ? [name] : descendants(name).filter((child) => /identifier/.test(child.type))) imports.set(identifier.text, source);
    }
  }
  return imports;
}

/** The names a `mixins: [...]` array uses: `DbMixin("users")`, `ApiGateway`, `CacheCleaner([…])`. */
function mixinNames(mixins: SyntaxNode | undefined): string[] {
  if (mixins?.type !== 'array') return [];
  return kids(mixins).flatMap((item) => {
    const head = item.type === 'call_expression' ? field(item, 'function') : item;
    return head?.type === 'identifier' ? [head.text] : [];
  });
}

/** Whether a call is made on a Moleculer context or broker: `ctx.call`, `this.broker.emit`, `broker.broadcast`. */
const RECEIVER = /^(ctx|context|broker|this\.broker|[A-Za-z_$][\w$]*\.broker)$/;
const CALL_METHOD = /^(call|mcall|emit|broadcast|broadcastLocal)$/;

/** The calls and emits of a file that travel through the transporter, with the first line making one. */
function transporterUses(root: SyntaxNode): { line: number; channel?: string }[] {
  const uses: { line: number; channel?: string }[] = [];
  for (const node of descendants(root)) {
    if (node.type === 'call_expression') {
      const callee = field(node, 'function');
      if (callee?.type !== 'member_expression') continue;
      const method = field(callee, 'property')?.text ?? '';
      const receiver = (field(callee, 'object')?.text ?? '').replace(/\s+/g, '');
      if (!CALL_METHOD.test(method) || !RECEIVER.test(receiver) || method === 'broadcastLocal') continue;
      const name = stringOf(kids(field(node, 'arguments') as SyntaxNode)[0]);
      // An action is `service.action`; an emitted event any name. A computed name still travels.
      if (method === 'call' && name !== undefined && !name.includes('.')) continue;
      uses.push({ line: lineOf(node), ...(name !== undefined ? { channel: name } : {}) });
    } else if (node.type === 'pair' && field(node, 'key')?.text === 'populates') {
      // moleculer-db: `populates: { author: "users.get", tags: { action: "tags.get" } }` calls each action.
      for (const pair of descendants(field(node, 'value') as SyntaxNode).filter((child) => child.type === 'pair')) {
        const action = stringOf(field(pair, 'value'));
        if (action !== undefined && /^[\w-]+(\.[\w-]+)+$/.test(action)) uses.push({ line: lineOf(pair), channel: action });
      }
    }
  }
  return uses;
}

/** A module a file names relative to itself, as a path from the scan root (no extension added). */
function modulePath(file: string, source: string): string | undefined {
  if (!source.startsWith('.')) return undefined;
  return resolveRelative(folderOf(file), source);
}

function messaging(role: 'produces' | 'consumes', line: number, context: SourceContext, channel?: string): ConnectionFact {
  return {
    type: 'connection',
    target: { key: TRANSPORTER_KEY },
    role,
    mechanism: 'messaging',
    ...(channel !== undefined ? { channel } : {}),
    targetKind: 'message-broker',
    evidence: context.evidenceAt(line),
    confidence: CONFIDENCE.resolved,
  };
}

/**
 * The lines of `<broker>.createService(schema)` calls whose schema has actions or events: a literal
 * object with such keys (shorthand `{ name, actions, events }` or computed values count: an
 * in-house wrapper builds them from a class), or a schema object declared in the file. A literal
 * `actions: {}` with nothing in it serves nothing.
 */
function registeredSchemas(root: SyntaxNode, imports: Map<string, string>): number[] {
  const lines: number[] = [];
  const declared = new Map<string, SyntaxNode>();
  for (const node of descendants(root)) {
    if (node.type !== 'variable_declarator') continue;
    const name = field(node, 'name');
    const value = field(node, 'value');
    if (name?.type === 'identifier' && value?.type === 'object') declared.set(name.text, value);
  }
  for (const node of descendants(root)) {
    if (node.type !== 'call_expression') continue;
    const callee = field(node, 'function');
    if (callee?.type !== 'member_expression' || field(callee, 'property')?.text !== 'createService') continue;
    const receiver = (field(callee, 'object')?.text ?? '').replace(/[\s?]+/g, '').replace(/\.$/, '');
    // A broker's method; anything else called createService (a factory of the file's own) is not Moleculer's.
    if (!/(^|\.)broker$/i.test(receiver) && !imports.has(receiver)) continue;
    let schema = kids(field(node, 'arguments') as SyntaxNode)[0];
    if (schema?.type === 'identifier') schema = declared.get(schema.text);
    if (schema?.type !== 'object') continue;
    const pairs = pairsOf(schema);
    const serves = ['actions', 'events'].some((key) => {
      const entry = pairs.get(key);
      if (!entry) return false;
      return entry.value?.type !== 'object' || kids(entry.value).some((child) => child.type !== '{' && child.type !== '}' && child.type !== ',' && child.type !== 'comment');
    });
    if (serves) lines.push(lineOf(node));
  }
  return lines;
}

/** A file of service schemas, or code calling services. */
function readServiceFile(root: SyntaxNode, file: SourceFile, context: SourceContext): Fact[] {
  const imports = importsOf(root);
  const facts: Fact[] = [];
  let gateway: number | undefined;
  let consumer: number | undefined;
  for (const object of descendants(root).filter((node) => node.type === 'object')) {
    const pairs = pairsOf(object);
    const name = stringOf(pairs.get('name')?.value);
    if (name === undefined || !(pairs.has('actions') || pairs.has('events') || pairs.has('mixins'))) continue;
    const mixins = mixinNames(pairs.get('mixins')?.value);
    const sources = mixins.map((mixin) => imports.get(mixin)).filter((source): source is string => source !== undefined);
    const files = [file.path, ...sources.map((source) => modulePath(file.path, source)).filter((path): path is string => path !== undefined)];
    const unit: UnitFact = { type: 'unit', name, setting: SERVICES_SETTING, files: [...new Set(files)], evidence: context.evidenceAt(lineOf(object)) };
    facts.push(unit);
    if (sources.includes('moleculer-web')) gateway ??= lineOf(pairs.get('mixins')?.node as SyntaxNode);
    const handlers = ['actions', 'events'].some((key) => {
      const value = pairs.get(key)?.value;
      return value?.type === 'object' && kids(value).length > 0;
    });
    if (handlers) consumer ??= lineOf(object);
  }
  for (const registered of registeredSchemas(root, imports)) consumer ??= registered;
  const brokerOptions = descendants(root)
    .filter((node) => node.type === 'new_expression' && /(^|\.)ServiceBroker$/.test((field(node, 'constructor')?.text ?? '').replace(/\s+/g, '')))
    .map((node) => kids(field(node, 'arguments') as SyntaxNode)[0])
    .filter((options): options is SyntaxNode => options?.type === 'object');
  for (const options of brokerOptions) facts.push(...brokerOptionFacts(options, file, context, false));
  const uses = transporterUses(root);
  // A plain module calling nothing and declaring no service is none of Moleculer's business.
  if (facts.length === 0 && uses.length === 0 && consumer === undefined) return [];
  if (consumer !== undefined) facts.push(messaging('consumes', consumer, context));
  if (gateway !== undefined) facts.push(messaging('produces', gateway, context));
  const seen = new Set<string>();
  for (const use of uses) {
    // A computed name is kept once per line: a wrapper's `call` and `broadcast` methods are each
    // reached by the deployables calling them, not by every user of the wrapper.
    const key = use.channel ?? `line:${use.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    facts.push(messaging('produces', use.line, context, use.channel));
  }
  return facts;
}

/** A transporter or cacher option as a connection address, with the line saying it. */
interface OptionValue {
  /** An env var it is read from (`process.env.TRANSPORTER`). */
  env?: string;
  /** A literal address or type (`nats://nats:4222`, `"NATS"`, `"Redis"`). */
  literal?: string;
  line: number;
}

/** `process.env.X`, `process.env["X"]`. */
export function envName(node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'member_expression' && (field(node, 'object')?.text ?? '').replace(/\s+/g, '') === 'process.env') return field(node, 'property')?.text;
  if (node.type === 'subscript_expression' && (field(node, 'object')?.text ?? '').replace(/\s+/g, '') === 'process.env') return stringOf(field(node, 'index'));
  return undefined;
}

/** What an option's value says: a string, an env var with a default, or `{ type, options: { url | servers | redis } }`. */
function optionValue(node: SyntaxNode | undefined, line: number): OptionValue[] {
  if (!node) return [];
  const text = stringOf(node);
  if (text !== undefined) return [{ literal: text, line }];
  const env = envName(node);
  if (env !== undefined) return [{ env, line }];
  if (node.type === 'binary_expression' && /^(\|\||\?\?)$/.test(field(node, 'operator')?.text ?? '')) {
    return [...optionValue(field(node, 'left'), line), ...optionValue(field(node, 'right'), line)];
  }
  if (node.type === 'parenthesized_expression') return optionValue(kids(node)[0], line);
  if (node.type === 'object') {
    const pairs = pairsOf(node);
    const options = pairs.get('options')?.value;
    const inner = options?.type === 'object' ? pairsOf(options) : undefined;
    const type = stringOf(pairs.get('type')?.value);
    const typed = type !== undefined ? [{ literal: type, line }] : [];
    // The address is `url`, `servers[0]`, `brokers[0]`, a connection string or `{ host, port }` under `redis`, or `host` and `port` themselves.
    for (const key of ['url', 'servers', 'redis', 'brokers', 'host']) {
      let holder = inner;
      let value = inner?.get(key)?.value;
      if (value?.type === 'array') value = kids(value)[0];
      if (value?.type === 'object') {
        holder = pairsOf(value);
        value = holder.get('url')?.value ?? holder.get('host')?.value;
      }
      const found = optionValue(value, value ? lineOf(value) : line);
      const port = holder?.get('port')?.value;
      const withPort = found.map((item) => (item.literal !== undefined && port?.type === 'number' && !item.literal.includes(':') ? { ...item, literal: `${item.literal}:${port.text}` } : item));
      if (withPort.length > 0) return [...withPort, ...typed];
    }
    return typed;
  }
  return [];
}

/** A transporter or cacher type named alone stands for the product's local default, which names no system. */
function isAddress(literal: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(literal) || /^[\w.-]+:\d{1,5}$/.test(literal);
}

/** `moleculer.config.js`: the transporter and cacher settings, and the cacher's use. */
function readConfig(root: SyntaxNode, file: SourceFile, context: SourceContext): Fact[] {
  const options = descendants(root).filter((node) => node.type === 'object' && (pairsOf(node).has('transporter') || pairsOf(node).has('cacher')));
  const config = options[0];
  if (!config) return [];
  const facts = brokerOptionFacts(config, file, context, true);
  if (facts.length > 0) facts.push({ type: 'unit', name: '*', setting: SERVICES_SETTING, files: [file.path], evidence: context.evidenceAt(lineOf(config)) });
  return facts;
}

/**
 * The transporter and cacher settings a broker's options bind for the code of their folder, and
 * the cacher's use. Under moleculer-runner (`runner`) the environment's TRANSPORTER and CACHER win
 * over what the options say; a broker made in code reads only what its options read.
 */
function brokerOptionFacts(config: SyntaxNode, file: SourceFile, context: SourceContext, runner: boolean): Fact[] {
  const facts: Fact[] = [];
  const scope = folderOf(file.path);
  const pairs = pairsOf(config);
  for (const [option, key, runnerEnv] of [['transporter', TRANSPORTER_KEY, 'TRANSPORTER'], ['cacher', CACHER_KEY, 'CACHER']] as const) {
    const entry = pairs.get(option);
    if (!entry?.value) continue;
    const line = lineOf(entry.node);
    const values = optionValue(entry.value, line);
    const binding = (value: string, fallback: boolean, at: number): BindingFact => ({ type: 'binding', scope, key, value, ...(fallback ? { fallback: true } : {}), evidence: context.evidenceAt(at) });
    // moleculer-runner's own override first, then what the file reads, then its default.
    if (runner) facts.push(binding(`$ref:${runnerEnv}`, false, line));
    let first = !runner;
    for (const value of values) {
      if (value.env !== undefined && (!runner || value.env !== runnerEnv)) facts.push(binding(`$ref:${value.env}`, !first, value.line));
      else if (value.literal !== undefined && isAddress(value.literal)) facts.push(binding(value.literal, !first, value.line));
      else continue;
      first = false;
    }
    if (option === 'cacher') {
      const memory = values.length > 0 && values.every((value) => value.literal !== undefined && /^memory(lru)?$/i.test(value.literal));
      if (memory) continue;
      const product = values.map((value) => value.literal ?? '').find((literal) => /redis|memcache/i.test(literal));
      const technology = product === undefined ? undefined : /redis/i.test(product) ? 'Redis' : 'Memcached';
      facts.push({ type: 'connection', target: { key }, role: 'uses', mechanism: 'database', ...(technology ? { technology } : {}), targetKind: 'database', evidence: context.evidenceAt(line), confidence: CONFIDENCE.resolved });
    }
  }
  return facts;
}
