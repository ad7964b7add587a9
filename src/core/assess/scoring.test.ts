import { describe, expect, it } from 'vitest';
import { PatchbayError } from '../errors.js';
import { answersFromList, type AnswerValue, type Answers, type QuestionId } from './questions.js';
import { assess, levelFor } from './scoring.js';

type Six = [number, number, number, number, number, number];

describe('assess: the level', () => {
  // answers (question order), level, mean, level by mean alone, weakest, held back by
  it.each<[Six, number, number, number, QuestionId[], QuestionId[]]>([
    [[1, 1, 1, 1, 1, 1], 1, 1, 1, ['inventory', 'monitoring', 'api-standards', 'delivery', 'data-quality', 'change-communication'], []],
    [[2, 2, 2, 2, 2, 2], 2, 2, 2, ['inventory', 'monitoring', 'api-standards', 'delivery', 'data-quality', 'change-communication'], []],
    [[3, 3, 3, 3, 3, 3], 3, 3, 3, ['inventory', 'monitoring', 'api-standards', 'delivery', 'data-quality', 'change-communication'], []],
    [[4, 4, 4, 4, 4, 4], 4, 4, 4, ['inventory', 'monitoring', 'api-standards', 'delivery', 'data-quality', 'change-communication'], []],
    // One weak area caps the level at one above it.
    [[4, 4, 4, 4, 4, 1], 2, 3.5, 3, ['change-communication'], ['change-communication']],
    [[1, 4, 4, 4, 4, 4], 2, 3.5, 3, ['inventory'], ['inventory']],
    [[4, 4, 4, 4, 4, 2], 3, 3.67, 4, ['change-communication'], ['change-communication']],
    [[1, 2, 3, 4, 4, 4], 2, 3, 3, ['inventory'], ['inventory']],
    // Two weakest areas tie: both hold the level back, in question order.
    [[1, 1, 4, 4, 4, 4], 2, 3, 3, ['inventory', 'monitoring'], ['inventory', 'monitoring']],
    [[4, 1, 4, 1, 4, 4], 2, 3, 3, ['monitoring', 'delivery'], ['monitoring', 'delivery']],
    // The cap equals the mean's level: it does not hold anything back.
    [[2, 2, 4, 4, 4, 4], 3, 3.33, 3, ['inventory', 'monitoring'], []],
    [[2, 3, 1, 4, 2, 3], 2, 2.5, 2, ['api-standards'], []],
    [[3, 1, 3, 1, 3, 1], 2, 2, 2, ['monitoring', 'delivery', 'change-communication'], []],
    // Exactly halfway rounds down.
    [[1, 1, 1, 2, 2, 2], 1, 1.5, 1, ['inventory', 'monitoring', 'api-standards'], []],
    [[2, 2, 2, 3, 3, 3], 2, 2.5, 2, ['inventory', 'monitoring', 'api-standards'], []],
    [[4, 4, 4, 3, 3, 3], 3, 3.5, 3, ['delivery', 'data-quality', 'change-communication'], []],
    // Otherwise the nearest level.
    [[1, 1, 1, 1, 1, 2], 1, 1.17, 1, ['inventory', 'monitoring', 'api-standards', 'delivery', 'data-quality'], []],
    [[1, 2, 2, 2, 2, 2], 2, 1.83, 2, ['inventory'], []],
    [[3, 3, 3, 3, 3, 4], 3, 3.17, 3, ['inventory', 'monitoring', 'api-standards', 'delivery', 'data-quality'], []],
    [[4, 4, 4, 4, 3, 3], 4, 3.67, 4, ['data-quality', 'change-communication'], []],
    [[4, 4, 4, 4, 4, 3], 4, 3.83, 4, ['change-communication'], []],
  ])('%j is level %i (mean %d, by mean alone %i)', (list, level, mean, meanLevel, weakest, heldBackBy) => {
    const result = assess(answersFromList(list));
    expect(result.level).toBe(level);
    expect(result.mean).toBe(mean);
    expect(result.meanLevel).toBe(meanLevel);
    expect(result.weakest).toEqual(weakest);
    expect(result.heldBackBy).toEqual(heldBackBy);
  });

  it.each([
    [1, 'No strategy'],
    [2, 'Ad-hoc'],
    [3, 'Developing'],
    [4, 'Mature'],
  ] as const)('level %i is named %j', (level, name) => {
    const result = assess(answersFromList(Array(6).fill(level)));
    expect(result.name).toBe(name);
    expect(result.title).not.toBe('');
    expect(result.summary).not.toBe('');
  });

  it('reports every answer with its label, in question order', () => {
    expect(assess(answersFromList([2, 3, 1, 4, 2, 3])).answers).toEqual([
      { id: 'inventory', title: 'Integration inventory', answer: 2, label: 'Partly recorded' },
      { id: 'monitoring', title: 'Monitoring', answer: 3, label: 'Uptime and error alerts' },
      { id: 'api-standards', title: 'API standards', answer: 1, label: 'No standards' },
      { id: 'delivery', title: 'Delivery of new integrations', answer: 4, label: 'Platform and self-service' },
      { id: 'data-quality', title: 'Data quality', answer: 2, label: 'Checked by hand when problems appear' },
      { id: 'change-communication', title: 'Communicating API changes', answer: 3, label: 'A written process with deprecation dates' },
    ]);
  });

  it('follows the documented rule on every one of the 4096 combinations', () => {
    const values: AnswerValue[] = [1, 2, 3, 4];
    let checked = 0;
    for (const a of values) for (const b of values) for (const c of values) for (const d of values) for (const e of values) for (const f of values) {
      const list = [a, b, c, d, e, f];
      const mean = list.reduce((sum, value) => sum + value, 0) / 6;
      // round-half-down, written differently from the implementation on purpose
      const byMean = mean - Math.floor(mean) > 0.5 + 1e-9 ? Math.ceil(mean) : Math.floor(mean);
      const expected = Math.min(byMean, Math.min(...list) + 1);
      const { level, cap } = levelFor(answersFromList(list));
      expect(level).toBe(expected);
      expect(level).toBeLessThanOrEqual(cap);
      checked++;
    }
    expect(checked).toBe(4096);
  });

  it('never rises when an answer gets worse', () => {
    const base: Six = [4, 3, 4, 2, 3, 4];
    const before = assess(answersFromList(base)).level;
    for (let index = 0; index < 6; index++) {
      const worse = [...base];
      worse[index] = Math.max(1, (worse[index] ?? 1) - 1);
      expect(assess(answersFromList(worse)).level).toBeLessThanOrEqual(before);
    }
  });

  it('rejects answers outside 1-4 that arrive untyped, as JSON does', () => {
    const answers = { ...answersFromList([2, 3, 1, 4, 2, 3]), delivery: 5 } as unknown as Answers;
    expect(() => assess(answers)).toThrow(PatchbayError);
    expect(() => assess(answers)).toThrow("answer to 'delivery' must be 1-4 (got 5)");
  });
});
