/**
 * A ConfigMap whose data values are YAML documents of their own (`persistence: |` holding a
 * `postgresql:` block, `artifactRepository: |` an `s3:` block, `sso: |` an `issuer:`), the way
 * Kubernetes controllers and their API servers keep their configuration: the program reads the
 * ConfigMap by name through the API (a `--configmap` flag, its default in the code) and
 * unmarshals every key into one Config struct. No container mounts it and no env var names it,
 * so the key=value bindings of the ConfigMap say nothing a program reads.
 *
 * Each document's scalars are kept as members of a group of their own, by the ConfigMap's name,
 * under the data key and their path (`sso.issuer`); resolution hands them to the programs bound
 * to the ConfigMap, as the fields their code reads (core/discovery/configmap-documents.ts).
 */
import type { BindingFact, EvidenceAt } from '../../../core/discovery/facts.js';
import { CONFIGMAP_DOCUMENT_GROUP } from '../../../core/discovery/configmap-documents.js';
import { bindingFact, literal } from './emit.js';
import { flattenLeaves, parseYamlDocuments } from './yaml-nodes.js';

/**
 * The settings of a ConfigMap entry that is a YAML (or JSON) mapping written as a block
 * (`key: |`), each a member of the ConfigMap's document group; nothing for a plain value or a
 * one-line text. `entryLine` is the entry's key's line; the block starts on the next.
 */
export function configMapDocumentFacts(configMap: string, dataKey: string, value: string, entryLine: number, evidenceAt: EvidenceAt): BindingFact[] {
  if (!literal(configMap) || !literal(dataKey) || !value.includes('\n')) return [];
  let documents;
  try {
    documents = parseYamlDocuments(value);
  } catch {
    return [];
  }
  const [document] = documents;
  if (documents.length !== 1 || !document || !document.isMap(document.root)) return [];
  const group = `${CONFIGMAP_DOCUMENT_GROUP}${configMap}`;
  return flattenLeaves(document, document.root, '.')
    .filter((leaf) => leaf.value.trim() !== '')
    .map((leaf) => {
      const { type, key, value: masked, evidence } = bindingFact({ scope: '' }, `${dataKey}.${leaf.key}`, leaf.value, entryLine + leaf.line, evidenceAt);
      return { type, group, key, value: masked, evidence };
    });
}
