/**
 * The dashboard's figures that the API cannot count for us, and the links from each figure to the
 * view where someone can act on it.
 *
 * The list API has no "has no owner" or "has no on-call" filter (src/core/catalog/queries.ts), so
 * ownership gaps are counted here from the full lists. Retired systems need no owner; only
 * integrations in service (active or deprecated) need a maintaining team and someone on call —
 * proposed and planned ones are not running yet, retired ones no longer are.
 */
import { HEALTHS, type Health } from '../../../../src/core/model/vocabulary.js';

interface SystemLike {
  id: string;
  name: string;
  owner?: string | undefined;
  lifecycle?: string | undefined;
}

interface IntegrationLike {
  id: string;
  name?: string | undefined;
  status?: string | undefined;
  owner?: { maintainedBy?: string | undefined; onCall?: string | undefined } | undefined;
}

export const IN_SERVICE = ['active', 'deprecated'] as const;

export interface OwnershipGaps<S, I> {
  /** Systems that are not retired, of which… */
  systemsConsidered: number;
  systemsWithoutOwner: S[];
  /** Integrations in service, of which… */
  integrationsInService: number;
  integrationsWithoutMaintainer: I[];
  integrationsWithoutOnCall: I[];
}

const blank = (value: string | undefined) => value === undefined || value.trim() === '';

/** Systems without an owning team; integrations in service without a maintaining team or on-call. */
export function ownershipGaps<S extends SystemLike, I extends IntegrationLike>(systems: readonly S[], integrations: readonly I[]): OwnershipGaps<S, I> {
  const liveSystems = systems.filter((system) => system.lifecycle !== 'retired');
  const inService = integrations.filter((integration) => (IN_SERVICE as readonly string[]).includes(integration.status ?? 'active'));
  return {
    systemsConsidered: liveSystems.length,
    systemsWithoutOwner: liveSystems.filter((system) => blank(system.owner)),
    integrationsInService: inService.length,
    integrationsWithoutMaintainer: inService.filter((integration) => blank(integration.owner?.maintainedBy)),
    integrationsWithoutOnCall: inService.filter((integration) => blank(integration.owner?.onCall)),
  };
}

export interface HealthSlice {
  health: Health;
  count: number;
  /** Share of the total, 0–100, rounded so the slices add up to 100 (when there are any). */
  percent: number;
}

/**
 * The integrations by health in the vocabulary's order, with shares that add up to exactly 100
 * (largest remainders get the rounding), so the bar fills its width without a gap or overflow.
 */
export function healthSlices(counts: Partial<Record<Health, number>>): HealthSlice[] {
  const total = HEALTHS.reduce((sum, health) => sum + (counts[health] ?? 0), 0);
  if (total === 0) return HEALTHS.map((health) => ({ health, count: 0, percent: 0 }));
  const exact = HEALTHS.map((health) => ((counts[health] ?? 0) * 100) / total);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((sum, value) => sum + value, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    floors[index] = (floors[index] ?? 0) + 1;
    left -= 1;
  }
  return HEALTHS.map((health, index) => ({ health, count: counts[health] ?? 0, percent: floors[index] ?? 0 }));
}

/** What each health means, in words for the card. */
export const HEALTH_LABELS: Record<Health, string> = {
  monitored: 'Monitored',
  reliable: 'Reliable',
  fragile: 'Fragile',
  unknown: 'Unknown',
};

/** Where to act: the inventory, map and other views, filtered by their query strings. */
export const links = {
  inventory: (kind: 'systems' | 'integrations' | 'teams' | 'domains', filters: Record<string, string> = {}) => withQuery(`/inventory/${kind}`, filters),
  integration: (id: string) => `/inventory/integrations/${encodeURIComponent(id)}`,
  editIntegration: (id: string) => `/inventory/integrations/${encodeURIComponent(id)}/edit`,
  editSystem: (id: string) => `/inventory/systems/${encodeURIComponent(id)}/edit`,
  map: (filters: Record<string, string> = {}) => withQuery('/map', filters),
  discovery: (tab?: 'drift') => (tab ? `/discovery?tab=${tab}` : '/discovery'),
};

function withQuery(path: string, filters: Record<string, string>): string {
  const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== '')).toString();
  return query ? `${path}?${query}` : path;
}

/** "1 system", "2 systems". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
