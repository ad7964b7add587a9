import { describe, expect, it } from 'vitest';
import { PatchbayError } from '../errors.js';
import type { IntegrationInput } from '../model/schemas.js';
import { pickTopThree, prioritise, type PrioritisedIntegration } from './sequence.js';
import { SYSTEMS, item, sys } from './test-support/fixtures.js';

/** Prioritises the items between the two fixture systems with default weights. */
function run(integrations: IntegrationInput[]) {
  return prioritise({ integrations, systems: SYSTEMS });
}

// Ratings per quadrant: the four corners of the matrix.
const DO_FIRST = { value: 5, complexity: 1 };
const PLAN = { value: 5, complexity: 5 };
const BATCH = { value: 1, complexity: 1 };
const DEFER = { value: 1, complexity: 5 };

describe('prioritise: sequence', () => {
  it.each<[string, IntegrationInput[], string[]]>([
    [
      'a simple chain comes out prerequisites first, whatever their priority',
      [item('c', { ...DO_FIRST, dependsOn: ['b'] }), item('b', { ...BATCH, dependsOn: ['a'] }), item('a', DEFER)],
      ['a', 'b', 'c'],
    ],
    [
      'independent items follow the quadrant order',
      [item('w', DEFER), item('z', BATCH), item('y', PLAN), item('x', DO_FIRST)],
      ['x', 'y', 'z', 'w'],
    ],
    [
      'within a quadrant, higher value first, then lower complexity',
      [item('r', { value: 4, complexity: 2 }), item('q', { value: 4, complexity: 1 }), item('p', { value: 5, complexity: 2 })],
      ['p', 'q', 'r'],
    ],
    ['equal scores are ordered by id', [item('b', DO_FIRST), item('c', DO_FIRST), item('a', DO_FIRST)], ['a', 'b', 'c']],
    [
      'an item with no value rating at all waits behind every rated one, even one to reconsider',
      [item('u', { complexity: 1 }), item('d', DEFER), item('x', DO_FIRST)],
      ['x', 'd', 'u'],
    ],
    [
      'an unrated prerequisite still comes before what needs it',
      [item('x', { ...DO_FIRST, dependsOn: ['u'] }), item('u', { complexity: 1 }), item('d', DEFER)],
      ['d', 'u', 'x'],
    ],
    [
      'a ready item of higher priority goes ahead of a blocked one',
      [item('b', { ...DO_FIRST, dependsOn: ['a'] }), item('a', DEFER), item('m', PLAN)],
      ['m', 'a', 'b'],
    ],
    [
      'an active prerequisite is in place, so it does not hold its dependant back',
      [item('b', { ...DO_FIRST, dependsOn: ['a'] }), item('a', { ...DEFER, status: 'active' })],
      ['b', 'a'],
    ],
    [
      'a deprecated prerequisite is not in place, so it still comes first',
      [item('b', { ...DO_FIRST, dependsOn: ['a'] }), item('a', { ...DEFER, status: 'deprecated' })],
      ['a', 'b'],
    ],
    [
      'a prerequisite that is unknown or retired is ignored',
      [item('b', { ...DEFER, dependsOn: ['ghost', 'old'] }), item('old', { ...DO_FIRST, status: 'retired' }), item('a', DO_FIRST)],
      ['a', 'b'],
    ],
    [
      'a diamond waits for both branches',
      [item('d', { ...DO_FIRST, dependsOn: ['b', 'c'] }), item('b', { ...PLAN, dependsOn: ['a'] }), item('c', { ...BATCH, dependsOn: ['a'] }), item('a', DEFER), item('e', DEFER)],
      ['a', 'b', 'c', 'd', 'e'],
    ],
  ])('%s', (_case, integrations, expected) => {
    expect(run(integrations).sequence).toEqual(expected);
  });

  it('does not depend on the order of the input', () => {
    const integrations = [
      item('a', DEFER),
      item('b', { ...BATCH, dependsOn: ['a'] }),
      item('c', { ...DO_FIRST, dependsOn: ['d'] }),
      item('d', { ...PLAN, dependsOn: ['c'] }),
      item('e', { value: 4, complexity: 2 }),
      item('f', { value: 4, complexity: 2 }),
    ];
    const forward = run(integrations);
    const backward = run([...integrations].reverse());
    expect(backward).toEqual(forward);
  });

  it('numbers the integrations in sequence order', () => {
    const result = run([item('b', DEFER), item('a', DO_FIRST)]);
    expect(result.integrations.map((entry) => [entry.id, entry.rank])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('leaves retired integrations out and counts them', () => {
    const result = run([item('a', DO_FIRST), item('gone', { ...DO_FIRST, status: 'retired' })]);
    expect(result.sequence).toEqual(['a']);
    expect(result.summary).toMatchObject({ considered: 1, retired: 1 });
  });

  it('rejects two integrations with the same id', () => {
    expect(() => run([item('a'), item('b'), item('a')])).toThrowError(PatchbayError);
    try {
      run([item('a'), item('b'), item('a')]);
    } catch (error) {
      expect((error as PatchbayError).issues).toEqual([{ pointer: '/integrations/2/id', message: "duplicate id 'a'" }]);
    }
  });

  it('validates the weights it is given', () => {
    expect(() => prioritise({ integrations: [], systems: [], weights: { value: { revenue: -1, cost: 1, risk: 1, speed: 1 }, complexity: { systemReadiness: 1, dataQuality: 1, security: 1, dependencyChain: 1 } } })).toThrowError(
      /\/value\/revenue/,
    );
  });
});

describe('prioritise: cycles', () => {
  it('reports a cycle and places each member once, best first, without looping', () => {
    const result = run([
      item('a', { ...BATCH, dependsOn: ['b'] }),
      item('b', { ...DO_FIRST, dependsOn: ['c'] }),
      item('c', { ...PLAN, dependsOn: ['a'] }),
      item('d', { value: 4, complexity: 1 }),
    ]);
    // The cycle goes as a unit, as early as its best member (b, do first, value 5) deserves.
    expect(result.sequence).toEqual(['b', 'c', 'a', 'd']);
    expect(result.cycles).toEqual([['b', 'c', 'a']]);
    expect(result.integrations.filter((entry) => entry.inCycle).map((entry) => entry.id).sort()).toEqual(['a', 'b', 'c']);
  });

  it('places a cycle once its outside prerequisites are in the sequence', () => {
    const result = run([
      item('a', { ...DO_FIRST, dependsOn: ['b', 'x'] }),
      item('b', { ...DO_FIRST, dependsOn: ['a'] }),
      item('x', DEFER),
      item('y', BATCH),
      item('z', { ...DO_FIRST, dependsOn: ['a'] }),
    ]);
    expect(result.sequence).toEqual(['y', 'x', 'a', 'b', 'z']);
    expect(result.cycles).toEqual([['a', 'b']]);
  });

  it('reports an integration that depends on itself as a cycle of one', () => {
    const result = run([item('a', { ...DO_FIRST, dependsOn: ['a'] }), item('b', BATCH)]);
    expect(result.cycles).toEqual([['a']]);
    expect(result.sequence).toEqual(['a', 'b']);
  });

  it('reports each of several cycles, in sequence order', () => {
    const result = run([
      item('p', { ...DEFER, dependsOn: ['q'] }),
      item('q', { ...DEFER, dependsOn: ['p'] }),
      item('m', { ...DO_FIRST, dependsOn: ['n'] }),
      item('n', { ...BATCH, dependsOn: ['m'] }),
    ]);
    expect(result.cycles).toEqual([
      ['m', 'n'],
      ['p', 'q'],
    ]);
    expect(result.sequence).toEqual(['m', 'n', 'p', 'q']);
  });

  it('does not report a loop through an active integration, which is already in place', () => {
    const result = run([item('a', { ...DO_FIRST, dependsOn: ['b'] }), item('b', { ...DEFER, status: 'active', dependsOn: ['a'] })]);
    expect(result.cycles).toEqual([]);
    expect(result.sequence).toEqual(['a', 'b']);
  });

  it('scores the dependency chain as 5 for cycle members and for what waits on them', () => {
    const result = run([
      item('a', { value: 5, dependsOn: ['b'] }),
      item('b', { value: 5, dependsOn: ['a'] }),
      item('c', { value: 5, dependsOn: ['a'] }),
      item('d', { value: 5 }),
    ]);
    const chain = Object.fromEntries(result.integrations.map((entry) => [entry.id, entry.breakdown.complexity.dependencyChain.score]));
    expect(chain).toEqual({ a: 5, b: 5, c: 5, d: 1 });
  });

  it('handles 100,000 integrations in one chain and in one cycle without overflowing the stack', () => {
    const size = 100_000;
    const chain = Array.from({ length: size }, (_, index) => item(`n${index}`, { value: 3, complexity: 3, dependsOn: index === 0 ? [] : [`n${index - 1}`] }));
    const chained = run(chain);
    expect(chained.sequence[0]).toBe('n0');
    expect(chained.sequence.at(-1)).toBe(`n${size - 1}`);
    expect(chained.cycles).toEqual([]);
    const cycle = Array.from({ length: size }, (_, index) => item(`n${index}`, { value: 3, complexity: 3, dependsOn: [`n${(index + 1) % size}`] }));
    const cyclic = run(cycle);
    expect(cyclic.cycles).toHaveLength(1);
    expect(cyclic.cycles[0]).toHaveLength(size);
    expect(new Set(cyclic.sequence).size).toBe(size);
  }, 30_000);
});

describe('prioritise: derived figures', () => {
  it('derives the dependency chain from unfinished prerequisites only', () => {
    const result = run([
      item('a', { value: 4 }),
      item('b', { value: 4, dependsOn: ['a'] }),
      item('c', { value: 4, dependsOn: ['b'] }),
      item('d', { value: 4, dependsOn: ['c', 'ready'] }),
      item('e', { value: 4, dependsOn: ['d'] }),
      item('f', { value: 4, dependsOn: ['e'] }),
      item('ready', { value: 4, status: 'active' }),
    ]);
    const chain = Object.fromEntries(result.integrations.map((entry) => [entry.id, entry.breakdown.complexity.dependencyChain]));
    expect(Object.fromEntries(Object.entries(chain).map(([id, figure]) => [id, figure.score]))).toEqual({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 5, ready: 1 });
    expect(chain['d']?.reason).toContain("starting with 'c'");
  });

  it('derives system readiness from the target system', () => {
    const result = prioritise({
      integrations: [item('to-api', { value: 4, target: 'api' }), item('to-legacy', { value: 4, target: 'legacy' }), item('to-unknown', { value: 4, target: 'nowhere' })],
      systems: [sys('api', { exposesApi: true }), sys('legacy', { exposesApi: false })],
    });
    const readiness = Object.fromEntries(result.integrations.map((entry) => [entry.id, [entry.breakdown.complexity.systemReadiness.score, entry.breakdown.complexity.systemReadiness.source]]));
    expect(readiness).toEqual({ 'to-api': [1, 'derived'], 'to-legacy': [5, 'derived'], 'to-unknown': [3, 'default'] });
  });

  it('places unrated integrations with the defaults and flags them', () => {
    const result = run([item('bare'), item('rated', DO_FIRST)]);
    const bare = result.integrations.find((entry) => entry.id === 'bare') as PrioritisedIntegration;
    // Value 3 (default) is high; complexity: readiness 3, data quality 3, security 3, chain 1 → 2.5, low.
    expect(bare).toMatchObject({ value: 3, complexity: 2.5, quadrant: 'do-first', needsRatings: true });
    expect(bare.missingRatings).toEqual(['revenue', 'cost', 'risk', 'speed']);
    expect(result.summary.needingRatings).toBe(1);
  });

  it('counts rated integrations per quadrant and unrated ones apart', () => {
    const result = run([item('a', DO_FIRST), item('b', DO_FIRST), item('c', DEFER), item('u', { complexity: 1 })]);
    expect(result.summary.byQuadrant).toEqual({ 'do-first': 2, 'plan-carefully': 0, 'batch-together': 0, 'reconsider-or-defer': 1 });
    expect(result.summary.unrated).toBe(1);
    expect(result.integrations.find((entry) => entry.id === 'u')?.unrated).toBe(true);
  });
});

describe('prioritise: unknown dependencies', () => {
  it('reports ids that are not in the catalog and ids of retired integrations', () => {
    const result = run([
      item('b', { ...DO_FIRST, dependsOn: ['ghost', 'old', 'a'] }),
      item('a', { ...DO_FIRST, dependsOn: ['zombie'] }),
      item('old', { status: 'retired' }),
    ]);
    expect(result.unknownDependencies).toEqual([
      { integration: 'a', dependsOn: 'zombie', reason: 'not-in-catalog' },
      { integration: 'b', dependsOn: 'ghost', reason: 'not-in-catalog' },
      { integration: 'b', dependsOn: 'old', reason: 'retired' },
    ]);
    expect(result.sequence).toEqual(['a', 'b']);
    expect(result.integrations.find((entry) => entry.id === 'b')?.dependsOn).toEqual(['ghost', 'old', 'a']);
  });
});

describe('top three', () => {
  it.each<[string, IntegrationInput[], string[]]>([
    [
      'the first three still to be built, in sequence order',
      [item('a', { ...DO_FIRST, status: 'active' }), item('b', DO_FIRST), item('c', { ...PLAN, status: 'proposed' }), item('d', BATCH), item('e', DEFER)],
      ['b', 'c', 'd'],
    ],
    [
      'filled with active integrations in do first when fewer than three are to be built',
      [item('a', { ...DO_FIRST, status: 'active' }), item('b', DEFER), item('c', { ...PLAN, status: 'active' }), item('d', { value: 4, complexity: 1, status: 'active' })],
      ['b', 'a', 'd'],
    ],
    ['never a deprecated one, and fewer than three when that is all there is', [item('a', { ...DO_FIRST, status: 'deprecated' }), item('b', BATCH)], ['b']],
    ['prerequisites count: a blocked favourite comes after what it waits on', [item('b', { ...DO_FIRST, dependsOn: ['a'] }), item('a', DEFER), item('c', PLAN)], ['c', 'a', 'b']],
    ['empty for an empty catalog', [], []],
  ])('%s', (_case, integrations, expected) => {
    expect(run(integrations).topThree).toEqual(expected);
  });

  it('can be picked from any list in sequence order', () => {
    expect(
      pickTopThree([
        { id: 'x', status: 'active', quadrant: 'do-first' },
        { id: 'y', status: 'planned', quadrant: 'reconsider-or-defer' },
      ]),
    ).toEqual(['y', 'x']);
  });
});
