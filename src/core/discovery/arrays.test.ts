import { describe, expect, it } from 'vitest';
import { pushAll, replaceAll } from './arrays.js';

describe('pushAll and replaceAll', () => {
  const big = Array.from({ length: 200_000 }, (_, index) => index);
  it('append and replace 200,000 items, where a spread into push or splice throws a RangeError', () => {
    expect(() => [].push(...(big as never[]))).toThrow(RangeError);
    expect(pushAll([-1], big)).toHaveLength(200_001);
    const target = [1, 2, 3];
    expect(replaceAll(target, big)).toBe(target);
    expect([target.length, target[0], target[199_999]]).toEqual([200_000, 0, 199_999]);
  });

  it.each<[string, () => number[], number[]]>([
    ['appends in order', () => pushAll([1], [2, 3]), [1, 2, 3]],
    ['appends an iterable', () => pushAll([1], new Set([2, 3])), [1, 2, 3]],
    ['appends an array to itself once, as the spread did', () => { const self = [1, 2]; return pushAll(self, self); }, [1, 2, 1, 2]],
    ['replaces by fewer items', () => replaceAll([1, 2, 3], [4]), [4]],
    ['replaces by nothing', () => replaceAll([1, 2, 3], []), []],
    ['leaves an array replaced by itself as it is', () => { const self = [1, 2]; return replaceAll(self, self); }, [1, 2]],
  ])('%s', (_label, run, expected) => {
    expect(run()).toEqual(expected);
  });
});
