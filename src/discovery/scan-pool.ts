/**
 * The worker threads of a large scan. The main thread walks the tree and hands out chunks of files;
 * each worker reads its chunks and runs the sources on them (parsing is the costly part), so a
 * scan uses every core. Answers are kept by chunk, and the caller puts them back in file order:
 * the result does not depend on which worker read what, or when.
 *
 * A worker that dies (or a chunk it cannot finish) does not stop the scan: its chunks are read on
 * the main thread instead.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { UserRule } from '../core/discovery/user-rules.js';
import type { FileJob, FileOutcome } from './scan-file.js';
import { DEFAULT_MAX_FILE_BYTES } from './walk.js';
import type { ChunkAnswer, ChunkRequest } from './scan-worker.js';

/** The compiled worker beside this module (absent when running from TypeScript sources, e.g. under the test runner). */
const WORKER_FILE = new URL('./scan-worker.js', import.meta.url);

/**
 * Chunks a worker holds at once: the one being read, and three queued. With two, the workers
 * went short of chunks while the main thread walked (7–25% of their time idle in the walk's first
 * seconds on the full bench tree: the walk answers them only between its blocking calls, and a
 * chunk takes a worker about as long as the walk takes between two looks). Which chunk goes to
 * which worker changes nothing in the answer.
 */
const CHUNKS_PER_WORKER = 4;

/**
 * How many workers a scan uses by default: one per core, at most 4; `PATCHBAY_SCAN_WORKERS`
 * overrides (0 = none). On a single core the scan runs on its own thread. The load of the machine
 * is not counted against the cores any more: on the benchmark's 2-core machine two workers took
 * 8.0 s where one thread took 11.6 s on a quiet machine, and the two were even (50 s) at a load
 * of 19, so a busy machine costs workers nothing (measured 2026-11-26, bench/README.md).
 */
export function defaultWorkerCount(env: NodeJS.ProcessEnv = process.env, cores: number = availableParallelism()): number {
  const wanted = env.PATCHBAY_SCAN_WORKERS;
  if (wanted !== undefined && /^\d+$/.test(wanted.trim())) return Number(wanted.trim());
  if (cores < 2) return 0;
  return Math.min(4, cores);
}

/** Whether worker threads can run here (the compiled worker module exists). */
export function workersAvailable(): boolean {
  return import.meta.url.endsWith('.js') && existsSync(fileURLToPath(WORKER_FILE));
}

/**
 * Splits files into chunks of at most `maxFiles` files, keeping their order. (Files' sizes are not
 * known here: the walk does not stat them, and a file is at most the scan's largest, 1 MB by default.)
 */
export function chunksOf(jobs: readonly FileJob[], maxFiles: number): FileJob[][] {
  const chunks: FileJob[][] = [];
  const builder = new ChunkBuilder(maxFiles, (chunk) => chunks.push(chunk));
  for (const job of jobs) builder.add(job);
  builder.flush();
  return chunks;
}

/** The same splitting, file by file as the walk finds them: each full chunk goes to `emit`. */
export class ChunkBuilder {
  private current: FileJob[] = [];

  constructor(
    private readonly maxFiles: number,
    private readonly emit: (chunk: FileJob[]) => void,
  ) {}

  add(job: FileJob): void {
    this.current.push(job);
    if (this.current.length >= this.maxFiles) this.flush();
  }

  /** Emits the chunk being filled, if it holds anything. */
  flush(): void {
    if (this.current.length === 0) return;
    this.emit(this.current);
    this.current = [];
  }
}

/** A pool's run fed chunk by chunk (ScanPool.start). */
export interface PoolRun {
  add(chunk: FileJob[]): void;
  end(): Promise<FileOutcome[][]>;
}

interface Member {
  worker: Worker;
  inFlight: Map<number, ChunkRequest>;
  alive: boolean;
}

/** A pool of scan workers, started before the walk so that their start-up overlaps it. */
export class ScanPool {
  private readonly members: Member[] = [];
  private onAnswer: ((member: Member, answer: ChunkAnswer) => void) | undefined;
  private onLost: ((member: Member) => void) | undefined;

  constructor(count: number, rules: readonly UserRule[], maxFileBytes = DEFAULT_MAX_FILE_BYTES) {
    for (let index = 0; index < count; index += 1) {
      const worker = new Worker(WORKER_FILE, { workerData: { rules, maxFileBytes } });
      const member: Member = { worker, inFlight: new Map(), alive: true };
      worker.on('message', (message: ChunkAnswer | { ready: true }) => {
        if ('id' in message) this.onAnswer?.(member, message);
      });
      const lost = (): void => {
        if (!member.alive) return;
        member.alive = false;
        this.onLost?.(member);
      };
      worker.on('error', lost);
      worker.on('exit', lost);
      this.members.push(member);
    }
  }

  /**
   * Starts a run whose chunks are added while it goes (the walk still finding files): each is
   * handed to a worker as one has room (`local` reads a chunk on this thread when no worker can),
   * and `end` gives every chunk's outcomes at its index once all are read. Which worker read what, and when, changes nothing in the answer.
   */
  start(local: (jobs: FileJob[]) => Promise<FileOutcome[]>, onChunk?: (outcomes: FileOutcome[]) => void): PoolRun {
    const chunks: FileJob[][] = [];
    const results: FileOutcome[][] = [];
    const queue: number[] = [];
    let remaining = 0;
    let ended = false;
    let failure: Error | undefined;
    let settle: { resolve: (results: FileOutcome[][]) => void; reject: (error: Error) => void } | undefined;
    const finishIfDone = (): void => {
      if (!settle) return;
      if (failure) settle.reject(failure);
      else if (ended && remaining === 0) settle.resolve(results);
    };
    const done = (id: number, outcomes: FileOutcome[]): void => {
      if (results[id] !== undefined) return;
      results[id] = outcomes;
      remaining -= 1;
      onChunk?.(outcomes);
      finishIfDone();
    };
    const readLocally = (id: number): void => {
      local(chunks[id] as FileJob[]).then(
        (outcomes) => done(id, outcomes),
        (error: unknown) => {
          failure ??= error as Error;
          finishIfDone();
        },
      );
    };
    const feed = (): void => {
      const alive = this.members.filter((member) => member.alive);
      if (alive.length === 0) {
        // No worker left: the main thread reads what is left, in order.
        while (queue.length > 0) readLocally(queue.shift() as number);
        return;
      }
      for (const member of alive) {
        while (member.inFlight.size < CHUNKS_PER_WORKER && queue.length > 0) {
          const id = queue.shift() as number;
          const request: ChunkRequest = { id, jobs: chunks[id] as FileJob[] };
          member.inFlight.set(id, request);
          member.worker.postMessage(request);
        }
      }
    };
    this.onAnswer = (member, message) => {
      member.inFlight.delete(message.id);
      if (message.outcomes) done(message.id, message.outcomes);
      else readLocally(message.id);
      feed();
    };
    this.onLost = (member) => {
      // What the worker held goes back to the front of the queue, in order.
      queue.unshift(...[...member.inFlight.keys()].sort((a, b) => a - b));
      member.inFlight.clear();
      feed();
    };
    return {
      add(chunk: FileJob[]): void {
        chunks.push(chunk);
        queue.push(chunks.length - 1);
        remaining += 1;
        feed();
      },
      end(): Promise<FileOutcome[][]> {
        ended = true;
        return new Promise((resolve, reject) => {
          settle = { resolve, reject };
          finishIfDone();
        });
      },
    };
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    this.onAnswer = undefined;
    this.onLost = undefined;
    await Promise.all(
      this.members.map(async (member) => {
        member.alive = false;
        await member.worker.terminate();
      }),
    );
  }
}
