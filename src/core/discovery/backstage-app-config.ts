/**
 * A Backstage app's configuration (`app-config.yaml`, overridden by `app-config.production.yaml`),
 * read for the backend that runs with it: which of its keys make the backend call out. Backstage's
 * plugins live in node_modules, so their calls are known only from the keys they read, and a key
 * counts only when the plugin reading it is added to the backend (`backend.add(import('…'))`) or is
 * core (the database, the integrations the URL reader uses). No I/O: the source
 * (discovery/sources/config/backstage-app-config.ts) reads the files.
 */
import type { Mechanism, SystemKind } from '../model/vocabulary.js';
import { namesNoSystem, parseAddress } from './addresses.js';
import type { ConnectionRole, TargetRef } from './facts.js';

/** One scalar of a config file, by dotted key (`kubernetes.clusterLocatorMethods[0].clusters[0].url`). */
export interface AppConfigLeaf {
  key: string;
  value: string;
  line: number;
  /** The file it is written in. */
  file: string;
}

/** A call a key makes the backend do. */
export interface AppConfigUpstream {
  leaf: AppConfigLeaf;
  target: TargetRef;
  role: ConnectionRole;
  mechanism: Mechanism;
  technology?: string;
  targetKind?: SystemKind;
  channel?: string;
}

/**
 * The files merged as Backstage merges `--config a --config b`: later files win key by key, and a
 * list is replaced whole (a production `catalog.locations` drops every development location).
 */
export function mergeAppConfigs(files: readonly (readonly AppConfigLeaf[])[]): AppConfigLeaf[] {
  const merged = new Map<string, AppConfigLeaf>();
  for (const leaves of files) {
    const lists = new Set<string>();
    for (const leaf of leaves) for (const match of leaf.key.matchAll(/\[\d+\]/g)) lists.add(leaf.key.slice(0, match.index));
    for (const key of [...merged.keys()]) {
      if ([...lists].some((list) => key.startsWith(`${list}[`))) merged.delete(key);
    }
    for (const leaf of leaves) {
      // A value replacing a section (or a section replacing a value) drops what it replaces.
      for (const key of [...merged.keys()]) if (key.startsWith(`${leaf.key}.`) || leaf.key.startsWith(`${key}.`)) merged.delete(key);
      merged.set(leaf.key, leaf);
    }
  }
  return [...merged.values()];
}

/**
 * The plugin packages a backend's entry file adds (`backend.add(import('@backstage/plugin-x'))`,
 * `backend.add(require(…))`, or an imported module handed to `backend.add`), comments left out;
 * undefined when the file does not build a backend with the new backend system.
 */
export function addedPlugins(indexText: string): string[] | undefined {
  const code = indexText.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  if (!/\bcreateBackend\s*\(/.test(code)) return undefined;
  const found = new Set<string>();
  for (const match of code.matchAll(/\.add\(\s*(?:import|require)\(\s*['"`]([^'"`]+)['"`]\s*\)/g)) found.add(match[1] as string);
  for (const match of code.matchAll(/\bimport\s+(?:\*\s+as\s+)?([A-Za-z_$][\w$]*)\s+from\s+['"]([^'"]+)['"]/g)) {
    if (new RegExp(`\\.add\\(\\s*${(match[1] as string).replace(/\$/g, '\\$')}\\b`).test(code)) found.add(match[2] as string);
  }
  return [...found];
}

/** What the plugins added to a backend make of its configuration. */
export interface BackendPlugins {
  /** Whether a plugin package whose name matches is added. */
  has(pattern: RegExp): boolean;
}

/** The set of plugin packages, as BackendPlugins. */
export function backendPlugins(packages: readonly string[]): BackendPlugins {
  return { has: (pattern) => packages.some((name) => pattern.test(name)) };
}

/**
 * Top-level sections Backstage and its plugins own; any other (`acme.cmdb.baseUrl`) is for the
 * organisation's own plugins, whose code reads it (code/backstage-config-reads.ts).
 */
const BACKSTAGE_SECTIONS = new Set<string>([
  'app', 'backend', 'organization', 'integrations', 'proxy', 'techdocs', 'auth', 'search', 'catalog', 'kubernetes', 'scaffolder',
  'permission', 'lighthouse', 'costInsights', 'homepage', 'sentry', 'rollbar', 'jenkins', 'sonarqube', 'pagerDuty', 'pagerduty',
  'argocd', 'azureDevOps', 'kafka', 'allure', 'newrelic', 'datadog', 'events', 'signals', 'notifications', 'enableExperimentalRedirectFlow',
]);

/** Whether a key is of a section the organisation's own plugins read (see BACKSTAGE_SECTIONS). */
export function isOwnSection(key: string): boolean {
  return !BACKSTAGE_SECTIONS.has(key.split(/[.[]/)[0] ?? '');
}

/** Code hosts Backstage's integrations and URL locations name, as the products they are. */
const CODE_HOSTS: Array<[RegExp, string]> = [
  [/^(?:www\.|api\.)?github\.com$/, 'GitHub'],
  [/^(?:www\.)?gitlab\.com$/, 'GitLab'],
  [/^(?:www\.|api\.)?bitbucket\.org$/, 'Bitbucket'],
  [/^(?:dev\.azure\.com|[a-z0-9-]+\.visualstudio\.com)$/, 'Azure DevOps'],
];

/** The integration kinds of `integrations.<kind>` and the SaaS host each defaults to. */
const INTEGRATION_KINDS: Record<string, string> = { github: 'github.com', gitlab: 'gitlab.com', bitbucketCloud: 'bitbucket.org', bitbucket: 'bitbucket.org', bitbucketServer: '', azure: 'dev.azure.com', gerrit: '', gitea: '' };

/** The system a Kubernetes cluster without a name is. */
export const KUBERNETES_API = 'kubernetes-api';

/** Storage products of `techdocs.publisher.type`. */
const PUBLISHERS: Record<string, { technology: string; bucket?: string }> = {
  awsS3: { technology: 'Amazon S3', bucket: 'techdocs.publisher.awsS3.bucketName' },
  googleGcs: { technology: 'Google Cloud Storage', bucket: 'techdocs.publisher.googleGcs.bucketName' },
  azureBlobStorage: { technology: 'Azure Blob Storage', bucket: 'techdocs.publisher.azureBlobStorage.containerName' },
};

/** The calls of a backend run with these (merged) settings and plugins. */
export function appConfigUpstreams(leaves: readonly AppConfigLeaf[], plugins: BackendPlugins): AppConfigUpstream[] {
  const byKey = new Map(leaves.map((leaf) => [leaf.key, leaf] as const));
  const value = (key: string): string | undefined => byKey.get(key)?.value.trim();
  const found: AppConfigUpstream[] = [];
  const codeHost = (leaf: AppConfigLeaf, host: string): void => {
    const product = CODE_HOSTS.find(([pattern]) => pattern.test(host.toLowerCase()))?.[1];
    if (product) found.push({ leaf, target: {}, role: 'calls', mechanism: 'rest', technology: product, targetKind: 'saas' });
    else if (host !== '') found.push({ leaf, target: { url: `https://${host}` }, role: 'calls', mechanism: 'rest' });
  };
  const url = (leaf: AppConfigLeaf, extra: Partial<AppConfigUpstream> = {}): void => {
    if (leaf.value.trim() === '') return;
    found.push({ leaf, target: { url: leaf.value.trim() }, role: 'calls', mechanism: 'rest', ...extra });
  };

  // The database is core: every backend uses it.
  const client = value('backend.database.client') ?? '';
  const database = /^(?:pg|postgres(?:ql)?)$/.test(client) ? 'PostgreSQL' : /^mysql2?$/.test(client) ? 'MySQL' : undefined;
  if (database) {
    const host = byKey.get('backend.database.connection.host');
    const connection = byKey.get('backend.database.connection');
    const port = Number(value('backend.database.connection.port'));
    if (host) found.push({ leaf: host, target: { host: host.value.trim(), ...(Number.isInteger(port) && port > 0 ? { port } : {}) }, role: 'uses', mechanism: 'database', technology: database, targetKind: 'database' });
    else if (connection) found.push({ leaf: connection, target: { url: connection.value.trim() }, role: 'uses', mechanism: 'database', technology: database, targetKind: 'database' });
  }

  // Integrations are core (the URL reader every plugin fetches through): one call per configured
  // host, written or the SaaS default of its kind (`integrations.github: [{ token }]` is github.com).
  const entries = new Map<string, AppConfigLeaf>();
  for (const leaf of leaves) {
    const entry = /^integrations\.([A-Za-z]+)\[\d+\]/.exec(leaf.key)?.[0];
    if (entry !== undefined && !entries.has(entry)) entries.set(entry, leaf);
  }
  for (const [entry, first] of entries) {
    const kind = /^integrations\.([A-Za-z]+)/.exec(entry)?.[1] ?? '';
    const written = byKey.get(`${entry}.host`);
    const host = written?.value.trim() ?? INTEGRATION_KINDS[kind];
    if (host) codeHost(written ?? first, host);
  }

  for (const leaf of leaves) {
    const key = leaf.key;
    if (key.startsWith('integrations.')) continue;
    if (plugins.has(/plugin-catalog-backend$/) && /^catalog\.locations\[\d+\]\.target$/.test(key) && value(key.replace(/target$/, 'type')) === 'url') {
      const parsed = parseAddress(leaf.value);
      if (parsed?.host) codeHost(leaf, parsed.host);
      continue;
    }
    const auth = /^auth\.providers\.(github|gitlab|bitbucket)\.[^.]+\.(clientId|enterpriseInstanceUrl|audience)$/.exec(key);
    if (auth && (plugins.has(new RegExp(`auth-backend-module-${auth[1]}-provider$`)) || plugins.has(/plugin-auth-backend$/))) {
      const written = auth[2] === 'clientId' ? undefined : parseAddress(leaf.value)?.host;
      codeHost(leaf, written ?? INTEGRATION_KINDS[auth[1] as string] ?? '');
      continue;
    }
    if (key === 'techdocs.publisher.type' && plugins.has(/plugin-techdocs-backend$/)) {
      const publisher = PUBLISHERS[leaf.value.trim()];
      if (!publisher) continue;
      const bucket = publisher.bucket !== undefined ? value(publisher.bucket) : undefined;
      const endpoint = value('techdocs.publisher.awsS3.endpoint');
      found.push({ leaf, target: endpoint && leaf.value.trim() === 'awsS3' ? { url: endpoint } : {}, role: 'uses', mechanism: 'file-transfer', technology: publisher.technology, targetKind: 'file-store', ...(bucket ? { channel: bucket } : {}) });
      continue;
    }
    if (/^search\.(elasticsearch|opensearch)\.(?:clientOptions\.)?nodes?(?:\[\d+\])?$/.test(key) && plugins.has(/search-backend-module-(?:elasticsearch|opensearch)$/)) {
      const opensearch = key.startsWith('search.opensearch') || value('search.elasticsearch.provider') === 'opensearch' || plugins.has(/search-backend-module-opensearch$/);
      found.push({ leaf, target: { url: leaf.value.trim() }, role: 'uses', mechanism: 'database', technology: opensearch ? 'OpenSearch' : 'Elasticsearch', targetKind: 'database' });
      continue;
    }
    if (/^kubernetes\.clusterLocatorMethods\[\d+\]\.clusters\[\d+\]\.url$/.test(key) && plugins.has(/plugin-kubernetes-backend$/)) {
      // The cluster is named as the config names it (its URL is often a secret of the deployment);
      // a literal local address is a developer's `kubectl proxy`, no cluster a deployment reaches.
      const written = leaf.value.trim();
      const local = !written.includes('${') && namesNoSystem(parseAddress(written)?.host ?? '');
      const name = value(key.replace(/url$/, 'name'));
      if (written !== '' && !local) found.push({ leaf, target: { component: name && !name.includes('${') ? name : KUBERNETES_API }, role: 'calls', mechanism: 'rest', technology: 'Kubernetes', targetKind: 'other' });
      continue;
    }
    const proxy = /^proxy\.(?:endpoints\.)?(\/[^.]*)(\.target)?$/.exec(key);
    if (proxy && plugins.has(/plugin-proxy-backend$/)) {
      url(leaf);
      continue;
    }
  }
  return found;
}

/** A key naming an address: the last segment says so (`baseUrl`, `apiUrl`, `endpoint`). */
const ADDRESS_KEY = /(?:^|\.)(?:[A-Za-z]*(?:Url|URL|Uri)|url|uri|endpoint)$/;

/**
 * The keys a module reads with Backstage's Config API (`config.getString('acme.cmdb.baseUrl')`),
 * sub-configurations followed by the name they are held in (`const cmdb =
 * config.getConfig('acme.cmdb'); … cmdb.getString('baseUrl')` reads `acme.cmdb.baseUrl`). A line
 * scanner is exact enough: these calls take literal keys.
 */
export function configReads(text: string): string[] {
  const sections = new Map<string, string>();
  const reads: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|[^:'"`])\/\/.*$/, '$1');
    const section = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*([A-Za-z_$][\w$]*)\.get(?:Optional)?Config\(\s*['"]([^'"]+)['"]\s*\)/.exec(line);
    if (section) {
      const outer = sections.get(section[2] as string);
      sections.set(section[1] as string, outer !== undefined ? `${outer}.${section[3]}` : (section[3] as string));
    }
    for (const match of line.matchAll(/\b([A-Za-z_$][\w$]*)\.get(?:Optional)?String\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const outer = sections.get(match[1] as string);
      reads.push(outer !== undefined ? `${outer}.${match[2]}` : (match[2] as string));
    }
  }
  return reads;
}

/**
 * The calls the organisation's own backend plugins make to the addresses their sections hold:
 * a key of such a section (isOwnSection) that the plugins' code reads, naming an address by its
 * key or its value. Backstage rejects keys no plugin declares, so the section is theirs; the
 * reading code, not the key alone, says a backend plugin (not a frontend link) uses it.
 */
export function ownPluginUpstreams(leaves: readonly AppConfigLeaf[], keysRead: ReadonlySet<string>): AppConfigUpstream[] {
  return leaves
    .filter((leaf) => isOwnSection(leaf.key) && keysRead.has(leaf.key))
    .filter((leaf) => ADDRESS_KEY.test(leaf.key) || /^https?:\/\//.test(leaf.value.trim()))
    .filter((leaf) => leaf.value.trim() !== '')
    .map((leaf) => ({ leaf, target: { url: leaf.value.trim() }, role: 'calls', mechanism: 'rest' }));
}
