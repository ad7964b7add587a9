import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servicesOver } from '../services/open-patchbay.js';
import { openTestDatabase, type TestDatabase } from '../test-support/engines.js';
import { buildServer } from './app.js';
import { isApiPath } from './web-app.js';

// Serving files does not touch the catalog, so one engine is enough here.
describe('the web app beside the API', () => {
  let database: TestDatabase;
  let webRoot: string;
  let open: FastifyInstance;
  let guarded: FastifyInstance;
  let unbuilt: FastifyInstance;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'patchbay-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Patchbay</title><div id="root"></div>');
    writeFileSync(join(webRoot, 'assets', 'index-abc123.js'), 'console.log("app")');
    database = await openTestDatabase('sqlite');
    const services = servicesOver(database);
    open = await buildServer({ services, auth: false, webRoot });
    guarded = await buildServer({ services, auth: true, webRoot });
    unbuilt = await buildServer({ services, auth: false, webRoot: join(webRoot, 'nothing-here') });
  });
  afterAll(async () => {
    await Promise.all([open.close(), guarded.close(), unbuilt.close()]);
    await database.dispose();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const html = { accept: 'text/html,application/xhtml+xml' };

  it.each([
    { url: '/', type: 'text/html', cache: 'no-cache' },
    { url: '/map?team=payments&impact=erp', type: 'text/html', cache: 'no-cache' },
    { url: '/inventory/integrations/shop-orders/edit', type: 'text/html', cache: 'no-cache' },
  ])('answers the browser navigation $url with the app page', async ({ url, type, cache }) => {
    const response = await open.inject({ method: 'GET', url, headers: html });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain(type);
    expect(response.headers['cache-control']).toBe(cache);
    expect(response.body).toContain('<div id="root">');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves hashed assets as immutable', async () => {
    const response = await open.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('javascript');
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it.each([
    { url: '/api/v1/no-such-thing', accept: html.accept },
    { url: '/assets/missing.js', accept: '*/*' },
    { url: '/openapi.json/extra', accept: html.accept },
  ])('never answers $url with the app page', async ({ url, accept }) => {
    const response = await open.inject({ method: 'GET', url, headers: { accept } });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('serves the app without a token when auth is on, but not the data', async () => {
    expect((await guarded.inject({ method: 'GET', url: '/map', headers: html })).statusCode).toBe(200);
    expect((await guarded.inject({ method: 'GET', url: '/assets/index-abc123.js' })).statusCode).toBe(200);
    const data = await guarded.inject({ method: 'GET', url: '/api/v1/systems' });
    expect(data.statusCode).toBe(401);
    expect(data.headers['www-authenticate']).toContain('Bearer');
  });

  it('says how to build the app when it is missing, and keeps the API working', async () => {
    const page = await unbuilt.inject({ method: 'GET', url: '/', headers: html });
    expect(page.statusCode).toBe(404);
    expect(page.json().detail).toContain('npm run build');
    expect((await unbuilt.inject({ method: 'GET', url: '/api/v1/systems' })).statusCode).toBe(200);
  });

  it.each([
    ['/api/v1/systems', true],
    ['/api', true],
    ['/apis', false],
    ['/openapi.json', true],
    ['/docs/static/index.html', true],
    ['/health', true],
    ['/healthy-integrations', false],
    ['/map', false],
  ])('%s belongs to the API: %s', (path, expected) => {
    expect(isApiPath(path)).toBe(expected);
  });
});
