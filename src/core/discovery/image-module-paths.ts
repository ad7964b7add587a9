/**
 * Relative module paths that hold only in the image. A Dockerfile may merge shared scripts into a
 * service's own folder (`COPY common/*.js ./`, then `COPY requester/index.js ./`, `CMD ["node",
 * "index.js"]`): `require('./queue')` in `source/requester/index.js` names no file beside it in the
 * repository, yet Node, running in the image, loads `/app/queue.js`, which is `source/common/queue.js`.
 * Resolving the specifier as Node does there, against where the image holds the loading file and
 * what it copies beside it, gives the import graph (node-processes.ts, ModuleGraph) and the shared
 * folder's users (imported-projects.ts) the file really loaded.
 *
 * Only specifiers the repository leaves unresolved are asked: a path that resolves in the
 * repository is the file Node loads wherever the tree is copied whole.
 *
 * Pure: the caller gives the images' layouts and the scan's files.
 */
import type { ModuleImportsFact } from './facts.js';
import { fileName, fileNameGlob, folderOf } from './file-paths.js';
import { contextPathsOf } from './image-runner-folders.js';
import { absoluteIn, joinPaths, moduleFile } from './node-processes.js';

/** Where one image holds paths of its build context (ImageBuildFact.workdir, .copies, .copiedPatterns). */
export interface ImageFileLayout {
  /** The build context, relative to the scan root. */
  context: string;
  workdir?: string;
  copies?: readonly { source: string; destination: string }[];
  copiedPatterns?: readonly { source: string; destination: string }[];
}

/** Extensions Node tries for a specifier written without one, and the folder's index files. */
const NODE_EXTENSIONS = ['.js', '.cjs', '.mjs', '.ts', '.tsx', '.mts', '.cts', '.jsx', '.json'];

/** The relative path from one scan folder to a path (`source/requester` → `source/common/queue` is `../common/queue`). */
function relativePath(from: string, to: string): string {
  const start = from === '' ? [] : from.split('/');
  const end = to === '' ? [] : to.split('/');
  let shared = 0;
  while (shared < start.length && shared < end.length && start[shared] === end[shared]) shared += 1;
  return [...start.slice(shared).map(() => '..'), ...end.slice(shared)].join('/');
}

/** Where an image holds a file of the scan: the last copy taking it in (it lands over earlier ones). */
export function imagePathOf(file: string, layout: ImageFileLayout): string | undefined {
  const copies = layout.copies ?? [];
  for (let index = copies.length - 1; index >= 0; index -= 1) {
    const copy = copies[index] as (typeof copies)[number];
    const source = joinPaths(layout.context, copy.source);
    const destination = absoluteIn('/', copy.destination);
    if (source === file) return destination;
    if (source === '' || file.startsWith(`${source}/`)) return absoluteIn(destination, file.slice(source === '' ? 0 : source.length + 1));
  }
  for (const copy of layout.copiedPatterns ?? []) {
    if (joinPaths(layout.context, folderOf(copy.source)) === folderOf(file) && fileNameGlob(fileName(copy.source)).test(fileName(file))) return absoluteIn(folderOf(copy.destination) || '/', fileName(file));
  }
  return undefined;
}

/** The scan's files an image may hold at a path: through its copies (last first), then its patterns. */
function filesAt(path: string, layout: ImageFileLayout, known: ReadonlySet<string>): string[] {
  const found = contextPathsOf(path, layout).map((each) => joinPaths(layout.context, each.path));
  const folder = folderOf(path) || '/';
  for (const copy of layout.copiedPatterns ?? []) {
    if (absoluteIn('/', folderOf(copy.destination)) !== absoluteIn('/', folder) || !fileNameGlob(fileName(copy.source)).test(fileName(path))) continue;
    found.push(joinPaths(layout.context, joinPaths(folderOf(copy.source), fileName(path))));
  }
  return found.filter((file) => known.has(file));
}

/** The scan's file Node loads for a specifier resolved to `path` in the image: as written, with an extension, or its folder's index. */
function imageModuleFile(path: string, layout: ImageFileLayout, known: ReadonlySet<string>): string | undefined {
  const candidates = [path, ...NODE_EXTENSIONS.map((extension) => `${path}${extension}`), ...NODE_EXTENSIONS.map((extension) => `${path}/index${extension}`)];
  for (const candidate of candidates) {
    const file = filesAt(candidate, layout, known)[0];
    if (file !== undefined) return file;
  }
  return undefined;
}

/**
 * The module-imports facts with each relative specifier the repository leaves unresolved (a file
 * of the fact's `files` naming no scanned file) replaced by the scan's file an image holding the
 * loading file puts at that path, when one does; a fact with nothing to replace is returned as is.
 * Several images holding the loader: the first answering.
 */
export function withImageModulePaths(imports: readonly ModuleImportsFact[], known: ReadonlySet<string>, layouts: readonly ImageFileLayout[]): ModuleImportsFact[] {
  const holding = layouts.filter((layout) => (layout.copies?.length ?? 0) + (layout.copiedPatterns?.length ?? 0) > 0);
  if (holding.length === 0) return [...imports];
  return imports.map((fact) => {
    const from = fact.evidence.file;
    const unresolved = fact.files.filter((key) => moduleFile(key, known) === undefined);
    if (unresolved.length === 0) return fact;
    const renamed = new Map<string, string>();
    for (const layout of holding) {
      const at = imagePathOf(from, layout);
      if (at === undefined) continue;
      for (const key of unresolved) {
        if (renamed.has(key)) continue;
        const file = imageModuleFile(absoluteIn(folderOf(at) || '/', relativePath(folderOf(from), key)), layout, known);
        if (file !== undefined && file !== from) renamed.set(key, file);
      }
    }
    if (renamed.size === 0) return fact;
    const rename = (key: string): string => renamed.get(key) ?? key;
    return {
      ...fact,
      files: fact.files.map(rename),
      ...(fact.imports ? { imports: Object.fromEntries(Object.entries(fact.imports).map(([key, names]) => [rename(key), names])) } : {}),
      ...(fact.reexports ? { reexports: fact.reexports.map((reexport) => ({ ...reexport, from: rename(reexport.from) })) } : {}),
      ...(fact.commented ? { commented: fact.commented.map(rename) } : {}),
    };
  });
}
