/**
 * The configuration file of a dskit database (Loki, Mimir, Tempo, Cortex; core/discovery/dskit.ts):
 * one YAML file every part mounts, each setting read by some parts only. Each setting the schema
 * table knows becomes a connection per part reading it, in that part's group of the file
 * (`dskitConfigGroup(file, "querier")`); a compose service running the image with `-target=querier`
 * and mounting the file where its `-config.file` reads it takes that group in (docker-compose.ts).
 * A copy nothing mounts connects nothing. Memberlist join lists and ring kv-stores are peer
 * discovery and give nothing here; a cache switched off (`enabled: false`, empty addresses) gives
 * nothing. `${VAR}` alone is the part's environment variable (`-config.expand-env=true`);
 * `${VAR:-default}` its default.
 */
import { dskitCacheDisabled, dskitConfigGroup, dskitSettingOf, dskitTargets } from '../../../core/discovery/dskit.js';
import { CONFIDENCE, type ConnectionFact, type EvidenceAt, type Fact, type SourceFile } from '../../../core/discovery/facts.js';
import { isTestCode } from '../../../core/discovery/file-paths.js';
import type { Source } from '../../source.js';
import { neverThrows } from './emit.js';
import { baseName } from './paths.js';
import { soleVariable, withComposeDefaults } from './placeholders.js';
import { flattenLeaves, parseYamlDocuments } from './yaml-nodes.js';

/** Top-level sections only a dskit database's configuration has. */
const DSKIT_SECTIONS = /^(frontend_worker|query_scheduler|schema_config|limits_config|blocks_storage|ingester_client|index_gateway|store_gateway|chunk_store_config|query_range|memberlist|metrics_generator)\s*:/m;

/** The dskit-config source. */
export const dskitConfigSource: Source = {
  name: 'dskit-config',
  extensions: ['.yaml', '.yml'],
  accepts: (path) => /\.ya?ml$/i.test(baseName(path)) && !isTestCode(path),
  read: neverThrows((file: SourceFile, context) => dskitConfigFacts(file.text, file.path, context.evidenceAt)),
};

/** The per-part connections of a dskit configuration file, each in its part's group of `file`. */
export function dskitConfigFacts(text: string, file: string, evidenceAt: EvidenceAt): Fact[] {
  if (!DSKIT_SECTIONS.test(text) || !/^server\s*:|^ingester\s*:|^distributor\s*:|^common\s*:|^storage\s*:/m.test(text)) return [];
  const facts: ConnectionFact[] = [];
  for (const yaml of parseYamlDocuments(text)) {
    const root = yaml.root;
    if (!yaml.isMap(root) || yaml.get(root, 'kind') !== undefined || yaml.get(root, 'apiVersion') !== undefined) continue;
    const leaves = flattenLeaves(yaml, root, '.').map((leaf) => ({ ...leaf, key: leaf.key.replace(/\[(\d+)\]/g, '.$1') }));
    const byPath = new Map(leaves.map((leaf) => [leaf.key, leaf.value]));
    for (const leaf of leaves) {
      const setting = dskitSettingOf(leaf.key);
      if (!setting) continue;
      if (setting.technology === 'Memcached' && dskitCacheDisabled(leaf.key, (path) => byPath.get(path))) continue;
      const variable = soleVariable(leaf.value);
      const targets = variable !== undefined ? [{ key: variable }] : dskitTargets(withComposeDefaults(leaf.value), setting.value);
      for (const target of targets) {
        for (const part of setting.parts) {
          facts.push({
            type: 'connection',
            group: dskitConfigGroup(file, part),
            target,
            role: setting.mechanism === 'grpc' || setting.mechanism === 'rest' ? 'calls' : 'uses',
            mechanism: setting.mechanism,
            ...(setting.technology !== undefined ? { technology: setting.technology } : {}),
            evidence: evidenceAt(leaf.line),
            confidence: CONFIDENCE.literal,
          });
        }
      }
    }
  }
  if (facts.length === 0) return [];
  // A member makes each part's group exist for whoever takes it in; the connections follow it.
  const groups = [...new Set(facts.map((fact) => fact.group as string))];
  return [...groups.map((group) => ({ type: 'binding', group, key: 'dskit-config', value: file, evidence: evidenceAt(1) }) satisfies Fact), ...facts];
}
