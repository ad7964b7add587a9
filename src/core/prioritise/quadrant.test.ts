import { describe, expect, it } from 'vitest';
import { PatchbayError } from '../errors.js';
import { DEFAULT_THRESHOLDS, QUADRANTS, parseThresholds, quadrantOf, type QuadrantId } from './quadrant.js';

describe('quadrantOf', () => {
  it.each<[number, number, QuadrantId]>([
    [5, 1, 'do-first'],
    [5, 5, 'plan-carefully'],
    [1, 1, 'batch-together'],
    [1, 5, 'reconsider-or-defer'],
    // The boundaries: value exactly 3 is high, complexity exactly 3 is not low.
    [3, 3, 'plan-carefully'],
    [3, 2.99, 'do-first'],
    [2.99, 2.99, 'batch-together'],
    [2.99, 3, 'reconsider-or-defer'],
    [3, 1, 'do-first'],
    [2.99, 1, 'batch-together'],
    [5, 3, 'plan-carefully'],
    [1, 3, 'reconsider-or-defer'],
  ])('value %d, complexity %d → %s', (value, complexity, expected) => {
    expect(quadrantOf(value, complexity)).toBe(expected);
  });

  it.each<[number, number, { value: number; complexity: number }, QuadrantId]>([
    [3, 2, { value: 3.5, complexity: 3 }, 'batch-together'],
    [3.5, 2, { value: 3.5, complexity: 3 }, 'do-first'],
    [4, 3, { value: 3, complexity: 3.5 }, 'do-first'],
    [4, 3.5, { value: 3, complexity: 3.5 }, 'plan-carefully'],
  ])('value %d, complexity %d with thresholds %o → %s', (value, complexity, thresholds, expected) => {
    expect(quadrantOf(value, complexity, thresholds)).toBe(expected);
  });
});

describe('QUADRANTS', () => {
  it('lists the guide’s four quadrants in the order to work on them, with their corners', () => {
    expect(QUADRANTS.map((quadrant) => [quadrant.order, quadrant.id, quadrant.name, quadrant.position])).toEqual([
      [1, 'do-first', 'Do first', 'top-right'],
      [2, 'plan-carefully', 'Plan carefully', 'top-left'],
      [3, 'batch-together', 'Batch together', 'bottom-right'],
      [4, 'reconsider-or-defer', 'Reconsider or defer', 'bottom-left'],
    ]);
    for (const quadrant of QUADRANTS) expect(quadrant.meaning.length).toBeGreaterThan(20);
  });

  it('agrees with quadrantOf on which side of each line a quadrant lies', () => {
    for (const quadrant of QUADRANTS) {
      expect(quadrantOf(quadrant.highValue ? 5 : 1, quadrant.lowComplexity ? 1 : 5)).toBe(quadrant.id);
    }
  });
});

describe('parseThresholds', () => {
  it.each([
    [undefined, DEFAULT_THRESHOLDS],
    [{ value: 3.5 }, { value: 3.5, complexity: 3 }],
    [{ value: 1, complexity: 5 }, { value: 1, complexity: 5 }],
  ])('accepts %o', (input, expected) => {
    expect(parseThresholds(input)).toEqual(expected);
  });

  it.each([
    [{ value: 0 }, '/value'],
    [{ complexity: 6 }, '/complexity'],
    [{ complexity: '3' }, '/complexity'],
    [{ middle: 3 }, '/middle'],
    [7, ''],
  ])('rejects %o at %s', (input, pointer) => {
    try {
      parseThresholds(input);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PatchbayError);
      expect((error as PatchbayError).issues.map((issue) => issue.pointer)).toEqual([pointer]);
    }
  });
});
