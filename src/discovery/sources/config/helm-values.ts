/**
 * Helm values files (`values.yaml`, `values-prod.yaml`, `values.staging.yaml`): the settings a
 * chart's templates render into the manifests. Only what can name another system is bound — keys
 * that read as addresses (`…Url`, `…Host`, `…Endpoint`, `…Brokers`) and values that parse as
 * addresses — plus `env`-style maps and lists, whose names are the environment the containers get.
 * A values file holds no chart name, so its bindings apply to its folder (the chart's root, where
 * the Chart.yaml component is rooted). Values computed at install time (`--set`, `tpl` strings,
 * lookups) are not read.
 */
import { CONFIDENCE, type ConnectionFact, type Fact, type SourceFile } from '../../../core/discovery/facts.js';
import { isLocalHost, parseAddress } from '../../../core/discovery/addresses.js';
import { redact } from '../../../core/discovery/redact.js';
import type { Source, SourceContext } from '../../source.js';
import { bindingFact, neverThrows, type BindingOwner } from './emit.js';
import { baseName, folderOf } from './paths.js';
import { parseYamlDocuments, type YamlDocument } from './yaml-nodes.js';

/** `values.yaml`, `values-prod.yaml`, `values.staging.yml`. */
const VALUES_FILE = /^values([.-][^/]*)?\.ya?ml$/i;

/** Keys whose values are addresses by their name (compared lower case, without `-` and `_`). */
const ADDRESS_KEY = /(url|urls|uri|uris|host|hostname|hosts|endpoint|endpoints|address|addresses|addr|server|servers|broker|brokers|bootstrapservers|dsn)$/;

/** Keys holding environment variables, by the names charts commonly give them. */
const ENV_KEYS = new Set(['env', 'extraEnv', 'extraEnvVars', 'envVars', 'environment']);

/** Keys whose values are image references, which `repo:tag` would otherwise make look like addresses. */
const IMAGE_KEYS = new Set(['image', 'repository', 'tag', 'digest', 'registry']);

/** The Helm values source. */
export const helmValuesSource: Source = {
  name: 'helm-values',
  accepts: (path) => VALUES_FILE.test(baseName(path)),
  read: neverThrows(readValues),
};

/** Reads one values file. */
function readValues(file: SourceFile, context: SourceContext): Fact[] {
  const owner: BindingOwner = { scope: folderOf(file.path) };
  const facts: Fact[] = [];
  for (const yaml of parseYamlDocuments(file.text)) walk(yaml, yaml.root, '', owner, context, facts, 0);
  return facts;
}

/** Walks the values tree, binding address-like leaves under their dotted path and env maps under their variable names. */
function walk(yaml: YamlDocument, node: unknown, path: string, owner: BindingOwner, context: SourceContext, facts: Fact[], depth: number): void {
  if (depth > 32) return;
  const children: { key: string; label: string; value: unknown; line: number }[] = yaml.isMap(node)
    ? yaml.entries(node).map((entry) => ({ key: entry.key, label: path === '' ? entry.key : `${path}.${entry.key}`, value: entry.value, line: entry.line }))
    : yaml.items(node).map((item, index) => ({ key: '', label: `${path}[${index}]`, value: item, line: yaml.lineOf(item) }));
  for (const child of children) {
    if (IMAGE_KEYS.has(child.key)) continue;
    if (ENV_KEYS.has(child.key)) {
      readEnv(yaml, child.value, owner, context, facts);
      continue;
    }
    if (yaml.isMap(child.value) || yaml.isSeq(child.value)) {
      walk(yaml, child.value, child.label, owner, context, facts, depth + 1);
      continue;
    }
    const value = yaml.text(child.value);
    // `{{ ... }}` in a value is rendered by `tpl` at install time; what it becomes is not known here.
    if (value === undefined || value.trim() === '' || value.includes('{{')) continue;
    const lastKey = (child.key === '' ? (/([A-Za-z0-9_-]+)(?:\[\d+\])*$/.exec(path)?.[1] ?? '') : child.key).toLowerCase().replace(/[-_]/g, '');
    if (ADDRESS_KEY.test(lastKey) || parseAddress(value)) facts.push(bindingFact(owner, child.label, value, child.line, context.evidenceAt));
    datastoreConnection(value, child.line, context, facts);
  }
}

/** An `env` map (`NAME: value`) or list (`- name: NAME` / `value: ...`), as containers receive it. */
function readEnv(yaml: YamlDocument, node: unknown, owner: BindingOwner, context: SourceContext, facts: Fact[]): void {
  if (yaml.isMap(node)) {
    for (const entry of yaml.entries(node)) {
      const value = yaml.text(entry.value);
      if (value === undefined || value.includes('{{')) continue;
      facts.push(bindingFact(owner, entry.key, value, entry.line, context.evidenceAt));
      datastoreConnection(value, entry.line, context, facts);
    }
    return;
  }
  for (const item of yaml.items(node)) {
    const nameEntry = yaml.entries(item).find((entry) => entry.key === 'name');
    const name = yaml.text(nameEntry?.value);
    const value = yaml.text(yaml.get(item, 'value'));
    if (!name || !nameEntry || value === undefined || value.includes('{{')) continue;
    facts.push(bindingFact(owner, name, value, nameEntry.line, context.evidenceAt));
    datastoreConnection(value, nameEntry.line, context, facts);
  }
}

/**
 * A datastore URL in a chart's values is the chart's own datastore, even when its code lives
 * elsewhere (a chart for a third-party image): it makes the connection, not only the binding.
 */
function datastoreConnection(value: string, line: number, context: SourceContext, facts: Fact[]): void {
  const parsed = parseAddress(value);
  if (!parsed || !/^[a-z][a-z0-9+.-]*:/i.test(value.trim()) || (parsed.kind !== 'database' && parsed.kind !== 'file-store') || isLocalHost(parsed.host)) return;
  const connection: ConnectionFact = {
    type: 'connection',
    target: { url: redact(value) },
    role: 'uses',
    mechanism: parsed.mechanism ?? 'database',
    ...(parsed.technology ? { technology: parsed.technology } : {}),
    targetKind: parsed.kind,
    evidence: context.evidenceAt(line),
    confidence: CONFIDENCE.resolved,
  };
  facts.push(connection);
}
