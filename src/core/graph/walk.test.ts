import { describe, expect, it } from 'vitest';
import { indexGraph, walkGraph, type GraphEdge, type WalkWay } from './walk.js';

const edge = (id: string, source: string, target: string, direction = 'one-way'): GraphEdge => ({ id, source, target, direction });

// shop -> erp -> dwh -> bi, crm <-> erp (bidirectional), dwh -> erp makes a cycle erp -> dwh -> erp
const landscape = [
  edge('i1', 'shop', 'erp'),
  edge('i2', 'erp', 'dwh'),
  edge('i3', 'dwh', 'bi'),
  edge('i4', 'crm', 'erp', 'bidirectional'),
  edge('i5', 'dwh', 'erp'),
  edge('i6', 'hr', 'payroll'),
];

describe('walkGraph', () => {
  it.each<[string, WalkWay, number | undefined, string[]]>([
    ['shop', 'downstream', undefined, ['erp@1', 'crm@2', 'dwh@2', 'bi@3']],
    ['shop', 'downstream', 1, ['erp@1']],
    ['bi', 'upstream', undefined, ['dwh@1', 'erp@2', 'crm@3', 'shop@3']],
    ['erp', 'upstream', undefined, ['crm@1', 'dwh@1', 'shop@1']],
    ['erp', 'downstream', undefined, ['crm@1', 'dwh@1', 'bi@2']],
    ['payroll', 'downstream', undefined, []],
    ['unknown', 'downstream', undefined, []],
  ])('from %s %s (depth %s)', (start, way, maxDepth, expected) => {
    const reached = walkGraph(indexGraph(landscape), start, way, maxDepth === undefined ? {} : { maxDepth });
    expect(reached.map((item) => `${item.system}@${item.depth}`)).toEqual(expected);
  });

  it('names the integration and system each reached system was first met through', () => {
    const reached = walkGraph(indexGraph(landscape), 'shop', 'downstream');
    expect(reached.find((item) => item.system === 'bi')).toEqual({ system: 'bi', depth: 3, via: 'i3', from: 'dwh' });
  });

  it('ends on cycles, ignores self-loops, and picks the smallest integration id among shortest paths', () => {
    const ring = [edge('c', 's3', 's1'), edge('a', 's1', 's2'), edge('b', 's2', 's3'), edge('z', 's1', 's1')];
    expect(walkGraph(indexGraph(ring), 's1', 'downstream').map((item) => item.system)).toEqual(['s2', 's3']);
    const twoWays = [edge('m2', 'a', 'x'), edge('m1', 'b', 'x'), edge('e1', 'start', 'a'), edge('e2', 'start', 'b')];
    expect(walkGraph(indexGraph(twoWays), 'start', 'downstream').find((item) => item.system === 'x')).toEqual({ system: 'x', depth: 2, via: 'm1', from: 'b' });
  });
});
