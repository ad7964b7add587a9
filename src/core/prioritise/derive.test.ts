import { describe, expect, it } from 'vitest';
import type { IntegrationInput, SystemInput } from '../model/schemas.js';
import { deriveBreakdown, deriveDependencyChain, deriveSystemReadiness, type Figure } from './derive.js';
import type { ChainInfo } from './graph.js';
import { roundScore, scoreBreakdown, scoreIntegration, weightedAverage } from './score.js';
import { item, sys } from './test-support/fixtures.js';
import { parseWeights } from './weights.js';

describe('deriveSystemReadiness', () => {
  it.each<[string, SystemInput | undefined, number, Figure['source'], string]>([
    ['an API in service', sys('dst', { exposesApi: true }), 1, 'derived', 'already offers an API'],
    ['an API on an explicitly active system', sys('dst', { exposesApi: true, lifecycle: 'active' }), 1, 'derived', 'already offers an API'],
    ['an API on a planned system', sys('dst', { exposesApi: true, lifecycle: 'planned' }), 2, 'derived', 'is planned'],
    ['an API on a deprecated system', sys('dst', { exposesApi: true, lifecycle: 'deprecated' }), 2, 'derived', 'is deprecated'],
    ['no API', sys('dst', { exposesApi: false }), 5, 'derived', 'one must be built'],
    ['nothing recorded', sys('dst'), 3, 'default', 'does not say'],
    ['a target not in the catalog', undefined, 3, 'default', 'not in the catalog'],
  ])('%s → %d (%s)', (_case, target, score, source, reason) => {
    const figure = deriveSystemReadiness('dst', target);
    expect(figure).toMatchObject({ score, source });
    expect(figure.reason).toContain(reason);
  });
});

describe('deriveDependencyChain', () => {
  it.each<[string, ChainInfo | undefined, number, Figure['source'], string]>([
    ['nothing to wait for', { depth: 0, inCycle: false, waitsOnCycle: false }, 1, 'derived', 'nothing it depends on'],
    ['one link', { depth: 1, inCycle: false, waitsOnCycle: false, via: 'a' }, 2, 'derived', "chain of 1 integration not yet active, starting with 'a'"],
    ['two links', { depth: 2, inCycle: false, waitsOnCycle: false, via: 'a' }, 3, 'derived', 'chain of 2 integrations'],
    ['three links', { depth: 3, inCycle: false, waitsOnCycle: false, via: 'a' }, 4, 'derived', 'chain of 3'],
    ['four links', { depth: 4, inCycle: false, waitsOnCycle: false, via: 'a' }, 5, 'derived', 'chain of 4'],
    ['forty links', { depth: 40, inCycle: false, waitsOnCycle: false, via: 'a' }, 5, 'derived', 'chain of 40'],
    ['a cycle', { depth: null, inCycle: true, waitsOnCycle: false }, 5, 'derived', 'dependency cycle'],
    ['waiting on a cycle', { depth: null, inCycle: false, waitsOnCycle: true, via: 'b' }, 5, 'derived', "waits on 'b'"],
    ['no graph worked out', undefined, 3, 'default', 'not rated'],
  ])('%s → %d (%s)', (_case, chain, score, source, reason) => {
    const figure = deriveDependencyChain(chain);
    expect(figure).toMatchObject({ score, source });
    expect(figure.reason).toContain(reason);
  });
});

describe('deriveBreakdown', () => {
  const noApi = sys('dst', { exposesApi: false });
  const withPii: IntegrationInput = {
    ...item('x'),
    data: [{ object: 'customer', fields: [{ name: 'email', pii: true }, { name: 'id' }] }],
  };

  it.each<[string, IntegrationInput, SystemInput | undefined, string, number, Figure['source']]>([
    ['a rating beats what the catalog says', { ...item('x'), ratings: { complexity: { systemReadiness: 2 } } }, noApi, 'systemReadiness', 2, 'rated'],
    ['the catalog fills a missing rating', item('x'), noApi, 'systemReadiness', 5, 'derived'],
    ['data quality cannot be derived', item('x'), noApi, 'dataQuality', 3, 'default'],
    ['personal data raises security', withPii, noApi, 'security', 4, 'derived'],
    ['no personal data leaves security at the default', item('x'), noApi, 'security', 3, 'default'],
    ['a security rating beats personal data', { ...withPii, ratings: { complexity: { security: 1 } } }, noApi, 'security', 1, 'rated'],
  ])('%s', (_case, integration, target, criterion, score, source) => {
    const breakdown = deriveBreakdown(integration, { target, chain: { depth: 0, inCycle: false, waitsOnCycle: false } });
    expect(breakdown.complexity[criterion as keyof typeof breakdown.complexity]).toMatchObject({ score, source });
  });

  it('never invents value: unrated value criteria count as 3, marked default, and the item needs ratings', () => {
    const integration: IntegrationInput = { ...item('x'), ratings: { value: { revenue: 5 } } };
    const score = scoreIntegration(integration, { target: sys('dst', { exposesApi: true }) });
    expect(score.breakdown.value.revenue).toEqual({ score: 5, source: 'rated', reason: 'rated 5' });
    for (const criterion of ['cost', 'risk', 'speed'] as const) {
      expect(score.breakdown.value[criterion]).toMatchObject({ score: 3, source: 'default' });
    }
    expect(score.value).toBe(3.5);
    expect(score.needsRatings).toBe(true);
    expect(score.missingRatings).toEqual(['cost', 'risk', 'speed']);
  });

  it('does not ask for ratings on criteria weighted zero', () => {
    const integration: IntegrationInput = { ...item('x'), ratings: { value: { revenue: 5, cost: 4 } } };
    const weights = parseWeights({ value: { risk: 0, speed: 0 } });
    const score = scoreIntegration(integration, {}, weights);
    expect(score.needsRatings).toBe(false);
    expect(score.value).toBe(4.5);
  });
});

describe('scoring', () => {
  /** Four figures with the given scores, as one side of a breakdown. */
  const side = (a: number, b: number, c: number, d: number): Record<'a' | 'b' | 'c' | 'd', Figure> => ({
    a: { score: a, source: 'rated', reason: '' },
    b: { score: b, source: 'rated', reason: '' },
    c: { score: c, source: 'rated', reason: '' },
    d: { score: d, source: 'rated', reason: '' },
  });

  it.each([
    [[1, 2, 2, 2], { a: 1, b: 1, c: 1, d: 1 }, 1.75],
    [[5, 1, 1, 1], { a: 2, b: 1, c: 1, d: 1 }, 2.6],
    [[1, 1, 2, 5], { a: 1, b: 1, c: 1, d: 0 }, 1.33],
    [[2, 2, 2, 1], { a: 1, b: 1, c: 1, d: 0 }, 2],
    [[5, 5, 5, 5], { a: 0.1, b: 0, c: 0, d: 0 }, 5],
  ])('scores %o weighted %o as %d', (scores, weights, expected) => {
    const [a, b, c, d] = scores as [number, number, number, number];
    expect(weightedAverage(side(a, b, c, d), weights, ['a', 'b', 'c', 'd'])).toBe(expected);
  });

  it('rounds to two decimals', () => {
    expect(roundScore(2 + 2 / 3)).toBe(2.67);
  });

  it('weighs each side with its own weights', () => {
    const integration = item('x', { value: 4, complexity: 2 });
    const breakdown = deriveBreakdown(integration, {});
    breakdown.value.revenue = { score: 1, source: 'rated', reason: 'rated 1' };
    const weights = parseWeights({ value: { revenue: 3 }, complexity: { security: 0 } });
    const score = scoreBreakdown(breakdown, weights);
    expect(score.value).toBe(2.5);
    expect(score.complexity).toBe(2);
  });
});
