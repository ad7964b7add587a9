import { describe, expect, it } from 'vitest';
import type { IntegrationInput } from '../model/schemas.js';
import { integrationKey, reconcile } from './reconcile.js';
import type { ResolvedGraph, ScannedIntegration } from './resolve.js';

const finding = (source: string, target: string, mechanism: ScannedIntegration['mechanism'], channel?: string): ScannedIntegration => ({
  id: `${source}-to-${target}`,
  source,
  target,
  mechanism,
  direction: 'one-way',
  ...(channel ? { channel } : {}),
  confidence: 0.9,
  evidence: [{ file: `${source}/main.go`, line: 3, excerpt: 'call()' }],
});
const system = (id: string) => ({ id, name: id, kind: 'application' as const, exposesApi: false, defined: true, confidence: 0.9, evidence: [] });

const graph: ResolvedGraph = {
  systems: [system('web'), system('cart'), system('orders'), system('kafka')],
  integrations: [finding('web', 'cart', 'grpc'), finding('web', 'orders', 'rest'), finding('orders', 'kafka', 'messaging', 'order-events')],
};

describe('reconcile', () => {
  it('proposes new findings, recognises documented ones, and reports drift both ways', () => {
    const documented: IntegrationInput = { id: 'web-calls-cart', source: 'web', target: 'cart', mechanism: 'grpc', status: 'active' };
    const stale: IntegrationInput = { id: 'cart-to-orders', source: 'cart', target: 'orders', mechanism: 'rest', status: 'active' };
    const elsewhere: IntegrationInput = { id: 'erp-to-dwh', source: 'erp', target: 'dwh', mechanism: 'database', status: 'active' };
    const result = reconcile(graph, { systems: [{ id: 'web', name: 'Web', kind: 'application' }, { id: 'cart', name: 'Cart', kind: 'application' }], integrations: [documented, stale, elsewhere] }, new Set());
    expect(result.documented).toEqual([{ finding: 'web-to-cart', integration: 'web-calls-cart' }]);
    expect(result.newProposals.map((item) => [item.id, item.status, item.provenance?.origin])).toEqual([
      ['web-to-orders', 'proposed', 'discovered'],
      ['orders-to-kafka', 'proposed', 'discovered'],
    ]);
    expect(result.newProposals[1]?.data).toEqual([{ object: 'order-events' }]);
    expect(result.newSystems.map((item) => item.id)).toEqual(['orders', 'kafka']);
    expect(result.drift.undocumented.map((item) => item.id)).toEqual(['web-to-orders', 'orders-to-kafka']);
    // erp-to-dwh is about systems this scan never saw: not judged
    expect(result.drift.notFound.map((item) => item.id)).toEqual(['cart-to-orders']);
  });

  it('keeps rejected findings out and refreshes existing proposals in place', () => {
    const proposal: IntegrationInput = { id: 'my-proposal', source: 'web', target: 'orders', mechanism: 'rest', status: 'proposed', provenance: { origin: 'discovered' } };
    const rejected = new Set([integrationKey({ source: 'web', target: 'cart', mechanism: 'grpc' })]);
    const result = reconcile(graph, { systems: [], integrations: [proposal] }, rejected);
    expect(result.rejected).toEqual(['web-to-cart']);
    expect(result.refreshedProposals.map((item) => item.id)).toEqual(['my-proposal']);
    expect(result.newProposals.map((item) => item.id)).toEqual(['orders-to-kafka']);
  });

  it('never reuses an id the catalog has for something else', () => {
    const taken: IntegrationInput = { id: 'web-to-orders', source: 'x', target: 'y', mechanism: 'email', status: 'active' };
    const result = reconcile(graph, { systems: [], integrations: [taken] }, new Set());
    expect(result.newProposals.map((item) => item.id)).toContain('web-to-orders-2');
  });
});
