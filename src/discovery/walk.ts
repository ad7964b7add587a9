/**
 * Walking the folders a scan is given: every file worth reading, and every one left out with the
 * reason. Honours .gitignore files at any depth (with the `ignore` package, git's own rules) for
 * the files git does not track (git-tracked.ts),
 * skips dependencies, vendored code and build output, never follows a symbolic link into a loop,
 * and carries on past folders it cannot read.
 */
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, join, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { trackedFiles, type TrackedFiles } from './git-tracked.js';

/** A file the walk found. */
export interface WalkedFile {
  /** Relative to the scan root, `/`-separated, prefixed with the root's label when several roots are scanned. */
  path: string;
  absolute: string;
}

/** A file or folder left out, and why. */
export interface SkippedPath {
  path: string;
  reason: string;
}

/** Folders that hold someone else's code or build output, never the system's own integrations. */
export const SKIPPED_FOLDERS = new Set([
  '.git', '.hg', '.svn', 'node_modules', 'bower_components', 'vendor', 'third_party', 'third-party', 'dist', 'build', 'out', 'target',
  'obj', '.venv', 'venv', '__pycache__', '.tox', '.terraform', '.next', '.nuxt', 'coverage', '.gradle', '.idea', '.vscode',
]);

/**
 * A `bin/` folder is read (a team's entry scripts: `bin/docker-worker`, `bin/start`) unless it is
 * a build's output: a .NET project's (beside a `.csproj`, `.fsproj` or `.vbproj`, or holding
 * `Debug`/`Release` configurations), an Eclipse Java project's (beside its `.classpath`), or a
 * virtualenv's (beside its `pyvenv.cfg`). Compiled files left in a `bin/` the walk enters are
 * binary and left out by their content (scan-file.ts).
 */
const BIN_OUTPUT_BESIDE = /\.(?:csproj|fsproj|vbproj)$|^\.classpath$|^pyvenv\.cfg$/i;
/** The folders a .NET build writes under `bin/` (`bin/Release/net8.0`, `bin/x64/Debug`). */
const BIN_CONFIGURATIONS = /^(?:debug|release|x64|x86|arm64|arm|anycpu)$/i;
/** Why a `bin/` folder or a configuration folder in one is left out. */
export const BIN_BUILD_OUTPUT = 'compiled build output (bin/)';

/** Whether a folder of this name, in a folder holding these entries (at `rel`, `/`-ended or empty), is a build's `bin/` output. */
export function isBinBuildOutput(name: string, rel: string, siblings: readonly string[]): boolean {
  if (name === 'bin') return siblings.some((sibling) => BIN_OUTPUT_BESIDE.test(sibling));
  return BIN_CONFIGURATIONS.test(name) && /(?:^|\/)bin\/$/.test(rel);
}

/** File names that generators write; their clients are definitions, not uses. */
const GENERATED_NAMES = /(\.pb\.go|_pb2(_grpc)?\.py|\.pb\.(cc|h)|_grpc\.pb\.go|\.min\.js|\.g\.cs|\.designer\.cs|\.generated\.\w+|package-lock\.json|yarn\.lock|pnpm-lock\.yaml|go\.sum)$/i;

/** The default largest file read (a file's size is checked where it is read: scan-file.ts). */
export const DEFAULT_MAX_FILE_BYTES = 1_048_576;

/** The .gitignore rules of one folder, and where the folder being walked sits below it (`a/b/`). */
type Scope = { rules: Ignore; below: string };

/**
 * Walks one root; `label` prefixes paths when several roots are scanned at once. Depth-first, in
 * name order, so the files and what was left out always come out in the same order.
 *
 * The walk makes blocking calls on purpose. On the benchmark's 105,000-file tree a walk with many
 * asynchronous calls in flight took 8 s, nearly all of it promise and scheduling overhead, where
 * the same walk with blocking calls takes about 0.6 s; while it runs, the scan has nothing else to
 * do on this thread (its worker threads start up on their own). Relative paths are built as the
 * walk descends rather than computed per entry, for the same reason.
 */
export async function walkTree(root: string, label: string): Promise<{ files: WalkedFile[]; skipped: SkippedPath[] }> {
  return walkTreeSync(root, label);
}

/** The walk itself (see walkTree). */
export function walkTreeSync(root: string, label: string): { files: WalkedFile[]; skipped: SkippedPath[] } {
  const skipped: SkippedPath[] = [];
  const files = [...walkFiles(root, label, skipped)];
  return { files, skipped };
}

/**
 * The same walk, file by file, for a scan that hands files out while it walks (scan.ts): what it
 * leaves out is added to `skipped` as it goes. Files are not stat'ed (the folder listing says
 * what is a file): most files of a tree are read by no source, and the reader, which opens the
 * file anyway, learns its size for nothing (a stat per file was half a second of the walk on the
 * benchmark's 105,000 files).
 */
export function* walkFiles(root: string, label: string, skipped: SkippedPath[]): Generator<WalkedFile> {
  const visited = new Set<string>();
  const display = (rel: string) => (label ? (rel ? `${label}/${rel}` : label) : rel);
  const cannotRead = (rel: string, error: unknown) => {
    skipped.push({ path: display(rel), reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
  };

  let rootStats;
  try {
    rootStats = statSync(root);
  } catch {
    skipped.push({ path: label || basename(root), reason: 'does not exist or cannot be read' });
    return;
  }
  if (rootStats.isFile()) {
    yield { path: label || basename(root), absolute: root };
    return;
  }
  const rootReal = realpathSync(root);
  visited.add(rootReal);
  // Asked of git only when a .gitignore first leaves something out.
  let known: TrackedFiles | undefined;
  const tracked = (): TrackedFiles => (known ??= trackedFiles(root));

  /** Walks a folder; `rel` is its path below the root (`''` or ending in `/`). */
  function* visit(folder: string, rel: string, ignores: readonly Scope[], viaLink: boolean): Generator<WalkedFile> {
    // Only a folder reached through a symbolic link can lead back into the tree; resolving every
    // folder's real path would cost a system call per folder for nothing.
    if (viaLink) {
      let real: string;
      try {
        real = realpathSync(folder);
      } catch (error) {
        cannotRead(rel.slice(0, -1), error);
        return;
      }
      // A link into the tree itself leads to files the walk reaches anyway, and may loop.
      if (visited.has(real) || real === rootReal || real.startsWith(`${rootReal}${sep}`)) {
        skipped.push({ path: display(rel.slice(0, -1)), reason: 'symbolic link loop (already scanned)' });
        return;
      }
      visited.add(real);
    }
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      cannotRead(rel.slice(0, -1), error);
      return;
    }
    let scoped = ignores;
    if (entries.some((entry) => entry.name === '.gitignore' && entry.isFile())) {
      try {
        scoped = [...ignores, { rules: ignore().add(readFileSync(join(folder, '.gitignore'), 'utf8')), below: '' }];
      } catch {
        // an unreadable .gitignore ignores nothing; the files it would hide are still scanned
      }
    }
    entries.sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0));
    let siblings: string[] | undefined;
    for (const entry of entries) {
      const absolute = join(folder, entry.name);
      const path = rel + entry.name;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      const isLink = entry.isSymbolicLink();
      if (isLink) {
        try {
          const target = statSync(absolute);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch {
          skipped.push({ path: display(path), reason: 'broken symbolic link' });
          continue;
        }
      }
      // What git tracks is in every clone whatever .gitignore says (git-tracked.ts).
      if (scoped.some(({ rules, below }) => rules.ignores(isDirectory ? `${below}${entry.name}/` : below + entry.name)) && !(isDirectory ? tracked().folders : tracked().files).has(path)) {
        skipped.push({ path: display(path), reason: 'ignored by .gitignore' });
        continue;
      }
      if (isDirectory) {
        if (SKIPPED_FOLDERS.has(entry.name)) {
          skipped.push({ path: display(path), reason: entry.name === '.git' ? 'version control data' : 'dependencies, vendored code or build output' });
          continue;
        }
        if ((entry.name === 'bin' || rel.endsWith('bin/')) && isBinBuildOutput(entry.name, rel, (siblings ??= entries.map((each) => each.name)))) {
          skipped.push({ path: display(path), reason: BIN_BUILD_OUTPUT });
          continue;
        }
        yield* visit(absolute, `${path}/`, scoped.map((scope) => ({ rules: scope.rules, below: `${scope.below}${entry.name}/` })), viaLink || isLink);
        continue;
      }
      if (!isFile) continue;
      if (GENERATED_NAMES.test(entry.name)) {
        skipped.push({ path: display(path), reason: 'generated code' });
        continue;
      }
      yield { path: display(path), absolute };
    }
  }
  yield* visit(root, '', [], false);
}

/**
 * Whether the start of a file's bytes says it is binary (a NUL in the first 8 KB). Searched with
 * the typed array's own `indexOf` (native), not a loop over each byte in JavaScript: this runs on
 * every file a scan reads.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8_192).indexOf(0) >= 0;
}

/** Whether a file's first lines say a generator wrote it. */
export function looksGenerated(text: string): boolean {
  const head = text.slice(0, 1_000);
  // `@generated` is matched as a whole lower-case tag: JPA's `@GeneratedValue` is hand-written code.
  return /Code generated .* DO NOT EDIT|<auto-generated|This file was automatically generated|AUTO-GENERATED FILE/i.test(head) || /(?:^|[\s*/#])@generated\b/.test(head);
}
