import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_LANDSCAPE } from '../cli/commands/lifecycle.js';
import { readCatalogPaths } from '../files/catalog-files.js';
import { servicesOver } from '../services/open-patchbay.js';
import { ENGINES, openTestDatabase, type TestDatabase } from '../test-support/engines.js';
import { buildServer } from './app.js';

describe.each(ENGINES)('assessment, prioritisation and advice API on %s', (engine) => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeEach(async () => {
    database = await openTestDatabase(engine);
    const services = servicesOver(database);
    await services.catalog.importFiles(readCatalogPaths([DEMO_LANDSCAPE]), {}, { name: 'demo' });
    app = await buildServer({ services, auth: false });
  });
  afterEach(async () => {
    await app.close();
    await database.dispose();
  });

  it('serves the six questions with four options each', async () => {
    const body = (await app.inject({ url: '/api/v1/assessment/questions' })).json();
    expect(body.questions.map((question: { id: string }) => question.id)).toEqual(['inventory', 'monitoring', 'api-standards', 'delivery', 'data-quality', 'change-communication']);
    expect(body.questions.every((question: { options: unknown[] }) => question.options.length === 4)).toBe(true);
    expect(body.levels.map((level: { name: string }) => level.name)).toEqual(['No strategy', 'Ad-hoc', 'Developing', 'Mature']);
  });

  it('keeps assessments with date and author, newest first, and dry-runs without keeping', async () => {
    const dry = await app.inject({ method: 'POST', url: '/api/v1/assessments?dryRun=true', payload: { answers: [4, 4, 4, 4, 4, 4] } });
    expect(dry.statusCode).toBe(200);
    expect(dry.json().result.level).toBe(4);
    const first = await app.inject({ method: 'POST', url: '/api/v1/assessments', payload: { answers: [1, 2, 1, 1, 2, 1] } });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ author: 'anonymous', doc: { result: { level: 1, name: 'No strategy' } } });
    const second = await app.inject({ method: 'POST', url: '/api/v1/assessments', payload: { answers: { inventory: 3, monitoring: 3, 'api-standards': 2, delivery: 3, 'data-quality': 3, 'change-communication': 3 } } });
    expect(second.json().doc.result).toMatchObject({ level: 3, name: 'Developing' });
    const history = (await app.inject({ url: '/api/v1/assessments' })).json();
    expect(history.items.map((item: { id: string }) => item.id)).toEqual([second.json().id, first.json().id]);
    expect((await app.inject({ url: `/api/v1/assessments/${first.json().id}` })).json().doc.answers.inventory).toBe(1);
  });

  it.each([
    [{ answers: [1, 2, 3] }, '6'],
    [{ answers: [1, 2, 3, 4, 5, 1] }, 'answer 5'],
    [{ answers: { inventory: 2 } }, 'monitoring'],
    [{}, 'answers'],
  ])('refuses %j with a message naming what is wrong', async (payload, fragment) => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/assessments', payload });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(response.json())).toContain(fragment);
    expect((await app.inject({ url: '/api/v1/assessments' })).json().items).toEqual([]);
  });

  it('sets the catalog evidence beside the answers and flags disagreement', async () => {
    const integrations = (await app.inject({ url: '/api/v1/integrations?limit=500' })).json().items as { status: string; health: string }[];
    const counted = integrations.filter((item) => ['planned', 'active', 'deprecated'].includes(item.status)).length;
    const evidence = (await app.inject({ url: '/api/v1/assessment/evidence' })).json().items as { id: string; status: string; total?: number }[];
    expect(evidence.find((item) => item.id === 'inventory')).toMatchObject({ status: 'evidence', total: counted });
    expect(evidence.find((item) => item.id === 'api-standards')?.status).toBe('no-evidence');
    // claiming a complete, maintained inventory while the demo has gaps is a disagreement
    const result = (await app.inject({ method: 'POST', url: '/api/v1/assessments?dryRun=true', payload: { answers: [4, 1, 1, 1, 1, 1] } })).json();
    expect(result.comparison.find((item: { id: string }) => item.id === 'inventory').status).toBe('disagrees');
  });

  it('keeps what a spreadsheet cannot carry when the CSV export is imported back', async () => {
    const csv = (await app.inject({ url: '/api/v1/export?format=csv' })).body;
    const before = (await app.inject({ url: '/api/v1/export?format=yaml' })).body;
    const reimport = await app.inject({ method: 'POST', url: '/api/v1/import', headers: { 'content-type': 'text/csv' }, payload: csv });
    expect(reimport.statusCode).toBe(200);
    expect(reimport.json().changed).toBe(false);
    expect((await app.inject({ url: '/api/v1/export?format=yaml' })).body).toBe(before);
  });

  it.each([
    ['/api/v1/assessments?dryRun=true', { answers: [1, 2, 7, 1, 1, 1] }, '/answers/2'],
    ['/api/v1/prioritisation', { weights: { value: { revenu: 2 } } }, '/weights/value/revenu'],
    ['/api/v1/prioritisation', { thresholds: { value: 9 } }, '/thresholds/value'],
  ])('points at the place in the body: %s %j', async (url, payload, pointer) => {
    const response = await app.inject({ method: 'POST', url, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((issue: { pointer: string }) => issue.pointer)).toContain(pointer);
  });

  it.each(['/api/v1/prioritisation?weights=2', '/api/v1/advice/landscape?verbose=1', '/api/v1/assessment/questions?lang=fr'])('refuses an unknown query parameter on %s', async (url) => {
    const response = await app.inject({ url });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('invalid-input');
  });

  it('prioritises with the configured weights, previews others, and draws the matrix', async () => {
    const result = (await app.inject({ url: '/api/v1/prioritisation' })).json();
    expect(result.sequence.length).toBe(result.integrations.length);
    expect(result.weights.value.revenue).toBe(1);
    const preview = await app.inject({ method: 'POST', url: '/api/v1/prioritisation', payload: { weights: { value: { revenue: 5 } } } });
    expect(preview.json().weights.value.revenue).toBe(5);
    const bad = await app.inject({ method: 'POST', url: '/api/v1/prioritisation', payload: { weights: { value: { revenue: -2 } } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe('/weights/value/revenue');
    const chart = await app.inject({ url: '/api/v1/prioritisation/matrix.svg' });
    expect(chart.headers['content-type']).toContain('image/svg+xml');
    expect(chart.body).toContain('Do first');
  });

  it('advises a pattern for requirements, for an integration, and for the landscape', async () => {
    const advice = await app.inject({ method: 'POST', url: '/api/v1/advice/pattern', payload: { consumers: 4, couplingTolerance: 'loose' } });
    expect(advice.json().pattern).toBe('event-driven');
    const bad = await app.inject({ method: 'POST', url: '/api/v1/advice/pattern', payload: { latency: 'instant' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe('/latency');
    const rekeying = (await app.inject({ url: '/api/v1/integrations/wms-hours-to-hris/advice' })).json();
    expect(rekeying.mismatch?.kind).toBe('automate');
    const landscape = (await app.inject({ url: '/api/v1/advice/landscape' })).json();
    expect(landscape.mismatches.map((item: { integration: string }) => item.integration)).toContain('wms-hours-to-hris');
    expect(typeof landscape.gateway.due).toBe('boolean');
    expect((await app.inject({ url: '/api/v1/integrations/ghost/advice' })).statusCode).toBe(404);
  });
});
