/**
 * The neutral model the code sources share. Each language has a reader that turns its syntax
 * nodes into call sites and expression shapes; everything after that (following values through
 * the file, matching client signatures, making facts) is written once against this model, so a
 * client library is recognised by adding a line to a signature table, not by new tree walking.
 */
import type { Node } from 'web-tree-sitter';
import type { ConnectionRole, TargetRef } from '../../../core/discovery/facts.js';
import type { Mechanism, SystemKind } from '../../../core/model/vocabulary.js';
import type { CodeLanguage } from '../../code-parser.js';

/** A syntax node of a parsed file. */
export type SyntaxNode = Node;

/**
 * How a call site is written: a call, a constructor (`new X`, or a capitalised Kotlin call), an
 * annotation or attribute, a class's base type, a Go composite literal, or an assignment to a
 * member (`client.BaseAddress = ...`, which C# uses to configure clients).
 */
export type SiteKind = 'call' | 'new' | 'annotation' | 'base' | 'literal' | 'assign';

/** Written before a site's callee so one pattern string says both the kind and the name. */
export const KIND_PREFIX: Record<SiteKind, string> = { call: '', new: 'new ', annotation: '@', base: 'extends ', literal: 'literal ', assign: 'set ' };

/** A call, constructor, annotation, base type, composite literal or member assignment. */
export interface CallSite {
  node: SyntaxNode;
  kind: SiteKind;
  /** The callee as written, names only: `axios.get`, `pubsub.topic.publish` (calls in a chain are skipped), `kafka.Writer`. */
  callee: string;
  /** The last name of the callee: `get`, `publish`, `Writer`. */
  name: string;
  /** The object the method is called on, for member calls. */
  receiver?: SyntaxNode;
  /** Positional arguments. */
  args: SyntaxNode[];
  /** Named arguments, keyword arguments, initializer and composite-literal fields; keys lower-cased. */
  named: Map<string, SyntaxNode>;
  /** Type arguments as written (`MapGrpcService<CartService>` → `CartService`). */
  typeArgs: string[];
  /** 1-based line the evidence points at: where the called name is written. */
  line: number;
  /** Whether the call is a statement of its own (its result unused), as configuration helpers are. */
  statement: boolean;
  /**
   * The names the callee stands for when it is written through an import alias (`rq.post` →
   * `requests.post`, `send` → `axios.post`, `post`), most qualified first; set by import-aliases.ts.
   */
  unaliased?: string[];
}

/** What an expression is, as far as following values needs to know. */
export type Shape =
  | { kind: 'string'; text: string }
  | { kind: 'number'; text: string }
  /** Literal text and expressions in order: templates, f-strings, interpolation, `+` concatenation. */
  | { kind: 'parts'; parts: (string | SyntaxNode)[] }
  /** An identifier or member access; `name` is its last segment, the key bindings are stored under. */
  /**
   * `object`, for a member access (`upstreams.details.endpoint`): read as an entry of the object
   * when the object is a dictionary or object literal the file binds, else by name.
   */
  /**
   * `param`, for a parameter of the enclosing function, method or constructor (Java, Kotlin, C#,
   * Python, JavaScript/TypeScript): the name the arguments of the file's calls of it are bound
   * under (`param:client#0`, `init:CatalogClient#0`), and `keyword`, the name arguments given by
   * keyword are (`param:_get#url`); each call's argument is a value of its own. `shared`: callers
   * in other files may give it too, under the same name.
   */
  /**
   * `field`: the name is that field of `object`; when the object holds a parameter whole
   * (`&Client{opts: opts}` read as `c.opts.Endpoint`), the field of what callers give the parameter.
   */
  | { kind: 'name'; name: string; object?: SyntaxNode; field?: string; param?: { key: string; keyword?: string; shared: boolean } }
  /** An environment or configuration read written as syntax (`process.env.X`, `os.environ["X"]`, `configuration["X"]`). */
  /** `fallback`: the read's default (a Go flag's default value), kept when it is a public URL, else recorded as the key's default. */
  /** `program`: the default is the program's own (a flag's), for its module, not a guess for the whole scan. */
  /**
   * `prefix` and `suffix`: put around a key read from a node (`section[name]` of
   * `GetSection("Services")` is `Services:` and the name; `GetSection(name)["Url"]` the name and `:Url`).
   */
  /**
   * `carried`: the key node is a prefix the code's callers give (a parameter), read in resolution
   * with the rest of the name (`suffix`) in each caller's environment (env-helper-keys.ts, prefixedReadKey).
   */
  | { kind: 'env'; key: string | SyntaxNode; fallback?: SyntaxNode; program?: boolean; prefix?: string; suffix?: string; carried?: boolean }
  | { kind: 'call'; site: CallSite }
  /** Alternatives (`a || b`, `a ?? b`, elvis, `or`, conditionals): the first that is known wins. */
  | { kind: 'either'; options: SyntaxNode[] }
  | { kind: 'list'; items: SyntaxNode[] }
  /** An object literal, dictionary or map: keys lower-cased. */
  /**
   * `partial`: one entry added to a collection by a statement of its own (Java `m.put("k", v)`,
   * C# `d.Add("k", v)`), which the collection's other such statements complete.
   */
  | { kind: 'object'; entries: Map<string, SyntaxNode>; partial?: boolean }
  /** Something that passes its inner value through: await, parentheses, casts, `&x`. */
  | { kind: 'wrap'; inner: SyntaxNode; address?: boolean }
  /**
   * An entry of a dictionary or map read by a literal key (`upstreams["details"]`, `m.get("details")`);
   * key lower-cased. `orKey`: when the file binds no such literal, a setting of that name (a Go map
   * filled from a configuration file, `result["CartAddr"]`).
   */
  /** `call`: a method call (`m.get("k")`) read as any other call when the file binds no such entry. */
  | { kind: 'member'; object: SyntaxNode; key: string; orKey?: string; call?: CallSite }
  /**
   * A loop variable: each element of a collection in turn (`for name, upstream in upstreams.items()`,
   * `for _, u := range upstreams`, `for (const u of Object.values(upstreams))`). `part` is what of a
   * dictionary entry it holds: its key, its value, or (iterating a list) the item.
   */
  | { kind: 'element'; of: SyntaxNode; part: 'key' | 'value' | 'item' }
  | { kind: 'unknown' };

/** What a value was followed to. */
export type Value =
  /** `unlessSet`: a public default, read only when this env var is unset (TargetRef.unlessSet). */
  | { kind: 'literal'; text: string; unlessSet?: string }
  /** The leading literal part of a text built at run time: `http://cart:8080/items/` of a template. */
  | { kind: 'prefix'; text: string }
  /**
   * An environment variable or configuration key; `otherKeys`, the ones read instead when the
   * choice is made at run time (`IS_CLOUD ? env.CLOUD_META_URL : env.META_URL`): whichever the
   * deployment sets is the one read. `item`: the setting holds a list and this is one of its items
   * (split and picked at random, or gone through in a loop), which no test of the whole value decides.
   */
  | { kind: 'env'; key: string; otherKeys?: string[]; path?: string; item?: boolean }
  /** Several values: all at once (a broker list), or with `each` one at a time (a loop over upstreams: every one is called). */
  | { kind: 'list'; items: Value[]; each?: boolean }
  /** A name the file reads but never sets, which another file of the package or module may (`fe.cartSvcAddr`, an imported constant). */
  | { kind: 'ref'; name: string; path?: string }
  | { kind: 'unknown' };

/** A value a name is bound to: an expression, or (for `@Value("${x}")` fields and env helpers) a value already known. */
export type Binding = SyntaxNode | Value;

/** What one walk over a file collects. */
export interface FileModel {
  language: CodeLanguage;
  sites: CallSite[];
  /** Imported modules, packages and namespaces as written (`kafkajs`, `google.golang.org/grpc`, `Confluent.Kafka`). */
  imports: string[];
  /** Names (last segments) to the values assigned to them anywhere in the file. */
  bindings: Map<string, Binding[]>;
  /** Names to their declared types (`RestTemplate`, `http.Client`), generics and pointers removed. */
  types: Map<string, string>;
  /** Names other files of the package or module may read (struct fields, package variables, exports, configuration properties), to what gives their value and where. */
  /**
   * `module`: a Go function's parameter, read in other packages of the module too, and bound only
   * to a value the call gives outright (an env read, an address), not one left to other files;
   * `ambiguous`: set by several calls, so bound to none of them (`forwards`: unless each call passes
   * on a parameter of its own function, whose arguments the file keeps); `qualified`: named with its package
   * (a Go exported constant, `common.DefaultRedisAddr`), which any package importing it reads;
   * `program`: given by a Go program (a `main` package), so its own settings for the module's code it
   * runs, not for the other programs of the module.
   */
  shared: Map<string, { value: Binding; at: SyntaxNode; fallback?: boolean; module?: boolean; ambiguous?: boolean; forwards?: boolean; references?: boolean; qualified?: boolean; program?: boolean }>;
  /** Names the file imports from other modules (`import { X } from './config'`, `const cfg = require('./cfg')`). */
  imported: Set<string>;
  /**
   * JavaScript/TypeScript: the names imported by name from a module of the project
   * (`import { bull } from './config'`): a member read through one (`bull.config.connection`) is
   * that export's property, shared under its whole path (`code:bull.config.connection`).
   */
  importedByName?: Set<string>;
  /** JavaScript/TypeScript: whether a non-relative module specifier is one of the project's tsconfig `paths` aliases (`@server/env`; ts-env-classes.ts). */
  isPathAlias?: (specifier: string) => boolean;
  /**
   * Local names imports bind under another name than the library's own, to the names they stand
   * for, most qualified first (`rq` → `requests`, `send` → `axios.post`, `post`; see import-aliases.ts).
   */
  aliases?: Map<string, string[]>;
  /**
   * JavaScript/TypeScript: local names a default or namespace import (or a whole `require`) binds,
   * to the package (`ioRedis` → `ioredis`): `new ioRedis(…)` builds that package's constructor.
   */
  wholeImports?: Map<string, string>;
  /**
   * Python: the file star-imports one of the project's settings modules (`from .base import *`,
   * `from inkwell.settings.data_stores import *`), so a constant it reads and does not bind may be theirs.
   */
  starImports?: boolean;
  /** Go: import aliases to their paths (`r "github.com/redis/go-redis/v9"`). */
  importAliases?: Map<string, string>;
  /** Go: variables declared at package level in this file, which any file of the package may set or read. */
  globals?: Set<string>;
  /**
   * Other sources of configuration keys and flags the file states (go-flags.ts): a key whose value
   * comes from an env var or another flag when nothing else gives it (`from`), or a default.
   */
  keySources?: {
    key: string;
    from?: string;
    fallback?: SyntaxNode;
    /** A default given as text (a struct tag's `env-default:"…"`). */
    value?: string;
    /** `from` is an env var that, when set, wins over settings files (BindingFact.overrides). */
    overrides?: boolean;
    /** Bound for the whole Go module rather than the folder before `cmd/` (a config struct read from other packages). */
    moduleWide?: boolean;
    at: SyntaxNode;
  }[];
  /** Go: the flag names and configuration keys the file defines or reads. */
  flagKeys?: Map<string, SyntaxNode>;
  /** C#: names declared as `IOptions<T>` (`IOptionsMonitor<T>`, `IOptionsSnapshot<T>`) to the options class T. */
  optionsOf?: Map<string, string>;
  /** Go: the env var viper's AutomaticEnv reads for a key, when the file turns it on. */
  envOfKey?: (key: string) => string;
}

/** A language's knowledge of its own syntax; everything else is shared. */
export interface LanguageReader {
  /** Every node type `site`, `bases` and `declare` look at; the walk fetches only these from the tree. */
  readonly nodeTypes: readonly string[];
  /** The call site a node is, if it is one. */
  site(node: SyntaxNode): CallSite | undefined;
  /** The base types a class declaration names, as `base` sites (a class may name several). */
  bases?(node: SyntaxNode): CallSite[] | undefined;
  /** The shape of an expression node. */
  shape(node: SyntaxNode): Shape;
  /** Records what a declaration, assignment or import node binds (called for every node of the walk). */
  declare(node: SyntaxNode, model: FileModel): void;
  /**
   * What a factory function returns, when its properties are what it configures (NestJS
   * `useFactory: (cfg) => ({ host: … })`): read for properties only, never as the function's value.
   */
  factoryResult?(node: SyntaxNode): SyntaxNode | undefined;
  /** Records what only the whole file says (a name exported before the function it names is declared); called once after the walk. */
  finish?(model: FileModel): void;
  /** The shared name a use of an unbound name reads (`fe.cartSvcConn` → `cartSvcConn`), when it may be set in another file. */
  crossFile?(node: SyntaxNode, model: FileModel): string | undefined;
  /**
   * A call of a function of the file's package declared in another file (`BuildDSN(prefix)`): the
   * module and function a helper template is bound under (env-helper-keys.ts), else undefined.
   */
  packageHelper?(node: SyntaxNode, model: FileModel): { module: string; fn: string } | undefined;
  /**
   * Whether a value bound to a name is a default given only when the name was empty (Go's
   * `if base == "" { base = "https://api.stripe.com" }`): the name is then either what it held
   * before or this default.
   */
  fillsEmpty?(value: SyntaxNode): boolean;
  /**
   * The names a function declaration's parameters are read by in its body, by position, when a
   * call of it may be evaluated with its arguments in their place (Go's one-line URL builders,
   * `func pingURL(base string) string { return base + "/v2/" }`); undefined for any other node.
   */
  parameterKeys?(declaration: SyntaxNode): string[] | undefined;
}

/**
 * Where a signature finds a value: a positional argument (0-based), a named argument or property
 * (`baseURL`, `bootstrap.servers`, dotted paths into nested objects), a builder-chain method
 * (`.queueName("q")` before the matched call), or `receiver` (the object the method is called on).
 */
export type Pick = number | string;

/** What a signature may adjust once it has seen the call. */
export interface Refinement {
  role?: ConnectionRole;
  /** A client whose backing system the address tells (Celery's broker: Redis is a datastore, AMQP a broker). */
  mechanism?: Mechanism;
  technology?: string;
  channel?: string;
  /** Overrides the target picks. */
  target?: readonly Pick[];
  /** The configuration key the target is bound to when the call names none, as the call says it (a REST client's `configKey`). */
  key?: string;
  /**
   * A configuration key tried before the target as read, which stands when nothing binds the key
   * (a Micronaut `@Client(id = "pricing")`: `micronaut.http.services.pricing.url`, else the
   * service `pricing` by discovery).
   */
  keyFirst?: string;
  /**
   * Further connections the same declaration makes to the same target, each on its own channel and
   * in its own role (a Spring Cloud Stream `Function` bean consumes its `-in-0` binding and produces
   * its `-out-0`); without a channel, on the declaration's own; with a mechanism, by it (a Redis
   * client publishing and caching).
   */
  more?: readonly { role: ConnectionRole; channel?: string; mechanism?: Mechanism }[];
  /** The named client the connection is registered as, or created through (ConnectionFact.namedClient). */
  namedClient?: { name: string; use?: boolean };
  /** The call reads or writes the store's data (ConnectionFact.dataAccess). */
  dataAccess?: boolean;
  /** Messaging through a datastore whose data calls the signatures mark (ConnectionFact.throughStore). */
  throughStore?: boolean;
  /** A queue handed on, whose role the caller's methods decide (ConnectionFact.rolesByCaller). */
  rolesByCaller?: { produces: readonly string[]; consumes: readonly string[]; adapters?: readonly string[]; mechanism?: 'messaging'; factory?: string };
}

/** The tools a signature's hooks get. */
export interface SiteTools {
  /** The value of an argument, named argument, property or chain method. */
  value(site: CallSite, pick: Pick): Value;
  /** The node at a pick, if present. */
  node(site: CallSite, pick: Pick): SyntaxNode | undefined;
  /** The names of the calls in the builder chain this call ends (`sender`, `queueName`, …). */
  chain(site: CallSite): string[];
  /** A node's text with whitespace removed. */
  text(node: SyntaxNode): string;
  /** The channel names at a pick, as a signature's `channel` reads them (constants and settings as `$ref:` keys). */
  channels(site: CallSite, pick: Pick): string[];
}

/** One client, server or configuration call discovery recognises. */
export interface Signature {
  /**
   * Callee patterns; `*` matches a run of name characters. A pattern of one name must match the
   * whole callee (`fetch`); a dotted one matches its tail (`*.send` matches `this.producer.send`).
   * Prefixes give the kind: `new X`, `@X`, `extends X`, `literal X` (Go composite), `set X` (member assignment).
   * Callees are also tried as typed through the file's declarations (`RestTemplate.getForObject`).
   */
  call: readonly string[];
  /** Only in files that import one of these (prefix of the module, package or namespace). */
  imports?: readonly string[];
  /**
   * What the call makes: a connection of a role; `provides` (a gRPC server); or `endpoint`, a
   * client construction that only says where the broker or store is, lending its target to the
   * file's other facts of the same technology.
   */
  role: ConnectionRole | 'provides' | 'endpoint';
  mechanism: Mechanism;
  technology?: string;
  targetKind?: SystemKind;
  /** Where the address is; the first pick that is known wins. */
  target?: readonly Pick[];
  /** Where a separate port is. */
  port?: readonly Pick[];
  /**
   * Where the forward proxy is that the call's requests go through (`httpx.Client(proxy=…)`,
   * `requests.get(url, proxies={"http": …})`, axios's `proxy: { host, port }`): the caller also
   * calls the proxy, over HTTP, when the files deploy it (ConnectionFact.forwardProxy); the first
   * known pick wins. With no `target`, the call only names a proxy (Go's `http.ProxyURL(u)`).
   */
  proxy?: readonly Pick[];
  /** Where the proxy's separate port is. */
  proxyPort?: readonly Pick[];
  /** Where the topic, queue, subject, bucket or container is; the first non-empty pick wins. */
  channel?: readonly Pick[];
  /** Where a dialect or driver name is that says the technology (`postgres`, `mysql`). */
  dialect?: readonly Pick[];
  /**
   * What the receiver's type must look like when the file types the receiver variable
   * (`nc, _ := nats.Connect(…)` makes `nc.Publish` NATS even in a file that also imports amqp).
   */
  receiverType?: RegExp;
  /** Named arguments or properties of which one must be present (`topic` for kafkajs `send`). */
  requires?: readonly string[];
  /** The target may be a bare host name (`smtplib.SMTP("mail")`), not only a URL or host:port. */
  bareHost?: boolean;
  /** The configuration key the target is bound to when the call names none (Spring's `spring.mail.host` for `JavaMailSender`). */
  key?: string;
  /**
   * The target pick names a component declared elsewhere, bound under this prefix and its name:
   * a Dapr call names its pub/sub or state store (`PublishEventAsync("pubsub", …)`), which a
   * component file binds to the broker or store behind it (`dapr:component:pubsub`).
   */
  componentKey?: string;
  /**
   * The system every such call reaches, whatever the client is given: a Kubernetes client talks to
   * its cluster's API server (`rest.InClusterConfig()`), which no address in the repository names.
   * Used when no pick gives an address.
   */
  component?: string;
  /** Report only when the target is known: methods of client objects configured elsewhere with a base address. */
  knownOnly?: boolean;
  /**
   * A path on the site that served the code (`axios.create({ baseURL: '/api' })`) is reported too
   * (`also`, despite knownOnly), or is all that is reported (`only`: `new WebSocket('/live')`, whose
   * absolute addresses other signatures read): a bundle's call to the deployable serving it
   * (ConnectionFact.relativePath).
   */
  relative?: 'also' | 'only';
  /** The mechanism is guessed from the callee's name: an explicit http(s) scheme of the address makes it rest (ConnectionFact.schemeDecides). */
  schemeDecides?: boolean;
  /**
   * Only in server code: a client that browser code also uses to talk to the site that served it
   * (STOMP over WebSocket from a single-page app), which is then no connection of a system.
   */
  serverOnly?: boolean;
  /**
   * For an endpoint: the .NET service bus whose transport the call configures (MassTransit's
   * `UsingRabbitMq`, NServiceBus's `new RabbitMQTransport(…)`). Always reported, as an `endpoint`
   * fact marked with the bus, even when it names no address: the component's other files name
   * only message types, and learn the transport from it (ConnectionFact.bus).
   */
  bus?: string;
  /**
   * A request whose response comes back through the broker (MassTransit's `GetResponse<T>`): the
   * caller also consumes, the response type (the first type argument) its channel.
   */
  answered?: boolean;
  /** For an endpoint: the role of the fact to report when the file has no other fact of its technology. */
  alone?: ConnectionRole;
  /** For gRPC: the service a stub, client or server type names. */
  service?(site: CallSite): string | undefined;
  /** A last look at the call: adjustments, or false when it is not what the signature means. */
  refine?(site: CallSite, tools: SiteTools): Refinement | false | undefined;
}

/** How a family's calls produce values. */
export interface ValueRules {
  /**
   * Calls that read an environment variable or configuration key; the key is at `arg` (default 0)
   * and gets `prefix`; a default is at `fallback` (default: the argument after a positional key,
   * or a `default` named argument).
   */
  env: readonly { call: readonly string[]; arg?: Pick; fallback?: Pick; prefix?: string }[];
  /**
   * Calls that pass a value through (`URI.create`, `new URL`, `aws.String`, `grpc.Dial`); a port pick
   * joins `host:port`, and `pair` reads a `(host, port)` tuple the same way.
   */
  carriers: readonly { call: readonly string[]; arg: Pick; port?: Pick; pair?: boolean }[];
  /** printf-style calls whose first argument is the format (`fmt.Sprintf`, `String.format`). */
  format?: readonly string[];
  /** Calls that build a list of their arguments (`List.of`, `listOf`). */
  lists?: readonly string[];
  /** Constructions that build a URL from its parts (Go's `url.URL{Scheme, Host, Path}`); the scheme defaults to `http`. */
  urls?: readonly { call: readonly string[]; scheme: Pick; host: Pick; path?: Pick }[];
}

/** A family's signature table and the words that must occur in a file for it to be parsed at all. */
export interface FamilyTable {
  signatures: readonly Signature[];
  /** A cheap test of a file's text; files without any of these words are not parsed. */
  triggers: RegExp;
  /** How the family's calls produce values. */
  values: ValueRules;
}

/** A connection target as a signature read it, with how it was known. */
export interface ReadTarget {
  target: TargetRef;
  known: 'literal' | 'key' | 'none';
  /** What the address's scheme says about the technology. */
  technology?: string;
  /** The path of a literal URL, or the one written after an env or config address (`url + "/graphql"`), for recognising GraphQL endpoints. */
  path?: string;
}

/**
 * Separates a shared name from the call site it was given at (`param:call#0@12`): each call of a
 * function imported from another module is a binding of its own, published under the name alone.
 */
export const CALL_SITE = '@';

/** A shared name without the call site it was given at. */
export const sharedName = (name: string): string => name.replace(/@\d+$/, '');

