/**
 * Docker Compose files: each service is a component (its kind read from its image, its code
 * folder from its build context), its environment and env files are its bindings, and its
 * depends_on and links are declared dependencies. The ports a service listens on (`ports`
 * targets, `expose`) say nothing of who calls it, but they tell what a bare depends_on on it most
 * likely is (5432: a database), so they are kept on the component.
 */
import type { ComponentFact, ConnectionFact, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { CONFIDENCE } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { bindingFact, neverThrows } from './emit.js';
import { commandLineFacts, splitCommandLine } from './command-line.js';
import { imageInfo, productOfEnvironment, type ImageInfo } from './images.js';
import { baseName, folderOf, resolveRelative } from './paths.js';
import { withComposeDefaults } from './placeholders.js';
import { parseYamlDocuments, type YamlDocument } from './yaml-nodes.js';

/** `docker-compose.yml`, `docker-compose.override.yaml`, `compose.prod.yml`, `docker-compose-dev.yml`. */
const COMPOSE_FILE = /^(docker-)?compose([.\-_][^/]*)?\.ya?ml$/i;

/** Whether a path is a Compose file (other YAML sources use this to leave such files alone). */
export function isComposeFile(path: string): boolean {
  return COMPOSE_FILE.test(baseName(path));
}

/** The Compose source. */
export const dockerComposeSource: Source = {
  name: 'docker-compose',
  accepts: isComposeFile,
  read: neverThrows(readCompose),
};

/** Reads every service of every document of a Compose file. */
function readCompose(file: SourceFile, context: SourceContext): Fact[] {
  const facts: Fact[] = [];
  for (const yaml of parseYamlDocuments(file.text)) {
    let services = yaml.get(yaml.root, 'services');
    // The version 1 format, still met in old repositories, has services at the top level.
    if (services === undefined && yaml.get(yaml.root, 'version') === undefined) services = yaml.root;
    for (const service of yaml.entries(services)) {
      if (!yaml.isMap(service.value)) continue;
      const definition = service.value;
      if (services === yaml.root && yaml.get(definition, 'image') === undefined && yaml.get(definition, 'build') === undefined) continue;
      facts.push(...readService(yaml, service.key, definition, service.line, file, context));
    }
  }
  return facts;
}

/** One service: its component, bindings and dependencies. */
function readService(yaml: YamlDocument, name: string, definition: unknown, line: number, file: SourceFile, context: SourceContext): Fact[] {
  const folder = folderOf(file.path);
  const written = yaml.text(yaml.get(definition, 'image'));
  const image = written === undefined ? undefined : withComposeDefaults(written);
  const info: ImageInfo = image ? imageInfo(image) : { kind: 'application' };
  const build = yaml.get(definition, 'build');
  // `build: ./cart` or `build: { context: ./cart }`; a build map without a context builds the compose folder.
  const buildContext = build === undefined || build === null ? undefined : yaml.isMap(build) ? (yaml.text(yaml.get(build, 'context')) ?? '.') : yaml.text(build);
  const root = buildContext === undefined ? undefined : resolveRelative(folder, buildContext);

  const aliases = new Set<string>();
  for (const key of ['container_name', 'hostname']) {
    const alias = yaml.text(yaml.get(definition, key));
    if (alias) aliases.add(alias);
  }
  for (const network of yaml.entries(yaml.get(definition, 'networks'))) {
    for (const alias of yaml.items(yaml.get(network.value, 'aliases'))) {
      const text = yaml.text(alias);
      if (text) aliases.add(text);
    }
  }
  if (info.alias) aliases.add(info.alias);
  aliases.delete(name);

  const component: ComponentFact = {
    type: 'component',
    name,
    kind: info.kind,
    ...(root !== undefined ? { root } : {}),
    ...(aliases.size > 0 ? { aliases: [...aliases] } : {}),
    ...(info.technology ? { technology: info.technology } : {}),
    evidence: context.evidenceAt(line),
    confidence: CONFIDENCE.declared,
  };
  const ports = listeningPorts(yaml, definition);
  if (ports.length > 0) component.ports = ports;
  const facts: Fact[] = [component];
  const environment = yaml.get(definition, 'environment');
  const keys: string[] = [];
  if (yaml.isMap(environment)) {
    for (const entry of yaml.entries(environment)) {
      keys.push(entry.key);
      const value = yaml.text(entry.value);
      // `KEY:` with no value passes the host's variable through: nothing is bound here.
      if (value !== undefined) facts.push(bindingFact({ component: name }, entry.key, withComposeDefaults(value), entry.line, context.evidenceAt));
    }
  } else {
    for (const item of yaml.items(environment)) {
      const text = yaml.text(item);
      const equals = text?.indexOf('=') ?? -1;
      if (text === undefined || equals <= 0) continue;
      keys.push(text.slice(0, equals).trim());
      facts.push(bindingFact({ component: name }, text.slice(0, equals).trim(), withComposeDefaults(text.slice(equals + 1)), yaml.lineOf(item), context.evidenceAt));
    }
  }
  // A team's own image of a datastore (`acme/catalogue-db`, built FROM mysql) says what it runs
  // through the variables only that server reads.
  const served = info.kind === 'application' ? productOfEnvironment(keys) : undefined;
  if (served) {
    component.kind = served.kind;
    component.technology = served.technology;
  }

  // Addresses passed on the command line (`command: ["/app", "-DSN=user:pw@tcp(db:3306)/x"]`).
  for (const key of ['entrypoint', 'command']) {
    const written = yaml.get(definition, key);
    if (written === undefined || written === null) continue;
    const line = yaml.lineOf(written);
    const words = yaml.isSeq(written) ? yaml.items(written).map((item) => yaml.text(item) ?? '') : splitCommandLine(yaml.text(written) ?? '');
    facts.push(...commandLineFacts(words, { component: name }, context.evidenceAt(line)));
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
  if (yaml.isMap(dependsOn)) for (const entry of yaml.entries(dependsOn)) targets.set(entry.key, entry.line);
  else for (const item of yaml.items(dependsOn)) addTarget(targets, yaml.text(item), yaml.lineOf(item));
  // `links: [db, "cache:redis"]`: the part before the colon is the service.
  for (const item of yaml.items(yaml.get(definition, 'links'))) addTarget(targets, yaml.text(item)?.split(':')[0], yaml.lineOf(item));
  for (const [target, targetLine] of targets) {
    const connection: ConnectionFact = {
      type: 'connection',
      component: name,
      target: { component: target },
      role: 'depends',
      mechanism: 'other',
      evidence: context.evidenceAt(targetLine),
      // A startup order says the two are related, not how: less sure than code naming the target.
      confidence: CONFIDENCE.inferred,
    };
    facts.push(connection);
  }
  // A stock proxy image configured by a mounted file (`./proxy/default.conf:/etc/nginx/conf.d/
  // default.conf`) runs that configuration: its folder is this service's too, so the routes
  // read there (gateways/nginx.ts) are the service's.
  for (const mounted of proxyConfigFolders(yaml, definition, folder)) {
    if (mounted !== root) facts.push({ ...component, root: mounted, evidence: context.evidenceAt(line) });
  }
  return facts;
}

/**
 * The ports a service listens on inside the compose network: the container side of each `ports`
 * entry (`"8080:80"` → 80, `"127.0.0.1:5433:5432"` → 5432, a range by its first port, long form
 * `target`) and each `expose` entry. Ports given by a variable are not known.
 */
function listeningPorts(yaml: YamlDocument, definition: unknown): number[] {
  const ports = new Set<number>();
  const add = (text: string | undefined): void => {
    const container = text?.replace(/\/(tcp|udp|sctp)$/i, '').split(':').pop()?.split('-')[0]?.trim() ?? '';
    const port = /^\d{1,5}$/.test(container) ? Number(container) : NaN;
    if (port > 0 && port < 65536) ports.add(port);
  };
  for (const item of yaml.items(yaml.get(definition, 'ports'))) add(yaml.isMap(item) ? yaml.text(yaml.get(item, 'target')) : yaml.text(item));
  for (const item of yaml.items(yaml.get(definition, 'expose'))) add(yaml.text(item));
  return [...ports];
}

/** Records a dependency once, at the first line that names it. */
function addTarget(targets: Map<string, number>, target: string | undefined, line: number): void {
  const name = target?.trim();
  if (name && !targets.has(name)) targets.set(name, line);
}

/** Where a proxy reads its configuration inside the container. */
const PROXY_CONFIG = /^\/etc\/nginx(\/|$)/;

/**
 * The folders (from the scan root) of configuration bind-mounted where a proxy reads it, in short
 * (`./proxy/nginx.conf:/etc/nginx/nginx.conf:ro`) or long (`{ type: bind, source, target }`) form.
 * A mounted file's folder is taken; the scan root itself is not (it would claim every file).
 */
function proxyConfigFolders(yaml: YamlDocument, definition: unknown, folder: string): string[] {
  const folders = new Set<string>();
  for (const item of yaml.items(yaml.get(definition, 'volumes'))) {
    let source: string | undefined;
    let target: string | undefined;
    if (yaml.isMap(item)) {
      source = yaml.text(yaml.get(item, 'source'));
      target = yaml.text(yaml.get(item, 'target'));
    } else {
      [source, target] = (yaml.text(item) ?? '').split(':');
    }
    if (!source || !target || !PROXY_CONFIG.test(target) || !/^\.{1,2}\//.test(source)) continue;
    const path = resolveRelative(folder, source);
    if (path === undefined) continue;
    const mountedFolder = /\.(conf|template|tmpl|tpl|j2)$/i.test(path) ? folderOf(path) : path;
    if (mountedFolder !== '') folders.add(mountedFolder);
  }
  return [...folders];
}
