/**
 * The `config` npm package ("node-config"), as PeerTube and many Node services use it: a
 * `config/` folder beside the service's package.json holding `default.yaml` (or `.yml`, `.json`),
 * overridden by `production.yaml` (deployments run with NODE_ENV=production) and by environment
 * variables that `custom-environment-variables.yaml` maps keys to (`redis: hostname:
 * 'PEERTUBE_REDIS_HOSTNAME'`, or `{ __name: 'X', __format: 'json' }`). Code reads a key by its
 * dotted path (`config.get<string>('redis.hostname')`), which the code reader already takes as a
 * configuration key, so each key is bound for the package's folder as a Spring or HOCON file's
 * is (spring-config.ts `flatSettingsFacts`): a mapped key as `${PEERTUBE_REDIS_HOSTNAME:localhost}`,
 * so resolution's key → environment → address lookup gives the deployment's variable first, then
 * production's value, then the default. The other environments' files (`test.yaml`, `dev.yaml`,
 * `local.yaml`) configure no deployment and are not read.
 *
 * nconf services keep the same folder (`nconf.file('default', 'config/default.json')` under
 * `nconf.file(NODE_ENV, 'config/production.json')`, both under the env store): a package depending
 * on `nconf` is read the same way, each key mapped to its env variable by name (`minio.endpoint` →
 * `${MINIO__ENDPOINT:localhost}`). Code reads `conf.get('minio:endpoint')`, whose `:`-separated key
 * resolution matches to the dotted one (both are `MINIO_ENDPOINT` as binding keys).
 */
import type { Evidence, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { excerptOf } from '../../../core/discovery/redact.js';
import type { Source, SourceContext } from '../../source.js';
import { jsonWithoutComments } from './dotnet-appsettings.js';
import { neverThrows } from './emit.js';
import { baseName, folderOf } from './paths.js';
import { flatSettingsFacts } from './spring-config.js';
import { flattenLeaves, parseYamlDocuments } from './yaml-nodes.js';

/** `config/default.yaml`: the file each node-config folder is read from, once. */
const DEFAULT_FILE = /(^|\/)config\/default\.(ya?ml|json)$/;
const EXTENSIONS = ['yaml', 'yml', 'json'] as const;
/** Lines past which the other files' lines are numbered, so each binding keeps its own file's evidence. */
const FILE_LINES = 10_000_000;

/** Whether a path is a node-config folder's defaults file. */
export function isNodeConfigDefaultPath(path: string): boolean {
  return DEFAULT_FILE.test(path) && !/(^|\/)node_modules\//.test(path);
}

/** Which of the two libraries reading such a folder a package.json depends on (node-config first). */
export function nodeConfigLibrary(packageJson: string | undefined): 'config' | 'nconf' | undefined {
  if (packageJson === undefined) return undefined;
  try {
    const manifest = JSON.parse(packageJson) as Record<string, unknown>;
    const has = (name: string): boolean =>
      ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].some((field) => {
        const deps = manifest[field];
        return typeof deps === 'object' && deps !== null && name in deps;
      });
    return has('config') ? 'config' : has('nconf') ? 'nconf' : undefined;
  } catch {
    return undefined;
  }
}

/** A package.json that depends on `config` or `nconf`, the programs reading such a folder this way. */
export function dependsOnNodeConfig(packageJson: string | undefined): boolean {
  return nodeConfigLibrary(packageJson) !== undefined;
}

/**
 * nconf's environment store as services set it up (`nconf.env({ separator: '__', lowerCase: true })`,
 * `nconf.add('env', …)`, added before the files so it wins): the variable `MINIO__ENDPOINT` is the
 * key `minio:endpoint`, its path's segments joined by `__`, matched without case. Each key of the
 * files is mapped to that variable, so a deployment setting it overrides the file's value; a key
 * no deployment sets keeps it. A segment that cannot be part of a variable name maps nothing.
 */
export function nconfEnvironmentMapping(keys: Iterable<string>): Map<string, string> {
  const mapping = new Map<string, string>();
  for (const key of keys) {
    const variable = key.split('.').join('__').toUpperCase();
    if (/^[A-Z_][A-Z0-9_]*$/.test(variable)) mapping.set(key, variable);
  }
  return mapping;
}

interface Leaf {
  key: string;
  value: string;
  line: number;
}

/** A YAML or JSON settings text's scalar leaves, by dotted path. */
function leavesOf(text: string, path: string): Leaf[] {
  const json = path.endsWith('.json');
  const [document] = parseYamlDocuments(json ? jsonWithoutComments(text) : text, { uniqueKeys: false });
  if (!document || !document.isMap(document.root)) return [];
  return flattenLeaves(document, document.root, '.').map(({ key, value, line }) => ({ key, value, line }));
}

/**
 * A custom-environment-variables file's mapping, key → variable: a string leaf names the
 * variable, an object's `__name` does (its `__format` says how to parse it, not which it is).
 */
export function environmentMapping(leaves: readonly Leaf[]): Map<string, string> {
  const mapping = new Map<string, string>();
  for (const leaf of leaves) {
    if (leaf.key.endsWith('.__format')) continue;
    const key = leaf.key.endsWith('.__name') ? leaf.key.slice(0, -'.__name'.length) : leaf.key;
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(leaf.value)) mapping.set(key, leaf.value);
  }
  return mapping;
}

/**
 * The effective settings: production's leaves over the defaults', and a mapped key as its
 * variable with that value as the default (`${VAR:value}`); a key only the mapping names is bound
 * to the variable alone.
 */
export function effectiveLeaves(defaults: readonly Leaf[], production: readonly Leaf[], mapping: ReadonlyMap<string, string>, mappingLines: ReadonlyMap<string, number>): Leaf[] {
  const byKey = new Map<string, Leaf>();
  for (const leaf of [...defaults, ...production]) byKey.set(leaf.key, leaf);
  for (const [key, variable] of mapping) {
    const leaf = byKey.get(key);
    byKey.set(key, { key, value: leaf && leaf.value !== '' ? `\${${variable}:${leaf.value}}` : `\${${variable}}`, line: leaf?.line ?? mappingLines.get(key) ?? 1 });
  }
  return [...byKey.values()];
}

/** The first of a folder's files named `name` with a settings extension. */
function sibling(folder: string, name: string, context: SourceContext): { path: string; text: string } | undefined {
  for (const extension of EXTENSIONS) {
    const path = `${folder}/${name}.${extension}`;
    const text = context.readFile?.(path);
    if (text !== undefined) return { path, text };
  }
  return undefined;
}

function readNodeConfig(file: SourceFile, context: SourceContext): Fact[] {
  const folder = folderOf(file.path);
  const root = folderOf(folder);
  // Another tool's `config/default.yaml` is not node-config's: the package beside it must use it.
  const library = context.readFile ? nodeConfigLibrary(context.readFile(root === '' ? 'package.json' : `${root}/package.json`)) : 'config';
  if (library === undefined) return [];
  const production = sibling(folder, 'production', context);
  // nconf has no mapping file: its env store maps every key by name (nconfEnvironmentMapping).
  const variables = library === 'config' ? sibling(folder, 'custom-environment-variables', context) : undefined;
  const others = [production, variables].filter((other): other is { path: string; text: string } => other !== undefined);
  const offset = (other: { path: string; text: string } | undefined): number => (other ? (others.indexOf(other) + 1) * FILE_LINES : 0);
  const shift = (leaves: Leaf[], by: number): Leaf[] => leaves.map((leaf) => ({ ...leaf, line: leaf.line + by }));
  const mappingLeaves = variables ? shift(leavesOf(variables.text, variables.path), offset(variables)) : [];
  const mappingLines = new Map(mappingLeaves.map((leaf) => [leaf.key.replace(/\.__name$/, ''), leaf.line] as const));
  const defaults = leavesOf(file.text, file.path);
  const productionLeaves = production ? shift(leavesOf(production.text, production.path), offset(production)) : [];
  const mapping = library === 'nconf' ? nconfEnvironmentMapping([...defaults, ...productionLeaves].map((leaf) => leaf.key)) : environmentMapping(mappingLeaves);
  const leaves = effectiveLeaves(defaults, productionLeaves, mapping, mappingLines);
  const evidenceAt = (line: number): Evidence => {
    const index = Math.floor(line / FILE_LINES);
    if (index === 0) return context.evidenceAt(line);
    const other = others[index - 1] as { path: string; text: string };
    const own = line % FILE_LINES;
    return { file: other.path, line: own, excerpt: excerptOf(other.text.split(/\r?\n/)[own - 1] ?? '') };
  };
  return flatSettingsFacts(leaves, root, evidenceAt);
}

/** The node-config source. */
export const nodeConfigSource: Source = {
  name: 'node-config',
  extensions: ['.yaml', '.yml', '.json'],
  accepts: (path) => isNodeConfigDefaultPath(path) && baseName(path).startsWith('default.'),
  read: neverThrows(readNodeConfig),
};
