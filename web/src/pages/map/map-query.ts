/**
 * The map's view as URL query parameters, so a reload or a shared link shows the same view:
 * filters, grouping and which groups are collapsed, the selection, impact mode and the layout.
 * Unknown values are dropped rather than refused: a stale link should still open a map.
 */
import { HEALTHS, INTEGRATION_STATUSES, MECHANISMS, type Health, type IntegrationStatus, type Mechanism } from '../../../../src/core/model/vocabulary.js';

export type Grouping = 'none' | 'team' | 'domain';
export type LayoutChoice = 'auto' | 'elk' | 'quick';

export interface MapFilters {
  team: string[];
  mechanism: Mechanism[];
  health: Health[];
  status: IntegrationStatus[];
  tag: string[];
}

/** What impact mode lights up: what depends on a system, or what carries a data object or field. */
export type ImpactTarget = { type: 'system'; id: string } | { type: 'field'; field: string };

export interface MapView {
  filters: MapFilters;
  /** null: not chosen, so the map picks (grouped by domain when the landscape is big). */
  group: Grouping | null;
  /** null: not chosen (all collapsed when big, else none); otherwise the collapsed group keys. */
  collapsed: string[] | null;
  /** `system:<id>`, `integration:<id>`, `group:<key>` or `link:<from>><to>` (an aggregated edge). */
  selected: string | null;
  impact: ImpactTarget | null;
  /** Hops for system impact; null means all. */
  depth: number | null;
  layout: LayoutChoice;
}

export const EMPTY_FILTERS: MapFilters = { team: [], mechanism: [], health: [], status: [], tag: [] };

const GROUPINGS: readonly Grouping[] = ['none', 'team', 'domain'];
const LAYOUTS: readonly LayoutChoice[] = ['auto', 'elk', 'quick'];

function list(params: URLSearchParams, key: string): string[] {
  const value = params.get(key);
  if (!value) return [];
  return [...new Set(value.split(',').map((item) => item.trim()).filter(Boolean))];
}

function listOf<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T[] {
  return list(params, key).filter((item): item is T => (allowed as readonly string[]).includes(item));
}

export function parseView(params: URLSearchParams): MapView {
  const group = params.get('group');
  const collapsed = params.get('collapsed');
  const impact = params.get('impact');
  const depth = Number(params.get('depth'));
  const layout = params.get('layout');
  let target: ImpactTarget | null = null;
  if (impact?.startsWith('system:') && impact.length > 7) target = { type: 'system', id: impact.slice(7) };
  else if (impact?.startsWith('field:') && impact.length > 6) target = { type: 'field', field: impact.slice(6) };
  return {
    filters: {
      team: list(params, 'team'),
      mechanism: listOf(params, 'mechanism', MECHANISMS),
      health: listOf(params, 'health', HEALTHS),
      status: listOf(params, 'status', INTEGRATION_STATUSES),
      tag: list(params, 'tag'),
    },
    group: GROUPINGS.includes(group as Grouping) ? (group as Grouping) : null,
    collapsed: collapsed === null ? null : collapsed.split(',').filter(Boolean),
    selected: params.get('selected') || null,
    impact: target,
    depth: Number.isInteger(depth) && depth >= 1 && depth <= 100 ? depth : null,
    layout: LAYOUTS.includes(layout as LayoutChoice) ? (layout as LayoutChoice) : 'auto',
  };
}

/** The query parameters of a view; defaults are left out so links stay short. */
export function viewParams(view: MapView): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['team', 'mechanism', 'health', 'status', 'tag'] as const) {
    if (view.filters[key].length > 0) params.set(key, view.filters[key].join(','));
  }
  if (view.group) params.set('group', view.group);
  // An empty value is meaningful: "nothing collapsed", as opposed to "the default".
  if (view.collapsed) params.set('collapsed', view.collapsed.join(','));
  if (view.selected) params.set('selected', view.selected);
  if (view.impact) params.set('impact', view.impact.type === 'system' ? `system:${view.impact.id}` : `field:${view.impact.field}`);
  if (view.depth !== null) params.set('depth', String(view.depth));
  if (view.layout !== 'auto') params.set('layout', view.layout);
  return params;
}

export function activeFilterCount(filters: MapFilters): number {
  return Object.values(filters).reduce((sum, values) => sum + values.length, 0);
}
