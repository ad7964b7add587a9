/**
 * The component model resolution assembles systems in (resolve.ts): a component's fields, the key
 * its names are compared by, and how evidence is kept. Shared by every phase of resolveFacts.
 */
import type { SystemKind } from '../model/vocabulary.js';
import type { ComponentFact, Evidence, ProvidesFact } from './facts.js';
import { folderOf, isComposeFile } from './file-paths.js';
import { nameKey } from './names.js';

/** Whether a component is a Compose service: by the flag its source sets, else by its file's name. */
export function isComposeService(fact: ComponentFact): boolean {
  return fact.composeService === true || isComposeFile(fact.evidence.file);
}

/**
 * Compact spellings of systems deployed apart whose names differ only by a generic suffix, with
 * the key each keeps (names.ts, splitDeployedNames); set by resolveFacts for the facts it resolves.
 */
let splitKeys: ReadonlyMap<string, string> = new Map();

/** Sets the split spellings systemKey keeps apart, once per resolution, before any key is taken. */
export function setSplitKeys(keys: ReadonlyMap<string, string>): void {
  splitKeys = keys;
}

/** A name's key (names.ts, nameKey), keeping the suffix that tells split systems apart. */
export function systemKey(name: string): string {
  return nameKey(name, splitKeys);
}

/** A `${VAR}` or template action nothing filled in. */
export const PLACEHOLDER = /\$\{|\{\{|__tpl__/;

/** A more specific kind wins over "application", which is what sources say when they cannot tell. */
export const KIND_STRENGTH: Partial<Record<SystemKind, number>> = { application: 0, other: 0 };

/** The most evidence kept per system or integration; the rest adds nothing a reviewer needs. */
const MAX_EVIDENCE = 10;

/** A component being assembled from the facts that name it. */
export interface Component {
  key: string;
  names: Map<string, number>;
  kind: SystemKind;
  kindVotes: Map<SystemKind, number>;
  technology?: string;
  roots: Set<string>;
  /** Roots that are build arguments' values (ComponentFact.rootFromBuildArgument), relocated by relocateEmptyRoots. */
  argumentRoots?: Set<string>;
  labels: Record<string, string>;
  defined: boolean;
  /** Every fact defining it says it is a library project (undefined until a fact defines it). */
  library?: boolean;
  /** Every fact defining it is a Go module's `go.mod` (undefined until a fact defines it). */
  goModule?: boolean;
  /** A fact other than a project file defines it (a compose service, a manifest): something deploys it. */
  deployed?: boolean;
  /**
   * Only a developer's Compose file defines it while the scan holds a deployment
   * (definesForDeveloperOnly): a dev container or laptop service, which owns no code a deployed
   * image runs, whatever folder is named like it (`app/` of a Rails codebase beside the dev
   * container's `app` service).
   */
  developerOnly?: boolean;
  /** The command line a deployable only naming an image runs it with (ComponentFact.command). */
  command?: string[];
  /** The base names of the archives its project files build (ComponentFact.artifacts). */
  artifacts?: Set<string>;
  /** The projects its project files build in (ComponentFact.references), by name. */
  references?: NonNullable<ComponentFact['references']>;
  exposesApi: boolean;
  /** The protocols of the interfaces it offers (OpenAPI → rest, a gRPC service → grpc…). */
  protocols?: Set<ProvidesFact['protocol']>;
  /** The ports it listens on (compose `ports` and `expose`). */
  ports?: Set<number>;
  /** A control-plane server built in-house (facts.ts, ControlPlaneFact): it makes and takes no edges. */
  controlPlane?: boolean;
  /** The last part of each image it runs (`acme/cart-service:1.2` → `cart-service`). */
  images?: Set<string>;
  /** Depending on it is a startup order only (Eventuate's CDC service, a one-shot job): a bare depends_on on it makes no edge. */
  startupOnly?: boolean;
  confidence: number;
  evidence: Evidence[];
}

/** Orders evidence the same way whatever order facts came in. */
export function byLocation(left: Evidence, right: Evidence): number {
  return left.file < right.file ? -1 : left.file > right.file ? 1 : left.line - right.line;
}

/** Keeps the first few distinct pieces of evidence, in location order. */
export function trimEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence
    .sort(byLocation)
    .filter((item) => {
      const key = `${item.file}:${item.line}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_EVIDENCE);
}


/** Whether `folder` is `root` or inside it. */
export function within(folder: string, root: string): boolean {
  return root === '' || folder === root || folder.startsWith(`${root}/`);
}

/**
 * A component's root taken from a build argument (ComponentFact.rootFromBuildArgument) holding none
 * of the scan's files, where one folder of the scan ends with it, is that folder: a build argument naming the code relative to a folder its Dockerfile changes into
 * (`APP_RELATIVE_PATH: admin/interface` for `make build APPS=…` in `app/`) names `app/admin/interface`.
 * Of several such folders (`api/admin/interface` holding the protos), the one holding the most of
 * the scan's files with facts, if one holds more than every other. Other roots are kept as they are:
 * a build context holding no file with facts is still that service's folder.
 */
export function relocateEmptyRoots(components: Iterable<{ roots: Set<string>; argumentRoots?: Set<string> }>, facts: readonly { evidence: { file: string } }[]): void {
  const filesIn = new Map<string, Set<string>>();
  for (const fact of facts) {
    for (let folder = folderOf(fact.evidence.file); folder !== ''; folder = folderOf(folder)) {
      const files = filesIn.get(folder) ?? new Set<string>();
      if (files.has(fact.evidence.file)) break;
      filesIn.set(folder, files.add(fact.evidence.file));
    }
  }
  for (const component of components) {
    for (const root of [...(component.argumentRoots ?? [])]) {
      if (!component.roots.has(root) || root === '' || filesIn.has(root)) continue;
      const endings = [...filesIn].filter(([folder]) => folder.endsWith(`/${root}`)).sort((left, right) => right[1].size - left[1].size);
      const [best, next] = endings;
      if (!best || (next && next[1].size === best[1].size)) continue;
      component.roots.delete(root);
      component.argumentRoots?.delete(root);
      component.roots.add(best[0]);
    }
  }
}
