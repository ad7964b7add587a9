import { describe, expect, it } from 'vitest';
import { walkGraph, type GraphEdge, type WalkWay } from './walk.js';

/** A loader over an in-memory edge list, counting how often it is called. */
function loaderFor(edges: GraphEdge[]) {
  const calls: string[][] = [];
  const load = async (ids: string[], end: 'source' | 'target') => {
    calls.push(ids);
    return edges.filter((edge) => ids.includes(end === 'source' ? edge.source : edge.target));
  };
  return { load, calls };
}

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
  ])('from %s %s (depth %s)', async (start, way, maxDepth, expected) => {
    const { load } = loaderFor(landscape);
    const reached = await walkGraph(start, way, load, maxDepth === undefined ? {} : { maxDepth });
    expect(reached.map((item) => `${item.system}@${item.depth}`)).toEqual(expected);
  });

  it('names the integration and system each reached system was first met through', async () => {
    const { load } = loaderFor(landscape);
    const reached = await walkGraph('shop', 'downstream', load);
    expect(reached.find((item) => item.system === 'bi')).toEqual({ system: 'bi', depth: 3, via: 'i3', from: 'dwh' });
  });

  it('ends on cycles and loads each level once per end', async () => {
    const ring = [edge('a', 's1', 's2'), edge('b', 's2', 's3'), edge('c', 's3', 's1')];
    const { load, calls } = loaderFor(ring);
    const reached = await walkGraph('s1', 'downstream', load);
    expect(reached.map((item) => item.system)).toEqual(['s2', 's3']);
    // three levels (s1, s2, s3) each ask for sources and for bidirectional targets
    expect(calls).toHaveLength(6);
  });
});
