/**
 * A scan: walk the given folders, hand each file to the sources that read it, and resolve the
 * facts into systems and integrations. Files are read one at a time and their text dropped once
 * read, so memory stays flat however large the tree; a file that breaks a source is reported as
 * skipped and the scan carries on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PatchbayError } from '../core/errors.js';
import type { Fact } from '../core/discovery/facts.js';
import { resolveFacts, type ResolvedGraph } from '../core/discovery/resolve.js';
import { parseUserRules, type UserRule } from '../core/discovery/user-rules.js';
import { parseCode } from './code-parser.js';
import { SNIFF_BYTES, evidenceFor, type Source, type SourceContext } from './source.js';
import { ALL_SOURCES } from './sources/index.js';
import { looksBinary, looksGenerated, walkTree, type SkippedPath, type WalkedFile } from './walk.js';

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

/**
 * Reads a file for its sources. When every source only sniffs the top of the file, the first
 * bytes are read first and the rest only if a source recognises them.
 */
async function readWanted(item: { file: WalkedFile; readers: readonly Source[] }): Promise<{ bytes?: Buffer; error?: NodeJS.ErrnoException; readers: readonly Source[] }> {
  try {
    let readers = item.readers;
    if (item.file.size > SNIFF_BYTES && readers.every((source) => source.sniff)) {
      const handle = await open(item.file.absolute, 'r');
      let head: string;
      try {
        const buffer = Buffer.alloc(SNIFF_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
        head = buffer.subarray(0, bytesRead).toString('utf8');
      } finally {
        await handle.close();
      }
      readers = readers.filter((source) => source.sniff?.(head));
      if (readers.length === 0) return { readers };
    }
    return { bytes: await readFile(item.file.absolute), readers };
  } catch (error) {
    return { error: error as NodeJS.ErrnoException, readers: item.readers };
  }
}

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

  // Several roots are told apart by their folder names; one root's files are relative to it.
  const labels = paths.length === 1 ? [''] : paths.map((path) => basename(resolve(path)));
  const files: WalkedFile[] = [];
  const skipped: SkippedPath[] = [];
  for (const [index, path] of paths.entries()) {
    const walked = await walkTree(resolve(path), labels[index] ?? '', options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes });
    files.push(...walked.files);
    skipped.push(...walked.skipped);
  }

  const facts: Fact[] = [];
  let filesRead = 0;
  let bytesRead = 0;
  let lastProgress = 0;
  // Files are read a batch at a time, concurrently: a scan spends most of its time waiting on the
  // file system, and one file at a time leaves the disk and the I/O threads idle. Sources then run
  // file by file, in order, so memory holds one batch of text at most.
  const wanted = files.map((file) => ({ file, readers: sources.filter((source) => source.accepts(file.path)) })).filter((item) => item.readers.length > 0);
  const BATCH = 32;
  for (let start = 0; start < wanted.length; start += BATCH) {
    const batch = wanted.slice(start, start + BATCH);
    const contents = await Promise.all(batch.map((item) => readWanted(item)));
    for (const [offset, item] of batch.entries()) {
      const { file } = item;
      const content = contents[offset] as { bytes?: Buffer; error?: NodeJS.ErrnoException; readers: readonly Source[] };
      const readers = content.readers;
      if (readers.length === 0) continue;
      if (!content.bytes) {
        skipped.push({ path: file.path, reason: `cannot be read (${content.error?.code ?? 'error'})` });
        continue;
      }
      const bytes = content.bytes;
      if (looksBinary(bytes)) {
        skipped.push({ path: file.path, reason: 'binary' });
        continue;
      }
      const text = bytes.toString('utf8');
      if (looksGenerated(text)) {
        skipped.push({ path: file.path, reason: 'generated code' });
        continue;
      }
      filesRead += 1;
      bytesRead += bytes.length;
      const sourceFile = { path: file.path, text };
      const context: SourceContext = { evidenceAt: evidenceFor(sourceFile), parse: parseCode, rules };
      for (const source of readers) {
        try {
          facts.push(...(await source.read(sourceFile, context)));
        } catch (error) {
          skipped.push({ path: file.path, reason: `${source.name} could not read it: ${(error as Error).message.split('\n')[0]}` });
        }
      }
    }
    const now = Date.now();
    if (options.onProgress && now - lastProgress > 200) {
      lastProgress = now;
      options.onProgress({ files: Math.min(start + BATCH, wanted.length), total: wanted.length, facts: facts.length, elapsedMs: now - started });
    }
  }

  const graph = resolveFacts(facts);
  skipped.sort((left, right) => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0));
  return { ...graph, skipped, stats: { files: files.length, filesRead, bytesRead, facts: facts.length, elapsedMs: Date.now() - started } };
}
