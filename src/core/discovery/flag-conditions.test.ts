import { describe, expect, it } from 'vitest';
import type { FactCondition } from './facts.js';
import { HELPER_KEY_PREFIX, NEST_CLASS_KEY, NEST_MODULE_KEY, instantiateHelper, throughFlags } from './flag-conditions.js';
import { branchMayRunInVariants } from './deployment-variants.js';
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

const HELPERS: Record<string, FactCondition[]> = {
  ...FLAGS,
  // `isEnabled(flag, defaultValue = false)`: `process.env[flag]`, the default when unset, else `'true'` or `'1'`.
  [`${HELPER_KEY_PREFIX}isEnabled`]: [{ key: '{0}', test: { oneOf: ['true', '1'] }, unsetValue: '{1=false}' }],
  [`${HELPER_KEY_PREFIX}isWorkerRole`]: [{ key: 'APP_WORKER', test: { equals: 'true' } }],
  [`${HELPER_KEY_PREFIX}has_apns_credentials`]: [{ key: 'code:APNS_CERT_FILE', test: 'set' }],
  'code:APNS_CERT_FILE': [{ key: 'APNS_CERT_FILE', test: 'set', unsetIsEmpty: true }],
  [`${NEST_MODULE_KEY}CopilotModule`]: [{ key: 'ENABLE_COPILOT', test: 'set', call: { name: 'isEnabled', args: ['ENABLE_COPILOT'] } }],
  [`${NEST_CLASS_KEY}CopilotController`]: [{ key: `${NEST_MODULE_KEY}CopilotModule`, test: 'true' }],
};
const call = (name: string, args: string[], negated = false): FactCondition => ({ key: args[0] ?? `code:${name}()`, test: 'set', call: { name, args }, ...(negated ? { negated: true } : {}) });

describe('a call of a predicate helper stands for its body\'s test for the call\'s arguments', () => {
  it.each<[string, FactCondition[], FactCondition[]]>([
    ['argument as key, default given: unset passes', [call('isEnabled', ['CHECK_FOR_UPDATES', 'true'])], [{ key: 'CHECK_FOR_UPDATES', test: { oneOf: ['true', '1'] }, unsetValue: 'true' }]],
    ['default left to the parameter: unset fails', [call('isEnabled', ['ENABLE_COPILOT'])], [{ key: 'ENABLE_COPILOT', test: { oneOf: ['true', '1'] }, unsetValue: '' }]],
    ['negated, one test: its opposite', [call('isEnabled', ['X', 'true'], true)], [{ key: 'X', test: { oneOf: ['true', '1'] }, unsetValue: 'true', negated: true }]],
    ['no argument, literal key', [{ key: 'code:isWorkerRole()', test: 'true', call: { name: 'isWorkerRole', args: [] } }], [{ key: 'APP_WORKER', test: { equals: 'true' } }]],
    ['a Python helper on a setting left unset in code, followed on', [{ key: 'code:has_apns_credentials()', test: 'true', call: { name: 'has_apns_credentials', args: [] } }], [{ key: 'APNS_CERT_FILE', test: 'set', unsetIsEmpty: true }]],
    ['no such function: the call as read', [call('getConfigFlag', ['X'])], [{ key: 'X', test: 'set' }]],
    ['an argument the test needs is missing: the call as read', [{ key: 'code:isEnabled()', test: 'true', call: { name: 'isEnabled', args: [] } }], [{ key: 'code:isEnabled()', test: 'true' }]],
    ['a NestJS class through its module to the helper', [{ key: `${NEST_CLASS_KEY}CopilotController`, test: 'true' }], [{ key: 'ENABLE_COPILOT', test: { oneOf: ['true', '1'] }, unsetValue: '' }]],
  ])('%s', (_name, conditions, expected) => {
    expect(throughFlags(conditions, (key) => HELPERS[key])).toEqual(expected);
  });
});

describe('what a deployment makes of a helper\'s test', () => {
  const settle = (conditions: FactCondition[]): FactCondition[] => throughFlags(conditions, (key) => HELPERS[key]);
  it.each<[string, FactCondition[], Record<string, string>, boolean]>([
    ['on by default, off in the deployment', [call('isEnabled', ['CHECK_FOR_UPDATES', 'true'], true)], { CHECK_FOR_UPDATES: 'false' }, true],
    ['on by default, left unset: the guard does not leave', [call('isEnabled', ['CHECK_FOR_UPDATES', 'true'], true)], {}, false],
    ['off by default, unset: the guarded code does not run', [call('isEnabled', ['ENABLE_COPILOT'])], {}, false],
    ['off by default, set to 1', [call('isEnabled', ['ENABLE_COPILOT'])], { ENABLE_COPILOT: '1' }, true],
    ['a setting left unset in code and by the deployment', [{ key: 'code:has_apns_credentials()', test: 'true', call: { name: 'has_apns_credentials', args: [] } }], {}, false],
    ['a setting the deployment gives', [{ key: 'code:has_apns_credentials()', test: 'true', call: { name: 'has_apns_credentials', args: [] } }], { APNS_CERT_FILE: '/etc/apns.pem' }, true],
  ])('%s', (_name, conditions, values, runs) => {
    expect(branchMayRunInVariants(settle(conditions), (key) => (values[key] !== undefined ? [values[key] as string] : []))).toBe(runs);
  });
});

describe('instantiating a helper', () => {
  it.each<[string, FactCondition[], string[], FactCondition[] | undefined]>([
    ['an argument that is no setting name', [{ key: '{0}', test: 'set' }], ['a b'], undefined],
    ['a literal outcome when unset', [{ key: '{0}', test: { equals: 'on' }, unsetValue: 'true' }], ['MODE'], [{ key: 'MODE', test: { equals: 'on' }, unsetValue: 'on' }]],
    ['a negated test: a value failing it', [{ key: '{0}', test: { equals: 'off' }, negated: true, unsetValue: 'false' }], ['MODE'], [{ key: 'MODE', test: { equals: 'off' }, negated: true, unsetValue: 'off' }]],
  ])('%s', (_name, tests, args, expected) => {
    expect(instantiateHelper(tests, args)).toEqual(expected);
  });
});
