import { describe, expect, it } from 'vitest';
import { compareKeys, safeIdentifier, singleLine } from './text.js';

describe('singleLine', () => {
  it.each([
    ['Web Shop', 'Web Shop'],
    ['Line one\nLine two', 'Line one Line two'],
    ['a\r\n\tb', 'a b'],
    ['  padded  ', 'padded'],
    ['nul\u0000and bell\u0007', 'nul and bell'],
    ['para\u2029graph', 'para graph'],
    ['\n\n', ''],
  ])('%j becomes %j', (input, expected) => {
    expect(singleLine(input)).toBe(expected);
  });
});

describe('safeIdentifier', () => {
  it.each([
    ['web-shop', 's_web_shop'],
    ['crm', 's_crm'],
    ['end', 's_end'],
    ['0-start', 's_0_start'],
    ['-unassigned', 's__unassigned'],
  ])('keeps slug %j readable as %j', (key, expected) => {
    expect(safeIdentifier('s', key)).toBe(expected);
  });

  it('hex-encodes anything that is not a slug, under a marker slugs never produce', () => {
    expect(safeIdentifier('s', 'Web_Shop')).toBe('sx_5765625f53686f70');
    expect(safeIdentifier('s', '')).toBe('sx_');
  });

  it('gives distinct identifiers to distinct keys, even ignoring case', () => {
    const keys = ['web-shop', 'web_shop', 'Web-Shop', 'web--shop', 'x_776562', 'web', 'x-web', 'sx-web', '-web', 'wëb', ''];
    const identifiers = keys.map((key) => safeIdentifier('s', key).toLowerCase());
    expect(new Set(identifiers).size).toBe(keys.length);
    for (const identifier of identifiers) expect(identifier).toMatch(/^[a-z][a-z0-9_]*$/);
  });
});

describe('compareKeys', () => {
  it('orders by code unit, not by locale', () => {
    expect(['b', 'B', 'a', '-x', 'é'].sort(compareKeys)).toEqual(['-x', 'B', 'a', 'b', 'é']);
  });
});
