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
import { ScanPool, chunksOf, defaultWorkerCount, workersAvailable } from './scan-pool.js';
import type { Source } from './source.js';
import { ALL_SOURCES } from './sources/index.js';
import { walkTree, type SkippedPath, type WalkedFile } from './walk.js';

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
/** Files per chunk, and about how many bytes. */
const CHUNK_FILES = 32;
const CHUNK_BYTES = 4 * 1_048_576;

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
  const sources = options.sources ?? ALL_SOURCES;
  const rulesPath = options.rulesFile ?? [join(resolve(paths[0] as string), DEFAULT_RULES_FILE)].find((candidate) => existsSync(candidate));
  const rules = rulesPath ? loadRules(rulesPath) : [];

  // Workers start before the walk, so that loading their code and grammars overlaps it.
  const workerCount = options.workers ?? defaultWorkerCount();
  let pool = sources === ALL_SOURCES && workerCount > 0 && workersAvailable() ? new ScanPool(workerCount, rules) : undefined;
  try {
    // Several roots are told apart by their folder names; one root's files are relative to it.
    const labels = paths.length === 1 ? [''] : paths.map((path) => basename(resolve(path)));
    const files: WalkedFile[] = [];
    const skipped: SkippedPath[] = [];
    for (const [index, path] of paths.entries()) {
      const walked = await walkTree(resolve(path), labels[index] ?? '', options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes });
      files.push(...walked.files);
      skipped.push(...walked.skipped);
    }

    const jobs: FileJob[] = [];
    for (const file of files) {
      const readers: number[] = [];
      for (const [index, source] of sources.entries()) if (source.accepts(file.path)) readers.push(index);
      if (readers.length > 0) jobs.push({ path: file.path, absolute: file.absolute, size: file.size, readers });
    }
    if (pool && options.workers === undefined && jobs.length < MIN_FILES_FOR_WORKERS) {
      await pool.close();
      pool = undefined;
    }

    // Chunks go to the workers a couple at a time each, so memory holds a few chunks of text.
    const chunks = chunksOf(jobs, CHUNK_FILES, CHUNK_BYTES);
    let filesDone = 0;
    let factsFound = 0;
    let lastProgress = 0;
    const progress = (chunk: readonly FileOutcome[]): void => {
      filesDone += chunk.length;
      for (const outcome of chunk) factsFound += outcome.facts.length;
      const now = Date.now();
      if (options.onProgress && now - lastProgress > 200) {
        lastProgress = now;
        options.onProgress({ files: filesDone, total: jobs.length, facts: factsFound, elapsedMs: now - started });
      }
    };
    let outcomes: FileOutcome[][];
    if (pool) {
      outcomes = await pool.run(chunks, (chunk) => readChunk(chunk, sources, rules), progress);
    } else {
      outcomes = [];
      for (const jobsOfChunk of chunks) {
        const chunk = await readChunk(jobsOfChunk, sources, rules);
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

    const graph = resolveFacts(facts);
    skipped.sort((left, right) => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0));
    return { ...graph, skipped, stats: { files: files.length, filesRead, bytesRead, facts: facts.length, elapsedMs: Date.now() - started } };
  } finally {
    await pool?.close();
  }
}
