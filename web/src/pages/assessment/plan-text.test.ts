import { describe, expect, it } from 'vitest';
import { inlineCodeParts } from './plan-text.js';

describe('plan text with commands in backticks', () => {
  it.each([
    ['plain text', [{ code: false, text: 'plain text' }]],
    ['run `patchbay import x.csv` now', [{ code: false, text: 'run ' }, { code: true, text: 'patchbay import x.csv' }, { code: false, text: ' now' }]],
    ['`a` and `b`', [{ code: true, text: 'a' }, { code: false, text: ' and ' }, { code: true, text: 'b' }]],
    ['an unpaired ` stays', [{ code: false, text: 'an unpaired ` stays' }]],
    ['', []],
  ])('splits %j', (text, parts) => {
    expect(inlineCodeParts(text)).toEqual(parts);
  });
});
