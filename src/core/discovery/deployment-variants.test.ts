import { describe, expect, it } from 'vitest';
import { branchMayRunInVariants, variantValues, type VariantBinding } from './deployment-variants.js';
import type { FactCondition } from './facts.js';

const kafka: FactCondition = { key: 'STORE_KIND', test: { equals: 'kafka' }, listed: true };
const notPostgres: FactCondition = { key: 'STORE_KIND', test: { equals: 'postgres' }, negated: true };
const enabled: FactCondition = { key: 'BUS_ENABLED', test: 'true' };
const fallback: FactCondition = { key: 'ACME_BINARY_NAME', fallbackKey: 'command-line:program', test: { equals: 'acme-api' } };
const unset: FactCondition = { key: 'GS_BUCKET_NAME', test: 'set', unsetIsEmpty: true };

describe('branchMayRunInVariants', () => {
  it.each<[string, FactCondition[], Record<string, string[]>, boolean]>([
    ['one deployment choosing the branch', [kafka], { STORE_KIND: ['kafka'] }, true],
    ['one deployment choosing another', [kafka], { STORE_KIND: ['postgres'] }, false],
    ['one of several deployments choosing it', [kafka], { STORE_KIND: ['postgres', 'kafka', 'elasticsearch'] }, true],
    ['a list value in one deployment', [kafka], { STORE_KIND: ['postgres', 'elasticsearch,kafka'] }, true],
    ['no deployment choosing it', [kafka], { STORE_KIND: ['postgres', 'elasticsearch'] }, false],
    ['a negated test one deployment passes', [notPostgres], { STORE_KIND: ['postgres', 'kafka'] }, true],
    ['a negated test every deployment fails', [notPostgres], { STORE_KIND: ['postgres'] }, false],
    ['no value known: kept', [kafka], {}, true],
    ['an opaque value: kept', [kafka], { STORE_KIND: ['${STORE_KIND}'] }, true],
    ['every condition must pass in some deployment', [kafka, enabled], { STORE_KIND: ['kafka'], BUS_ENABLED: ['false'] }, false],
    ['no conditions', [], {}, true],
    ['a fallback key read when the key has no value', [fallback], { 'command-line:program': ['acme-api'] }, true],
    ['a fallback key failing', [fallback], { 'command-line:program': ['acme-worker'] }, false],
    ['the key itself wins over its fallback', [fallback], { ACME_BINARY_NAME: ['acme-api'], 'command-line:program': ['acme'] }, true],
    ['a setting read without a default, unbound: empty', [unset], {}, false],
    ['a setting read without a default, bound', [unset], { GS_BUCKET_NAME: ['media'] }, true],
  ])('%s', (_name, conditions, values, expected) => {
    expect(branchMayRunInVariants(conditions, (key) => values[key] ?? [])).toBe(expected);
  });
});

describe('variantValues', () => {
  const identity = (binding: VariantBinding): string | undefined => binding.value;
  it.each<[string, string | undefined, VariantBinding[], string[]]>([
    ['one file: only the value lookup chose', 'postgres', [{ file: 'compose/pg/docker-compose.yml', value: 'postgres' }], ['postgres']],
    ['nothing bound', undefined, [], []],
    [
      'each deployment file, the chosen value first, without repeats',
      'postgres',
      [
        { file: 'compose/pg/docker-compose.yml', value: 'postgres' },
        { file: 'compose/kafka/docker-compose.yml', value: 'kafka' },
        { file: 'k8s/api.yaml', value: 'elasticsearch' },
        { file: 'k8s/worker.yaml', value: 'postgres' },
      ],
      ['postgres', 'kafka', 'elasticsearch'],
    ],
    [
      'a file binding the key twice keeps its last',
      'kafka',
      [
        { file: 'compose/a.yml', value: 'memory' },
        { file: 'compose/a.yml', value: 'kafka' },
        { file: 'compose/b.yml', value: 'postgres' },
      ],
      ['kafka', 'postgres'],
    ],
  ])('%s', (_name, chosen, own, expected) => {
    expect(variantValues(chosen, own, identity)).toEqual(expected);
  });

  it('follows what resolve gives, and leaves out a value that resolves to nothing', () => {
    const own = [
      { file: 'compose/a.yml', value: 'kafka' },
      { file: 'k8s/api.yaml', value: '$ref:STORE_FROM_CONFIGMAP' },
      { file: 'k8s/other.yaml', value: '$ref:NOWHERE' },
    ];
    const resolved = variantValues('kafka', own, (binding) => (binding.value === '$ref:STORE_FROM_CONFIGMAP' ? 'elasticsearch' : binding.value.startsWith('$ref:') ? undefined : binding.value));
    expect(resolved).toEqual(['kafka', 'elasticsearch']);
  });
});
