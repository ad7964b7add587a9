/**
 * A scan: walk the given folders, hand each file to the sources that read it, and resolve the
 * facts into systems and integrations. Files are read a chunk at a time and their text dropped once
 * read, so memory stays flat however large the tree; a file that breaks a source is reported as
 * skipped and the scan carries on. A large scan reads its chunks on worker threads (scan-pool.ts),
 * one per core; the facts are put back in file order, so the result is the same either way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PatchbayError } from '../core/errors.js';
import type { Fact } from '../core/discovery/facts.js';
import { resolveFacts, type ResolvedGraph } from '../core/discovery/resolve.js';
import { parseUserRules, type UserRule } from '../core/discovery/user-rules.js';
import { readChunk, type FileJob, type FileOutcome } from './scan-file.js';
import { ChunkBuilder, ScanPool, defaultWorkerCount, workersAvailable, type PoolRun } from './scan-pool.js';
import type { Source } from './source.js';
import { readerChooser } from './source-dispatch.js';
import { DEFAULT_MAX_FILE_BYTES, walkFiles, type SkippedPath } from './walk.js';

/** The rules file looked for at the root of a scan when none is given. */
export const DEFAULT_RULES_FILE = 'patchbay-rules.yaml';

/** How a scan runs. */
export interface ScanOptions {
  /** A rules file for in-house client libraries (default: patchbay-rules.yaml at the first root, if any). */
  rulesFile?: string;
  /** Files larger than this are skipped (default 1 MB). */
  maxFileBytes?: number;
  /** The sources to run (default: all). */
  sources?: readonly Source[];
  /**
   * Worker threads that read and parse files; 0 reads everything on the calling thread. By default
   * one per core (at most 4, or `PATCHBAY_SCAN_WORKERS`; see defaultWorkerCount) when at least
   * MIN_FILES_FOR_WORKERS files are to be read. Workers run only with the default sources, from
   * the compiled code. The result is the same however many there are.
   */
  workers?: number;
  /** Called now and then with progress, for a terminal display. */
  onProgress?: (progress: ScanProgress) => void;
}

/** How far a scan has come. */
export interface ScanProgress {
  files: number;
  total: number;
  facts: number;
  elapsedMs: number;
}

/** What a scan found, what it left out, and what it cost. */
export interface ScanResult extends ResolvedGraph {
  skipped: SkippedPath[];
  stats: { files: number; filesRead: number; bytesRead: number; facts: number; elapsedMs: number };
}

/** Reads and checks a rules file, naming the file in any error. */
export function loadRules(path: string): UserRule[] {
  let value: unknown;
  try {
    value = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PatchbayError('invalid-input', `${path}: cannot be read as YAML: ${(error as Error).message}`, { issues: [{ file: path, message: (error as Error).message }] });
  }
  return parseUserRules(value, path);
}

/** Below this many files to read, starting worker threads costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 400;
/** Files per chunk. */
const CHUNK_FILES = 32;
/** Files to read the walk finds between two looks at the workers' answers (two chunks: the workers are not kept waiting). */
const YIELD_EVERY_FILES = 64;

/** Scans folders (or files) and returns the graph they describe. */
export async function scanPaths(paths: string[], options: ScanOptions = {}): Promise<ScanResult> {
  const started = Date.now();
  if (paths.length === 0) throw new PatchbayError('invalid-input', 'Give at least one folder or file to scan');
  const missing = paths.filter((path) => !existsSync(path));
  if (missing.length > 0) {
    throw new PatchbayError('invalid-input', `${missing.join(', ')}: no such file or folder; check the path${missing.length === 1 ? '' : 's'}`, {
      issues: missing.map((path) => ({ file: path, message: 'does not exist' })),
    });
  }
  const rulesPath = options.rulesFile ?? [join(resolve(paths[0] as string), DEFAULT_RULES_FILE)].find((candidate) => existsSync(candidate));
  const rules = rulesPath ? loadRules(rulesPath) : [];
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;

  // Workers start before the walk, so that loading their code and grammars overlaps it; and
  // before this thread loads the sources' code (a second or so), which they load again each.
  const workerCount = options.workers ?? defaultWorkerCount();
  const poolWanted = workerCount > 0 && workersAvailable();
  let pool = poolWanted && options.sources === undefined ? new ScanPool(workerCount, rules, maxFileBytes) : undefined;
  try {
    const { ALL_SOURCES } = await import('./sources/index.js');
    const sources = options.sources ?? ALL_SOURCES;
    if (!pool && poolWanted && sources === ALL_SOURCES) pool = new ScanPool(workerCount, rules, maxFileBytes);
    // Several roots are told apart by their folder names; one root's files are relative to it.
    const labels = paths.length === 1 ? [''] : paths.map((path) => basename(resolve(path)));
    const skipped: SkippedPath[] = [];
    let filesWalked = 0;
    /** Every file walked, read or not: resolution maps a command's paths in an image back to them. */
    const walked: string[] = [];
    let jobsFound = 0;
    let filesDone = 0;
    let factsFound = 0;
    let lastProgress = 0;
    const progress = (chunk: readonly FileOutcome[]): void => {
      filesDone += chunk.length;
      for (const outcome of chunk) factsFound += outcome.facts.length;
      const now = Date.now();
      if (options.onProgress && now - lastProgress > 200) {
        lastProgress = now;
        options.onProgress({ files: filesDone, total: jobsFound, facts: factsFound, elapsedMs: now - started });
      }
    };
    const readHere = (jobs: FileJob[]): Promise<FileOutcome[]> => readChunk(jobs, sources, rules, maxFileBytes);

    // Chunks go to the workers while the walk goes on, so that reading starts with the first
    // chunk rather than after the last folder (the walk of a 105,000-file tree takes seconds). A
    // scan too small for workers is only known as such at the end of its walk: its first chunks
    // wait until MIN_FILES_FOR_WORKERS files are found. Chunks are cut from the files in walk order,
    // so which chunk holds which file never depends on timing.
    let run: PoolRun | undefined;
    const waiting: FileJob[][] = [];
    const startRun = (): void => {
      if (!pool || run) return;
      run = pool.start(readHere, progress);
      for (const chunk of waiting.splice(0)) run.add(chunk);
    };
    const builder = new ChunkBuilder(CHUNK_FILES, (chunk) => {
      if (run) run.add(chunk);
      else {
        waiting.push(chunk);
        if (jobsFound >= MIN_FILES_FOR_WORKERS) startRun();
      }
    });
    const readersOf = readerChooser(sources);
    let sinceYield = 0;
    for (const [index, path] of paths.entries()) {
      for (const file of walkFiles(resolve(path), labels[index] ?? '', skipped)) {
        filesWalked += 1;
        walked.push(file.path);
        const readers = readersOf(file.path);
        if (readers.length === 0) continue;
        jobsFound += 1;
        builder.add({ path: file.path, absolute: file.absolute, readers });
        // The walk makes blocking calls: now and then the workers' answers are let in, so that
        // each gets its next chunk.
        if (run && (sinceYield += 1) >= YIELD_EVERY_FILES) {
          sinceYield = 0;
          await new Promise((next) => setImmediate(next));
        }
      }
    }
    builder.flush();
    if (!run && pool && options.workers === undefined && jobsFound < MIN_FILES_FOR_WORKERS) {
      await pool.close();
      pool = undefined;
    }
    startRun();

    let outcomes: FileOutcome[][];
    if (run) {
      outcomes = await run.end();
    } else {
      outcomes = [];
      for (const jobsOfChunk of waiting) {
        const chunk = await readHere(jobsOfChunk);
        outcomes.push(chunk);
        progress(chunk);
      }
    }

    const facts: Fact[] = [];
    let filesRead = 0;
    let bytesRead = 0;
    for (const chunk of outcomes) {
      for (const outcome of chunk) {
        for (const fact of outcome.facts) facts.push(fact);
        for (const item of outcome.skipped) skipped.push(item);
        if (outcome.read) {
          filesRead += 1;
          bytesRead += outcome.bytesRead;
        }
      }
    }

    const graph = resolveFacts(facts, { files: walked });
    skipped.sort((left, right) => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0));
    return { ...graph, skipped, stats: { files: filesWalked, filesRead, bytesRead, facts: facts.length, elapsedMs: Date.now() - started } };
  } finally {
    await pool?.close();
  }
}
