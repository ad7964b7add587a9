import { describe, expect, it } from 'vitest';
import { PatchbayError } from '../errors.js';
import {
  LEVELS,
  LEVEL_NAMES,
  QUESTIONS,
  QUESTION_IDS,
  answersFromList,
  answersFromRecord,
  answersToList,
  levelInfo,
  optionLabel,
  parseAnswers,
} from './questions.js';

/** Runs `run` and returns the PatchbayError it throws. */
function thrown(run: () => unknown): PatchbayError {
  try {
    run();
  } catch (error) {
    if (error instanceof PatchbayError) return error;
    throw error;
  }
  throw new Error('expected a PatchbayError, but nothing was thrown');
}

describe('the questions and levels', () => {
  it('has six questions with stable ids, in the method order', () => {
    expect(QUESTIONS.map((question) => question.id)).toEqual([
      'inventory',
      'monitoring',
      'api-standards',
      'delivery',
      'data-quality',
      'change-communication',
    ]);
    expect(QUESTIONS.map((question) => question.id)).toEqual([...QUESTION_IDS]);
  });

  it.each(QUESTIONS.map((question) => [question.id, question] as const))('%s has four options valued 1-4, weakest first, all worded', (_id, question) => {
    expect(question.options.map((option) => option.value)).toEqual([1, 2, 3, 4]);
    expect(question.title).not.toBe('');
    expect(question.text.endsWith('?')).toBe(true);
    for (const option of question.options) expect(option.label.trim()).not.toBe('');
    expect(new Set(question.options.map((option) => option.label)).size).toBe(4);
  });

  it('names the levels exactly No strategy / Ad-hoc / Developing / Mature, lowest first', () => {
    expect(LEVELS.map((level) => [level.level, level.name])).toEqual([
      [1, 'No strategy'],
      [2, 'Ad-hoc'],
      [3, 'Developing'],
      [4, 'Mature'],
    ]);
    expect(LEVELS.map((level) => level.name)).toEqual([...LEVEL_NAMES]);
  });

  it.each([1, 2, 3, 4] as const)('level %i has a title, a summary and three improvements', (level) => {
    const info = levelInfo(level);
    expect(info.level).toBe(level);
    expect(info.title).not.toBe('');
    expect(info.summary).not.toBe('');
    expect(info.improvements).toHaveLength(3);
  });

  it.each([
    ['inventory', 1, 'No record exists'],
    ['inventory', 4, 'Complete and kept current'],
    ['monitoring', 4, 'Full observability'],
    ['change-communication', 3, 'A written process with deprecation dates'],
  ] as const)('labels %s option %i as %j', (id, answer, label) => {
    expect(optionLabel(id, answer)).toBe(label);
  });
});

describe('answersFromList', () => {
  it('maps a list in question order onto the question ids, and back', () => {
    const answers = answersFromList([2, 3, 1, 4, 2, 3]);
    expect(answers).toEqual({ inventory: 2, monitoring: 3, 'api-standards': 1, delivery: 4, 'data-quality': 2, 'change-communication': 3 });
    expect(answersToList(answers)).toEqual([2, 3, 1, 4, 2, 3]);
  });

  it.each([
    [[2, 3, 7, 4, 2, 3], 'answer 3 must be 1-4 (got 7)', ['/2']],
    [[0, 3, 1, 4, 2, 3], 'answer 1 must be 1-4 (got 0)', ['/0']],
    [[2, 3, 1, 4, 2, 2.5], 'answer 6 must be 1-4 (got 2.5)', ['/5']],
    [[2, '3', 1, 4, 2, 3], 'answer 2 must be 1-4 (got "3")', ['/1']],
    [[2, 3, 1, null, 2, 3], 'answer 4 must be 1-4 (got null)', ['/3']],
    [[5, 3, 1, 4, -1, 3], 'answer 1 must be 1-4 (got 5); answer 5 must be 1-4 (got -1)', ['/0', '/4']],
  ])('rejects %j: %s', (list, message, pointers) => {
    const error = thrown(() => answersFromList(list));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(message);
    expect(error.issues.map((issue) => issue.pointer)).toEqual(pointers);
  });

  it.each([
    [[], 0],
    [[2, 3, 1, 4, 2], 5],
    [[2, 3, 1, 4, 2, 3, 4], 7],
  ])('rejects %j for its count', (list, count) => {
    const error = thrown(() => answersFromList(list));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(
      `expected 6 answers, one per question in this order: inventory, monitoring, api-standards, delivery, data-quality, change-communication (got ${count})`,
    );
  });
});

describe('parseAnswers', () => {
  it.each(['2,3,1,4,2,3', '2 3 1 4 2 3', ' 2, 3, 1, 4, 2, 3 '])('reads %j', (text) => {
    expect(answersToList(parseAnswers(text))).toEqual([2, 3, 1, 4, 2, 3]);
  });

  it.each([
    ['2,3,x,4,2,3', 'answer 3 must be 1-4 (got "x")'],
    ['2,3,9,4,2,3', 'answer 3 must be 1-4 (got 9)'],
    ['2,3,1', 'expected 6 answers, one per question in this order: inventory, monitoring, api-standards, delivery, data-quality, change-communication (got 3)'],
  ])('rejects %j: %s', (text, message) => {
    expect(thrown(() => parseAnswers(text)).message).toBe(message);
  });
});

describe('answersFromRecord', () => {
  const valid = { inventory: 2, monitoring: 3, 'api-standards': 1, delivery: 4, 'data-quality': 2, 'change-communication': 3 };

  it('accepts a complete record', () => {
    expect(answersFromRecord(valid)).toEqual(valid);
  });

  it.each([
    [{ ...valid, delivery: 5 }, "answer to 'delivery' must be 1-4 (got 5)", ['/delivery']],
    [{ ...valid, inventory: undefined }, "answer to 'inventory' must be 1-4 (got undefined)", ['/inventory']],
    [{ ...valid, extra: 1 }, "'extra' is not a question; the questions are inventory, monitoring, api-standards, delivery, data-quality, change-communication", ['/extra']],
    [{ ...valid, 'a/b': 1 }, "'a/b' is not a question; the questions are inventory, monitoring, api-standards, delivery, data-quality, change-communication", ['/a~1b']],
  ])('rejects %j', (record, message, pointers) => {
    const error = thrown(() => answersFromRecord(record));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(message);
    expect(error.issues.map((issue) => issue.pointer)).toEqual(pointers);
  });

  it('names every missing answer', () => {
    const error = thrown(() => answersFromRecord({ inventory: 1 }));
    expect(error.issues.map((issue) => issue.message)).toEqual([
      "answer to 'monitoring' is missing",
      "answer to 'api-standards' is missing",
      "answer to 'delivery' is missing",
      "answer to 'data-quality' is missing",
      "answer to 'change-communication' is missing",
    ]);
  });
});
