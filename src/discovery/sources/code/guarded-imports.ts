/**
 * Modules used only under a switch of their importer. A plugin's client code often sits in its own
 * file with no guard of its own, and runs only through a registration that a switch guards in
 * another file of the plugin:
 *
 *   // plugins/github/server/index.ts
 *   import { GitHub } from "./github";
 *   const enabled = !!env.GITHUB_CLIENT_ID && !!env.GITHUB_CLIENT_SECRET;
 *   if (enabled) PluginManager.add([{ type: Hook.UnfurlProvider, value: { unfurl: GitHub.unfurl } }]);
 *
 * or a function scheduled only `if (env.TELEMETRY) setInterval(checkUpdates, …)`. For each module
 * of the project a file imports by name, the conditions every reference to those names sits under
 * (branch-conditions.ts: `if`s, early returns, flags) are bound as an import guard of that module
 * (GUARDED_IMPORT_KEY + the specifier as module-imports.ts keys it). Resolution puts on a module's
 * code the conditions common to all of its loaders (core/discovery/guarded-imports.ts): a module
 * also imported unguarded anywhere keeps running whatever the switch.
 *
 * A file referring to an imported name anywhere outside a guard, or not at all, binds nothing: its
 * import is unguarded.
 */
import { GUARDED_IMPORT_KEY, sharedConditions } from '../../../core/discovery/guarded-imports.js';
import type { BindingFact, EvidenceAt, FactCondition } from '../../../core/discovery/facts.js';
import { folderOf } from '../../../core/discovery/file-paths.js';
import type { SyntaxNode } from './code-model.js';
import type { BranchConditions } from './branch-conditions.js';
import { localModule } from './module-imports.js';
import { importedNames } from './script-imports.js';
import { lineOf } from './syntax-helpers.js';

/** A relative import or require (`from "./github"`, `require('../api/x')`). */
const RELATIVE_LOAD = /\b(?:from|require\s*\()\s*['"]\.{1,2}\//;
/** A test that may read a switch: an `if`, or a conditional expression. */
const BRANCH = /\bif\s*\(|\?[^?.:]/;

/** What a switch is read from: an env var, an environment class or config object, a predicate (`isEnabled`). */
const SWITCH_WORD = /process\.env|\b(?:env|config|configuration|settings|flags|features)\b|[Ee]nabled\b/;

/** Whether a script may use an imported module only under a switch: worth parsing for. */
export function mayGuardImports(text: string): boolean {
  return RELATIVE_LOAD.test(text) && BRANCH.test(text) && SWITCH_WORD.test(text);
}

/** Whether an identifier is a name's own binding in an import or require, not a use of it. */
function declares(node: SyntaxNode): boolean {
  for (let at = node.parent; at; at = at.parent) {
    if (at.type === 'import_statement') return true;
    if (at.type === 'variable_declarator') {
      const name = at.childForFieldName('name');
      return name !== null && node.startIndex >= name.startIndex && node.endIndex <= name.endIndex;
    }
    if (at.type === 'program' || at.type === 'statement_block') return false;
  }
  return false;
}

/**
 * A script's import guards: one binding per project module all of whose imported names' uses sit
 * under the same conditions (those common to every use). Relative specifiers only (a plugin's own
 * modules); a package's are not the project's code.
 */
export function guardedImportBindings(root: SyntaxNode, path: string, branches: BranchConditions, evidenceAt: EvidenceAt): BindingFact[] {
  const folder = folderOf(path);
  /** Local names by the module key they come from. */
  const byModule = new Map<string, Set<string>>();
  for (const [name, source] of importedNames(root)) {
    if (!source.startsWith('.')) continue;
    const key = localModule(folder, source)?.file;
    if (key !== undefined) byModule.set(key, (byModule.get(key) ?? new Set()).add(name));
  }
  if (byModule.size === 0) return [];
  const moduleOf = new Map<string, string>();
  for (const [key, names] of byModule) for (const name of names) moduleOf.set(name, key);
  const uses = new Map<string, FactCondition[][]>();
  const unguarded = new Set<string>();
  for (const node of root.descendantsOfType(['identifier', 'shorthand_property_identifier'])) {
    const key = node ? moduleOf.get(node.text) : undefined;
    if (!node || key === undefined || unguarded.has(key) || declares(node)) continue;
    const conditions = branches.around(node);
    if (conditions.length === 0) unguarded.add(key);
    else uses.set(key, [...(uses.get(key) ?? []), conditions]);
  }
  const facts: BindingFact[] = [];
  for (const [key, lists] of uses) {
    if (unguarded.has(key)) continue;
    const common = sharedConditions(lists);
    if (common.length === 0) continue;
    const statement = findImport(root, key, folder);
    facts.push({ type: 'binding', scope: folder, key: `${GUARDED_IMPORT_KEY}${key}`, value: key, flag: common, evidence: evidenceAt(statement ? lineOf(statement) : 1) });
  }
  return facts;
}

/** The top-level statement importing a module key, for the evidence's line. */
function findImport(root: SyntaxNode, key: string, folder: string): SyntaxNode | undefined {
  for (const statement of root.namedChildren) {
    if (!statement) continue;
    const quoted = /['"](\.{1,2}\/[^'"]*)['"]/.exec(statement.text);
    if (quoted && localModule(folder, quoted[1] as string)?.file === key) return statement;
  }
  return undefined;
}
