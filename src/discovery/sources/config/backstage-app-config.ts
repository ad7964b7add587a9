/**
 * A Backstage app's `app-config.yaml` (core/discovery/backstage-app-config.ts says which keys are
 * calls). Read once, from the base file, for the backend run with it: the files its image's command
 * names (`node packages/backend --config app-config.yaml --config app-config.production.yaml`),
 * else the base file under the production one, as `create-app`'s Dockerfile runs it; development
 * files (`app-config.local.yaml`) configure no deployment. The plugins are those the backend's
 * `packages/backend/src/index.ts` adds, or, for a backend of the old system, the ones its
 * package.json depends on.
 *
 * The connections carry no component: the app's folder is the root of the deployable built from
 * it (the compose service or workload running the backend image), and a `${VAR}` in a value is
 * filled from that deployable's environment by resolution.
 */
import { addedPlugins, appConfigUpstreams, backendPlugins, configReads, isOwnSection, mergeAppConfigs, ownPluginUpstreams, type AppConfigLeaf } from '../../../core/discovery/backstage-app-config.js';
import { CONFIDENCE, type ConnectionFact, type Evidence, type Fact, type SourceFile } from '../../../core/discovery/facts.js';
import { excerptOf, redact } from '../../../core/discovery/redact.js';
import type { Source, SourceContext } from '../../source.js';
import { bindingFact, neverThrows } from './emit.js';
import { baseName, folderOf } from './paths.js';
import { flattenLeaves, parseYamlDocuments } from './yaml-nodes.js';

/** The base configuration every Backstage app has at its root. */
const BASE_FILE = 'app-config.yaml';
/** What a production image loads over it when no command says otherwise. */
const PRODUCTION_FILE = 'app-config.production.yaml';
/** Where `create-app` puts the backend, and files naming the configs it runs with. */
const BACKEND = 'packages/backend';
const COMMAND_FILES = [`${BACKEND}/Dockerfile`, 'Dockerfile', `${BACKEND}/package.json`];

/** The config files a command line loads (`--config a.yaml`, `"--config", "a.yaml"`, `--config=a.yaml`), by base name. */
export function commandConfigFiles(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/--config(?:\s*=\s*|["']?\s*,?\s*["']?\s*|\s+)["']?([^\s"',\]]+\.ya?ml)/g)) {
    const name = baseName(match[1] as string);
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Folders of a plugin package's code that `create-app`'s plugin template and teams use. */
const CODE_FOLDERS = ['src', 'src/service', 'src/services', 'src/lib', 'src/api', 'src/client', 'src/clients'];

/**
 * The workspace folder of one of the organisation's plugins the backend adds: the path its
 * dependency links to (`link:../../plugins/cmdb-backend`), else `plugins/<name>` as the CLI's
 * `new` command makes it (`@acme/plugin-cmdb-backend` in `plugins/cmdb-backend`), confirmed by
 * the package.json there.
 */
function pluginFolder(name: string, spec: string | undefined, read: (path: string) => string | undefined): string | undefined {
  const linked = spec !== undefined ? /^(?:link|file|portal):(.+)$/.exec(spec)?.[1] : undefined;
  const short = name.replace(/^@[^/]+\//, '');
  const candidates = [
    ...(linked !== undefined ? [normalise(`${BACKEND}/${linked}`)] : []),
    `plugins/${short.replace(/^backstage-plugin-|^plugin-/, '')}`,
    `plugins/${short}`,
  ];
  return candidates.find((folder) => {
    try {
      return (JSON.parse(read(`${folder}/package.json`) ?? '{}') as { name?: string }).name === name;
    } catch {
      return false;
    }
  });
}

/** A relative path with its `..` and `.` parts applied, or undefined when it leaves the app. */
function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** The configuration keys the organisation's plugins read in their code. */
function ownPluginReads(packages: readonly string[], dependencies: Readonly<Record<string, string>>, at: (name: string) => string, context: SourceContext): Set<string> {
  const keys = new Set<string>();
  const read = (path: string): string | undefined => context.readFile?.(at(path));
  for (const name of packages) {
    if (/^@backstage(?:-community)?\//.test(name)) continue;
    const folder = pluginFolder(name, dependencies[name], read);
    if (folder === undefined) continue;
    for (const codeFolder of CODE_FOLDERS) {
      for (const file of context.listFolder?.(at(`${folder}/${codeFolder}`)) ?? []) {
        if (!/\.[cm]?[jt]sx?$/.test(file) || /\.(?:test|spec)\.|\.d\.ts$/.test(file)) continue;
        const text = read(`${folder}/${codeFolder}/${baseName(file)}`);
        if (text !== undefined) for (const key of configReads(text)) keys.add(key);
      }
    }
  }
  return keys;
}

function leavesOf(path: string, text: string): AppConfigLeaf[] {
  const [document] = parseYamlDocuments(text, { uniqueKeys: false });
  if (!document || !document.isMap(document.root)) return [];
  return flattenLeaves(document, document.root, '.').map(({ key, value, line }) => ({ key, value, line, file: path }));
}

function readAppConfig(file: SourceFile, context: SourceContext): Fact[] {
  const folder = folderOf(file.path);
  const at = (name: string): string => (folder === '' ? name : `${folder}/${name}`);
  const read = (name: string): string | undefined => (name === baseName(file.path) ? file.text : context.readFile?.(at(name)));
  // A Backstage app: its backend package is where create-app puts it.
  const backendManifest = read(`${BACKEND}/package.json`);
  if (backendManifest === undefined || !/"@backstage\/(?:backend-defaults|backend-common)"/.test(backendManifest)) return [];
  const entry = read(`${BACKEND}/src/index.ts`) ?? read(`${BACKEND}/src/index.js`);
  const added = entry !== undefined ? addedPlugins(entry) : undefined;
  const dependencies = (JSON.parse(backendManifest) as { dependencies?: Record<string, string> }).dependencies ?? {};
  const packages = added ?? Object.keys(dependencies);

  let names: string[] = [];
  for (const commandFile of COMMAND_FILES) {
    const text = read(commandFile);
    if (text !== undefined && names.length === 0) names = commandConfigFiles(text);
  }
  if (names.length === 0) names = [BASE_FILE, PRODUCTION_FILE];
  const files: { path: string; text: string }[] = [];
  for (const name of names) {
    const text = read(name);
    if (text !== undefined) files.push({ path: at(name), text });
  }
  const texts = new Map(files.map((one) => [one.path, one.text.split(/\r?\n/)] as const));
  const leaves = mergeAppConfigs(files.map((one) => leavesOf(one.path, one.text)));
  const evidenceOf = (leaf: AppConfigLeaf): Evidence => (leaf.file === file.path ? context.evidenceAt(leaf.line) : { file: leaf.file, line: leaf.line, excerpt: excerptOf(texts.get(leaf.file)?.[leaf.line - 1] ?? '') });

  // The organisation's own sections are bound for the app, for its plugins' code to read
  // (code/backstage-config-reads.ts); a `${VAR}` value is then filled from the deployment.
  const bindings = leaves.filter((leaf) => isOwnSection(leaf.key)).map((leaf) => bindingFact({ scope: folder }, leaf.key, leaf.value, leaf.line, () => evidenceOf(leaf)));
  const upstreams = [...appConfigUpstreams(leaves, backendPlugins(packages)), ...ownPluginUpstreams(leaves, ownPluginReads(packages, dependencies, at, context))];
  const connections = upstreams.map((upstream): ConnectionFact => {
    const target = upstream.target.url !== undefined ? { ...upstream.target, url: redact(upstream.target.url) } : upstream.target;
    return {
      type: 'connection',
      target,
      role: upstream.role,
      mechanism: upstream.mechanism,
      ...(upstream.technology ? { technology: upstream.technology } : {}),
      ...(upstream.targetKind ? { targetKind: upstream.targetKind } : {}),
      ...(upstream.channel ? { channel: upstream.channel } : {}),
      evidence: evidenceOf(upstream.leaf),
      confidence: CONFIDENCE.literal,
    };
  });
  return [...bindings, ...connections];
}

/** The Backstage app-config source. */
export const backstageAppConfigSource: Source = {
  name: 'backstage-app-config',
  extensions: ['.yaml'],
  accepts: (path) => baseName(path) === BASE_FILE && !/(^|\/)node_modules\//.test(path),
  read: neverThrows(readAppConfig),
};
