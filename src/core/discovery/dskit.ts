/**
 * Grafana's horizontally scaled databases built on dskit (Loki, Mimir, Tempo, Cortex) ship one
 * binary that each deployable runs as one part, `-target=querier` (or several,
 * `-target=compactor,ruler`; or a group: `all`, and Loki's and Mimir's simple scalable `read`,
 * `write`, `backend`), usually all reading ONE configuration file (`-config.file=…`). The file
 * says who talks to whom, but each setting is read by one part only: `frontend_worker.*` by the
 * querier, `frontend.scheduler_address` by the query-frontend, `ruler.alertmanager_url` by the
 * ruler. That is knowledge of the products' published configuration schema, written down here as
 * a table (setting → the parts reading it, and how they connect) so that the file's connections
 * can be given to the deployables running those parts, and not to every container mounting it.
 *
 * The hash ring (`memberlist.join_members`, `ring.kvstore`) is peer discovery, no edge of its
 * own; but it is how distributors find ingesters and queriers find ingesters, so those edges hold
 * when both parts run (dskitRingCalls). Settings the file does not write take no defaults. Pure:
 * no I/O.
 */
import type { Mechanism } from '../model/vocabulary.js';
import { CONFIGMAP_SETTINGS_GROUP } from './binding-groups.js';

/** The products, by the last segment of their image's name (`grafana/loki`, `cortexproject/cortex`). */
const PRODUCTS: Record<string, string> = { loki: 'Loki', mimir: 'Mimir', tempo: 'Tempo', cortex: 'Cortex', 'enterprise-logs': 'Loki', 'enterprise-metrics': 'Mimir', 'enterprise-traces': 'Tempo' };

/** The technologies a deployable running a dskit part is given: the system itself, not telemetry beside it. */
export const DSKIT_TECHNOLOGIES: ReadonlySet<string> = new Set([...Object.values(PRODUCTS), 'Grafana dskit']);

/** The dskit product an image runs (`grafana/loki:3.1.0` → Loki), if it is one. */
export function dskitProductOfImage(image: string): string | undefined {
  const name = image.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
  const last = name.slice(name.lastIndexOf('/') + 1).toLowerCase();
  return PRODUCTS[last];
}

/** The parts a group target runs (Loki's and Mimir's modes; Tempo's and Cortex's `all`). */
const GROUPS: Record<string, readonly string[]> = {
  all: ['distributor', 'ingester', 'querier', 'query-frontend', 'query-scheduler', 'ruler', 'compactor', 'index-gateway', 'store-gateway', 'metrics-generator'],
  write: ['distributor', 'ingester'],
  read: ['querier', 'query-frontend'],
  backend: ['query-scheduler', 'ruler', 'compactor', 'index-gateway', 'store-gateway', 'alertmanager'],
};

/** Every part a dskit database runs by name, beyond the groups' (Loki's bloom and pattern parts, Mimir's exporters). */
const PARTS: ReadonlySet<string> = new Set([...(GROUPS.all as readonly string[]), 'alertmanager', 'table-manager', 'overrides-exporter', 'pattern-ingester', 'bloom-gateway', 'bloom-builder', 'bloom-planner', 'ingester-querier', 'purger']);

/**
 * Whether every part a command runs is one a dskit database has: with `-config.file`, a command
 * that says so even when the image is the team's own build (`acme/loki-custom`, a fork), where the
 * image's name cannot.
 */
function runsOnlyDskitParts(command: DskitCommand): boolean {
  return command.parts.every((part) => PARTS.has(part));
}

/** The product a service running `command` from `image` is: by the image's name, else by the command alone (runsOnlyDskitParts). */
export function dskitProductOf(image: string | undefined, command: DskitCommand): string | undefined {
  const byImage = image === undefined ? undefined : dskitProductOfImage(image);
  if (byImage !== undefined) return byImage;
  if (command.configFile === undefined) return undefined;
  return image === undefined || runsOnlyDskitParts(command) ? 'Grafana dskit' : undefined;
}

/** Spellings of a part in `-target` (Cortex's and Tempo's older names). */
const SYNONYMS: Record<string, string> = { 'query-frontend': 'query-frontend', frontend: 'query-frontend', 'index-gateway': 'index-gateway', 'store-gateway': 'store-gateway', scheduler: 'query-scheduler', generator: 'metrics-generator' };

/** What a service's command says of its dskit part: the targets given and the configuration file read. */
export interface DskitCommand {
  /** The parts run, groups expanded (`-target=read` → querier, query-frontend). */
  parts: string[];
  /** `-config.file`, when given. */
  configFile?: string;
}

/**
 * The dskit part a command runs: `-target=x` / `--target x` (comma-separated lists allowed), and
 * its `-config.file`. Undefined without a `-target` (a plain Loki beside a business's services is
 * its telemetry, not a system of parts).
 */
export function dskitCommand(words: readonly string[]): DskitCommand | undefined {
  let target: string | undefined;
  let configFile: string | undefined;
  words.forEach((word, index) => {
    const flag = /^--?(target|config\.file)(?:=(.*))?$/.exec(word);
    if (!flag) return;
    const value = flag[2] ?? words[index + 1];
    if (value === undefined || value.startsWith('-')) return;
    if (flag[1] === 'target') target = value;
    else configFile = value;
  });
  if (target === undefined || target.includes('$')) return undefined;
  const parts = new Set<string>();
  for (const written of target.split(',').map((part) => part.trim().toLowerCase()).filter((part) => part !== '')) {
    for (const part of GROUPS[written] ?? [SYNONYMS[written] ?? written]) parts.add(part);
  }
  if (parts.size === 0) return undefined;
  return { parts: [...parts], ...(configFile !== undefined ? { configFile } : {}) };
}

/** How a setting's value names its target. */
export type DskitValue = 'address' | 'url' | 'addresses' | 's3-endpoint' | 's3-url';

/** One row of the schema table. */
export interface DskitSetting {
  /** The parts reading it. */
  parts: readonly string[];
  mechanism: Mechanism;
  technology?: string;
  value: DskitValue;
}

/** The parts reading or writing the object store (chunks, blocks, traces, index). */
const STORE_PARTS = ['ingester', 'querier', 'compactor', 'ruler', 'index-gateway', 'store-gateway', 'metrics-generator'] as const;
const S3_ENDPOINT: DskitSetting = { parts: STORE_PARTS, mechanism: 'file-transfer', technology: 'S3', value: 's3-endpoint' };
const S3_URL: DskitSetting = { parts: STORE_PARTS, mechanism: 'file-transfer', technology: 'S3', value: 's3-url' };
const memcached = (...parts: string[]): DskitSetting => ({ parts, mechanism: 'database', technology: 'Memcached', value: 'addresses' });
const grpc = (...parts: string[]): DskitSetting => ({ parts, mechanism: 'grpc', technology: 'gRPC', value: 'address' });
const http = (...parts: string[]): DskitSetting => ({ parts, mechanism: 'rest', value: 'url' });

/**
 * The settings (dotted paths; `*` one key of any name, a leading `**.` any depth) → the parts
 * reading them and how they connect. First match wins.
 */
const DSKIT_SETTINGS: ReadonlyArray<readonly [string, DskitSetting]> = [
  // Queries: queriers pull work from the frontend or the scheduler; the frontend hands it to the scheduler or sends it on over HTTP.
  ['frontend_worker.frontend_address', grpc('querier')],
  ['frontend_worker.scheduler_address', grpc('querier')],
  ['frontend.scheduler_address', grpc('query-frontend')],
  ['frontend.downstream_url', http('query-frontend')],
  ['query_scheduler.scheduler_address', grpc('querier', 'query-frontend')],
  // The index and store gateways, and the compactor's delete API, asked by queriers (and rulers evaluating locally).
  ['**.index_gateway_client.server_address', grpc('querier', 'ruler')],
  ['common.compactor_grpc_address', grpc('querier')],
  ['compactor_grpc_address', grpc('querier')],
  ['common.compactor_address', http('querier')],
  ['compactor_address', http('querier')],
  // The ruler: where alerts go, and the query-frontend it evaluates through remotely.
  ['ruler.alertmanager_url', http('ruler')],
  ['ruler.evaluation.query_frontend.address', grpc('ruler')],
  ['ruler.query_frontend.address', grpc('ruler')],
  // Tempo's metrics-generator remote-writes the metrics it derives.
  ['metrics_generator.storage.remote_write.*.url', http('metrics-generator')],
  // Object storage: every part reading or writing chunks, blocks or traces.
  ['common.storage.s3.endpoint', S3_ENDPOINT],
  ['common.storage.s3.s3', S3_URL],
  ['storage_config.aws.endpoint', S3_ENDPOINT],
  ['storage_config.aws.s3', S3_URL],
  ['blocks_storage.s3.endpoint', S3_ENDPOINT],
  ['common.storage.backend.s3.endpoint', S3_ENDPOINT],
  ['storage.trace.s3.endpoint', S3_ENDPOINT],
  ['ruler_storage.s3.endpoint', { ...S3_ENDPOINT, parts: ['ruler'] }],
  ['alertmanager_storage.s3.endpoint', { ...S3_ENDPOINT, parts: ['alertmanager'] }],
  // Caches: Loki's chunk, index-query and results caches; Mimir's bucket-store and results caches.
  ['chunk_store_config.chunk_cache_config.memcached_client.addresses', memcached('ingester', 'querier')],
  ['storage_config.index_queries_cache_config.memcached_client.addresses', memcached('querier', 'index-gateway', 'ruler')],
  ['query_range.results_cache.cache.memcached_client.addresses', memcached('query-frontend')],
  ['blocks_storage.bucket_store.chunks_cache.memcached.addresses', memcached('store-gateway')],
  ['blocks_storage.bucket_store.index_cache.memcached.addresses', memcached('store-gateway')],
  ['blocks_storage.bucket_store.metadata_cache.memcached.addresses', memcached('store-gateway', 'querier', 'compactor')],
  ['frontend.results_cache.memcached.addresses', memcached('query-frontend')],
  ['storage.trace.memcached.addresses', memcached('querier', 'ingester', 'compactor')],
];

function matches(pattern: string, path: string): boolean {
  const anyDepth = pattern.startsWith('**.');
  const wanted = (anyDepth ? pattern.slice(3) : pattern).split('.');
  const got = path.split('.');
  if (anyDepth ? got.length < wanted.length : got.length !== wanted.length) return false;
  const tail = got.slice(got.length - wanted.length);
  return wanted.every((segment, index) => segment === '*' || segment === tail[index]);
}

/** The row of a setting's dotted path (sequence items as `.0`, `.1`), if the table has one. */
export function dskitSettingOf(path: string): DskitSetting | undefined {
  return DSKIT_SETTINGS.find(([pattern]) => matches(pattern, path))?.[1];
}

/**
 * Whether a cache setting is switched off around it: an enclosing section (or one beside its
 * client, `memcached: { enabled: false }`) says `enabled: false`, Mimir's `backend` names another
 * store, or Loki's results cache is off (`query_range.cache_results: false`). `flag` reads a
 * dotted path of the file.
 */
export function dskitCacheDisabled(path: string, flag: (path: string) => string | undefined): boolean {
  const segments = path.split('.');
  for (let end = segments.length - 1; end > 0; end -= 1) {
    const section = segments.slice(0, end).join('.');
    if (flag(`${section}.enabled`)?.toLowerCase() === 'false') return true;
    const backend = flag(`${section}.backend`)?.toLowerCase();
    if (backend !== undefined && backend !== '' && !['memcached', 's3'].includes(backend) && !path.startsWith(`${section}.${backend}.`)) return true;
  }
  // The cache beside the client: `index_queries_cache_config: { memcached: { enabled: false }, memcached_client: … }`.
  const parent = segments.slice(0, -2).join('.');
  if (flag(`${parent}.memcached.enabled`)?.toLowerCase() === 'false') return true;
  if (path.startsWith('query_range.results_cache.') && flag('query_range.cache_results')?.toLowerCase() === 'false') return true;
  return false;
}

/**
 * The hosts (and ports) a setting's value names: gRPC targets (`dns:///query-scheduler:9095`,
 * `query-scheduler:9095`), memcached server lists (`dns+memcached:11211,dnssrvnoa+_x._tcp.y`), an
 * S3 endpoint (`minio:9000`, `http://minio:9000`) or an S3 URL (`s3://key:secret@minio:9000/bucket`,
 * its credentials dropped). URLs are returned as written for `url` values.
 */
export function dskitTargets(value: string, kind: DskitValue): Array<{ host: string; port?: number } | { url: string }> {
  const text = value.trim();
  // A value still holding a variable without a default is decided at deploy time.
  if (text === '' || text.includes('${')) return [];
  if (kind === 'url') return /^https?:\/\//i.test(text) ? [{ url: text }] : hostPorts([text]);
  if (kind === 's3-url') {
    const match = /^s3:\/\/(?:[^@/]*@)?([^/:?]+)(?::(\d{1,5}))?/i.exec(text);
    // `s3://region/bucket` names a region of AWS, no host of the scan.
    if (!match || /^[a-z]{2}(-gov)?-[a-z]+-\d$/.test(match[1] as string)) return [];
    return [{ host: match[1] as string, ...(match[2] !== undefined ? { port: Number(match[2]) } : {}) }];
  }
  return hostPorts(text.split(','));
}

function hostPorts(items: readonly string[]): Array<{ host: string; port?: number }> {
  const found: Array<{ host: string; port?: number }> = [];
  for (const item of items) {
    const bare = item
      .trim()
      .replace(/^(dns|dnssrv|dnssrvnoa)\+/, '')
      .replace(/^[a-z][a-z0-9+.-]*:\/\/\/?/i, '')
      .replace(/\/.*$/, '');
    // A DNS SRV name (`_memcached._tcp.memcached`) names its service in its last labels.
    const srv = /^_[^.]+\._tcp\.(.+)$/.exec(bare);
    const match = /^([A-Za-z0-9][A-Za-z0-9_.-]*)(?::(\d{1,5}))?$/.exec(srv ? (srv[1] as string) : bare);
    if (!match) continue;
    found.push({ host: match[1] as string, ...(match[2] !== undefined ? { port: Number(match[2]) } : {}) });
  }
  return found;
}

const GROUP = `${CONFIGMAP_SETTINGS_GROUP}dskit:`;

/** The group of a dskit configuration's connections read by one part (`querier`), the part first (`#` would start a group's data key). */
export function dskitConfigGroup(file: string, part: string): string {
  return `${GROUP}${part}:${file}`;
}

/** Whether a binding group holds a dskit configuration's connections. */
export function isDskitConfigGroup(group: string): boolean {
  return group.startsWith(GROUP);
}

/** The parts the hash ring leads to another part: distributors push to ingesters, queriers query them. */
const RING_CALLS: ReadonlyArray<readonly [string, string]> = [
  ['distributor', 'ingester'],
  ['querier', 'ingester'],
];

/**
 * The calls the hash ring makes between deployables of one deployment (name → parts run):
 * distributor → ingester and querier → ingester (gRPC), between two different deployables.
 */
export function dskitRingCalls(deployables: ReadonlyMap<string, readonly string[]>): Array<{ from: string; to: string }> {
  const calls: Array<{ from: string; to: string }> = [];
  for (const [from, fromParts] of deployables) {
    for (const [to, toParts] of deployables) {
      if (from === to) continue;
      if (RING_CALLS.some(([caller, callee]) => fromParts.includes(caller) && toParts.includes(callee) && !fromParts.includes(callee))) calls.push({ from, to });
    }
  }
  return calls;
}
