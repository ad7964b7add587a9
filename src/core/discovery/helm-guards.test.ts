import { describe, expect, it } from 'vitest';
import type { Evidence, Fact, ValuesTest } from './facts.js';
import { dependencyEnabled, valuesTestHolds, withoutUnrenderedTemplateLines, type DependencySwitches } from './helm-guards.js';

const at = (file: string, line: number): Evidence => ({ file, line, excerpt: `line ${line}` });
const member = (key: string, value: string): Fact => ({ type: 'binding', group: 'helm-values:charts/shop', key, value, evidence: at('charts/shop/values.yaml', 3) });
const guard = (from: number, to: number, tests: ValuesTest[]): Fact => ({ type: 'values-guard', group: 'helm-values:charts/shop', from, to, tests, evidence: at('charts/shop/templates/ingress.yaml', from - 1) });
const component = (name: string, line: number): Fact => ({ type: 'component', name, kind: 'application', evidence: at('charts/shop/templates/ingress.yaml', line), confidence: 0.9 });

describe('valuesTestHolds', () => {
  it.each<[ValuesTest, string | undefined, boolean | undefined]>([
    [{ path: 'a', truthy: true }, 'true', true],
    [{ path: 'a', truthy: true }, 'false', false],
    [{ path: 'a', truthy: true }, '0', false],
    [{ path: 'a', truthy: true }, 'nginx', true],
    [{ path: 'a', truthy: false }, 'false', true],
    [{ path: 'a', truthy: true }, undefined, undefined],
    [{ path: 'a', truthy: true }, '***', undefined],
    [{ path: 'a', equals: 'redis' }, 'redis', true],
    [{ path: 'a', equals: 'redis' }, 'kafka', false],
    [{ path: 'a', equals: 'redis', negated: true }, 'kafka', true],
  ])('%j with %s', (test, value, expected) => {
    expect(valuesTestHolds(test, value)).toBe(expected);
  });
});

describe('withoutUnrenderedTemplateLines', () => {
  it('drops what was read on lines the chart\'s values do not render, and the guards', () => {
    const facts = [member('ingress.enabled', 'false'), guard(2, 20, [{ path: 'ingress.enabled', truthy: true }]), component('shop-ingress', 4), component('shop', 22)];
    expect(withoutUnrenderedTemplateLines(facts).map((fact) => (fact.type === 'component' ? fact.name : fact.type))).toEqual(['binding', 'shop']);
  });

  it('keeps a branch whose value the chart states as true, or does not state at all', () => {
    const enabled = [member('ingress.enabled', 'true'), guard(2, 20, [{ path: 'ingress.enabled', truthy: true }]), component('shop-ingress', 4)];
    const unstated = [guard(2, 20, [{ path: 'ingress.enabled', truthy: true }]), component('shop-ingress', 4)];
    expect(withoutUnrenderedTemplateLines(enabled).filter((fact) => fact.type === 'component')).toHaveLength(1);
    expect(withoutUnrenderedTemplateLines(unstated).filter((fact) => fact.type === 'component')).toHaveLength(1);
  });

  it('reads values of the guard\'s own chart only', () => {
    const other: Fact = { type: 'binding', group: 'helm-values:charts/other', key: 'ingress.enabled', value: 'false', evidence: at('charts/other/values.yaml', 2) };
    expect(withoutUnrenderedTemplateLines([other, guard(2, 20, [{ path: 'ingress.enabled', truthy: true }]), component('shop-ingress', 4)]).filter((fact) => fact.type === 'component')).toHaveLength(1);
  });
});

describe('dependencyEnabled', () => {
  it.each<[string, DependencySwitches, Record<string, unknown>, boolean]>([
    ['no switch', {}, { postgresql: { enabled: false } }, true],
    ['a condition the values set false', { condition: 'postgresql.enabled' }, { postgresql: { enabled: false } }, false],
    ['a condition the values set true', { condition: 'redis.enabled' }, { redis: { enabled: true } }, true],
    ['a condition the values do not state', { condition: 'redis.enabled' }, { redis: { architecture: 'standalone' } }, true],
    ['a condition holding no boolean is passed over', { condition: 'redis.enabled' }, { redis: { enabled: 'false' } }, true],
    ['a comma list: the first path stated wins', { condition: 'rabbitmq.enabled,global.rabbitmq.enabled' }, { global: { rabbitmq: { enabled: false } } }, false],
    ['a comma list: an earlier path wins over a later one', { condition: 'rabbitmq.enabled, global.rabbitmq.enabled' }, { rabbitmq: { enabled: true }, global: { rabbitmq: { enabled: false } } }, true],
    ['a tag set false', { tags: ['analytics'] }, { tags: { analytics: false } }, false],
    ['a tag set false and another true', { tags: ['analytics', 'reporting'] }, { tags: { analytics: false, reporting: true } }, true],
    ['a tag not stated', { tags: ['analytics'] }, { tags: { other: false } }, true],
    ['a condition decides over the tags', { condition: 'mongodb.enabled', tags: ['analytics'] }, { mongodb: { enabled: true }, tags: { analytics: false } }, true],
    ['tags decide when the condition is not stated', { condition: 'mongodb.enabled', tags: ['analytics'] }, { tags: { analytics: false } }, false],
  ])('%s', (_case, dependency, values, expected) => {
    expect(dependencyEnabled(dependency, values)).toBe(expected);
  });
});
