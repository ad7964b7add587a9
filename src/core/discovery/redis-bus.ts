/**
 * A Redis used both ways by one service: as a store (a cache, sessions, `CACHES`, a Rails
 * `cache_store`) and as a bus (Celery's or Sidekiq's broker, a Channels layer, ActionCable's
 * pub/sub, `publish`/`subscribe`). The integration is one, messaging: a queue or pub/sub bus on a
 * server that also keeps some keys is still the service's bus, and a reader of the graph asks
 * what flows where, not how many clients one process opens. So the service's database edge to
 * that Redis is folded into its messaging edge from it (`server -> redis`), its evidence kept,
 * whether that edge already existed (the service produces) or not (it only consumes: `redis ->
 * worker` stays as it is, and `worker -> redis` becomes messaging).
 *
 * Only Redis and the servers speaking its protocol (Valkey, KeyDB, Dragonfly): a PostgreSQL a
 * service both queries and `LISTEN`s on, or a DynamoDB table with a stream, keeps both edges.
 * A service that only stores in a Redis keeps its database edge, whatever other services do there.
 */

/** Redis and the servers speaking its protocol, by a component's technology. */
const REDIS_LIKE = /^(?:redis|valkey|keydb|dragonfly(?:db)?|redis stack)$/i;

/** Whether a component's technology is Redis or one speaking its protocol. */
export function isRedisLike(technology: string | undefined): boolean {
  return technology !== undefined && REDIS_LIKE.test(technology.trim());
}

/** What folding needs of an edge: its ends (by key, with the store's technology), mechanism and role. */
export interface FoldableEdge<Evidence> {
  source: { key: string };
  target: { key: string; technology?: string };
  mechanism: string;
  role: string;
  channel?: string;
  evidence: Evidence[];
}

/** What to do with one edge: keep it, drop it (its evidence given to another), or turn it into messaging. */
export type Fold = { id: string; action: 'merge'; into: string } | { id: string; action: 'convert' };

/**
 * For each service's database edge to a Redis-like store the service also messages through (an
 * edge of mechanism messaging between the two, either way, not a bare depends_on), what becomes
 * of it: merged into the service's messaging edge to the store when there is one (the first by
 * id, channel-less first), else converted into one. Pure: the caller applies it.
 */
export function foldStoreIntoBus<Evidence>(edges: ReadonlyMap<string, FoldableEdge<Evidence>>): Fold[] {
  const bus = new Set<string>();
  const outgoing = new Map<string, string>();
  for (const [id, edge] of [...edges].sort(([left, a], [right, b]) => (a.channel === undefined) !== (b.channel === undefined) ? (a.channel === undefined ? -1 : 1) : left < right ? -1 : 1)) {
    if (edge.mechanism !== 'messaging' || edge.role === 'depends') continue;
    bus.add(`${edge.source.key}|${edge.target.key}`);
    bus.add(`${edge.target.key}|${edge.source.key}`);
    const pair = `${edge.source.key}|${edge.target.key}`;
    if (!outgoing.has(pair)) outgoing.set(pair, id);
  }
  const folds: Fold[] = [];
  for (const [id, edge] of edges) {
    if (edge.mechanism !== 'database' || !isRedisLike(edge.target.technology)) continue;
    const pair = `${edge.source.key}|${edge.target.key}`;
    if (!bus.has(pair)) continue;
    const into = outgoing.get(pair);
    folds.push(into !== undefined ? { id, action: 'merge', into } : { id, action: 'convert' });
  }
  return folds;
}
