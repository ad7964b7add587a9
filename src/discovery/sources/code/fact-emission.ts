/**
 * From call sites to facts: each site is tried against the user's rules first (they name
 * in-house clients and win over the built-in table), then against the family's signature table.
 * Afterwards the file is looked at as a whole: broker and store addresses read from client
 * constructions are lent to the file's producers and consumers of the same technology, and a
 * gRPC dial whose address fed a stub is not reported twice.
 */
import { CONFIDENCE, distinctFacts, type BindingFact, type ConnectionFact, type ConnectionRole, type Evidence, type EvidenceAt, type Fact, type FactCondition, type ProvidesFact, type TargetRef } from '../../../core/discovery/facts.js';
import type { UserRule } from '../../../core/discovery/user-rules.js';
import type { Mechanism, SystemKind } from '../../../core/model/vocabulary.js';
import { candidateNames, compiled, importsAny, patternMatches, type CompiledPattern } from './callee-patterns.js';
import { sharedName, type CallSite, type FileModel, type Pick, type ReadTarget, type Signature, type SiteTools, type SyntaxNode, type Value } from './code-model.js';
import { constructedPackage } from './import-aliases.js';
import { isSecretKey, redact } from '../../../core/discovery/redact.js';
import { lineOf } from './syntax-helpers.js';
import { channelNames, firstOf, readTarget, technologyOf } from './targets.js';
import { isNode, type Evaluator } from './value-evaluation.js';
import { GO_COMMAND_FOLDER, folderOf } from '../../../core/discovery/file-paths.js';
import { BranchConditions } from './branch-conditions.js';
import { heldInBranches } from './go-held-clients.js';
import { hasHttpScheme } from '../../../core/discovery/addresses.js';
import { isBrowserCode } from './browser-code.js';
import { isPhoneHomeCall } from './phone-home.js';
import { markVendorCalls } from './vendor-mentions.js';
import { foldSignInCalls } from './sign-in-calls.js';
import { CONFIGMAP_CONSTANT, CONFIGMAP_NAME_FLAG, CONFIGMAP_NAME_KEY } from '../../../core/discovery/configmap-documents.js';
import { clientPostsGraphql, postsGraphqlQuery } from './graphql-bodies.js';

/** The kind of system a mechanism's target is, when the mechanism alone says. */
const KIND_OF: Partial<Record<Mechanism, SystemKind>> = { messaging: 'message-broker', database: 'database', 'file-transfer': 'file-store', email: 'saas' };

/** The technology a mechanism implies when the signature names none. */
const TECHNOLOGY_OF: Partial<Record<Mechanism, string>> = { rest: 'HTTP', graphql: 'GraphQL', soap: 'SOAP', grpc: 'gRPC', email: 'SMTP' };

/** The mechanisms a product phones home over (phone-home.ts): web APIs. */
const PHONE_HOME_MECHANISMS: ReadonlySet<Mechanism> = new Set<Mechanism>(['rest', 'graphql']);

/** gRPC services every server registers; they say nothing about the application. */
const PLUMBING_SERVICES = new Set(['Health', 'ServerReflection', 'Reflection', '']);

/** Picks whose values are host names even when bare (`host: 'db'`, `Addr: "redis"`). */
const HOST_PICK = /host|server|addr|address|endpoint|broker/i;

interface IndexedSignature {
  signature: Signature;
  patterns: CompiledPattern[];
}

/** A signature table indexed by the last name of its patterns, so a site is tried against few. */
export class SignatureIndex {
  private readonly byName = new Map<string, IndexedSignature[]>();
  private readonly wildcard: IndexedSignature[] = [];
  private readonly order = new Map<Signature, number>();

  constructor(signatures: readonly Signature[]) {
    signatures.forEach((signature, index) => {
      this.order.set(signature, index);
      const patterns = signature.call.map(compiled);
      const entry = { signature, patterns };
      const names = new Set(patterns.map((pattern) => pattern.lastName));
      if (names.has(undefined)) this.wildcard.push(entry);
      for (const name of names) if (name !== undefined) this.add(name, entry);
    });
  }

  private add(name: string, entry: IndexedSignature): void {
    const list = this.byName.get(name);
    if (list) list.push(entry);
    else this.byName.set(name, [entry]);
  }

  /**
   * The constructor a package's default export or namespace is built as (`new ioRedis(…)` of
   * `import ioRedis from 'ioredis'` is `new Redis`): the one signature listing the package among
   * its imports with a plain `new X` pattern, and its first such name; undefined when none or
   * several signatures could be meant.
   */
  defaultConstructor(module: string): { name: string; entry: IndexedSignature } | undefined {
    if (this.constructors.has(module)) return this.constructors.get(module);
    const found = this.findDefaultConstructor(module);
    this.constructors.set(module, found);
    return found;
  }

  private readonly constructors = new Map<string, { name: string; entry: IndexedSignature } | undefined>();

  private findDefaultConstructor(module: string): { name: string; entry: IndexedSignature } | undefined {
    let found: { name: string; entry: IndexedSignature } | undefined;
    for (const entry of [...this.order.keys()].map((signature) => ({ signature, patterns: signature.call.map(compiled) }))) {
      if (!entry.signature.imports || !importsAny([module], entry.signature.imports)) continue;
      const name = entry.patterns.find((pattern) => pattern.kind === 'new' && pattern.lastName !== undefined)?.lastName;
      if (name === undefined) continue;
      if (found) return undefined;
      found = { name, entry };
    }
    return found;
  }

  /** The signatures that may match a site, in table order. */
  candidates(site: CallSite): IndexedSignature[] {
    let named = this.byName.get(site.name) ?? [];
    // `send` imported as `post as send` is tried as `post` too.
    for (const name of new Set((site.unaliased ?? []).map((each) => each.slice(each.lastIndexOf('.') + 1)))) {
      const more = name === site.name ? undefined : this.byName.get(name);
      if (more) named = [...new Set([...named, ...more])].sort((a, b) => (this.order.get(a.signature) ?? 0) - (this.order.get(b.signature) ?? 0));
    }
    if (this.wildcard.length === 0) return named;
    return [...named, ...this.wildcard].sort((a, b) => (this.order.get(a.signature) ?? 0) - (this.order.get(b.signature) ?? 0));
  }
}

interface Pending {
  fact: ConnectionFact;
  known: ReadTarget['known'];
  site: CallSite;
}

interface Endpoint {
  technology: string;
  read: ReadTarget;
  signature: Signature;
  site: CallSite;
}

/** Everything emission needs about one file. */
export interface EmissionInput {
  model: FileModel;
  evaluator: Evaluator;
  index: SignatureIndex;
  rules: readonly UserRule[];
  evidenceAt: EvidenceAt;
  /** The file's path, which tells browser code (see browser-code.ts). */
  path?: string;
}

/** How sure a fact is, from how its target was known. */
function confidenceOf(known: ReadTarget['known'], role: ConnectionRole, channel: string | undefined): number {
  if (known !== 'none') return CONFIDENCE.literal;
  // A producer of a named topic or a user of a named bucket is certain even when the broker or
  // store is configured elsewhere: the channel is what joins it to the other side.
  return role !== 'calls' && channel ? CONFIDENCE.literal : CONFIDENCE.inferred;
}

/** The first pick that yields a literal (the dialect of a database client). */
function firstLiteral(evaluator: Evaluator, site: CallSite, picks: readonly Pick[], wanted: RegExp = /./): string | undefined {
  for (const pick of picks) {
    const value = firstOf(evaluator.valueAt(site, pick));
    if (value.kind === 'literal' && wanted.test(value.text)) return value.text;
  }
  return undefined;
}

/**
 * A database client's dialect: a literal, or the default of the setting or flag that holds it
 * (`flag.StringVar(&p.dbDriver, "db_driver", "mysql", …)` then `sql.Open(p.dbDriver, dsn)`). A
 * driver name is no address, so the evaluator keeps it apart from the defaults it binds.
 */
function dialectAt(model: FileModel, evaluator: Evaluator, site: CallSite, picks: readonly Pick[]): string | undefined {
  const literal = firstLiteral(evaluator, site, picks);
  if (literal !== undefined) return literal;
  for (const pick of picks) {
    const value = firstOf(evaluator.valueAt(site, pick));
    // `func initDB(params serverParams)`: the field is the flag's wherever the file sets it (`&params.dbDriver`).
    const keys = value.kind === 'env' ? [value.key] : value.kind === 'ref' ? flagKeysOf(model, evaluator, value.name) : [];
    for (const key of keys) {
      const stated = evaluator.statedDefaults.get(key) ?? statedFlagDefault(model, evaluator, key);
      if (stated !== undefined && technologyOf(stated) !== undefined) return stated;
    }
  }
  return undefined;
}

/** The settings a name the file binds to a flag or env read holds (`dbDriver` of `flag.StringVar(&p.dbDriver, "db_driver", …)`). */
function flagKeysOf(model: FileModel, evaluator: Evaluator, name: string): string[] {
  const field = name.split('.').pop() ?? name;
  return (model.bindings.get(field) ?? []).flatMap((binding) => {
    const value = isNode(binding) ? evaluator.value(binding) : binding;
    return value.kind === 'env' ? [value.key] : [];
  });
}

/** The literal default a flag or configuration key of the file states (go-flags.ts's keySources). */
function statedFlagDefault(model: FileModel, evaluator: Evaluator, key: string): string | undefined {
  for (const source of model.keySources ?? []) {
    if (source.key !== key) continue;
    if (source.value !== undefined) return source.value;
    const value = source.fallback ? evaluator.value(source.fallback) : undefined;
    if (value?.kind === 'literal') return value.text;
  }
  return undefined;
}

/** An argument's own name that says it holds the server (`params.dbHost`, `addr`, `cfg.MySQLServer`), not its port or credentials. */
const HOST_ARGUMENT = /(?:^|[._])(?:\w*(?:host|addr|address|server)(?:name)?)$/i;
const NOT_HOST_ARGUMENT = /port|user|pass|pwd/i;

/**
 * The server of a DSN built by a function the file cannot follow (another package's
 * `client.CreateMySQLConfig(user, pwd, params.dbHost, port, …)`, then `cfg.FormatDSN()`): the
 * argument of the builder whose name says it is the host. Asked only when the driver is known, so
 * the call is a database client and the host is the database's.
 */
function builderHost(evaluator: Evaluator, site: CallSite, picks: readonly Pick[]): ReadTarget | undefined {
  for (const pick of picks) {
    const node = evaluator.nodeAt(site, pick);
    if (!node) continue;
    const shape = evaluator.shapeOf(node);
    const resolved = shape.kind === 'name' ? evaluator.bindingOf(node) : undefined;
    const bound = resolved ? evaluator.shapeOf(resolved) : undefined;
    const own = shape.kind === 'call' ? shape.site : bound?.kind === 'call' ? bound.site : undefined;
    if (!own) continue;
    for (const builder of [own, ...evaluator.chainSites(own)]) {
      const hosts = builder.args.filter((arg) => HOST_ARGUMENT.test(evaluator.text(arg)) && !NOT_HOST_ARGUMENT.test(evaluator.text(arg).split('.').pop() ?? ''));
      if (hosts.length !== 1) continue;
      const read = readTarget(evaluator.value(hosts[0] as SyntaxNode), { bareHost: true });
      if (read.known !== 'none') return read;
    }
  }
  return undefined;
}

/**
 * The targets at the first pick that names one: one, or one per element when the call is made
 * for each of several values in turn (a loop over a dictionary of upstreams).
 */
function targetsAt(evaluator: Evaluator, site: CallSite, picks: readonly Pick[], bareHost: boolean, port: Value | undefined): ReadTarget[] {
  for (const pick of picks) {
    const value = evaluator.valueAt(site, pick);
    if (value.kind === 'unknown') continue;
    const options = { bareHost: bareHost || (typeof pick === 'string' && HOST_PICK.test(pick)), ...(port ? { port } : {}) };
    const all = (value.kind === 'list' && value.each ? value.items : [value]).map((item) => readTarget(item, options));
    const reads = all.filter((read) => read.known !== 'none');
    if (reads.length > 0) return reads;
    // A path on the site that served the code, kept for a browser bundle (ConnectionFact.relativePath).
    const relative = all.find((read) => read.path !== undefined);
    if (relative) return [relative];
  }
  return [];
}

/** The key of a value that is one Spring or .NET placeholder and nothing else: `${policy.queues.quote-requests}`. */
function settingPlaceholder(text: string): string | undefined {
  return /^\$\{([A-Za-z0-9_.\-]+)(?::[^}]*)?\}$/.exec(text.trim())?.[1];
}

/** Where a constant of another file is bound for channel and component names (see sharedBindings). */
export const CONSTANT_KEY = 'code:const:';

/**
 * The channels the first non-empty channel pick names; a constant of another file
 * (`Topics.Created`) as a reference, `$ref:code:const:Topics.Created`, which resolution looks up.
 * A channel read from configuration (`@Value("${policy.queues.quote-requests}") String queue`,
 * `@JmsListener(destination = "${…}")`, an env read) is a reference to its key, looked up in
 * the component's own settings.
 */
export function channelsAt(evaluator: Evaluator, site: CallSite, picks: readonly Pick[]): string[] {
  for (const pick of picks) {
    const value = evaluator.channelAt(site, pick);
    if (value.kind === 'ref') return [`$ref:${CONSTANT_KEY}${value.name}`];
    if (value.kind === 'env') return [`$ref:${value.key}`];
    const key = value.kind === 'literal' ? settingPlaceholder(value.text) : undefined;
    if (key !== undefined) return [`$ref:${key}`];
    const names = channelNames(value);
    if (names.length > 0) return [...new Set(names)];
  }
  return [];
}

/** A component name given as a constant of another file: the key of its binding, for resolution to complete the component key with. */
function constantAt(evaluator: Evaluator, site: CallSite, picks: readonly Pick[]): string | undefined {
  for (const pick of picks) {
    const value = firstOf(evaluator.valueAt(site, pick));
    if (value.kind === 'ref') return `${CONSTANT_KEY}${value.name}`;
    if (value.kind !== 'unknown') return undefined;
  }
  return undefined;
}

/** Makes the tools signature hooks use. */
function toolsOf(evaluator: Evaluator): SiteTools {
  return {
    value: (site, pick) => evaluator.valueAt(site, pick),
    node: (site, pick) => evaluator.nodeAt(site, pick),
    chain: (site) => evaluator.chainSites(site).map((link) => link.name),
    text: (node) => evaluator.text(node),
    channels: (site, pick) => channelsAt(evaluator, site, [pick]),
  };
}

/** Whether a rule applies to a file's language. */
export function ruleApplies(rule: UserRule, language: FileModel['language']): boolean {
  const wanted = rule.language ?? 'any';
  if (wanted === 'any') return true;
  if (wanted === 'csharp') return language === 'c_sharp';
  if (wanted === 'typescript') return language === 'typescript' || language === 'tsx';
  return wanted === language;
}

/** The facts of one file. */
export function emitFacts(input: EmissionInput): Fact[] {
  const { model, evaluator, index, evidenceAt } = input;
  const browser = input.path !== undefined && isBrowserCode(input.path, model.imports);
  const tools = toolsOf(evaluator);
  const rules = input.rules.filter((rule) => ruleApplies(rule, model.language)).map((rule) => ({ rule, pattern: compiled(rule.call) }));
  const pending: Pending[] = [];
  const provides = new Map<string, ProvidesFact>();
  const endpoints: Endpoint[] = [];
  // Where a site's signatures put what they find (the facts of one element of a loop, see perElement).
  let sink = pending;
  let endpointSink = endpoints;
  const branches = new BranchConditions(evaluator, model.bindings, model.language);

  const connection = (site: CallSite, role: ConnectionRole, mechanism: Mechanism, read: ReadTarget, extra: { technology?: string; channel?: string; targetKind?: SystemKind }): void => {
    const targetKind = extra.targetKind ?? KIND_OF[mechanism];
    const conditions = branches.around(site.node);
    const fact: ConnectionFact = {
      type: 'connection',
      target: read.target,
      role,
      mechanism,
      ...(extra.technology ? { technology: extra.technology } : {}),
      ...(extra.channel ? { channel: extra.channel } : {}),
      ...(targetKind ? { targetKind } : {}),
      ...(conditions.length > 0 ? { conditions } : {}),
      ...(read.known === 'none' && read.path !== undefined ? { relativePath: read.path } : {}),
      // A product's telemetry or update check sent home (phone-home.ts): an edge only to a deployed system.
      ...(role === 'calls' && PHONE_HOME_MECHANISMS.has(mechanism) && isPhoneHomeCall(site.node, input.path, read.target.key) ? { phoneHome: true } : {}),
      evidence: evidenceAt(site.line),
      confidence: confidenceOf(read.known, role, extra.channel),
    };
    sink.push({ fact, known: read.known, site });
  };

  for (const site of model.sites) {
    let signatures = index.candidates(site);
    // `new ioRedis(…)` of `import ioRedis from 'ioredis'`: the package's constructor whatever its local spelling.
    const constructed = constructedPackage(site, model);
    const ctor = constructed !== undefined ? index.defaultConstructor(constructed) : undefined;
    if (ctor && !signatures.some((candidate) => candidate.signature === ctor.entry.signature)) signatures = [ctor.entry, ...signatures];
    if (signatures.length === 0 && rules.length === 0) continue;
    const typed = evaluator.qualified(site);
    const names = candidateNames(site, typed, model.aliases);
    if (ctor) {
      names.whole.push(ctor.name);
      names.tails.push(ctor.name);
    }

    // A rule names the call as written; `AcmeClient` matches both `AcmeClient(…)` and `new AcmeClient(…)`.
    const rule = rules.find(({ pattern }) =>
      pattern.kind === 'call' && (site.kind === 'call' || site.kind === 'new') ? patternMatches({ ...pattern, kind: site.kind }, site, names) : patternMatches(pattern, site, names),
    );
    if (rule) {
      const first = pending.length;
      const value = evaluator.valueAt(site, rule.rule.target ?? 0);
      const technology = rule.rule.technology ?? `rule:${rule.rule.id}`;
      const messaging = rule.rule.role === 'produces' || rule.rule.role === 'consumes';
      if (messaging) {
        const channels = channelNames(value);
        const target: TargetRef = rule.rule.broker ? { component: rule.rule.broker } : {};
        const read: ReadTarget = { target, known: rule.rule.broker ? 'literal' : 'none' };
        for (const channel of channels.length > 0 ? channels : [undefined]) {
          connection(site, rule.rule.role, rule.rule.mechanism, read, { technology, ...(channel ? { channel } : {}), targetKind: 'message-broker' });
        }
      } else connection(site, rule.rule.role, rule.rule.mechanism, readTarget(value, { bareHost: true }), { technology });
      // The user said what the call is: as sure as a literal, whatever its target.
      for (const entry of pending.slice(first)) entry.fact.confidence = CONFIDENCE.literal;
      continue;
    }

    // A call inside a loop over a few literal values (`foreach (var name in new[] { … })`) is read
    // once per value, so what it names and where it connects stay paired.
    const perValue = evaluator.perElement(() => {
      const found: Pending[] = [];
      const located: Endpoint[] = [];
      sink = found;
      endpointSink = located;
      try {
        matchSignatures(site, signatures, names);
      } finally {
        sink = pending;
        endpointSink = endpoints;
      }
      return { found, located };
    });
    for (const { found, located } of perValue) {
      pending.push(...found);
      endpoints.push(...located);
    }
  }

  /** The call of the forward proxy a client is handed, besides whatever it calls through it. */
  function callsProxy(site: CallSite, picks: readonly Pick[], portPicks: readonly Pick[] | undefined): void {
    const portText = portPicks ? firstLiteral(evaluator, site, portPicks, /^\d{1,5}$/) : undefined;
    for (const read of targetsAt(evaluator, site, picks, true, portText !== undefined ? { kind: 'literal', text: portText } : undefined)) {
      const first = sink.length;
      connection(site, 'calls', 'rest', read, { technology: 'HTTP' });
      for (const entry of sink.slice(first)) entry.fact.forwardProxy = true;
    }
  }

  function matchSignatures(site: CallSite, signatures: ReturnType<SignatureIndex['candidates']>, names: ReturnType<typeof candidateNames>): void {
    for (const { signature, patterns } of signatures) {
      if (!patterns.some((pattern) => patternMatches(pattern, site, names))) continue;
      if (signature.imports && !importsAny(model.imports, signature.imports)) continue;
      if (signature.serverOnly && browser) continue;
      if (signature.requires && !signature.requires.some((key) => evaluator.nodeAt(site, key) !== undefined)) continue;
      if (signature.receiverType) {
        const type = evaluator.receiverType(site);
        if (type !== undefined && !signature.receiverType.test(type)) continue;
      }
      const refinement = signature.refine?.(site, tools);
      if (refinement === false) continue;
      if (signature.proxy) callsProxy(site, signature.proxy, signature.proxyPort);
      if (signature.role === 'provides') {
        const service = signature.service?.(site);
        if (service === undefined || PLUMBING_SERVICES.has(service)) break;
        if (!provides.has(service)) provides.set(service, { type: 'provides', api: service, protocol: 'grpc', names: [service], evidence: evidenceAt(site.line) });
        break;
      }
      const portText = signature.port ? firstLiteral(evaluator, site, signature.port, /^\d{1,5}$/) : undefined;
      const port: Value | undefined = portText !== undefined ? { kind: 'literal', text: portText } : undefined;
      const component = signature.componentKey !== undefined ? firstLiteral(evaluator, site, refinement?.target ?? signature.target ?? []) : undefined;
      // `PublishEventAsync(PubSubNames.Orders, …)`: the key is completed in resolution, `dapr:component:{code:const:PubSubNames.Orders}`.
      const constant = signature.componentKey !== undefined && component === undefined ? constantAt(evaluator, site, refinement?.target ?? signature.target ?? []) : undefined;
      const reads = signature.componentKey === undefined ? targetsAt(evaluator, site, refinement?.target ?? signature.target ?? [], signature.bareHost === true, port) : [];
      let read: ReadTarget =
        signature.componentKey === undefined
          ? (reads[0] ?? { target: {}, known: 'none' })
          : component !== undefined
            ? { target: { key: `${signature.componentKey}${component}` }, known: 'key' }
            : constant !== undefined
              ? { target: { key: `${signature.componentKey}{${constant}}` }, known: 'key' }
              : { target: {}, known: 'none' };
      const key = refinement?.key ?? signature.key;
      if (read.known === 'none' && key) read = { target: { key }, known: 'key' };
      if (read.known === 'none' && signature.component !== undefined) read = { target: { component: signature.component }, known: 'literal' };
      if (refinement?.keyFirst !== undefined && read.known === 'literal' && read.target.url === undefined) read = { ...read, target: { ...read.target, key: refinement.keyFirst } };
      const relative = read.known === 'none' && read.path !== undefined;
      if (signature.knownOnly && read.known === 'none' && !(signature.relative !== undefined && relative)) break;
      if (signature.relative === 'only' && !relative) break;
      const dialect = signature.dialect ? dialectAt(model, evaluator, site, signature.dialect) : undefined;
      const dialectTechnology = dialect !== undefined ? technologyOf(dialect) : undefined;
      if (read.known === 'none' && dialectTechnology !== undefined && model.language === 'go') read = builderHost(evaluator, site, refinement?.target ?? signature.target ?? []) ?? read;
      let mechanism = refinement?.mechanism ?? signature.mechanism;
      // An API call's technology is its protocol (a gRPC channel to `http://cart:7070` is gRPC, not HTTP);
      // a store's or broker's may come from the address's scheme.
      let technology = refinement?.technology ?? signature.technology ?? dialectTechnology ?? TECHNOLOGY_OF[signature.mechanism] ?? read.technology;
      // A `/graphql` path, or a GraphQL request as the body (its own, or of the calls made through the client it builds), whatever the address (graphql-bodies.ts).
      if (mechanism === 'rest' && ((read.path && /\/graphql\/?$/i.test(read.path)) || postsGraphqlQuery(evaluator, site) || clientPostsGraphql(evaluator, model.sites, site))) {
        mechanism = 'graphql';
        if (!technology || technology === 'HTTP') technology = 'GraphQL';
      }
      technology ??= TECHNOLOGY_OF[mechanism];
      if (signature.role === 'endpoint' && signature.bus !== undefined && technology) {
        const first = sink.length;
        connection(site, 'uses', 'messaging', read, { technology, targetKind: 'message-broker' });
        for (const entry of sink.slice(first)) Object.assign(entry.fact, { endpoint: true, bus: signature.bus });
        break;
      }
      if (signature.role === 'endpoint') {
        if (technology) endpointSink.push({ technology, read, signature, site });
        break;
      }
      const role = refinement?.role ?? signature.role;
      const first = sink.length;
      const service = signature.service?.(site);
      // A setting that is the address (an SQS queue URL read from the environment) is not also a channel name.
      const channels = (refinement?.channel ? [refinement.channel] : service ? [service] : signature.channel ? channelsAt(evaluator, site, signature.channel) : []).filter(
        (channel) => !reads.some((each) => each.target.key !== undefined && channel === `$ref:${each.target.key}`),
      );
      // A call made for each of several upstreams in turn calls every one of them.
      for (const each of [read, ...reads.slice(1)]) {
        for (const channel of channels.length > 0 ? channels : [undefined]) {
          connection(site, role, mechanism, each, { ...(technology ? { technology } : {}), ...(channel ? { channel } : {}), ...(signature.targetKind ? { targetKind: signature.targetKind } : {}) });
        }
        if (signature.answered) {
          const response = site.typeArgs[0]?.split('.').pop();
          connection(site, 'consumes', mechanism, each, { ...(technology ? { technology } : {}), ...(response ? { channel: response } : {}), ...(signature.targetKind ? { targetKind: signature.targetKind } : {}) });
        }
      }
      for (const more of refinement?.more ?? []) {
        for (const channel of more.channel !== undefined ? [more.channel] : channels.length > 0 ? channels : [undefined]) {
          connection(site, more.role, more.mechanism ?? mechanism, read, { ...(technology ? { technology } : {}), ...(channel ? { channel } : {}), ...(signature.targetKind ? { targetKind: signature.targetKind } : {}) });
        }
      }
      if (refinement?.namedClient) for (const entry of sink.slice(first)) entry.fact.namedClient = refinement.namedClient;
      if (signature.schemeDecides) {
        const http = statesHttpDefault(site.args[0], model, evaluator);
        for (const entry of sink.slice(first)) {
          if (http && entry.fact.mechanism === 'grpc') speaksHttp(entry.fact);
          else entry.fact.schemeDecides = true;
        }
      }
      if (refinement?.dataAccess) for (const entry of sink.slice(first)) entry.fact.dataAccess = true;
      if (refinement?.throughStore) for (const entry of sink.slice(first)) entry.fact.throughStore = true;
      if (refinement?.rolesByCaller) for (const entry of sink.slice(first)) entry.fact.rolesByCaller = refinement.rolesByCaller;
      break;
    }
  }

  lendEndpoints(pending, endpoints, connection, (site) => branches.around(site.node));
  const kept = dropFedDials(pending, evaluator);
  const facts: Fact[] = (model.language === 'go' ? heldInBranches(kept, (node) => branches.around(node)) : kept).map((entry) => entry.fact);
  // A call whose address is read at run time, in a file whose literals name one vendor's API host, is that vendor's.
  // Not in browser code, whose calls are the page's own.
  markVendorCalls(
    browser ? [] : facts.filter((fact): fact is ConnectionFact => fact.type === 'connection'),
    () => kept[0]?.site.node.tree.rootNode,
  );
  // A vendor's token endpoint called beside its one API product the file calls is that product's (sign-in-calls.ts).
  foldSignInCalls(facts.filter((fact): fact is ConnectionFact => fact.type === 'connection'));
  const shared = [...sharedBindings(model, evaluator, evidenceAt), ...keySourceBindings(model, evaluator, evidenceAt)];
  return [...distinctFacts(facts), ...provides.values(), ...shared, ...defaultBindings(evaluator, evidenceAt)];
}


/**
 * The folder of the Go module holding a file, as far as its path tells: the one holding its first
 * `cmd/`, `internal/` or `pkg/` (`internal/counter/config/config.go` → the root), else the file's own.
 */
export function goModuleFolderOf(file: string): string {
  const segments = folderOf(file).split('/');
  const at = segments.findIndex((segment) => segment === 'cmd' || segment === 'internal' || segment === 'pkg');
  return at >= 0 ? segments.slice(0, at).join('/') : folderOf(file);
}

/**
 * A Go argument naming a prefix of variables (`"XX_AUTH_GRPC_"`, an upper-case start ending with
 * `_`) given to a function of the module: the text, for the function's variables named on it
 * (go-prefixed-structs.ts); no address, so boundValue keeps nothing for it.
 */
function carriedPrefix(name: string, value: Value, language: FileModel['language']): string | undefined {
  return language === 'go' && name.startsWith('param:') && value.kind === 'literal' && /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_$/.test(value.text) ? value.text : undefined;
}

/**
 * The folder a Go module's packages are under, as far as a path tells: the one holding `cmd/`
 * (`svc/cmd/api/main.go` → `svc`), else the file's own folder (a `main.go` at the module root).
 * A JVM module's sources (`bout/src/main/java/…`) are the module's, whose classes read each
 * other whatever their package: the folder holding `src/main/`.
 */
function moduleFolderOf(file: string): string {
  const jvm = /^(?:(.*)\/)?src\/main\/(?:java|kotlin)(?:\/|$)/.exec(folderOf(file));
  if (jvm) return jvm[1] ?? '';
  const segments = folderOf(file).split('/');
  const cmd = segments.lastIndexOf('cmd');
  return cmd >= 0 ? segments.slice(0, cmd).join('/') : folderOf(file);
}

/**
 * Whether a shared constant may name a channel or a component: a word of letters (not a number,
 * not an address, which is bound as one), of a constant whose name does not speak of a secret
 * (`Password`, `ApiKey`), outside Go (whose shared names are struct fields and variables, not constants).
 */
function isPlainName(text: string, name: string, language: FileModel['language']): boolean {
  const trimmed = text.trim();
  if (language === 'go' || name.includes(':') || isSecretKey(name.split('.').pop() ?? name)) return false;
  if (!/^[A-Za-z][\w.\-/]{0,199}$/.test(trimmed) || redact(trimmed) !== trimmed) return false;
  return readTarget({ kind: 'literal', text: trimmed }, { bareHost: false }).known === 'none';
}

/**
 * What a binding holds for a value the code gives a name: an env read or another file's name as a
 * reference (`$ref:CART_ADDR`, `$ref:code:cartSvcAddr`), an address (masked), or nothing.
 * `bareHost`: a bare word is an address (the value of a `host` option).
 */
export function boundValue(input: Value, bareHost = false): string | undefined {
  const value = firstOf(input);
  if (value.kind === 'env') return `$ref:${value.key}`;
  if (value.kind === 'ref') return `$ref:code:${value.name}`;
  if (value.kind !== 'literal' && value.kind !== 'prefix') return undefined;
  const read = readTarget(value, { bareHost });
  if (read.known === 'literal') return redact(value.text.trim());
  return read.known === 'key' && read.target.key ? `$ref:${read.target.key}` : undefined;
}

/**
 * Bindings for the names other files of the package or module may read: a field set from an env
 * var (`code:cartSvcAddr` → `$ref:CART_SERVICE_ADDR`), an exported constant holding an address
 * (masked), or a name passing on another shared name (`code:cartSvcConn` → `$ref:code:cartSvcAddr`).
 */
function sharedBindings(model: FileModel, evaluator: Evaluator, evidenceAt: EvidenceAt): BindingFact[] {
  const facts: BindingFact[] = [];
  const flags = new BranchConditions(evaluator, model.bindings, model.language);
  for (const [name, { value: binding, at, fallback, module, ambiguous, references, qualified, program }] of model.shared) {
    if (ambiguous) continue;
    const value = firstOf(isNode(binding) ? evaluator.value(binding) : binding);
    let bound: string | undefined;
    // A module-wide name passes on another name only when that one is module-wide too (a struct
    // field by its type, a parameter), or when it is a typed field, whose setter names the
    // program's own variables (a flag's): a package's name read elsewhere would be another's.
    if (value.kind === 'ref') {
      if (value.name !== name && (!module || references || /^(?:field|param|method):|^\w+\.\w+\(\)$/.test(value.name))) bound = boundValue(value);
    } else bound = boundValue(value) ?? carriedPrefix(name, value, model.language);
    const evidence = evidenceAt(lineOf(at));
    // A constant holding a plain name (`PubSubName = "pubsub"`, `ORDERS_TOPIC = 'orders'`) is bound
    // apart (`code:const:NAME`), for channels and component names only: read as an address, a
    // word such as `orders` would pass for a host.
    if (value.kind === 'literal' && !module && isPlainName(value.text, name, model.language)) {
      facts.push({ type: 'binding', scope: folderOf(evidence.file), key: `${CONSTANT_KEY}${name}`, value: value.text.trim(), evidence });
    }
    if (!module && isNode(binding) && importsObjectsByPath(model.language)) facts.push(...objectPathBindings(name, binding, model, evaluator, evidenceAt, flags));
    // A Go constant naming a ConfigMap (`ConfigMapName = "workflow-controller-configmap"`) is the
    // default another package's `--configmap` flag is given (core configmap-documents.ts); a plain
    // name, which no address reading binds.
    if (model.language === 'go' && qualified && value.kind === 'literal' && CONFIGMAP_CONSTANT.test(name.split('.').pop() ?? '')) {
      facts.push({ type: 'binding', scope: '', key: `code:${name}`, value: value.text.trim(), evidence });
    }
    if (bound === undefined) {
      const flag = !module && isNode(binding) ? flagBinding(`code:${sharedName(name)}`, binding, flags, evidence) : [];
      facts.push(...flag);
      continue;
    }
    // A Go `main` package is one program (`cmd/rate/`): its functions' parameters are given only in
    // its own folder, and every program of the module may have an `initializeDatabase` of its own.
    // What it gives a library's function (`sdk.NewSDK(sdk.Config{ThingsURL: …})`) is its own too,
    // bound to its folder, which resolution applies to the library's code the program runs.
    const programOnly = name.startsWith('param:main.') || program === true;
    // A name qualified by its package (`common.DefaultRedisAddr`) is read wherever the package is imported: for the whole scan.
    const scope = qualified ? '' : module && !programOnly ? moduleFolderOf(evidence.file) : folderOf(evidence.file);
    facts.push({ type: 'binding', scope, key: `code:${sharedName(name)}`, value: bound, ...(fallback ? { fallback } : {}), evidence });
    // What a program's command folder gives a shared package's function (`cmd/things` calling
    // `postgres.Setup("XX_THINGS_DB_")`) is that program's first: every command of the module passes its own.
    if (model.language === 'go' && name.startsWith('param:') && GO_COMMAND_FOLDER.test(folderOf(evidence.file)) && scope !== folderOf(evidence.file)) {
      facts.push({ type: 'binding', scope: folderOf(evidence.file), key: `code:${sharedName(name)}`, value: bound, ...(fallback ? { fallback } : {}), evidence });
    }
    // The variables read instead when the code chooses at run time: resolution tries them in turn
    // when the first is set nowhere (`IS_CLOUD ? env.CLOUD_META_URL : env.META_URL`).
    if (value.kind === 'env') {
      for (const other of value.otherKeys ?? []) facts.push({ type: 'binding', scope: module && !programOnly ? moduleFolderOf(evidence.file) : folderOf(evidence.file), key: `code:${sharedName(name)}`, value: `$ref:${other}`, fallback: true, evidence });
    }
    // A JS/TS export is imported from anywhere in its application (`src/services/` importing
    // `src/common/constants`): for the application's folder too, when nothing nearer binds the name.
    const application = importsObjectsByPath(model.language) && !module && !name.includes(':') ? applicationFolder(evidence.file) : undefined;
    if (application !== undefined && application !== folderOf(evidence.file)) facts.push({ type: 'binding', scope: application, key: `code:${sharedName(name)}`, value: bound, fallback: true, evidence });
  }
  return facts;
}

/**
 * A feature flag's binding: a name defined as a test of settings (BranchConditions.flagTests), for
 * its folder and, a JS/TS application importing it from anywhere, for the application's folder.
 */
function flagBinding(key: string, node: SyntaxNode, flags: BranchConditions, evidence: Evidence): BindingFact[] {
  const flag = flags.flagTests(node);
  const first = flag?.[0];
  if (!flag || !first) return [];
  const made: BindingFact = { type: 'binding', scope: folderOf(evidence.file), key, value: `$ref:${first.key}`, flag, evidence };
  const application = applicationFolder(evidence.file);
  return application !== undefined && application !== made.scope ? [made, { ...made, scope: application, fallback: true }] : [made];
}

/** The folder of the JS/TS application a file belongs to, as far as its path tells: the one holding its `src/` (`server/src/common/x.ts` → `server`). */
function applicationFolder(file: string): string | undefined {
  const segments = folderOf(file).split('/');
  const src = segments.lastIndexOf('src');
  return src >= 0 ? segments.slice(0, src).join('/') : undefined;
}

/** Languages whose readers share a member of an object imported by name under its whole path (typescript-reader.ts). */
function importsObjectsByPath(language: FileModel['language']): boolean {
  return language === 'typescript' || language === 'tsx' || language === 'javascript';
}

/** Keys of an object literal that say where a connection goes. */
const ADDRESS_KEYS = ['url', 'uri', 'host', 'hostname', 'connectionstring'];

/**
 * The properties of an exported object literal other modules read by path
 * (`export const bull = { config: { connection: redis } }`, `redis` a local object with
 * `host: process.env.REDIS_HOSTNAME`): each leaf that gives an address or a setting
 * (`code:bull.config.connection.host` → `$ref:REDIS_HOSTNAME`), and each object holding an
 * address (`code:bull.config.connection`, its `url` or `host`), as the whole object is handed to
 * clients (`new Queue(name, { connection: bull.config.connection })`).
 */
function objectPathBindings(name: string, node: SyntaxNode, model: FileModel, evaluator: Evaluator, evidenceAt: EvidenceAt, flags: BranchConditions): BindingFact[] {
  const facts: BindingFact[] = [];
  // Bounded, as an exported object may be a large table (messages, fixtures) holding no address.
  let budget = 128;
  const objectOf = (at: SyntaxNode, depth: number): Map<string, SyntaxNode> | undefined => {
    if (depth > 3) return undefined;
    const shape = evaluator.shapeOf(at);
    if (shape.kind === 'object') return shape.entries;
    if (shape.kind === 'wrap') return objectOf(shape.inner, depth + 1);
    if (shape.kind !== 'name' || shape.object !== undefined) return undefined;
    for (const bound of model.bindings.get(shape.name) ?? []) {
      if (!isNode(bound) || bound.id === at.id) continue;
      const entries = objectOf(bound, depth + 1);
      if (entries) return entries;
    }
    return undefined;
  };
  const bindAt = (path: string, value: string, at: SyntaxNode): void => {
    const evidence = evidenceAt(lineOf(at));
    facts.push({ type: 'binding', scope: folderOf(evidence.file), key: `code:${path}`, value, evidence });
  };
  const visit = (entries: Map<string, SyntaxNode>, path: string, depth: number): void => {
    if (depth > 0) {
      const address = ADDRESS_KEYS.map((key) => entries.get(key)).find((entry) => entry !== undefined);
      const value = address ? boundValue(evaluator.value(address), true) : undefined;
      if (address && value !== undefined) bindAt(path, value, address);
    }
    if (depth >= 4) return;
    for (const [key, child] of entries) {
      if (facts.length >= 64 || (budget -= 1) < 0) return;
      if (isSecretKey(key)) continue;
      const inner = objectOf(child, 0);
      if (inner) visit(inner, `${path}.${key}`, depth + 1);
      else {
        const evaluated = evaluator.value(child);
        const value = boundValue(evaluated, HOST_PICK.test(key));
        // A typed boolean read (`ENABLED: config.get<boolean>('object_storage.enabled')`) is a switch:
        // guards on the member test it for truth, not for being set.
        const switched = value !== undefined ? flags.typedBooleanRead(child) : undefined;
        if (value !== undefined && switched) facts.push(...flagBinding(`code:${path}.${key}`, child, flags, evidenceAt(lineOf(child))));
        else if (value !== undefined) bindAt(`${path}.${key}`, value, child);
        else if (evaluated.kind === 'unknown') facts.push(...flagBinding(`code:${path}.${key}`, child, flags, evidenceAt(lineOf(child))));
        // A plain name (`Topics.ORDERS = 'orders'`), for channels and component names only, as constants are.
        else if (evaluated.kind === 'literal' && isPlainName(evaluated.text, key, model.language)) bindAt(`const:${path}.${key}`, evaluated.text.trim(), child);
      }
    }
  };
  const entries = objectOf(node, 0);
  if (entries) visit(entries, name, 0);
  return facts;
}

/** A Go exported constant named with its package (`common.DefaultRedisAddr`). */
const QUALIFIED_CONSTANT = /^[a-z_]\w*\.[A-Z]\w*$/;

/** The ConfigMap a controller reads its configuration from, by its flag's default (core configmap-documents.ts): this program's, for its folder. */
function configMapNameDefault(key: string, value: Value, at: SyntaxNode, evidenceAt: EvidenceAt): BindingFact[] {
  if (!CONFIGMAP_NAME_FLAG.test(key) || !(value.kind === 'literal' || (value.kind === 'ref' && QUALIFIED_CONSTANT.test(value.name)))) return [];
  const evidence = evidenceAt(lineOf(at));
  return [{ type: 'binding', scope: folderOf(evidence.file), key: CONFIGMAP_NAME_KEY, value: value.kind === 'literal' ? value.text : `$ref:code:${value.name}`, fallback: true, evidence }];
}

/**
 * Where configuration keys and flags take their value when nothing sets them outright
 * (go-flags.ts): `viper.BindEnv("db", "DB_DSN")`, an urfave/cli flag's `EnvVars`, AutomaticEnv
 * → a fallback binding of the key to the env var, for the module (the same program reads them);
 * `viper.SetDefault`, a flag literal's `Value` → the key's default, as an env read's default is.
 */
function keySourceBindings(model: FileModel, evaluator: Evaluator, evidenceAt: EvidenceAt): BindingFact[] {
  const facts: BindingFact[] = [];
  const seen = new Set<string>();
  // A default named by another package's exported constant (`common.DefaultRepoServerAddr`, bound
  // scan-wide by that package): the program's, for its module, as a literal default is.
  const constantDefault = (key: string, value: Value, node: SyntaxNode): BindingFact[] => {
    if (value.kind !== 'ref' || !QUALIFIED_CONSTANT.test(value.name) || seen.has(`${key}=${value.name}`)) return [];
    seen.add(`${key}=${value.name}`);
    const evidence = evidenceAt(lineOf(node));
    return [{ type: 'binding', scope: moduleFolderOf(evidence.file), key, value: `$ref:code:${value.name}`, fallback: true, evidence }];
  };
  for (const { key, from: given, fallback, value, overrides, moduleWide, at } of model.keySources ?? []) {
    if (moduleWide) {
      // A config struct's tag (go-config-structs.ts): its env var before any settings file, its default last.
      const evidence = evidenceAt(lineOf(at));
      const scope = goModuleFolderOf(evidence.file);
      if (value !== undefined) facts.push({ type: 'binding', scope, key, value: redact(value), fallback: true, goModuleWide: true, evidence });
      else if (given !== undefined && given !== key && !seen.has(`${key}|${given}`)) {
        seen.add(`${key}|${given}`);
        facts.push({ type: 'binding', scope, key, value: `$ref:${given}`, ...(overrides ? { overrides: true } : { fallback: true }), goModuleWide: true, evidence });
      }
      continue;
    }
    if (value !== undefined) {
      // A flag's default given as text (an urfave/cli boolean's implied `false`): the program's, for
      // its module, used when neither the command line nor an env var it reads gives one.
      const evidence = evidenceAt(lineOf(at));
      if (!seen.has(`${key}=${value}`)) facts.push({ type: 'binding', scope: moduleFolderOf(evidence.file), key, value, fallback: true, evidence });
      seen.add(`${key}=${value}`);
      continue;
    }
    let from = given;
    if (fallback) {
      // `flag.String("catalog-addr", os.Getenv("CATALOG_ADDR"), …)`: the flag defaults to an env var.
      const value = evaluator.value(fallback);
      if (value.kind === 'env' && from === undefined) {
        from = value.key;
        // `cmd.Flags().StringVar(&addr, "repo-server", env.StringFromEnv("REPO_SERVER", "repo:8081"), …)`:
        // with the variable unset, the flag holds the read's own default, for this program only
        // (the variable's default alone is a guess resolution takes from no other component).
        const stated = evaluator.envReadDefault(fallback);
        if (stated) evaluator.noteDefault(key, stated);
        if (stated) facts.push(...constantDefault(key, evaluator.value(stated), stated));
        // `envOr("FLOW_CONFIGMAP", "flow-controller-configmap")`: with the variable unset, that ConfigMap.
        if (stated) facts.push(...configMapNameDefault(key, evaluator.value(stated), stated, evidenceAt));
      } else {
        evaluator.noteDefault(key, fallback);
        facts.push(...constantDefault(key, value, fallback));
        facts.push(...configMapNameDefault(key, value, fallback, evidenceAt));
      }
    }
    if (from === undefined || from === key || seen.has(`${key}|${from}`)) continue;
    seen.add(`${key}|${from}`);
    const evidence = evidenceAt(lineOf(at));
    facts.push({ type: 'binding', scope: moduleFolderOf(evidence.file), key, value: `$ref:${from}`, fallback: true, evidence });
  }
  return facts;
}

/**
 * The defaults of env reads the file's addresses were followed to (`os.getenv("USER_HOST", "user")`),
 * as bindings of the variable with neither component nor folder: resolution takes such a binding
 * only when no deployment binds the variable for the component or its folder and every binding of
 * the variable in the scan agrees, and then as inferred. A deployment's value always wins.
 */
function defaultBindings(evaluator: Evaluator, evidenceAt: EvidenceAt): BindingFact[] {
  const literal = [...evaluator.defaults].map(([key, { text, node, program }]) => {
    const evidence = evidenceAt(lineOf(node));
    // A flag's default is its program's: for the module, used when neither the command line nor an env var it reads gives one.
    return { type: 'binding', key, value: redact(text), ...(program ? { scope: moduleFolderOf(evidence.file), fallback: true } : {}), evidence } satisfies BindingFact;
  });
  // A default naming another setting (`get_from_env("CELERY_BROKER_URL", REDIS_URL)`): for the
  // file's folder, taken only where nothing sets the variable for the component (a fallback).
  const named = [...evaluator.nameDefaults].flatMap(([key, { value, node }]): BindingFact[] => {
    const bound = boundValue(value);
    if (bound === undefined || bound === `$ref:${key}`) return [];
    const evidence = evidenceAt(lineOf(node));
    return [{ type: 'binding', scope: folderOf(evidence.file), key, value: bound, fallback: true, evidence }];
  });
  return [...literal, ...named];
}

/** Gives facts with no target the address a client construction of the same technology names; reports lone endpoints. */
function lendEndpoints(
  pending: Pending[],
  endpoints: readonly Endpoint[],
  connection: (site: CallSite, role: ConnectionRole, mechanism: Mechanism, read: ReadTarget, extra: { technology?: string; channel?: string; targetKind?: SystemKind }) => void,
  conditionsAt: (site: CallSite) => FactCondition[],
): void {
  for (const entry of pending) {
    if (entry.known !== 'none') continue;
    const endpoint = endpoints.find((candidate) => candidate.technology === entry.fact.technology && candidate.read.known !== 'none');
    if (!endpoint) continue;
    // The broker is the one the client made in a branch (`if (useAzure) client = new ServiceBusClient(…)`) only when that branch runs.
    const borrowed = conditionsAt(endpoint.site).filter((condition) => !entry.fact.conditions?.some((own) => JSON.stringify(own) === JSON.stringify(condition)));
    if (borrowed.length > 0) entry.fact.conditions = [...(entry.fact.conditions ?? []), ...borrowed];
    entry.fact.target = endpoint.read.target;
    entry.known = endpoint.read.known;
    entry.fact.confidence = confidenceOf(entry.known, entry.fact.role, entry.fact.channel);
  }
  const reported = new Set(pending.map((entry) => entry.fact.technology));
  for (const endpoint of endpoints) {
    if (reported.has(endpoint.technology)) continue;
    if (!endpoint.signature.alone) {
      // Where the file's broker is, for what the component does through a library's classes (class-messaging.ts).
      if (endpoint.read.known === 'none' || endpoint.signature.mechanism !== 'messaging') continue;
      const first = pending.length;
      connection(endpoint.site, 'uses', endpoint.signature.mechanism, endpoint.read, { technology: endpoint.technology, targetKind: 'message-broker' });
      for (const entry of pending.slice(first)) entry.fact.endpoint = true;
      reported.add(endpoint.technology);
      continue;
    }
    reported.add(endpoint.technology);
    connection(endpoint.site, endpoint.signature.alone, endpoint.signature.mechanism, endpoint.read, {
      technology: endpoint.technology,
      ...(endpoint.signature.targetKind ? { targetKind: endpoint.signature.targetKind } : {}),
    });
  }
}

/**
 * Whether a client's address is an env read whose default, stated in the code, is an http(s) URL
 * (`NewCatalogClient(envutil.Get("ACME_CATALOG_ENDPOINT", "http://localhost:3333"))`, directly or
 * through a local): the client takes a URL, so it speaks HTTP whatever the deployment writes.
 */
function statesHttpDefault(arg: SyntaxNode | undefined, model: FileModel, evaluator: Evaluator): boolean {
  let read = arg;
  if (read?.type === 'identifier') {
    const bound = model.bindings.get(read.text) ?? [];
    const only = bound.length === 1 ? bound[0] : undefined;
    read = only !== undefined && isNode(only as SyntaxNode) ? (only as SyntaxNode) : undefined;
  }
  if (!read || evaluator.value(read).kind !== 'env') return false;
  const fallback = evaluator.envReadDefault(read);
  const stated = fallback ? evaluator.value(fallback) : undefined;
  return stated?.kind === 'literal' && hasHttpScheme(stated.text);
}

/** A name-guessed gRPC stub's connection made an HTTP call's. */
function speaksHttp(fact: ConnectionFact): void {
  fact.mechanism = 'rest';
  fact.technology = 'HTTP';
  delete fact.channel;
}

/** Drops a gRPC dial whose connection fed a stub in the file (the stub's fact names the service), or that no stub could use. */
function dropFedDials(pending: Pending[], evaluator: Evaluator): Pending[] {
  const stubs = pending.some((entry) => entry.fact.mechanism === 'grpc' && entry.fact.channel);
  if (!stubs) return pending;
  return pending.filter((entry) => entry.fact.mechanism !== 'grpc' || entry.fact.channel || (!evaluator.consumed.has(entry.site.node.id) && entry.known !== 'none'));
}

