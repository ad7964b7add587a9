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
import { addedPlugins, appConfigUpstreams, backendPlugins, mergeAppConfigs, type AppConfigLeaf } from '../../../core/discovery/backstage-app-config.js';
import { CONFIDENCE, type ConnectionFact, type Evidence, type Fact, type SourceFile } from '../../../core/discovery/facts.js';
import { excerptOf, redact } from '../../../core/discovery/redact.js';
import type { Source, SourceContext } from '../../source.js';
import { neverThrows } from './emit.js';
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
  const packages = added ?? Object.keys((JSON.parse(backendManifest) as { dependencies?: Record<string, string> }).dependencies ?? {});

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

  return appConfigUpstreams(leaves, backendPlugins(packages)).map((upstream): ConnectionFact => {
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
}

/** The Backstage app-config source. */
export const backstageAppConfigSource: Source = {
  name: 'backstage-app-config',
  extensions: ['.yaml'],
  accepts: (path) => baseName(path) === BASE_FILE && !/(^|\/)node_modules\//.test(path),
  read: neverThrows(readAppConfig),
};
