/**
 * Walking the integration graph to answer "what does this system depend on" (upstream: the
 * systems whose data reaches it) and "what depends on it" (downstream: the systems its data
 * reaches). The edges are loaded a level at a time through an injected loader, so the walk touches
 * only the part of a large catalog it needs and works the same over any store.
 */
import type { Direction } from '../model/vocabulary.js';

/** One integration seen as a graph edge. */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  direction: Direction | string;
}

/** Which way to walk: along the data flow, or against it. */
export type WalkWay = 'downstream' | 'upstream';

/** Loads the edges whose `end` is one of the given systems. */
export type EdgeLoader = (systemIds: string[], end: 'source' | 'target') => Promise<GraphEdge[]>;

/** A system reached by the walk, how far away and through which integration it was first met. */
export interface ReachedSystem {
  system: string;
  depth: number;
  /** The integration that led here on a shortest path. */
  via: string;
  /** The system the walk came from on that path. */
  from: string;
}

/** Options for a walk. */
export interface WalkOptions {
  /** Stop after this many hops (1 = direct neighbours only). */
  maxDepth?: number;
}

/** Follows one edge one step in the walk's direction, or returns null if it does not lead on. */
function step(edge: GraphEdge, from: string, way: WalkWay): string | null {
  const forward = way === 'downstream';
  if (edge.source === from && edge.target !== from && (forward || edge.direction === 'bidirectional')) return edge.target;
  if (edge.target === from && edge.source !== from && (!forward || edge.direction === 'bidirectional')) return edge.source;
  return null;
}

/**
 * Breadth-first walk from a system. Each system is reported once, at its shortest distance, in
 * order of depth then id; the start is never reported; cycles end the walk, they do not loop it.
 */
export async function walkGraph(start: string, way: WalkWay, loadEdges: EdgeLoader, options: WalkOptions = {}): Promise<ReachedSystem[]> {
  const maxDepth = options.maxDepth ?? Number.POSITIVE_INFINITY;
  const seen = new Set<string>([start]);
  const reached: ReachedSystem[] = [];
  let frontier = [start];
  for (let depth = 1; frontier.length > 0 && depth <= maxDepth; depth += 1) {
    const frontierSet = new Set(frontier);
    const primaryEnd = way === 'downstream' ? 'source' : 'target';
    const otherEnd = primaryEnd === 'source' ? 'target' : 'source';
    const edges = [...(await loadEdges(frontier, primaryEnd)), ...(await loadEdges(frontier, otherEnd)).filter((edge) => edge.direction === 'bidirectional')];
    edges.sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
    const level: ReachedSystem[] = [];
    for (const edge of edges) {
      for (const from of [edge.source, edge.target]) {
        if (!frontierSet.has(from)) continue;
        const next = step(edge, from, way);
        if (next === null || seen.has(next)) continue;
        seen.add(next);
        level.push({ system: next, depth, via: edge.id, from });
      }
    }
    level.sort((left, right) => (left.system < right.system ? -1 : 1));
    reached.push(...level);
    frontier = level.map((item) => item.system);
  }
  return reached;
}
