/**
 * Lays out the map: ELK's layered algorithm in a Web Worker for landscapes it handles quickly,
 * the quick layered layout (quick-layout.ts) beyond that. A newer request makes an older one
 * moot, so a still-running ELK is terminated rather than left to finish.
 */
import { positionsFromElk, toElkGraph, type ElkNode, type Positions } from './elk-input';
import type { MapGraph } from './map-graph';
import type { LayoutChoice } from './map-query';
import { quickLayout } from './quick-layout';

/**
 * Beyond this many nodes or edges ELK takes seconds on a small, busy machine (measured with
 * bench/map: 41 nodes with 330 edges took 5.8 s, 142 nodes with 160 edges 0.3-3.6 s).
 */
export const ELK_NODE_LIMIT = 250;
export const ELK_EDGE_LIMIT = 300;

export interface LayoutResult {
  positions: Positions;
  engine: 'elk' | 'quick';
  ms: number;
}

export function chooseEngine(graph: MapGraph, choice: LayoutChoice): 'elk' | 'quick' {
  if (choice !== 'auto') return choice;
  return graph.nodes.length <= ELK_NODE_LIMIT && graph.edges.length <= ELK_EDGE_LIMIT ? 'elk' : 'quick';
}

let worker: Worker | null = null;
let nextId = 1;
let pending: { id: number; reject: (error: Error) => void } | null = null;

function elkWorker(): Worker {
  worker ??= new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

/**
 * Starts the worker and runs a tiny layout, so ELK's start-up (seconds on a busy machine) happens
 * while the landscape is still loading rather than after. The real layout queues behind it.
 */
export function warmUpLayout(): void {
  if (worker || typeof Worker === 'undefined') return;
  elkWorker().postMessage({ id: 0, graph: { id: 'warm-up', layoutOptions: { 'elk.algorithm': 'layered' }, children: [{ id: 'a', width: 10, height: 10 }, { id: 'b', width: 10, height: 10 }], edges: [{ id: 'e', sources: ['a'], targets: ['b'] }] } });
}

async function elkLayout(graph: ElkNode): Promise<{ result: ElkNode; ms: number }> {
  if (pending) {
    // The previous layout is for a view nobody looks at any more.
    worker?.terminate();
    worker = null;
    pending.reject(new DOMException('Superseded', 'AbortError'));
    pending = null;
  }
  const id = nextId++;
  const current = elkWorker();
  return new Promise((resolve, reject) => {
    pending = { id, reject };
    current.onmessage = (event: MessageEvent<{ id: number; result?: ElkNode; ms?: number; error?: string }>) => {
      if (event.data.id !== id) return;
      pending = null;
      if (event.data.error || !event.data.result) reject(new Error(`The layout failed: ${event.data.error ?? 'no result'}`));
      else resolve({ result: event.data.result, ms: event.data.ms ?? 0 });
    };
    current.onerror = (event) => {
      pending = null;
      worker = null;
      reject(new Error(`The layout worker failed: ${event.message}`));
    };
    current.postMessage({ id, graph });
  });
}

export async function layoutGraph(graph: MapGraph, choice: LayoutChoice): Promise<LayoutResult> {
  const engine = chooseEngine(graph, choice);
  const started = performance.now();
  if (engine === 'quick') {
    if (pending) {
      worker?.terminate();
      worker = null;
      pending.reject(new DOMException('Superseded', 'AbortError'));
      pending = null;
    }
    return { positions: quickLayout(graph), engine, ms: performance.now() - started };
  }
  const { result } = await elkLayout(toElkGraph(graph));
  return { positions: positionsFromElk(result), engine, ms: performance.now() - started };
}
