/**
 * An integration's value and complexity: the weighted averages of its four figures on each side,
 * so both stay on the 1-5 scale the ratings use and can be plotted on the same matrix.
 */
import type { IntegrationInput } from '../model/schemas.js';
import { deriveBreakdown, type Breakdown, type CatalogFacts, type Figure } from './derive.js';
import { COMPLEXITY_CRITERIA, DEFAULT_WEIGHTS, VALUE_CRITERIA, type ValueCriterion, type Weights } from './weights.js';

/** An integration's two scores (1-5, two decimals), the figures behind them and what is still unrated. */
export interface IntegrationScore {
  value: number;
  complexity: number;
  breakdown: Breakdown;
  /** True when a value criterion that carries weight has no rating (it was counted at the default). */
  needsRatings: boolean;
  /** The value criteria that carry weight and have no rating. */
  missingRatings: ValueCriterion[];
}

/** Rounds to two decimals, the precision shown and compared, so equal-looking scores are equal. */
export function roundScore(score: number): number {
  return Math.round(score * 100) / 100;
}

/** The weighted average of some figures, rounded to two decimals; weights must not all be zero. */
export function weightedAverage<K extends string>(figures: Readonly<Record<K, Figure>>, weights: Readonly<Record<K, number>>, criteria: readonly K[]): number {
  let sum = 0;
  let total = 0;
  for (const criterion of criteria) {
    const weight = weights[criterion];
    sum += weight * figures[criterion].score;
    total += weight;
  }
  return roundScore(sum / total);
}

/** Scores a breakdown that has already been derived. */
export function scoreBreakdown(breakdown: Breakdown, weights: Readonly<Weights> = DEFAULT_WEIGHTS): IntegrationScore {
  // A criterion weighted zero does not count, so asking someone to rate it would be noise.
  const missingRatings = VALUE_CRITERIA.filter((criterion) => breakdown.value[criterion].source !== 'rated' && weights.value[criterion] > 0);
  return {
    value: weightedAverage(breakdown.value, weights.value, VALUE_CRITERIA),
    complexity: weightedAverage(breakdown.complexity, weights.complexity, COMPLEXITY_CRITERIA),
    breakdown,
    needsRatings: missingRatings.length > 0,
    missingRatings,
  };
}

/** Derives an integration's figures from its ratings and the catalog's facts, and scores them with the weights (validated by parseWeights). */
export function scoreIntegration(integration: IntegrationInput, facts: CatalogFacts = {}, weights: Readonly<Weights> = DEFAULT_WEIGHTS): IntegrationScore {
  return scoreBreakdown(deriveBreakdown(integration, facts), weights);
}
