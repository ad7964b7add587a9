/**
 * Library modules a service loads without its names leading into them. A deployable's code names
 * a shared package's functions (`getCalendar(type, credential)` from `@acme/app-store`), and
 * library-reach.ts follows those names to the declarations making connections. But a module with
 * no client's word of its own (the package's index, picking an app's class by its type) is never
 * parsed for its declarations, so the chain stops there: the names lead nowhere, and the calendar,
 * video and SMS calls of the modules it constructs were nobody's — or, where another name reached
 * some other corner of the package, not even the package reference's fallback made them the
 * service's.
 *
 * Such a module is loaded, and which of its functions run cannot be told: every module its own code
 * imports may run (not those it only re-exports, `export * from './x'`, which a barrel passes on
 * by name), and so on through what those import. Their connections are the service's, with the
 * service's own import of the package as the evidence.
 *
 * Pure: the caller gives the import graph, which files' declarations were read, and whose files are whose.
 */
import type { Evidence } from './facts.js';

export interface BlindLoadInput<Owner> {
  /** The files a file loads (imports, requires, re-exports), resolved. */
  loads(file: string): readonly string[];
  /** The files a file's own code imports (ModuleGraph.ownImports). */
  ownImports(file: string): readonly string[];
  /** Files whose declarations and names were read (a CodeNamesFact). */
  named: ReadonlySet<string>;
  /** Files with imports read, each with its import evidence. */
  importers: ReadonlyMap<string, Evidence>;
  /** The library holding a file, or undefined. */
  libraryOf(file: string): Owner | undefined;
  /** The service (not a library) holding a file, or undefined. */
  serviceOf(file: string): Owner | undefined;
}

/** For each service, the library files it loads blind (above), each with the service's line loading the first of them. */
export function blindLibraryLoads<Owner>(input: BlindLoadInput<Owner>): Map<Owner, { files: ReadonlySet<string>; via(file: string): Evidence }> {
  const result = new Map<Owner, { files: Set<string>; via: Map<string, Evidence> }>();
  for (const [file, evidence] of input.importers) {
    const service = input.serviceOf(file);
    if (service === undefined) continue;
    for (const loaded of input.loads(file)) {
      if (input.libraryOf(loaded) === undefined || input.named.has(loaded)) continue;
      let entry = result.get(service);
      if (!entry) result.set(service, (entry = { files: new Set(), via: new Map() }));
      const pending = [loaded];
      while (pending.length > 0) {
        const at = pending.pop() as string;
        if (entry.files.has(at)) continue;
        entry.files.add(at);
        entry.via.set(at, evidence);
        for (const next of input.ownImports(at)) if (input.libraryOf(next) !== undefined) pending.push(next);
      }
    }
  }
  return new Map([...result].map(([service, { files, via }]) => [service, { files, via: (file: string) => via.get(file) as Evidence }]));
}
