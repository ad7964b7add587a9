/**
 * What a Hasura GraphQL Engine's metadata says, without reading any file. The engine is a stock
 * image; what it connects to is written in the metadata folder the Hasura CLI keeps (config v3:
 * `version.yaml`, `databases/databases.yaml`, `actions.yaml`, `remote_schemas.yaml`,
 * `cron_triggers.yaml`, `databases/<source>/tables/*.yaml`) and applies to it, or that the
 * `cli-migrations` image loads from `/hasura-metadata`. The folder is known by those files, not by
 * its name (`hasura/metadata`, `backend/hasura/metadata`, `graphql/meta`).
 *
 * Every address there is the engine's: a source database (`database_url`), an action's handler,
 * an event trigger's or cron trigger's webhook (REST calls the engine makes), a remote schema's
 * URL (GraphQL). Values are literal, `{{VAR}}` templates (`'{{ACTIONS_BASE_URL}}/checkout'`) or
 * `*_from_env` keys, both filled from the engine's own environment.
 *
 * Pure: the metadata source (discovery/sources/config/hasura-metadata.ts) walks the YAML and calls these.
 */

import { GATEWAY_PRODUCTS } from './gateway-config.js';

/** The product as images name it (images.ts) and as ConnectionFact.gatewayConfig carries it. */
export const HASURA_ENGINE = GATEWAY_PRODUCTS.hasura;

/**
 * The files directly in a metadata folder that mark it, besides where its tables are listed:
 * `databases/databases.yaml` (config v3) or `tables.yaml` (config v2, one database).
 */
const ROOT_MARKERS = ['version.yaml', 'actions.yaml'];

/** How many folders above a file its metadata root may be (`databases/default/tables/x.yaml` is three). */
const MAX_DEPTH = 3;

/** The metadata files that hold addresses, by their path inside the metadata folder. */
export type HasuraMetadataPart = 'databases' | 'actions' | 'remote-schemas' | 'cron-triggers' | 'table' | 'tables';

/** The parts read, by path inside the root; a table file is any YAML of a source's `tables/` folder. */
const PARTS: Record<string, HasuraMetadataPart> = {
  'databases/databases.yaml': 'databases',
  'actions.yaml': 'actions',
  'remote_schemas.yaml': 'remote-schemas',
  'cron_triggers.yaml': 'cron-triggers',
  'tables.yaml': 'tables',
};

/** The part of the metadata a file is, by its path inside the metadata root. */
export function hasuraMetadataPart(inside: string): HasuraMetadataPart | undefined {
  const part = PARTS[inside];
  if (part) return part;
  return /^databases\/[^/]+\/tables\/[^/]+\.ya?ml$/i.test(inside) ? 'table' : undefined;
}

/** Whether a file name may be a metadata file worth reading (cheap, from the path alone). */
export function mayBeHasuraMetadata(path: string): boolean {
  return /(^|\/)(databases\/databases|actions|remote_schemas|cron_triggers|tables)\.yaml$|(^|\/)databases\/[^/]+\/tables\/[^/]+\.ya?ml$/i.test(path);
}

/**
 * The metadata folder a file belongs to (`''` for the scan root), with its path inside it: the
 * nearest folder above it holding `version.yaml` and `actions.yaml` beside `databases/databases.yaml`
 * (or, in config v2, `tables.yaml`).
 */
export function hasuraMetadataRoot(path: string, listFolder: (folder: string) => readonly string[] | undefined): { root: string; inside: string; part: HasuraMetadataPart } | undefined {
  const segments = path.split('/');
  for (let up = 1; up <= Math.min(MAX_DEPTH + 1, segments.length); up += 1) {
    const root = segments.slice(0, segments.length - up).join('/');
    const inside = segments.slice(segments.length - up).join('/');
    const part = hasuraMetadataPart(inside);
    if (!part) continue;
    const names = new Set(listFolder(root) ?? []);
    if (!ROOT_MARKERS.every((marker) => names.has(marker))) continue;
    const v2 = names.has('tables.yaml');
    if (!v2 && !(listFolder(root === '' ? 'databases' : `${root}/databases`) ?? []).includes('databases.yaml')) continue;
    if (part === 'tables' && !v2) continue;
    return { root, inside, part };
  }
  return undefined;
}

/**
 * A metadata URL as the gateway helpers read addresses: Hasura's `{{VAR}}` templates become
 * `${VAR}`, a variable resolution looks up in the engine's environment (`{{ACTIONS_BASE_URL}}/pay`
 * → `${ACTIONS_BASE_URL}/pay`, `http://{{PAY_HOST}}:3000` → `http://${PAY_HOST}:3000`).
 */
export function withoutHasuraTemplates(url: string): string {
  return url.trim().replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_whole, name: string) => `\${${name}}`);
}

/**
 * The database product of a source's `kind`; undefined for kinds reached through a data
 * connector agent or a cloud API (BigQuery, `dataconnector` agents), which name no server here.
 */
export function hasuraDatabaseTechnology(kind: string | undefined): string | undefined {
  const lower = (kind ?? 'postgres').trim().toLowerCase();
  if (lower === 'postgres' || lower === 'pg' || lower === 'citus' || lower === 'alloy') return 'PostgreSQL';
  if (lower === 'cockroach') return 'CockroachDB';
  if (lower === 'mssql') return 'SQL Server';
  if (lower === 'mysql') return 'MySQL';
  return undefined;
}

/**
 * The engine's own settings that name a service it calls: the authentication webhook
 * (`HASURA_GRAPHQL_AUTH_HOOK`, called for every request's session). Only the engine reads them, so
 * the variable alone says the call, wherever a compose service or a container sets it.
 */
const ENGINE_CALLS = new Set(['HASURA_GRAPHQL_AUTH_HOOK']);

/** Whether an environment variable is one of the engine's that names a service it calls over HTTP. */
export function isHasuraEngineCall(key: string): boolean {
  return ENGINE_CALLS.has(key.trim().toUpperCase());
}
