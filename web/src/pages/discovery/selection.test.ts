import { describe, expect, it } from 'vitest';
import { afterReview, pageState, setPage, tally, toggle } from './selection.js';

describe('selecting proposals', () => {
  it('toggles one id', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });

  it('selects and clears a whole page without touching other pages', () => {
    expect(setPage(['x', 'a'], ['a', 'b', 'c'], true)).toEqual(['x', 'a', 'b', 'c']);
    expect(setPage(['x', 'a', 'b'], ['a', 'b', 'c'], false)).toEqual(['x']);
  });

  it.each([
    [[], ['a', 'b'], 'none'],
    [['a'], ['a', 'b'], 'some'],
    [['b', 'a', 'z'], ['a', 'b'], 'all'],
    [['z'], [], 'none'],
  ] as const)('with %j ticked, page %j is %s', (selected, page, expected) => {
    expect(pageState(selected, page)).toBe(expected);
  });

  it('keeps only the failures selected after a review, and counts both', () => {
    const results = [
      { id: 'a', status: 'ok' as const },
      { id: 'b', status: 'error' as const, message: 'not a proposal' },
      { id: 'c', status: 'ok' as const },
    ];
    expect(afterReview(['a', 'b', 'c', 'd'], results)).toEqual(['b', 'd']);
    expect(tally(results)).toEqual({ ok: 2, failed: 1 });
  });
});
