import { describe, expect, it } from 'vitest';
import { normalizeName, truncate } from './format';

describe('format utils', () => {
  it('normalizes names', () => expect(normalizeName('  APT   28 ')).toBe('APT 28'));
  it('truncates long strings', () => expect(truncate('abcdef', 3)).toBe('abc...'));
});
