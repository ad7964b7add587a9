/**
 * Which of a shared library's connections each service makes. A library (a .NET class library,
 * an npm package, a Maven module, a local Go module: code no deployment runs by itself) is built
 * into the services that reference it, so its `BasicPublish` is the publish of whichever service
 * calls the library's publisher, and only of those. Its code is followed from what each service
 * names (CodeNamesFact):
 *
 * - an **entry point** is a library type (or a type implementing a library interface the service
 *   names: an injected `IMessageHandler` reaches `RabbitMQMessageHandler : IMessageHandler`), or a
 *   function called by its name alone (a free function, a C# extension method such as
 *   `UseRabbitMQMessageHandler`);
 * - from an entry point the library's own code is followed: a function reaches the types and
 *   functions it names (the class an extension method constructs or registers), a type its
 *   constructors and the methods the caller names (`_eventBus.Publish(…)` reaches `Publish`, not
 *   `Subscribe`), or all its methods when the caller names none of them; a method reaches the
 *   methods of its type it calls;
 * - a connection made inside a reached declaration is the service's (one made at the top of a
 *   file, outside any declaration, when anything of that file is reached), so a service naming
 *   only the handler is only a consumer;
 * - a service whose project references a library (ProjectReference, a sibling Maven module…) but
 *   whose code names none of its entry points makes all the library's connections: which ones
 *   cannot be told, and the evidence is the project reference;
 * - a service running a command of the library's without naming it (one image whose dispatching
 *   `cmd/worker` several services start) reaches the command's entry points (`runs`);
 * - a service whose JavaScript or TypeScript entry files are known reaches exactly the library
 *   files they load, transitively (`importReach`: `import … from "@acme/shared/server"`, followed
 *   through the package's `exports`, and through a barrel's re-exports by the names imported, to
 *   the files declaring them; node-processes.ts): what a file of a library so
 *   followed makes is decided by imports, not by names or the project reference, and a file no
 *   such service loads (an unused module, a seed script) is not theirs;
 * - a declaration holding conditions (a `case "orders":` of a switch on a setting) is reached only
 *   for a service whose settings do not rule it out (`mayRun`), and in a service's own code the
 *   names only such a case uses are not the service's;
 * - a queue the library makes and hands on (`rolesByCaller`: a Bull queue a `createQueue` returns)
 *   produces for a service calling `add` on something and consumes for one calling `process`
 *   (both, for one calling both; as made, for one calling neither): which end of the queue a
 *   service is, is in its own code, not the library's; so is what a Redis client the library
 *   hands on is for (`rolesByCaller.adapters`): a service giving it to socket.io's `createAdapter`
 *   uses it as a pub/sub bus, one calling `get` on it as a cache.
 *
 * Pure: the caller says which files are whose.
 */
import { calledMethod, type CodeDeclaration, type CodeNamesFact, type ConnectionFact, type Evidence, type FactCondition } from './facts.js';

/** A library connection a service makes, and why. */
export interface LibraryUse {
  connection: ConnectionFact;
  /** The service's line naming the entry point, or its project file's reference to the library. */
  via: Evidence;
  /** Reached through an entry point the service names (else only through a project reference). */
  named: boolean;
}

/** What the caller knows of the scan's components. */
export interface LibraryReachInput<Owner> {
  names: readonly CodeNamesFact[];
  /** Connections made in code (not endpoint hints). */
  connections: readonly ConnectionFact[];
  /** The library a file's code belongs to, or undefined for a service's (or nobody's) code. */
  libraryOf(file: string): Owner | undefined;
  /** The service a file's code belongs to, or undefined for a library's (or nobody's) code. */
  serviceOf(file: string): Owner | undefined;
  /** The libraries each service's project file references, with the reference's line. */
  references: ReadonlyMap<Owner, readonly { library: Owner; evidence: Evidence }[]>;
  /**
   * The libraries a service's project builds in, directly or through other libraries, when its
   * project files say (a `.csproj` cannot use a library it does not reference): names of other
   * libraries are someone else's. Undefined when nothing is known, and any library may be reached.
   */
  builtIn?(service: Owner): ReadonlySet<Owner> | undefined;
  /** A stable order of owners. */
  keyOf(owner: Owner): string;
  /**
   * Entry points a service runs without its code naming them: the `main` and `init` of a shared
   * command its container starts, with the evidence of its running it.
   */
  runs?: ReadonlyMap<Owner, readonly { name: string; evidence: Evidence }[]>;
  /**
   * For services whose Node entry files are known: the files those reach through imports, the
   * library files among them that code of the service no names fact covers loads (`unnamed`: code
   * not parsed, whose names are not known), and the evidence of the service's code loading a
   * given library file (its import of the package).
   */
  importReach?: ReadonlyMap<Owner, { files: ReadonlySet<string>; unnamed: ReadonlySet<string>; via(file: string): Evidence }>;
  /** Library files a service loads where no name of its leads (blind-loads.ts): all their connections are the service's. */
  blindLoads?: ReadonlyMap<Owner, { files: ReadonlySet<string>; via(file: string): Evidence }>;
  /** Whether code under conditions (CodeDeclaration.conditions) may run for a service; undefined: it may. */
  mayRun?(service: Owner, file: string, conditions: readonly FactCondition[]): boolean;
  /**
   * Filled with the library connections each service's settings rule out: made in a branch that
   * does not run for it, or in an implementation registered only in such branches (a
   * `RabbitMqMessageBus` its `AddAcmeMessageBus` registers only when `MessageBus:Provider` says
   * RabbitMQ). Such a connection is not the service's by any other evidence either (a setting it
   * reads that the service's environment happens to set).
   */
  ruledOut?: Map<Owner, Set<ConnectionFact>>;
}

interface Declared extends CodeDeclaration {
  file: string;
}

/** Declarations reachable from a set of names, followed through the library's code. */
class LibraryIndex {
  /** Entry points by the name that reaches them. */
  private readonly byName = new Map<string, Declared[]>();
  /** Functions of each type, by the type's name. */
  private readonly membersOf = new Map<string, Declared[]>();
  /** The branches (declarations holding conditions) naming each type, and whether anything else of the library names it. */
  private readonly namedIn = new Map<string, { branches: Declared[]; elsewhere: boolean }>();

  constructor(declarations: readonly Declared[]) {
    const types = new Set(declarations.filter((declaration) => declaration.kind === 'type').map((declaration) => declaration.name));
    for (const declaration of declarations) {
      for (const name of declaration.references) {
        if (!types.has(name) || name === declaration.name || name === declaration.parent) continue;
        const named = this.namedIn.get(name) ?? { branches: [], elsewhere: false };
        if (declaration.conditions !== undefined) named.branches.push(declaration);
        else named.elsewhere = true;
        this.namedIn.set(name, named);
      }
    }
    const typeNames = new Set(declarations.filter((declaration) => declaration.kind === 'type').map((declaration) => declaration.name));
    const add = (name: string, declaration: Declared): void => {
      const list = this.byName.get(name) ?? [];
      if (!list.includes(declaration)) list.push(declaration);
      this.byName.set(name, list);
    };
    for (const declaration of declarations) {
      if (declaration.kind === 'type') {
        add(declaration.name, declaration);
        // Naming a library's interface reaches its implementations in the libraries; a base of
        // the framework's (`BackgroundService`) is no entry point, or every worker would reach it.
        for (const base of declaration.bases ?? []) if (typeNames.has(base)) add(base, declaration);
      } else if (declaration.parent !== undefined) {
        const members = this.membersOf.get(declaration.parent) ?? [];
        members.push(declaration);
        this.membersOf.set(declaration.parent, members);
        if (declaration.static) add(declaration.name, declaration);
      } else {
        add(declaration.name, declaration);
      }
    }
  }

  /**
   * Whether a type is named only in branches (declarations holding conditions), none of which runs:
   * the library's own, and the service's (`ruledOut`: names its code uses only in branches its
   * settings rule out, a Program.cs registering `SendGridEmailSender` under a flag it sets false).
   */
  onlyInRuledOutBranches(type: string, runs: (declaration: Declared) => boolean, ruledOut: ReadonlySet<string>): boolean {
    const named = this.namedIn.get(type);
    if (named?.elsewhere || named?.branches.some(runs)) return false;
    return (named !== undefined && named.branches.length > 0) || ruledOut.has(type);
  }

  /** Whether a name reaches anything. */
  has(name: string): boolean {
    return this.byName.has(name);
  }

  /**
   * Every declaration reached from `names`, with `names` deciding which methods of a reached type
   * are called; a declaration `runs` rules out (a branch the service's settings do not take) is not.
   */
  reach(start: Iterable<string>, names: ReadonlySet<string>, runs: (declaration: Declared) => boolean = () => true, ruledOut: ReadonlySet<string> = new Set(), entryNames: ReadonlySet<string> = new Set()): Set<Declared> {
    const reached = new Set<Declared>();
    // `own`: a reached type's own bases, which reach those types alone: naming a base class or
    // interface reaches its implementations, but a subclass reaching its base reaches no sibling
    // (`EventsApiClient : BaseClientService` is not `NotificationsPushEngine : BaseClientService`).
    // `product`: the type may be what a function hands back to its caller (a factory's product), so
    // the caller's names choose among its methods too, and the methods no service names at all
    // (helpers its chosen methods call, which a reader may not see called) are reached with them.
    const pending: { names: Iterable<string>; filter: ReadonlySet<string>; own?: ReadonlySet<string>; product?: boolean }[] = [{ names: start, filter: names }];
    const visit = (declaration: Declared, filter: ReadonlySet<string>, product = false): void => {
      if (declaration.conditions !== undefined && !runs(declaration)) return;
      if (declaration.kind === 'function') {
        if (reached.has(declaration)) return;
        reached.add(declaration);
        const references = new Set(declaration.references);
        // The methods of a type a function names are those it calls, and those its caller calls on
        // what it hands back (`getQueue(…).createProducer(topic)`: a factory's product is used by
        // the caller, so `createConsumer`, which another service names, is not reached); a
        // module's instance, the caller's alone.
        if (declaration.instance) pending.push({ names: references, filter });
        else pending.push({ names: references, filter: new Set([...references, ...filter]), product: true });
        // `this.StartConsuming()`: the methods of its own type it calls.
        for (const member of declaration.parent !== undefined ? (this.membersOf.get(declaration.parent) ?? []) : []) if (references.has(member.name)) visit(member, references);
        return;
      }
      const first = !reached.has(declaration);
      reached.add(declaration);
      // What the type names itself (its fields' types, its bases) is followed with the caller's
      // names deciding the methods: its own base `IEventBus` must not reach all its methods again.
      if (first) pending.push({ names: declaration.references, filter, own: new Set(declaration.bases ?? []), product });
      const members = this.membersOf.get(declaration.name) ?? [];
      const called = members.filter((member) => !member.initialiser && filter.has(member.name));
      const helper = (member: Declared): boolean => product && !entryNames.has(member.name);
      for (const member of members) if (member.initialiser || called.length === 0 || called.includes(member) || helper(member)) visit(member, filter, product);
    };
    while (pending.length > 0) {
      const { names: next, filter, own, product } = pending.pop() as (typeof pending)[number];
      for (const name of next) {
        for (const declaration of this.byName.get(name) ?? []) {
          if (own?.has(name) && declaration.name !== name) continue;
          // An implementation reached through its interface (`IMailDeliveryService`) that the library
          // names only in branches the service's settings rule out (`if (…SendGridApiKey…) services.AddSingleton<IMailDeliveryService, SendGridMailDeliveryService>()`)
          // is registered nowhere the service runs; so is one the service's own code names only in such branches.
          if (declaration.kind === 'type' && declaration.name !== name && this.onlyInRuledOutBranches(declaration.name, runs, ruledOut)) continue;
          visit(declaration, filter, product);
        }
      }
    }
    return reached;
  }
}

/** Languages whose code may name each other's declarations, by file extension. */
const LANGUAGE_FAMILIES: readonly [RegExp, string][] = [
  [/\.go$/, 'go'],
  [/\.pyi?$/, 'python'],
  [/\.(java|kt|kts|groovy|scala)$/, 'jvm'],
  [/\.(cs|fs|vb|csx)$/, 'dotnet'],
  [/\.(js|jsx|mjs|cjs|ts|tsx|mts|cts|vue|svelte)$/, 'javascript'],
  [/\.rb$/, 'ruby'],
  [/\.php$/, 'php'],
  [/\.rs$/, 'rust'],
];

/** The language family of a code file, undefined when not known. */
export function languageOf(file: string): string | undefined {
  return LANGUAGE_FAMILIES.find(([pattern]) => pattern.test(file))?.[1];
}

/** Whether code of one file can name code of another: same family, or either unknown. */
const sameLanguage = (left: string | undefined, right: string | undefined): boolean => left === undefined || right === undefined || left === right;

const byText = (left: string, right: string): number => (left < right ? -1 : left > right ? 1 : 0);

/** The library connections each service makes, in a stable order. */
export function libraryUses<Owner>(input: LibraryReachInput<Owner>): Map<Owner, LibraryUse[]> {
  const libraryDeclarations: Declared[] = [];
  const declarationsOf = new Map<string, Declared[]>();
  const serviceNames = new Map<Owner, { uses: Map<string, Evidence>; declared: Set<string>; ruledOut: Set<string> }>();
  const sorted = [...input.names].sort((left, right) => byText(left.evidence.file, right.evidence.file));
  for (const fact of sorted) {
    const file = fact.evidence.file;
    const declared = fact.declarations.map((declaration) => ({ ...declaration, file }));
    declarationsOf.set(file, declared);
    if (input.libraryOf(file) !== undefined) {
      libraryDeclarations.push(...declared);
      continue;
    }
    const service = input.serviceOf(file);
    if (service === undefined) continue;
    const known = serviceNames.get(service) ?? { uses: new Map<string, Evidence>(), declared: new Set<string>(), ruledOut: new Set<string>() };
    for (const declaration of fact.declarations) known.declared.add(declaration.name);
    // Names only a branch the service's settings rule out uses (`case "billing":` in orders' own
    // command) are not the service's.
    const skipped = fact.declarations.filter((declaration) => declaration.conditions !== undefined && input.mayRun?.(service, file, declaration.conditions) === false);
    const ruledOut = new Set(skipped.flatMap((declaration) => declaration.references));
    if (ruledOut.size > 0) for (const declaration of fact.declarations) if (!skipped.includes(declaration)) for (const name of declaration.references) ruledOut.delete(name);
    // The fact keeps a line per name, not its text (that would be most of the file again): the
    // excerpt says what the line names.
    for (const [name, line] of Object.entries(fact.uses)) if (!known.uses.has(name) && !ruledOut.has(name)) known.uses.set(name, { file, line, excerpt: `uses ${name}` });
    for (const name of ruledOut) known.ruledOut.add(name);
    serviceNames.set(service, known);
  }
  // A name one file uses only in a branch ruled out and another file uses outright is the service's.
  for (const known of serviceNames.values()) for (const name of known.ruledOut) if (known.uses.has(name)) known.ruledOut.delete(name);
  const index = new LibraryIndex(libraryDeclarations);
  // The names some service's code uses: a library method none of them names is no entry point.
  const entryNames = new Set([...serviceNames.values()].flatMap((known) => [...known.uses.keys()]));

  // Each library connection with the declaration making it (the innermost holding its line).
  const made: { connection: ConnectionFact; library: Owner; holder?: Declared; file: string }[] = [];
  for (const connection of input.connections) {
    const file = connection.evidence.file;
    const library = input.libraryOf(file);
    if (library === undefined) continue;
    const line = connection.evidence.line;
    const holders = (declarationsOf.get(file) ?? []).filter((declaration) => declaration.line <= line && line <= declaration.endLine);
    holders.sort((left, right) => left.endLine - left.line - (right.endLine - right.line));
    made.push({ connection, library, ...(holders[0] ? { holder: holders[0] } : {}), file });
  }
  made.sort((left, right) => byText(left.file, right.file) || left.connection.evidence.line - right.connection.evidence.line);

  /** Whether a connection runs nowhere a service's settings allow: in a branch ruled out, or in a type only such branches register. */
  const ruledOutFor = (item: (typeof made)[number], runs: (declaration: Declared) => boolean, ruledOut: ReadonlySet<string>): boolean => {
    const around = (declarationsOf.get(item.file) ?? []).filter((declaration) => declaration.line <= item.connection.evidence.line && item.connection.evidence.line <= declaration.endLine);
    return around.some((declaration) => (declaration.conditions !== undefined && !runs(declaration)) || (declaration.kind === 'type' && index.onlyInRuledOutBranches(declaration.name, runs, ruledOut)));
  };
  const result = new Map<Owner, LibraryUse[]>();
  const services = new Set<Owner>([...serviceNames.keys(), ...input.references.keys(), ...(input.runs?.keys() ?? [])]);
  for (const service of [...services].sort((left, right) => byText(input.keyOf(left), input.keyOf(right)))) {
    const named = serviceNames.get(service);
    const run = input.runs?.get(service) ?? [];
    const known = named || run.length > 0 ? { uses: new Map(named?.uses), declared: named?.declared ?? new Set<string>() } : undefined;
    for (const { name, evidence } of run) if (!known?.uses.has(name)) known?.uses.set(name, evidence);
    const uses: LibraryUse[] = [];
    const taken = new Set<ConnectionFact>();
    const reachedLibraries = new Set<Owner>();
    // Libraries whose files the service's imports load: a file of theirs no import loads runs
    // nowhere in the service, whatever its names say.
    const imported = input.importReach?.get(service);
    const byImports = new Set<Owner>();
    for (const file of imported?.files ?? []) {
      const library = input.libraryOf(file);
      if (library !== undefined) byImports.add(library);
    }
    const unloaded = (item: (typeof made)[number]): boolean => imported !== undefined && byImports.has(item.library) && !imported.files.has(item.file);
    if (known) {
      const names = new Set([...known.uses.keys()].filter((name) => !known.declared.has(name)));
      const entries = [...names].filter((name) => index.has(name)).sort(byText);
      const builtIn = input.builtIn?.(service);
      const runs = (declaration: Declared): boolean => input.mayRun?.(service, declaration.file, declaration.conditions ?? []) ?? true;
      for (const entry of entries) {
        const reached = index.reach([entry], names, runs, named?.ruledOut, entryNames);
        const files = new Set([...reached].map((declaration) => declaration.file));
        const language = languageOf(known.uses.get(entry)?.file ?? '');
        // A library whose entry points the service names is told apart, even when what it names makes no connection.
        for (const file of files) {
          const library = input.libraryOf(file);
          if (library !== undefined && (!builtIn || builtIn.has(library)) && sameLanguage(language, languageOf(file))) reachedLibraries.add(library);
        }
        for (const item of made) {
          if ((builtIn && !builtIn.has(item.library)) || unloaded(item)) continue;
          // A name reaches code of its own language only: a Go `Publisher` is not a Python library's class.
          if (!sameLanguage(language, languageOf(item.file))) continue;
          const inside = item.holder ? reached.has(item.holder) : files.has(item.file);
          if (!inside) continue;
          if (taken.has(item.connection)) continue;
          taken.add(item.connection);
          uses.push({ connection: item.connection, via: known.uses.get(entry) as Evidence, named: true });
        }
      }
      if (input.ruledOut) {
        const out = new Set(made.filter((item) => !taken.has(item.connection) && ruledOutFor(item, runs, named?.ruledOut ?? new Set())).map((item) => item.connection));
        if (out.size > 0) input.ruledOut.set(service, out);
      }
    }
    // Where the names cannot tell (they say nothing of a library the imports load, or the code
    // loading a file is not parsed), the loaded files' connections are the service's: what it runs.
    if (imported) {
      for (const item of made) {
        if (!byImports.has(item.library) || unloaded(item) || taken.has(item.connection)) continue;
        if (reachedLibraries.has(item.library) && !imported.unnamed.has(item.file)) continue;
        taken.add(item.connection);
        uses.push({ connection: item.connection, via: imported.via(item.file), named: true });
      }
    }
    // Library modules the service loads whose declarations are not known: what they load may all run (blind-loads.ts).
    const blind = input.blindLoads?.get(service);
    for (const item of blind ? made : []) {
      if (!blind?.files.has(item.file) || taken.has(item.connection) || unloaded(item)) continue;
      taken.add(item.connection);
      uses.push({ connection: item.connection, via: blind.via(item.file), named: true });
    }
    for (const reference of input.references.get(service) ?? []) {
      if (reachedLibraries.has(reference.library) || byImports.has(reference.library)) continue;
      for (const item of made) {
        if (item.library !== reference.library || taken.has(item.connection)) continue;
        taken.add(item.connection);
        uses.push({ connection: item.connection, via: reference.evidence, named: false });
      }
    }
    if (uses.length > 0) result.set(service, withCallerRoles(uses, new Set(serviceNames.get(service)?.uses.keys() ?? [])));
  }
  return result;
}

/** Redis commands reading or writing data: a service calling one on a library's client caches there too. */
const REDIS_DATA_COMMANDS = ['get', 'set', 'setex', 'mget', 'mset', 'del', 'incr', 'expire', 'exists', 'hget', 'hset', 'hgetall', 'hdel', 'lpush', 'rpush', 'lrange', 'sadd', 'smembers', 'zadd', 'zrange', 'json.get', 'sendCommand'];

/** The uses with each queue left to its caller in the roles the service's method calls give it. */
function withCallerRoles(uses: readonly LibraryUse[], names: ReadonlySet<string>): LibraryUse[] {
  return uses.flatMap((use) => {
    const roles = use.connection.rolesByCaller;
    if (roles === undefined) return [use];
    const calls = (methods: readonly string[]): boolean => methods.some((method) => names.has(calledMethod(method)));
    if (roles.adapters?.some((name) => names.has(name))) {
      const bus = (['produces', 'consumes'] as const).map((role) => ({ ...use, connection: { ...use.connection, role, mechanism: 'messaging' as const } }));
      return calls(REDIS_DATA_COMMANDS) ? [...bus, use] : bus;
    }
    const taken = [...(calls(roles.produces) ? (['produces'] as const) : []), ...(calls(roles.consumes) ? (['consumes'] as const) : [])];
    if (taken.length === 0) return [use];
    const moved = taken.map((role) => ({ ...use, connection: { ...use.connection, role, ...(roles.mechanism ? { mechanism: roles.mechanism } : {}) } }));
    // A Redis client published and subscribed through that also holds data is a database too.
    return roles.mechanism && calls(REDIS_DATA_COMMANDS) ? [...moved, use] : moved;
  });
}

/**
 * A connection a service's own factory makes and returns (`createClient(config)` in `redis.js`)
 * as the service's files calling it use it: `names` are the names those files use (their
 * code-names `uses`), its method calls among them (`.subscribe()`).
 */
export function connectionsByCaller(connection: ConnectionFact, names: ReadonlySet<string>): ConnectionFact[] {
  return withCallerRoles([{ connection, via: connection.evidence, named: true }], names).map((use) => use.connection);
}
