/**
 * Dex's configuration (`config.yaml`, `dex.yaml`, or the `config.yaml: |` of a ConfigMap, which is
 * how Helm charts and products embed it): each connector is an upstream identity provider the
 * deployable running Dex calls to sign users in (core/discovery/dex.ts says which). The
 * connections carry no component: the folder of the file belongs to the compose service running
 * Dex that mounts it (docker-compose.ts), or the Kubernetes workload mounting the ConfigMap holding
 * it (kubernetes-objects.ts), as Kong's and Envoy's files do.
 */
import { dexConnectorUpstream, mayBeDexConfig, type DexUpstream } from '../../../core/discovery/dex.js';
import { CONFIDENCE, type ConnectionFact, type EvidenceAt, type SourceFile } from '../../../core/discovery/facts.js';
import { isTestCode } from '../../../core/discovery/file-paths.js';
import type { Source } from '../../source.js';
import { neverThrows } from './emit.js';
import { baseName } from './paths.js';
import { parseYamlDocuments, type YamlDocument } from './yaml-nodes.js';

/** The Dex source. */
export const dexConfigSource: Source = {
  name: 'dex-config',
  extensions: ['.yaml', '.yml'],
  accepts: (path) => /\.ya?ml$/i.test(baseName(path)) && !isTestCode(path),
  sniff: (head) => /^issuer\s*:/m.test(head),
  read: neverThrows((file: SourceFile, context) => dexConnectorFacts(file.text, context.evidenceAt)),
};

/** Whether a ConfigMap entry (`config.yaml: |`, `dex.config: |`) holds a Dex configuration that a workload mounting it runs. */
export function isDexConfig(name: string, text: string): boolean {
  return /\.ya?ml$|^dex\.config$/i.test(name) && mayBeDexConfig(text);
}

/** The calls of a Dex configuration's connectors, lines counted in its text. */
export function dexConnectorFacts(text: string, evidenceAt: EvidenceAt): ConnectionFact[] {
  if (!mayBeDexConfig(text)) return [];
  const facts: ConnectionFact[] = [];
  for (const yaml of parseYamlDocuments(text)) {
    const root = yaml.root;
    // Another tool's file with an `issuer` (a JWT verifier's settings) has no storage or connectors list.
    if (!yaml.isMap(root) || yaml.get(root, 'kind') !== undefined || yaml.get(root, 'storage') === undefined) continue;
    for (const connector of yaml.items(yaml.get(root, 'connectors'))) {
      const fact = connectorFact(yaml, connector, evidenceAt);
      if (fact) facts.push(fact);
    }
  }
  return facts;
}

function connectorFact(yaml: YamlDocument, connector: unknown, evidenceAt: EvidenceAt): ConnectionFact | undefined {
  const type = yaml.text(yaml.get(connector, 'type'));
  if (type === undefined) return undefined;
  const configNode = yaml.get(connector, 'config');
  const config: Record<string, string> = {};
  const lines: Record<string, number> = {};
  for (const entry of yaml.entries(configNode)) {
    const value = yaml.text(entry.value);
    if (value !== undefined) {
      config[entry.key] = value;
      lines[entry.key] = entry.line;
    }
  }
  const upstream = dexConnectorUpstream(type, config);
  if (!upstream) return undefined;
  const line = lineOf(upstream, config, lines) ?? yaml.lineOf(connector);
  return { type: 'connection', ...connectionOf(upstream), evidence: evidenceAt(line), confidence: CONFIDENCE.literal };
}

/** The line of the config value the upstream was read from, when it was. */
function lineOf(upstream: DexUpstream, config: Readonly<Record<string, string>>, lines: Readonly<Record<string, number>>): number | undefined {
  const written = 'ldap' in upstream ? upstream.ldap : 'url' in upstream ? upstream.url : undefined;
  if (written === undefined) return undefined;
  const key = Object.keys(config).find((candidate) => written.endsWith((config[candidate] ?? '\u0000').trim()));
  return key === undefined ? undefined : lines[key];
}

function connectionOf(upstream: DexUpstream): Pick<ConnectionFact, 'target' | 'role' | 'mechanism' | 'technology' | 'targetKind'> {
  if ('provider' in upstream) return { target: {}, role: 'calls', mechanism: 'rest', technology: upstream.provider, targetKind: 'saas' };
  if ('url' in upstream) return { target: { url: upstream.url }, role: 'calls', mechanism: 'rest', technology: 'OpenID Connect' };
  const match = /^(.*?)(?::(\d{1,5}))?$/.exec(upstream.ldap);
  const host = match?.[1] ?? upstream.ldap;
  const port = match?.[2] === undefined ? undefined : Number(match[2]);
  return { target: { host, ...(port !== undefined ? { port } : {}) }, role: 'calls', mechanism: 'other', technology: 'LDAP' };
}
