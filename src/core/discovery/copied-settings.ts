/**
 * One image run as several deployables (compose `server`, `services` and `worker` on
 * `acme/acme:3`, each its own subcommand) often shares one environment block (`x-common-env: &env`
 * merged into every service) and one start order: every service gets the server's database URL
 * and waits for the database, though only the server's code reads that URL. A deployable whose
 * command is known (python-cli.ts: the code it runs is its subcommand's), whose code makes no use
 * of the store, and which calls a sibling of its codebase that does use it over that sibling's API
 * (a worker polling the server) is the sibling's client: the server keeps the database behind its
 * API, and the client's `depends_on` on the store and the copied variable addressing it are the
 * shared block's, not a connection of its own.
 *
 * Only a copy says so: the deployable's environment holds the very variable (same name, same
 * value) a sibling using the store has, and that value addresses the store. A deployable whose
 * command is unknown, that calls no such sibling (a background process of the server, whose
 * module-level database session the reach of its subcommand does not always show), or whose
 * environment addresses the store in a variable of its own keeps its edge.
 *
 * Pure: the caller gives edges, whose codebases' commands are known, and each one's settings.
 */

/** How a client calls a server's API. */
const API_MECHANISMS = new Set(['rest', 'grpc', 'graphql']);

/** What the rule needs of an edge. */
export interface StoreEdge<C> {
  source: C;
  target: C;
  role: string;
  mechanism: string;
}

/** What the rule needs of a setting. */
export interface Setting {
  key: string;
  value: string;
}

/**
 * The edges on a datastore made only by a copied environment: `codebaseOf` gives the codebase
 * (its root) of each deployable whose command's code is known, `settingsOf` its own environment,
 * `addresses(value, store)` whether a setting's value names that store, `inCode(edge)` whether
 * code says the edge (else only deployment files do: a depends_on, an env-only URL).
 */
export function copiedStoreDependencies<C, E extends StoreEdge<C>>(
  edges: Iterable<E>,
  codebaseOf: (component: C) => string | undefined,
  settingsOf: (component: C) => readonly Setting[],
  addresses: (value: string, store: C) => boolean,
  inCode: (edge: E) => boolean = (edge) => edge.role !== 'depends',
): Set<E> {
  const all = [...edges];
  const users = new Map<C, Set<C>>();
  for (const edge of all) {
    if (!inCode(edge) || edge.mechanism !== 'database') continue;
    users.set(edge.target, (users.get(edge.target) ?? new Set<C>()).add(edge.source));
  }
  const dropped = new Set<E>();
  for (const edge of all) {
    // Only an edge the deployment's files alone say (a start order, a variable no code of its own reads).
    if (inCode(edge) || edge.mechanism !== 'database') continue;
    const codebase = codebaseOf(edge.source);
    const storeUsers = users.get(edge.target);
    if (codebase === undefined || storeUsers === undefined || storeUsers.has(edge.source)) continue;
    const called = new Set(all.filter((other) => other.source === edge.source && API_MECHANISMS.has(other.mechanism)).map((other) => other.target));
    const siblings = [...storeUsers].filter((user) => user !== edge.source && codebaseOf(user) === codebase && called.has(user));
    if (siblings.length === 0) continue;
    const own = settingsOf(edge.source).filter((setting) => addresses(setting.value, edge.target));
    if (own.length === 0) continue;
    // Every variable addressing the store is one a sibling using it has too, with the same value.
    const copied = own.every((setting) => siblings.some((sibling) => settingsOf(sibling).some((theirs) => theirs.key === setting.key && theirs.value === setting.value)));
    if (copied) dropped.add(edge);
  }
  return dropped;
}
