import { describe, expect, it } from 'vitest';
import { combineScores, formatReport, normaliseEdges, ratio, scoreEdges, systemNames, uniqueEdges, type Edge } from './metrics.js';

const edge = (source: string, target: string, mechanism = 'rest'): Edge => ({ source, target, mechanism });

const A_B = edge('a', 'b');
const B_C = edge('b', 'c', 'grpc');
const C_D = edge('c', 'd', 'database');

describe('scoreEdges', () => {
  it.each([
    // case, expected, found, precision, recall, false positives, false negatives
    ['a perfect match', [A_B, B_C], [A_B, B_C], 1, 1, 0, 0],
    ['a perfect match in another order', [A_B, B_C], [B_C, A_B], 1, 1, 0, 0],
    ['one false positive', [A_B, B_C], [A_B, B_C, C_D], 2 / 3, 1, 1, 0],
    ['one false negative', [A_B, B_C, C_D], [A_B, B_C], 1, 2 / 3, 0, 1],
    ['one of each', [A_B, B_C], [A_B, C_D], 1 / 2, 1 / 2, 1, 1],
    ['the right pair with the wrong mechanism', [A_B], [edge('a', 'b', 'grpc')], 0, 0, 1, 1],
    ['the right pair the wrong way round', [A_B], [edge('b', 'a')], 0, 0, 1, 1],
    ['duplicates found, counted once', [A_B], [A_B, A_B], 1, 1, 0, 0],
    ['empty expected and nothing found', [], [], 1, 1, 0, 0],
    ['empty expected and something found', [], [A_B], 0, 1, 1, 0],
    ['nothing found', [A_B, B_C], [], 1, 0, 0, 2],
  ] as const)('%s', (_case, expected, found, precision, recall, falsePositives, falseNegatives) => {
    const score = scoreEdges(expected, found);
    expect(score.precision).toBeCloseTo(precision, 10);
    expect(score.recall).toBeCloseTo(recall, 10);
    expect(score.falsePositives).toHaveLength(falsePositives);
    expect(score.falseNegatives).toHaveLength(falseNegatives);
    expect(score.truePositives.length + score.falsePositives.length).toBe(score.found);
    expect(score.truePositives.length + score.falseNegatives.length).toBe(score.expected);
  });

  it('names the wrong edges', () => {
    const score = scoreEdges([A_B, B_C], [A_B, C_D]);
    expect(score.falsePositives).toEqual([C_D]);
    expect(score.falseNegatives).toEqual([B_C]);
    expect(score.truePositives).toEqual([A_B]);
  });
});

describe('ratio and uniqueEdges', () => {
  it.each([
    [0, 0, 1],
    [0, 4, 0],
    [3, 4, 0.75],
  ])('%s / %s = %s', (part, whole, expected) => expect(ratio(part, whole)).toBe(expected));

  it('keeps the first of equal edges', () => {
    expect(uniqueEdges([A_B, B_C, edge('a', 'b')])).toEqual([A_B, B_C]);
  });
});

describe('combineScores', () => {
  it('pools edges (micro-average), so a large fixture weighs more than a small one', () => {
    const small = scoreEdges([A_B], []); // recall 0 on 1 edge
    const large = scoreEdges([A_B, B_C, C_D], [A_B, B_C, C_D]); // recall 1 on 3 edges
    const total = combineScores([small, large]);
    expect(total.expected).toBe(4);
    expect(total.found).toBe(3);
    expect(total.recall).toBeCloseTo(3 / 4, 10);
    expect(total.precision).toBe(1);
    expect(total.falseNegatives).toEqual([A_B]);
  });

  it('is perfect for no fixtures at all', () => {
    const total = combineScores([]);
    expect([total.precision, total.recall]).toEqual([1, 1]);
  });
});

describe('systemNames and normaliseEdges', () => {
  const names = systemNames([{ id: 'cart' }, { id: 'catalogdb', aliases: ['pg'] }, { id: 'fulfilment-requests', aliases: ['brightcart-bus'] }]);

  it.each([
    ['cart', 'cart'],
    ['cart-service', 'cart'],
    ['CartService', 'cart'],
    ['pg', 'catalogdb'],
    ['catalogdb', 'catalogdb'],
    ['brightcart-bus', 'fulfilmentrequests'],
    ['unknown-thing', 'unknownthing'],
  ])('keys %s as %s', (name, key) => expect(names.keyOf(name)).toBe(key));

  it('knows the ids and aliases of expected systems, up to nameKey', () => {
    expect(names.knows('Cart_Svc')).toBe(true);
    expect(names.knows('pg')).toBe(true);
    expect(names.knows('redis')).toBe(false);
  });

  it('refuses two systems that share a key', () => {
    expect(() => systemNames([{ id: 'cart' }, { id: 'orders', aliases: ['cart-api'] }])).toThrow(/two expected systems/);
    expect(() => systemNames([{ id: 'cart' }, { id: 'cart-service', aliases: ['cart-svc'] }])).toThrow(/two expected systems/);
  });

  it('keeps apart two systems whose ids differ only by a generic suffix, each by its own spelling', () => {
    const split = systemNames([{ id: 'tunestore' }, { id: 'tunestoreservice' }, { id: 'cart' }]);
    expect(split.keyOf('TuneStore')).toBe('tunestore');
    expect(split.keyOf('tunestore-service')).toBe('tunestoreservice');
    expect(split.keyOf('cart-api')).toBe('cart');
    expect(normaliseEdges([edge('tunestore', 'tunestore-service')], split)).toEqual({ edges: [{ source: 'tunestore', target: 'tunestoreservice', mechanism: 'rest' }], merged: [] });
  });

  it('normalises both ends and sets aside edges between two spellings of one system', () => {
    const { edges, merged } = normaliseEdges(
      [edge('web-frontend', 'cart-service', 'grpc'), edge('catalog', 'pg', 'database'), edge('brightcart-bus', 'fulfilment-requests', 'messaging'), edge('cart', 'cart')],
      names,
    );
    expect(edges).toEqual([edge('webfrontend', 'cart', 'grpc'), edge('catalog', 'catalogdb', 'database'), edge('cart', 'cart')]);
    expect(merged).toEqual([edge('brightcart-bus', 'fulfilment-requests', 'messaging')]);
  });
});

describe('formatReport', () => {
  it('prints a row per fixture, the total, and the wrong edges', () => {
    const shop = scoreEdges([A_B, B_C], [A_B, C_D]);
    const report = formatReport([{ fixture: 'shop', score: shop, merged: [edge('pg', 'catalogdb')] }], combineScores([shop]));
    expect(report).toMatch(/shop\s+2\s+2\s+1\s+1\s+1\s+0\.500\s+0\.500/);
    expect(report).toMatch(/TOTAL\s+2\s+2/);
    expect(report).toContain('False positives (found, not expected):\n  shop: c -> d (database)');
    expect(report).toContain('False negatives (expected, not found):\n  shop: b -> c (grpc)');
    expect(report).toContain('shop: pg -> catalogdb (rest)');
  });

  it('leaves out empty sections', () => {
    const perfect = scoreEdges([A_B], [A_B]);
    const report = formatReport([{ fixture: 'x', score: perfect }], perfect);
    expect(report).not.toContain('False');
    expect(report).not.toContain('Not counted');
  });
});
