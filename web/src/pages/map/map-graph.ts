/**
 * The graph the map draws, independent of the drawing library: one node per system (inside its
 * group when grouped), one node per collapsed group, one edge per integration, and one counted
 * edge for the integrations between a collapsed group and the rest. Ids are prefixed by what they
 * stand for (`s:` system, `g:` group, `i:` integration, `l:` aggregated link) so they never clash.
 */
import type { IntegrationInput, SystemInput } from '../../../../src/core/model/schemas.js';
import type { Direction, Health, IntegrationStatus, Mechanism, SystemKind } from '../../../../src/core/model/vocabulary.js';
import type { FilteredLandscape } from './landscape-filter.js';
import type { Grouping } from './map-query.js';

export const UNASSIGNED = '-unassigned';

export interface SystemNode {
  id: string;
  type: 'system';
  systemId: string;
  label: string;
  kind: SystemKind;
  /** Owning team id, for the node's colour. */
  team: string | null;
  /** The group (compound parent) node id, when grouped and expanded. */
  parent: string | null;
  context: boolean;
}

export interface GroupNode {
  id: string;
  type: 'group';
  key: string;
  name: string;
  label: string;
  collapsed: boolean;
  systemIds: string[];
  /** Integrations with both ends in the group: hidden inside a collapsed group, so counted. */
  internal: number;
  /** The team whose colour a team group wears. */
  team: string | null;
}

export type MapNode = SystemNode | GroupNode;

export interface MapEdge {
  id: string;
  /** `integration`: one integration; `link`: several, between a collapsed group and another node. */
  type: 'integration' | 'link';
  source: string;
  target: string;
  integrationIds: string[];
  label: string;
  mechanisms: Mechanism[];
  direction: Direction;
  /** The worst health, so one fragile integration is never hidden in a roll-up. */
  health: Health;
  status: IntegrationStatus;
}

export interface MapGraph {
  nodes: MapNode[];
  edges: MapEdge[];
  /** Systems drawn as their own node. */
  systemCount: number;
  /** Integrations the edges stand for, plus those hidden inside collapsed groups. */
  integrationCount: number;
}

export interface GraphOptions {
  grouping: Grouping;
  /** Keys of the collapsed groups; `all` collapses every group. */
  collapsed: Set<string> | 'all';
  teamNames: Map<string, string>;
  domainNames: Map<string, string>;
}

const HEALTH_SEVERITY: Readonly<Record<Health, number>> = { reliable: 0, monitored: 1, unknown: 2, fragile: 3 };

export function worstHealth(healths: Iterable<Health>): Health {
  let worst: Health | null = null;
  for (const health of healths) if (worst === null || HEALTH_SEVERITY[health] > HEALTH_SEVERITY[worst]) worst = health;
  return worst ?? 'unknown';
}

export function groupKeyOf(system: SystemInput, grouping: Grouping): string {
  if (grouping === 'none') return UNASSIGNED;
  return (grouping === 'team' ? system.owner : system.domain) ?? UNASSIGNED;
}

export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}

function groupNodeId(key: string): string {
  return `g:${key}`;
}

/** The label of a single integration's edge: its mechanism, and technology when known. */
function integrationLabel(integration: IntegrationInput): string {
  return integration.technology ? `${integration.mechanism} · ${integration.technology}` : integration.mechanism;
}

export function buildMapGraph(view: FilteredLandscape, options: GraphOptions): MapGraph {
  const { grouping } = options;
  const nodes: MapNode[] = [];
  const nodeOfSystem = new Map<string, string>();
  const groups = new Map<string, SystemInput[]>();
  if (grouping !== 'none') {
    for (const system of view.systems) {
      const key = groupKeyOf(system, grouping);
      groups.set(key, [...(groups.get(key) ?? []), system]);
    }
  }
  const isCollapsed = (key: string) => options.collapsed === 'all' || options.collapsed.has(key);
  const names = grouping === 'team' ? options.teamNames : options.domainNames;

  const internal = new Map<string, number>();
  // Groups first so a compound parent precedes its children (cytoscape needs parents to exist).
  const sortedKeys = [...groups.keys()].sort((a, b) => (a === UNASSIGNED ? 1 : b === UNASSIGNED ? -1 : (names.get(a) ?? a).localeCompare(names.get(b) ?? b)));
  const groupOf = new Map<string, string>();
  for (const key of sortedKeys) for (const system of groups.get(key) ?? []) groupOf.set(system.id, key);
  for (const integration of view.integrations) {
    const from = groupOf.get(integration.source);
    if (from !== undefined && from === groupOf.get(integration.target)) internal.set(from, (internal.get(from) ?? 0) + 1);
  }
  for (const key of sortedKeys) {
    const members = groups.get(key) ?? [];
    const collapsed = isCollapsed(key);
    const name = key === UNASSIGNED ? (grouping === 'team' ? 'No owner' : 'No domain') : (names.get(key) ?? key);
    const count = internal.get(key) ?? 0;
    const label = collapsed ? `${name}\n${plural(members.length, 'system')}${count > 0 ? ` · ${plural(count, 'integration')} inside` : ''}` : name;
    nodes.push({
      id: groupNodeId(key),
      type: 'group',
      key,
      name,
      label,
      collapsed,
      systemIds: members.map((system) => system.id),
      internal: count,
      team: grouping === 'team' && key !== UNASSIGNED ? key : null,
    });
    for (const system of members) nodeOfSystem.set(system.id, collapsed ? groupNodeId(key) : `s:${system.id}`);
  }

  let systemCount = 0;
  for (const system of view.systems) {
    const key = grouping === 'none' ? null : groupKeyOf(system, grouping);
    if (key !== null && isCollapsed(key)) continue;
    nodeOfSystem.set(system.id, `s:${system.id}`);
    systemCount += 1;
    nodes.push({
      id: `s:${system.id}`,
      type: 'system',
      systemId: system.id,
      label: system.name || system.id,
      kind: system.kind,
      team: system.owner ?? null,
      parent: key === null ? null : groupNodeId(key),
      context: view.context.has(system.id),
    });
  }

  const edges: MapEdge[] = [];
  const links = new Map<string, IntegrationInput[]>();
  let integrationCount = 0;
  for (const integration of view.integrations) {
    const source = nodeOfSystem.get(integration.source);
    const target = nodeOfSystem.get(integration.target);
    if (source === undefined || target === undefined) continue;
    integrationCount += 1;
    if (source === target) continue; // inside one collapsed group: counted on the group node
    if (source.startsWith('s:') && target.startsWith('s:')) {
      edges.push({
        id: `i:${integration.id}`,
        type: 'integration',
        source,
        target,
        integrationIds: [integration.id],
        label: integrationLabel(integration),
        mechanisms: [integration.mechanism],
        direction: integration.direction ?? 'one-way',
        health: integration.health ?? 'unknown',
        status: integration.status ?? 'active',
      });
    } else {
      const key = `${source}>${target}`;
      links.set(key, [...(links.get(key) ?? []), integration]);
    }
  }
  for (const [key, members] of links) {
    const [source, target] = key.split('>') as [string, string];
    const [first] = members;
    if (members.length === 1 && first) {
      edges.push({
        id: `i:${first.id}`,
        type: 'integration',
        source,
        target,
        integrationIds: [first.id],
        label: integrationLabel(first),
        mechanisms: [first.mechanism],
        direction: first.direction ?? 'one-way',
        health: first.health ?? 'unknown',
        status: first.status ?? 'active',
      });
      continue;
    }
    const mechanisms = [...new Set(members.map((integration) => integration.mechanism))].sort();
    const directions = new Set(members.map((integration) => integration.direction ?? 'one-way'));
    const statuses = new Set(members.map((integration) => integration.status ?? 'active'));
    edges.push({
      id: `l:${key}`,
      type: 'link',
      source,
      target,
      integrationIds: members.map((integration) => integration.id).sort(),
      label: String(members.length),
      mechanisms,
      direction: directions.size === 1 ? ([...directions][0] as Direction) : 'one-way',
      health: worstHealth(members.map((integration) => integration.health ?? 'unknown')),
      // The link looks planned only when all of it is; any active integration makes it active.
      status: statuses.has('active') ? 'active' : ([...statuses][0] as IntegrationStatus),
    });
  }
  return { nodes, edges, systemCount, integrationCount };
}
