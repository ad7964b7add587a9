/**
 * Which systems and integrations a filtered map shows. Two kinds of filter, because people ask two
 * kinds of question:
 * - mechanism, health, status pick integrations ("every fragile file transfer"); the map then
 *   shows those integrations and the systems at their ends, and nothing unconnected;
 * - team and tag pick systems ("what Commerce owns"); the map shows those systems, every kept
 *   integration touching them, and the systems at the other end as context (drawn faded).
 * An integration maintained by a listed team or tagged with a listed tag counts as picked too.
 */
import type { IntegrationInput, SystemInput } from '../../../../src/core/model/schemas.js';
import type { MapFilters } from './map-query.js';

export interface Landscape {
  systems: SystemInput[];
  integrations: IntegrationInput[];
}

export interface FilteredLandscape {
  systems: SystemInput[];
  integrations: IntegrationInput[];
  /** Systems shown only because they are the other end of a picked system's integration. */
  context: Set<string>;
}

function anyOf(wanted: readonly string[], values: readonly string[] | undefined): boolean {
  return wanted.length === 0 || (values ?? []).some((value) => wanted.includes(value));
}

export function filterLandscape(landscape: Landscape, filters: MapFilters): FilteredLandscape {
  const systemFilter = filters.team.length > 0 || filters.tag.length > 0;
  const integrationFilter = filters.mechanism.length > 0 || filters.health.length > 0 || filters.status.length > 0;
  const byId = new Map(landscape.systems.map((system) => [system.id, system]));
  const systemPicked = (system: SystemInput | undefined): boolean =>
    system !== undefined && anyOf(filters.team, system.owner ? [system.owner] : []) && anyOf(filters.tag, system.tags);

  const integrations = landscape.integrations.filter((integration) => {
    if (filters.mechanism.length > 0 && !filters.mechanism.includes(integration.mechanism)) return false;
    if (filters.health.length > 0 && !filters.health.includes(integration.health ?? 'unknown')) return false;
    if (filters.status.length > 0 && !filters.status.includes(integration.status ?? 'active')) return false;
    if (!byId.has(integration.source) || !byId.has(integration.target)) return false;
    if (!systemFilter) return true;
    const maintainer = integration.owner?.maintainedBy;
    const ownMatch = anyOf(filters.team, maintainer ? [maintainer] : []) && anyOf(filters.tag, integration.tags);
    return ownMatch || systemPicked(byId.get(integration.source)) || systemPicked(byId.get(integration.target));
  });

  const shown = new Set<string>();
  for (const integration of integrations) {
    shown.add(integration.source);
    shown.add(integration.target);
  }
  if (!integrationFilter) {
    for (const system of landscape.systems) if (!systemFilter || systemPicked(system)) shown.add(system.id);
  }
  const systems = landscape.systems.filter((system) => shown.has(system.id));
  const context = new Set(systemFilter ? systems.filter((system) => !systemPicked(system)).map((system) => system.id) : []);
  return { systems, integrations, context };
}
