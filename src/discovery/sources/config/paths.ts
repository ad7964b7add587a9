/**
 * Path arithmetic on scan-relative, `/`-separated paths. Sources see only such paths (never the
 * disk), so node:path's platform rules would be wrong on Windows and its absolute paths meaningless.
 */
import { folderOf } from '../../../core/discovery/file-paths.js';

export { folderOf };


/** The last segment of a path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Resolves a relative path against a folder and normalises it (`.`, `..`, `\`, doubled slashes).
 * Undefined when the result would leave the scan root or the path is absolute, a URL or a
 * variable: such a folder names no code the scan can see.
 */
export function resolveRelative(folder: string, relative: string): string | undefined {
  const cleaned = relative.trim().replace(/\\/g, '/');
  if (cleaned === '' || cleaned.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(cleaned) || /[$~{]/.test(cleaned)) return undefined;
  const parts = folder === '' ? [] : folder.split('/');
  for (const segment of cleaned.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join('/');
}

/** Whether a path has a folder of this name among its segments (not counting the file name). */
export function hasFolder(path: string, name: string): boolean {
  return folderOf(path).split('/').includes(name);
}

/** A path inside an image made absolute against a working directory (core/discovery/node-processes.ts). */
export { absoluteIn } from '../../../core/discovery/node-processes.js';
