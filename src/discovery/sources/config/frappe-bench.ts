/**
 * Frappe Framework benches (ERPNext, HRMS, a team's own apps) deployed the frappe_docker way: one
 * image holding the bench (`bench init` and the apps of `apps.json`), run by compose as several
 * services that differ only in their command. What each process connects to is Frappe's, not the
 * apps' code, so it is read from the process each command starts:
 *
 * - the web process (`gunicorn … frappe.app:application`, the image's default command, or `bench
 *   serve`) uses MariaDB (`db_host`) and the cache Redis (`redis_cache`), queues RQ jobs on
 *   `redis_queue` (`frappe.enqueue`, which Frappe's own document hooks call on every site) and
 *   publishes realtime events on `redis_socketio` (`frappe.publish_realtime`);
 * - an RQ worker (`bench worker --queue short,default`) uses the database and the cache and
 *   consumes the jobs of `redis_queue`;
 * - the scheduler (`bench schedule`) uses the database and the cache and queues the scheduled jobs
 *   on `redis_queue` (it runs none itself);
 * - the realtime server (`node …/apps/frappe/socketio.js`) subscribes to `redis_socketio`'s
 *   `events` channel;
 * - a site job (`bench new-site`, `bench --site x migrate`, `install-app`) uses the database only;
 * - `bench set-config -g db_host $$DB_HOST` only writes `sites/common_site_config.json` (the
 *   frappe_docker `configurator`): no connection, but the addresses every bench process reads.
 *
 * Addresses are bindings under FRAPPE_CONFIG_PREFIX + the common_site_config key: written by
 * `bench set-config` commands of the compose file (their `$$VAR` filled from that service's
 * environment) for every bench service of the file, or read from a committed
 * `sites/common_site_config.json` for the bench folder (commonSiteConfigFacts).
 */
import type { BindingFact, ConnectionFact, Evidence, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { CONFIDENCE } from '../../../core/discovery/facts.js';
import { FRAPPE_PROCESS_KEY, RQ } from '../../../core/discovery/shared-codebase.js';
import type { Source, SourceContext } from '../../source.js';
import { neverThrows } from './emit.js';
import { folderOf } from './paths.js';

/** The key prefix of a bench's common_site_config.json settings as bindings (`frappe:db_host`). */
export const FRAPPE_CONFIG_PREFIX = 'frappe:';

/** What a Frappe bench process is, by its command line. */
export type FrappeProcess = 'web' | 'worker' | 'scheduler' | 'socketio' | 'site' | 'config';

/** The bench subcommands that work on a site's database once and exit. */
const SITE_COMMANDS = new Set(['new-site', 'migrate', 'install-app', 'reinstall', 'restore', 'backup', 'drop-site']);

/** The shell statements of a command line (`bash -c "a; b && c"` → `a`, `b`, `c`), each as words. */
function statements(words: readonly string[]): string[][] {
  const found: string[][] = [[]];
  for (const word of words.flatMap((item) => (/\s/.test(item) ? item.split(/\s+/) : [item]))) {
    for (const [index, part] of word.split(/;|&&|\|\|/).entries()) {
      if (index > 0) found.push([]);
      if (part !== '') (found[found.length - 1] as string[]).push(part);
    }
  }
  return found.filter((statement) => statement.length > 0);
}

/** The bench subcommand of a statement (`bench --site a.localhost migrate` → migrate), past its `--site` option. */
function benchSubcommand(words: readonly string[]): string | undefined {
  const at = words.findIndex((word) => /(^|\/)bench$/.test(word));
  if (at < 0) return undefined;
  for (let index = at + 1; index < words.length; index += 1) {
    const word = words[index] as string;
    if (word === '--site') index += 1;
    else if (!word.startsWith('-')) return word;
  }
  return undefined;
}

/**
 * The Frappe process a command line starts, judged on its statements: a long-running process
 * (web, worker, scheduler, socketio) wins over set-up statements before it (`wait-for-it db:3306;
 * bench new-site …` is a site job; `bench set-config …; bench worker` a worker). Undefined for a
 * command line starting none.
 */
export function frappeProcess(words: readonly string[]): FrappeProcess | undefined {
  let found: FrappeProcess | undefined;
  const rank: Record<FrappeProcess, number> = { config: 0, site: 1, web: 2, worker: 2, scheduler: 2, socketio: 2 };
  const take = (process: FrappeProcess): void => {
    if (found === undefined || rank[process] > rank[found]) found = process;
  };
  for (const statement of statements(words)) {
    if (statement.some((word) => /^frappe\.app:application$/.test(word))) take('web');
    else if (statement.some((word) => /(^|\/)apps\/frappe\/(?:socketio|realtime\/index)\.js$/.test(word))) take('socketio');
    const subcommand = benchSubcommand(statement);
    if (subcommand === 'serve' || subcommand === 'start') take('web');
    else if (subcommand === 'worker' || subcommand === 'worker-pool') take('worker');
    else if (subcommand === 'schedule') take('scheduler');
    else if (subcommand !== undefined && SITE_COMMANDS.has(subcommand)) take('site');
    else if (subcommand === 'set-config') take('config');
  }
  return found;
}

/** A `bench set-config` setting as written: its key and its value (variables not yet filled). */
export interface SetConfig {
  key: string;
  value: string;
}

/** The `bench set-config [-g] [-p] key value` settings of a command line, in order. */
export function benchSetConfigs(words: readonly string[]): SetConfig[] {
  const found: SetConfig[] = [];
  for (const statement of statements(words)) {
    if (benchSubcommand(statement) !== 'set-config') continue;
    const at = statement.findIndex((word) => word === 'set-config');
    const rest = statement.slice(at + 1).filter((word) => !word.startsWith('-'));
    const [key, value] = rest;
    if (key !== undefined && value !== undefined) found.push({ key, value: value.replace(/^["']|["']$/g, '') });
  }
  return found;
}

/** A value with its `$VAR`, `$$VAR` and `${VAR}` filled from an environment; undefined when one is unset. */
export function filledValue(value: string, environment: ReadonlyMap<string, string>): string | undefined {
  let unset = false;
  const filled = value.replace(/\$\$?(?:\{(\w+)\}|(\w+))/g, (_, braced: string | undefined, bare: string | undefined) => {
    const found = environment.get((braced ?? bare) as string);
    if (found === undefined) unset = true;
    return found ?? '';
  });
  return unset ? undefined : filled;
}

/** The common_site_config keys of a bench's addresses. */
const ADDRESS_KEYS = new Set(['db_host', 'db_port', 'redis_cache', 'redis_queue', 'redis_socketio']);

/** A connection of a Frappe process, to the server a common_site_config key names. */
interface ProcessConnection {
  key: string;
  role: ConnectionFact['role'];
  mechanism: ConnectionFact['mechanism'];
  technology: string;
  channel?: string;
}

const DATABASE: ProcessConnection = { key: 'db_host', role: 'uses', mechanism: 'database', technology: 'MariaDB' };
const CACHE: ProcessConnection = { key: 'redis_cache', role: 'uses', mechanism: 'database', technology: 'Redis' };
const QUEUES: ProcessConnection = { key: 'redis_queue', role: 'produces', mechanism: 'messaging', technology: RQ };

/** The connections each Frappe process makes (see the file comment). */
export const PROCESS_CONNECTIONS: Readonly<Record<FrappeProcess, readonly ProcessConnection[]>> = {
  web: [DATABASE, CACHE, QUEUES, { key: 'redis_socketio', role: 'produces', mechanism: 'messaging', technology: 'Redis Pub/Sub', channel: 'events' }],
  worker: [DATABASE, CACHE, { ...QUEUES, role: 'consumes' }],
  scheduler: [DATABASE, CACHE, QUEUES],
  socketio: [{ key: 'redis_socketio', role: 'consumes', mechanism: 'messaging', technology: 'Redis Pub/Sub', channel: 'events' }],
  site: [DATABASE],
  config: [],
};

/** A compose service as the Frappe reader needs it. */
export interface BenchService {
  name: string;
  /** Its image without tag (imageName), undefined when it builds one or names none. */
  image?: string;
  /** Its entrypoint then command words; empty when it runs the image's own command. */
  words: readonly string[];
  environment: ReadonlyMap<string, string>;
  evidence: Evidence;
}

/**
 * The facts of a compose file's Frappe bench: each service's process connections, and the
 * `bench set-config` addresses bound for every service running the bench image. A service on that
 * image with no command of its own runs the image's default, the web server (frappe_docker's
 * images run gunicorn on `frappe.app:application`). Nothing when no service starts a bench process.
 */
export function benchServiceFacts(services: readonly BenchService[]): Fact[] {
  const processes = new Map(services.map((service) => [service.name, frappeProcess(service.words)]));
  const benchImages = new Set(services.filter((service) => processes.get(service.name) !== undefined && service.image !== undefined).map((service) => service.image as string));
  if (![...processes.values()].some((process) => process !== undefined && process !== 'config')) return [];
  const bench = services.filter((service) => processes.get(service.name) !== undefined || (service.image !== undefined && benchImages.has(service.image)));
  const facts: Fact[] = [];
  const settings: { key: string; value: string; evidence: Evidence }[] = [];
  for (const service of bench) {
    for (const setting of benchSetConfigs(service.words)) {
      const value = ADDRESS_KEYS.has(setting.key) ? filledValue(setting.value, service.environment) : undefined;
      if (value !== undefined && value !== '') settings.push({ key: setting.key, value, evidence: service.evidence });
    }
  }
  for (const service of bench) {
    const process = processes.get(service.name) ?? (service.words.length === 0 ? 'web' : undefined);
    if (process === undefined) continue;
    facts.push({ type: 'binding', component: service.name, key: FRAPPE_PROCESS_KEY, value: process, evidence: service.evidence } satisfies BindingFact);
    for (const { key, value, evidence } of settings) facts.push({ type: 'binding', component: service.name, key: FRAPPE_CONFIG_PREFIX + key, value, evidence } satisfies BindingFact);
    facts.push(...processConnections(service.name, process, service.evidence));
  }
  return facts;
}

/** The connections of one Frappe process, each to the server its common_site_config key names. */
export function processConnections(component: string, process: FrappeProcess, evidence: Evidence): ConnectionFact[] {
  return PROCESS_CONNECTIONS[process].map((connection) => ({
    type: 'connection',
    component,
    target: { key: FRAPPE_CONFIG_PREFIX + connection.key },
    role: connection.role,
    mechanism: connection.mechanism,
    technology: connection.technology,
    ...(connection.channel ? { channel: connection.channel } : {}),
    targetKind: connection.mechanism === 'messaging' ? 'message-broker' : 'database',
    evidence,
    confidence: CONFIDENCE.resolved,
  }));
}

/** Whether a path is a bench's shared site configuration (`sites/common_site_config.json`). */
export function isCommonSiteConfig(path: string): boolean {
  return /(^|\/)sites\/common_site_config\.json$/.test(path);
}

/**
 * The addresses of a committed `sites/common_site_config.json`, bound for the bench folder (the
 * parent of `sites/`): `db_host` with `db_port` as `db:3306`, the Redis URLs as written.
 */
export function commonSiteConfigFacts(file: SourceFile, context: SourceContext): Fact[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(file.text);
  } catch {
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return [];
  const config = parsed as Record<string, unknown>;
  const scope = folderOf(folderOf(file.path));
  const lines = file.text.split(/\r?\n/);
  const lineOf = (key: string): number => Math.max(1, lines.findIndex((line) => line.includes(`"${key}"`)) + 1);
  const facts: Fact[] = [];
  for (const key of ADDRESS_KEYS) {
    const value = config[key];
    if (key === 'db_port' || (typeof value !== 'string' && typeof value !== 'number')) continue;
    const port = key === 'db_host' && (typeof config.db_port === 'number' || typeof config.db_port === 'string') ? `:${String(config.db_port)}` : '';
    facts.push({ type: 'binding', scope, key: FRAPPE_CONFIG_PREFIX + key, value: `${String(value)}${port}`, evidence: context.evidenceAt(lineOf(key)) });
  }
  return facts;
}

/** Reads a bench's `sites/common_site_config.json`. */
export const commonSiteConfigSource: Source = {
  name: 'frappe-common-site-config',
  accepts: isCommonSiteConfig,
  extensions: ['.json'],
  read: neverThrows(commonSiteConfigFacts),
};
