import { describe, expect, it } from 'vitest';
import { prefixOfLocation } from './nginx.js';

describe('prefixOfLocation', () => {
  it.each([
    ['/api/', '/api/'],
    ['/collaboration', '/collaboration'],
    ['/', '/'],
    ['^~ /static/', '/static/'],
    ['= /graphql', '/graphql'],
    ['~ ^/api/(.*)$', undefined],
    ['~* \\.js$', undefined],
    ['@fallback', undefined],
    [undefined, undefined],
  ] as [string | undefined, string | undefined][])('%s → %s', (location, expected) => {
    expect(prefixOfLocation(location)).toBe(expected);
  });
});
