/**
 * Code a deployment mounts into a container instead of building it into an image: a compose
 * service running a stock image (`supabase/edge-runtime`, `node:20`, `python:3.12`) with
 * `./volumes/functions:/home/deno/functions` or `./scripts:/app` bind-mounted, its command starting
 * what the mount holds (`start --main-service /home/deno/functions/main`, `node /app/worker.js`).
 * Nothing builds that folder, so neither a build context nor a project file says whose it is, and
 * folder nearness gives it to whichever deployable's code folder happens to hold it (a sibling
 * built from the repository root). The mount says it: the mounted folder is a root of the
 * mounting service's code, deeper than a build context merely holding it.
 *
 * The compose source (sources/config/docker-compose.ts) states each candidate mount as a binding
 * of the service (MOUNTED_CODE_KEY); only the folder and the service are known there. Resolution
 * keeps the mounts holding source code the scan read (mountedCodeRoots): a mount of configuration,
 * certificates or data (`./certs:/etc/ssl`, `./config:/etc/app`) holds none and changes the
 * ownership of nothing. A folder mounted into several services is each one's code; which of them
 * makes a connection there is what each one's command reaches from its entry file (mountedEntry:
 * the Node process of node-processes.ts, the entry file of python-entries.ts), as for one image
 * run as several services.
 *
 * Pure: the caller hands in the bindings and the files the scan holds.
 */
import type { BindingFact, Evidence } from './facts.js';
import { NODE_PROCESS_KEY } from './node-processes.js';
import { entryProcess } from './python-entries.js';
import { CELERY_PROCESS_KEY } from './shared-codebase.js';

/** The key of a service's binding naming a folder of the scan it bind-mounts (scan-relative, never ''). */
export const MOUNTED_CODE_KEY = 'compose:mounted-code';

/** Source files of the languages the code sources read (code-parser.ts languageOf), by extension. */
const SOURCE_FILE = /\.(?:[mc]?ts|tsx|[mc]?js|jsx|py|go|java|kts?|groovy|cs|rs|rb|rake|php)$/i;

/** Whether a scan-relative path is a source file of a language discovery reads. */
export function isSourceFile(path: string): boolean {
  return SOURCE_FILE.test(path);
}

/** One bind mount: the scan folder (source) and where the container sees it (target, absolute, no trailing slash). */
export interface BindMount {
  source: string;
  target: string;
}

/**
 * Where the container path `path` (absolute, or relative to `workingDirectory`) lies in the scan:
 * the mount whose target holds it (the deepest one, as the container sees it) and the path below
 * its source. Undefined for a path no mount holds, or a relative one without a working directory.
 */
export function hostPathOf<M extends BindMount>(path: string, mounts: readonly M[], workingDirectory?: string): { mount: M; path: string; inside: string } | undefined {
  const absolute = path.startsWith('/') ? path : workingDirectory?.startsWith('/') ? `${workingDirectory.replace(/\/+$/, '')}/${path}` : undefined;
  if (absolute === undefined || absolute.includes('$')) return undefined;
  const segments: string[] = [];
  for (const segment of absolute.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const normal = `/${segments.join('/')}`;
  const mount = [...mounts]
    .filter((candidate) => candidate.target === '/' || normal === candidate.target || normal.startsWith(`${candidate.target}/`))
    .sort((left, right) => right.target.length - left.target.length)[0];
  if (mount === undefined) return undefined;
  const inside = normal.slice(mount.target === '/' ? 1 : mount.target.length + 1);
  return { mount, path: inside === '' ? mount.source : mount.source === '' ? inside : `${mount.source}/${inside}`, inside };
}

/** Options of `python` taking the next word as their value (`-W ignore`, `-X dev`). */
const PYTHON_VALUE_OPTIONS = new Set(['-W', '-X', '--check-hash-based-pycs']);

/**
 * The script a command line runs with Python (`python -u /app/tally_worker.py`, `python3.12
 * worker.py`, after a wrapper such as `exec` or `dumb-init`), as written; undefined for `-m`,
 * `-c` and any other program.
 */
export function pythonScriptOf(words: readonly string[]): string | undefined {
  const at = words.findIndex((word) => /(^|\/)python[\d.]*$/.test(word));
  if (at < 0) return undefined;
  for (let index = at + 1; index < words.length; index += 1) {
    const word = words[index] as string;
    if (word === '-m' || word === '-c') return undefined;
    if (PYTHON_VALUE_OPTIONS.has(word)) index += 1;
    // `manage.py` runs Django's commands, which python-entries.ts and shared-codebase.ts read.
    else if (!word.startsWith('-')) return /\.py$/.test(word) && !/(^|\/)manage\.py$/.test(word) ? word : undefined;
  }
  return undefined;
}

/**
 * The entry a service's command starts inside one of its mounts: a Python script's file (the
 * `entry:<file>` process of python-entries.ts, scan-relative), or a Node process's file
 * (`file:<path>` of node-processes.ts, relative to the mount's source, which is the root the
 * service's code is resolved from). `node` is the Node process the command line was read as.
 */
export function mountedEntry(words: readonly string[], node: string | undefined, mounts: readonly BindMount[], workingDirectory?: string): { python?: string; node?: { mount: BindMount; process: string } } {
  const script = pythonScriptOf(words);
  const python = script !== undefined ? hostPathOf(script, mounts, workingDirectory) : undefined;
  const nodeFile = node?.startsWith('file:') ? hostPathOf(node.slice('file:'.length), mounts, workingDirectory) : undefined;
  return {
    ...(python !== undefined && python.inside !== '' ? { python: python.path } : {}),
    ...(nodeFile !== undefined && nodeFile.inside !== '' ? { node: { mount: nodeFile.mount, process: `file:${nodeFile.inside}` } } : {}),
  };
}

/**
 * The mounted folders that are a service's code: each MOUNTED_CODE_KEY binding whose folder holds
 * a source file among `files` (the scan's files with facts; a folder of none would own nothing).
 * `namesOther(component, segment)` says whether a folder name names a system other than the
 * mounting one: a mount holding such a folder (`./src` with `src/cartservice/`, the code of an
 * image-only service that the folder's name gives it) is a whole source tree mounted for live
 * reloading, not one service's code, and is left to the owners its folders give.
 */
export function mountedCodeRoots(bindings: readonly BindingFact[], files: Iterable<string>, namesOther: (component: string, segment: string) => boolean = () => false): { component: string; folder: string; evidence: Evidence }[] {
  const mounts = bindings.filter((binding) => binding.key === MOUNTED_CODE_KEY && binding.component !== undefined && binding.value !== '');
  if (mounts.length === 0) return [];
  // The folders below each mounted folder on the way to a source file it holds.
  const below = new Map<string, Set<string>>();
  const folders = new Set(mounts.map((binding) => binding.value));
  for (const file of files) {
    if (!isSourceFile(file)) continue;
    for (let slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
      const folder = file.slice(0, slash);
      if (!folders.has(folder)) continue;
      const segments = below.get(folder) ?? new Set<string>();
      for (const segment of file.slice(slash + 1).split('/').slice(0, -1)) segments.add(segment);
      below.set(folder, segments);
    }
  }
  return mounts
    .filter((binding) => {
      const segments = below.get(binding.value);
      return segments !== undefined && ![...segments].some((segment) => namesOther(binding.component as string, segment));
    })
    .map((binding) => ({ component: binding.component as string, folder: binding.value, evidence: binding.evidence }));
}

/**
 * Kubernetes: a ConfigMap Kustomize's `configMapGenerator` builds from script files (`files:
 * [sweep.py]`), mounted into a workload (`volumes: [{ configMap: { name: sweeper-scripts } }]`, a
 * `volumeMount` at `/opt/sweeper`) whose command runs one (`python /opt/sweeper/sweep.py`). The
 * kustomization states each generated key's file (CONFIGMAP_FILE_KEY), the manifest each mount of a
 * map into a workload (MOUNTED_CONFIGMAP_KEY) and the key its command runs there
 * (CONFIGMAP_ENTRY_KEY); resolution joins them by the map's name (configMapCode).
 */
/** The prefix of a kustomization's binding of one generated ConfigMap key's file: key `<prefix><map>`, value `<key>=<scan path>`. */
export const CONFIGMAP_FILE_KEY = 'configmap-file:';
/** The key of a workload's binding naming a ConfigMap it mounts as files. */
export const MOUNTED_CONFIGMAP_KEY = 'kubernetes:mounted-configmap';
/** The key of a workload's binding naming the mounted key its command runs: `python:<map>/<key>` or `node:<map>/<key>`. */
export const CONFIGMAP_ENTRY_KEY = 'kubernetes:configmap-entry';

/** The deepest folder holding every path (`''` when they share none). */
function commonFolder(paths: readonly string[]): string {
  const split = paths.map((path) => path.split('/').slice(0, -1));
  const first = split[0] ?? [];
  let length = 0;
  while (length < first.length && split.every((segments) => segments[length] === first[length])) length += 1;
  return first.slice(0, length).join('/');
}

/**
 * The code workloads run from ConfigMaps made of files: the folder of each mounted map's source
 * files as the workload's root (not the scan root), and the bindings with each entry made the
 * process resolution follows (a Python script's `entry:<file>`, a Node file relative to that
 * folder, replacing the container path the command line was read as).
 */
export function configMapCode(bindings: readonly BindingFact[]): { roots: { component: string; folder: string; evidence: Evidence }[]; bindings: BindingFact[] } {
  const filesOf = new Map<string, Map<string, string>>();
  for (const binding of bindings) {
    if (!binding.key.startsWith(CONFIGMAP_FILE_KEY)) continue;
    const at = binding.value.indexOf('=');
    if (at <= 0) continue;
    const map = binding.key.slice(CONFIGMAP_FILE_KEY.length);
    const files = filesOf.get(map) ?? new Map<string, string>();
    files.set(binding.value.slice(0, at), binding.value.slice(at + 1));
    filesOf.set(map, files);
  }
  if (filesOf.size === 0) return { roots: [], bindings: [...bindings] };
  const folderOfMap = new Map<string, string>();
  for (const [map, files] of filesOf) {
    const code = [...files.values()].filter(isSourceFile);
    const folder = code.length > 0 ? commonFolder(code) : '';
    if (folder !== '') folderOfMap.set(map, folder);
  }
  const roots = bindings.flatMap((binding) => {
    const folder = binding.key === MOUNTED_CONFIGMAP_KEY && binding.component !== undefined ? folderOfMap.get(binding.value) : undefined;
    return folder !== undefined ? [{ component: binding.component as string, folder, evidence: binding.evidence }] : [];
  });
  const entries: BindingFact[] = [];
  const replaced = new Set<string>();
  for (const binding of bindings) {
    if (binding.key !== CONFIGMAP_ENTRY_KEY || binding.component === undefined) continue;
    const match = /^(python|node):([^/]+)\/([^/]+)$/.exec(binding.value);
    const file = match ? filesOf.get(match[2] as string)?.get(match[3] as string) : undefined;
    const folder = match ? folderOfMap.get(match[2] as string) : undefined;
    if (!match || file === undefined || folder === undefined || !file.startsWith(`${folder}/`)) continue;
    if (match[1] === 'python') entries.push({ ...binding, key: CELERY_PROCESS_KEY, value: entryProcess(file) });
    else {
      entries.push({ ...binding, key: NODE_PROCESS_KEY, value: `file:${file.slice(folder.length + 1)}` });
      replaced.add(binding.component);
    }
  }
  const kept = bindings.filter((binding) => !(binding.key === NODE_PROCESS_KEY && binding.component !== undefined && replaced.has(binding.component)));
  return { roots, bindings: [...kept, ...entries] };
}
