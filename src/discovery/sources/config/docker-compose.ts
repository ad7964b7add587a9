/**
 * Docker Compose files: each service is a component (its kind read from its image, its code
 * folder from its build context), its environment and env files are its bindings, and its
 * depends_on, links and external_links are declared dependencies (a link's alias naming the
 * linked service for the linking one). The ports a service listens on (`ports`
 * targets, `expose`) say nothing of who calls it, but they tell what a bare depends_on on it most
 * likely is (5432: a database), so they are kept on the component.
 */
import type { BindingFact, ComponentFact, ConnectionFact, Evidence, Fact, ImageBuildFact, SourceFile } from '../../../core/discovery/facts.js';
import { COMMAND_PROGRAM_KEY, COMMAND_WORDS_KEY, CONFIDENCE, LINK_ALIAS_KEY, NETWORK_PEER_KEY } from '../../../core/discovery/facts.js';
import { CELERY_PROCESS_KEY } from '../../../core/discovery/shared-codebase.js';
import type { Source, SourceContext } from '../../source.js';
import { containerPort, publishedPort } from '../../../core/discovery/compose-interpolation.js';
import { bindingFact, maskBinding, neverThrows } from './emit.js';
import { commandLineFacts, entrypointArgument, phpOfCommand, programBinding, scriptDispatch, scriptRun, splitCommandLine, withoutLaunchers } from './command-line.js';
import { PHP_PROCESS_KEY } from '../../../core/discovery/php-processes.js';
import { vendorClientOfImage } from '../../../core/discovery/saas-hosts.js';
import { selectByEnvironment } from '../../../core/discovery/process-selection.js';
import { ENTRYPOINT_ARGUMENT_KEY } from '../../../core/discovery/entrypoint-arguments.js';
import { processEnvironmentGroup, processScriptGroup } from './process-script.js';
import { COMPLETED_CONDITION, isOneShotJob } from './compose-jobs.js';
import { benchServiceFacts } from './frappe-bench.js';
import { loadGeneratorFacts, type EnvironmentEntry } from './load-generators.js';
import { forwardProxyFact, isProxyVariable } from './forward-proxies.js';
import { namesIdentityEndpoint } from '../../../core/discovery/identity-settings.js';
import { hasuraEngineSettingFact } from './hasura-metadata.js';
import { emulatorOfCommand, imageInfo, imageName, isLoadGeneratorImage, productOfEnvironment, productServedByEnvironment, type ImageInfo } from './images.js';
import { baseName, folderOf, resolveRelative } from './paths.js';
import { withComposeDefaults } from './placeholders.js';
import { plainCommandWords } from '../../../core/discovery/image-runner-folders.js';
import { parseYamlDocuments, type YamlDocument, type YamlEntry } from './yaml-nodes.js';
import { ALERTING_CONFIG_NAME, alertingConfigGroup, alertingConfigPath } from '../../../core/discovery/alerting.js';
import { clickhouseMountGroups } from '../../../core/discovery/clickhouse-config.js';
import { dskitCommand, dskitConfigGroup, type DskitCommand, dskitProductOf, dskitRingCalls } from '../../../core/discovery/dskit.js';
import { dagsterConfigGroup, dagsterProcess } from '../../../core/discovery/dagster.js';
import { hasComposeName, isComposeFile } from '../../../core/discovery/file-paths.js';
import { isSettingsFilePath, isSettingsMountTarget, SETTINGS_FILE_GROUP } from './mounted-settings.js';
import { inlineSettingsFacts, namedSettingsMounts } from './environment-settings.js';
import { MOUNTED_CODE_KEY, hostPathOf, mountedEntry, type BindMount } from '../../../core/discovery/mounted-code.js';
import { NODE_PROCESS_KEY } from '../../../core/discovery/node-processes.js';
import { COMMAND_CONFIG_GROUP, commandConfigFacts, commandConfigFiles } from './command-config.js';
import { MIGRATION_PROCESS, entryProcess, managementProcessOf } from '../../../core/discovery/python-entries.js';

/** A compose file's variant naming tests: `docker-compose-tests.yml`, `docker-compose.e2e.yml`, `compose.ci.yaml`. */
const TEST_VARIANT = /^(docker-)?compose[.\-_](.+[.\-_])?(tests?|e2e|ci|it|integration(-tests?)?|integration-test)([.\-_][^/]*)?\.ya?ml$/i;
/** Folders of tests. */
const TEST_FOLDER = /(^|\/)(tests?|e2e|integration-tests?)\//i;

/** Whether a path is a Compose file (other YAML sources use this to leave such files alone). */
export { isComposeFile };

/**
 * Whether a compose file runs tests: its services are test runners, test databases and trace-test
 * servers standing up beside the system for a test run, not systems of the landscape.
 */
export function isTestComposeFile(path: string): boolean {
  return isComposeFile(path) && (TEST_VARIANT.test(baseName(path)) || TEST_FOLDER.test(path));
}

/**
 * The Compose source: test compose files are still compose files (no other source reads them), but
 * make no facts. Any other YAML file may be a Compose file named for its product
 * (`docker-catalog.yml`, `deploy/stack.yml`, run with `docker compose -f`): it is read when its
 * content is one (isComposeContent), save a Helm chart's templates and values and a CI workflow.
 */
export const dockerComposeSource: Source = {
  name: 'docker-compose',
  extensions: ['.yaml', '.yml'],
  accepts: (path) => (isComposeFile(path) ? !isTestComposeFile(path) : mayBeComposeByContent(path)),
  read: neverThrows(readCompose),
};

/** Folders and file names of YAML other tools own: Helm charts, CI workflows and pipelines. */
const NOT_COMPOSE_FOLDER = /(^|\/)(templates|\.github|\.gitlab|\.circleci|charts?)\//i;
const NOT_COMPOSE_NAME = /^(values([.-][^/]*)?|chart|\.gitlab-ci|\.travis|azure-pipelines|bitbucket-pipelines|catalog-info|kustomization|mkdocs)\.ya?ml$/i;

/** Whether a YAML file not named for Compose may still be one by its content. */
function mayBeComposeByContent(path: string): boolean {
  return /\.ya?ml$/i.test(path) && !NOT_COMPOSE_FOLDER.test(path) && !NOT_COMPOSE_NAME.test(baseName(path)) && !TEST_FOLDER.test(path);
}

/** The top-level keys of the Compose specification (plus `x-` extensions). */
const COMPOSE_TOP_LEVEL = /^(version|name|services|networks|volumes|configs|secrets|include|x-.*)$/;

/**
 * Whether a YAML document is a Compose file by its content: a top-level `services` map whose
 * entries run an `image` or a `build` (a Prometheus or application settings file beside them has
 * neither), no other top-level key than Compose's (a Kubernetes manifest's `kind`, a values
 * file's `global`), and every `image` a name (a Helm values file's `image: { repository: … }`).
 */
export function isComposeContent(yaml: YamlDocument): boolean {
  const services = yaml.get(yaml.root, 'services');
  if (!yaml.isMap(services) || !yaml.entries(yaml.root).every((entry) => COMPOSE_TOP_LEVEL.test(entry.key))) return false;
  const entries = yaml.entries(services);
  return (
    entries.length > 0 &&
    entries.every((service) => yaml.isMap(service.value) && (yaml.get(service.value, 'image') === undefined || yaml.text(yaml.get(service.value, 'image')) !== undefined)) &&
    entries.some((service) => yaml.get(service.value, 'image') !== undefined || yaml.get(service.value, 'build') !== undefined || yaml.get(service.value, 'extends') !== undefined)
  );
}

/** Whether a file's text is Compose by its content (isComposeContent), for readers of files not named for Compose. */
export function isComposeText(text: string): boolean {
  return /^services\s*:/m.test(text) && parseYamlDocuments(text).some(isComposeContent);
}

/** Reads every service of every document of a Compose file. */
function readCompose(file: SourceFile, context: SourceContext): Fact[] {
  const facts: Fact[] = [];
  // A file not named for Compose (in a `compose/` folder, or named for its product) is one only by its content.
  const named = hasComposeName(file.path);
  if (!named && !/^services\s*:/m.test(file.text)) return [];
  for (const yaml of parseYamlDocuments(file.text)) {
    if (!named && !isComposeContent(yaml)) continue;
    let services = yaml.get(yaml.root, 'services');
    // The version 1 format, still met in old repositories, has services at the top level.
    if (services === undefined && yaml.get(yaml.root, 'version') === undefined) services = yaml.root;
    const definitions = yaml
      .entries(services)
      .filter((service) => yaml.isMap(service.value) && !(services === yaml.root && yaml.get(service.value, 'image') === undefined && yaml.get(service.value, 'build') === undefined));
    // `extends: app-server` (or `{ service: app-server }`) in this file: the service runs what that
    // one runs, unless it names its own image or build.
    const byName = new Map(definitions.map((service) => [service.key, service.value]));
    // A service only written to be merged into others (`base: &base`, then `<<: *base` in each
    // process) is a template: its settings reach them through the merge, it runs nothing itself.
    const templates = templateServices(yaml, definitions, folderOf(file.path));
    const running = templates.size === 0 ? definitions : definitions.filter((service) => !templates.has(service.key));
    const extended = (definition: unknown): unknown => {
      const written = yaml.get(definition, 'extends');
      const name = yaml.isMap(written) ? (yaml.get(written, 'file') === undefined ? yaml.text(yaml.get(written, 'service')) : undefined) : yaml.text(written);
      const base = name === undefined ? undefined : byName.get(name);
      return base === undefined || base === definition || yaml.get(definition, 'image') !== undefined || yaml.get(definition, 'build') !== undefined ? definition : base;
    };
    // One image run by several services (each with its own command) names none of them.
    const images = new Map<string, number>();
    for (const service of running) {
      const written = yaml.text(yaml.get(extended(service.value), 'image'));
      if (written !== undefined) images.set(imageName(withComposeDefaults(written)), (images.get(imageName(withComposeDefaults(written))) ?? 0) + 1);
    }
    // One build context shared by several services (the repository root, each service choosing
    // its own `dockerfile: src/cart/Dockerfile`) says nothing of where each one's code is.
    // A service only naming the image another service builds (`image: acme/app:2.1` with
    // `build: .` once, the other services running it with their own `command:`) runs that code.
    const builtAs = new Map<string, ReturnType<typeof buildOf> | null>();
    const builds: ImageBuildFact[] = [];
    for (const service of definitions) {
      const written = yaml.text(yaml.get(service.value, 'image'));
      const build = buildOf(yaml, service.value, folderOf(file.path));
      if (written === undefined || build.context === undefined) continue;
      const key = withComposeDefaults(written);
      const built = builtImageFact(key, build, context.evidenceAt(yaml.lineOf(yaml.get(service.value, 'image'))));
      if (built) builds.push(built);
      const known = builtAs.get(key);
      builtAs.set(key, known === undefined || (known !== null && known.context === build.context && known.dockerfileFolder === build.dockerfileFolder) ? build : null);
    }
    const buildOfService = (service: unknown): ReturnType<typeof buildOf> => {
      const definition = extended(service);
      const build = buildOf(yaml, definition, folderOf(file.path));
      const written = yaml.text(yaml.get(definition, 'image'));
      if (build.context !== undefined || written === undefined || written.includes('$')) return build;
      return builtAs.get(withComposeDefaults(written)) ?? build;
    };
    const contexts = new Map<string, number>();
    for (const service of running) {
      const build = buildOfService(service.value);
      if (build.context !== undefined) contexts.set(build.context, (contexts.get(build.context) ?? 0) + 1);
    }
    // The product each service runs, by the names others address it with: by its image, else by
    // the server-only variables its environment sets (a client's are told apart in readService).
    const products = new Map<string, string>();
    const brokers = new Set<string>();
    for (const service of running) {
      const written = yaml.text(yaml.get(extended(service.value), 'image'));
      const info = written !== undefined ? imageInfo(withComposeDefaults(written)) : undefined;
      const technology = (info?.kind !== 'application' ? info?.technology : undefined) ?? productOfEnvironment(environmentVariables(yaml, service.value).map(({ key }) => key))?.technology;
      if (technology === undefined) continue;
      for (const alias of [service.key, yaml.text(yaml.get(service.value, 'container_name')), yaml.text(yaml.get(service.value, 'hostname'))]) {
        if (alias !== undefined && !alias.includes('$')) products.set(alias.toLowerCase(), technology);
        if (alias !== undefined && info?.kind === 'message-broker') brokers.add(alias.toLowerCase());
      }
    }
    // A depends_on inherited from defaults merged into several services (`<<: *sentry_defaults`,
    // every infrastructure service listed once for all) is a start order for the whole stack, not
    // what each process uses: readService weighs it as a hint only (sharedDependsOn).
    const mergedDependsOn = new Map<unknown, number>();
    for (const service of running) {
      const from = yaml.mergedFrom(service.value, 'depends_on');
      if (from !== undefined) mergedDependsOn.set(from, (mergedDependsOn.get(from) ?? 0) + 1);
    }
    const sharesDependsOn = (definition: unknown): boolean => (mergedDependsOn.get(yaml.mergedFrom(definition, 'depends_on')) ?? 0) >= SHARED_DEFAULTS_USERS;
    // A service another waits for with `condition: service_completed_successfully` is a job.
    const completed = new Set(running.flatMap((service) => yaml.entries(yaml.get(service.value, 'depends_on')).filter((entry) => waitsForCompletion(yaml, entry.value)).map((entry) => entry.key)));
    for (const service of running) {
      if (onlyForDebugging(yaml, extended(service.value))) continue;
      facts.push(...readService(yaml, service.key, service.value, service.line, file, context, images, contexts, buildOfService(service.value), yaml.text(yaml.get(extended(service.value), 'image')), completed.has(service.key), (host) => products.get(host), sharesDependsOn(service.value) ? { brokerAt: (host) => brokers.has(host) } : undefined));
    }
    facts.push(...builds);
    // The hash ring between the dskit parts this file runs: distributors push to ingesters, queriers query them.
    const parts = new Map<string, readonly string[]>();
    const lines = new Map<string, number>();
    for (const service of running) {
      const found = dskitService(yaml, service.value, yaml.text(yaml.get(extended(service.value), 'image')));
      if (found) {
        parts.set(service.key, found.parts);
        lines.set(service.key, service.line);
      }
    }
    for (const call of dskitRingCalls(parts)) {
      facts.push({ type: 'connection', component: call.from, target: { component: call.to }, role: 'calls', mechanism: 'grpc', technology: 'gRPC', evidence: context.evidenceAt(lines.get(call.to) ?? 1), confidence: CONFIDENCE.inferred });
    }
    // A Frappe bench run as several services of one image (frappe-bench.ts): each process's connections and `bench set-config` addresses.
    facts.push(
      ...benchServiceFacts(
        running
          .filter((service) => !onlyForDebugging(yaml, extended(service.value)))
          .map((service) => {
            const written = yaml.text(yaml.get(extended(service.value), 'image'));
            const environment = new Map(environmentVariables(yaml, service.value).flatMap(({ key, value }) => (value === undefined ? [] : [[key, value] as const])));
            return { name: service.key, ...(written !== undefined ? { image: imageName(withComposeDefaults(written)) } : {}), words: commandWords(yaml, service.value), environment, evidence: context.evidenceAt(service.line) };
          }),
      ),
    );
    // A Dagster instance this file's web server or daemon reads, whose container run launcher starts
    // each run from a code location's image: the runs (so the code servers' images) write to its storages.
    const instances = new Set(running.flatMap((service) => dagsterFiles(yaml, service.value, folderOf(file.path), buildOfService(service.value)).filter((loaded) => loaded.reader === 'instance').map((loaded) => loaded.path)));
    for (const service of running) {
      if (instances.size === 0 || dagsterProcess(commandWords(yaml, extended(service.value)))?.role !== 'code-server' || onlyForDebugging(yaml, extended(service.value))) continue;
      for (const instance of instances) facts.push({ type: 'binding', component: service.key, key: '*', value: `$group:${dagsterConfigGroup(instance, 'runs')}`, evidence: context.evidenceAt(service.line) });
    }
  }
  facts.push(...commandConfigFileFacts(facts, context));
  return facts;
}

/**
 * The settings of the configuration files this compose file's commands name (command-config.ts),
 * each read once however many services take it in: a fact seen twice would count as two witnesses.
 */
function commandConfigFileFacts(facts: readonly Fact[], context: SourceContext): Fact[] {
  const prefix = `$group:${COMMAND_CONFIG_GROUP}`;
  const paths = new Set(facts.flatMap((fact) => (fact.type === 'binding' && fact.value.startsWith(prefix) ? [fact.value.slice(prefix.length)] : [])));
  return [...paths].flatMap((path) => {
    const text = context.readFile?.(path);
    return text === undefined ? [] : commandConfigFacts({ path, text });
  });
}

/**
 * What a template service must not have of its own: a command or entrypoint running it otherwise
 * than the services merging it, ports it serves, a name others reach it by.
 */
const RUNS_ON_ITS_OWN = ['command', 'entrypoint', 'ports', 'expose', 'container_name', 'hostname'];

/**
 * The services of a Compose file that are templates: a service written only to be merged into
 * others, as in `base: &base { image: acme/app, env_file: .env, volumes: … }` with `rails: { <<:
 * *base, command: bin/rails s }` and `sidekiq: { <<: *base, command: sidekiq }`. It is a template
 * when at least one other service merges it (`<<:`, directly), every one of them runs the same
 * image and build (it adds nothing beyond what they inherit), it runs an application's image (or
 * none: a stock server's service merged into a second one is a server), and it runs on its own in
 * no way: no command, entrypoint, ports, container name or host name of its own, and no other
 * service depends on it, links to it, shares its network, extends it, takes its volumes or names
 * it in its environment (`REDIS_URL=redis://base:6379`). Such a service is not read: it is no
 * system and has no edges, while its settings still reach the merging services through the merge.
 */
export function templateServices(yaml: YamlDocument, definitions: readonly YamlEntry[], folder: string): Set<string> {
  const mergers = new Map<unknown, YamlEntry[]>();
  for (const service of definitions) {
    for (const source of yaml.mergeSources(service.value)) if (source !== yaml.deref(service.value)) mergers.set(source, [...(mergers.get(source) ?? []), service]);
  }
  const templates = new Set<string>();
  if (mergers.size === 0) return templates;
  const candidates = definitions.filter((service) => mergers.has(yaml.deref(service.value)) && !RUNS_ON_ITS_OWN.some((key) => yaml.get(service.value, key) !== undefined));
  if (candidates.length === 0) return templates;
  // The services others name: by depends_on, links, network_mode, extends, volumes_from, or a host in their environment.
  const named = new Map<string, Set<string>>();
  for (const service of definitions) {
    const names = new Set<string>();
    const dependsOn = yaml.get(service.value, 'depends_on');
    for (const entry of yaml.entries(dependsOn)) names.add(entry.key);
    for (const item of [...yaml.items(dependsOn), ...yaml.items(yaml.get(service.value, 'links')), ...yaml.items(yaml.get(service.value, 'external_links')), ...yaml.items(yaml.get(service.value, 'volumes_from'))]) names.add((yaml.text(item) ?? '').split(':')[0]?.trim() ?? '');
    const extended = yaml.get(service.value, 'extends');
    names.add((yaml.isMap(extended) ? yaml.text(yaml.get(extended, 'service')) : yaml.text(extended)) ?? '');
    names.add(/^service:(.+)$/.exec(yaml.text(yaml.get(service.value, 'network_mode'))?.trim() ?? '')?.[1] ?? '');
    for (const { value } of environmentVariables(yaml, service.value)) for (const word of (value ?? '').split(/[^A-Za-z0-9_.-]+/)) names.add(word);
    named.set(service.key, names);
  }
  const runsAs = (definition: unknown): string => {
    const build = buildOf(yaml, definition, folder);
    return JSON.stringify([yaml.text(yaml.get(definition, 'image')) ?? null, build.context ?? null, build.dockerfile ?? null]);
  };
  for (const candidate of candidates) {
    const written = yaml.text(yaml.get(candidate.value, 'image'));
    if (written !== undefined && imageInfo(withComposeDefaults(written)).kind !== 'application') continue;
    if (definitions.some((other) => other.key !== candidate.key && named.get(other.key)?.has(candidate.key))) continue;
    const runs = runsAs(candidate.value);
    if ((mergers.get(yaml.deref(candidate.value)) ?? []).every((merger) => runsAs(merger.value) === runs)) templates.add(candidate.key);
  }
  return templates;
}

/**
 * The dskit part a service runs: its command's `-target` (core/discovery/dskit.ts), with an image
 * of Loki, Mimir, Tempo or Cortex, or a binary of its own given a `-config.file` as well.
 */
function dskitService(yaml: YamlDocument, definition: unknown, written: string | undefined): (DskitCommand & { product: string }) | undefined {
  const command = dskitCommand(commandWords(yaml, definition));
  if (!command) return undefined;
  const product = dskitProductOf(written === undefined ? undefined : withComposeDefaults(written), command);
  return product === undefined ? undefined : { ...command, product };
}

/** A service's environment variables (`environment:` as a map or a list of `KEY=value`); a bare `KEY` passes the project's variable through, with no value here. */
function environmentVariables(yaml: YamlDocument, definition: unknown): { key: string; value?: string; line: number }[] {
  const environment = yaml.get(definition, 'environment');
  if (yaml.isMap(environment)) return yaml.entries(environment).map((entry) => ({ key: entry.key, ...withValue(yaml.text(entry.value)), line: entry.line }));
  const variables: { key: string; value?: string; line: number }[] = [];
  for (const item of yaml.items(environment)) {
    const text = yaml.text(item);
    if (text === undefined) continue;
    const equals = text.indexOf('=');
    if (equals === 0) continue;
    if (equals > 0) variables.push({ key: text.slice(0, equals).trim(), value: text.slice(equals + 1), line: yaml.lineOf(item) });
    else if (/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(text.trim())) variables.push({ key: text.trim(), line: yaml.lineOf(item) });
  }
  return variables;
}

function withValue(value: string | undefined): { value?: string } {
  return value === undefined ? {} : { value };
}

/**
 * Profiles that start a service only for a developer at a terminal (`docker compose --profile debug
 * run toolbox bash`): a shell on the app's image, an admin console; or on a developer's machine
 * (`--profile dev`: the product's all-in-one development process against local fakes, `relay
 * dev`). Such a service is no deployment of the system, so it is not read. Other profiles (`flower`, `monitoring`, `s3`) select
 * optional parts of the system and are read like any service; so does `tools`, which teams use as
 * much for a client they ship (a CLI calling the services) as for a developer's utilities.
 */
const DEBUGGING_PROFILES = new Set(['debug', 'debugging', 'shell', 'console', 'toolbox', 'dev', 'development']);

/** Whether every profile a service is started under is a debugging one. */
export function onlyForDebugging(yaml: YamlDocument, definition: unknown): boolean {
  const profiles = yaml.items(yaml.get(definition, 'profiles')).map((item) => yaml.text(item)?.toLowerCase() ?? '');
  return profiles.length > 0 && profiles.every((profile) => DEBUGGING_PROFILES.has(profile));
}

/** One service: its component, bindings and dependencies. */
/**
 * Where a service is built from: its context (`build: ./cart`, `build: { context: ./cart }`; a
 * build map without a context builds the compose folder) and the folder of its Dockerfile.
 */
function buildOf(yaml: YamlDocument, definition: unknown, folder: string): { context?: string; dockerfile?: string; dockerfileFolder?: string; codeFolder?: string; arguments?: Record<string, string> } {
  const build = yaml.get(definition, 'build');
  const written = build === undefined || build === null ? undefined : yaml.isMap(build) ? (yaml.text(yaml.get(build, 'context')) ?? '.') : yaml.text(build);
  const context = written === undefined ? undefined : resolveRelative(folder, written);
  if (context === undefined) return {};
  const writtenDockerfile = yaml.isMap(build) ? yaml.text(yaml.get(build, 'dockerfile')) : undefined;
  const dockerfile = writtenDockerfile === undefined ? undefined : withComposeDefaults(writtenDockerfile);
  const dockerfileFolder = dockerfile === undefined || !dockerfile.includes('/') ? undefined : resolveRelative(context, dockerfile.slice(0, dockerfile.lastIndexOf('/')));
  const codeFolder = yaml.isMap(build) ? buildArgumentFolder(yaml, yaml.get(build, 'args'), context) : undefined;
  const given = yaml.isMap(build) ? knownBuildArguments(yaml, yaml.get(build, 'args')) : undefined;
  // The Dockerfile built, relative to the context as Compose takes it (`Dockerfile` when unsaid);
  // none for `dockerfile_inline`.
  const dockerfilePath = yaml.isMap(build) && yaml.get(build, 'dockerfile_inline') !== undefined ? undefined : resolveRelative(context, dockerfile ?? 'Dockerfile');
  return { context, ...(dockerfilePath !== undefined ? { dockerfile: dockerfilePath } : {}), ...(dockerfileFolder !== undefined ? { dockerfileFolder } : {}), ...(codeFolder !== undefined ? { codeFolder } : {}), ...(given !== undefined ? { arguments: given } : {}) };
}

/**
 * A service both building and naming its image (`build: .` with `image: ghcr.io/acme/app:dev`)
 * tags what it builds with that name, as `docker build -t` does: a Kubernetes workload or another
 * compose file running `ghcr.io/acme/app:2.3` runs that Dockerfile's code (node-processes.ts
 * dockerfileOfImage).
 */
function builtImageFact(written: string, build: ReturnType<typeof buildOf>, evidence: Evidence): ImageBuildFact | undefined {
  const name = imageName(written).toLowerCase();
  if (build.dockerfile === undefined || build.context === undefined || name === '' || /[$(){}]/.test(name)) return undefined;
  return { type: 'image-build', dockerfile: build.dockerfile, images: [name], context: build.context, ...(build.arguments !== undefined ? { buildArguments: build.arguments } : {}), evidence };
}

/** A build argument's name that says it holds the folder of the code to build. */
const FOLDER_ARGUMENT = /(PATH|DIR|FOLDER|SRC|SOURCE|SERVICE|APP|MODULE|PROJECT|PACKAGE|CMD|TARGET)/i;
/** A relative folder of at least two segments (`app/order/cmd/rpc`), not a URL, image or version. */
const RELATIVE_FOLDER = /^(?:\.\/)?[A-Za-z0-9_][A-Za-z0-9_.-]*(?:\/[A-Za-z0-9_][A-Za-z0-9_.-]*)+\/?$/;

/** A service's build arguments, as a map (`args: { A: x }`) or a list (`args: ["A=x"]`) writes them. */
function buildArguments(yaml: YamlDocument, args: unknown): Array<[string, string]> {
  return yaml.isMap(args)
    ? yaml.entries(args).map((entry) => [entry.key, yaml.text(entry.value) ?? ''])
    : yaml.items(args).map((item) => {
        const text = yaml.text(item) ?? '';
        const at = text.indexOf('=');
        return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
      });
}

/**
 * The build arguments a service passes whose values are known here (`SERVICE_NAME: ender`,
 * `- SERVICE_NAME=ender`, `${SERVICE:-ender}` by its default): ComponentFact.buildArguments. A bare
 * `- NAME` (passed from the shell) and a value still holding a variable are not known.
 */
function knownBuildArguments(yaml: YamlDocument, args: unknown): Record<string, string> | undefined {
  const known = buildArguments(yaml, args).flatMap(([name, value]) => {
    const written = withComposeDefaults(value).trim();
    return /^[A-Za-z_]\w*$/.test(name.trim()) && written !== '' && !written.includes('$') ? [[name.trim(), written] as const] : [];
  });
  return known.length > 0 ? Object.fromEntries(known) : undefined;
}

/**
 * The datastore, broker or object store a service builds its image on when the Dockerfile takes
 * its base from a build argument (`FROM ${BASE_IMAGE}`, `args: { BASE_IMAGE: altinity/clickhouse-server:23.8 }`):
 * a value naming such a product's image is what the service runs, with a file of configuration
 * copied in. The Dockerfile alone cannot say it (its `ARG` has no default).
 */
function productOfBuildArguments(yaml: YamlDocument, definition: unknown): ImageInfo | undefined {
  const build = yaml.get(definition, 'build');
  if (!yaml.isMap(build)) return undefined;
  for (const [, value] of buildArguments(yaml, yaml.get(build, 'args'))) {
    const written = withComposeDefaults(value).trim();
    if (written === '' || written.includes('$') || /\s/.test(written)) continue;
    const info = imageInfo(written);
    if (info.kind === 'database' || info.kind === 'message-broker' || info.kind === 'file-store') return info;
  }
  return undefined;
}

/**
 * The folder a build argument names as the code to build (`args: { SERVICE_PATH: app/order/cmd/rpc }`
 * with one root Dockerfile running `go build ./${SERVICE_PATH}`): several services sharing one
 * context and Dockerfile tell which code is whose this way only.
 */
function buildArgumentFolder(yaml: YamlDocument, args: unknown, context: string): string | undefined {
  for (const [name, value] of buildArguments(yaml, args)) {
    if (!FOLDER_ARGUMENT.test(name) || value.includes('$') || !RELATIVE_FOLDER.test(value)) continue;
    return resolveRelative(context, value.replace(/\/+$/, ''));
  }
  return undefined;
}

function readService(yaml: YamlDocument, name: string, definition: unknown, line: number, file: SourceFile, context: SourceContext, images: ReadonlyMap<string, number>, contexts: ReadonlyMap<string, number>, build: ReturnType<typeof buildOf>, written: string | undefined, awaitedToFinish: boolean, productAt: (host: string) => string | undefined, sharedDependsOn?: { brokerAt: (host: string) => boolean }): Fact[] {
  const folder = folderOf(file.path);
  const sidecar = daprSidecar(yaml, definition, written);
  if (sidecar !== undefined) {
    // A Dapr sidecar is part of its app, not a system: its names are the app's, and its
    // depends_on (placement, the app itself) say nothing of what the app integrates with.
    const aliases = [...new Set([name, sidecar.appId].filter((alias) => alias !== sidecar.app))];
    return [{ type: 'component', name: sidecar.app, kind: 'application', aliases, evidence: context.evidenceAt(line), confidence: CONFIDENCE.declared }];
  }
  const image = written === undefined ? undefined : withComposeDefaults(written);
  let info: ImageInfo = image ? imageInfo(image) : { kind: 'application' };
  if (image !== undefined && (images.get(imageName(image)) ?? 0) > 1) delete info.alias;
  if (info.kind === 'application' && !info.technology) {
    const base = productOfBuildArguments(yaml, definition);
    if (base) info = { kind: base.kind, ...(base.technology ? { technology: base.technology } : {}) };
  }
  // A custom image pointed at a declarative configuration (KONG_DECLARATIVE_CONFIG) runs Kong: the
  // gateway whose configuration the files it mounts are (core/discovery/gateway-config.ts).
  if (info.kind === 'application' && !info.technology && runsKong(yaml, definition)) info = { kind: 'gateway', technology: 'Kong' };
  // The generic Cloud SDK image running one emulator is that product's stand-in, and no alias of
  // the image, which other emulators run too.
  const emulator = info.kind === 'application' || info.technology === 'Kafka' ? emulatorOfCommand(commandWords(yaml, definition)) : undefined;
  if (emulator) info = emulator;
  // One part of a dskit database (`grafana/loki` with `-target=querier`): the system itself, not
  // telemetry beside it (core/discovery/dskit.ts).
  const dskit = dskitService(yaml, definition, image);
  if (dskit) info = { kind: 'application', technology: dskit.product };
  const restartPolicy = yaml.get(yaml.get(definition, 'deploy'), 'restart_policy');
  const restart = yaml.text(yaml.get(definition, 'restart'));
  const restartCondition = yaml.text(yaml.get(restartPolicy, 'condition'));
  const runsOnce =
    awaitedToFinish ||
    isOneShotJob({ name, words: commandWords(yaml, definition), ...(image !== undefined ? { image } : {}), ...(restart !== undefined ? { restart } : {}), ...(restartCondition !== undefined ? { restartCondition } : {}) });
  // A job run from a server's image (`kafka-topics.sh --create` in the Kafka image) is that
  // product's client, not a second server.
  if (runsOnce && info.kind !== 'application') info = { kind: 'application' };
  // A server's image started at a script the service mounts from the repository (a backup sidecar
  // on `postgres:16` with `entrypoint: /usr/local/bin/backup.sh` bind-mounting
  // `./scripts/backup.sh` there, running `pg_dump` in a loop): the team's program, using the
  // product's client tools, not a second server (runsMountedScript).
  if (info.kind !== 'application' && build.context === undefined && runsMountedScript(commandWords(yaml, definition), bindMounts(yaml, definition, folderOf(file.path)))) info = { kind: 'application' };
  const shared = build.context !== undefined && (contexts.get(build.context) ?? 0) > 1;
  const root = shared && build.dockerfileFolder !== undefined ? build.dockerfileFolder : shared && build.codeFolder !== undefined ? build.codeFolder : build.context;

  const aliases = new Set<string>();
  // A name still holding a variable (`container_name: ${PROJECT}-cart`) would tie services together
  // as written; resolution fills it from the `.env` first and keeps it only when nothing is left open.
  const writtenAliases: string[] = [];
  const addAlias = (text: string | undefined): void => {
    if (!text) return;
    if (text.includes('$')) writtenAliases.push(text);
    else aliases.add(text);
  };
  for (const key of ['container_name', 'hostname']) addAlias(yaml.text(yaml.get(definition, key)));
  for (const network of yaml.entries(yaml.get(definition, 'networks'))) {
    for (const alias of yaml.items(yaml.get(network.value, 'aliases'))) addAlias(yaml.text(alias));
  }
  if (info.alias) aliases.add(info.alias);
  aliases.delete(name);

  const component: ComponentFact = {
    type: 'component',
    name,
    kind: info.kind,
    // A file Compose only by its content says so itself; resolution tells the named ones by name.
    ...(!isComposeFile(file.path) ? { composeService: true as const } : {}),
    ...(root !== undefined ? { root } : {}),
    ...(root !== undefined && root === build.codeFolder && root !== build.context ? { rootFromBuildArgument: true } : {}),
    ...(aliases.size > 0 ? { aliases: [...aliases] } : {}),
    ...(info.technology ? { technology: info.technology } : {}),
    ...(build.dockerfile !== undefined ? { dockerfile: build.dockerfile } : {}),
    ...(build.dockerfile !== undefined && build.context !== undefined ? { buildContext: build.context } : {}),
    ...(build.dockerfile !== undefined && build.arguments !== undefined ? { buildArguments: build.arguments } : {}),
    ...(runsOnce ? { runsOnce } : {}),
    evidence: context.evidenceAt(line),
    confidence: CONFIDENCE.declared,
  };
  // The image by name, so that resolution gives a service only naming it the code another compose
  // file of the project builds it from (`image: ghcr.io/acme/app:${VERSION:-release}` here, `build: ../app` there).
  if (image !== undefined && info.kind === 'application' && !info.technology) {
    const runs = imageName(image);
    if (runs !== '' && !runs.includes('$')) component.composeImage = runs;
  }
  const { ports, written: writtenPorts, published } = listeningPorts(yaml, definition);
  if (ports.length > 0) component.ports = ports;
  if (published.length > 0) component.published = published;
  // Variables are filled in by resolution from the `.env` beside this file (core/discovery/compose-interpolation.ts).
  if ((written !== undefined && written.includes('$')) || writtenPorts.length > 0 || writtenAliases.length > 0) {
    component.compose = {
      ...(written?.includes('$') ? { image: written } : {}),
      ...(writtenPorts.length > 0 ? { ports: writtenPorts } : {}),
      ...(writtenAliases.length > 0 ? { aliases: writtenAliases } : {}),
    };
  }
  const facts: Fact[] = [component];
  const environmentEntries: EnvironmentEntry[] = [];
  const bind = (key: string, value: string | undefined, at: number): void => {
    if (value !== undefined) environmentEntries.push({ key, value, line: at });
    // `KEY:` or `- KEY` with no value passes the project's variable through: Compose takes it from
    // the shell or the `.env`; resolution binds it when the `.env` sets it.
    const raw = value ?? `\${${key}}`;
    const fact = bindingFact({ component: name }, key, withComposeDefaults(raw), at, context.evidenceAt);
    if (raw.includes('$')) fact.compose = { written: maskBinding(key, raw), ...(value === undefined ? { passThrough: true } : {}) };
    facts.push(fact);
    // `HTTP_PROXY: http://ssrf_proxy:3128`: the service's outgoing HTTP goes through that proxy.
    if (isProxyVariable(key)) facts.push(forwardProxyFact(name, key, context.evidenceAt(at)));
    // `ACME_LOOKOUT_IDENTITY_ISSUERBACKENDURL: http://keycloak:8080/realms/acme`: the service
    // validates tokens against, or fetches them from, that identity provider, whether its own code
    // (a vendor image's, a client library's auto-configuration) is in the scan or not.
    if (namesIdentityEndpoint(key)) facts.push(identityEndpointFact(name, key, context.evidenceAt(at)));
    // `HASURA_GRAPHQL_AUTH_HOOK`: the Hasura engine calls that webhook for each request's session.
    const engineCall = hasuraEngineSettingFact(name, key, context.evidenceAt(at));
    if (engineCall) facts.push(engineCall);
  };
  const variables = environmentVariables(yaml, definition);
  for (const { key, value, line: at } of variables) bind(key, value, at);
  // A whole settings document in one variable (`ACME_CONFIGURATION: |` + YAML), which the image's
  // entrypoint writes to the framework's settings file: this service's settings (environment-settings.ts).
  if (info.kind === 'application') for (const { key, value, line: at } of variables) if (value !== undefined) facts.push(...inlineSettingsFacts(key, value, name, at, context.evidenceAt));
  // A team's own image of a datastore (`acme/catalogue-db`, built FROM mysql) says what it runs
  // through the variables only that server reads; a client handed them too addresses the server.
  const defaulted = variables.map(({ key, value }) => ({ key, ...withValue(value === undefined ? undefined : withComposeDefaults(value)) }));
  const otherProductAt = (host: string): string | undefined => (host.toLowerCase() === name.toLowerCase() ? undefined : productAt(host.toLowerCase()));
  const served = info.kind === 'application' && !runsOnce ? productServedByEnvironment(defaulted, otherProductAt) : undefined;
  if (served) {
    component.kind = served.kind;
    component.technology = served.technology;
  }

  // Addresses passed on the command line (`command: ["/app", "-DSN=user:pw@tcp(db:3306)/x"]`).
  const loadGenerator = image !== undefined && isLoadGeneratorImage(image);
  // The plain words of both, one binding: the entrypoint's program and the command's subcommand are one command line.
  let plainWords: BindingFact | undefined;
  const commandLine: string[] = [];
  let programLine: number | undefined;
  for (const key of ['entrypoint', 'command']) {
    const given = yaml.get(definition, key);
    if (given === undefined || given === null) continue;
    const line = yaml.lineOf(given);
    const words = yaml.isSeq(given) ? yaml.items(given).map((item) => yaml.text(item) ?? '') : splitCommandLine(yaml.text(given) ?? '');
    const entrypoint = [...commandLine];
    commandLine.push(...words);
    programLine ??= line;
    for (const fact of commandLineFacts(words, { component: name }, context.evidenceAt(line), entrypoint)) {
      // The program's name is the whole command line's (an `entrypoint: [tini, --]` before the command): read below.
      if (fact.type === 'binding' && fact.key === COMMAND_PROGRAM_KEY) continue;
      if (fact.type !== 'binding' || fact.key !== COMMAND_WORDS_KEY) facts.push(fact);
      else if (plainWords) plainWords.value = `${plainWords.value} ${fact.value}`;
      else facts.push((plainWords = fact));
    }
    // A command given to the image's entrypoint (`run -e API_URL=… /scripts/browse.js`) starts with its first argument.
    if (loadGenerator) facts.push(...loadGeneratorFacts([], ['', ...words], name, context.evidenceAt, context.evidenceAt(line)));
  }
  if (programLine !== undefined) facts.push(...programBinding(commandLine, { component: name }, context.evidenceAt(programLine)));
  // `entrypoint: [php, app/worker.php]` with `command: [audits]`: one PHP process, its arguments the command's (bound last, it wins).
  const php = programLine !== undefined && commandLine.length > 0 ? phpOfCommand(commandLine) : undefined;
  if (php !== undefined && programLine !== undefined) facts.push({ type: 'binding', component: name, key: PHP_PROCESS_KEY, value: php, evidence: context.evidenceAt(programLine) });
  // The image-only service's command line, whose paths say which Dockerfile's code it runs
  // (core/discovery/image-runner-folders.ts): only its plain words (programs, paths, subcommands),
  // never an option, address or assignment, which may hold a password.
  const plainCommand = plainCommandWords(commandLine.map((word) => withComposeDefaults(word)));
  if (image !== undefined && component.kind === 'application' && plainCommand.length > 0) component.command = plainCommand;
  // `entrypoint: "python manage.py"` with `command: runserver`: the management tool's command is the compose command (bound after, it wins).
  const entrypointWords = commandWordsOf(yaml, definition, 'entrypoint');
  const commandGiven = yaml.get(definition, 'command');
  if (commandGiven !== undefined && commandGiven !== null && managementProcessOf(withoutLaunchers(entrypointWords)) === MIGRATION_PROCESS) {
    facts.push({ type: 'binding', component: name, key: CELERY_PROCESS_KEY, value: managementProcessOf(withoutLaunchers(commandLine)) ?? '', evidence: context.evidenceAt(yaml.lineOf(commandGiven)) });
  }
  // `entrypoint: ["/app/docker/docker-bootstrap.sh"]` with `command: ["worker"]`: the script's argument is the command's.
  const dispatched = entrypointWords.length === 1 ? scriptDispatch([...entrypointWords, ...commandWordsOf(yaml, definition, 'command')]) : undefined;
  if (dispatched) facts.push({ type: 'binding', component: name, key: CELERY_PROCESS_KEY, value: `$group:${processScriptGroup(dispatched.script)}#${dispatched.argument}`, evidence: context.evidenceAt(yaml.lineOf(yaml.get(definition, 'command'))) });
  // An entrypoint script branching on an environment variable picks the process whatever command it is given
  // (`exec "$@"` only in its fallback): bound after the command, its branch wins where the environment picks one.
  const script = entrypointWords.length > 0 && yaml.get(definition, 'command') !== undefined ? scriptRun(entrypointWords) : undefined;
  if (script !== undefined && !dispatched) facts.push({ type: 'binding', component: name, key: CELERY_PROCESS_KEY, value: selectByEnvironment(processEnvironmentGroup(script)), evidence: context.evidenceAt(yaml.lineOf(yaml.get(definition, 'entrypoint'))) });
  // `command: worker` with no `entrypoint`: the argument of the image's own ENTRYPOINT script (entrypoint-arguments.ts).
  const argument = entrypointWords.length === 0 ? entrypointArgument(commandWordsOf(yaml, definition, 'command')) : undefined;
  if (argument !== undefined) facts.push({ type: 'binding', component: name, key: ENTRYPOINT_ARGUMENT_KEY, value: argument, evidence: context.evidenceAt(yaml.lineOf(yaml.get(definition, 'command'))) });
  // A load-testing tool's image aimed at a URL by its environment (`API_URL=http://public-api:8080`).
  if (loadGenerator) facts.push(...loadGeneratorFacts(environmentEntries, [], name, context.evidenceAt));
  // A vendor's own client image (`maxmindinc/geoipupdate`) calls the vendor's API (saas-hosts.ts), at the host its variable sets if any.
  const vendorClient = image !== undefined ? vendorClientOfImage(imageName(image)) : undefined;
  if (vendorClient) {
    facts.push({
      type: 'connection',
      component: name,
      target: { key: vendorClient.key, host: vendorClient.host },
      role: 'calls',
      mechanism: 'rest',
      technology: 'HTTP',
      evidence: context.evidenceAt(yaml.lineOf(yaml.get(definition, 'image'))),
      confidence: CONFIDENCE.resolved,
    });
  }

  // env_file names a file whose variables the container gets. A source reads one file, so the
  // reference itself is bound: resolution can join it to that file's `.env` bindings.
  const envFiles = yaml.get(definition, 'env_file');
  for (const item of yaml.isSeq(envFiles) ? yaml.items(envFiles) : envFiles === undefined ? [] : [envFiles]) {
    const path = yaml.isMap(item) ? yaml.text(yaml.get(item, 'path')) : yaml.text(item);
    if (!path) continue;
    facts.push(bindingFact({ component: name }, 'env_file', resolveRelative(folder, path) ?? path, yaml.lineOf(item), context.evidenceAt));
  }

  const targets = new Map<string, number>();
  const dependsOn = yaml.get(definition, 'depends_on');
  // Waiting for a dependency to complete is waiting for a job to finish: a startup order.
  if (yaml.isMap(dependsOn)) {
    for (const entry of yaml.entries(dependsOn)) if (!waitsForCompletion(yaml, entry.value)) targets.set(entry.key, entry.line);
  } else for (const item of yaml.items(dependsOn)) addTarget(targets, yaml.text(item), yaml.lineOf(item));
  // `network_mode: "service:api"`: this container shares api's network, its loopback is api's (network-peers.ts).
  const networkMode = yaml.get(definition, 'network_mode');
  const peer = /^service:([A-Za-z0-9][A-Za-z0-9_.-]*)$/.exec(yaml.text(networkMode)?.trim() ?? '')?.[1];
  if (peer && peer.toLowerCase() !== name.toLowerCase()) facts.push(bindingFact({ component: name }, NETWORK_PEER_KEY, peer, yaml.lineOf(networkMode), context.evidenceAt));
  // `links: [db, "redis:cache"]`, `external_links: ["mysql:db"]`: the part before the colon is the
  // service (of this file, or another file's for an external link), the part after it the host
  // name this service's container reaches it by.
  for (const key of ['links', 'external_links']) {
    for (const item of yaml.items(yaml.get(definition, key))) {
      const [service, alias] = (yaml.text(item) ?? '').split(':').map((part) => part.trim());
      if (!service || service.includes('$')) continue;
      addTarget(targets, service, yaml.lineOf(item));
      if (alias && !alias.includes('$') && alias.toLowerCase() !== service.toLowerCase()) facts.push(bindingFact({ component: name }, `${LINK_ALIAS_KEY}${alias.toLowerCase()}`, service, yaml.lineOf(item), context.evidenceAt));
    }
  }
  const inherited = sharedDependsOn ? new Set(yaml.entries(dependsOn).map((entry) => entry.key).concat(yaml.items(dependsOn).map((item) => yaml.text(item)?.trim() ?? ''))) : new Set<string>();
  const consumer = consumesByCommand(commandWords(yaml, definition));
  for (const [target, targetLine] of targets) {
    // A shared start order names every service of the stack for every process: resolution keeps it
    // only for a target the service's own settings address (ConnectionFact.sharedDefault).
    const shared = inherited.has(target);
    // A consumer process (`run consumer ingest-events`) waiting for its broker takes messages from it.
    const consumes = shared && consumer && sharedDependsOn !== undefined && sharedDependsOn.brokerAt(target.toLowerCase());
    const connection: ConnectionFact = {
      type: 'connection',
      component: name,
      target: { component: target },
      role: consumes ? 'consumes' : 'depends',
      mechanism: consumes ? 'messaging' : 'other',
      ...(consumes && productAt(target.toLowerCase()) !== undefined ? { technology: productAt(target.toLowerCase()) as string } : {}),
      ...(shared ? { sharedDefault: true } : {}),
      evidence: context.evidenceAt(targetLine),
      // A startup order says the two are related, not how: less sure than code naming the target.
      confidence: CONFIDENCE.inferred,
    };
    facts.push(connection);
  }
  // A stock proxy image configured by a mounted file (`./proxy/default.conf:/etc/nginx/conf.d/
  // default.conf`, `./gateways/shopping:/etc/envoy`, `./traefik:/etc/traefik`) runs that configuration: its folder is this
  // service's too, so the routes and settings read there (gateways/nginx.ts, envoy.ts, traefik.ts) are the service's.
  for (const mounted of proxyConfigFolders(yaml, definition, folder)) {
    if (mounted !== root) facts.push({ ...component, root: mounted, evidence: context.evidenceAt(line) });
  }
  // The Prometheus or Alertmanager configuration this service loads, where its `--config.file` (or
  // its image's default) finds a mounted file: the alert routing written there is its own (alerting-config.ts).
  for (const mounted of alertingConfigFiles(yaml, definition, folder, info.technology)) {
    facts.push({ type: 'binding', component: name, key: '*', value: `$group:${alertingConfigGroup(mounted.file)}`, evidence: context.evidenceAt(mounted.line) });
  }
  // A ClickHouse server's mounted configuration: the ZooKeeper nodes written there are its own (clickhouse-config.ts).
  if (info.technology === 'ClickHouse') {
    for (const mount of bindMounts(yaml, definition, folder)) {
      for (const group of clickhouseMountGroups(mount.source, mount.target)) facts.push({ type: 'binding', component: name, key: '*', value: `$group:${group}`, evidence: context.evidenceAt(mount.line) });
    }
  }
  // A dskit part's mounted configuration file: the settings its parts read are its own (dskit-config.ts).
  if (dskit?.configFile !== undefined) {
    // The deepest mount holding the file is the one the container sees (a mount of the repository's root reads as `loki.yaml`, not `/loki.yaml`).
    const mounted = hostPathOf(dskit.configFile, bindMounts(yaml, definition, folder));
    if (mounted !== undefined) {
      for (const part of dskit.parts) facts.push({ type: 'binding', component: name, key: '*', value: `$group:${dskitConfigGroup(mounted.path, part)}`, evidence: context.evidenceAt(mounted.mount.line) });
    }
  }
  // A settings file bind-mounted where the program reads it (`./forum.toml:/app/config/config.toml:Z`):
  // its keys are this service's settings, over the image's own copy (mounted-settings.ts).
  if (component.kind === 'application') {
    for (const mount of bindMounts(yaml, definition, folder)) {
      if (isSettingsMountTarget(mount.target) && /\.(?:toml|hjson|ya?ml|json)$/i.test(mount.source)) facts.push({ type: 'binding', component: name, key: '*', value: `$group:${SETTINGS_FILE_GROUP}${mount.source}`, evidence: context.evidenceAt(mount.line) });
    }
    // Or one mounted anywhere whose container path the environment names (`ACME_CONFIGURATION_PATH:
    // /app/confs/distributed.yml`), for the image's entrypoint to hand the framework (environment-settings.ts).
    facts.push(...namedSettingsMounts(variables, bindMounts(yaml, definition, folder).filter((mount) => !isSettingsMountTarget(mount.target)), name, context.evidenceAt));
    // Or a TOML/Hjson settings file its command line names inside a mounted folder (`./config:/local/config`
    // with `command: /local/bin/router -f /local/config/docker_compose.toml`, `--config=/etc/app/app.toml`).
    for (const file of commandSettingsFiles(commandWords(yaml, definition), bindMounts(yaml, definition, folder))) {
      facts.push({ type: 'binding', component: name, key: '*', value: `$group:${SETTINGS_FILE_GROUP}${file.path}`, evidence: context.evidenceAt(file.line) });
    }
    // Or a YAML/JSON configuration file its command line names (`serve -c /etc/config/identity/identity.yml`),
    // and the files that one loads by `file://` URL: a stock server's connections are written there (command-config.ts).
    for (const file of commandConfigFiles(commandWords(yaml, definition), bindMounts(yaml, definition, folder), context.readFile)) {
      facts.push({ type: 'binding', component: name, key: '*', value: `$group:${COMMAND_CONFIG_GROUP}${file.path}`, evidence: context.evidenceAt(file.line) });
    }
  }
  // A Dagster web server's or daemon's workspace and instance files: their connections are its own
  // (dagster-config.ts); the runs a container launcher starts from code locations' images are bound in readCompose.
  for (const loaded of dagsterFiles(yaml, definition, folder, build)) facts.push({ type: 'binding', component: name, key: '*', value: `$group:${dagsterConfigGroup(loaded.path, loaded.reader)}`, evidence: context.evidenceAt(loaded.line) });
  // A development setup whose image is only a toolchain (`go run`, reflex, nodemon) runs the
  // source it bind-mounts: the folder its working directory (and `go run ./cmd/x`) maps to is its code.
  const mountedCode = mountedCodeFolder(yaml, definition, folder);
  if (mountedCode !== undefined && mountedCode.folder !== root) facts.push({ ...component, root: mountedCode.folder, evidence: context.evidenceAt(mountedCode.line) });
  // Any other folder a service running code bind-mounts may be code its stock image runs
  // (`./volumes/functions:/home/deno/functions` in the edge runtime, `./scripts:/app` with
  // `python /app/worker.py`): resolution makes it the service's code where it holds source files
  // (core/discovery/mounted-code.ts). A proxy's, a datastore's or a tool's container runs none of it.
  if (component.kind === 'application' && !runsNoMountedCode(image)) facts.push(...mountedCodeFacts(yaml, definition, folder, name, root, mountedCode?.mount, facts, context));
  return facts;
}

/** Images serving mounted files rather than running them (a plain web server's document root). */
const FILE_SERVER_IMAGE = /(^|\/)(httpd|apache2?|lighttpd|php-apache-static|static-web-server|busybox)$/;
/** Where web servers serve files from: code mounted there is sent to browsers, not run. */
const DOCUMENT_ROOT = /^\/(usr\/share\/nginx\/html|usr\/local\/apache2\/htdocs|var\/www\/localhost\/htdocs|srv\/www\/static)(\/|$)|\/(htdocs|public_html)(\/|$)/;

/** Whether a service's image only serves the files mounted into it. */
function runsNoMountedCode(image: string | undefined): boolean {
  return image !== undefined && FILE_SERVER_IMAGE.test(imageName(image));
}

/**
 * The MOUNTED_CODE_KEY bindings of a service's bind-mounted folders, and the entry its command
 * starts in one: a Python script's file (`entry:<file>`, as a module's entry is), a Node process's
 * file made relative to the mounted folder (the root its code resolves from). A mounted file
 * (`./nginx.conf`, `./certs/tls.pem`) is configuration, not a folder of code; the scan root (`.:/app`)
 * would claim every file; a folder the service builds or whose working directory mapped it already
 * (mountedCodeFolder) is its code without this.
 */
function mountedCodeFacts(yaml: YamlDocument, definition: unknown, folder: string, name: string, root: string | undefined, workingMount: BindMount | undefined, facts: Fact[], context: SourceContext): Fact[] {
  const mounts = bindMounts(yaml, definition, folder).filter(
    (mount) => mount.source !== '' && mount.source !== root && !FILE_NAME.test(baseName(mount.source)) && !PROXY_CONFIG.test(mount.target) && !DOCUMENT_ROOT.test(mount.target) && !(workingMount !== undefined && mount.source === workingMount.source && mount.target === workingMount.target),
  );
  if (mounts.length === 0) return [];
  const found: Fact[] = mounts.map((mount) => ({ type: 'binding', component: name, key: MOUNTED_CODE_KEY, value: mount.source, evidence: context.evidenceAt(mount.line) }) satisfies BindingFact);
  const workingDirectory = yaml.text(yaml.get(definition, 'working_dir'));
  const words = commandWords(yaml, definition);
  for (const fact of facts) {
    if (fact.type !== 'binding' || fact.key !== NODE_PROCESS_KEY || fact.component !== name) continue;
    const entry = mountedEntry(words, fact.value, mounts, workingDirectory).node;
    if (entry !== undefined) fact.value = entry.process;
  }
  const python = mountedEntry(words, undefined, mounts, workingDirectory).python;
  const command = yaml.get(definition, 'command') ?? yaml.get(definition, 'entrypoint');
  if (python !== undefined) found.push({ type: 'binding', component: name, key: CELERY_PROCESS_KEY, value: entryProcess(python), evidence: context.evidenceAt(yaml.lineOf(command)) });
  return found;
}

/**
 * The files of the scan a service may load as its Prometheus or Alertmanager configuration: the
 * one its `--config.file` (or its image's default path) maps to through a bind mount of the file
 * or of its folder, and any file mounted under Prometheus' or Alertmanager's own name
 * (`./prometheus.yml:/app/prometheus.yml`, for a program embedding Prometheus' rule engine).
 */
function alertingConfigFiles(yaml: YamlDocument, definition: unknown, folder: string, technology: string | undefined): Array<{ file: string; line: number }> {
  const configPath = alertingConfigPath([...commandWordsOf(yaml, definition, 'entrypoint'), ...commandWordsOf(yaml, definition, 'command')], technology);
  const found = new Map<string, number>();
  for (const mount of bindMounts(yaml, definition, folder)) {
    let file: string | undefined;
    if (configPath !== undefined && mount.target === configPath) file = mount.source;
    else if (configPath !== undefined && configPath.startsWith(`${mount.target === '/' ? '' : mount.target}/`)) file = resolveRelative(mount.source, configPath.slice(mount.target.length + 1));
    else if (ALERTING_CONFIG_NAME.test(baseName(mount.target)) && ALERTING_CONFIG_NAME.test(baseName(mount.source))) file = mount.source;
    if (file !== undefined && file !== '' && !found.has(file)) found.set(file, mount.line);
  }
  return [...found].map(([file, line]) => ({ file, line }));
}

/** Shells a command may start its program with (`sh /scripts/backup.sh`). */
const SHELL_PROGRAM = /^(?:\/(?:usr\/)?bin\/)?(?:ba|da|a)?sh$/;

/**
 * Whether a service's program (its entrypoint's, else its command's first word, behind a shell)
 * is a file the service bind-mounts from the scan: the mount's target itself (`./backup.sh:/usr/local/bin/backup.sh`)
 * or a file inside a mounted folder (`./scripts:/scripts` with `/scripts/backup.sh`).
 */
export function runsMountedScript(words: readonly string[], mounts: readonly BindMount[]): boolean {
  const rest = SHELL_PROGRAM.test(words[0] ?? '') ? words.slice(1).filter((word) => !word.startsWith('-')) : words;
  const program = rest[0];
  if (program === undefined || !program.startsWith('/')) return false;
  return mounts.some((mount) => program === mount.target || program.startsWith(`${mount.target === '/' ? '' : mount.target}/`));
}

/** A path's last segment that names a file by its extension (`nginx.conf`, `kong.yml`, `tls.pem`). */
const FILE_NAME = /\.[A-Za-z0-9]{1,8}$/;

/** A bind mount of a folder of the scan (`./internal:/internal`, or the long form with `type: bind`). */
function bindMounts(yaml: YamlDocument, definition: unknown, folder: string): Array<BindMount & { line: number }> {
  const mounts: Array<BindMount & { line: number }> = [];
  for (const item of yaml.items(yaml.get(definition, 'volumes'))) {
    let source: string | undefined;
    let target: string | undefined;
    if (yaml.isMap(item)) {
      if ((yaml.text(yaml.get(item, 'type')) ?? 'bind') !== 'bind') continue;
      source = yaml.text(yaml.get(item, 'source'));
      target = yaml.text(yaml.get(item, 'target'));
    } else {
      [source, target] = withComposeDefaults(yaml.text(item) ?? '').split(':');
    }
    // A named volume (`data:/var/lib/postgresql`) holds no code of the scan.
    if (!source || !target || !/^\.{1,2}(\/|$)/.test(source) || !target.startsWith('/')) continue;
    const path = resolveRelative(folder, source);
    if (path !== undefined) mounts.push({ source: path, target: target.replace(/\/+$/, '') || '/', line: yaml.lineOf(item) });
  }
  return mounts;
}

/**
 * The folder of the scan a service's working directory is (`working_dir: /internal/trainer` with
 * `./internal:/internal` mounted → `internal/trainer`), narrowed to the package a `go run ./cmd/x`
 * in its command runs. Not the scan root itself, which would claim every file.
 */
export function mountedCodeFolder(yaml: YamlDocument, definition: unknown, folder: string): { folder: string; line: number; mount: BindMount } | undefined {
  const workingDirectory = yaml.text(yaml.get(definition, 'working_dir'));
  if (!workingDirectory || workingDirectory.includes('$') || !workingDirectory.startsWith('/')) return undefined;
  const cwd = workingDirectory.replace(/\/+$/, '') || '/';
  const mount = bindMounts(yaml, definition, folder)
    .filter((candidate) => candidate.target === '/' || cwd === candidate.target || cwd.startsWith(`${candidate.target}/`))
    .sort((left, right) => right.target.length - left.target.length)[0];
  if (mount === undefined) return undefined;
  const inside = cwd.slice(mount.target === '/' ? 1 : mount.target.length + 1);
  let mapped = inside === '' ? mount.source : resolveRelative(mount.source, inside);
  const command = yaml.get(definition, 'command');
  const words = command === undefined || command === null ? [] : yaml.isSeq(command) ? yaml.items(command).map((item) => yaml.text(item) ?? '') : splitCommandLine(yaml.text(command) ?? '');
  const run = words.findIndex((word, index) => word === 'run' && /(^|\/)go$/.test(words[index - 1] ?? ''));
  const target = run >= 0 ? words.slice(run + 1).find((word) => !word.startsWith('-')) : undefined;
  if (mapped !== undefined && target !== undefined && /^\.\/./.test(target)) {
    const packageFolder = target.endsWith('.go') ? target.slice(0, Math.max(target.lastIndexOf('/'), 1)) : target.replace(/\/\.\.\.$/, '');
    mapped = resolveRelative(mapped, packageFolder) ?? mapped;
  }
  if (mapped === undefined || mapped === '') return undefined;
  return { folder: mapped, line: yaml.lineOf(yaml.get(definition, 'working_dir')), mount };
}

/**
 * The Dagster files a service's web server or daemon loads: each workspace (`-w`, else
 * `workspace.yaml`) and the instance (`$DAGSTER_HOME/dagster.yaml`), found where the container sees
 * them through a bind mount, else as the file of that name at the root of the build context its
 * image copies them from (core/discovery/dagster.ts).
 */
function dagsterFiles(yaml: YamlDocument, definition: unknown, folder: string, build: ReturnType<typeof buildOf>): Array<{ path: string; reader: 'workspace' | 'instance'; line: number }> {
  const run = dagsterProcess(commandWords(yaml, definition));
  if (run === undefined || run.role === 'code-server') return [];
  const mounts = bindMounts(yaml, definition, folder);
  const home = environmentVariables(yaml, definition).find((variable) => variable.key === 'DAGSTER_HOME')?.value;
  const workingDirectory = yaml.text(yaml.get(definition, 'working_dir')) ?? home;
  const line = yaml.lineOf(yaml.get(definition, 'entrypoint') ?? yaml.get(definition, 'command'));
  const locate = (path: string): { path: string; line: number } | undefined => {
    const mounted = hostPathOf(path, mounts, workingDirectory);
    if (mounted !== undefined) return { path: mounted.path, line: mounted.mount.line };
    const copied = build.context === undefined ? undefined : resolveRelative(build.context, baseName(path));
    return copied === undefined ? undefined : { path: copied, line };
  };
  const found: Array<{ path: string; reader: 'workspace' | 'instance'; line: number }> = [];
  for (const workspace of run.workspaces) {
    const located = locate(workspace);
    if (located !== undefined) found.push({ ...located, reader: 'workspace' });
  }
  // Without DAGSTER_HOME in the service's environment, a file mounted as `…/dagster.yaml`, else the image's copy.
  const mountedInstance = mounts.find((mount) => baseName(mount.target) === 'dagster.yaml');
  const instance = home !== undefined && !home.includes('$') ? locate(`${home.replace(/\/+$/, '')}/dagster.yaml`) : mountedInstance !== undefined ? { path: mountedInstance.source, line: mountedInstance.line } : locate('dagster.yaml');
  if (instance !== undefined) found.push({ ...instance, reader: 'instance' });
  return found;
}

/** The words of a service's `entrypoint` then `command`, list or shell form. */
/**
 * The TOML or Hjson settings files a command line names (a word, or an option's `=` value) inside a
 * bind-mounted folder, by their path in the repository: what the program deserialises (mounted-settings.ts).
 */
export function commandSettingsFiles<M extends BindMount & { line: number }>(words: readonly string[], mounts: readonly M[]): { path: string; line: number }[] {
  const found: { path: string; line: number }[] = [];
  for (const word of words) {
    const path = word.slice(word.indexOf('=') + 1);
    if (!/^\/\S+\.(?:toml|hjson)$/i.test(path)) continue;
    const mounted = hostPathOf(path, mounts);
    if (mounted === undefined || mounted.inside === '' || !isSettingsFilePath(mounted.path)) continue;
    if (!found.some((one) => one.path === mounted.path)) found.push({ path: mounted.path, line: mounted.mount.line });
  }
  return found;
}

function commandWords(yaml: YamlDocument, definition: unknown): string[] {
  return [...commandWordsOf(yaml, definition, 'entrypoint'), ...commandWordsOf(yaml, definition, 'command')];
}

/** The words of a service's `entrypoint` or `command`, list or shell form. */
function commandWordsOf(yaml: YamlDocument, definition: unknown, key: 'entrypoint' | 'command'): string[] {
  const value = yaml.get(definition, key);
  if (value === undefined || value === null) return [];
  return yaml.isSeq(value) ? yaml.items(value).map((item) => yaml.text(item) ?? '') : splitCommandLine(yaml.text(value) ?? '');
}

/**
 * The app a Dapr sidecar serves: a service running `daprd` (the `daprio/daprd` image, or a command
 * starting `./daprd`) with `-app-id catalog-api`; the app is the service whose network it shares
 * (`network_mode: "service:catalog-api"`), else the one named by the app id.
 */
function daprSidecar(yaml: YamlDocument, definition: unknown, image: string | undefined): { app: string; appId: string } | undefined {
  const words = commandWords(yaml, definition);
  const isDaprd = (image !== undefined && /(^|\/)daprd$/.test(imageName(withComposeDefaults(image)))) || /(^|\/)daprd$/.test(words[0] ?? '');
  if (!isDaprd) return undefined;
  let appId: string | undefined;
  words.forEach((word, index) => {
    const match = /^--?app-id(?:=(.+))?$/.exec(word);
    if (match) appId = match[1] ?? words[index + 1];
  });
  const network = /^service:(.+)$/.exec(yaml.text(yaml.get(definition, 'network_mode')) ?? '')?.[1];
  const app = network ?? appId;
  if (app === undefined || app.includes('$')) return undefined;
  return { app, appId: appId ?? app };
}

/**
 * The ports a service listens on inside the compose network: the container side of each `ports`
 * entry (`"8080:80"` → 80, `"127.0.0.1:5433:5432"` → 5432, a range by its first port, long form
 * `target`) and each `expose` entry. Entries with a variable (`"${CART_PORT}"`) are returned as
 * written, for resolution to fill in from the `.env`.
 */
function listeningPorts(yaml: YamlDocument, definition: unknown): { ports: number[]; written: string[]; published: { host: number; container: number }[] } {
  const ports = new Set<number>();
  const written: string[] = [];
  const published: { host: number; container: number }[] = [];
  const add = (text: string | undefined): void => {
    if (text?.includes('$')) written.push(text);
    const port = containerPort(text === undefined ? undefined : withComposeDefaults(text));
    if (port !== undefined) ports.add(port);
  };
  for (const item of yaml.items(yaml.get(definition, 'ports'))) {
    add(yaml.isMap(item) ? yaml.text(yaml.get(item, 'target')) : yaml.text(item));
    const text = yaml.isMap(item) ? `${yaml.text(yaml.get(item, 'published')) ?? ''}:${yaml.text(yaml.get(item, 'target')) ?? ''}` : yaml.text(item);
    const mapping = text === undefined || text.includes('$') ? undefined : publishedPort(text);
    if (mapping) published.push(mapping);
  }
  for (const item of yaml.items(yaml.get(definition, 'expose'))) add(yaml.text(item));
  return { ports: [...ports], written, published };
}

/** How many services must merge one extension field's depends_on for it to be the stack's shared start order. */
export const SHARED_DEFAULTS_USERS = 3;

/** A command line starting a process that takes messages (`sentry run consumer ingest-events`, `snuba consumer`, `faust … worker`). */
export function consumesByCommand(words: readonly string[]): boolean {
  return words.some((word) => /^(consumers?|consume|subscriber)$/i.test(word) || /^[\w-]*-consumer$/i.test(word));
}

/** Whether a long-syntax depends_on entry waits for its dependency to exit successfully. */
function waitsForCompletion(yaml: YamlDocument, entry: unknown): boolean {
  return yaml.text(yaml.get(entry, 'condition')) === COMPLETED_CONDITION;
}

/** Records a dependency once, at the first line that names it. */
function addTarget(targets: Map<string, number>, target: string | undefined, line: number): void {
  const name = target?.trim();
  if (name && !targets.has(name)) targets.set(name, line);
}

/**
 * Where a proxy reads its configuration inside the container: nginx's, Envoy's and Traefik's
 * folders, an Envoy bootstrap mounted by name where the command's `-c` finds it
 * (`/config/envoy.yaml`), Traefik's static configuration where it looks for it (`/traefik.yml`), or
 * HAProxy's folder (`/usr/local/etc/haproxy` in the official image, `/etc/haproxy` in others), or
 * Apache httpd's (`/usr/local/apache2/conf` in the official image, `/etc/apache2` or `/etc/httpd` in
 * distributions' packages), or the metadata Hasura's `cli-migrations` image applies at start
 * (`/hasura-metadata`).
 */
const PROXY_CONFIG = /^\/hasura-metadata(\/|$)|^\/etc\/(nginx|envoy|traefik|caddy|apache2|httpd|krakend)(\/|$)|^\/opt\/tyk-gateway(\/|$)|^\/usr\/local\/apache2\/conf(\/|$)|^\/(usr\/local\/)?etc\/haproxy(\/|$)|\/(envoy[\w.-]*|[\w.-]+[.-]envoy)\.(ya?ml|json)$|^\/traefik\.(ya?ml|toml)$/;
/** Whether a compose service runs Kong: its image, or the declarative configuration its environment points Kong at. */
export function runsKong(yaml: YamlDocument, definition: unknown): boolean {
  const image = yaml.text(yaml.get(definition, 'image'));
  if (image !== undefined && imageInfo(withComposeDefaults(image)).technology === 'Kong') return true;
  const environment = yaml.get(definition, 'environment');
  if (yaml.isMap(environment)) return yaml.get(environment, 'KONG_DECLARATIVE_CONFIG') !== undefined;
  return yaml.items(environment).some((item) => /^KONG_DECLARATIVE_CONFIG=/.test(yaml.text(item) ?? ''));
}

/** Whether a compose service runs HAProxy (its image): any `.cfg` it mounts is a configuration its `-f` may load. */
export function runsHaproxy(yaml: YamlDocument, definition: unknown): boolean {
  const image = yaml.text(yaml.get(definition, 'image'));
  return image !== undefined && imageInfo(withComposeDefaults(image)).technology === 'HAProxy';
}

/** Whether a compose service runs Dex, the OpenID Connect broker: its image, or a `dex serve` command. */
export function runsDex(yaml: YamlDocument, definition: unknown): boolean {
  const image = yaml.text(yaml.get(definition, 'image'));
  if (image !== undefined && /(^|\/)dexidp\/dex([:@]|$)/i.test(image.trim())) return true;
  const command = yaml.get(definition, 'command');
  const words = yaml.isSeq(command) ? yaml.items(command).map((item) => yaml.text(item) ?? '') : (yaml.text(command) ?? '').split(/\s+/);
  return words.some((word, index) => /(^|\/)dex$/.test(word) && words[index + 1] === 'serve');
}

/** A mounted configuration file rather than a folder. */
const CONFIG_FILE = /\.(conf|cfg|template|tmpl|tpl|j2|ya?ml|json|toml)$|(^|\/)Caddyfile(\.[\w-]+)?$/i;

/**
 * The folders (from the scan root) of configuration bind-mounted where a proxy reads it, in short
 * (`./proxy/nginx.conf:/etc/nginx/nginx.conf:ro`) or long (`{ type: bind, source, target }`) form.
 * A mounted file's folder is taken; the scan root itself is not (it would claim every file).
 */
function proxyConfigFolders(yaml: YamlDocument, definition: unknown, folder: string): string[] {
  const folders = new Set<string>();
  // Kong loads its declarative file from wherever KONG_DECLARATIVE_CONFIG says (`/kong/declarative/
  // kong.yml`, or a copy an entrypoint renders from `~/temp.yml`): any configuration it mounts is its own.
  // Dex reads the file its `dex serve` command names, anywhere (`/etc/dex/config.docker.yaml`): any it mounts is its own.
  const kong = runsKong(yaml, definition) || runsDex(yaml, definition);
  // HAProxy loads the file its `-f` names (`/usr/local/etc/haproxy/haproxy.cfg` by default, `/haproxy.cfg`): any `.cfg` it mounts.
  const haproxy = runsHaproxy(yaml, definition);
  for (const item of yaml.items(yaml.get(definition, 'volumes'))) {
    let source: string | undefined;
    let target: string | undefined;
    if (yaml.isMap(item)) {
      source = yaml.text(yaml.get(item, 'source'));
      target = yaml.text(yaml.get(item, 'target'));
    } else {
      [source, target] = (yaml.text(item) ?? '').split(':');
    }
    if (!source || !target || !(PROXY_CONFIG.test(target) || (kong && (CONFIG_FILE.test(target) || !/\.[A-Za-z0-9]+$/.test(target))) || (haproxy && /\.cfg$/i.test(target))) || !/^\.{1,2}\//.test(source)) continue;
    const path = resolveRelative(folder, source);
    if (path === undefined) continue;
    const mountedFolder = CONFIG_FILE.test(path) ? folderOf(path) : path;
    if (mountedFolder !== '') folders.add(mountedFolder);
  }
  return [...folders];
}

/** A call of the identity provider a setting named for its issuer or token endpoint gives the service (resolution keeps only deployed or known providers). */
function identityEndpointFact(name: string, key: string, evidence: Evidence): ConnectionFact {
  return { type: 'connection', component: name, target: { key }, role: 'calls', mechanism: 'rest', technology: 'OpenID Connect', identityEndpoint: true, evidence, confidence: CONFIDENCE.resolved };
}
