import { describe, expect, it } from 'vitest';
import { PatchbayError } from '../errors.js';
import { DEFAULT_WEIGHTS, parseWeights } from './weights.js';

/** Runs parseWeights and returns the error it throws. */
function failure(input: unknown): PatchbayError {
  try {
    parseWeights(input);
  } catch (error) {
    if (error instanceof PatchbayError) return error;
    throw error;
  }
  throw new Error('parseWeights accepted the input');
}

describe('parseWeights', () => {
  it.each([
    ['a negative weight', { value: { revenue: -1 } }, '/value/revenue'],
    ['a string', { value: { cost: '2' } }, '/value/cost'],
    ['NaN', { complexity: { security: Number.NaN } }, '/complexity/security'],
    ['Infinity', { complexity: { dataQuality: Number.POSITIVE_INFINITY } }, '/complexity/dataQuality'],
    ['null', { value: { risk: null } }, '/value/risk'],
    ['a misspelt criterion', { value: { revenu: 2 } }, '/value/revenu'],
    ['a criterion on the wrong side', { value: { security: 2 } }, '/value/security'],
    ['an unknown section', { values: { revenue: 2 } }, '/values'],
    ['a side that is not an object', { complexity: 3 }, '/complexity'],
    ['a side that is an array', { value: [1, 2] }, '/value'],
    ['every value weight zero', { value: { revenue: 0, cost: 0, risk: 0, speed: 0 } }, '/value'],
    ['every complexity weight zero', { complexity: { systemReadiness: 0, dataQuality: 0, security: 0, dependencyChain: 0 } }, '/complexity'],
    ['not an object at all', 'heavy', ''],
    ['an array', [], ''],
  ])('rejects %s, naming %s', (_case, input, pointer) => {
    const error = failure(input);
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.pointer)).toContain(pointer);
    expect(error.message).toContain(pointer || '/');
  });

  it('reports every bad field at once', () => {
    const error = failure({ value: { revenue: -1, cost: 'x' }, complexity: { security: -2 } });
    expect(error.issues.map((issue) => issue.pointer)).toEqual(['/value/revenue', '/value/cost', '/complexity/security']);
  });

  it.each([
    ['nothing', undefined, DEFAULT_WEIGHTS],
    ['an empty object', {}, DEFAULT_WEIGHTS],
    ['one override', { value: { revenue: 2 } }, { ...DEFAULT_WEIGHTS, value: { revenue: 2, cost: 1, risk: 1, speed: 1 } }],
    [
      'zeros beside a positive weight',
      { complexity: { systemReadiness: 0, dataQuality: 0, security: 0.5 } },
      { ...DEFAULT_WEIGHTS, complexity: { systemReadiness: 0, dataQuality: 0, security: 0.5, dependencyChain: 1 } },
    ],
    [
      'complete weights',
      { value: { revenue: 4, cost: 3, risk: 2, speed: 1 }, complexity: { systemReadiness: 1, dataQuality: 2, security: 3, dependencyChain: 4 } },
      { value: { revenue: 4, cost: 3, risk: 2, speed: 1 }, complexity: { systemReadiness: 1, dataQuality: 2, security: 3, dependencyChain: 4 } },
    ],
  ])('accepts %s, merged over the defaults', (_case, input, expected) => {
    expect(parseWeights(input)).toEqual(expected);
  });

  it('returns a fresh object the caller may change without touching the defaults', () => {
    const weights = parseWeights(undefined);
    weights.value.revenue = 9;
    expect(DEFAULT_WEIGHTS.value.revenue).toBe(1);
  });
});
