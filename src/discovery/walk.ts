/**
 * Walking the folders a scan is given: every file worth reading, and every one left out with the
 * reason. Honours .gitignore files at any depth (with the `ignore` package, git's own rules),
 * skips dependencies, vendored code and build output, never follows a symbolic link into a loop,
 * and carries on past folders it cannot read.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** A file the walk found. */
export interface WalkedFile {
  /** Relative to the scan root, `/`-separated, prefixed with the root's label when several roots are scanned. */
  path: string;
  absolute: string;
  size: number;
}

/** A file or folder left out, and why. */
export interface SkippedPath {
  path: string;
  reason: string;
}

/** Folders that hold someone else's code or build output, never the system's own integrations. */
export const SKIPPED_FOLDERS = new Set([
  '.git', '.hg', '.svn', 'node_modules', 'bower_components', 'vendor', 'third_party', 'third-party', 'dist', 'build', 'out', 'target',
  'bin', 'obj', '.venv', 'venv', '__pycache__', '.tox', '.terraform', '.next', '.nuxt', 'coverage', '.gradle', '.idea', '.vscode',
]);

/** File names that generators write; their clients are definitions, not uses. */
const GENERATED_NAMES = /(\.pb\.go|_pb2(_grpc)?\.py|\.pb\.(cc|h)|_grpc\.pb\.go|\.min\.js|\.g\.cs|\.designer\.cs|\.generated\.\w+|package-lock\.json|yarn\.lock|pnpm-lock\.yaml|go\.sum)$/i;

/** How to walk. */
export interface WalkOptions {
  /** Files larger than this are left out (default 1 MB). */
  maxFileBytes?: number;
}

/** The default largest file read. */
export const DEFAULT_MAX_FILE_BYTES = 1_048_576;

/** How many file-system calls the walk keeps in flight: enough to keep libuv's threads busy. */
const WALK_CONCURRENCY = 64;

/** What one folder held, in name order: files, things left out, sub-folders, and linked folders still to walk. */
type Walked = ({ file: WalkedFile } | { skip: SkippedPath } | { folder: Walked } | { linked: string; ignores: Scope[] })[];
type Scope = { base: string; rules: Ignore };

/** Runs at most `limit` calls at once; the rest wait their turn. */
function limiter(limit: number): <T>(call: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(call: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((wake) => waiting.push(wake));
    active += 1;
    try {
      return await call();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}

/**
 * Walks one root; `label` prefixes paths when several roots are scanned at once. Folders are read
 * concurrently (many file-system calls in flight), and the results put back in name order, so the
 * files and what was left out come out exactly as a one-call-at-a-time, depth-first walk gives them.
 * Folders reached through a symbolic link are walked afterwards, one call at a time and in that
 * same order, because which of two links to one folder is walked depends on which comes first.
 */
export async function walkTree(root: string, label: string, options: WalkOptions = {}): Promise<{ files: WalkedFile[]; skipped: SkippedPath[] }> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const files: WalkedFile[] = [];
  const skipped: SkippedPath[] = [];
  const visited = new Set<string>();
  const io = limiter(WALK_CONCURRENCY);
  const display = (absolute: string) => {
    const rel = relative(root, absolute).split(sep).join('/');
    return label ? (rel ? `${label}/${rel}` : label) : rel;
  };
  const cannotRead = (absolute: string, error: unknown): { skip: SkippedPath } => ({
    skip: { path: display(absolute), reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` },
  });

  /** One entry of a folder: what it contributes to the folder's list, in place. */
  async function entryOf(folder: string, entry: Dirent, scoped: Scope[], viaLink: boolean): Promise<Walked[number] | undefined> {
    const absolute = join(folder, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    const isLink = entry.isSymbolicLink();
    if (isLink) {
      try {
        const target = await io(() => stat(absolute));
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch {
        return { skip: { path: display(absolute), reason: 'broken symbolic link' } };
      }
    }
    const ignoredBy = scoped.find(({ base, rules }) => {
      const rel = relative(base, absolute).split(sep).join('/');
      return rel !== '' && rules.ignores(isDirectory ? `${rel}/` : rel);
    });
    if (ignoredBy) return { skip: { path: display(absolute), reason: 'ignored by .gitignore' } };
    if (isDirectory) {
      if (SKIPPED_FOLDERS.has(entry.name)) {
        return { skip: { path: display(absolute), reason: entry.name === '.git' ? 'version control data' : 'dependencies, vendored code or build output' } };
      }
      // The first folder reached through a link is walked later, in order (see above).
      if (isLink && !viaLink) return { linked: absolute, ignores: scoped };
      return { folder: await visit(absolute, scoped, viaLink || isLink) };
    }
    if (!isFile) return undefined;
    if (GENERATED_NAMES.test(entry.name)) return { skip: { path: display(absolute), reason: 'generated code' } };
    let size: number;
    try {
      size = (await io(() => stat(absolute))).size;
    } catch (error) {
      return cannotRead(absolute, error);
    }
    if (size > maxBytes) return { skip: { path: display(absolute), reason: `larger than ${Math.round(maxBytes / 1024)} KB` } };
    return { file: { path: display(absolute), absolute, size } };
  }

  /** A folder's entries, in name order; concurrently, except under a symbolic link. */
  async function visit(folder: string, ignores: Scope[], viaLink: boolean): Promise<Walked> {
    // Only a folder reached through a symbolic link can lead back into the tree; resolving every
    // folder's real path would cost a system call per folder for nothing.
    if (viaLink) {
      let real: string;
      try {
        real = await io(() => realpath(folder));
      } catch (error) {
        return [cannotRead(folder, error)];
      }
      // A link into the tree itself leads to files the walk reaches anyway, and may loop.
      if (visited.has(real) || real === rootReal || real.startsWith(`${rootReal}${sep}`)) {
        return [{ skip: { path: display(folder), reason: 'symbolic link loop (already scanned)' } }];
      }
      visited.add(real);
    }
    let entries: Dirent[];
    try {
      entries = await io(() => readdir(folder, { withFileTypes: true }));
    } catch (error) {
      return [cannotRead(folder, error)];
    }
    let scoped = ignores;
    if (entries.some((entry) => entry.name === '.gitignore' && entry.isFile())) {
      try {
        const rules = ignore().add(await io(() => readFile(join(folder, '.gitignore'), 'utf8')));
        scoped = [...ignores, { base: folder, rules }];
      } catch {
        // an unreadable .gitignore ignores nothing; the files it would hide are still scanned
      }
    }
    entries.sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0));
    const walked: Walked = [];
    if (viaLink) {
      for (const entry of entries) {
        const item = await entryOf(folder, entry, scoped, true);
        if (item) walked.push(item);
      }
      return walked;
    }
    for (const item of await Promise.all(entries.map((entry) => entryOf(folder, entry, scoped, false)))) if (item) walked.push(item);
    return walked;
  }

  /** Lays a walked folder out in depth-first order, walking linked folders as they come. */
  async function flatten(walked: Walked): Promise<void> {
    for (const item of walked) {
      if ('file' in item) files.push(item.file);
      else if ('skip' in item) skipped.push(item.skip);
      else if ('folder' in item) await flatten(item.folder);
      else await flatten(await visit(item.linked, item.ignores, true));
    }
  }

  const rootStats = await stat(root).catch(() => undefined);
  if (!rootStats) return { files, skipped: [{ path: label || basename(root), reason: 'does not exist or cannot be read' }] };
  if (rootStats.isFile()) return { files: [{ path: label || basename(root), absolute: root, size: rootStats.size }], skipped };
  const rootReal = await realpath(root);
  visited.add(rootReal);
  await flatten(await visit(root, [], false));
  return { files, skipped };
}

/** Whether the start of a file's bytes says it is binary (a NUL in the first 8 KB). */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8_192);
  for (let index = 0; index < end; index += 1) if (bytes[index] === 0) return true;
  return false;
}

/** Whether a file's first lines say a generator wrote it. */
export function looksGenerated(text: string): boolean {
  const head = text.slice(0, 1_000);
  // `@generated` is matched as a whole lower-case tag: JPA's `@GeneratedValue` is hand-written code.
  return /Code generated .* DO NOT EDIT|<auto-generated|This file was automatically generated|AUTO-GENERATED FILE/i.test(head) || /(?:^|[\s*/#])@generated\b/.test(head);
}
