/**
 * A Hasura GraphQL Engine's metadata folder (core/discovery/hasura-metadata.ts): the source
 * databases the engine serves, and the services it calls for actions, event triggers, cron
 * triggers (REST) and remote schemas (GraphQL).
 *
 * The connections carry no component: they are the engine's, wherever the folder sits. A compose
 * service running the engine that mounts the folder (`/hasura-metadata`, docker-compose.ts) holds
 * it; otherwise the CLI applies it to the one engine the files deploy (gateway-config.ts).
 */
import { CONFIDENCE, type ConnectionFact, type Evidence, type EvidenceAt, type Fact, type SourceFile } from '../../../core/discovery/facts.js';
import { isTestCode } from '../../../core/discovery/file-paths.js';
import { HASURA_ENGINE, hasuraDatabaseTechnology, hasuraMetadataRoot, isHasuraEngineCall, mayBeHasuraMetadata, withoutHasuraTemplates, type HasuraMetadataPart } from '../../../core/discovery/hasura-metadata.js';
import { redact } from '../../../core/discovery/redact.js';
import type { Source, SourceContext } from '../../source.js';
import { upstreamOf } from '../gateways/routes.js';
import { neverThrows } from './emit.js';
import { parseYamlDocuments, type YamlDocument } from './yaml-nodes.js';

/** The Hasura metadata source. */
export const hasuraMetadataSource: Source = {
  name: 'hasura-metadata',
  extensions: ['.yaml', '.yml'],
  accepts: (path) => mayBeHasuraMetadata(path) && !isTestCode(path),
  read: neverThrows(readHasuraMetadata),
};

function readHasuraMetadata(file: SourceFile, context: SourceContext): Fact[] {
  if (!context.listFolder) return [];
  const place = hasuraMetadataRoot(file.path, context.listFolder);
  if (!place) return [];
  return hasuraMetadataFacts(place.part, file.text, context.evidenceAt);
}

/** The engine's connections a metadata file states, lines counted in its text. */
export function hasuraMetadataFacts(part: HasuraMetadataPart, text: string, evidenceAt: EvidenceAt): ConnectionFact[] {
  const facts: ConnectionFact[] = [];
  for (const yaml of parseYamlDocuments(text)) {
    const root = yaml.root;
    if (part === 'databases') for (const source of yaml.items(root)) facts.push(...databaseFacts(yaml, source, evidenceAt));
    else if (part === 'actions') {
      for (const action of yaml.items(yaml.get(root, 'actions'))) facts.push(...webhookFacts(yaml, yaml.get(action, 'definition'), 'handler', 'rest', evidenceAt));
    } else if (part === 'remote-schemas') {
      for (const schema of yaml.items(root)) facts.push(...webhookFacts(yaml, yaml.get(schema, 'definition'), 'url', 'graphql', evidenceAt));
    } else if (part === 'cron-triggers') {
      for (const trigger of yaml.items(root)) facts.push(...webhookFacts(yaml, trigger, 'webhook', 'rest', evidenceAt));
    } else if (part === 'tables') {
      for (const table of yaml.items(root)) facts.push(...tableFacts(yaml, table, evidenceAt));
    } else facts.push(...tableFacts(yaml, root, evidenceAt));
  }
  // Only the engine makes them, never whoever else's folder holds the file.
  return facts.map((fact) => ({ ...fact, gatewayConfig: HASURA_ENGINE }));
}

/** A table's event triggers (a table file, or a table written inline in databases.yaml). */
function tableFacts(yaml: YamlDocument, table: unknown, evidenceAt: EvidenceAt): ConnectionFact[] {
  return yaml.items(yaml.get(table, 'event_triggers')).flatMap((trigger) => webhookFacts(yaml, trigger, 'webhook', 'rest', evidenceAt));
}

/**
 * The call a webhook-like field makes: `<field>: <url>` (a literal or `{{VAR}}` template) or
 * `<field>_from_env: VAR`, the URL the engine reads from its environment.
 */
function webhookFacts(yaml: YamlDocument, node: unknown, field: string, mechanism: 'rest' | 'graphql', evidenceAt: EvidenceAt): ConnectionFact[] {
  if (!yaml.isMap(node)) return [];
  const entries = yaml.entries(node);
  const fromEnv = entries.find((entry) => entry.key === `${field}_from_env`);
  const written = entries.find((entry) => entry.key === field);
  const key = yaml.text(fromEnv?.value)?.trim();
  const upstream = key ? { target: { key } } : written && yaml.text(written.value) !== undefined ? upstreamOf(withoutHasuraTemplates(yaml.text(written.value) as string)) : undefined;
  const line = (key ? fromEnv?.line : written?.line) ?? yaml.lineOf(node);
  if (!upstream) return [];
  return [
    {
      type: 'connection',
      target: upstream.target,
      role: 'calls',
      mechanism,
      technology: mechanism === 'graphql' ? 'GraphQL' : 'HTTP',
      evidence: evidenceAt(line),
      confidence: upstream.target.key !== undefined ? CONFIDENCE.resolved : CONFIDENCE.literal,
    },
  ];
}

/**
 * A source database: `configuration.connection_info.database_url` (Postgres kinds) or
 * `connection_string` (SQL Server), a URL or `{ from_env: VAR }`, and its read replicas; the
 * `connection_parameters` form gives a host. Tables written inline carry their event triggers.
 */
function databaseFacts(yaml: YamlDocument, source: unknown, evidenceAt: EvidenceAt): ConnectionFact[] {
  const facts: ConnectionFact[] = [];
  const tables = yaml.get(source, 'tables');
  if (yaml.isSeq(tables)) for (const table of yaml.items(tables)) facts.push(...tableFacts(yaml, table, evidenceAt));
  const technology = hasuraDatabaseTechnology(yaml.text(yaml.get(source, 'kind')));
  if (!technology) return facts;
  const configuration = yaml.get(source, 'configuration');
  const infos = [yaml.get(configuration, 'connection_info'), ...yaml.items(yaml.get(configuration, 'read_replicas')).map((replica) => yaml.get(replica, 'connection_info') ?? replica)];
  for (const info of infos) {
    const entry = yaml.entries(info).find((candidate) => candidate.key === 'database_url' || candidate.key === 'connection_string');
    if (!entry) continue;
    const target = databaseTarget(yaml, entry.value);
    if (!target) continue;
    const line = yaml.isMap(entry.value) ? yaml.lineOf(entry.value) : entry.line;
    facts.push({
      type: 'connection',
      target,
      role: 'uses',
      mechanism: 'database',
      technology,
      targetKind: 'database',
      evidence: evidenceAt(line),
      confidence: target.key !== undefined ? CONFIDENCE.resolved : CONFIDENCE.literal,
    });
  }
  return facts;
}

/** Where a `database_url` points: a variable, a URL (its password masked), or connection parameters' host. */
function databaseTarget(yaml: YamlDocument, value: unknown): ConnectionFact['target'] | undefined {
  const text = yaml.text(value)?.trim();
  if (text) return /^\{\{\s*[A-Za-z_]\w*\s*\}\}$/.test(text) ? { key: text.replace(/[{}\s]/g, '') } : { url: redact(text) };
  const key = yaml.text(yaml.get(value, 'from_env'))?.trim();
  if (key) return { key };
  const parameters = yaml.get(value, 'connection_parameters');
  const host = yaml.text(yaml.get(parameters, 'host'))?.trim();
  if (!host) return undefined;
  const port = Number(yaml.text(yaml.get(parameters, 'port')));
  return { host: host.toLowerCase(), ...(Number.isInteger(port) && port > 0 ? { port } : {}) };
}

/** The call an engine's setting makes (`HASURA_GRAPHQL_AUTH_HOOK`), for the component whose environment sets it. */
export function hasuraEngineSettingFact(component: string, key: string, evidence: Evidence): ConnectionFact | undefined {
  if (!isHasuraEngineCall(key)) return undefined;
  return { type: 'connection', component, target: { key }, role: 'calls', mechanism: 'rest', technology: 'HTTP', evidence, confidence: CONFIDENCE.resolved };
}
