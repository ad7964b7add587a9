/**
 * A scan's graph in the catalog's shape: systems as they would be created, integrations as
 * proposals carrying their evidence. Used to draw a scan as a map and to apply it to the catalog.
 */
import type { CatalogSnapshot } from '../catalog/snapshot.js';
import type { IntegrationInput, SystemInput } from '../model/schemas.js';
import type { ResolvedGraph, ScannedIntegration } from './resolve.js';

const DATA_OBJECT = /^[A-Za-z0-9_$][A-Za-z0-9_$.\-]{0,127}$/;

/** The most evidence a proposal carries (the catalog's limit). */
const MAX_PROPOSAL_EVIDENCE = 100;

/** One discovered integration as a proposed catalog integration. */
export function proposalOf(integration: ScannedIntegration): IntegrationInput {
  const channelAsData = integration.channel && DATA_OBJECT.test(integration.channel);
  return {
    id: integration.id,
    source: integration.source,
    target: integration.target,
    mechanism: integration.mechanism,
    direction: integration.direction,
    ...(integration.technology ? { technology: integration.technology.slice(0, 200) } : {}),
    ...(channelAsData ? { data: [{ object: integration.channel as string }] } : {}),
    ...(integration.channel && !channelAsData ? { description: `Works on ${integration.channel.slice(0, 500)}` } : {}),
    status: 'proposed',
    provenance: {
      origin: 'discovered',
      source: 'patchbay scan',
      confidence: integration.confidence,
      evidence: integration.evidence.slice(0, MAX_PROPOSAL_EVIDENCE).map((item) => ({ file: item.file.slice(0, 1_000), line: item.line, excerpt: item.excerpt.slice(0, 500) })),
    },
  };
}

/** The whole graph as a catalog snapshot (no teams or domains: a scan cannot know them). */
export function graphToSnapshot(graph: ResolvedGraph): CatalogSnapshot {
  const systems: SystemInput[] = graph.systems.map((system) => ({ id: system.id, name: system.name.slice(0, 200), kind: system.kind, ...(system.exposesApi ? { exposesApi: true } : {}) }));
  return { teams: [], domains: [], systems, integrations: graph.integrations.map(proposalOf) };
}
