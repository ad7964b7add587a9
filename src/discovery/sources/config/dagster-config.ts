/**
 * Dagster's deployment files (core/discovery/dagster.ts). A workspace file's `grpc_server` entries
 * are gRPC calls of whoever loads it (the web server, the daemon); `python_module`/`python_file`
 * entries load code in-process and call nothing. An instance file's storages (`postgres_db`,
 * `postgres_url`, MySQL's) are database connections and an `S3ComputeLogManager` a file transfer
 * of every process reading the instance, and, when a container run launcher starts runs from the
 * code locations' images, of those too. Each kind of reader has its own group of the file; a
 * process takes it in by loading the file (docker-compose.ts). A copy nothing loads connects nothing.
 */
import { DAGSTER_STORAGE_SECTIONS, dagsterConfigGroup, dagsterStorageTechnology, launchesRunContainers, type DagsterReader } from '../../../core/discovery/dagster.js';
import { CONFIDENCE, type ConnectionFact, type EvidenceAt, type Fact, type SourceFile, type TargetRef } from '../../../core/discovery/facts.js';
import { isTestCode } from '../../../core/discovery/file-paths.js';
import type { Source } from '../../source.js';
import { neverThrows } from './emit.js';
import { baseName } from './paths.js';
import { parseYamlDocuments, type YamlDocument } from './yaml-nodes.js';

/** The dagster-config source. */
export const dagsterConfigSource: Source = {
  name: 'dagster-config',
  extensions: ['.yaml', '.yml'],
  accepts: (path) => /\.ya?ml$/i.test(baseName(path)) && !isTestCode(path),
  read: neverThrows((file: SourceFile, context) => dagsterConfigFacts(file.text, file.path, context.evidenceAt)),
};

/** The connections of a Dagster workspace or instance file, each in its readers' group of `file`. */
export function dagsterConfigFacts(text: string, file: string, evidenceAt: EvidenceAt): Fact[] {
  const workspace = /^load_from\s*:/m.test(text);
  const instance = /^(run_storage|event_log_storage|schedule_storage|storage|compute_logs)\s*:/m.test(text);
  if (!workspace && !instance) return [];
  const facts: ConnectionFact[] = [];
  for (const yaml of parseYamlDocuments(text)) {
    const root = yaml.root;
    if (!yaml.isMap(root) || yaml.get(root, 'kind') !== undefined || yaml.get(root, 'services') !== undefined) continue;
    if (workspace) facts.push(...workspaceConnections(yaml, root, file, evidenceAt));
    if (instance) facts.push(...instanceConnections(yaml, root, file, evidenceAt));
  }
  if (facts.length === 0) return [];
  // A member makes each reader's group exist for whoever takes it in; the connections follow it.
  const groups = [...new Set(facts.map((fact) => fact.group as string))];
  return [...groups.map((group) => ({ type: 'binding', group, key: 'dagster-config', value: file, evidence: evidenceAt(1) }) satisfies Fact), ...facts];
}

/** The code locations a workspace's loaders call: each `grpc_server`'s host and port. */
function workspaceConnections(yaml: YamlDocument, root: unknown, file: string, evidenceAt: EvidenceAt): ConnectionFact[] {
  const facts: ConnectionFact[] = [];
  for (const entry of yaml.items(yaml.get(root, 'load_from'))) {
    const server = yaml.get(entry, 'grpc_server');
    if (!yaml.isMap(server)) continue;
    const host = settingTarget(yaml, yaml.get(server, 'host'));
    if (host === undefined) continue;
    const port = Number(yaml.text(yaml.get(server, 'port')));
    const target: TargetRef = 'host' in host && Number.isInteger(port) && port > 0 ? { ...host, port } : host;
    facts.push({ type: 'connection', group: dagsterConfigGroup(file, 'workspace'), target, role: 'calls', mechanism: 'grpc', technology: 'gRPC', evidence: evidenceAt(yaml.lineOf(server)), confidence: CONFIDENCE.literal });
  }
  return facts;
}

/** The instance's storages and compute-log bucket, for its processes and, with a container run launcher, its runs. */
function instanceConnections(yaml: YamlDocument, root: unknown, file: string, evidenceAt: EvidenceAt): ConnectionFact[] {
  const found: Array<Omit<ConnectionFact, 'group'>> = [];
  const seen = new Set<string>();
  const add = (fact: Omit<ConnectionFact, 'group'>): void => {
    const key = JSON.stringify([fact.target, fact.mechanism, fact.channel]);
    if (seen.has(key)) return;
    seen.add(key);
    found.push(fact);
  };
  for (const section of DAGSTER_STORAGE_SECTIONS) {
    const storage = yaml.get(root, section);
    if (!yaml.isMap(storage)) continue;
    // `run_storage: {module, class, config: {postgres_db: …}}`, or `storage: {postgres: {postgres_db: …}}`.
    const holders = [yaml.get(storage, 'config'), ...yaml.entries(storage).map((entry) => entry.value)].filter((holder) => yaml.isMap(holder));
    for (const holder of holders) {
      for (const { key, value, line } of yaml.entries(holder)) {
        const technology = dagsterStorageTechnology(key);
        if (technology === undefined) continue;
        const target = key.endsWith('_url') ? settingTarget(yaml, value, 'url') : databaseTarget(yaml, value);
        if (target === undefined) continue;
        add({ type: 'connection', target, role: 'uses', mechanism: 'database', technology, evidence: evidenceAt(line), confidence: CONFIDENCE.literal });
      }
    }
  }
  const logs = yaml.get(root, 'compute_logs');
  if (yaml.text(yaml.get(logs, 'class')) === 'S3ComputeLogManager') {
    const config = yaml.get(logs, 'config');
    const bucket = yaml.text(yaml.get(config, 'bucket'));
    const endpoint = settingTarget(yaml, yaml.get(config, 'endpoint_url'), 'url');
    add({ type: 'connection', target: endpoint ?? {}, role: 'uses', mechanism: 'file-transfer', technology: 'Amazon S3', targetKind: 'file-store', ...(bucket !== undefined && !bucket.includes('$') ? { channel: bucket } : {}), evidence: evidenceAt(yaml.lineOf(logs)), confidence: CONFIDENCE.literal });
  }
  const readers: DagsterReader[] = ['instance'];
  if (launchesRunContainers(yaml.text(yaml.get(yaml.get(root, 'run_launcher'), 'class')))) readers.push('runs');
  return readers.flatMap((reader) => found.map((fact) => ({ ...fact, group: dagsterConfigGroup(file, reader) })));
}

/** A `postgres_db`/`mysql_db` block's server: its `hostname` and `port`. */
function databaseTarget(yaml: YamlDocument, block: unknown): TargetRef | undefined {
  if (!yaml.isMap(block)) return undefined;
  const host = settingTarget(yaml, yaml.get(block, 'hostname'));
  if (host === undefined) return undefined;
  const port = Number(yaml.text(yaml.get(block, 'port')));
  return 'host' in host && Number.isInteger(port) && port > 0 ? { ...host, port } : host;
}

/** A setting's value: a literal (a host, or a URL), or `{env: X}`, the reading process's environment variable X. */
function settingTarget(yaml: YamlDocument, value: unknown, kind: 'host' | 'url' = 'host'): TargetRef | undefined {
  if (yaml.isMap(value)) {
    const variable = yaml.text(yaml.get(value, 'env'));
    return variable !== undefined && /^[A-Za-z_][A-Za-z0-9_]*$/.test(variable) ? { key: variable } : undefined;
  }
  const text = yaml.text(value)?.trim();
  if (text === undefined || text === '' || text.includes('$')) return undefined;
  return kind === 'url' ? { url: text } : { host: text };
}
