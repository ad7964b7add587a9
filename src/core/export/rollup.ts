/**
 * The one graph every map format draws. A catalog with a few hundred systems is unreadable as a
 * single picture, so a map can be rolled up to one node per domain or per owning team; doing that
 * here, once, means Mermaid, DOT and Structurizr cannot disagree about what a roll-up contains.
 * Without grouping the same shape carries one node per system, so each renderer has one input.
 *
 * Everything in the snapshot is drawn, whatever its lifecycle or status: choosing what to show is
 * the caller's business (filter the snapshot first), not the renderer's.
 */
import type { CatalogSnapshot } from '../catalog/snapshot.js';
import { PatchbayError, type FieldIssue } from '../errors.js';
import type { IntegrationInput, SystemInput } from '../model/schemas.js';
import {
  MECHANISMS,
  type Direction,
  type Health,
  type Lifecycle,
  type Mechanism,
  type SystemKind,
} from '../model/vocabulary.js';
import { compareKeys, singleLine } from './text.js';

/** How far a map is rolled up: not at all, to business domains, or to owning teams. */
export type GroupBy = 'none' | 'domain' | 'team';

/** Options every map format accepts; grouping is the only one because it changes what is drawn. */
export interface MapOptions {
  groupBy?: GroupBy;
}

/** Key of the group that collects systems without a domain (or owner); a leading hyphen is never a catalog id. */
export const UNASSIGNED_GROUP_KEY = '-unassigned';

/** What the group of systems without a domain (or owner) is called on the map. */
export const UNASSIGNED_GROUP_NAME = 'unassigned';

/** A system drawn as itself, carrying what renderers need to pick a shape and tags. */
export interface SystemMapNode {
  type: 'system';
  /** The system's id: unique within the graph. */
  key: string;
  /** The system's name on one line (its id when the name is blank). */
  name: string;
  /** The text to print in the node; for a system, its name. */
  label: string;
  kind: SystemKind;
  lifecycle: Lifecycle;
  owner?: string;
  domain?: string;
  description?: string;
}

/** A domain or team standing in for all its systems. */
export interface GroupMapNode {
  type: 'group';
  /** The domain or team id, or UNASSIGNED_GROUP_KEY. */
  key: string;
  /** The domain or team name on one line. */
  name: string;
  /** The name with what the group hides, e.g. "Sales (5 systems, 3 internal integrations)". */
  label: string;
  /** The same counts without the name, for formats that show name and description apart. */
  summary: string;
  groupBy: 'domain' | 'team';
  unassigned: boolean;
  systemIds: string[];
  /** Integrations with both ends in this group: not drawn as edges, so counted here. */
  internalIntegrations: number;
}

/** A node of the map: a system, or a group of systems. */
export type MapNode = SystemMapNode | GroupMapNode;

/** One line on the map: a single integration, or all integrations between two groups. */
export interface MapEdge {
  /** Key of the node the data comes from. */
  source: string;
  /** Key of the node the data goes to. */
  target: string;
  /** The integrations this edge stands for, sorted by id. */
  integrationIds: string[];
  /** What the edge is: the integration's name (or id), or "7 integrations". */
  title: string;
  /** How it is built: "messaging / Azure Service Bus", or "rest, messaging" for a roll-up. */
  technology: string;
  /** The text to print on the line. */
  label: string;
  /** Distinct mechanisms, in the vocabulary's order. */
  mechanisms: Mechanism[];
  /** The integration's direction; for a roll-up the shared one, else one-way. */
  direction: Direction;
  /** The integration's health; for a roll-up the worst, so a fragile link is never hidden. */
  health: Health;
}

/** The input of every map renderer: nodes and edges, both in a fixed order. */
export interface MapGraph {
  groupBy: GroupBy;
  nodes: MapNode[];
  edges: MapEdge[];
}

/** Severity for picking a roll-up's health: a known problem outranks ignorance, which outranks good news. */
const HEALTH_SEVERITY: Readonly<Record<Health, number>> = { reliable: 0, monitored: 1, unknown: 2, fragile: 3 };

/** Builds the graph a map draws; `unknown-reference` on dangling references, since dropping or inventing nodes would mislead. */
export function rollUp(snapshot: CatalogSnapshot, groupBy: GroupBy = 'none'): MapGraph {
  checkReferences(snapshot, groupBy);
  return groupBy === 'none' ? systemGraph(snapshot) : groupGraph(snapshot, groupBy);
}

/** Every reference the map needs must resolve, reported all at once so one run shows every problem. */
function checkReferences(snapshot: CatalogSnapshot, groupBy: GroupBy): void {
  const issues: FieldIssue[] = [];
  const systemIds = new Set(snapshot.systems.map((system) => system.id));
  snapshot.integrations.forEach((integration, index) => {
    for (const end of ['source', 'target'] as const) {
      if (!systemIds.has(integration[end])) {
        issues.push({
          pointer: `/integrations/${index}/${end}`,
          message: `integration '${integration.id}' refers to system '${integration[end]}', which is not in the snapshot`,
        });
      }
    }
  });
  if (groupBy !== 'none') {
    const field = groupBy === 'domain' ? 'domain' : 'owner';
    const known = new Set((groupBy === 'domain' ? snapshot.domains : snapshot.teams).map((entity) => entity.id));
    snapshot.systems.forEach((system, index) => {
      const ref = system[field];
      if (ref !== undefined && !known.has(ref)) {
        issues.push({
          pointer: `/systems/${index}/${field}`,
          message: `system '${system.id}' refers to ${groupBy} '${ref}', which is not in the snapshot`,
        });
      }
    });
  }
  if (issues.length > 0) {
    const summary = issues.map((issue) => issue.message).join('; ');
    throw new PatchbayError('unknown-reference', `The map cannot be drawn: ${summary}`, { issues });
  }
}

/** A name on one line, falling back to the id so no node or edge is ever blank. */
function displayName(name: string | undefined, id: string): string {
  return singleLine(name ?? '') || id;
}

/** "messaging / Azure Service Bus", or just the mechanism when the technology is not known. */
function technologyOf(integration: IntegrationInput): string {
  const technology = singleLine(integration.technology ?? '');
  return technology ? `${integration.mechanism} / ${technology}` : integration.mechanism;
}

/** One node per system and one edge per integration. */
function systemGraph(snapshot: CatalogSnapshot): MapGraph {
  const nodes: SystemMapNode[] = [...snapshot.systems]
    .sort((a, b) => compareKeys(a.id, b.id))
    .map((system) => systemNode(system));
  const edges: MapEdge[] = [...snapshot.integrations]
    .sort((a, b) => compareKeys(a.id, b.id))
    .map((integration) => {
      const technology = technologyOf(integration);
      return {
        source: integration.source,
        target: integration.target,
        integrationIds: [integration.id],
        title: displayName(integration.name, integration.id),
        technology,
        label: technology,
        mechanisms: [integration.mechanism],
        direction: integration.direction ?? 'one-way',
        health: integration.health ?? 'unknown',
      };
    });
  return { groupBy: 'none', nodes, edges };
}

/** The map node of one system, with defaults written out so renderers never guess. */
function systemNode(system: SystemInput): SystemMapNode {
  const name = displayName(system.name, system.id);
  const description = singleLine(system.description ?? '');
  return {
    type: 'system',
    key: system.id,
    name,
    label: name,
    kind: system.kind,
    lifecycle: system.lifecycle ?? 'active',
    ...(system.owner === undefined ? {} : { owner: system.owner }),
    ...(system.domain === undefined ? {} : { domain: system.domain }),
    ...(description ? { description } : {}),
  };
}

/** "1 system" / "3 integrations": counts read as words on the map. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Group order: by key, with the unassigned group last because it is the leftover, not a peer. */
function compareGroupKeys(a: string, b: string): number {
  if (a === b) return 0;
  if (a === UNASSIGNED_GROUP_KEY) return 1;
  if (b === UNASSIGNED_GROUP_KEY) return -1;
  return compareKeys(a, b);
}

/** One node per domain or team that has systems, and one edge per ordered pair of groups. */
function groupGraph(snapshot: CatalogSnapshot, groupBy: 'domain' | 'team'): MapGraph {
  const names = new Map<string, string>(
    (groupBy === 'domain' ? snapshot.domains : snapshot.teams).map((entity) => [entity.id, displayName(entity.name, entity.id)]),
  );
  const groupOfSystem = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const system of snapshot.systems) {
    const key = (groupBy === 'domain' ? system.domain : system.owner) ?? UNASSIGNED_GROUP_KEY;
    groupOfSystem.set(system.id, key);
    members.set(key, [...(members.get(key) ?? []), system.id]);
  }

  const internal = new Map<string, number>();
  const between = new Map<string, Map<string, IntegrationInput[]>>();
  for (const integration of snapshot.integrations) {
    // checkReferences has run, so both ends are known systems.
    const from = groupOfSystem.get(integration.source) as string;
    const to = groupOfSystem.get(integration.target) as string;
    if (from === to) {
      internal.set(from, (internal.get(from) ?? 0) + 1);
      continue;
    }
    const targets = between.get(from) ?? new Map<string, IntegrationInput[]>();
    targets.set(to, [...(targets.get(to) ?? []), integration]);
    between.set(from, targets);
  }

  const nodes: GroupMapNode[] = [...members.keys()].sort(compareGroupKeys).map((key) => {
    const unassigned = key === UNASSIGNED_GROUP_KEY;
    const name = unassigned ? UNASSIGNED_GROUP_NAME : (names.get(key) ?? key);
    const systemIds = [...(members.get(key) ?? [])].sort(compareKeys);
    const internalIntegrations = internal.get(key) ?? 0;
    const summary =
      internalIntegrations > 0
        ? `${count(systemIds.length, 'system')}, ${count(internalIntegrations, 'internal integration')}`
        : count(systemIds.length, 'system');
    return {
      type: 'group',
      key,
      name,
      label: `${name} (${summary})`,
      summary,
      groupBy,
      unassigned,
      systemIds,
      internalIntegrations,
    };
  });

  const edges: MapEdge[] = [];
  for (const from of [...between.keys()].sort(compareGroupKeys)) {
    const targets = between.get(from) as Map<string, IntegrationInput[]>;
    for (const to of [...targets.keys()].sort(compareGroupKeys)) {
      edges.push(aggregateEdge(from, to, targets.get(to) as IntegrationInput[]));
    }
  }
  return { groupBy, nodes, edges };
}

/** The single edge standing for every integration from one group to another. */
function aggregateEdge(source: string, target: string, integrations: IntegrationInput[]): MapEdge {
  const used = new Set(integrations.map((integration) => integration.mechanism));
  const mechanisms = MECHANISMS.filter((mechanism) => used.has(mechanism));
  const directions = new Set(integrations.map((integration) => integration.direction ?? 'one-way'));
  const [onlyDirection] = directions;
  const health = integrations
    .map((integration) => integration.health ?? 'unknown')
    .reduce((worst, next) => (HEALTH_SEVERITY[next] > HEALTH_SEVERITY[worst] ? next : worst));
  const title = count(integrations.length, 'integration');
  const technology = mechanisms.join(', ');
  return {
    source,
    target,
    integrationIds: integrations.map((integration) => integration.id).sort(compareKeys),
    title,
    technology,
    label: `${title}: ${technology}`,
    mechanisms,
    direction: directions.size === 1 && onlyDirection !== undefined ? onlyDirection : 'one-way',
    health,
  };
}
