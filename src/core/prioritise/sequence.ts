/**
 * Prioritising a catalog's integrations: score each, place it in the guide's matrix, and put them
 * in an order to work through that never starts an integration before the ones it depends on.
 * Pure: it takes the catalog's data and returns a plain, JSON-ready result.
 */
import { PatchbayError } from '../errors.js';
import { compareKeys } from '../export/text.js';
import type { IntegrationInput, SystemInput } from '../model/schemas.js';
import type { IntegrationStatus } from '../model/vocabulary.js';
import type { Breakdown } from './derive.js';
import { buildDependencyGraph, chainDepths, stronglyConnected, type DependencyNode } from './graph.js';
import { MinHeap } from './heap.js';
import { QUADRANT_BY_ID, QUADRANTS, parseThresholds, quadrantOf, type QuadrantId, type Thresholds } from './quadrant.js';
import { scoreIntegration } from './score.js';
import { VALUE_CRITERIA, parseWeights, type ValueCriterion, type Weights } from './weights.js';

/** What to prioritise: the catalog's integrations and systems (a CatalogSnapshot will do), and optionally how to weigh and split. */
export interface PrioritiseInput {
  integrations: readonly IntegrationInput[];
  systems: readonly SystemInput[];
  /** Defaults to DEFAULT_WEIGHTS; checked with parseWeights, so partial weights are merged over the defaults. */
  weights?: Weights | undefined;
  /** Defaults to DEFAULT_THRESHOLDS (value >= 3 is high, complexity < 3 is low). */
  thresholds?: Partial<Thresholds> | undefined;
}

/** One integration's place in the prioritisation. */
export interface PrioritisedIntegration {
  id: string;
  /** The integration's name, or its id when it has none. */
  name: string;
  source: string;
  target: string;
  status: IntegrationStatus;
  /** Weighted business value, 1-5, two decimals. */
  value: number;
  /** Weighted technical complexity, 1-5, two decimals. */
  complexity: number;
  quadrant: QuadrantId;
  breakdown: Breakdown;
  /** True when a weighted value criterion is unrated (it was counted at 3). */
  needsRatings: boolean;
  /** The value criteria still to be rated. */
  missingRatings: ValueCriterion[];
  /** The integration's prerequisites as recorded, including any that are unknown or retired. */
  dependsOn: string[];
  /** Position in the sequence, from 1. */
  rank: number;
  /** Part of a dependency cycle (see `cycles`). */
  inCycle: boolean;
  /** No value rating at all: placed at the midpoint, sequenced after every rated integration, counted apart. */
  unrated: boolean;
}

/** A `dependsOn` entry that names no integration under consideration; it is reported and otherwise ignored. */
export interface UnknownDependency {
  integration: string;
  dependsOn: string;
  /** `retired`: the prerequisite exists but is retired, so it will never be in place. */
  reason: 'not-in-catalog' | 'retired';
}

/** Counts over the whole prioritisation. */
export interface PrioritisationSummary {
  /** Integrations prioritised (all but the retired). */
  considered: number;
  /** Retired integrations left out. */
  retired: number;
  needingRatings: number;
  /** Integrations with no value rating at all; they are not counted in byQuadrant. */
  unrated: number;
  /** Rated integrations per quadrant. */
  byQuadrant: Record<QuadrantId, number>;
}

/** The result of prioritise(): every integration scored, in the order to work through them. */
export interface Prioritisation {
  /** The integrations in sequence order. */
  integrations: PrioritisedIntegration[];
  /** Their ids in sequence order: prerequisites first, then by priority. */
  sequence: string[];
  /** Up to three integrations to start with (see docs/prioritisation.md). */
  topThree: string[];
  /** Each dependency cycle's members, in sequence order; cycles ordered by where they start. */
  cycles: string[][];
  unknownDependencies: UnknownDependency[];
  summary: PrioritisationSummary;
  /** The weights and thresholds used, with defaults filled in, so the result can be reproduced. */
  weights: Weights;
  thresholds: Thresholds;
}

/** Statuses worth starting work on: not built yet. */
const TO_BUILD: ReadonlySet<IntegrationStatus> = new Set(['proposed', 'planned']);

/**
 * Scores and sequences the integrations that are not retired. The sequence is Kahn's algorithm
 * over the dependency graph with its cycles collapsed, taking the highest-priority ready item
 * from a heap: quadrant order, then higher value, then lower complexity, then id.
 */
export function prioritise(input: PrioritiseInput): Prioritisation {
  const weights = parseWeights(input.weights);
  const thresholds = parseThresholds(input.thresholds);
  const systems = new Map<string, SystemInput>();
  for (const system of input.systems) systems.set(system.id, system);

  const retired = new Set<string>();
  const items: IntegrationInput[] = [];
  const seen = new Set<string>();
  input.integrations.forEach((integration, index) => {
    if (seen.has(integration.id)) {
      // Two records with one id would make every dependency on it ambiguous.
      throw new PatchbayError('invalid-input', `Integration id '${integration.id}' appears more than once`, {
        issues: [{ pointer: `/integrations/${index}/id`, message: `duplicate id '${integration.id}'` }],
      });
    }
    seen.add(integration.id);
    if ((integration.status ?? 'active') === 'retired') retired.add(integration.id);
    else items.push(integration);
  });

  const nodes: DependencyNode[] = items.map((item) => ({ id: item.id, dependsOn: item.dependsOn, inPlace: (item.status ?? 'active') === 'active' }));
  const graph = buildDependencyGraph(nodes);
  const components = stronglyConnected(graph);
  const chains = chainDepths(graph, components);

  const count = items.length;
  const quadrantRank = new Int8Array(count);
  const values = new Float64Array(count);
  const complexities = new Float64Array(count);
  // An item with no value rating at all sits at the scale's midpoint by default, which would put
  // every unrated integration among the high-value ones; judged items go first instead.
  const unrated = new Uint8Array(count);
  const weightedValueCriteria = VALUE_CRITERIA.filter((criterion) => weights.value[criterion] > 0).length;
  const scored: PrioritisedIntegration[] = items.map((item, index) => {
    const score = scoreIntegration(item, { target: systems.get(item.target), chain: chains[index] }, weights);
    const quadrant = quadrantOf(score.value, score.complexity, thresholds);
    quadrantRank[index] = QUADRANT_BY_ID[quadrant].order;
    values[index] = score.value;
    complexities[index] = score.complexity;
    unrated[index] = score.missingRatings.length === weightedValueCriteria ? 1 : 0;
    return {
      id: item.id,
      name: item.name ?? item.id,
      source: item.source,
      target: item.target,
      status: item.status ?? 'active',
      value: score.value,
      complexity: score.complexity,
      quadrant,
      breakdown: score.breakdown,
      needsRatings: score.needsRatings,
      missingRatings: score.missingRatings,
      dependsOn: [...(item.dependsOn ?? [])],
      // Set once the sequence is known; filled in place rather than copied, since 100,000 copies cost real time.
      rank: 0,
      inCycle: components.cyclic[components.componentOf[index] as number] === true,
      unrated: unrated[index] === 1,
    };
  });

  /** Priority between two items: negative when `left` should come first. */
  const byPriority = (left: number, right: number): number =>
    (unrated[left] as number) - (unrated[right] as number) ||
    (quadrantRank[left] as number) - (quadrantRank[right] as number) ||
    (values[right] as number) - (values[left] as number) ||
    (complexities[left] as number) - (complexities[right] as number) ||
    compareKeys(graph.ids[left] as string, graph.ids[right] as string);

  // Each component is placed as a unit: a cycle's members cannot be ordered among themselves, so
  // they go together, as early as the best of them deserves, once what they wait on is in place.
  const componentCount = components.members.length;
  const representative = new Int32Array(componentCount);
  components.members.forEach((group, component) => {
    group.sort(byPriority);
    representative[component] = group[0] as number;
  });
  const waitingOn = new Int32Array(componentCount);
  const dependants: (number[] | undefined)[] = new Array<number[] | undefined>(componentCount);
  graph.prerequisites.forEach((prerequisites, node) => {
    const component = components.componentOf[node] as number;
    for (const prerequisite of prerequisites) {
      const before = components.componentOf[prerequisite] as number;
      if (before === component) continue;
      waitingOn[component] = (waitingOn[component] as number) + 1;
      (dependants[before] ??= []).push(component);
    }
  });
  const ready = new MinHeap<number>((left, right) => byPriority(representative[left] as number, representative[right] as number));
  for (let component = 0; component < componentCount; component += 1) if (waitingOn[component] === 0) ready.push(component);

  const ordered: PrioritisedIntegration[] = [];
  const positionOf = new Int32Array(count);
  // The graph with cycles collapsed has none left, so every component becomes ready exactly once and the loop ends.
  for (let component = ready.pop(); component !== undefined; component = ready.pop()) {
    for (const member of components.members[component] as number[]) {
      positionOf[member] = ordered.length;
      const entry = scored[member] as PrioritisedIntegration;
      entry.rank = ordered.length + 1;
      ordered.push(entry);
    }
    for (const dependant of dependants[component] ?? []) {
      const left = (waitingOn[dependant] as number) - 1;
      waitingOn[dependant] = left;
      if (left === 0) ready.push(dependant);
    }
  }

  // Members were sorted by priority and placed in that order, so each cycle's first member is its earliest.
  const cycles = components.members
    .filter((_, component) => components.cyclic[component])
    .sort((left, right) => (positionOf[left[0] as number] as number) - (positionOf[right[0] as number] as number))
    .map((group) => group.map((member) => graph.ids[member] as string));

  const unknownDependencies: UnknownDependency[] = graph.outside
    .map(({ node, dependsOn }) => ({
      integration: graph.ids[node] as string,
      dependsOn,
      reason: retired.has(dependsOn) ? ('retired' as const) : ('not-in-catalog' as const),
    }))
    .sort((left, right) => compareKeys(left.integration, right.integration) || compareKeys(left.dependsOn, right.dependsOn));

  const byQuadrant = Object.fromEntries(QUADRANTS.map((quadrant) => [quadrant.id, 0])) as Record<QuadrantId, number>;
  let needingRatings = 0;
  let unratedCount = 0;
  for (const item of ordered) {
    if (item.unrated) unratedCount += 1;
    else byQuadrant[item.quadrant] += 1;
    if (item.needsRatings) needingRatings += 1;
  }

  return {
    integrations: ordered,
    sequence: ordered.map((item) => item.id),
    topThree: pickTopThree(ordered),
    cycles,
    unknownDependencies,
    summary: { considered: ordered.length, retired: retired.size, needingRatings, unrated: unratedCount, byQuadrant },
    weights,
    thresholds,
  };
}

/**
 * The three to start with: the first integrations in the sequence that are still to be built
 * (proposed or planned), since active ones exist already. When fewer than three are, the rest
 * are active integrations in "Do first": improvements worth a lot for little effort.
 * Deprecated ones are never picked: work on them is work on something being wound down.
 */
export function pickTopThree(sequence: readonly Pick<PrioritisedIntegration, 'id' | 'status' | 'quadrant'>[]): string[] {
  const picked: string[] = [];
  for (const item of sequence) {
    if (picked.length === 3) return picked;
    if (TO_BUILD.has(item.status)) picked.push(item.id);
  }
  for (const item of sequence) {
    if (picked.length === 3) break;
    if (item.status === 'active' && item.quadrant === 'do-first') picked.push(item.id);
  }
  return picked;
}
