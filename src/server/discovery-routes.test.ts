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

  it('filters and sorts proposals and integrations by confidence through the query string', async () => {
    const applied = await app.inject({ method: 'POST', url: '/api/v1/discovery/apply', payload: JSON.parse(JSON.stringify(scan)) });
    expect(applied.statusCode).toBe(200);
    const byConfidence = new Map(scan.integrations.map((item) => [item.id, item.confidence]));
    const threshold = 0.85;
    const expected = scan.integrations.filter((item) => item.confidence >= threshold).map((item) => item.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(scan.integrations.length);

    type Listed = { items: { id: string; provenance: { confidence?: number } }[]; total?: number };
    const proposals = (await app.inject({ url: `/api/v1/discovery/proposals?confidenceMin=${threshold}&sort=-confidence&limit=500` })).json() as Listed;
    expect(proposals.items.map((item) => item.id).sort()).toEqual([...expected].sort());
    const confidences = proposals.items.map((item) => item.provenance.confidence as number);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    for (const item of proposals.items) expect(item.provenance.confidence).toBe(byConfidence.get(item.id));

    const integrations = (await app.inject({ url: `/api/v1/integrations?status=proposed&confidenceMin=${threshold}&confidenceMax=1&total=true` })).json() as Listed;
    expect(integrations.total).toBe(expected.length);

    for (const url of ['/api/v1/discovery/proposals?confidenceMin=2', '/api/v1/integrations?confidenceMax=abc', '/api/v1/integrations?confidenceMin=0.9&confidenceMax=0.1', '/api/v1/discovery/proposals?sort=colour']) {
      const refused = await app.inject({ url });
      expect(refused.statusCode, url).toBe(400);
    }
    expect((await app.inject({ url: '/api/v1/systems?confidenceMin=0.5' })).statusCode).toBe(400);
  });

  it('describes the field, the filters and the sort in the OpenAPI document', async () => {
    const document = (await app.inject({ url: '/openapi.json' })).json() as {
      paths: Record<string, { get?: { parameters?: { name: string; schema: { type: string; minimum?: number; maximum?: number } }[] } }>;
      components: { schemas: Record<string, { properties?: Record<string, { properties?: Record<string, { type?: string; minimum?: number; maximum?: number }> }> }> };
    };
    for (const path of ['/api/v1/integrations', '/api/v1/discovery/proposals']) {
      const parameters = document.paths[path]?.get?.parameters ?? [];
      for (const name of ['confidenceMin', 'confidenceMax']) {
        expect(parameters.find((parameter) => parameter.name === name)?.schema, `${path} ${name}`).toMatchObject({ type: 'number', minimum: 0, maximum: 1 });
      }
      expect(parameters.find((parameter) => parameter.name === 'sort'), path).toBeDefined();
    }
    expect(document.components.schemas.Integration?.properties?.provenance?.properties?.confidence).toMatchObject({ type: 'number', minimum: 0, maximum: 1 });
  });
});
