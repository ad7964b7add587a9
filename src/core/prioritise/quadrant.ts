/**
 * The strategy guide's two-by-two matrix: business value against technical complexity. The names
 * are the guide's; the explanations are ours. Where the lines are drawn is a parameter because an
 * organisation whose ratings cluster high may want to raise the bar.
 */
import { PatchbayError, type FieldIssue } from '../errors.js';

/** Which quadrant of the matrix an integration falls in. */
export type QuadrantId = 'do-first' | 'plan-carefully' | 'batch-together' | 'reconsider-or-defer';

/** What a quadrant is called, what it means and where it sits. */
export interface QuadrantInfo {
  id: QuadrantId;
  /** The guide's name for it. */
  name: string;
  /** What to do with the integrations in it, in a sentence. */
  meaning: string;
  /** 1 for the quadrant to start with; sequencing sorts by this. */
  order: number;
  highValue: boolean;
  lowComplexity: boolean;
  /** Where the guide draws it: value rises upwards, complexity falls to the right. */
  position: 'top-right' | 'top-left' | 'bottom-right' | 'bottom-left';
}

/** The four quadrants in the order work should start on them. */
export const QUADRANTS: readonly QuadrantInfo[] = Object.freeze([
  {
    id: 'do-first',
    name: 'Do first',
    meaning: 'Pays off well for little effort. Start here: quick wins show the programme working.',
    order: 1,
    highValue: true,
    lowComplexity: true,
    position: 'top-right',
  },
  {
    id: 'plan-carefully',
    name: 'Plan carefully',
    meaning: 'Pays off well but is hard to build. Worth doing, once it has a design, people and a realistic plan.',
    order: 2,
    highValue: true,
    lowComplexity: false,
    position: 'top-left',
  },
  {
    id: 'batch-together',
    name: 'Batch together',
    meaning: 'Easy but of modest benefit. Group these and build them together when there is spare capacity.',
    order: 3,
    highValue: false,
    lowComplexity: true,
    position: 'bottom-right',
  },
  {
    id: 'reconsider-or-defer',
    name: 'Reconsider or defer',
    meaning: 'Hard and of modest benefit. Ask whether it is needed at all; leave it until something changes.',
    order: 4,
    highValue: false,
    lowComplexity: false,
    position: 'bottom-left',
  },
] satisfies QuadrantInfo[]);

/** Quadrant metadata by id. */
export const QUADRANT_BY_ID: Readonly<Record<QuadrantId, QuadrantInfo>> = Object.freeze(
  Object.fromEntries(QUADRANTS.map((quadrant) => [quadrant.id, quadrant])) as Record<QuadrantId, QuadrantInfo>,
);

/** Where the matrix is split: value at or above `value` is high; complexity below `complexity` is low. */
export interface Thresholds {
  value: number;
  complexity: number;
}

/**
 * Both lines at the scale's midpoint, 3. A middling value counts as high (it is still worth
 * doing) but a middling complexity does not count as low (nothing is called easy unless it was
 * rated easier than average), so an item rated 3 everywhere lands in "Plan carefully".
 */
export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({ value: 3, complexity: 3 });

/** The quadrant for a value and a complexity (each 1-5): high value is `value >= thresholds.value`, low complexity is `complexity < thresholds.complexity`. */
export function quadrantOf(value: number, complexity: number, thresholds: Readonly<Thresholds> = DEFAULT_THRESHOLDS): QuadrantId {
  const highValue = value >= thresholds.value;
  const lowComplexity = complexity < thresholds.complexity;
  if (highValue) return lowComplexity ? 'do-first' : 'plan-carefully';
  return lowComplexity ? 'batch-together' : 'reconsider-or-defer';
}

/** Validates thresholds, merging what is given over DEFAULT_THRESHOLDS; each must lie in 1-5. */
export function parseThresholds(input: unknown): Thresholds {
  if (input === undefined) return { ...DEFAULT_THRESHOLDS };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new PatchbayError('invalid-input', 'Thresholds must be an object with "value" and/or "complexity"', {
      issues: [{ pointer: '', message: 'must be an object' }],
    });
  }
  const record = input as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  const result: Thresholds = { ...DEFAULT_THRESHOLDS };
  for (const key of Object.keys(record).sort()) {
    if (key !== 'value' && key !== 'complexity') {
      issues.push({ pointer: `/${key}`, message: 'is not a threshold; expected "value" or "complexity"' });
      continue;
    }
    const raw = record[key];
    if (raw === undefined) continue;
    // Outside 1-5 every item would land on one side of the line, which is never what was meant.
    if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 1 || raw > 5) {
      issues.push({ pointer: `/${key}`, message: 'must be a number from 1 to 5' });
      continue;
    }
    result[key] = raw;
  }
  if (issues.length > 0) {
    const summary = issues.map((issue) => `${issue.pointer} ${issue.message}`).join('; ');
    throw new PatchbayError('invalid-input', `Thresholds are not valid: ${summary}`, { issues });
  }
  return result;
}
