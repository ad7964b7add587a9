/**
 * Choosing a file's readers: asking each of the 67 sources' `accepts` of each of a large tree's
 * 105,000 files was 1–2 s of the main thread's time. Sources declaring their file extensions
 * (Source.extensions) are asked only of files with one of them.
 */
import type { Source } from './source.js';

/** A path's extension as Source.extensions spells it: from the base name's last dot, lowercased; '' with no dot. */
export function extensionOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') ? path.slice(dot).toLowerCase() : '';
}

/**
 * A function giving the indexes of the sources accepting a path, in the sources' order (which
 * decides the order of facts, and so the output): the same as asking every source.
 */
export function readerChooser(sources: readonly Source[]): (path: string) => number[] {
  const declared = new Set(sources.flatMap((source) => source.extensions ?? []));
  const undeclared = sources.flatMap((source, index) => (source.extensions === undefined ? [index] : []));
  // Built per extension met; all those no source declares share one list, so names like
  // `bundle.3f9a1c` add no list each.
  const byExtension = new Map<string, readonly number[]>();
  return (path: string): number[] => {
    const extension = extensionOf(path);
    let candidates = byExtension.get(extension);
    if (candidates === undefined) {
      candidates = declared.has(extension) ? sources.flatMap((source, index) => (source.extensions === undefined || source.extensions.includes(extension) ? [index] : [])) : undeclared;
      byExtension.set(extension, candidates);
    }
    const readers: number[] = [];
    for (const index of candidates) if ((sources[index] as Source).accepts(path)) readers.push(index);
    return readers;
  };
}
