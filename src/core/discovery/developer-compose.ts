/**
 * Compose files for a developer's machine: `docker-compose.dev.yml`, `docker-compose-developer.yml`,
 * `compose.local.yaml`, or any Compose file under a `dev/` (`development/`, `.devcontainer/`)
 * folder; and a folder's plain Compose file beside a deployment of the same services (a
 * `deploy/docker-compose.yml`, a standalone `docker-compose.production.yaml`: developerComposeFiles).
 * They run the same services as the deployment, but with what a laptop needs: Redis standing in
 * for the broker, a mail catcher (`EMAIL_HOST: mailhog`), the code mounted and
 * `runserver` as the command.
 *
 * Such a file still says where a service's code is (its `build:`, which the deployed compose,
 * naming only an image, often leaves out; see shareBuiltImages in resolve.ts), and a service only
 * it defines stays a system, unless it runs the code a deployed service runs (a `base` building the
 * app's image the processes are built on: withDeployedCodeBuilds). But a service the deployment
 * also defines (a Compose file of no developer's, or a Kubernetes workload) runs with the
 * deployment's settings: the developer file's environment, env files, command and `depends_on`
 * for that service are not read.
 */
import type { ComponentFact, Fact, ImageBuildFact } from './facts.js';
import { CODE_FILE, isComposeFile } from './file-paths.js';
import { foldersHolding } from './image-runner-folders.js';
import { nameKey } from './names.js';
import { dockerfileBuilds, imageCodeFolder } from './node-processes.js';

/** A Compose file's name marking a developer's variant (`docker-compose.dev.yml`, `docker-compose-developer.yml`, `compose.local.yaml`). */
const DEVELOPER_VARIANT = /^(?:docker-)?compose[.\-_](?:.+[.\-_])?(?:dev|develop|developer|development|local)(?:[.\-_][^/]*)?\.ya?ml$/i;
/** Folders of a developer's setup (`dev/docker-compose.yml`, `.devcontainer/docker-compose.yml`). */
const DEVELOPER_FOLDER = /(?:^|\/)(?:dev|develop|development|\.devcontainer)\//i;
/**
 * A JVM project's `src/main/docker/`: JHipster's per-app Compose files (`postgresql.yml`,
 * `kafka.yml`, `jhipster-control-center.yml`, Compose by content whatever their names), started by
 * the developer beside the app run from the IDE.
 */
const JVM_DOCKER_FOLDER = /(?:^|\/)src\/main\/docker\/[^/]+\.ya?ml$/i;

/** Whether a scan-relative path is a Compose file for a developer's machine (see the module's comment). */
export function isDeveloperComposeFile(path: string): boolean {
  if (JVM_DOCKER_FOLDER.test(path)) return true;
  if (!isComposeFile(path)) return false;
  const name = path.slice(path.lastIndexOf('/') + 1);
  return (DEVELOPER_VARIANT.test(name) && !NOT_DEVELOPER.test(name)) || DEVELOPER_FOLDER.test(path);
}

/**
 * Folders holding what is deployed (`deploy/docker-compose.yml`, `deployment/compose.yaml`,
 * `production/docker-compose.yml`, `setup/docker-compose.yml`): beside such a file, the repository's other Compose file for the
 * same services is the developer's (developerComposeFiles).
 */
const DEPLOYMENT_FOLDER = /(?:^|\/)(?:deploy|deployment|deployments|production|prod|setup)\//i;

/**
 * A Compose file's name marking the production variant (`docker-compose.production.yaml`,
 * `docker-compose.prod.yml`, `compose.production.yaml`), run instead of the folder's plain file.
 */
const PRODUCTION_VARIANT = /^(?:docker-)?compose[.\-_](?:.+[.\-_])?(?:prod|production)(?:[.\-_][^/]*)?\.ya?ml$/i;
/** The folder's plain Compose file and the override Compose loads with it (`docker-compose.yml`, `compose.override.yaml`). */
const PLAIN_OR_OVERRIDE = /^(?:docker-)?compose(?:[.\-_]override)?\.ya?ml$/i;

/** Whether a path is named as a production Compose file (`docker-compose.prod.yml`, `compose.production.yaml`). */
export function isProductionComposeFile(path: string): boolean {
  return isComposeFile(path) && PRODUCTION_VARIANT.test(path.slice(path.lastIndexOf('/') + 1)) && !isDeveloperComposeFile(path);
}

/**
 * The Compose files of a scan that are a developer's: those named or placed so
 * (isDeveloperComposeFile), and a Compose file (`docker-compose.yml` at the root, its app built
 * from source with `SMTP_HOST: mailhog`) defining a service that a Compose file under a deployment
 * folder of its own tree also defines (`deploy/docker-compose.yml`, running the released image
 * with `env_file: ./docker.env`): that file is how the project is run, the other how it is worked
 * on. Several deployment files, or none, leave the others as they are.
 *
 * A production variant beside the folder's plain file (`docker-compose.production.yaml` next to a
 * `docker-compose.yaml` building the app with dev arguments, mounting the source and running a
 * mail catcher) is such a deployment for the plain file and its override of the same folder, when
 * it stands alone: every service it lists it defines (an image, a build), and every service its
 * services depend on or link to it lists. An overlay run with `-f` over the plain file
 * (`docker-compose.prod.yml` only giving `api` another environment, or an image while the plain
 * file keeps the datastores its services wait for) deploys nothing by itself.
 */
export function developerComposeFiles(facts: readonly Fact[]): (path: string) => boolean {
  const servicesOf = new Map<string, Set<string>>();
  // What a file defines, not only overrides: an overlay (`deploy/observability/compose.yml`
  // giving the root file's services an environment, to be run with `-f` beside it) deploys nothing.
  const definedOf = new Map<string, Set<string>>();
  // The services each Compose file's services depend on or link to (standsAlone).
  const awaitedOf = new Map<string, Set<string>>();
  for (const fact of facts) {
    if (fact.type === 'connection' && (fact.role === 'depends' || fact.role === 'consumes') && 'component' in fact.target && fact.target.component !== undefined && isComposeFile(fact.evidence.file)) {
      awaitedOf.set(fact.evidence.file, (awaitedOf.get(fact.evidence.file) ?? new Set<string>()).add(nameKey(fact.target.component)));
    }
    if (fact.type !== 'component' || !isComposeFile(fact.evidence.file)) continue;
    const services = servicesOf.get(fact.evidence.file) ?? new Set<string>();
    services.add(nameKey(fact.name));
    servicesOf.set(fact.evidence.file, services);
    if (fact.root === undefined && fact.composeImage === undefined && fact.technology === undefined && fact.compose?.image === undefined && fact.dockerfile === undefined) continue;
    const defined = definedOf.get(fact.evidence.file) ?? new Set<string>();
    defined.add(nameKey(fact.name));
    definedOf.set(fact.evidence.file, defined);
  }
  const deployment = [...servicesOf.keys()].filter((file) => DEPLOYMENT_FOLDER.test(file) && !isDeveloperComposeFile(file));
  // The production variants standing alone, by folder.
  const productionIn = new Map<string, string[]>();
  for (const file of servicesOf.keys()) {
    if (!isProductionComposeFile(file) || DEPLOYMENT_FOLDER.test(file) || !standsAlone(servicesOf.get(file), definedOf.get(file), awaitedOf.get(file))) continue;
    const folder = file.slice(0, file.lastIndexOf('/') + 1);
    productionIn.set(folder, [...(productionIn.get(folder) ?? []), file]);
  }
  const shadowed = new Set<string>();
  for (const [file, services] of servicesOf) {
    if (DEPLOYMENT_FOLDER.test(file) || isDeveloperComposeFile(file)) continue;
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    const definesOneOf = (other: string): boolean => [...(definedOf.get(other) ?? [])].some((service) => services.has(service));
    const deploys = deployment.filter((other) => other.startsWith(folder) && definesOneOf(other));
    const beside = PLAIN_OR_OVERRIDE.test(file.slice(folder.length)) ? (productionIn.get(folder) ?? []).filter(definesOneOf) : [];
    if (deploys.length > 0 || beside.length > 0) shadowed.add(file);
  }
  return (path) => isDeveloperComposeFile(path) || shadowed.has(path);
}

/**
 * Whether a Compose file runs by itself (developerComposeFiles): it defines every service it lists,
 * and every service its services depend on or link to is one of them.
 */
function standsAlone(listed: ReadonlySet<string> = new Set(), defined: ReadonlySet<string> = new Set(), awaited: ReadonlySet<string> = new Set()): boolean {
  return [...listed].every((service) => defined.has(service)) && [...awaited].every((service) => listed.has(service));
}

/** A name saying it is not the developer's variant (`docker-compose-non-dev.yml`, the one to deploy beside a `docker-compose.yml` for development). */
const NOT_DEVELOPER = /(?:^|[.\-_])non[.\-_]?(?:dev|develop|developer|development|local)(?:[.\-_]|$)/i;

/**
 * The services a deployment defines, by name key: each service of a Compose file of no developer's
 * and each Kubernetes workload (its pod labels).
 */
export function deploymentServiceKeys(facts: readonly Fact[], isDeveloperFile: (path: string) => boolean = developerComposeFiles(facts)): ReadonlySet<string> {
  const deployed = new Set<string>();
  for (const fact of facts) {
    if (fact.type !== 'component' || isDeveloperFile(fact.evidence.file)) continue;
    if (fact.composeService === true || isComposeFile(fact.evidence.file) || fact.labels !== undefined) deployed.add(nameKey(fact.name));
  }
  return deployed;
}

/**
 * Whether a fact defining a component only puts it on a developer's machine: it comes from a
 * developer Compose file while the scan holds a deployment (`deployments`, deploymentServiceKeys).
 * Such a component (a mail catcher, JHipster's control center) is still a system, but not a
 * deployed one. Without any deployment, the developer's file is the only say there is.
 */
export function definesForDeveloperOnly(fact: Fact, deployments: ReadonlySet<string>, isDeveloperFile: (path: string) => boolean = isDeveloperComposeFile): boolean {
  return deployments.size > 0 && isDeveloperFile(fact.evidence.file);
}

/**
 * The facts without what developer Compose files say of the services a deployment also defines
 * (their bindings: environment, env files, command), and without any connection a developer file
 * makes (`depends_on`, links, a setting naming an identity provider), whoever it is of: a service
 * only such a file runs (JHipster's control center) is on a laptop, and so are its connections.
 */
export function withoutDeveloperComposeSettings(facts: readonly Fact[]): readonly Fact[] {
  const isDeveloperFile = developerComposeFiles(facts);
  if (!facts.some((fact) => isDeveloperFile(fact.evidence.file))) return facts;
  const deployed = deploymentServiceKeys(facts, isDeveloperFile);
  if (deployed.size === 0) return facts;
  const kept = facts.filter((fact) => {
    if (!isDeveloperFile(fact.evidence.file)) return true;
    if (fact.type === 'connection') return false;
    if (fact.type !== 'binding' || fact.component === undefined) return true;
    return !deployed.has(nameKey(fact.component));
  });
  return withDeployedCodeBuilds(kept, isDeveloperFile, deployed);
}

/**
 * A developer's Compose file often builds the deployed code in steps: a `base: &base` service
 * builds the app's image (`build: { context: ., dockerfile: ./docker/Dockerfile }`, `image:
 * app:development`) and the processes merged from it build their own Dockerfiles on top of it
 * (`rails.Dockerfile`, `FROM app:development`, copying in no code) or take its build under
 * another image name, while the deployment runs the released image as `rails` and `sidekiq` only.
 * Each service of such a file runs the code of the build its image comes from: its own, or, when
 * its Dockerfile is FROM the image another service of the file builds, that one's (followed back).
 *
 * Where a service the deployment also defines runs a build's code, that code is the deployed one:
 * - a service only the developer's file defines running it (the `base` that builds it, a Vite dev
 *   server on it) is no system of its own, and none of its settings are read: in Compose such a
 *   base does run, but only on the laptop, as a copy of what the deployment runs under its names;
 * - the deployed services running it whose build context names no folder of code (the root shared
 *   by every service gives each its Dockerfile's folder, here `docker/dockerfiles/`) run the
 *   folder of code that build copies in (imageCodeFolder), else the builder's own folder of code.
 */
export function withDeployedCodeBuilds(facts: readonly Fact[], isDeveloperFile: (path: string) => boolean, deployed: ReadonlySet<string>): readonly Fact[] {
  const servicesOf = new Map<string, ComponentFact[]>();
  const baseImageOf = new Map<string, string>();
  for (const fact of facts) {
    if (fact.type === 'image-build' && fact.baseImage !== undefined && fact.evidence.file === fact.dockerfile) baseImageOf.set(fact.dockerfile, fact.baseImage);
    if (fact.type !== 'component' || fact.project === true || fact.dockerfile === undefined || fact.kind !== 'application' || !isComposeFile(fact.evidence.file) || !isDeveloperFile(fact.evidence.file)) continue;
    servicesOf.set(fact.evidence.file, [...(servicesOf.get(fact.evidence.file) ?? []), fact]);
  }
  if (servicesOf.size === 0) return facts;
  let codeFolders: ReadonlySet<string> | undefined;
  let folders: ReadonlySet<string> | undefined;
  const holdsCode = (folder: string): boolean => (codeFolders ??= foldersHolding(facts.flatMap((fact) => (fact.type !== 'component' && CODE_FILE.test(fact.evidence.file) ? [fact.evidence.file] : [])))).has(folder);
  const isFolder = (folder: string): boolean => (folders ??= foldersHolding(facts.map((fact) => fact.evidence.file))).has(folder);
  const dropped = new Map<string, Set<string>>();
  const rooted = new Map<ComponentFact, string>();
  for (const [file, services] of servicesOf) {
    // The service building each image, by name; an image two Dockerfiles build is nobody's.
    const builderOf = new Map<string, ComponentFact | null>();
    for (const service of services) {
      if (service.composeImage === undefined || service.composeImage.includes('$')) continue;
      const image = service.composeImage.toLowerCase();
      const known = builderOf.get(image);
      builderOf.set(image, known === undefined ? service : known !== null && known.dockerfile === service.dockerfile ? known : null);
    }
    const sourceOf = (service: ComponentFact): ComponentFact => {
      const seen = new Set([service]);
      let at = service;
      for (;;) {
        const base = baseImageOf.get(at.dockerfile as string);
        const builder = base !== undefined ? builderOf.get(base) : undefined;
        if (!builder || seen.has(builder)) return at;
        seen.add(builder);
        at = builder;
      }
    };
    const runnersOf = new Map<string, { source: ComponentFact; runners: ComponentFact[] }>();
    for (const service of services) {
      const source = sourceOf(service);
      const key = `${source.dockerfile}\n${source.root ?? ''}`;
      const group = runnersOf.get(key) ?? { source, runners: [] };
      group.runners.push(service);
      runnersOf.set(key, group);
    }
    for (const { source, runners } of runnersOf.values()) {
      const running = runners.filter((service) => deployed.has(nameKey(service.name)));
      if (running.length === 0) continue;
      for (const service of runners) if (!running.includes(service)) dropped.set(file, (dropped.get(file) ?? new Set()).add(service.name));
      const sourceRoot = source.root !== undefined && holdsCode(source.root) ? source.root : codeFolderOf(source, file, facts, isFolder);
      if (sourceRoot === undefined || !holdsCode(sourceRoot)) continue;
      for (const service of running) if (service.root === undefined || !holdsCode(service.root)) rooted.set(service, sourceRoot);
    }
  }
  if (dropped.size === 0 && rooted.size === 0) return facts;
  return facts.flatMap((fact): Fact[] => {
    const names = dropped.get(fact.evidence.file);
    if (names !== undefined && (fact.type === 'component' ? names.has(fact.name) : 'component' in fact && typeof fact.component === 'string' && names.has(fact.component))) return [];
    const root = fact.type === 'component' ? rooted.get(fact) : undefined;
    if (root === undefined || fact.type !== 'component') return [fact];
    const { rootFromBuildArgument: _fromArgument, ...rest } = fact;
    return [{ ...rest, root }];
  });
}

/** The folder of code the build a service of a Compose file makes copies in (imageCodeFolder), from that file's build and the Dockerfile's own reading. */
function codeFolderOf(service: ComponentFact, file: string, facts: readonly Fact[], isFolder: (folder: string) => boolean): string | undefined {
  const dockerfile = service.dockerfile as string;
  const read = facts.filter((fact): fact is ImageBuildFact => fact.type === 'image-build' && fact.dockerfile === dockerfile && (fact.evidence.file === dockerfile || fact.evidence.file === file));
  const build = dockerfileBuilds(read).get(dockerfile);
  return build?.read === true ? imageCodeFolder(build, isFolder) : undefined;
}
