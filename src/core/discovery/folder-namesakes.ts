/**
 * Module folders of the same short name in different places: a multi-module build keeping its
 * deployables and its libraries in folders named by role (`adapters/amqp/` building
 * `acme-adapter-amqp`, `clients/amqp/` building the library `acme-client-amqp`). A project is
 * named by its folder (project-markers.ts), so both would be one `amqp` system: the library's code
 * and connections the adapter's, two builds merged into one. When several projects in different
 * folders take the same folder name and each declares a name of its own (a Maven `artifactId`, a
 * package's name), that differs between them, the folder's name tells them apart from nothing:
 * each is named by its declared name instead, which is also what images and deployments name.
 */
import type { ComponentFact, Fact } from './facts.js';
import { nameKey } from './names.js';

type ProjectFact = ComponentFact & { root: string };

/** The name a project declares in its build file: its first alias that is no image reference. */
function declaredName(fact: ComponentFact): string | undefined {
  return (fact.aliases ?? []).find((alias) => !alias.includes('/') && nameKey(alias) !== nameKey(fact.name));
}

/** Whether the project is named after its own folder (not a folder above a generic one, nor its declared name). */
function namedByFolder(fact: ProjectFact): boolean {
  return fact.root !== '' && nameKey(fact.root.slice(fact.root.lastIndexOf('/') + 1)) === nameKey(fact.name);
}

/** The facts with projects of folders sharing a short name renamed after their declared names. */
export function withDistinctModuleNames(facts: readonly Fact[]): readonly Fact[] {
  const byName = new Map<string, ProjectFact[]>();
  for (const fact of facts) {
    if (fact.type !== 'component' || fact.project !== true || fact.root === undefined || !namedByFolder(fact as ProjectFact)) continue;
    const key = nameKey(fact.name);
    byName.set(key, [...(byName.get(key) ?? []), fact as ProjectFact]);
  }
  const renamed = new Map<ComponentFact, string>();
  for (const projects of byName.values()) {
    const roots = new Set(projects.map((project) => project.root));
    if (roots.size < 2) continue;
    // Each folder's one declared name; a folder declaring none, or two folders declaring one, leave all be.
    const declaredAt = new Map<string, Set<string>>();
    for (const project of projects) {
      const declared = declaredName(project);
      const names = declaredAt.get(project.root) ?? new Set<string>();
      names.add(declared === undefined ? '' : nameKey(declared));
      declaredAt.set(project.root, names);
    }
    const declared = [...declaredAt.values()];
    if (declared.some((names) => names.size !== 1 || names.has(''))) continue;
    if (new Set(declared.map((names) => [...names][0])).size !== declared.length) continue;
    for (const project of projects) renamed.set(project, declaredName(project) as string);
  }
  if (renamed.size === 0) return facts;
  return facts.map((fact): Fact => {
    const name = fact.type === 'component' ? renamed.get(fact) : undefined;
    if (fact.type !== 'component' || name === undefined) return fact;
    const aliases = (fact.aliases ?? []).filter((alias) => nameKey(alias) !== nameKey(name));
    const { aliases: _dropped, ...rest } = fact;
    return aliases.length > 0 ? { ...rest, name, aliases } : { ...rest, name };
  });
}
