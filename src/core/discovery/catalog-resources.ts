/**
 * A Backstage catalog's resource is the team's name for a datastore the deployment runs under
 * another (`dependsOn: [resource:default/portal-postgres]` of the portal whose compose file runs
 * `portal-db`): the same system, not a second one. Resolution names systems by their names alone,
 * so such a resource would stay a system of its own with a declared edge beside the edge the
 * configuration shows. Here a resource only the catalog knows (no code, image or port of its own,
 * reached only by declared dependencies) is folded into the datastore its dependent uses that its
 * name or type describes: its declared edge goes, its evidence joins the real edge's.
 */
import type { Mechanism, SystemKind } from '../model/vocabulary.js';
import { CONFIDENCE, type ConnectionFact, type Evidence } from './facts.js';

/** What this needs of a resolved component. */
export interface CatalogNode {
  names: Map<string, number>;
  kind: SystemKind;
  technology?: string;
  roots: Set<string>;
  images?: Set<string>;
  ports?: Set<number>;
  defined: boolean;
}

/** What this needs of a resolved edge. */
export interface CatalogEdge<N extends CatalogNode> {
  source: N;
  target: N;
  mechanism: Mechanism;
  role: ConnectionFact['role'];
  confidence: number;
  evidence: Evidence[];
}

/** Kinds a resource can stand for. */
const STORE_KINDS = new Set<SystemKind>(['database', 'file-store', 'message-broker', 'data-warehouse']);
/** Words of resource names that say nothing about which store it is. */
const GENERIC_WORDS = new Set(['db', 'database', 'cluster', 'resource', 'store', 'instance', 'prod', 'production', 'main', 'primary', 'default', 'the']);

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length > 1);
}

/** How many of the resource's telling words the candidate's names or product share (prefixes count: `postgres` of PostgreSQL). */
function likeness(words: readonly string[], candidate: CatalogNode): number {
  const theirs = [...candidate.names.keys(), candidate.technology ?? ''].flatMap(wordsOf);
  return words.filter((word) => theirs.some((other) => other.startsWith(word) || word.startsWith(other))).length;
}

/** Folds catalog-only resources into the datastores they describe; changes `edges` in place. */
export function foldCatalogResources<N extends CatalogNode, E extends CatalogEdge<N>>(edges: Map<string, E>): void {
  const touching = new Map<N, E[]>();
  for (const edge of edges.values()) for (const end of [edge.source, edge.target]) touching.set(end, [...(touching.get(end) ?? []), edge]);
  const declaredDependency = (edge: E): boolean => edge.role === 'depends' && edge.confidence >= CONFIDENCE.declared;
  // Only a catalog's `resource:` reference: a Helm chart's subchart dependency (`- name: postgresql`)
  // is declared too, but names the datastore it deploys, never another one under a team's name.
  const catalogReference = (edge: E): boolean => edge.evidence.some((evidence) => /\bresource:/i.test(evidence.excerpt));
  const catalogOnly = (node: N): boolean =>
    node.roots.size === 0 && (node.images?.size ?? 0) === 0 && (node.ports?.size ?? 0) === 0 && (touching.get(node) ?? []).every(declaredDependency) && (node.kind === 'other' || STORE_KINDS.has(node.kind));
  for (const [id, edge] of [...edges]) {
    const resource = edge.target;
    if (!declaredDependency(edge) || !catalogReference(edge) || !catalogOnly(resource)) continue;
    const candidates = [...edges.values()]
      .filter((other) => other.source === edge.source && other.target !== resource && !declaredDependency(other))
      .filter((other) => STORE_KINDS.has(other.target.kind) && (resource.kind === 'other' || other.target.kind === resource.kind));
    if (candidates.length === 0) continue;
    // The dependent's own name in the resource's (`portal-` of `portal-postgres`) tells nothing.
    const own = new Set([...edge.source.names.keys()].flatMap(wordsOf));
    const words = [...resource.names.keys()].flatMap(wordsOf).filter((word) => !own.has(word) && !GENERIC_WORDS.has(word));
    const scored = candidates.map((other) => ({ other, score: likeness(words, other.target) })).sort((left, right) => right.score - left.score);
    const best = scored[0];
    const chosen = best && best.score > 0 && (scored[1]?.score ?? -1) < best.score ? best.other : candidates.length === 1 ? candidates[0] : undefined;
    if (!chosen) continue;
    edges.delete(id);
    chosen.evidence.push(...edge.evidence.filter((evidence) => !chosen.evidence.some((known) => known.file === evidence.file && known.line === evidence.line)));
    // Nothing else names it: the resource is the datastore, no system of its own.
    if (![...edges.values()].some((other) => other.source === resource || other.target === resource)) resource.defined = false;
  }
}
