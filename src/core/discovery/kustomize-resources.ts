/**
 * Which manifests Kustomize deploys. `kubectl apply -k deploy/k8s` builds the objects of the
 * `resources` its kustomization lists (files, and folders holding another kustomization, as an
 * overlay's `../../base`), not every manifest in the folder: an `ingress.yaml` kept for later, an
 * `old-worker.yaml` or a `debug-pod.yaml` beside a `kustomization.yaml` that does not list them is
 * deployed by nobody, and neither is a subfolder without a kustomization of its own that nothing
 * lists. Their components, connections and bindings are no part of the landscape.
 *
 * A manifest is decided by the kustomization governing it: the one in its folder or the nearest
 * folder above. It is kept when any kustomization names it (an overlay's `../base/ingress.yaml`,
 * a patch file, a generator's input: read as before, not as new objects) or a folder holding it
 * that has no kustomization of its own. Files in no governed folder, files that cannot be
 * manifests (code, Compose files, Helm charts, Spring settings: core/discovery/file-paths.ts), and
 * tools' hidden folders (`.github/`) are left as read. What a patch file sets on a workload (its
 * `args`, its `env`) comes before what the patched manifest sets, as `kustomize build` merges it.
 */
import type { Fact, KustomizationFact } from './facts.js';
import { folderOf, isManifestPath } from './file-paths.js';

/** A path inside a hidden folder (`.github/workflows/ci.yml`): CI and tools' files, no manifest a kustomization deploys. */
const HIDDEN = /(?:^|\/)\./;

/**
 * The facts Kubernetes objects give: what a manifest nobody deploys must not add. Other facts of a
 * YAML file (an OpenAPI document's API beside a kustomization at the root) are no object's.
 */
const OBJECT_FACTS = new Set<Fact['type']>(['component', 'binding', 'connection', 'reroute', 'control-plane']);

/** Whether a path is the folder, or lies under it ('' is the scan root, holding everything). */
function within(path: string, folder: string): boolean {
  return folder === '' || path === folder || path.startsWith(`${folder}/`);
}

/** The folder of the kustomization governing a file: its own folder's, or the nearest one above. */
function governingFolder(file: string, kustomizationFolders: ReadonlySet<string>): string | undefined {
  for (let folder = folderOf(file); ; folder = folderOf(folder)) {
    if (kustomizationFolders.has(folder)) return folder;
    if (folder === '') return undefined;
  }
}

/**
 * Whether a file is a manifest no kustomization deploys: it is in a folder a kustomization governs,
 * and no kustomization names it or a plain folder (no kustomization of its own) holding it.
 */
export function unlistedManifest(file: string, kustomizations: readonly KustomizationFact[]): boolean {
  if (!isManifestPath(file) || HIDDEN.test(file)) return false;
  const folders = new Set(kustomizations.map((kustomization) => kustomization.folder));
  const governor = governingFolder(file, folders);
  if (governor === undefined) return false;
  for (const kustomization of kustomizations) {
    if (kustomization.resources.includes(file) || kustomization.inputs.includes(file)) return false;
    // A listed folder without a kustomization below the governing one: every manifest in it.
    if (kustomization.resources.some((listed) => !folders.has(listed) && within(file, listed) && within(listed, governor))) return false;
  }
  return true;
}

/**
 * The facts without those of manifests no kustomization deploys (see the module's comment), and
 * without the kustomizations' own facts, which only say what they list.
 */
export function withoutUnlistedManifests(facts: readonly Fact[]): readonly Fact[] {
  const kustomizations = facts.filter((fact): fact is KustomizationFact => fact.type === 'kustomization');
  if (kustomizations.length === 0) return facts;
  const decided = new Map<string, boolean>();
  const unlisted = (file: string): boolean => {
    let answer = decided.get(file);
    if (answer === undefined) decided.set(file, (answer = unlistedManifest(file, kustomizations)));
    return answer;
  };
  const kept = facts.filter((fact) => fact.type !== 'kustomization' && !(OBJECT_FACTS.has(fact.type) && unlisted(fact.evidence.file)));
  return patchedSettingsFirst(kept, kustomizations);
}

/**
 * The facts with a patch's settings of a workload before the ones it patches: an overlay's
 * `args: [/usr/local/bin/acme-repo-server, --redis, acme-redis-ha-haproxy:6379]` replaces the
 * base's arguments, and a component's first binding of a key is the one resolution takes.
 */
function patchedSettingsFirst(facts: readonly Fact[], kustomizations: readonly KustomizationFact[]): readonly Fact[] {
  const patches = new Set(kustomizations.flatMap((kustomization) => kustomization.inputs));
  const patching = (fact: Fact): boolean => fact.type === 'binding' && fact.component !== undefined && patches.has(fact.evidence.file);
  if (!facts.some(patching)) return facts;
  return [...facts.filter(patching), ...facts.filter((fact) => !patching(fact))];
}
