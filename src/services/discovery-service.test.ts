import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ResolvedGraph, ScannedIntegration } from '../core/discovery/resolve.js';
import { ENGINES, openTestDatabase, type TestDatabase } from '../test-support/engines.js';
import { servicesOver, type Patchbay } from './open-patchbay.js';

const actor = { name: 'reviewer' };
const system = (id: string, kind: 'application' | 'database' = 'application') => ({ id, name: id, kind, exposesApi: false, defined: true, confidence: 0.9, evidence: [{ file: `${id}/x`, line: 1, excerpt: 'x' }] });
const finding = (source: string, target: string, mechanism: ScannedIntegration['mechanism']): ScannedIntegration => ({
  id: `${source}-to-${target}`, source, target, mechanism, direction: 'one-way', confidence: 0.9, evidence: [{ file: `${source}/main.go`, line: 12, excerpt: `dial("${target}")` }],
});
const scan: ResolvedGraph = {
  systems: [system('web'), system('cart'), system('orders-db', 'database')],
  integrations: [finding('web', 'cart', 'grpc'), finding('cart', 'orders-db', 'database')],
};

describe.each(ENGINES)('discovery against the catalog on %s', (engine) => {
  let database: TestDatabase;
  let patchbay: Patchbay;
  beforeEach(async () => {
    database = await openTestDatabase(engine);
    patchbay = servicesOver(database);
  });
  afterEach(async () => database.dispose());

  it('applies a scan as proposals with evidence, idempotently', async () => {
    const dry = await patchbay.discovery.apply(scan, actor, { dryRun: true });
    expect(dry.proposed).toEqual(['web-to-cart', 'cart-to-orders-db']);
    expect((await patchbay.catalog.counts()).integration).toBe(0);
    const first = await patchbay.discovery.apply(scan, actor);
    expect(first.newSystems).toEqual(['web', 'cart', 'orders-db']);
    const proposal = await patchbay.catalog.get('integration', 'web-to-cart');
    expect(proposal).toMatchObject({ status: 'proposed', provenance: { origin: 'discovered', evidence: [{ file: 'web/main.go', line: 12 }] } });
    const second = await patchbay.discovery.apply(scan, actor);
    expect(second.import.changed).toBe(false);
    expect(second.refreshed).toEqual(['web-to-cart', 'cart-to-orders-db']);
  });

  it('accepts and rejects proposals; a rejected finding is never proposed again', async () => {
    await patchbay.discovery.apply(scan, actor);
    expect(await patchbay.discovery.accept(['web-to-cart'], actor)).toEqual([{ id: 'web-to-cart', status: 'ok' }]);
    expect((await patchbay.catalog.get('integration', 'web-to-cart')).status).toBe('active');
    expect(await patchbay.discovery.reject(['cart-to-orders-db'], actor)).toEqual([{ id: 'cart-to-orders-db', status: 'ok' }]);
    const again = await patchbay.discovery.apply(scan, actor);
    expect(again.rejected).toEqual(['cart-to-orders-db']);
    expect(again.documented).toEqual([{ finding: 'web-to-cart', integration: 'web-to-cart' }]);
    expect((await patchbay.discovery.proposals()).items).toEqual([]);
    const wrong = await patchbay.discovery.accept(['web-to-cart', 'ghost'], actor);
    expect(wrong.map((result) => result.status)).toEqual(['error', 'error']);
  });

  it('reports drift both ways', async () => {
    await patchbay.catalog.create('system', { id: 'web', name: 'Web', kind: 'application' }, actor);
    await patchbay.catalog.create('system', { id: 'cart', name: 'Cart', kind: 'application' }, actor);
    await patchbay.catalog.create('integration', { id: 'cart-calls-web', source: 'cart', target: 'web', mechanism: 'rest' }, actor);
    const drift = await patchbay.discovery.drift(scan);
    expect(drift.undocumented.map((item) => item.id)).toEqual(['web-to-cart', 'cart-to-orders-db']);
    expect(drift.notFound.map((item) => item.id)).toEqual(['cart-calls-web']);
  });
});
