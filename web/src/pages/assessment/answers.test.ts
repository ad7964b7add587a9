import { describe, expect, it } from 'vitest';
import { QUESTION_IDS } from '../../../../src/core/assess/questions.js';
import { answeredCount, answersInOrder, completeAnswers, formatAnswersParam, parseAnswersParam, withAnswer } from './answers.js';

describe('answers in the URL', () => {
  it.each([
    ['231423', [2, 3, 1, 4, 2, 3]],
    ['2-1---', [2, null, 1, null, null, null]],
    ['', [null, null, null, null, null, null]],
    [null, [null, null, null, null, null, null]],
    ['2x5', [2, null, null, null, null, null]],
    ['1111111', [1, 1, 1, 1, 1, 1]],
  ])('reads %j', (text, expected) => {
    expect(parseAnswersParam(text, 6)).toEqual(expected);
  });

  it('writes what it reads, and nothing when nothing is answered', () => {
    expect(formatAnswersParam([2, null, 1, null, null, 4])).toBe('2-1--4');
    expect(parseAnswersParam(formatAnswersParam([2, null, 1, null, null, 4]), 6)).toEqual([2, null, 1, null, null, 4]);
    expect(formatAnswersParam([null, null])).toBeNull();
  });

  it('sets one answer without touching the others', () => {
    expect(withAnswer([1, null, 3], 1, 4)).toEqual([1, 4, 3]);
  });

  it('gives answers by question id only when all are answered', () => {
    expect(completeAnswers([2, 3, 1, 4, 2, null], QUESTION_IDS)).toBeNull();
    expect(completeAnswers([2, 3, 1, 4, 2, 3], QUESTION_IDS)).toEqual({ inventory: 2, monitoring: 3, 'api-standards': 1, delivery: 4, 'data-quality': 2, 'change-communication': 3 });
    expect(answeredCount([2, null, 1])).toBe(2);
  });

  it('puts kept answers back in question order', () => {
    expect(answersInOrder({ monitoring: 4, inventory: 1, bogus: 2, delivery: 7 }, QUESTION_IDS)).toEqual([1, 4, null, null, null, null]);
  });
});
