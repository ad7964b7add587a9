/**
 * A project nested inside another project's folder, declaring that project's name: a single-page
 * app kept in a Python web app's package (`frontend/carto_application/static/package.json` named
 * `carto-frontend`, inside the `frontend/` of setup.py `carto-frontend`) is built into that app
 * and served by it, never deployed on its own. Left alone, its declared name would tie the
 * deployable of that name (compose `cartofrontend` on `cartodev/carto-frontend`) to the nested
 * folder, and the app's own code would lose its deployment. The nested project keeps its folder's
 * name and gives the declared one up.
 */
import type { ComponentFact, Fact } from './facts.js';
import { nameKey, namesProduct } from './names.js';

/** Whether `inner` is a folder strictly under `outer` ('' being the scan root). */
function isUnder(inner: string, outer: string): boolean {
  return inner !== outer && (outer === '' || inner.startsWith(`${outer}/`));
}

/**
 * Whether a declared name is an enclosing project's: the same key as one of its names, or its
 * folder's name after a product prefix (`carto-frontend` for `frontend/`).
 */
function namesEnclosing(declared: string, enclosing: ComponentFact & { root: string }): boolean {
  const folder = enclosing.root.slice(enclosing.root.lastIndexOf('/') + 1).toLowerCase();
  return [enclosing.name, ...(enclosing.aliases ?? [])].some((name) => nameKey(name) === nameKey(declared)) || namesProduct(declared, folder);
}

/** The facts with each nested project's aliases naming an enclosing project dropped. */
export function withoutNestedNamesakes(facts: readonly Fact[]): readonly Fact[] {
  const projects = facts.filter((fact): fact is ComponentFact & { root: string } => fact.type === 'component' && fact.project === true && !fact.library && fact.root !== undefined);
  let changed = false;
  const result = facts.map((fact): Fact => {
    if (fact.type !== 'component' || fact.project !== true || fact.root === undefined || fact.aliases === undefined) return fact;
    const root = fact.root;
    const enclosing = projects.filter((project) => project.root !== '' && isUnder(root, project.root));
    const aliases = fact.aliases.filter((alias) => !enclosing.some((project) => namesEnclosing(alias, project)));
    if (aliases.length === fact.aliases.length) return fact;
    changed = true;
    const { aliases: _dropped, ...rest } = fact;
    return aliases.length > 0 ? { ...rest, aliases } : rest;
  });
  return changed ? result : facts;
}
