import { describe, expect, it } from 'vitest';
import { buildDependencyGraph, chainDepths, stronglyConnected, type DependencyNode } from './graph.js';
import { MinHeap } from './heap.js';

/** Nodes from `id: prerequisites` pairs; ids starting with `*` are in place. */
function nodes(spec: Record<string, string[]>): DependencyNode[] {
  return Object.entries(spec).map(([key, dependsOn]) => ({ id: key.replace('*', ''), dependsOn, inPlace: key.startsWith('*') }));
}

describe('dependency graph', () => {
  it.each<[string, Record<string, string[]>, string[][]]>([
    ['no edges', { a: [], b: [] }, []],
    ['a chain', { a: ['b'], b: ['c'], c: [] }, []],
    ['a loop of two', { a: ['b'], b: ['a'] }, [['a', 'b']]],
    ['a loop of one', { a: ['a'] }, [['a']]],
    ['two loops joined by an edge', { a: ['b'], b: ['a', 'c'], c: ['d'], d: ['c'] }, [['a', 'b'], ['c', 'd']]],
    ['a loop broken by an integration in place', { a: ['b'], '*b': ['a'] }, []],
  ])('finds the cycles of %s', (_case, spec, cycles) => {
    const graph = buildDependencyGraph(nodes(spec));
    const components = stronglyConnected(graph);
    const found = components.members
      .filter((_, index) => components.cyclic[index])
      .map((group) => group.map((member) => graph.ids[member] as string).sort())
      .sort((left, right) => (left[0] as string).localeCompare(right[0] as string));
    expect(found).toEqual(cycles);
  });

  it('emits components prerequisites first', () => {
    const graph = buildDependencyGraph(nodes({ top: ['mid'], mid: ['bottom', 'side'], side: ['bottom'], bottom: [] }));
    const components = stronglyConnected(graph);
    const order = components.members.map((group) => graph.ids[group[0] as number]);
    expect(order.indexOf('bottom')).toBeLessThan(order.indexOf('side'));
    expect(order.indexOf('side')).toBeLessThan(order.indexOf('mid'));
    expect(order.indexOf('mid')).toBeLessThan(order.indexOf('top'));
  });

  it('measures the longest chain not yet in place and names where it starts', () => {
    const graph = buildDependencyGraph(nodes({ d: ['c', 'x', 'ghost'], c: ['b'], b: ['a'], a: [], x: [], '*done': [], e: ['done'] }));
    const chains = chainDepths(graph, stronglyConnected(graph));
    const byId = Object.fromEntries(graph.ids.map((id, index) => [id, chains[index]]));
    expect(byId['d']).toEqual({ depth: 3, inCycle: false, waitsOnCycle: false, via: 'c' });
    expect(byId['e']).toEqual({ depth: 0, inCycle: false, waitsOnCycle: false });
    expect(graph.outside).toEqual([{ node: 0, dependsOn: 'ghost' }]);
  });

  it('ignores repeated prerequisites', () => {
    const graph = buildDependencyGraph(nodes({ a: ['b', 'b'], b: [] }));
    expect(graph.prerequisites[0]).toEqual([1]);
  });
});

describe('MinHeap', () => {
  it.each([
    [[]],
    [[1]],
    [[3, 1, 2]],
    [[5, 5, 1, 5, 0, -2, 9, 9, 3]],
    [Array.from({ length: 500 }, (_, index) => (index * 7919) % 503)],
  ])('pops %j in order', (values) => {
    const heap = new MinHeap<number>((left, right) => left - right);
    for (const value of values) heap.push(value);
    expect(heap.size).toBe(values.length);
    const popped: number[] = [];
    for (let value = heap.pop(); value !== undefined; value = heap.pop()) popped.push(value);
    expect(popped).toEqual([...values].sort((left, right) => left - right));
    expect(heap.size).toBe(0);
  });
});
