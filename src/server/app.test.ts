import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERROR_KINDS, PROBLEM_TYPE_BASE, type ErrorCode } from '../core/errors.js';
import { servicesOver, type Patchbay } from '../services/open-patchbay.js';
import { ENGINES, openTestDatabase, type TestDatabase } from '../test-support/engines.js';
import { buildServer } from './app.js';

const yaml = `apiVersion: patchbay.dev/v1
kind: Team
metadata: { id: commerce, name: Commerce }
---
apiVersion: patchbay.dev/v1
kind: System
metadata: { id: shop, name: Web Shop }
spec: { kind: application, owner: commerce }
---
apiVersion: patchbay.dev/v1
kind: System
metadata: { id: erp, name: ERP }
spec: { kind: application }
---
apiVersion: patchbay.dev/v1
kind: Integration
metadata: { id: shop-orders }
spec:
  source: shop
  target: erp
  mechanism: rest
  data: [{ object: customer, fields: [{ name: email }] }]
`;

describe.each(ENGINES)('REST API on %s', (engine) => {
  let database: TestDatabase;
  let patchbay: Patchbay;
  let app: FastifyInstance;

  async function start(auth: boolean) {
    app = await buildServer({ services: patchbay, auth, bodyLimit: 64 * 1024, importBodyLimit: 256 * 1024 });
  }

  beforeEach(async () => {
    database = await openTestDatabase(engine);
    patchbay = servicesOver(database);
    await start(false);
  });
  afterEach(async () => {
    await app.close();
    await database.dispose();
  });

  async function importYaml(body = yaml, query = '') {
    return app.inject({ method: 'POST', url: `/api/v1/import${query}`, headers: { 'content-type': 'application/yaml' }, payload: body });
  }

  it('creates, reads with an ETag, updates with If-Match and deletes', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/v1/teams', payload: { id: 'ops', name: 'Operations' } });
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toBe('/api/v1/teams/ops');
    expect(created.headers.etag).toBe('"1"');

    const read = await app.inject({ url: '/api/v1/teams/ops' });
    expect(read.json()).toMatchObject({ id: 'ops', name: 'Operations', revision: 1 });

    const noPrecondition = await app.inject({ method: 'PATCH', url: '/api/v1/teams/ops', payload: { name: 'Ops' } });
    expect(noPrecondition.statusCode).toBe(428);

    const patched = await app.inject({ method: 'PATCH', url: '/api/v1/teams/ops', headers: { 'if-match': '"1"', 'content-type': 'application/merge-patch+json' }, payload: JSON.stringify({ name: 'Ops' }) });
    expect(patched.statusCode).toBe(200);
    expect(patched.headers.etag).toBe('"2"');

    const stale = await app.inject({ method: 'PUT', url: '/api/v1/teams/ops', headers: { 'if-match': '"1"' }, payload: { name: 'Stale' } });
    expect(stale.statusCode).toBe(412);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    expect(stale.json()).toMatchObject({ type: `${PROBLEM_TYPE_BASE}version-mismatch`, status: 412, currentVersion: 2 });

    const deleted = await app.inject({ method: 'DELETE', url: '/api/v1/teams/ops', headers: { 'if-match': '"2"' } });
    expect(deleted.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/v1/teams/ops' })).statusCode).toBe(404);
  });

  it.each([
    ['wrong enum', { method: 'POST', url: '/api/v1/systems', payload: { id: 'x', name: 'X', kind: 'nope' } }, 400, 'invalid-input', '/kind'],
    ['unknown reference', { method: 'POST', url: '/api/v1/systems', payload: { id: 'x', name: 'X', kind: 'saas', owner: 'ghost' } }, 422, 'unknown-reference', '/owner'],
    ['malformed JSON', { method: 'POST', url: '/api/v1/teams', headers: { 'content-type': 'application/json' }, payload: '{"id": ' }, 400, 'invalid-input', undefined],
    ['unknown filter', { method: 'GET', url: '/api/v1/integrations?helth=fragile' }, 400, 'invalid-input', '/helth'],
    ['bad limit', { method: 'GET', url: '/api/v1/systems?limit=100000' }, 400, 'invalid-input', '/limit'],
    ['oversized body', { method: 'POST', url: '/api/v1/teams', payload: { id: 'big', name: 'x'.repeat(100_000) } }, 413, 'payload-too-large', undefined],
    ['unknown route', { method: 'GET', url: '/api/v1/nothing' }, 404, 'not-found', undefined],
    ['a text/plain body', { method: 'POST', url: '/api/v1/teams', headers: { 'content-type': 'text/plain' }, payload: 'id=x' }, 415, 'unsupported-media-type', undefined],
    ['missing entity', { method: 'GET', url: '/api/v1/systems/ghost' }, 404, 'not-found', undefined],
    ['wrong content type', { method: 'POST', url: '/api/v1/import', headers: { 'content-type': 'application/xml' }, payload: '<a/>' }, 415, 'unsupported-media-type', undefined],
  ] satisfies [string, InjectOptions, number, ErrorCode, string | undefined][])('answers %s with problem+json', async (_name, request, status, code, pointer) => {
    const response = await app.inject(request);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json();
    expect(problem).toMatchObject({ type: `${PROBLEM_TYPE_BASE}${code}`, status, code, title: ERROR_KINDS[code].title });
    expect(typeof problem.detail).toBe('string');
    if (pointer) expect(problem.errors.map((item: { pointer: string }) => item.pointer)).toContain(pointer);
  });

  it('imports YAML all-or-nothing with file and line in errors, and dry-runs', async () => {
    const dry = await importYaml(yaml, '?dryRun=true');
    expect(dry.json()).toMatchObject({ dryRun: true, changed: true, summary: { integration: { create: 1 } } });
    expect((await app.inject({ url: '/api/v1' })).json().counts.system).toBe(0);

    const broken = await importYaml(yaml.replace('target: erp', 'target: ghost'), '?file=landscape.yaml');
    expect(broken.statusCode).toBe(422);
    expect(broken.json().errors[0]).toMatchObject({ file: 'landscape.yaml', line: 20, pointer: '/target' });
    expect((await app.inject({ url: '/api/v1' })).json().counts.system).toBe(0);

    const malformed = await importYaml('apiVersion: patchbay.dev/v1\nkind: [unclosed\n');
    expect(malformed.statusCode).toBe(422);
    expect(malformed.json().errors[0].line).toBeGreaterThanOrEqual(2);

    expect((await importYaml()).json()).toMatchObject({ dryRun: false, changed: true });
    expect((await importYaml()).json()).toMatchObject({ changed: false });
  });

  it('imports several files in one JSON body, keeping their names in errors', async () => {
    const [teamsPart, ...rest] = yaml.split('---\n');
    const files = [
      { name: 'catalog/teams.yaml', text: teamsPart },
      { name: 'catalog/rest.yaml', text: rest.join('---\n').replace('target: erp', 'target: ghost') },
    ];
    const broken = await app.inject({ method: 'POST', url: '/api/v1/import', payload: { files } });
    expect(broken.statusCode).toBe(422);
    expect(broken.json().errors[0]).toMatchObject({ file: 'catalog/rest.yaml', line: 16, pointer: '/target' });
    const wrongShape = await app.inject({ method: 'POST', url: '/api/v1/import', payload: { files: [{ name: 'a.yaml', text: '', format: 'xml' }] } });
    expect(wrongShape.statusCode).toBe(400);
    expect(wrongShape.json().errors[0].pointer).toBe('/files/0/format');
    files[1] = { name: 'catalog/rest.yaml', text: rest.join('---\n') };
    const ok = await app.inject({ method: 'POST', url: '/api/v1/import', payload: { files } });
    expect(ok.json()).toMatchObject({ changed: true, summary: { team: { create: 1 }, integration: { create: 1 } } });
  });

  it('answers the graph and data questions', async () => {
    await importYaml();
    const dependents = await app.inject({ url: '/api/v1/systems/shop/dependents' });
    expect(dependents.json().items).toEqual([{ system: 'erp', name: 'ERP', depth: 1, via: 'shop-orders', from: 'shop' }]);
    const dependencies = await app.inject({ url: '/api/v1/systems/erp/dependencies?depth=1' });
    expect(dependencies.json().items.map((item: { system: string }) => item.system)).toEqual(['shop']);
    const flows = await app.inject({ url: '/api/v1/integrations?carries=customer.email&total=true' });
    expect(flows.json()).toMatchObject({ total: 1, items: [{ id: 'shop-orders', source: 'shop', target: 'erp' }] });
    const audit = await app.inject({ url: '/api/v1/audit?kind=integration' });
    expect(audit.json().items[0]).toMatchObject({ action: 'create', id: 'shop-orders', actor: 'anonymous' });
  });

  it('exports YAML that imports back to the same catalog, and map formats', async () => {
    await importYaml();
    const exported = await app.inject({ url: '/api/v1/export?format=yaml' });
    expect(exported.headers['content-type']).toContain('application/yaml');
    const before = (await app.inject({ url: '/api/v1/export?format=yaml' })).body;
    expect((await importYaml(exported.body)).json().changed).toBe(false);
    expect((await app.inject({ url: '/api/v1/export?format=yaml' })).body).toBe(before);
    const mermaid = await app.inject({ url: '/api/v1/export?format=mermaid&groupBy=team' });
    expect(mermaid.statusCode).toBe(200);
    expect(mermaid.body).toContain('flowchart');
    expect((await app.inject({ url: '/api/v1/export?format=pdf' })).statusCode).toBe(400);
  });

  it('serves an OpenAPI 3.1 document naming the schemas and problem responses', async () => {
    const document = (await app.inject({ url: '/openapi.json' })).json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(['Problem', 'Team', 'Domain', 'System', 'Integration']));
    expect(document.paths['/api/v1/systems/{id}'].put.responses['412']).toBeDefined();
    expect((await app.inject({ url: '/docs/' })).statusCode).toBe(200);
  });

  it('answers 503 with Retry-After when the database is gone', async () => {
    const other = await openTestDatabase(engine);
    const services = servicesOver(other);
    const server = await buildServer({ services, auth: false });
    await other.dispose();
    const response = await server.inject({ url: '/api/v1/teams' });
    await server.close();
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.json()).toMatchObject({ code: 'unavailable' });
  });

  it('limits the request rate per client with problem+json and Retry-After', async () => {
    await app.close();
    app = await buildServer({ services: patchbay, auth: false, rateLimitPerMinute: 3 });
    const statuses = [];
    for (let index = 0; index < 4; index += 1) statuses.push((await app.inject({ url: '/api/v1/teams' })).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await app.inject({ url: '/api/v1/teams' });
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.json()).toMatchObject({ code: 'rate-limited', status: 429 });
    expect(limited.json().retryAfterSeconds).toBeGreaterThan(0);
    // an invented token does not open a fresh allowance
    expect((await app.inject({ url: '/api/v1/teams', headers: { authorization: 'Bearer made-up' } })).statusCode).toBe(429);
    expect((await app.inject({ url: '/health' })).statusCode).toBe(200);
  });

  it('with auth on, counts failed logins against the rate limit', async () => {
    await app.close();
    app = await buildServer({ services: patchbay, auth: true, rateLimitPerMinute: 2 });
    const statuses = [];
    for (let index = 0; index < 4; index += 1) {
      statuses.push((await app.inject({ url: '/api/v1/teams', headers: { authorization: `Bearer guess-${index}` } })).statusCode);
    }
    expect(statuses).toEqual([401, 401, 429, 429]);
  });

  it('with auth on, lets a read token ask questions that change nothing', async () => {
    await app.close();
    await start(true);
    const reader = await patchbay.tokens.create('analyst', 'read');
    const headers = { authorization: `Bearer ${reader.secret}` };
    expect((await app.inject({ method: 'POST', url: '/api/v1/advice/pattern', headers, payload: { consumers: 3 } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/v1/prioritisation', headers, payload: {} })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/v1/assessments?dryRun=true', headers, payload: { answers: [1, 1, 1, 1, 1, 1] } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/v1/import?dryRun=true', headers: { ...headers, 'content-type': 'application/yaml' }, payload: yaml })).statusCode).toBe(200);
    // keeping an assessment or importing for real is a change
    expect((await app.inject({ method: 'POST', url: '/api/v1/assessments', headers, payload: { answers: [1, 1, 1, 1, 1, 1] } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/v1/import', headers: { ...headers, 'content-type': 'application/yaml' }, payload: yaml })).statusCode).toBe(403);
  });

  it.each([
    { auth: false, scope: null, expected: { authRequired: false, token: null, scopes: ['read', 'write'] } },
    { auth: true, scope: 'read', expected: { authRequired: true, token: 'viewer', scopes: ['read'] } },
    { auth: true, scope: 'write', expected: { authRequired: true, token: 'viewer', scopes: ['read', 'write'] } },
  ] as const)('tells a client what it may do (auth $auth, $scope token)', async ({ auth, scope, expected }) => {
    await app.close();
    await start(auth);
    const headers = scope ? { authorization: `Bearer ${(await patchbay.tokens.create('viewer', scope)).secret}` } : {};
    const answer = await app.inject({ url: '/api/v1/session', headers });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual(expected);
    if (auth) expect((await app.inject({ url: '/api/v1/session' })).statusCode).toBe(401);
  });

  it('with auth on, refuses anonymous requests and writes with a read token', async () => {
    await app.close();
    await start(true);
    const reader = await patchbay.tokens.create('dashboard', 'read');
    const writer = await patchbay.tokens.create('ci-pipeline', 'write');
    const anonymous = await app.inject({ url: '/api/v1/systems' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['www-authenticate']).toContain('Bearer');
    expect((await app.inject({ url: '/api/v1/systems', headers: { authorization: 'Bearer pbt_wrong' } })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/v1/systems', headers: { authorization: `Bearer ${reader.secret}` } })).statusCode).toBe(200);
    const refused = await app.inject({ method: 'POST', url: '/api/v1/teams', headers: { authorization: `Bearer ${reader.secret}` }, payload: { id: 'a', name: 'A' } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('forbidden');
    const allowed = await app.inject({ method: 'POST', url: '/api/v1/teams', headers: { authorization: `Bearer ${writer.secret}` }, payload: { id: 'a', name: 'A' } });
    expect(allowed.statusCode).toBe(201);
    const audit = await app.inject({ url: '/api/v1/audit', headers: { authorization: `Bearer ${reader.secret}` } });
    expect(audit.json().items[0].actor).toBe('token:ci-pipeline');
    expect((await app.inject({ url: '/health' })).statusCode).toBe(200);
    await patchbay.tokens.revoke(writer.token.id);
    expect((await app.inject({ method: 'POST', url: '/api/v1/teams', headers: { authorization: `Bearer ${writer.secret}` }, payload: { id: 'b', name: 'B' } })).statusCode).toBe(401);
    // the store keeps only hashes: the secret appears nowhere in the tokens table
    const rows = await database.db.selectFrom('api_tokens').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(writer.secret);
  });
});
