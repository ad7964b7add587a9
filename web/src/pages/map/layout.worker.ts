/// <reference lib="webworker" />
/**
 * Runs ELK off the main thread: a layered layout of a few hundred nodes takes seconds, and the
 * page must keep answering clicks and keys meanwhile.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from './elk-input';

const elk = new ELK();

self.onmessage = async (event: MessageEvent<{ id: number; graph: ElkNode }>) => {
  const { id, graph } = event.data;
  const started = performance.now();
  try {
    const result = await elk.layout(graph as never);
    (self as unknown as Worker).postMessage({ id, result, ms: performance.now() - started });
  } catch (error) {
    (self as unknown as Worker).postMessage({ id, error: String((error as Error)?.message ?? error) });
  }
};
