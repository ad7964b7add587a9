/**
 * A Go module named like one of the programs deployed from it. Module `github.com/spindlehq/spindle`
 * holds `cmd/spindle` (the CLI whose `server` subcommand the `spindle-server` Deployment runs),
 * `cmd/spindle-controller` (the controller's Deployment) and `cmd/spx-exec`. The module is named by
 * its path's last segment (project-markers.ts), and names differing only by a generic suffix are
 * one system (names.ts): the module `spindle` and the Deployment `spindle-server` would be one
 * component, the Deployment taking the whole module as its own code (every other program's shared
 * packages and connections with it) and the module no longer the code its programs share.
 *
 * A module whose commands several deployables run (a command named like a deployable, by the key
 * names.ts gives) is that shared code, no system of its own: it is named by its full module path,
 * which no deployable takes, and each deployable finds its command as it would under any other
 * module name (go-binaries.ts, go-packages.ts). A module holding a single program, or whose
 * commands nothing deploys by name, keeps its name and still joins a deployable named like it.
 */
import type { ComponentFact, Fact } from './facts.js';
import { nameKey } from './names.js';

/** The command folders (`cmd/<name>/…`, or a cobra subcommand file `cmd/<name>.go`) below a module root among these files, by name. */
function commandsUnder(root: string, files: Iterable<string>): Set<string> {
  const prefix = root === '' ? 'cmd/' : `${root}/cmd/`;
  const names = new Set<string>();
  for (const file of files) {
    if (!file.startsWith(prefix) || !file.endsWith('.go')) continue;
    const first = file.slice(prefix.length).split('/')[0] as string;
    names.add(first.replace(/\.go$/, ''));
  }
  return names;
}

/** Whether a component fact is a deployed program (a workload, a compose service), not a build file's project. */
function isDeployable(fact: ComponentFact): boolean {
  return fact.project !== true && !fact.selector && fact.kind === 'application' && fact.goModule !== true;
}

/** The facts with each Go module that collides with a deployable of another spelling, and whose commands several deployables run, named by its module path. */
export function withGoModulesApartFromNamesakes(facts: readonly Fact[]): readonly Fact[] {
  const modules = facts.filter((fact): fact is ComponentFact & { root: string; modulePath: string } => fact.type === 'component' && fact.goModule === true && fact.root !== undefined && fact.modulePath !== undefined);
  if (modules.length === 0) return facts;
  const deployed = new Map<string, Set<string>>();
  for (const fact of facts) {
    if (fact.type !== 'component' || !isDeployable(fact)) continue;
    const key = nameKey(fact.name);
    deployed.set(key, (deployed.get(key) ?? new Set()).add(fact.name.toLowerCase()));
  }
  const files = new Set(facts.map((fact) => fact.evidence.file));
  const renamed = new Map<Fact, string>();
  for (const module of modules) {
    const spellings = deployed.get(nameKey(module.name));
    // Only a deployable spelt otherwise (`spindle-server` for `spindle`): one spelt the same is the module's own program.
    if (spellings === undefined || spellings.has(module.name.toLowerCase())) continue;
    const run = [...commandsUnder(module.root, files)].filter((command) => deployed.has(nameKey(command)));
    if (run.length < 2 || nameKey(module.modulePath) === nameKey(module.name)) continue;
    renamed.set(module, module.modulePath);
  }
  if (renamed.size === 0) return facts;
  return facts.map((fact) => {
    const name = renamed.get(fact);
    return name === undefined || fact.type !== 'component' ? fact : { ...fact, name };
  });
}
