/**
 * Which queues a Sidekiq process listens to, so that of several Sidekiq deployables of one Rails
 * image (`bundle exec sidekiq -C config/sidekiq.yml` for `worker`, `-C config/sidekiq_events.yml`
 * for `events-worker`) each runs only the jobs of its own queues (rails-reach.ts marks the jobs'
 * connections with their queue, ConnectionFact.queues):
 *
 * - the command line's `-q events` / `--queue events,2` (repeatable; a weight after the comma)
 *   decides, since Sidekiq's CLI flags override its config file;
 * - else its `-C`/`--config` file, else `config/sidekiq.yml` (what Sidekiq loads by default), read
 *   by the config source (sources/config/sidekiq-config.ts) into a SIDEKIQ_QUEUES_KEY binding;
 * - with neither flag nor any `config/sidekiq.yml` in the image, Sidekiq listens to `default`.
 *
 * A process whose queues cannot be read (a config file not in the scan, an ERB-templated list)
 * listens to every queue, as before; so does a job whose queue cannot be read run on every process.
 */
import { folderOf } from './file-paths.js';

/** A process marker (CodebaseRunner.processes) of a queue a Sidekiq process listens to. */
export const SIDEKIQ_QUEUE_PREFIX = 'sidekiq-queue:';
/** A process marker of a Sidekiq process's `-C` config file (as written), resolved against the image's files. */
export const SIDEKIQ_CONFIG_PREFIX = 'sidekiq-config:';
/** The marker of a Sidekiq process given neither queues nor a config file: `config/sidekiq.yml` when the image has one, else `default`. */
export const SIDEKIQ_DEFAULT_CONFIG = `${SIDEKIQ_CONFIG_PREFIX}`;
/** The binding a Sidekiq config file makes of its queues (comma-separated; `*` when they cannot be read), evidence in the file. */
export const SIDEKIQ_QUEUES_KEY = 'sidekiq:queues';
/** A queue the code does not say (a constant, a method): on every process. */
export const UNKNOWN_QUEUE = '*';
/**
 * The Redis a Rails app's Sidekiq client and server are configured with (`Sidekiq.configure_client
 * { |c| c.redis = { url: … } }`, sources/code/rails-queues.ts), bound for the initializer's folder:
 * where the codebase's producers and `sidekiq` processes find their broker, before the variables
 * Sidekiq reads by itself (`REDIS_URL`), which such an app often does not set.
 */
export const SIDEKIQ_REDIS_KEY = 'sidekiq:redis';

/** Sidekiq CLI options taking a value (the next word), besides `-q` and `-C`. */
const VALUE_OPTIONS = new Set(['-c', '--concurrency', '-e', '--environment', '-g', '--tag', '-r', '--require', '-t', '--timeout', '-P', '--pidfile', '-L', '--logfile']);

/**
 * The queue markers of a Sidekiq command line's options after the program word (`-q events -q
 * clickhouse` → two queue markers; `-C config/sidekiq_events.yml` → a config marker; neither →
 * SIDEKIQ_DEFAULT_CONFIG).
 */
export function sidekiqQueueMarkers(options: readonly string[]): string[] {
  const queues: string[] = [];
  let config: string | undefined;
  for (let index = 0; index < options.length; index += 1) {
    const word = options[index] as string;
    const [flag, inline] = word.startsWith('--') && word.includes('=') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, undefined];
    const value = (): string | undefined => inline ?? options[(index += 1)];
    if (flag === '-q' || flag === '--queue') {
      const given = value();
      // `events,2`: a weight, not a second queue.
      const name = given?.split(',')[0]?.trim();
      if (name) queues.push(name);
    } else if (flag === '-C' || flag === '--config') config = value();
    else if (VALUE_OPTIONS.has(flag) && inline === undefined) index += 1;
  }
  if (queues.length > 0) return [...new Set(queues)].map((queue) => `${SIDEKIQ_QUEUE_PREFIX}${queue}`);
  return [config !== undefined ? `${SIDEKIQ_CONFIG_PREFIX}${config}` : SIDEKIQ_DEFAULT_CONFIG];
}

/** The file a config path written on a command line names among the scan's config files of the codebase at `root`. */
function configFile(written: string, root: string, files: readonly string[]): string | undefined {
  const relative = written.replace(/^(?:\.\/)+/, '');
  const inRoot = root === '' ? relative : `${root}/${relative}`;
  const exact = files.find((file) => file === inRoot);
  if (exact !== undefined || !relative.startsWith('/')) return exact;
  // `/app/config/sidekiq.yml`: the image's WORKDIR is the root; its `config/…` tail names the file.
  const tail = /(?:^|\/)(config\/[^/]+)$/.exec(relative)?.[1];
  return tail !== undefined ? files.find((file) => file === (root === '' ? tail : `${root}/${tail}`)) : undefined;
}

/**
 * A runner's processes with its Sidekiq config marker replaced by the queues the file lists
 * (`queuesOf`: file → queues, `*` unknown); unknown queues leave no marker (every queue).
 */
export function resolveSidekiqQueues(processes: readonly string[], root: string, queuesOf: ReadonlyMap<string, string>): string[] {
  return processes.flatMap((process) => {
    if (!process.startsWith(SIDEKIQ_CONFIG_PREFIX)) return [process];
    const written = process.slice(SIDEKIQ_CONFIG_PREFIX.length);
    const file = configFile(written === '' ? 'config/sidekiq.yml' : written, root, [...queuesOf.keys()]);
    // No -q, no -C and no config/sidekiq.yml: Sidekiq's own default queue.
    if (file === undefined) return written === '' && !hasConfigBeside(root, queuesOf) ? [`${SIDEKIQ_QUEUE_PREFIX}default`] : [];
    const queues = queuesOf.get(file) as string;
    return queues === UNKNOWN_QUEUE ? [] : queues.split(',').map((queue) => `${SIDEKIQ_QUEUE_PREFIX}${queue}`);
  });
}

/** Whether the codebase has a Sidekiq config file of another name (`config/sidekiq/production.yml`): an unknown loader may take it. */
function hasConfigBeside(root: string, queuesOf: ReadonlyMap<string, string>): boolean {
  return [...queuesOf.keys()].some((file) => root === '' || folderOf(file).startsWith(`${root}/`) || folderOf(file) === root);
}

/** The queues a runner listens to, undefined for every queue (no queue marker). */
export function listenedQueues(processes: readonly string[]): Set<string> | undefined {
  const queues = processes.filter((process) => process.startsWith(SIDEKIQ_QUEUE_PREFIX)).map((process) => process.slice(SIDEKIQ_QUEUE_PREFIX.length));
  return queues.length > 0 ? new Set(queues) : undefined;
}
