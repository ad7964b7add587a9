import { describe, expect, it } from 'vitest';
import { conditionHolds, propertyConditions, withoutOwnCommand, type PropertyConditionAnnotation } from './conditions.js';
import { branchMayRunInVariants } from './deployment-variants.js';
import { COMMAND_PROGRAM_KEY, COMMAND_WORDS_KEY, type FactCondition } from './facts.js';

/** One deployment: each key has at most one value. */
function branchMayRun(conditions: readonly FactCondition[] | undefined, valueOf: (key: string) => string | undefined): boolean {
  return branchMayRunInVariants(conditions, (key) => {
    const value = valueOf(key);
    return value === undefined ? [] : [value];
  });
}

describe('conditionHolds', () => {
  it.each([
    [{ key: 'X', test: 'true' }, 'true', true],
    [{ key: 'X', test: 'true' }, 'False', false],
    [{ key: 'X', test: 'true' }, '1', true],
    [{ key: 'X', test: 'true' }, 'off', false],
    [{ key: 'X', test: 'true' }, 'maybe', undefined],
    [{ key: 'X', test: 'true', negated: true }, 'false', true],
    [{ key: 'X', test: 'set' }, 'false', true],
    [{ key: 'X', test: 'set' }, '', false],
    // A placeholder shipped for the operator to replace configures nothing.
    [{ key: 'X', test: 'set' }, 'SECRET', false],
    [{ key: 'X', test: 'set' }, '<your-api-key>', false],
    [{ key: 'X', test: 'set', negated: true }, 'REPLACE', true],
    [{ key: 'X', test: 'set' }, 'secret-store:6379', true],
    [{ key: 'X', test: { equals: 'sqs' } }, 'sqs', true],
    [{ key: 'X', test: { equals: 'sqs' } }, ' sqs ', true],
    [{ key: 'X', test: { equals: 'sqs' } }, 'rabbitmq', false],
    [{ key: 'X', test: { equals: 'sqs' }, negated: true }, 'rabbitmq', true],
    [{ key: 'X', test: { oneOf: ['orders', 'orders-worker'] } }, 'orders-worker', true],
    [{ key: 'X', test: { oneOf: ['orders', 'orders-worker'] } }, 'billing', false],
    [{ key: 'X', test: { oneOf: ['orders'] }, negated: true }, 'billing', true],
    [{ key: 'X', test: { word: 'orders' } }, '/app/cafe orders 8080', true],
    [{ key: 'X', test: { word: 'orders' } }, 'billing', false],
    [{ key: 'X', test: { word: 'orders' } }, 'orders-legacy', false],
    [{ key: 'X', test: { equals: 'sqs' } }, undefined, undefined],
    [{ key: 'X', test: { equals: 'sqs' } }, '***', undefined],
    [{ key: 'X', test: 'true' }, '${USE_AZURE}', undefined],
    // A comma-separated list setting (SPAN_STORAGE_TYPE=cassandra,kafka): a case holds when one item passes.
    [{ key: 'X', test: { equals: 'kafka' }, listed: true }, 'cassandra,kafka', true],
    [{ key: 'X', test: { equals: 'kafka' }, listed: true }, ' kafka ', true],
    [{ key: 'X', test: { equals: 'kafka' }, listed: true }, 'cassandra, elasticsearch', false],
    [{ key: 'X', test: { equals: 'kafka' }, listed: true }, 'kafka-legacy', false],
    [{ key: 'X', test: { equals: 'kafka' }, listed: true }, '', false],
    [{ key: 'X', test: { oneOf: ['elasticsearch', 'opensearch'] }, listed: true }, 'kafka,opensearch', true],
    [{ key: 'X', test: { oneOf: ['elasticsearch', 'opensearch'] }, listed: true }, 'kafka', false],
    [{ key: 'X', test: { equals: 'kafka' }, listed: true, negated: true }, 'cassandra', true],
    [{ key: 'X', test: { equals: 'kafka' } }, 'cassandra,kafka', false],
  ] as [FactCondition, string | undefined, boolean | undefined][])('%j with %j → %j', (condition, value, expected) => {
    expect(conditionHolds(condition, value)).toBe(expected);
  });

  it('runs a branch unless a known value fails one of its conditions', () => {
    const values: Record<string, string> = { A: 'true', B: 'kafka' };
    const valueOf = (key: string) => values[key];
    expect(branchMayRun(undefined, valueOf)).toBe(true);
    expect(branchMayRun([{ key: 'A', test: 'true' }, { key: 'B', test: { equals: 'kafka' } }], valueOf)).toBe(true);
    expect(branchMayRun([{ key: 'A', test: 'true' }, { key: 'B', test: { equals: 'sqs' } }], valueOf)).toBe(false);
    expect(branchMayRun([{ key: 'C', test: 'true', negated: true }], valueOf)).toBe(true);
  });

  it('takes a setting read without a default as empty where nothing binds it', () => {
    const valueOf = (key: string) => ({ AWS_BUCKET: 'media' })[key];
    expect(branchMayRun([{ key: 'GS_BUCKET', test: 'set', unsetIsEmpty: true }], valueOf)).toBe(false);
    expect(branchMayRun([{ key: 'GS_BUCKET', test: 'set', negated: true, unsetIsEmpty: true }], valueOf)).toBe(true);
    expect(branchMayRun([{ key: 'AWS_BUCKET', test: 'set', unsetIsEmpty: true }], valueOf)).toBe(true);
    expect(branchMayRun([{ key: 'GS_BUCKET', test: 'set' }], valueOf)).toBe(true);
  });
});

describe('a multi-call binary\'s name, and its override', () => {
  const condition: FactCondition = { key: 'ACME_BINARY_NAME', fallbackKey: COMMAND_PROGRAM_KEY, test: { equals: 'acme-server' } };
  it.each<[string, Record<string, string>, boolean]>([
    ['the name it runs as, nothing overriding it', { [COMMAND_PROGRAM_KEY]: 'acme-server' }, true],
    ['another name', { [COMMAND_PROGRAM_KEY]: 'acme-repo-server' }, false],
    ['run as the CLI, the env var naming the component', { [COMMAND_PROGRAM_KEY]: 'acme', ACME_BINARY_NAME: 'acme-server' }, true],
    ['run under its name, the env var naming another', { [COMMAND_PROGRAM_KEY]: 'acme-server', ACME_BINARY_NAME: 'acme-notifier' }, false],
    ['neither known: either may run', {}, true],
  ])('%s', (_name, values, expected) => {
    expect(branchMayRun([condition], (key) => values[key])).toBe(expected);
  });

  it('takes a command named like the deployable or its program as its own, whatever its command line\'s words', () => {
    const conditions: FactCondition[] = [
      { key: COMMAND_WORDS_KEY, test: { word: 'acme-notifier' } },
      { key: COMMAND_WORDS_KEY, test: { word: 'list' } },
      { key: COMMAND_WORDS_KEY, test: { word: 'acme-notifier' }, negated: true },
      { key: 'MODE', test: { equals: 'acme-notifier' } },
    ];
    expect(withoutOwnCommand(conditions, (word) => word === 'acme-notifier')).toEqual(conditions.slice(1));
  });
});

describe('propertyConditions', () => {
  it.each<[string, PropertyConditionAnnotation, FactCondition[], string[]]>([
    ['a name, no value: any value but false', { names: ['storage.s3.enabled'] }, [{ key: 'storage.s3.enabled', test: 'true' }], ['storage.s3.enabled']],
    ['prefix and name, a trailing dot dropped', { prefix: 'storage.s3.', names: ['enabled'] }, [{ key: 'storage.s3.enabled', test: 'true' }], ['storage.s3.enabled']],
    ['havingValue true', { names: ['a'], havingValue: 'true' }, [{ key: 'a', test: 'true' }], ['a']],
    ['havingValue other than true', { names: ['notify.channel'], havingValue: 'mongo' }, [{ key: 'notify.channel', test: { equals: 'mongo' } }], ['notify.channel']],
    ['matchIfMissing: unset holds', { names: ['storage.gcs.enabled'], matchIfMissing: true }, [{ key: 'storage.gcs.enabled', test: 'true' }], []],
    ['several names, each must hold', { prefix: 'x', names: ['a', 'b'], havingValue: 'on' }, [{ key: 'x.a', test: { equals: 'on' } }, { key: 'x.b', test: { equals: 'on' } }], ['x.a', 'x.b']],
    ['a blank name is none', { names: [' '] }, [], []],
  ])('%s', (_case, annotation, conditions, missingFails) => {
    expect(propertyConditions(annotation)).toEqual({ conditions, missingFails });
  });

  it('with the fallback false for a property that must be set, a missing property fails and a set one decides', () => {
    const { conditions } = propertyConditions({ names: ['notify.channel'], havingValue: 'mongo' });
    expect(branchMayRun(conditions, () => 'false')).toBe(false);
    expect(branchMayRun(conditions, () => 'mongo')).toBe(true);
    expect(branchMayRun(conditions, () => 'redis')).toBe(false);
  });
});
