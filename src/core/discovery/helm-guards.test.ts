import { describe, expect, it } from 'vitest';
import type { Evidence, Fact, ValuesTest } from './facts.js';
import { valuesTestHolds, withoutUnrenderedTemplateLines } from './helm-guards.js';

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
