/**
 * .NET typed HTTP clients nothing registers. A typed client is a class whose constructor takes an
 * `HttpClient` (`CatalogClient(HttpClient http, IOptions<Options> options)`): only dependency
 * injection makes one (`services.AddHttpClient<CatalogClient>()`, Steeltoe's
 * `.AddHttpMessageHandler<DiscoveryHttpMessageHandler>()` chained on it), or code constructing it.
 * When no code of the scan names the class, its registration has been taken out (commented out,
 * a client of a service not live yet) and its calls are never made: what the class's code calls,
 * and what it gives the methods it calls (a base client's `GetAsync(baseUrl, path)`), is no edge.
 *
 * Only when some file registers typed clients (`AddHttpClient` in sight). A class is named when any
 * other declaration's references or any file's uses hold its name (or
 * the name of an interface it implements, `ICatalogClient`, which is how controllers take it), so
 * a client used anywhere, in any project, is kept.
 *
 * The same holds for a Spring client bean nothing injects: a `@Bean` method making a `RestClient`,
 * `WebClient` or `RestTemplate` (`RestClient.builder().baseUrl(baseUrl + "/orders").build()`)
 * whose type no other code of the scan names (no constructor or bean-method parameter, no field,
 * no `ObjectProvider<RestClient>`) and whose method no code calls is never handed to anything
 * that calls with it. Spring itself injects no such bean into anything, unlike a `DataSource` or
 * a connection factory, which auto-configuration takes up: those are never ruled out. Naming the
 * type anywhere keeps every bean of that type (which of them a `@Qualifier` picks is not
 * followed), and `getBean` anywhere keeps all.
 */
import type { CodeNamesFact } from './facts.js';

/** A place in a file: `(file, line)` lies inside a typed client nothing names. */
export type Unregistered = (file: string, line: number) => boolean;

/** The type HttpClient, as a constructor parameter's type names it (last segment). */
const HTTP_CLIENT = new Set(['HttpClient']);

/** Only C# source: other languages have no typed clients of this kind. */
const CSHARP = /\.cs$/i;

/** Code nothing takes: its lines, and the names that would take it. */
interface Client {
  file: string;
  line: number;
  endLine: number;
  names: string[];
}

/** The places inside clients none of whose names is in `named`. */
function deadClients(clients: readonly Client[], named: ReadonlySet<string>): Unregistered {
  const dead = clients.filter((client) => !client.names.some((name) => named.has(name)));
  if (dead.length === 0) return () => false;
  return (file, line) => dead.some((client) => client.file === file && line >= client.line && line <= client.endLine);
}

/** Client types Spring never injects on its own: only the team's code takes them. */
const CLIENT_BEANS = new Set(['RestClient', 'WebClient', 'RestTemplate']);

/** Java and Kotlin source. */
const JVM = /\.(?:java|kt)$/i;

/** The Spring client beans of Java and Kotlin files that no code takes, as a test of places. */
export function uninjectedClientBeans(codeNames: readonly CodeNamesFact[]): Unregistered {
  const files = codeNames.filter((fact) => JVM.test(fact.evidence.file));
  const clients: Client[] = [];
  for (const fact of files) {
    for (const bean of fact.declarations) {
      if (bean.kind === 'function' && bean.provides !== undefined && CLIENT_BEANS.has(bean.provides)) clients.push({ file: fact.evidence.file, line: bean.line, endLine: bean.endLine, names: [bean.provides, bean.name] });
    }
  }
  if (clients.length === 0) return () => false;
  const named = new Set<string>();
  for (const fact of files) {
    // A bean looked up by name can be any of them.
    if ('getBean' in fact.uses) return () => false;
    for (const declaration of fact.declarations) {
      // A bean method making a type names it (its return type, its builder) without taking one; what it is given, it takes.
      const makes = declaration.provides;
      for (const name of declaration.references) if (name !== makes && name !== declaration.name) named.add(name);
      for (const name of declaration.takes ?? []) named.add(name);
    }
  }
  return deadClients(clients, named);
}

/** Code no other code takes (typed HttpClients, Spring client beans), as one test of places. */
export function unusedClients(codeNames: readonly CodeNamesFact[]): Unregistered {
  const typed = unregisteredTypedClients(codeNames);
  const beans = uninjectedClientBeans(codeNames);
  return (file, line) => typed(file, line) || beans(file, line);
}

/** The typed clients of C# files that no code names, as a test of places. */
export function unregisteredTypedClients(codeNames: readonly CodeNamesFact[]): Unregistered {
  const files = codeNames.filter((fact) => CSHARP.test(fact.evidence.file));
  const clients: Client[] = [];
  for (const fact of files) {
    for (const type of fact.declarations) {
      if (type.kind !== 'type') continue;
      const typed = fact.declarations.some((member) => member.initialiser === true && member.parent === type.name && (member.takes ?? []).some((name) => HTTP_CLIENT.has(name)));
      if (!typed) continue;
      const interfaces = (type.bases ?? []).filter((base) => /^I[A-Z]/.test(base));
      clients.push({ file: fact.evidence.file, line: type.line, endLine: type.endLine, names: [type.name, ...interfaces] });
    }
  }
  // Typed clients are registered through the client factory, in files the scan reads: with no
  // `AddHttpClient` in sight, whatever registers them is not read, and nothing is ruled out.
  if (clients.length === 0 || !files.some((fact) => 'AddHttpClient' in fact.uses)) return () => false;
  const named = new Set<string>();
  for (const fact of files) {
    for (const name of Object.keys(fact.uses)) named.add(name);
    for (const declaration of fact.declarations) {
      // A class's own members name it (its constructor, `nameof`): not a registration.
      const owner = declaration.kind === 'type' ? declaration.name : declaration.parent;
      for (const name of declaration.references) if (name !== owner) named.add(name);
    }
  }
  return deadClients(clients, named);
}
