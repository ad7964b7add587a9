/**
 * A scan's worker thread: reads the chunks of files the main thread sends it and answers with
 * each file's facts (scan-file.ts, the same code the main thread runs). Tree-sitter's runtime and
 * grammars load here, once per worker and only for the languages it meets. Chunks are handled in
 * the order they came; files are read with blocking calls, which in a worker thread hold up no one
 * and cost less than a round trip through libuv's thread pool per call.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { UserRule } from '../core/discovery/user-rules.js';
import { readChunk, type FileJob, type FileOutcome } from './scan-file.js';
import { ALL_SOURCES } from './sources/index.js';

/** A chunk of files to read. */
export interface ChunkRequest {
  id: number;
  jobs: FileJob[];
}

/** A chunk's answer: one outcome per file, in the chunk's order. */
export interface ChunkAnswer {
  id: number;
  outcomes?: FileOutcome[];
  error?: string;
}

const { rules, maxFileBytes } = workerData as { rules: UserRule[]; maxFileBytes: number };
let previous: Promise<unknown> = Promise.resolve();

parentPort?.on('message', (request: ChunkRequest) => {
  previous = previous.then(async () => {
    let answer: ChunkAnswer;
    try {
      answer = { id: request.id, outcomes: await readChunk(request.jobs, ALL_SOURCES, rules, maxFileBytes) };
    } catch (error) {
      answer = { id: request.id, error: (error as Error).message };
    }
    parentPort?.postMessage(answer);
  });
});
parentPort?.postMessage({ ready: true });
