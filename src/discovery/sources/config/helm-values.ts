/**
 * Helm values files (`values.yaml`, `values-prod.yaml`, `values.staging.yaml`): the settings a
 * chart's templates render into the manifests. Only what can name another system is bound — keys
 * that read as addresses (`…Url`, `…Host`, `…Endpoint`, `…Brokers`) and values that parse as
 * addresses — plus `env`-style maps and lists, whose names are the environment the containers get.
 * A values file holds no chart name, so its bindings apply to its folder (the chart's root, where
 * the Chart.yaml component is rooted). Values computed at install time (`--set`, `tpl` strings,
 * lookups) are not read.
 *
 * A value is only a binding, never a connection of the chart: a URL in values.yaml matters where a
 * template puts it into a workload's environment (`value: {{ .Values.mongodb.url }}`, a `range`
 * over `.Values.env`), and then it is that workload's. So the chart's default values file
 * (`values.yaml`) is also a named group of bindings, `helm-values:<chart folder>` keyed by dotted
 * path, and each env map or list in it a group `helm-values:<chart folder>:<path>` keyed by
 * variable name; helm-templates makes the workloads take them in, and resolution makes a datastore
 * URL taken in this way a connection of the workload (binding-groups.ts).
 */
import { parse as parseYaml } from 'yaml';
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import { isRecord } from '../../../core/model/is-record.js';
import { parseAddress } from '../../../core/discovery/addresses.js';
import type { Source, SourceContext } from '../../source.js';
import { bindingFact, neverThrows, type BindingOwner } from './emit.js';
import { baseName, folderOf } from './paths.js';
import { parseYamlDocuments, type YamlDocument } from './yaml-nodes.js';
import { VALUES_IMAGE_GROUP } from '../../../core/discovery/standalone-go-images.js';

/** `values.yaml`, `values-prod.yaml`, `values.staging.yml`. */
const VALUES_FILE = /^values([.-][^/]*)?\.ya?ml$/i;

/** Keys whose values are addresses by their name (compared lower case, without `-` and `_`). */
const ADDRESS_KEY = /(url|urls|uri|uris|host|hostname|hosts|endpoint|endpoints|address|addresses|addr|server|servers|broker|brokers|bootstrapservers|dsn)$/;

/** Keys holding environment variables, by the names charts commonly give them. */
const ENV_KEYS = new Set(['env', 'extraEnv', 'extraEnvVars', 'envVars', 'environment']);

/** Keys whose values are image references, which `repo:tag` would otherwise make look like addresses. */
const IMAGE_KEYS = new Set(['image', 'repository', 'tag', 'digest', 'registry']);

/** The chart's own defaults, which every install starts from (overlays such as values-prod.yaml are chosen per install). */
const DEFAULT_VALUES_FILE = /^values\.ya?ml$/i;

/** The name of the group of bindings a chart's values.yaml makes (helm-templates refers to it). */
export function valuesGroup(chartFolder: string, path?: string): string {
  return path === undefined ? `helm-values:${chartFolder}` : `helm-values:${chartFolder}:${path}`;
}

/**
 * The chart's default values (its values.yaml, in the chart folder), parsed; undefined when the
 * scan gives no access to it, or it is not there or not YAML. Overlays (`values-prod.yaml`,
 * `values-external.example.yaml`) are chosen per install and never taken for it.
 */
export function chartValues(context: SourceContext, chart: string): Record<string, unknown> | undefined {
  for (const name of ['values.yaml', 'values.yml']) {
    const text = context.readFile?.(chart === '' ? name : `${chart}/${name}`);
    if (text === undefined) continue;
    try {
      const values: unknown = parseYaml(text, { uniqueKeys: false, merge: true });
      return isRecord(values) ? values : values === null ? {} : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Where the facts of one values file go. */
interface Output {
  owner: BindingOwner;
  context: SourceContext;
  facts: Fact[];
  /** The chart folder, when the file is the chart's values.yaml and its values are also a group. */
  chart?: string;
}

/** The Helm values source. */
export const helmValuesSource: Source = {
  name: 'helm-values',
  extensions: ['.yaml', '.yml'],
  accepts: (path) => VALUES_FILE.test(baseName(path)),
  read: neverThrows(readValues),
};

/** Reads one values file. */
function readValues(file: SourceFile, context: SourceContext): Fact[] {
  const folder = folderOf(file.path);
  const output: Output = { owner: { scope: folder }, context, facts: [], ...(DEFAULT_VALUES_FILE.test(baseName(file.path)) ? { chart: folder } : {}) };
  for (const yaml of parseYamlDocuments(file.text)) walk(yaml, yaml.root, '', output, 0, false);
  return output.facts;
}

/** A value bound for the chart's folder. */
function bind(output: Output, key: string, value: string, line: number): void {
  output.facts.push(bindingFact(output.owner, key, value, line, output.context.evidenceAt));
}

/** A value as a member of a group of the chart's values.yaml, for templates to take in. */
function member(output: Output, group: string, key: string, value: string, line: number): void {
  const fact = bindingFact({ scope: '' }, key, value, line, output.context.evidenceAt);
  output.facts.push({ type: 'binding', group, key: fact.key, value: fact.value, evidence: fact.evidence });
}

/** `enabled: false` beside a group of settings: the part of the chart they configure is not installed. */
function switchedOff(yaml: YamlDocument, node: unknown): boolean {
  return yaml.isMap(node) && /^(?:false|0)$/i.test(yaml.text(yaml.get(node, 'enabled'))?.trim() ?? '');
}

/**
 * Walks the values tree, binding address-like leaves under their dotted path and env maps under
 * their variable names. Under a group switched `off` (`recommender: { enabled: false, env: … }`)
 * nothing is bound for the chart's folder, as nothing deployed gets it; the values stay members
 * of the chart's group, for the templates' tests and inclusions.
 */
function walk(yaml: YamlDocument, node: unknown, path: string, output: Output, depth: number, off: boolean): void {
  if (depth > 32) return;
  const children: { key: string; label: string; value: unknown; line: number }[] = yaml.isMap(node)
    ? yaml.entries(node).map((entry) => ({ key: entry.key, label: path === '' ? entry.key : `${path}.${entry.key}`, value: entry.value, line: entry.line }))
    : yaml.items(node).map((item, index) => ({ key: '', label: `${path}[${index}]`, value: item, line: yaml.lineOf(item) }));
  // A block naming its own image beside its environment (`outposts.proxy: { image: ghcr.io/acme/proxy,
  // env: … }`): the image's deployable, when the scan makes one of it, takes in that environment
  // (standalone-go-images.ts). Only the chart's values.yaml makes groups.
  if (output.chart !== undefined && yaml.isMap(node) && path !== '') {
    const image = blockImage(yaml, node);
    const envKey = yaml.entries(node).find((entry) => ENV_KEYS.has(entry.key));
    if (image !== undefined && envKey !== undefined) {
      output.facts.push({ type: 'binding', group: `${VALUES_IMAGE_GROUP}${output.chart}:${path}`, key: envKey.key, value: image.value, evidence: output.context.evidenceAt(image.line) });
    }
  }
  for (const child of children) {
    if (IMAGE_KEYS.has(child.key)) continue;
    if (ENV_KEYS.has(child.key)) {
      readEnv(yaml, child.value, child.label, output, off);
      continue;
    }
    if (yaml.isMap(child.value) || yaml.isSeq(child.value)) {
      walk(yaml, child.value, child.label, output, depth + 1, off || switchedOff(yaml, child.value));
      continue;
    }
    const value = yaml.text(child.value);
    // `{{ ... }}` in a value is rendered by `tpl` at install time; what it becomes is not known here.
    if (value === undefined || value.trim() === '' || value.includes('{{')) continue;
    const lastKey = (child.key === '' ? (/([A-Za-z0-9_-]+)(?:\[\d+\])*$/.exec(path)?.[1] ?? '') : child.key).toLowerCase().replace(/[-_]/g, '');
    if (!off && (ADDRESS_KEY.test(lastKey) || parseAddress(value))) bind(output, child.label, value, child.line);
    if (output.chart !== undefined) member(output, valuesGroup(output.chart), child.label, value, child.line);
  }
}

/** The image a values block names: `image: acme/app:1.0`, or `image: { repository: acme/app }`; undefined for a templated one. */
function blockImage(yaml: YamlDocument, node: unknown): { value: string; line: number } | undefined {
  const image = yaml.entries(node).find((entry) => entry.key === 'image');
  if (image === undefined) return undefined;
  const repository = yaml.isMap(image.value) ? yaml.entries(image.value).find((entry) => entry.key === 'repository') : undefined;
  const value = yaml.text(repository !== undefined ? repository.value : image.value)?.trim();
  return value === undefined || value === '' || value.includes('{{') ? undefined : { value, line: repository?.line ?? image.line };
}

/** An `env` map (`NAME: value`) or list (`- name: NAME` / `value: ...`), as containers receive it. */
function readEnv(yaml: YamlDocument, node: unknown, path: string, output: Output, off: boolean): void {
  const found: { name: string; value: string; line: number }[] = [];
  if (yaml.isMap(node)) {
    for (const entry of yaml.entries(node)) {
      const value = yaml.text(entry.value);
      if (value !== undefined && !value.includes('{{')) found.push({ name: entry.key, value, line: entry.line });
    }
  } else {
    for (const item of yaml.items(node)) {
      const nameEntry = yaml.entries(item).find((entry) => entry.key === 'name');
      const name = yaml.text(nameEntry?.value);
      const value = yaml.text(yaml.get(item, 'value'));
      if (name && nameEntry && value !== undefined && !value.includes('{{')) found.push({ name, value, line: nameEntry.line });
    }
  }
  for (const { name, value, line } of found) {
    if (!off) bind(output, name, value, line);
    if (output.chart === undefined) continue;
    member(output, valuesGroup(output.chart, path), name, value, line);
    if (yaml.isMap(node)) member(output, valuesGroup(output.chart), `${path}.${name}`, value, line);
  }
}
