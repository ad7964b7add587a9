/**
 * A module's code runs only under the switches its loaders use it under. A plugin's client module
 * (`plugins/github/server/github.ts`, no guard of its own) is reached only through its index's
 * `if (enabled) PluginManager.add(…GitHub.unfurl…)`; a router registered under
 * `if (process.env.ZENDESK_CLIENT_ID)` reaches its client module through its handler. Each file's
 * import guards (GUARDED_IMPORT_KEY bindings, discovery/sources/code/guarded-imports.ts) say under
 * which conditions it uses a module's names; the module's own conditions are those common to all
 * of its loaders, each loader's guard with the loader's own conditions added (index → api router →
 * client, a few levels). A loader using the module unguarded (core code importing the same client,
 * a barrel re-exporting it, a side-effect import) leaves it unconditional.
 */
import type { FactCondition } from './facts.js';

/** The key of an import guard binding: the module key (module-imports.ts's specifier key) follows. */
export const GUARDED_IMPORT_KEY = 'code:importguard:';

/** How many loaders up a module's conditions are followed (index → router → client is two). */
const MAX_LEVELS = 3;

/** The conditions every list holds (the same key and test), in the first list's order. */
export function sharedConditions(lists: readonly (readonly FactCondition[])[]): FactCondition[] {
  const [first, ...rest] = lists;
  if (!first) return [];
  const keyed = rest.map((list) => new Set(list.map((condition) => JSON.stringify(condition))));
  const seen = new Set<string>();
  return first.filter((condition) => {
    const text = JSON.stringify(condition);
    if (seen.has(text) || !keyed.every((set) => set.has(text))) return false;
    seen.add(text);
    return true;
  });
}

/**
 * The conditions a module's code runs under, by file, from the import graph (`loadersOf`: the
 * files loading a file) and the guards (`guardOf(loader, file)`: the conditions the loader uses the
 * file's names under, undefined when it uses them unguarded). Empty for a file no one loads, one
 * loaded unguarded, or one whose loaders' conditions share nothing. Memoised; a cycle adds nothing.
 */
export function guardedModuleConditions(
  loadersOf: (file: string) => readonly string[],
  guardOf: (loader: string, file: string) => readonly FactCondition[] | undefined,
): (file: string) => FactCondition[] {
  const memo = new Map<string, FactCondition[]>();
  const visit = (file: string, level: number, visiting: Set<string>): FactCondition[] => {
    const known = memo.get(file);
    if (known) return known;
    const loaders = loadersOf(file);
    if (loaders.length === 0 || level > MAX_LEVELS || visiting.has(file)) return [];
    visiting.add(file);
    const lists: FactCondition[][] = [];
    let found: FactCondition[] | undefined;
    for (const loader of loaders) {
      const own = guardOf(loader, file) ?? [];
      const list = [...visit(loader, level + 1, visiting), ...own];
      if (list.length === 0) {
        found = [];
        break;
      }
      lists.push(list);
    }
    visiting.delete(file);
    found ??= sharedConditions(lists);
    // Only a top-level answer is kept: one cut short by the level limit or a cycle may say less.
    if (level === 0) memo.set(file, found);
    return found;
  };
  return (file) => visit(file, 0, new Set());
}
