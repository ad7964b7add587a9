/**
 * Filling the gaps in an integration's ratings from what the catalog already knows, and saying
 * where every figure came from. A rating a person gave always wins. Complexity can partly be read
 * from the catalog (does the target offer an API, what must be built first, does the data carry
 * personal fields); business value cannot, so a missing value rating is never guessed: it is
 * counted at the scale's midpoint and the integration is flagged as needing ratings.
 */
import type { IntegrationInput, SystemInput } from '../model/schemas.js';
import type { ChainInfo } from './graph.js';
import { COMPLEXITY_CRITERIA, VALUE_CRITERIA, type ComplexityCriterion, type ValueCriterion } from './weights.js';

/** Where a figure came from: a person's rating, the catalog's facts, or the midpoint for lack of either. */
export type FigureSource = 'rated' | 'derived' | 'default';

/** One criterion's score (1-5), its source and a sentence saying why; read-only, as common figures are shared. */
export interface Figure {
  readonly score: number;
  readonly source: FigureSource;
  readonly reason: string;
}

/** Every criterion's figure for one integration. */
export interface Breakdown {
  value: Record<ValueCriterion, Figure>;
  complexity: Record<ComplexityCriterion, Figure>;
}

/** The score used when nothing is known: the middle of the 1-5 scale, so the gap neither helps nor hurts. */
export const DEFAULT_RATING = 3;

/** What the catalog knows around one integration, gathered by the caller. */
export interface CatalogFacts {
  /** The target system, when it is in the catalog. */
  target?: SystemInput | undefined;
  /** The chain of unfinished prerequisites behind the integration (see graph.ts); absent when not computed. */
  chain?: ChainInfo | undefined;
}

// Figures that carry no per-integration detail are shared and frozen: a large catalog holds
// millions of them, and sharing keeps the garbage collector out of the way.
const RATED: readonly Figure[] = [1, 2, 3, 4, 5].map((score) => Object.freeze<Figure>({ score, source: 'rated', reason: `rated ${score}` }));
const UNRATED_VALUE: Figure = Object.freeze<Figure>({ score: DEFAULT_RATING, source: 'default', reason: 'not rated yet; value is never guessed, so it counts as 3 until someone rates it' });
const UNKNOWN_DATA_QUALITY: Figure = Object.freeze<Figure>({ score: DEFAULT_RATING, source: 'default', reason: 'not rated, and the catalog cannot tell how clean the source data is' });
const NO_PERSONAL_DATA: Figure = Object.freeze<Figure>({ score: DEFAULT_RATING, source: 'default', reason: 'not rated, and no field it carries is marked as personal data' });
const NO_WAITING: Figure = Object.freeze<Figure>({ score: 1, source: 'derived', reason: 'nothing it depends on is still to be built' });

/** A person's rating (validated upstream as an integer 1-5; anything else is kept as given). */
function rated(score: number): Figure {
  return RATED[score - 1] ?? { score, source: 'rated', reason: `rated ${score}` };
}

/** The midpoint, with why nothing better was available. */
function fallback(reason: string): Figure {
  return { score: DEFAULT_RATING, source: 'default', reason };
}

/**
 * System readiness from the target's `exposesApi`: an API in service is 1; an API on a system
 * that is planned, deprecated or retired is 2 (it exists on paper or is going away); no API is 5
 * (one must be built first); not recorded is the default 3.
 */
export function deriveSystemReadiness(targetId: string, target: SystemInput | undefined): Figure {
  if (target === undefined) return fallback(`not rated, and target '${targetId}' is not in the catalog`);
  if (target.exposesApi === true) {
    const lifecycle = target.lifecycle ?? 'active';
    if (lifecycle === 'active') return { score: 1, source: 'derived', reason: `target '${targetId}' already offers an API` };
    return { score: 2, source: 'derived', reason: `target '${targetId}' offers an API but is ${lifecycle}, not in service` };
  }
  if (target.exposesApi === false) return { score: 5, source: 'derived', reason: `target '${targetId}' has no API: one must be built first` };
  return fallback(`not rated, and the catalog does not say whether target '${targetId}' offers an API`);
}

/**
 * Dependency chain from the longest chain of prerequisites not yet active: none is 1, one link
 * is 2, two is 3, three is 4, four or more is 5, and so is a cycle or waiting on one (it can
 * never be finished as things stand).
 */
export function deriveDependencyChain(chain: ChainInfo | undefined): Figure {
  if (chain === undefined) return fallback('not rated, and the dependencies were not worked out');
  if (chain.inCycle) return { score: 5, source: 'derived', reason: 'part of a dependency cycle: as recorded, it must be in place before itself' };
  if (chain.waitsOnCycle || chain.depth === null) {
    return { score: 5, source: 'derived', reason: `waits on '${chain.via ?? '?'}', behind which is a dependency cycle` };
  }
  if (chain.depth === 0) return NO_WAITING;
  const links = chain.depth === 1 ? '1 integration' : `${chain.depth} integrations`;
  return {
    score: Math.min(chain.depth + 1, 5),
    source: 'derived',
    reason: `waits on a chain of ${links} not yet active, starting with '${chain.via ?? '?'}'`,
  };
}

/** The personal-data fields an integration carries, as `object.field`. */
function personalFields(integration: IntegrationInput): string[] {
  const found: string[] = [];
  for (const object of integration.data ?? []) {
    for (const field of object.fields ?? []) if (field.pii === true) found.push(`${object.object}.${field.name}`);
  }
  return found;
}

/**
 * Security from the data carried: a field marked as personal data means encryption, access
 * control and audit logging are all likely, so 4. Nothing marked proves nothing (payment data
 * is not personal but is sensitive), so that stays at the default.
 */
export function deriveSecurity(integration: IntegrationInput): Figure {
  const fields = personalFields(integration);
  if (fields.length === 0) return NO_PERSONAL_DATA;
  const shown = fields.length > 3 ? `${fields.slice(0, 3).join(', ')} and ${fields.length - 3} more` : fields.join(', ');
  return { score: 4, source: 'derived', reason: `carries personal data (${shown}): expect encryption, access control and audit logging` };
}

/** What the catalog says about one complexity criterion that has no rating. */
function deriveComplexity(criterion: ComplexityCriterion, integration: IntegrationInput, facts: CatalogFacts): Figure {
  switch (criterion) {
    case 'systemReadiness':
      return deriveSystemReadiness(integration.target, facts.target);
    case 'dataQuality':
      return UNKNOWN_DATA_QUALITY;
    case 'security':
      return deriveSecurity(integration);
    case 'dependencyChain':
      return deriveDependencyChain(facts.chain);
  }
}

/** Every criterion's figure for one integration: its ratings where given, otherwise what can be derived, otherwise the default. */
export function deriveBreakdown(integration: IntegrationInput, facts: CatalogFacts): Breakdown {
  const valueRatings = integration.ratings?.value ?? {};
  const complexityRatings = integration.ratings?.complexity ?? {};
  const value = {} as Record<ValueCriterion, Figure>;
  for (const criterion of VALUE_CRITERIA) {
    const score = valueRatings[criterion];
    value[criterion] = score === undefined ? UNRATED_VALUE : rated(score);
  }
  const complexity = {} as Record<ComplexityCriterion, Figure>;
  for (const criterion of COMPLEXITY_CRITERIA) {
    const score = complexityRatings[criterion];
    complexity[criterion] = score === undefined ? deriveComplexity(criterion, integration, facts) : rated(score);
  }
  return { value, complexity };
}
