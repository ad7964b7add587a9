/**
 * A service's settings file whose every key the environment overrides under its path, upper-cased
 * and joined by `_`: EdgeX Foundry's `cmd/<service>/res/configuration.yaml` (go-mod-bootstrap),
 * where compose's `MESSAGEBUS_HOST` replaces `MessageBus.Host` and `CLIENTS_CORE_METADATA_HOST`
 * replaces `Clients.core-metadata.Host`. The code reading the file lives in a bootstrap library
 * outside the repository, so the file itself says what the service connects to:
 *
 * - each `Clients.<name>` section (`Host`, `Port`, `Protocol`) is a REST client of that service;
 * - the `MessageBus` section (`Type: mqtt|redis|nats|kafka`, `Host`, `Port`) is the broker the
 *   service publishes and subscribes through;
 *
 * both at the host the environment gives, else the file's. A section saying `Enabled: false` is
 * switched off and makes nothing. Every leaf is also bound for the service folder (the folder
 * holding `res/`), with the env var of its path overriding it, so that code reading a key finds
 * what the deployment sets.
 */
import { parseAddress } from '../../../core/discovery/addresses.js';
import type { ConnectionFact, Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { bindingFact, neverThrows } from './emit.js';
import { baseName, folderOf } from './paths.js';
import { flattenLeaves, parseYamlDocuments, type YamlDocument } from './yaml-nodes.js';

/** `configuration.yaml` (EdgeX's name); the sections read below decide whether it is such a file. */
const CONFIGURATION_FILE = /^configuration\.ya?ml$/i;

/** Whether a path is a settings file named as path-overridden service configuration is. */
export function isPathEnvConfigPath(path: string): boolean {
  if (/(^|\/)(\.github|node_modules|charts|helm|k8s|kubernetes|manifests)\//i.test(path)) return false;
  return CONFIGURATION_FILE.test(baseName(path));
}

/** The path-overridden configuration source. */
export const pathEnvConfigSource: Source = {
  name: 'path-env-config',
  extensions: ['.yaml', '.yml'],
  accepts: isPathEnvConfigPath,
  read: neverThrows(readPathEnvConfig),
};

/** The folder whose service reads the file: the one holding `res/`, else the file's own. */
export function pathEnvServiceFolder(path: string): string {
  const folder = folderOf(path);
  return /(^|\/)res$/i.test(folder) ? folderOf(folder) : folder;
}

/** The env var overriding a key: its path upper-cased, segments and dashes joined by `_`. */
export function pathEnvName(key: string): string {
  return key.replace(/[.\-]+/g, '_').toUpperCase();
}

/** The top-level sections whose presence makes the file such a configuration. */
const CLIENTS = 'clients';
const MESSAGE_BUS = 'messagebus';

function readPathEnvConfig(file: SourceFile, context: SourceContext): Fact[] {
  const [yaml] = parseYamlDocuments(file.text.replace(/^\uFEFF/, ''));
  if (!yaml || !yaml.isMap(yaml.root)) return [];
  const top = yaml.entries(yaml.root);
  const clients = top.find((entry) => entry.key.toLowerCase() === CLIENTS);
  const bus = top.find((entry) => entry.key.toLowerCase() === MESSAGE_BUS);
  // Home Assistant and others also name a file configuration.yaml; only these sections say it is a service's.
  if (!yaml.isMap(clients?.value) && !yaml.isMap(bus?.value)) return [];
  const scope = pathEnvServiceFolder(file.path);
  const facts: Fact[] = [];
  for (const leaf of flattenLeaves(yaml, yaml.root, '.')) {
    if (leaf.value.trim() === '') continue;
    facts.push(bindingFact({ scope }, leaf.key, leaf.value, leaf.line, context.evidenceAt));
    // The deployment's env var wins over the file, as the bootstrap library applies it.
    facts.push({ type: 'binding', scope, key: leaf.key, value: `$ref:${pathEnvName(leaf.key)}`, overrides: true, evidence: context.evidenceAt(leaf.line) });
  }
  if (clients && yaml.isMap(clients.value)) {
    for (const client of yaml.entries(clients.value)) {
      const connection = sectionConnection(yaml, client.value, `${clients.key}.${client.key}`, client.line, context);
      if (connection) facts.push({ ...connection, role: 'calls', mechanism: 'rest', technology: 'HTTP' });
    }
  }
  if (bus && yaml.isMap(bus.value)) {
    const connection = sectionConnection(yaml, bus.value, bus.key, bus.line, context);
    const type = fieldText(yaml, bus.value, 'type')?.toLowerCase();
    const technology = type ? parseAddress(`${type}://broker`)?.technology : undefined;
    // The bus carries events both ways, so the service is its user rather than only a producer or consumer.
    if (connection) facts.push({ ...connection, role: 'uses', mechanism: 'messaging', targetKind: 'message-broker', ...(technology ? { technology } : {}) });
  }
  return facts;
}

/** A scalar field of a section, its name matched ignoring case as the bootstrap library does. */
function fieldText(yaml: YamlDocument, section: unknown, name: string): string | undefined {
  return yaml.text(yaml.entries(section).find((entry) => entry.key.toLowerCase() === name)?.value);
}

/** The connection a section with a `Host` names, looked up under its key so the env override applies; none when switched off. */
function sectionConnection(yaml: YamlDocument, section: unknown, path: string, line: number, context: SourceContext): Omit<ConnectionFact, 'role' | 'mechanism'> | undefined {
  if (!yaml.isMap(section)) return undefined;
  if (/^(false|no|off|0)$/i.test(fieldText(yaml, section, 'enabled') ?? '')) return undefined;
  const hostEntry = yaml.entries(section).find((entry) => entry.key.toLowerCase() === 'host');
  if (!hostEntry || yaml.text(hostEntry.value) === undefined) return undefined;
  const port = Number(fieldText(yaml, section, 'port'));
  return {
    type: 'connection',
    target: { key: `${path}.${hostEntry.key}`, ...(Number.isInteger(port) && port > 0 ? { port } : {}) },
    evidence: context.evidenceAt(line),
    confidence: 0.75,
  };
}
