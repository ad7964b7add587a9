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

/**
 * Loads the edges whose `end` is one of the given systems. With `bidirectionalOnly` the walk
 * needs only bidirectional edges; a loader may return others too (they are filtered out), but
 * leaving them out saves a walk across a large catalog most of its work.
 */
export type EdgeLoader = (systemIds: string[], end: 'source' | 'target', bidirectionalOnly: boolean) => Promise<GraphEdge[]>;

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

/**
 * Breadth-first walk from a system. Each system is reported once, at its shortest distance, in
 * order of depth then id, reached through the integration with the smallest id at that distance;
 * the start is never reported; cycles end the walk, they do not loop it. Edges are not sorted:
 * keeping the smallest id per reached system gives the same answer in linear time, which matters
 * when a walk crosses a whole catalog of 100,000 integrations.
 */
export async function walkGraph(start: string, way: WalkWay, loadEdges: EdgeLoader, options: WalkOptions = {}): Promise<ReachedSystem[]> {
  const maxDepth = options.maxDepth ?? Number.POSITIVE_INFINITY;
  const seen = new Set<string>([start]);
  const reached: ReachedSystem[] = [];
  let frontier = [start];
  const primaryEnd = way === 'downstream' ? 'source' : 'target';
  const otherEnd = primaryEnd === 'source' ? 'target' : 'source';
  for (let depth = 1; frontier.length > 0 && depth <= maxDepth; depth += 1) {
    const frontierSet = new Set(frontier);
    const level = new Map<string, ReachedSystem>();
    const offer = (edge: GraphEdge, from: string, next: string) => {
      if (seen.has(next)) return;
      const earlier = level.get(next);
      if (!earlier || edge.id < earlier.via || (edge.id === earlier.via && from < earlier.from)) level.set(next, { system: next, depth, via: edge.id, from });
    };
    // Along the flow (or against it, upstream) every edge leads on; the other way only bidirectional ones do.
    for (const edge of await loadEdges(frontier, primaryEnd, false)) {
      const from = primaryEnd === 'source' ? edge.source : edge.target;
      const next = primaryEnd === 'source' ? edge.target : edge.source;
      if (from !== next && frontierSet.has(from)) offer(edge, from, next);
    }
    for (const edge of await loadEdges(frontier, otherEnd, true)) {
      if (edge.direction !== 'bidirectional') continue;
      const from = otherEnd === 'source' ? edge.source : edge.target;
      const next = otherEnd === 'source' ? edge.target : edge.source;
      if (from !== next && frontierSet.has(from)) offer(edge, from, next);
    }
    const found = [...level.values()].sort((left, right) => (left.system < right.system ? -1 : 1));
    for (const item of found) seen.add(item.system);
    reached.push(...found);
    frontier = found.map((item) => item.system);
  }
  return reached;
}
