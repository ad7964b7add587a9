/**
 * Client base classes given their addresses by their subclasses. A team's HTTP client base class
 * takes the server's address as a constructor parameter and configures its client with it
 * (`Client.BaseAddress = new Uri(baseClientServerUri)`), and each subclass passes its own setting
 * up (`: base(factory, globalSettings.BaseServiceUri.InternalNotifications, …)` in C#,
 * `super(restTemplate, props.getNotificationsUrl())` in Java). The base class's code makes the
 * calls; which server they reach is the subclass's choice, and which process makes them is
 * whichever registers (or constructs) the subclass.
 *
 * The code sources state both halves apart, one file each: the base class's connection on its
 * constructor parameter (`code:init:BaseClientService#1`), and each subclass's argument for it,
 * bound under a name of that subclass (`code:base:NotificationsPushEngine>BaseClientService#1`).
 * Here each such connection is made once more per subclass, at the subclass's argument: on that
 * subclass's binding (resolved as any other, its settings, env and literals), and in the
 * subclass's constructor, so that only a service reaching the subclass (library-reach.ts: a DI
 * registration, a construction) makes it. Two subclasses passing two settings are two
 * connections to two servers; a subclass nothing registers, or a base class nobody derives from,
 * makes none. A subclass passing on a parameter of its own (`: base(factory, baseUri)`) is a base
 * class in turn: its own subclasses' arguments are followed the same way, a few levels deep.
 *
 * The base class's own connection stays as it was: a base class also constructed directly
 * (`new BaseClientService(…)`) is given its arguments by that construction.
 *
 * Pure: facts in, facts out.
 */
import type { BindingFact, ConnectionFact, Fact } from './facts.js';

/** The prefix of a subclass's argument to its base class's constructor (without the `code:` of shared names). */
export const BASE_ARGUMENT_KEY = 'base:';

/** The shared name a subclass's argument for its base class's constructor parameter is bound under. */
export function baseArgumentName(subclass: string, base: string, index: number): string {
  return `${BASE_ARGUMENT_KEY}${subclass}>${base}#${index}`;
}

/** A connection or binding key naming a constructor parameter: `code:init:BaseClientService#1`. */
const CONSTRUCTOR_PARAMETER = /^code:init:([A-Za-z_]\w*)#(\d+)$/;
/** A subclass's argument for it: `code:base:NotificationsPushEngine>BaseClientService#1`. */
const BASE_ARGUMENT = /^code:base:([A-Za-z_]\w*)>([A-Za-z_]\w*)#(\d+)$/;
/** A binding passing on a constructor parameter of the subclass itself. */
const PASSED_ON = /^\$ref:code:init:([A-Za-z_]\w*)#(\d+)$/;
/** How many classes deep a parameter is followed down (base, subclass, its subclass…). */
const MAX_DEPTH = 4;

/** The facts with each base-class connection on a constructor parameter also made per subclass argument. */
export function withBaseConstructorArguments(facts: readonly Fact[]): Fact[] {
  // The subclasses' arguments by the parameter they give: `BaseClientService#1` → bindings.
  const argumentsOf = new Map<string, BindingFact[]>();
  for (const fact of facts) {
    if (fact.type !== 'binding' || fact.fallback) continue;
    const match = BASE_ARGUMENT.exec(fact.key);
    if (!match) continue;
    const parameter = `${match[2]}#${match[3]}`;
    const list = argumentsOf.get(parameter) ?? [];
    // One argument per subclass and parameter (a file read twice binds it twice).
    if (!list.some((other) => other.key === fact.key && other.evidence?.file === fact.evidence?.file)) list.push(fact);
    argumentsOf.set(parameter, list);
  }
  if (argumentsOf.size === 0) return [...facts];
  const added: ConnectionFact[] = [];
  const derive = (connection: ConnectionFact, parameter: string, depth: number, seen: Set<string>): void => {
    for (const argument of argumentsOf.get(parameter) ?? []) {
      if (!argument.evidence || seen.has(argument.key)) continue;
      added.push({ ...connection, target: { ...connection.target, key: argument.key }, evidence: argument.evidence });
      // `: base(factory, baseUri)` with the subclass's own parameter: what its subclasses give it.
      const passed = PASSED_ON.exec(argument.value);
      const subclass = BASE_ARGUMENT.exec(argument.key)?.[1];
      if (passed && passed[1] === subclass && depth + 1 < MAX_DEPTH) derive(connection, `${passed[1]}#${passed[2]}`, depth + 1, new Set([...seen, argument.key]));
    }
  };
  for (const fact of facts) {
    if (fact.type !== 'connection' || fact.target.key === undefined) continue;
    const match = CONSTRUCTOR_PARAMETER.exec(fact.target.key);
    if (match) derive(fact, `${match[1]}#${match[2]}`, 0, new Set());
  }
  return added.length > 0 ? [...facts, ...added] : [...facts];
}
