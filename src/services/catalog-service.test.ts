import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PatchbayError } from '../core/errors.js';
import { readCatalogYaml } from '../core/catalog/yaml-documents.js';
import { CatalogRepository } from '../store/catalog-repository.js';
import { ENGINES, openTestDatabase, type TestDatabase } from '../test-support/engines.js';
import { CatalogService } from './catalog-service.js';

const actor = { name: 'test' };

/** Runs a promise expected to fail and returns its PatchbayError. */
async function failure(promise: Promise<unknown>): Promise<PatchbayError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PatchbayError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

const landscape = `
apiVersion: patchbay.dev/v1
kind: Team
metadata: { id: commerce, name: Commerce }
---
apiVersion: patchbay.dev/v1
kind: Team
metadata: { id: finance-it, name: Finance IT }
---
apiVersion: patchbay.dev/v1
kind: Domain
metadata: { id: sales, name: Sales }
spec: { owner: commerce }
---
apiVersion: patchbay.dev/v1
kind: System
metadata: { id: shop, name: Web Shop, tags: [tier-1] }
spec: { kind: application, owner: commerce, domain: sales, exposesApi: true }
---
apiVersion: patchbay.dev/v1
kind: System
metadata: { id: erp, name: ERP }
spec: { kind: application, owner: finance-it }
---
apiVersion: patchbay.dev/v1
kind: System
metadata: { id: dwh, name: Data Warehouse }
spec: { kind: data-warehouse }
---
apiVersion: patchbay.dev/v1
kind: Integration
metadata: { id: shop-orders, name: Orders to ERP, tags: [revenue] }
spec:
  source: shop
  target: erp
  mechanism: messaging
  technology: Azure Service Bus
  data:
    - object: Order
      fields: [{ name: id }, { name: total }]
    - object: customer
      fields: [{ name: Email, pii: true }]
  owner: { maintainedBy: finance-it }
  health: fragile
---
apiVersion: patchbay.dev/v1
kind: Integration
metadata: { id: erp-to-dwh }
spec:
  source: erp
  target: dwh
  mechanism: database
  frequency: batch
  schedule: nightly
  data: [{ object: customer, fields: [{ name: email }, { name: id }] }]
`;

describe.each(ENGINES)('catalog service on %s', (engine) => {
  let database: TestDatabase;
  let service: CatalogService;
  let tick = 0;

  beforeEach(async () => {
    database = await openTestDatabase(engine);
    tick = 0;
    service = new CatalogService(new CatalogRepository(database.db, database.engine), () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)));
  });
  afterEach(async () => {
    await database.dispose();
  });

  async function loadLandscape() {
    const read = readCatalogYaml(landscape, 'landscape.yaml');
    expect(read.issues).toEqual([]);
    return service.importEntities(read.entities, {}, actor);
  }

  it('creates an entity with defaults, revision 1 and an audit entry', async () => {
    await service.create('team', { id: 'ops', name: 'Operations' }, actor);
    const system = await service.create('system', { id: 'crm', name: 'CRM', kind: 'saas', owner: 'ops' }, actor);
    expect(system).toMatchObject({ id: 'crm', lifecycle: 'active', tags: [], revision: 1 });
    const audit = await service.audit({ kind: 'system', id: 'crm' });
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ action: 'create', actor: 'test', before: null, after: { id: 'crm', kind: 'saas' } });
  });

  it.each([
    ['a wrong enum value', { id: 'x', name: 'X', kind: 'mainframe' }, 'invalid-input', '/kind'],
    ['a bad id', { id: 'Not A Slug', name: 'X', kind: 'saas' }, 'invalid-input', '/id'],
    ['an unknown field', { id: 'x', name: 'X', kind: 'saas', ownr: 'ops' }, 'invalid-input', '/ownr'],
    ['an unknown owner', { id: 'x', name: 'X', kind: 'saas', owner: 'nobody' }, 'unknown-reference', '/owner'],
  ])('rejects %s, naming the field, and stores nothing', async (_case, input, code, pointer) => {
    const error = await failure(service.create('system', input, actor));
    expect(error.code).toBe(code);
    expect(error.issues.map((issue) => issue.pointer)).toContain(pointer);
    expect((await service.counts()).system).toBe(0);
  });

  it('rejects a duplicate id', async () => {
    await service.create('team', { id: 'ops', name: 'Operations' }, actor);
    const error = await failure(service.create('team', { id: 'ops', name: 'Other' }, actor));
    expect(error.code).toBe('already-exists');
    expect((await service.get('team', 'ops')).name).toBe('Operations');
  });

  it('refuses a stale revision and keeps the newer write', async () => {
    await service.create('team', { id: 'ops', name: 'Operations' }, actor);
    await service.replace('team', 'ops', { name: 'Ops v2' }, 1, actor);
    const error = await failure(service.replace('team', 'ops', { name: 'Ops stale' }, 1, actor));
    expect(error.code).toBe('version-mismatch');
    expect(error.extensions.currentVersion).toBe(2);
    expect(await service.get('team', 'ops')).toMatchObject({ name: 'Ops v2', revision: 2 });
  });

  it('lets exactly one of two concurrent writers at the same revision win', async () => {
    await service.create('team', { id: 'ops', name: 'Operations' }, actor);
    const results = await Promise.allSettled([
      service.patch('team', 'ops', { name: 'Writer A' }, 1, actor),
      service.patch('team', 'ops', { name: 'Writer B' }, 1, actor),
    ]);
    const fulfilled = results.filter((result) => result.status === 'fulfilled');
    const rejected = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect((rejected[0]?.reason as PatchbayError).code).toBe('version-mismatch');
    const team = await service.get('team', 'ops');
    expect(team.revision).toBe(2);
    expect(['Writer A', 'Writer B']).toContain(team.name);
  });

  it('keeps the revision when a change changes nothing, and continues revisions after a re-create', async () => {
    await service.create('team', { id: 'ops', name: 'Operations' }, actor);
    const same = await service.patch('team', 'ops', { name: 'Operations' }, 1, actor);
    expect(same.revision).toBe(1);
    expect((await service.audit({ id: 'ops' })).items).toHaveLength(1);
    await service.patch('team', 'ops', { name: 'Ops' }, 1, actor);
    await service.remove('team', 'ops', 2, actor);
    const again = await service.create('team', { id: 'ops', name: 'Operations again' }, actor);
    expect(again.revision).toBe(3);
    // an ETag read before the removal no longer matches
    expect((await failure(service.patch('team', 'ops', { name: 'Stale' }, 1, actor))).code).toBe('version-mismatch');
  });

  it('patches with merge-patch semantics and refuses id changes', async () => {
    await loadLandscape();
    const patched = await service.patch('system', 'shop', { description: 'Storefront', domain: null }, undefined, actor);
    expect(patched).toMatchObject({ description: 'Storefront', revision: 2 });
    expect(patched.domain).toBeUndefined();
    expect((await failure(service.patch('system', 'shop', { id: 'other' }, undefined, actor))).code).toBe('invalid-input');
  });

  it('refuses to remove an entity others refer to, and names them', async () => {
    await loadLandscape();
    const error = await failure(service.remove('system', 'erp', undefined, actor));
    expect(error.code).toBe('in-use');
    expect(error.message).toContain("integration 'erp-to-dwh'");
    await service.remove('integration', 'erp-to-dwh', undefined, actor);
    await service.remove('integration', 'shop-orders', undefined, actor);
    await service.remove('system', 'erp', undefined, actor);
    expect((await failure(service.get('system', 'erp'))).code).toBe('not-found');
    const audit = await service.audit({ kind: 'system', id: 'erp' });
    expect(audit.items[0]).toMatchObject({ action: 'delete', after: null, before: { id: 'erp' } });
  });

  it('keeps dependencies between integrations referentially sound', async () => {
    await loadLandscape();
    const unknown = await failure(service.patch('integration', 'erp-to-dwh', { dependsOn: ['ghost'] }, undefined, actor));
    expect(unknown.code).toBe('unknown-reference');
    expect(unknown.issues[0]?.pointer).toBe('/dependsOn/0');
    expect((await failure(service.patch('integration', 'erp-to-dwh', { dependsOn: ['erp-to-dwh'] }, undefined, actor))).code).toBe('invalid-input');
    await service.patch('integration', 'erp-to-dwh', { dependsOn: ['shop-orders'] }, undefined, actor);
    const inUse = await failure(service.remove('integration', 'shop-orders', undefined, actor));
    expect(inUse.code).toBe('in-use');
    expect(inUse.message).toContain("integration 'erp-to-dwh'");
    await service.patch('integration', 'erp-to-dwh', { dependsOn: null }, undefined, actor);
    await service.remove('integration', 'shop-orders', undefined, actor);
  });

  it.each([
    [{ mechanism: ['messaging'] }, ['shop-orders']],
    [{ mechanism: ['api'] }, []],
    [{ health: ['fragile', 'unknown'] }, ['erp-to-dwh', 'shop-orders']],
    [{ frequency: ['batch'] }, ['erp-to-dwh']],
    [{ system: ['erp'] }, ['erp-to-dwh', 'shop-orders']],
    [{ owner: ['finance-it'] }, ['shop-orders']],
    [{ tag: ['revenue'] }, ['shop-orders']],
    [{ q: 'service bus' }, ['shop-orders']],
    [{ q: '100%' }, []],
    [{ carries: 'customer.email' }, ['erp-to-dwh', 'shop-orders']],
    [{ carries: 'ORDER.Total' }, ['shop-orders']],
    [{ carries: 'order' }, ['shop-orders']],
  ])('filters integrations by %j', async (filter, expected) => {
    await loadLandscape();
    const page = await service.list('integration', filter, { withTotal: true });
    expect(page.items.map((item) => item.id)).toEqual(expected);
    expect(page.total).toBe(expected.length);
  });

  it('pages through a sorted list with cursors, each item once', async () => {
    await service.create('team', { id: 'owners', name: 'Owners' }, actor);
    const names = ['delta', 'Alpha', 'charlie', 'bravo', 'echo', 'Foxtrot', 'golf'];
    for (const [index, name] of names.entries()) {
      await service.create('system', { id: `s${index}`, name, kind: 'application', owner: index % 2 ? 'owners' : undefined }, actor);
    }
    for (const sort of ['name', '-name', 'owner', '-updatedAt']) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await service.list('system', {}, { limit: 2, sort, ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const whole = await service.list('system', {}, { limit: 100, sort });
      expect(seen).toEqual(whole.items.map((item) => item.id));
      expect(new Set(seen).size).toBe(names.length);
    }
    const byName = await service.list('system', {}, { limit: 100, sort: 'name' });
    expect(byName.items.map((item) => item.name)).toEqual(['Alpha', 'bravo', 'charlie', 'delta', 'echo', 'Foxtrot', 'golf']);
    expect((await failure(service.list('system', {}, { cursor: 'garbage', sort: 'name' }))).code).toBe('invalid-input');
  });

  it('walks dependencies and dependents transitively', async () => {
    await loadLandscape();
    const downstream = await service.impact('shop', 'downstream');
    expect(downstream.reached.map((item) => [item.system, item.depth, item.name])).toEqual([
      ['erp', 1, 'ERP'],
      ['dwh', 2, 'Data Warehouse'],
    ]);
    const upstream = await service.impact('dwh', 'upstream', 1);
    expect(upstream.reached.map((item) => item.system)).toEqual(['erp']);
    expect((await failure(service.impact('nope', 'upstream'))).code).toBe('not-found');
  });

  it('answers impact questions from the catalog as it is now, whichever instance changed it', async () => {
    await loadLandscape();
    expect((await service.impact('shop', 'downstream')).reached.map((item) => item.system)).toEqual(['erp', 'dwh']);
    // A second instance on the same database (another server behind the load balancer) changes it.
    const other = new CatalogService(new CatalogRepository(database.db, database.engine));
    await other.patch('integration', 'erp-to-dwh', { status: 'retired' }, undefined, actor);
    expect((await service.impact('shop', 'downstream')).reached.map((item) => item.system)).toEqual(['erp']);
    await other.create('system', { id: 'crm', name: 'CRM', kind: 'saas' }, actor);
    await other.create('integration', { id: 'erp-crm', source: 'erp', target: 'crm', mechanism: 'rest', direction: 'bidirectional' }, actor);
    expect((await service.impact('shop', 'downstream')).reached.map((item) => [item.system, item.name])).toEqual([['erp', 'ERP'], ['crm', 'CRM']]);
    expect((await service.impact('crm', 'downstream')).reached.map((item) => item.system)).toEqual(['erp']);
  });

  it('imports idempotently: the second import changes nothing and writes no audit entry', async () => {
    const first = await loadLandscape();
    expect(first.summary.integration.create).toBe(2);
    const auditBefore = await service.audit({}, 500);
    const second = await loadLandscape();
    expect(second.changed).toBe(false);
    expect(second.summary.system.unchanged).toBe(3);
    expect((await service.audit({}, 500)).items).toHaveLength(auditBefore.items.length);
    expect((await service.get('integration', 'shop-orders')).revision).toBe(1);
  });

  it('imports all or nothing: one bad reference and nothing changes', async () => {
    await loadLandscape();
    const bad = readCatalogYaml(
      `${landscape.replace('name: Web Shop', 'name: Web Shop Renamed')}---
apiVersion: patchbay.dev/v1
kind: Integration
metadata: { id: ghost-link }
spec: { source: shop, target: ghost, mechanism: rest }
`,
      'bad.yaml',
    );
    const error = await failure(service.importEntities(bad.entities, {}, actor));
    expect(error.code).toBe('invalid-document');
    expect(error.issues[0]).toMatchObject({ file: 'bad.yaml', pointer: '/target' });
    // the line of `target: ghost` in the YAML, not of the document
    expect(error.issues[0]?.line).toBe(bad.entities.at(-1)!.line + 3);
    expect((await service.get('system', 'shop')).name).toBe('Web Shop');
    expect((await service.counts()).integration).toBe(2);
  });

  it('dry-runs an import without writing, and prunes only when asked', async () => {
    await loadLandscape();
    const smaller = readCatalogYaml(landscape.split('---').slice(0, 5).join('---'), 'smaller.yaml');
    const dryRun = await service.importEntities(smaller.entities, { prune: true, dryRun: true }, actor);
    expect(dryRun.changes.integration.remove).toEqual(['erp-to-dwh', 'shop-orders']);
    expect(dryRun.changes.system.remove).toEqual(['dwh']);
    expect((await service.counts()).integration).toBe(2);
    const merged = await service.importEntities(smaller.entities, {}, actor);
    expect(merged.changed).toBe(false);
    await service.importEntities(smaller.entities, { prune: true }, actor);
    expect(await service.counts()).toEqual({ team: 2, domain: 1, system: 2, integration: 0 });
  });
});
