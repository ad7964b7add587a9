import { describe, expect, it } from 'vitest';
import type { FactCondition } from './facts.js';
import { throughFlags } from './flag-conditions.js';
import { conditionHolds } from './conditions.js';

const FLAGS: Record<string, FactCondition[]> = {
  'code:ENABLE_UNSPLASH': [{ key: 'ENABLE_UNSPLASH', test: { equals: '1' } }],
  'code:smsSettings.enabled': [{ key: 'SMS_ENABLED', test: { equals: 'true' } }],
  'code:FEATURE_X': [{ key: 'FEATURE_X', test: { oneOf: ['1', 'true'] }, caseless: true }],
  'code:BOTH': [{ key: 'A', test: { equals: 'on' } }, { key: 'B', test: { equals: 'off' }, negated: true }],
  'code:NOT_OFF': [{ key: 'MODE', test: { equals: 'off' }, negated: true }],
  'code:ALIAS': [{ key: 'code:ENABLE_UNSPLASH', test: 'true' }],
};

describe('a flag tested for truth stands for its own tests', () => {
  it.each<[string, FactCondition[], FactCondition[]]>([
    ['tested true: its test', [{ key: 'code:ENABLE_UNSPLASH', test: 'true' }], [{ key: 'ENABLE_UNSPLASH', test: { equals: '1' } }]],
    ['JS truthiness (`set`) alike', [{ key: 'code:smsSettings.enabled', test: 'set' }], [{ key: 'SMS_ENABLED', test: { equals: 'true' } }]],
    ['tested false: its one test negated', [{ key: 'code:smsSettings.enabled', test: 'set', negated: true }], [{ key: 'SMS_ENABLED', test: { equals: 'true' }, negated: true }]],
    ['a negated test negated back', [{ key: 'code:NOT_OFF', test: 'true', negated: true }], [{ key: 'MODE', test: { equals: 'off' } }]],
    ['several tests, tested true: all of them', [{ key: 'code:BOTH', test: 'true' }], FLAGS['code:BOTH'] as FactCondition[]],
    ['several tests, tested false: nothing one list says', [{ key: 'code:BOTH', test: 'true', negated: true }], []],
    ['a flag of a flag', [{ key: 'code:ALIAS', test: 'true' }], [{ key: 'ENABLE_UNSPLASH', test: { equals: '1' } }]],
    ['not a flag, or compared with a literal: unchanged', [{ key: 'OTHER', test: 'true' }, { key: 'code:ENABLE_UNSPLASH', test: { equals: 'x' } }], [{ key: 'OTHER', test: 'true' }, { key: 'code:ENABLE_UNSPLASH', test: { equals: 'x' } }]],
  ])('%s', (_name, conditions, expected) => {
    expect(throughFlags(conditions, (key) => FLAGS[key])).toEqual(expected);
  });
});

describe('a caseless comparison', () => {
  it.each<[FactCondition, string, boolean]>([
    [{ key: 'X', test: { oneOf: ['1', 'true'] }, caseless: true }, 'True', true],
    [{ key: 'X', test: { oneOf: ['1', 'true'] }, caseless: true }, 'False', false],
    [{ key: 'X', test: { equals: 'true' }, caseless: true }, 'TRUE', true],
    [{ key: 'X', test: { equals: 'true' } }, 'TRUE', false],
  ])('%j on %s', (condition, value, holds) => {
    expect(conditionHolds(condition, value)).toBe(holds);
  });
});
