/**
 * How much each rating counts towards an integration's value and complexity. Weights are relative
 * (a weighted average divides by their sum), so `{ revenue: 2 }` means "revenue counts twice as
 * much as each other value criterion", whatever the other numbers are.
 */
import { PatchbayError, type FieldIssue } from '../errors.js';
import { isRecord } from '../model/is-record.js';

/** The four value criteria, in the order the strategy guide lists them. */
export const VALUE_CRITERIA = ['revenue', 'cost', 'risk', 'speed'] as const;

/** The four complexity criteria, in the order the strategy guide lists them. */
export const COMPLEXITY_CRITERIA = ['systemReadiness', 'dataQuality', 'security', 'dependencyChain'] as const;

/** One value criterion. */
export type ValueCriterion = (typeof VALUE_CRITERIA)[number];

/** One complexity criterion. */
export type ComplexityCriterion = (typeof COMPLEXITY_CRITERIA)[number];

/** The relative weight of each rating; non-negative, with at least one positive per side. */
export interface Weights {
  value: Record<ValueCriterion, number>;
  complexity: Record<ComplexityCriterion, number>;
}

/** Every criterion counts the same until an organisation says otherwise. */
export const DEFAULT_WEIGHTS: Readonly<{ value: Readonly<Weights['value']>; complexity: Readonly<Weights['complexity']> }> = Object.freeze({
  value: Object.freeze({ revenue: 1, cost: 1, risk: 1, speed: 1 }),
  complexity: Object.freeze({ systemReadiness: 1, dataQuality: 1, security: 1, dependencyChain: 1 }),
});


/** Validates one side of the weights, merging what is given over the defaults and collecting issues. */
function parseSide<K extends string>(
  input: unknown,
  side: 'value' | 'complexity',
  criteria: readonly K[],
  defaults: Readonly<Record<K, number>>,
  issues: FieldIssue[],
): Record<K, number> {
  const result = { ...defaults } as Record<K, number>;
  if (input === undefined) return result;
  if (!isRecord(input)) {
    issues.push({ pointer: `/${side}`, message: `must be an object of weights (${criteria.join(', ')})` });
    return result;
  }
  const known = new Set<string>(criteria);
  for (const key of Object.keys(input).sort()) {
    // A misspelt criterion would otherwise be ignored and the person would wonder why nothing changed.
    if (!known.has(key)) issues.push({ pointer: `/${side}/${key}`, message: `is not a ${side} criterion; expected one of ${criteria.join(', ')}` });
  }
  for (const key of criteria) {
    const raw = input[key];
    if (raw === undefined) continue;
    if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0) {
      issues.push({ pointer: `/${side}/${key}`, message: 'must be a number, zero or more' });
      continue;
    }
    result[key] = raw;
  }
  if (criteria.every((key) => result[key] === 0)) {
    // All zero would make the weighted average divide by zero: there would be nothing to measure.
    issues.push({ pointer: `/${side}`, message: `at least one ${side} weight must be more than zero` });
  }
  return result;
}

/**
 * Validates weights, merging whatever is given over DEFAULT_WEIGHTS (so `{ value: { revenue: 2 } }`
 * is enough). Undefined means the defaults. Throws PatchbayError 'invalid-input' whose issues name
 * each bad field by JSON pointer, e.g. `/value/revenue`.
 */
export function parseWeights(input: unknown): Weights {
  const issues: FieldIssue[] = [];
  if (input !== undefined && !isRecord(input)) {
    throw new PatchbayError('invalid-input', 'Weights must be an object with "value" and/or "complexity"', {
      issues: [{ pointer: '', message: 'must be an object' }],
    });
  }
  const record = input ?? {};
  for (const key of Object.keys(record).sort()) {
    if (key !== 'value' && key !== 'complexity') issues.push({ pointer: `/${key}`, message: 'is not a weights section; expected "value" or "complexity"' });
  }
  const weights: Weights = {
    value: parseSide(record['value'], 'value', VALUE_CRITERIA, DEFAULT_WEIGHTS.value, issues),
    complexity: parseSide(record['complexity'], 'complexity', COMPLEXITY_CRITERIA, DEFAULT_WEIGHTS.complexity, issues),
  };
  if (issues.length > 0) {
    const summary = issues.map((issue) => `${issue.pointer || '/'} ${issue.message}`).join('; ');
    throw new PatchbayError('invalid-input', `Weights are not valid: ${summary}`, { issues });
  }
  return weights;
}
