/**
 * Walking the folders a scan is given: every file worth reading, and every one left out with the
 * reason. Honours .gitignore files at any depth (with the `ignore` package, git's own rules),
 * skips dependencies, vendored code and build output, never follows a symbolic link into a loop,
 * and carries on past folders it cannot read.
 */
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

/** Walks one root; `label` prefixes paths when several roots are scanned at once. */
export async function walkTree(root: string, label: string, options: WalkOptions = {}): Promise<{ files: WalkedFile[]; skipped: SkippedPath[] }> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const files: WalkedFile[] = [];
  const skipped: SkippedPath[] = [];
  const visited = new Set<string>();
  const display = (absolute: string) => {
    const rel = relative(root, absolute).split(sep).join('/');
    return label ? (rel ? `${label}/${rel}` : label) : rel;
  };

  async function visit(folder: string, ignores: { base: string; rules: Ignore }[], viaLink: boolean): Promise<void> {
    // Only a folder reached through a symbolic link can lead back into the tree; resolving every
    // folder's real path would cost a system call per folder for nothing.
    if (viaLink) {
      let real: string;
      try {
        real = await realpath(folder);
      } catch (error) {
        skipped.push({ path: display(folder), reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
        return;
      }
      // A link into the tree itself leads to files the walk reaches anyway, and may loop.
      if (visited.has(real) || real === rootReal || real.startsWith(`${rootReal}${sep}`)) {
        skipped.push({ path: display(folder), reason: 'symbolic link loop (already scanned)' });
        return;
      }
      visited.add(real);
    }
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      skipped.push({ path: display(folder), reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    let scoped = ignores;
    if (entries.some((entry) => entry.name === '.gitignore' && entry.isFile())) {
      try {
        const rules = ignore().add(await readFile(join(folder, '.gitignore'), 'utf8'));
        scoped = [...ignores, { base: folder, rules }];
      } catch {
        // an unreadable .gitignore ignores nothing; the files it would hide are still scanned
      }
    }
    entries.sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0));
    for (const entry of entries) {
      const absolute = join(folder, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(absolute);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch {
          skipped.push({ path: display(absolute), reason: 'broken symbolic link' });
          continue;
        }
      }
      const ignoredBy = scoped.find(({ base, rules }) => {
        const rel = relative(base, absolute).split(sep).join('/');
        return rel !== '' && rules.ignores(isDirectory ? `${rel}/` : rel);
      });
      if (ignoredBy) {
        skipped.push({ path: display(absolute), reason: 'ignored by .gitignore' });
        continue;
      }
      if (isDirectory) {
        if (SKIPPED_FOLDERS.has(entry.name)) {
          skipped.push({ path: display(absolute), reason: entry.name === '.git' ? 'version control data' : 'dependencies, vendored code or build output' });
          continue;
        }
        await visit(absolute, scoped, viaLink || entry.isSymbolicLink());
      } else if (isFile) {
        if (GENERATED_NAMES.test(entry.name)) {
          skipped.push({ path: display(absolute), reason: 'generated code' });
          continue;
        }
        let size: number;
        try {
          size = (await stat(absolute)).size;
        } catch (error) {
          skipped.push({ path: display(absolute), reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
          continue;
        }
        if (size > maxBytes) {
          skipped.push({ path: display(absolute), reason: `larger than ${Math.round(maxBytes / 1024)} KB` });
          continue;
        }
        files.push({ path: display(absolute), absolute, size });
      }
    }
  }

  const rootStats = await stat(root).catch(() => undefined);
  if (!rootStats) return { files, skipped: [{ path: label || basename(root), reason: 'does not exist or cannot be read' }] };
  if (rootStats.isFile()) return { files: [{ path: label || basename(root), absolute: root, size: rootStats.size }], skipped };
  const rootReal = await realpath(root);
  visited.add(rootReal);
  await visit(root, [], false);
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
