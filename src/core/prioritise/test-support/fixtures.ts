/**
 * Small builders for the prioritisation tests, so each table row shows only what it is about:
 * an integration rated the same on every criterion of a side, with its status and prerequisites.
 */
import type { IntegrationInput, SystemInput } from '../../model/schemas.js';
import type { IntegrationStatus } from '../../model/vocabulary.js';

/** What a test says about one integration. */
export interface ItemSpec {
  /** Value on every value criterion; omitted leaves value unrated. */
  value?: number;
  /** Complexity on every complexity criterion (dependency chain included, so the graph does not shift it); omitted leaves complexity unrated. */
  complexity?: number;
  status?: IntegrationStatus;
  dependsOn?: string[];
  name?: string;
  target?: string;
}

/** An integration between two fixed systems, rated uniformly as the spec says (status planned unless given). */
export function item(id: string, spec: ItemSpec = {}): IntegrationInput {
  const integration: IntegrationInput = { id, source: 'src', target: spec.target ?? 'dst', mechanism: 'rest', status: spec.status ?? 'planned' };
  if (spec.name !== undefined) integration.name = spec.name;
  if (spec.dependsOn !== undefined) integration.dependsOn = spec.dependsOn;
  const ratings: NonNullable<IntegrationInput['ratings']> = {};
  if (spec.value !== undefined) ratings.value = { revenue: spec.value, cost: spec.value, risk: spec.value, speed: spec.value };
  if (spec.complexity !== undefined) {
    const c = spec.complexity;
    ratings.complexity = { systemReadiness: c, dataQuality: c, security: c, dependencyChain: c };
  }
  if (ratings.value !== undefined || ratings.complexity !== undefined) integration.ratings = ratings;
  return integration;
}

/** A system with only the required fields and what the test sets. */
export function sys(id: string, overrides: Partial<SystemInput> = {}): SystemInput {
  return { id, name: id.toUpperCase(), kind: 'application', ...overrides };
}

/** The two systems every `item` joins, neither saying whether it offers an API. */
export const SYSTEMS: SystemInput[] = [sys('src'), sys('dst')];
