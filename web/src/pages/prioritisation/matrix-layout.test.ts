import { describe, expect, it } from 'vitest';
import { prioritise } from '../../../../src/core/prioritise/index.js';
import type { IntegrationInput, SystemInput } from '../../../../src/core/model/schemas.js';
import { areaAt, matrixLayout, ratedIntegrations } from './matrix-layout.js';

const systems: SystemInput[] = [
  { id: 'a', name: 'A', exposesApi: true },
  { id: 'b', name: 'B', exposesApi: true },
] as SystemInput[];

function integration(id: string, value: number, complexity: number, status = 'planned'): IntegrationInput {
  return {
    id,
    name: id.toUpperCase(),
    source: 'a',
    target: 'b',
    mechanism: 'rest',
    status,
    ratings: {
      value: { revenue: value, cost: value, risk: value, speed: value },
      complexity: { systemReadiness: complexity, dataQuality: complexity, security: complexity, dependencyChain: complexity },
    },
  } as IntegrationInput;
}

describe('the matrix layout', () => {
  const result = prioritise({
    systems,
    integrations: [
      integration('easy-win', 5, 1),
      integration('hard-win', 5, 5),
      integration('easy-small', 1, 1, 'active'),
      integration('hard-small', 1, 5),
      // On both dividing lines: value 3 counts as high and complexity 3 as high, so Plan carefully.
      integration('middle', 3, 3),
      { id: 'unrated', name: 'Unrated', source: 'a', target: 'b', mechanism: 'rest' } as IntegrationInput,
      // Four on one spot: spread out, not on top of each other.
      ...['s1', 's2', 's3', 's4'].map((id) => integration(id, 4, 2)),
    ],
  });
  const layout = matrixLayout(result);

  it('draws every rated integration once and leaves unrated ones off', () => {
    expect(layout.points.map((point) => point.id).sort()).toEqual(ratedIntegrations(result).map((item) => item.id).sort());
    expect(layout.points.some((point) => point.id === 'unrated')).toBe(false);
  });

  it.each([
    ['easy-win', 'do-first'],
    ['hard-win', 'plan-carefully'],
    ['easy-small', 'batch-together'],
    ['hard-small', 'reconsider-or-defer'],
    ['middle', 'plan-carefully'],
    ['s1', 'do-first'],
  ])('places %s inside %s, as the API does', (id, quadrant) => {
    const point = layout.points.find((item) => item.id === id)!;
    expect(point.quadrant).toBe(quadrant);
    expect(areaAt(layout, point.x, point.y)).toBe(quadrant);
  });

  it('puts easier to the right and more valuable to the top', () => {
    const at = (id: string) => layout.points.find((item) => item.id === id)!;
    expect(at('easy-win').x).toBeGreaterThan(at('hard-win').x);
    expect(at('easy-win').y).toBeLessThan(at('easy-small').y);
  });

  it('spreads points that share a spot so each can be clicked', () => {
    const crowd = layout.points.filter((point) => point.id.startsWith('s'));
    for (const one of crowd) for (const other of crowd) if (one !== other) expect(Math.hypot(one.x - other.x, one.y - other.y)).toBeGreaterThanOrEqual(layout.radius * 2);
  });

  it('marks running integrations as built and the top three as picks', () => {
    expect(layout.points.find((point) => point.id === 'easy-small')!.built).toBe(true);
    expect(layout.points.find((point) => point.id === result.topThree[0])!.pick).toBe(1);
  });

  it('is the same for the same input', () => {
    expect(matrixLayout(result)).toEqual(layout);
  });
});
