import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scanPaths, type ScanResult } from '../discovery/scan.js';
import { servicesOver } from '../services/open-patchbay.js';
import { ENGINES, openTestDatabase, type TestDatabase } from '../test-support/engines.js';
import { buildServer } from './app.js';

const FIXTURE = join(import.meta.dirname, '..', '..', 'test', 'discovery', 'fixtures', 'logistics-k8s');
let scan: ScanResult;

beforeAll(async () => {
  scan = await scanPaths([FIXTURE]);
});

describe.each(ENGINES)('discovery API on %s', (engine) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  beforeEach(async () => {
    database = await openTestDatabase(engine);
    app = await buildServer({ services: servicesOver(database), auth: false });
  });
  afterEach(async () => {
    await app.close();
    await database.dispose();
  });

  it('applies a scan posted as JSON, lists proposals, and reviews them', async () => {
    const body = JSON.parse(JSON.stringify(scan));
    const applied = await app.inject({ method: 'POST', url: '/api/v1/discovery/apply', payload: body });
    expect(applied.statusCode).toBe(200);
    const proposed = applied.json().proposed as string[];
    expect(proposed.length).toBe(scan.integrations.length);
    const listed = (await app.inject({ url: '/api/v1/discovery/proposals' })).json();
    expect(listed.items.map((item: { id: string }) => item.id).sort()).toEqual([...proposed].sort());
    expect(listed.items[0].provenance.evidence.length).toBeGreaterThan(0);
    const accepted = await app.inject({ method: 'POST', url: '/api/v1/discovery/proposals/accept', payload: { ids: [proposed[0], 'ghost'] } });
    expect(accepted.json().results.map((result: { status: string }) => result.status)).toEqual(['ok', 'error']);
    const rejected = await app.inject({ method: 'POST', url: '/api/v1/discovery/proposals/reject', payload: { ids: [proposed[1]] } });
    expect(rejected.json().results[0].status).toBe('ok');
    const again = (await app.inject({ method: 'POST', url: '/api/v1/discovery/apply', payload: body })).json();
    expect(again.rejected).toEqual([proposed[1]]);
    expect(again.documented.map((item: { integration: string }) => item.integration)).toEqual([proposed[0]]);
    const drift = (await app.inject({ method: 'POST', url: '/api/v1/discovery/drift', payload: body })).json();
    expect(drift.undocumented.length).toBe(scan.integrations.length - 2);
  });

  it.each([
    [{ systems: [], integrations: [{ id: 'a-to-b', source: 'a', target: 'b', mechanism: 'rest', direction: 'one-way', confidence: 0.9, evidence: [] }] }, '/integrations/0'],
    [{ systems: 'nope', integrations: [] }, '/systems'],
    [{ integrations: [] }, '/systems'],
  ])('refuses a malformed scan %#, naming the field', async (payload, pointer) => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/discovery/apply', payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((issue: { pointer: string }) => issue.pointer)).toContain(pointer);
    expect((await app.inject({ url: '/api/v1' })).json().counts.integration).toBe(0);
  });
});
