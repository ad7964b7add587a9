/**
 * Dagster deployments: a web server (`dagster-webserver`, formerly `dagit`) and a daemon
 * (`dagster-daemon run`) load a workspace file (`workspace.yaml`) whose `grpc_server` entries are
 * the code locations, each a gRPC server of its own (`dagster api grpc -m shop.definitions`); both
 * processes, and the runs a container run launcher starts from a code location's image, read the
 * instance (`$DAGSTER_HOME/dagster.yaml`) whose storages are the deployment's database. Which
 * process reads which file is the product's, not the file's: written down here so that the files'
 * connections go to the processes loading them (source `dagster-config`, compose wiring), and
 * never to a `dagster dev` loading everything in-process. Pure: no I/O.
 */
import { CONFIGMAP_SETTINGS_GROUP } from './binding-groups.js';

/** What a Dagster process does with the workspace and the instance. */
export type DagsterRole = 'webserver' | 'daemon' | 'code-server';

/** A Dagster process a command starts. */
export interface DagsterProcess {
  role: DagsterRole;
  /** The workspace files given (`-w`), relative to the working directory unless absolute; the default `workspace.yaml` when none and no in-process target. */
  workspaces: string[];
  /** The module a code server serves (`-m shop.definitions`), when given. */
  module?: string;
}

/** Options taking the next word as their value, so that it is not read as a sub-command. */
const VALUED = new Set(['-h', '--host', '-p', '--port', '-w', '--workspace', '-m', '--module-name', '-f', '--python-file', '-d', '--working-directory', '--package-name', '-a', '--attribute', '--location-name', '--log-level', '--path-prefix', '--instance-ref', '--socket', '--max-workers']);

/**
 * The Dagster process a command runs: `dagster-webserver`/`dagit` (the web server), `dagster-daemon
 * run`, `dagster api grpc` or `dagster code-server start` (a code location). `dagster dev` runs
 * all of them in one process on a developer's machine and is none of these.
 */
export function dagsterProcess(words: readonly string[]): DagsterProcess | undefined {
  const start = words.findIndex((word) => /(^|\/)(dagster-webserver|dagit|dagster-daemon|dagster)$/.test(word));
  if (start < 0) return undefined;
  const program = (words[start] as string).replace(/^.*\//, '');
  const rest = words.slice(start + 1);
  const positional = rest.filter((word, index) => !word.startsWith('-') && !VALUED.has(rest[index - 1] ?? ''));
  let role: DagsterRole | undefined;
  if (program === 'dagster-webserver' || program === 'dagit') role = 'webserver';
  else if (program === 'dagster-daemon') role = positional[0] === 'run' ? 'daemon' : undefined;
  else if ((positional[0] === 'api' && positional[1] === 'grpc') || (positional[0] === 'code-server' && positional[1] === 'start')) role = 'code-server';
  if (role === undefined) return undefined;
  const workspaces: string[] = [];
  let module: string | undefined;
  let inProcess = false;
  rest.forEach((word, index) => {
    const [flag, inline] = word.startsWith('--') && word.includes('=') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, undefined];
    const value = inline ?? rest[index + 1];
    if (value === undefined) return;
    if (flag === '-w' || flag === '--workspace') workspaces.push(value);
    else if (flag === '-m' || flag === '--module-name' || flag === '--package-name') {
      module ??= value;
      inProcess = true;
    } else if (flag === '-f' || flag === '--python-file') inProcess = true;
  });
  // Without a target the web server and the daemon read `workspace.yaml` of their working directory.
  if (role !== 'code-server' && workspaces.length === 0 && !inProcess) workspaces.push('workspace.yaml');
  return { role, workspaces: role === 'code-server' ? [] : workspaces, ...(module !== undefined ? { module } : {}) };
}

/** The classes of run launchers starting each run in a container of the code location's image. */
const CONTAINER_LAUNCHERS = /^(DockerRunLauncher|K8sRunLauncher|EcsRunLauncher|CeleryK8sRunLauncher|CeleryDockerRunLauncher)$/;

/** Whether a run launcher class starts runs in containers of the code locations' images, which then read the instance too. */
export function launchesRunContainers(launcherClass: string | undefined): boolean {
  return launcherClass !== undefined && CONTAINER_LAUNCHERS.test(launcherClass);
}

/** The instance's storage sections and their newer single `storage:` form. */
export const DAGSTER_STORAGE_SECTIONS: readonly string[] = ['run_storage', 'event_log_storage', 'schedule_storage', 'storage'];

/** The technology a storage's configuration key names (`postgres_db`, `mysql_url`). */
export function dagsterStorageTechnology(key: string): string | undefined {
  if (/^postgres_(db|url)$/.test(key)) return 'PostgreSQL';
  if (/^mysql_(db|url)$/.test(key)) return 'MySQL';
  return undefined;
}

const GROUP = `${CONFIGMAP_SETTINGS_GROUP}dagster:`;

/** Who reads a Dagster file's connections: the workspace's loaders, the instance's processes, or the runs a container launcher starts. */
export type DagsterReader = 'workspace' | 'instance' | 'runs';

/** The group of a Dagster file's connections for one kind of reader (the reader first: `#` would start a group's data key). */
export function dagsterConfigGroup(file: string, reader: DagsterReader): string {
  return `${GROUP}${reader}:${file}`;
}

/** Whether a binding group holds a Dagster file's connections. */
export function isDagsterConfigGroup(group: string): boolean {
  return group.startsWith(GROUP);
}
