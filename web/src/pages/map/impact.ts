/**
 * Impact mode: what lights up. The API answers the question (dependents of a system, or the
 * integrations carrying a data field) so the map and the API never disagree; this module only
 * turns those answers into the systems and integrations to light, and then into map elements.
 */
import type { IntegrationInput } from '../../../../src/core/model/schemas.js';
import type { MapGraph } from './map-graph.js';

export interface Lit {
  systems: Set<string>;
  integrations: Set<string>;
}

/**
 * A system and every system its data reaches (the API's dependents). An integration is lit when
 * it carries the data onwards: both ends lit, and not flowing back into the system asked about
 * unless it goes both ways. Retired integrations are ignored, as the API's walk ignores them.
 */
export function litByDependents(root: string, dependents: readonly string[], integrations: readonly IntegrationInput[]): Lit {
  const systems = new Set([root, ...dependents]);
  const lit = new Set<string>();
  for (const integration of integrations) {
    if ((integration.status ?? 'active') === 'retired') continue;
    if (!systems.has(integration.source) || !systems.has(integration.target)) continue;
    if (integration.target === root && (integration.direction ?? 'one-way') !== 'bidirectional') continue;
    lit.add(integration.id);
  }
  return { systems, integrations: lit };
}

/** The integrations carrying a data field (the API's `carries=` answer) and the systems at their ends. */
export function litByCarriers(carriers: readonly IntegrationInput[]): Lit {
  const systems = new Set<string>();
  for (const integration of carriers) {
    systems.add(integration.source);
    systems.add(integration.target);
  }
  return { systems, integrations: new Set(carriers.map((integration) => integration.id)) };
}

/** Node and edge ids of the map that light up: a collapsed group lights when any member does. */
export function litElementIds(graph: MapGraph, lit: Lit): Set<string> {
  const ids = new Set<string>();
  for (const node of graph.nodes) {
    if (node.type === 'system' ? lit.systems.has(node.systemId) : node.collapsed && node.systemIds.some((id) => lit.systems.has(id))) ids.add(node.id);
  }
  for (const edge of graph.edges) if (edge.integrationIds.some((id) => lit.integrations.has(id))) ids.add(edge.id);
  return ids;
}
