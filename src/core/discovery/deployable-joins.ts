/**
 * Joining the components that are one deployed system: projects to the images and deployments
 * running them, a Service's releases, role-switched deployables, and merging one component into
 * another (resolve.ts builds the components; these decide which are the same system).
 */
import type { SystemKind } from '../model/vocabulary.js';
import { COMMAND_WORDS_KEY, type BindingFact, type ComponentFact, type Fact } from './facts.js';
import { KIND_STRENGTH, PLACEHOLDER, systemKey, type Component } from './components.js';
import { matchByDistinctiveNames } from './names.js';
import { imageName, isPublicPublisherImage } from './images.js';
import { pushAll } from './arrays.js';
import { areVariantsOf, isNamedAfter, redeploysComposeService, type DeployedRun } from './service-variants.js';
import { sameRoleDeployables } from './role-switches.js';

/** The name an image reference ends in, without registry, owner, tag or digest; undefined for a plain name. */
export function imageBaseName(reference: string): string | undefined {
  if (!reference.includes('/')) return undefined;
  const last = reference.split('/').pop() ?? '';
  const name = last.replace(/@.*$/, '').replace(/:[^:]*$/, '');
  return name || undefined;
}

/**
 * A project built into an image a deployment runs, with no build context to say so (a Maven
 * module `cart-service/` pushed by its build as `acme/cart-service`, deployed as `cart`): the
 * project is that deployment's code. Joined only when one deployment alone runs an image of that
 * name and has no code of its own yet, so two services of one image stay apart.
 */
export function joinProjectsToImages(components: Map<string, Component>, aliasOf: Map<string, string>): void {
  const claims = new Map<string, Component[]>();
  for (const component of components.values()) {
    for (const image of component.images ?? []) {
      const key = systemKey(image);
      if (key === component.key) continue;
      const claimants = claims.get(key) ?? [];
      if (!claimants.includes(component)) claimants.push(component);
      claims.set(key, claimants);
    }
  }
  for (const [key, claimants] of [...claims].sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))) {
    const deployment = claimants.length === 1 ? claimants[0] : undefined;
    if (!deployment) continue;
    const project = components.get(key);
    // With no project of that name, the image's name is still another name of the deployment, so
    // its code folder (`emojivoto-emoji-svc/` for `acme/emojivoto-emoji-svc`) is found by name.
    if (!project) {
      if (!aliasOf.has(key)) aliasOf.set(key, deployment.key);
      continue;
    }
    if (project === deployment || project.roots.size === 0 || deployment.roots.size > 0) continue;
    mergeInto(deployment, project, components, aliasOf);
  }
  // Names that agree only once the solution's prefix and generic words are dropped (compose
  // `orders-service` on `acme/orders-service`, built by a script looping over services, and the
  // project `src/Acme.Services.Orders/`), one to one.
  const deployables = [...components.values()].filter((component) => component.deployed && component.kind === 'application' && !component.library && !component.controlPlane && component.roots.size === 0 && (component.images?.size ?? 0) > 0);
  const projects = [...components.values()].filter((component) => !component.deployed && component.kind === 'application' && !component.library && !component.goModule && component.roots.size > 0);
  if (deployables.length === 0 || projects.length === 0) return;
  const namesOf = (component: Component): string[] => [...component.names.keys(), ...(component.images ?? [])];
  const matched = matchByDistinctiveNames(
    deployables.map((item) => ({ item, names: namesOf(item) })),
    projects.map((item) => ({ item, names: namesOf(item) })),
  );
  for (const [deployment, project] of matched) mergeInto(deployment, project, components, aliasOf);
}

/**
 * One image run by several deployables, tied to its code only by the image's name (compose `web`
 * and `worker` both running `acme/shopapp:2.1`, no `build:`; `packages/server/package.json` named
 * `shopapp`): as joinProjectsToDeployments does for a folder several deployables build, each of them
 * takes the project's folders (so the process each command starts decides what it runs, where that
 * is known) and the project is the code they share, not a system of its own. Only for an image
 * named with its owner (`acme/shopapp`, as joinProjectsToImages), not one a public publisher ships
 * under a well-known name (`bitnami/kubectl` beside a folder `kubectl/`, images.ts), nor for a
 * project no code was read in (`holdsCode`), nor when a deployable of the image has code of its own.
 */
export function shareProjectsAmongImageRunners(runs: readonly { name: string; image: string }[], components: Map<string, Component>, aliasOf: Map<string, string>, holdsCode: (root: string) => boolean): void {
  const named = (name: string): Component | undefined => components.get(aliasOf.get(systemKey(name)) ?? systemKey(name));
  const byImage = new Map<string, Set<Component>>();
  const skipped = new Set<string>();
  for (const { name, image } of runs) {
    const base = imageBaseName(image);
    const runner = named(name);
    if (base === undefined || !runner) continue;
    if (isPublicPublisherImage(image)) skipped.add(systemKey(base));
    byImage.set(systemKey(base), (byImage.get(systemKey(base)) ?? new Set()).add(runner));
  }
  for (const [key, runners] of [...byImage].sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))) {
    if (runners.size < 2 || skipped.has(key)) continue;
    const project = named(key);
    if (!project || runners.has(project) || project.deployed || project.library || project.roots.size === 0) continue;
    if (![...project.roots].some(holdsCode)) continue;
    if ([...runners].some((runner) => runner.kind !== 'application' || runner.library || runner.roots.size > 0)) continue;
    for (const runner of runners) {
      for (const root of project.roots) runner.roots.add(root);
      runner.evidence.push(...project.evidence.slice(0, 1));
    }
    project.roots.clear();
    project.library = true;
  }
}

/**
 * A project whose folder something deploys under another name (a SAM function's `CodeUri` holding
 * a `requirements.txt`, a compose build context whose `package.json` names itself otherwise) is
 * that deployment's code, not a system of its own: when each of its folders is the root of exactly
 * one deployed component, it is merged into that component; when its folders are different
 * deployments' (one name, `hello_world/`, in several stacks), each keeps its folder and the project
 * is only the code they are built from.
 */
export function joinProjectsToDeployments(components: Map<string, Component>, aliasOf: Map<string, string>): void {
  const deployedAt = new Map<string, Component[]>();
  for (const component of components.values()) {
    if (!component.deployed || component.library) continue;
    for (const root of component.roots) deployedAt.set(root, [...(deployedAt.get(root) ?? []), component]);
  }
  for (const project of [...components.values()]) {
    if (project.deployed || project.library || project.goModule || project.roots.size === 0) continue;
    const deployers = [...project.roots].map((root) => deployedAt.get(root) ?? []);
    if (!deployers.every((claimants) => claimants.length >= 1)) continue;
    // One image run as several services (each deploying the folder): the project is the code they share.
    const distinct = new Set(deployers.flat());
    if (distinct.has(project)) continue;
    if (distinct.size === 1) mergeProjectIntoDeployment([...distinct][0] as Component, project, components, aliasOf);
    else {
      project.roots.clear();
      project.library = true;
    }
  }
}

/**
 * A deployment keeps its own name when the project holding its code merges in: the project's name
 * (a `package.json` name, an archive's base name) is the build's, the deployment's is the system's.
 */
export function mergeProjectIntoDeployment(deployment: Component, project: Component, components: Map<string, Component>, aliasOf: Map<string, string>): void {
  const weight = Math.max(0, ...project.names.values());
  for (const [own, count] of deployment.names) deployment.names.set(own, count + weight);
  mergeInto(deployment, project, components, aliasOf);
}

/**
 * One image run as several services: a compose service only naming an image (`lumen-microservices`
 * running `ghcr.io/acme/app-server:${VERSION:-release}`) that another service running the same
 * image has code for (`lumen-server`, built from `./server` by another compose file of the project
 * under the same service name, or a service building that image) runs that code: it takes the
 * same folders. Only when the services with code for the image agree on it (one set of folders).
 */
export function shareBuiltImages<C>(runs: readonly { component: C; image: string }[], rootsOf: (component: C) => ReadonlySet<string>): Map<C, string[]> {
  const byImage = new Map<string, Set<C>>();
  for (const { component, image } of runs) byImage.set(image, (byImage.get(image) ?? new Set()).add(component));
  const given = new Map<C, string[]>();
  for (const components of byImage.values()) {
    const folders = new Set<string>();
    for (const component of components) {
      const roots = rootsOf(component);
      if (roots.size > 0) folders.add(JSON.stringify([...roots].sort()));
    }
    if (folders.size !== 1) continue;
    const roots = JSON.parse([...folders][0] as string) as string[];
    for (const component of components) if (rootsOf(component).size === 0 && !given.has(component)) given.set(component, roots);
  }
  return given;
}

/**
 * The workloads a Kubernetes Service selects, when they are releases of one app (`details-v1`
 * and `details-v2` behind `details`, service-variants.ts), are one system: with several, named by
 * the Service (each workload's name an alias of it); with one, under the workload's name as
 * before. Either way it takes in the component of the Service's name (the code project
 * `src/details`, a compose service of it), before projects are joined to deployments, so that
 * project's folder is the system's code. A Service selecting different apps makes no change.
 */
export function joinServiceVariants(selectors: readonly ComponentFact[], components: Map<string, Component>, aliasOf: Map<string, string>, ensure: (name: string, kind: SystemKind, defined: boolean) => Component, composeKeys: ReadonlySet<string>): void {
  const isCompose = (component: Component): boolean => [...component.names.keys()].some((name) => composeKeys.has(systemKey(name)));
  const runOf = (component: Component): DeployedRun => ({
    kind: component.kind,
    ...(component.technology !== undefined ? { technology: component.technology } : {}),
    roots: [...component.roots],
    images: [...(component.images ?? [])].map((image) => image.toLowerCase()),
    files: component.evidence.map((item) => item.file),
  });
  for (const selector of selectors) {
    const entries = Object.entries(selector.selector ?? {});
    if (entries.length === 0) continue;
    const selected = [...components.values()].filter((component) => entries.every(([label, value]) => component.labels[label] === value));
    // The Compose service the in-cluster Service is named after, deploying the same system again
    // (service-variants.ts, redeploysComposeService): one system under the name both give it, the
    // Compose service's build and code kept, the workload's name an alias.
    const compose = components.get(aliasOf.get(systemKey(selector.name)) ?? systemKey(selector.name));
    const workload = selected.length === 1 ? selected[0] : undefined;
    if (compose && workload && compose !== workload && compose.deployed && workload.deployed && !compose.library && !workload.library && !compose.controlPlane && !workload.controlPlane && isCompose(compose) && !isCompose(workload) && redeploysComposeService(runOf(compose), runOf(workload))) {
      mergeInto(compose, workload, components, aliasOf);
      compose.names.set(selector.name, Math.max(...compose.names.values()) + 1);
      continue;
    }
    const workloads = selected.map((component) => {
      const names = [...component.names.keys()];
      return { name: names.find((name) => isNamedAfter(selector.name, name)) ?? names[0] ?? component.key, labels: component.labels };
    });
    if (!areVariantsOf(selector.name, workloads)) continue;
    const named = components.get(aliasOf.get(systemKey(selector.name)) ?? systemKey(selector.name));
    if (named?.library) continue;
    const only = selected.length === 1 ? selected[0] : undefined;
    if (only) {
      if (named && named !== only) mergeInto(only, named, components, aliasOf);
      continue;
    }
    const into = ensure(selector.name, selector.kind, true);
    for (const workload of selected) if (workload !== into) mergeInto(into, workload, components, aliasOf);
    into.names.set(selector.name, Math.max(...into.names.values()) + 1);
  }
}

/**
 * One image's role deployed under two names, by Compose (`catalog`) and by Kubernetes
 * (`acme-catalog`), each switching the role on by the same settings (role-switches.ts): one system,
 * under the name it had first.
 */
export function joinRoleDeployables(facts: readonly Fact[], bindings: readonly BindingFact[], components: Map<string, Component>, aliasOf: Map<string, string>): void {
  const named = (name: string): Component | undefined => components.get(aliasOf.get(systemKey(name)) ?? systemKey(name));
  const runs: { fact: ComponentFact; image: string }[] = [];
  for (const fact of facts) {
    if (fact.type !== 'component' || fact.selector || fact.project === true || fact.kind !== 'application') continue;
    for (const image of [fact.composeImage, ...(fact.aliases ?? []).filter((alias) => imageBaseName(alias) !== undefined)]) if (image !== undefined && !PLACEHOLDER.test(image)) runs.push({ fact, image: imageName(image) });
  }
  if (runs.length < 2) return;
  const settings = new Map<string, Map<string, string>>();
  for (const binding of bindings) {
    if (binding.component === undefined) continue;
    const own = settings.get(binding.component) ?? new Map<string, string>();
    own.set(binding.key, binding.value);
    settings.set(binding.component, own);
  }
  const deployables = runs.flatMap(({ fact, image }) => {
    const component = named(fact.name);
    const own = settings.get(fact.name) ?? new Map<string, string>();
    const command = own.get(COMMAND_WORDS_KEY) ?? '';
    return component && component.deployed && !component.library ? [{ component, name: fact.name, file: fact.evidence.file, image, settings: own, command, ...(fact.chartWorkload !== undefined ? { chartWorkload: fact.chartWorkload } : {}) }] : [];
  });
  for (const [into, other] of sameRoleDeployables(deployables)) {
    if (components.get(into.key) !== into || components.get(other.key) !== other) continue;
    mergeInto(into, other, components, aliasOf);
    // A chart's main workload, named by the release alone (`desk`, the chart's own name), is the
    // compose service it joins: the system keeps the service's name, not the chart's.
    const kept = deployables.find((deployable) => deployable.component === into)?.name;
    if (kept !== undefined && deployables.some((deployable) => deployable.component === other && deployable.chartWorkload === 'whole')) into.names.set(kept, Math.max(...into.names.values()) + 1);
  }
}

/** Makes `other` a name of `into`: everything known of it moves over, and its names lead to `into`. */
export function mergeInto(into: Component, other: Component, components: Map<string, Component>, aliasOf: Map<string, string>): void {
  for (const [name, count] of other.names) into.names.set(name, (into.names.get(name) ?? 0) + count);
  for (const [kind, count] of other.kindVotes) into.kindVotes.set(kind, (into.kindVotes.get(kind) ?? 0) + count);
  if ((KIND_STRENGTH[other.kind] ?? 1) > (KIND_STRENGTH[into.kind] ?? 1)) into.kind = other.kind;
  for (const root of other.roots) into.roots.add(root);
  for (const port of other.ports ?? []) (into.ports ??= new Set()).add(port);
  for (const protocol of other.protocols ?? []) (into.protocols ??= new Set()).add(protocol);
  for (const image of other.images ?? []) (into.images ??= new Set()).add(image);
  for (const artifact of other.artifacts ?? []) (into.artifacts ??= new Set()).add(artifact);
  if (other.references) pushAll((into.references ??= []), other.references);
  into.deployed ||= other.deployed;
  into.labels = { ...other.labels, ...into.labels };
  into.technology ??= other.technology;
  into.exposesApi ||= other.exposesApi;
  if (other.startupOnly) into.startupOnly = true;
  into.defined ||= other.defined;
  into.confidence = Math.max(into.confidence, other.confidence);
  pushAll(into.evidence, other.evidence);
  components.delete(other.key);
  aliasOf.set(other.key, into.key);
  for (const [alias, target] of aliasOf) if (target === other.key) aliasOf.set(alias, into.key);
}
