/**
 * Reading catalog files from disk: one file, or a folder walked recursively in path order
 * (hidden folders and node_modules skipped), keeping names relative to where the user pointed so
 * that error locations read the way they typed them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PatchbayError } from '../core/errors.js';
import { formatOfFile, type CatalogFile } from '../core/catalog/formats.js';

/** The largest catalog file read, in bytes; larger ones are refused, not half-read. */
export const MAX_CATALOG_FILE_BYTES = 512 * 1024 * 1024;

/** Lists the catalog files under a folder, sorted, with paths as the user would write them. */
function walk(folder: string, display: string, found: { path: string; name: string }[]): void {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((left, right) => (left.name < right.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    const name = join(display, entry.name);
    if (entry.isDirectory()) walk(path, name, found);
    else if (entry.isFile() && formatOfFile(entry.name)) found.push({ path, name });
  }
}

/** Reads the files and folders named into catalog files, or throws naming the path at fault. */
export function readCatalogPaths(paths: string[], cwd = process.cwd()): CatalogFile[] {
  const found: { path: string; name: string }[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new PatchbayError('invalid-input', `${given}: no such file or folder`, { issues: [{ file: given, message: 'does not exist; check the path' }] });
    }
    if (stats.isDirectory()) {
      const before = found.length;
      walk(path, given, found);
      if (found.length === before) {
        throw new PatchbayError('invalid-input', `${given}: the folder holds no .yaml, .yml or .csv files`, { issues: [{ file: given, message: 'holds no catalog files' }] });
      }
    } else {
      found.push({ path, name: given });
    }
  }
  return found.map(({ path, name }) => {
    const size = statSync(path).size;
    if (size > MAX_CATALOG_FILE_BYTES) {
      throw new PatchbayError('payload-too-large', `${name} is ${Math.round(size / 1_048_576)} MB; split it into files under ${MAX_CATALOG_FILE_BYTES / 1_048_576} MB`);
    }
    try {
      return { name, text: readFileSync(path, 'utf8') };
    } catch (error) {
      throw new PatchbayError('invalid-input', `${name}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, {
        issues: [{ file: name, message: 'cannot be read; check its permissions' }],
      });
    }
  });
}
