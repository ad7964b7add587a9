/**
 * An image whose Dockerfile `ENTRYPOINT` is a team's script (`["/usr/local/bin/docker-entrypoint.sh"]`)
 * and whose deployments give only the script's argument: a Kubernetes container's `args: ["worker"]`
 * with no `command`, a compose service's `command: worker` with no `entrypoint`. The container
 * runs `docker-entrypoint.sh worker`, so the process is the script's branch for `worker`
 * (sources/config/process-script.ts), though no file says both halves: the Dockerfile names the
 * script (ENTRYPOINT_SCRIPT_KEY, bound for its folder), the deployment the argument
 * (ENTRYPOINT_ARGUMENT_KEY, bound for the deployable), and the image ties them (a compose build,
 * or the image name a build command tags: node-processes.ts dockerfileOfImage).
 *
 * Pure: the caller says which Dockerfile builds each deployable's image.
 */
import type { BindingFact, Fact, ImageBuildFact } from './facts.js';
import { dockerfileBuilds, dockerfileOfImage } from './node-processes.js';
import { CELERY_PROCESS_KEY } from './shared-codebase.js';

/** The script a Dockerfile's ENTRYPOINT runs when nothing follows it (its file name), bound for the Dockerfile's folder. */
export const ENTRYPOINT_SCRIPT_KEY = 'entrypoint:script';
/** The first argument a deployment gives its image's entrypoint (a Kubernetes `args` alone, a compose `command` alone), bound for the deployable. */
export const ENTRYPOINT_ARGUMENT_KEY = 'entrypoint:argument';

/** The group of the processes a script starts by argument, named by its file name (the deployment names it by its path in the container). */
export function processScriptGroup(name: string): string {
  return `process-script:${name}`;
}

/**
 * For each deployable given only an entrypoint argument, and whose own command says no process,
 * the take-in of its image's entrypoint script's branch for that argument as its CELERY_PROCESS_KEY
 * (resolved by the group expansion, binding-groups.ts). The take-in carries the Dockerfile's
 * evidence, so that of several scripts of one name the one nearest the Dockerfile is read.
 */
export function entrypointDispatches(bindings: readonly BindingFact[], dockerfileOf: (component: string) => string | undefined): BindingFact[] {
  const scripts = new Map<string, BindingFact>();
  const ownProcess = new Set<string>();
  for (const binding of bindings) {
    if (binding.key === ENTRYPOINT_SCRIPT_KEY && binding.component === undefined && !scripts.has(binding.evidence.file)) scripts.set(binding.evidence.file, binding);
    if (binding.key === CELERY_PROCESS_KEY && binding.component !== undefined) ownProcess.add(binding.component);
  }
  if (scripts.size === 0) return [];
  const found: BindingFact[] = [];
  const done = new Set<string>();
  for (const binding of bindings) {
    const component = binding.component;
    if (binding.key !== ENTRYPOINT_ARGUMENT_KEY || component === undefined || ownProcess.has(component) || done.has(component)) continue;
    const dockerfile = dockerfileOf(component);
    const script = dockerfile === undefined ? undefined : scripts.get(dockerfile);
    if (!script) continue;
    done.add(component);
    found.push({ type: 'binding', component, key: CELERY_PROCESS_KEY, value: `$group:${processScriptGroup(script.value)}#${binding.value}`, evidence: script.evidence });
  }
  return found;
}

/**
 * The Dockerfile each deployable runs the image of, by the deployable's name: the one its compose
 * `build` names, else the one building the image it names (a build command's tag, a folder or
 * final stage named like it, the repository's only untagged Dockerfile for its own image:
 * node-processes.ts dockerfileOfImage).
 */
export function dockerfileOfDeployable(facts: readonly Fact[], imageRuns: readonly { name: string; image: string }[], imageBuilds: readonly ImageBuildFact[], ownNames: ReadonlySet<string> = new Set()): (component: string) => string | undefined {
  const built = new Map<string, string>();
  for (const fact of facts) if (fact.type === 'component' && fact.dockerfile !== undefined && fact.dockerfile !== fact.evidence.file && !built.has(fact.name)) built.set(fact.name, fact.dockerfile);
  const images = new Map<string, string>();
  for (const run of imageRuns) if (!images.has(run.name)) images.set(run.name, run.image);
  let builds: ReturnType<typeof dockerfileBuilds> | undefined;
  return (component) => {
    const own = built.get(component);
    if (own !== undefined) return own;
    const image = images.get(component);
    if (image === undefined) return undefined;
    builds ??= dockerfileBuilds(imageBuilds);
    return dockerfileOfImage(image, builds, ownNames)?.dockerfile;
  };
}
