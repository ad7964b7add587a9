import { describe, expect, it } from 'vitest';
import { NEXT_STEPS, improvementPlan, weakestFirst } from './plan.js';
import { LEVELS, QUESTION_IDS, answersFromList, type AnswerValue, type QuestionId } from './questions.js';
import { assess } from './scoring.js';

type Six = [number, number, number, number, number, number];

/** The plan reduced to what its order is about: kind and question. */
function shape(list: Six): string[] {
  return assess(answersFromList(list)).plan.map((item) => (item.kind === 'improvement' ? 'improvement' : `${item.questionId}`));
}

describe('the improvement plan', () => {
  it.each<[Six, string[]]>([
    // Weakest first; ties keep the question order; answered 4 comes last.
    [
      [2, 3, 1, 4, 2, 3],
      ['improvement', 'improvement', 'improvement', 'api-standards', 'inventory', 'data-quality', 'monitoring', 'change-communication', 'delivery'],
    ],
    [
      [1, 1, 1, 1, 1, 1],
      ['improvement', 'improvement', 'improvement', 'inventory', 'monitoring', 'api-standards', 'delivery', 'data-quality', 'change-communication'],
    ],
    [
      [4, 4, 4, 4, 4, 4],
      ['improvement', 'improvement', 'improvement', 'inventory', 'monitoring', 'api-standards', 'delivery', 'data-quality', 'change-communication'],
    ],
    [
      [4, 4, 4, 4, 4, 1],
      ['improvement', 'improvement', 'improvement', 'change-communication', 'inventory', 'monitoring', 'api-standards', 'delivery', 'data-quality'],
    ],
    [
      [4, 3, 4, 3, 2, 4],
      ['improvement', 'improvement', 'improvement', 'data-quality', 'monitoring', 'delivery', 'inventory', 'api-standards', 'change-communication'],
    ],
    [
      [3, 3, 3, 2, 3, 2],
      ['improvement', 'improvement', 'improvement', 'delivery', 'change-communication', 'inventory', 'monitoring', 'api-standards', 'data-quality'],
    ],
  ])('orders %j as %j', (list, expected) => {
    expect(shape(list)).toEqual(expected);
  });

  it.each([
    [[1, 1, 1, 1, 1, 1], 1],
    [[2, 3, 1, 4, 2, 3], 2],
    [[3, 3, 3, 3, 3, 4], 3],
    [[4, 4, 4, 4, 4, 4], 4],
  ] as const)('%j starts with the improvements of level %i, in their order', (list, level) => {
    const plan = assess(answersFromList(list)).plan;
    expect(plan.slice(0, 3).map((item) => item.text)).toEqual(LEVELS[level - 1]?.improvements);
    expect(plan.slice(0, 3).every((item) => item.kind === 'improvement' && item.questionId === undefined)).toBe(true);
  });

  it('gives each question the step for its current answer, and numbers the items from 1', () => {
    const answers = answersFromList([2, 3, 1, 4, 2, 3]);
    const plan = improvementPlan(answers, 2);
    expect(plan.map((item) => item.priority)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const item of plan.filter((entry) => entry.kind === 'next-step')) {
      const id = item.questionId as QuestionId;
      expect(item.text).toBe(NEXT_STEPS[id][answers[id]]);
    }
    expect(plan.filter((item) => item.kind === 'next-step')).toHaveLength(6);
  });

  it('has 18 next steps and 6 keep-it-up steps, all different', () => {
    const texts = QUESTION_IDS.flatMap((id) => ([1, 2, 3, 4] as AnswerValue[]).map((answer) => NEXT_STEPS[id][answer]));
    expect(texts).toHaveLength(24);
    expect(new Set(texts).size).toBe(24);
    for (const id of QUESTION_IDS) expect(NEXT_STEPS[id][4]).toMatch(/^Keep it up: /);
    for (const id of QUESTION_IDS) for (const answer of [1, 2, 3] as const) expect(NEXT_STEPS[id][answer]).not.toMatch(/^Keep it up/);
  });

  it.each<[Six, QuestionId[]]>([
    [[3, 2, 2, 1, 4, 1], ['delivery', 'change-communication', 'monitoring', 'api-standards', 'inventory', 'data-quality']],
    [[4, 4, 4, 4, 4, 4], [...QUESTION_IDS]],
  ])('weakestFirst orders %j as %j', (list, expected) => {
    expect(weakestFirst(answersFromList(list))).toEqual(expected);
  });
});
