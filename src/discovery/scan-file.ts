/**
 * One file of a scan, from its path to its facts: read it (only its first bytes when every source
 * that wants it merely sniffs), check it is text and hand-written, then let each source read it.
 * The same code runs on the main thread and in the scan's worker threads (scan-worker.ts), so a
 * file gives the same facts and the same reasons to skip it wherever it is read.
 */
import { closeSync, fstatSync, openSync, readdirSync, readSync, realpathSync } from 'node:fs';
import { sep } from 'node:path';
import type { Fact } from '../core/discovery/facts.js';
import { pushAll } from '../core/discovery/arrays.js';
import type { UserRule } from '../core/discovery/user-rules.js';
import { parseCode } from './code-parser.js';
import { SNIFF_BYTES, evidenceFor, type Source, type SourceContext } from './source.js';
import { DEFAULT_MAX_FILE_BYTES, looksBinary, looksGenerated, type SkippedPath } from './walk.js';

/** A file to read, and which sources read it (indexes into the scan's list of sources). */
export interface FileJob {
  path: string;
  absolute: string;
  readers: number[];
}

/** What reading one file gave. */
export interface FileOutcome {
  facts: Fact[];
  skipped: SkippedPath[];
  /** Bytes read whole and handed to the sources (0 when the file was not read whole, or was skipped). */
  bytesRead: number;
  /** Whether the file counts as read (text handed to at least one source). */
  read: boolean;
}

interface Content {
  /** The file's bytes: a view of the thread's read buffer, good until the next file is read. */
  bytes?: Buffer;
  error?: NodeJS.ErrnoException;
  /** Set when the file is larger than the scan reads. */
  tooLarge?: boolean;
  readers: readonly Source[];
}

/** The buffer files are read into, one per thread, grown as files need (up to the scan's limit + 1). */
let readBuffer = Buffer.allocUnsafe(65_536);

/**
 * Reads a file into the thread's buffer, at most `limit` bytes, and says how many it holds. One
 * open, reads until the end or the limit, one close: the size is learnt by reading (the walk does
 * not stat files), and a file over the limit is read no further than one byte past it.
 */
function readUpTo(absolute: string, limit: number): number {
  const descriptor = openSync(absolute, 'r');
  try {
    return fillFrom(descriptor, 0, limit);
  } finally {
    closeSync(descriptor);
  }
}

/** Reads on from `length` bytes already in the thread's buffer until the end of the file or `limit`, growing the buffer as needed; gives the new length. */
function fillFrom(descriptor: number, start: number, limit: number): number {
  let length = start;
  for (;;) {
    if (length === readBuffer.length) {
      if (length >= limit) return length;
      const grown = Buffer.allocUnsafe(Math.min(limit, readBuffer.length * 4));
      readBuffer.copy(grown, 0, 0, length);
      readBuffer = grown;
    }
    const count = readSync(descriptor, readBuffer, length, Math.min(readBuffer.length, limit) - length, null);
    if (count === 0) return length;
    length += count;
    if (length >= limit) return length;
  }
}

/**
 * Reads a file for its sources. When every source only sniffs the top of the file, the first
 * bytes are read first and the rest only if a source recognises them.
 *
 * Blocking calls, on purpose: with the files in the page cache (the usual case: a repository just
 * cloned or checked out) each asynchronous read cost four promise round trips through the thread
 * pool, and reading a 105,000-file tree that way took 6 s of the main thread's time where blocking
 * reads take about 1 s. In a worker thread a blocking read holds up no one.
 */
function readWanted(job: FileJob, sources: readonly Source[], maxBytes: number): Content {
  let readers = job.readers.map((index) => sources[index] as Source);
  try {
    if (maxBytes > SNIFF_BYTES && readers.every((source) => source.sniff)) return readSniffedFirst(job, readers, maxBytes);
    const length = readUpTo(job.absolute, maxBytes + 1);
    if (length > maxBytes) return { tooLarge: true, readers };
    if (length > SNIFF_BYTES && readers.every((source) => source.sniff)) {
      const head = readBuffer.toString('utf8', 0, SNIFF_BYTES);
      readers = readers.filter((source) => source.sniff?.(head));
      if (readers.length === 0) return { readers };
    }
    return { bytes: readBuffer.subarray(0, length), readers };
  } catch (error) {
    return { error: error as NodeJS.ErrnoException, readers };
  }
}

/**
 * readWanted for a file every reader of which sniffs: the top of the file is read first, and the
 * rest only when a reader recognises it (or when the file may be over the limit, which is reported
 * whatever the readers say). The same answer as reading it whole first: on the benchmark's tree a
 * third of the bytes read were JSON files no reader wanted past their first 4 KB.
 */
function readSniffedFirst(job: FileJob, all: readonly Source[], maxBytes: number): Content {
  const descriptor = openSync(job.absolute, 'r');
  try {
    let length = fillFrom(descriptor, 0, SNIFF_BYTES + 1);
    let readers = all;
    if (length > SNIFF_BYTES) {
      const head = readBuffer.toString('utf8', 0, SNIFF_BYTES);
      readers = all.filter((source) => source.sniff?.(head));
      if (readers.length === 0 && fstatSync(descriptor).size <= maxBytes) return { readers };
    }
    length = fillFrom(descriptor, length, maxBytes + 1);
    if (length > maxBytes) return { tooLarge: true, readers: all };
    if (readers.length === 0) return { readers };
    return { bytes: readBuffer.subarray(0, length), readers };
  } finally {
    closeSync(descriptor);
  }
}

/** The largest file a source may read beside its own (a chart's values.yaml is a few kilobytes). */
const MAX_COMPANION_BYTES = 1_048_576;

/**
 * Reads another file of the scan for a source, by its scan path: the scan root is what the job's
 * absolute path has before its scan path. Paths climbing out (`..`) are refused; texts are kept
 * for the chunk, as several files ask for the same one (every template of a chart its values).
 */
function companionReader(job: FileJob, cache: Map<string, string | undefined>): (path: string) => string | undefined {
  return (path) => {
    if (path === '' || path.startsWith('/') || path.split('/').some((part) => part === '..' || part === '.') || !job.absolute.endsWith(job.path)) return undefined;
    const base = job.absolute.slice(0, job.absolute.length - job.path.length);
    const absolute = `${base}${path}`;
    if (cache.has(absolute)) return cache.get(absolute);
    let text: string | undefined;
    try {
      // A symbolic link inside the scan may point anywhere; the walk does not follow one out, nor does this.
      const realBase = realpathSync(base === '' ? '.' : base);
      const inside = realpathSync(absolute).startsWith(realBase.endsWith(sep) ? realBase : `${realBase}${sep}`);
      // Read into the thread's buffer like the scan's own files: the file being read was decoded
      // before its sources ran, so the buffer is free here.
      const length = inside ? readUpTo(absolute, MAX_COMPANION_BYTES + 1) : MAX_COMPANION_BYTES + 1;
      if (length <= MAX_COMPANION_BYTES) {
        const bytes = readBuffer.subarray(0, length);
        text = looksBinary(bytes) ? undefined : bytes.toString('utf8');
      }
    } catch {
      text = undefined;
    }
    cache.set(absolute, text);
    return text;
  };
}

/**
 * Lists the files of a folder of the scan for a source (a Go file's package siblings), by scan
 * path; kept for the chunk, as every file of a package asks for the same folder.
 */
function folderLister(job: FileJob, cache: Map<string, string | undefined>): (folder: string) => string[] | undefined {
  return (folder) => {
    if (folder.startsWith('/') || folder.split('/').some((part) => part === '..' || part === '.') || !job.absolute.endsWith(job.path)) return undefined;
    const base = job.absolute.slice(0, job.absolute.length - job.path.length);
    const key = `dir:${base}${folder}`;
    if (!cache.has(key)) {
      let names: string | undefined;
      try {
        names = readdirSync(`${base}${folder === '' ? '.' : folder}`, { withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => entry.name)
          .join('\n');
      } catch {
        names = undefined;
      }
      cache.set(key, names);
    }
    const names = cache.get(key);
    return names === undefined ? undefined : names.split('\n').filter((name) => name !== '');
  };
}

/** Hands one file's content to its sources. */
async function readContent(job: FileJob, content: Content, rules: readonly UserRule[], companions: Map<string, string | undefined>, shared: Map<string, unknown>, maxBytes: number): Promise<FileOutcome> {
  const outcome: FileOutcome = { facts: [], skipped: [], bytesRead: 0, read: false };
  const { readers, bytes } = content;
  if (content.tooLarge) {
    outcome.skipped.push({ path: job.path, reason: `larger than ${Math.round(maxBytes / 1024)} KB` });
    return outcome;
  }
  if (readers.length === 0) return outcome;
  if (!bytes) {
    outcome.skipped.push({ path: job.path, reason: `cannot be read (${content.error?.code ?? 'error'})` });
    return outcome;
  }
  if (looksBinary(bytes)) {
    outcome.skipped.push({ path: job.path, reason: 'binary' });
    return outcome;
  }
  const text = bytes.toString('utf8');
  if (looksGenerated(text)) {
    outcome.skipped.push({ path: job.path, reason: 'generated code' });
    return outcome;
  }
  outcome.read = true;
  outcome.bytesRead = bytes.length;
  const sourceFile = { path: job.path, text };
  const context: SourceContext = { evidenceAt: evidenceFor(sourceFile), parse: parseCode, rules, readFile: companionReader(job, companions), listFolder: folderLister(job, companions), shared };
  for (const source of readers) {
    try {
      pushAll(outcome.facts, await source.read(sourceFile, context));
    } catch (error) {
      outcome.skipped.push({ path: job.path, reason: `${source.name} could not read it: ${(error as Error).message.split('\n')[0]}` });
    }
  }
  return outcome;
}

/**
 * Reads a chunk of files, one by one and in order, handing each to its sources as it comes.
 */
export async function readChunk(jobs: readonly FileJob[], sources: readonly Source[], rules: readonly UserRule[], maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  const companions = new Map<string, string | undefined>();
  // What sources work out from the chunk's companion files (SourceContext.shared), dropped with them.
  const shared = new Map<string, unknown>();
  // readContent decodes the file's bytes before it first waits, so the next file may reuse the buffer.
  for (const job of jobs) outcomes.push(await readContent(job, readWanted(job, sources, maxBytes), rules, companions, shared, maxBytes));
  return outcomes;
}
