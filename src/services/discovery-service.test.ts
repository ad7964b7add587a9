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

/** A scan of one hub calling several systems, each finding at its own confidence. */
function scanAt(confidences: Record<string, number>): ResolvedGraph {
  const targets = Object.keys(confidences);
  return {
    systems: [system('hub'), ...targets.map((id) => system(id))],
    integrations: targets.map((target) => ({ ...finding('hub', target, 'rest'), confidence: confidences[target] as number })),
  };
}

describe.each(ENGINES)('proposal confidence on %s', (engine) => {
  let database: TestDatabase;
  let patchbay: Patchbay;
  beforeEach(async () => {
    database = await openTestDatabase(engine);
    patchbay = servicesOver(database);
  });
  afterEach(async () => database.dispose());

  const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);

  it('is stored as a typed field; applying again updates it, changes nothing when unchanged, and a rejected finding stays rejected', async () => {
    await patchbay.discovery.apply(scanAt({ a: 0.6, b: 0.9, c: 0.85 }), actor);
    const first = await patchbay.catalog.get('integration', 'hub-to-a');
    expect(first.provenance).toMatchObject({ origin: 'discovered', source: 'patchbay scan', confidence: 0.6 });

    expect((await patchbay.discovery.apply(scanAt({ a: 0.6, b: 0.9, c: 0.85 }), actor)).import.changed).toBe(false);
    expect((await patchbay.catalog.get('integration', 'hub-to-a')).revision).toBe(first.revision);

    expect(await patchbay.discovery.reject(['hub-to-c'], actor)).toEqual([{ id: 'hub-to-c', status: 'ok' }]);
    // The scan grew surer of a and of the rejected c: a is refreshed, c stays out.
    const again = await patchbay.discovery.apply(scanAt({ a: 0.95, b: 0.9, c: 0.99 }), actor);
    expect(again.refreshed).toEqual(['hub-to-a', 'hub-to-b']);
    expect(again.rejected).toEqual(['hub-to-c']);
    const refreshed = await patchbay.catalog.get('integration', 'hub-to-a');
    expect(refreshed.provenance?.confidence).toBe(0.95);
    expect(refreshed.revision).toBe(first.revision + 1);
    expect(await patchbay.catalog.repository.find('integration', 'hub-to-c')).toBeUndefined();
    expect(ids(await patchbay.discovery.proposals({ confidenceMin: 0.95 }))).toEqual(['hub-to-a']);
    expect((await patchbay.discovery.apply(scanAt({ a: 0.95, b: 0.9, c: 0.99 }), actor)).import.changed).toBe(false);
  });

  it('filters and sorts proposals and integrations by confidence, paging through unrecorded ones', async () => {
    await patchbay.discovery.apply(scanAt({ a: 0.6, b: 0.9, c: 0.85, d: 0.9, e: 0 }), actor);
    // A proposal written by hand, with no confidence recorded, and a documented integration at 1.
    await patchbay.catalog.create('integration', { id: 'hub-to-f', source: 'hub', target: 'a', mechanism: 'grpc', status: 'proposed', provenance: { origin: 'discovered' } }, actor);
    await patchbay.catalog.create('integration', { id: 'known', source: 'hub', target: 'b', mechanism: 'messaging', provenance: { origin: 'imported', confidence: 1 } }, actor);

    const cases: [string, Parameters<typeof patchbay.discovery.proposals>[0], string[]][] = [
      ['no bounds: every proposal, by id', {}, ['hub-to-a', 'hub-to-b', 'hub-to-c', 'hub-to-d', 'hub-to-e', 'hub-to-f']],
      ['minimum, inclusive', { confidenceMin: 0.85 }, ['hub-to-b', 'hub-to-c', 'hub-to-d']],
      ['maximum, inclusive', { confidenceMax: 0.6 }, ['hub-to-a', 'hub-to-e']],
      ['both', { confidenceMin: 0.6, confidenceMax: 0.85 }, ['hub-to-a', 'hub-to-c']],
      ['a zero minimum still leaves out the unrecorded', { confidenceMin: 0 }, ['hub-to-a', 'hub-to-b', 'hub-to-c', 'hub-to-d', 'hub-to-e']],
      ['ascending: unrecorded first, ties by id', { sort: 'confidence' }, ['hub-to-f', 'hub-to-e', 'hub-to-a', 'hub-to-c', 'hub-to-b', 'hub-to-d']],
      ['descending: surest first, unrecorded last', { sort: '-confidence' }, ['hub-to-d', 'hub-to-b', 'hub-to-c', 'hub-to-a', 'hub-to-e', 'hub-to-f']],
      ['filtered and sorted', { sort: '-confidence', confidenceMax: 0.9, confidenceMin: 0.1 }, ['hub-to-d', 'hub-to-b', 'hub-to-c', 'hub-to-a']],
    ];
    for (const [label, query, expected] of cases) {
      expect(ids(await patchbay.discovery.proposals(query)), label).toEqual(expected);
      // One item per page: the cursor carries the confidence (or its absence) across pages.
      const paged: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await patchbay.discovery.proposals({ ...query, limit: 1, ...(cursor ? { cursor } : {}) });
        paged.push(...ids(page));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(paged, `${label}, one per page`).toEqual(expected);
    }

    // The integrations list asks the same of every integration, proposals or not.
    expect(ids(await patchbay.catalog.list('integration', { confidenceMin: 0.9 }, { sort: '-confidence' }))).toEqual(['known', 'hub-to-d', 'hub-to-b']);
  });

  it.each([
    [{ confidenceMin: 1.5 }, '/confidenceMin'],
    [{ confidenceMax: -0.1 }, '/confidenceMax'],
    [{ confidenceMin: Number.NaN }, '/confidenceMin'],
    [{ confidenceMin: 0.9, confidenceMax: 0.5 }, '/confidenceMin'],
  ])('refuses the bounds %j', async (query, pointer) => {
    const error = await patchbay.discovery.proposals(query).then(() => null, (caught: unknown) => caught as { code: string; issues?: { pointer?: string }[] });
    expect(error?.code).toBe('invalid-input');
    expect(error?.issues?.[0]?.pointer).toBe(pointer);
  });

  it('refuses a confidence outside 0-1 on an integration', async () => {
    await patchbay.catalog.create('system', { id: 'x', name: 'X', kind: 'application' }, actor);
    const error = await patchbay.catalog
      .create('integration', { id: 'x-to-x', source: 'x', target: 'x', mechanism: 'rest', provenance: { origin: 'manual', confidence: 1.2 } }, actor)
      .then(() => null, (caught: unknown) => caught as { code: string; issues?: { pointer?: string }[] });
    expect(error?.code).toBe('invalid-input');
    expect(error?.issues?.[0]?.pointer).toBe('/provenance/confidence');
  });
});
