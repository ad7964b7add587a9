/**
 * Plain Kubernetes manifests: any YAML file whose documents are workloads, Services, ConfigMaps,
 * Secrets, Ingresses or Gateway API routes.
 * Which files are manifests cannot be told from the path, so every YAML file not claimed by a
 * more specific source is accepted and a cheap text test skips the ones with no such object.
 *
 * Kustomize is not followed: a kustomization.yaml's `resources` are manifests this source reads
 * on their own, and name prefixes, suffixes and patches it applies at build time are not applied.
 * Resolution drops what this source read from manifests beside a kustomization that no
 * kustomization lists (core/discovery/kustomize-resources.ts).
 */
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { neverThrows } from './emit.js';
import { MAY_HOLD_KUBERNETES_OBJECT, readKubernetesObjects } from './kubernetes-objects.js';
import { hasSpringSettingsName, isManifestPath } from '../../../core/discovery/file-paths.js';
import { parseYamlDocuments } from './yaml-nodes.js';

/** Whether a path may be a plain manifest (core/discovery/file-paths.ts). */
export { isManifestPath };

/** The Kubernetes manifest source. */
export const kubernetesManifestsSource: Source = {
  name: 'kubernetes-manifests',
  // A file named like Spring's settings (`application-controller.yaml`) is read too, as a manifest
  // only when a document of it is a Kubernetes object (readManifest).
  extensions: ['.yaml', '.yml'],
  accepts: (path) => isManifestPath(path) || hasSpringSettingsName(path),
  read: neverThrows(readManifest),
};

/** Whether a text has a top-level `apiVersion:` and `kind:`, as a Kubernetes object has and no Spring settings file does. */
function hasKubernetesHeader(text: string): boolean {
  return /^apiVersion\s*:/m.test(text) && /^kind\s*:/m.test(text);
}

/** Reads the objects of one manifest file. */
function readManifest(file: SourceFile, context: SourceContext): Fact[] {
  if (!MAY_HOLD_KUBERNETES_OBJECT.test(file.text)) return [];
  if (!isManifestPath(file.path) && !hasKubernetesHeader(file.text)) return [];
  return readKubernetesObjects(parseYamlDocuments(file.text), context);
}
