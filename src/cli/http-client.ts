/**
 * The CLI's catalog client over a running server's public REST API. Problem details come back
 * as the same PatchbayErrors the local client throws, so commands report both alike.
 */
import { ERROR_KINDS, PatchbayError, type ErrorCode, type FieldIssue } from '../core/errors.js';
import type { ListFilter } from '../core/catalog/queries.js';
import type { EntityKind } from '../core/model/vocabulary.js';
import type { PatchbayClient } from './client.js';

const PLURAL: Record<EntityKind, string> = { team: 'teams', domain: 'domains', system: 'systems', integration: 'integrations' };

/** Turns a problem document into the error it stands for. */
function errorFromProblem(status: number, body: unknown): PatchbayError {
  const problem = (body ?? {}) as { code?: string; detail?: string; errors?: (FieldIssue & { detail: string })[]; [key: string]: unknown };
  const code = (problem.code && problem.code in ERROR_KINDS ? problem.code : status >= 500 ? 'internal' : 'invalid-input') as ErrorCode;
  const issues = (problem.errors ?? []).map(({ detail, ...location }) => ({ ...location, message: detail }));
  const { type: _t, title: _ti, status: _s, detail: _d, instance: _i, code: _c, errors: _e, ...extensions } = problem;
  return new PatchbayError(code, problem.detail ?? `The server answered ${status}`, { issues, extensions });
}

/** Query string of a list request. */
function listQuery(filter: ListFilter, page: { limit?: number; cursor?: string; sort?: string; withTotal?: boolean }): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  if (page.limit !== undefined) params.set('limit', String(page.limit));
  if (page.cursor) params.set('cursor', page.cursor);
  if (page.sort) params.set('sort', page.sort);
  if (page.withTotal) params.set('total', 'true');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A client for the server at baseUrl, presenting token when given. */
export function httpClient(baseUrl: string, token: string | undefined): PatchbayClient {
  const base = baseUrl.replace(/\/+$/, '');
  async function call(method: string, path: string, options: { body?: unknown; headers?: Record<string, string>; raw?: boolean } = {}): Promise<unknown> {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json', ...options.headers };
    if (token) headers.authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
    } catch (error) {
      throw new PatchbayError('unavailable', `Cannot reach the Patchbay server at ${base}: ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}. Is it running? Check --server or PATCHBAY_SERVER.`);
    }
    const text = await response.text();
    if (!response.ok) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = { detail: `The server answered ${response.status}: ${text.slice(0, 200)}` };
      }
      const error = errorFromProblem(response.status, parsed);
      if (error.code === 'unauthenticated') {
        // The server speaks of HTTP headers; the person at the terminal needs the CLI's way to give a token.
        const hint = token ? 'check the token given with --token or PATCHBAY_TOKEN' : 'give one with --token or PATCHBAY_TOKEN';
        throw new PatchbayError('unauthenticated', `${error.message}; ${hint}`, { issues: error.issues, extensions: error.extensions });
      }
      throw error;
    }
    if (options.raw) return text;
    return text ? JSON.parse(text) : undefined;
  }
  const entityPath = (kind: EntityKind, id?: string) => `/api/v1/${PLURAL[kind]}${id === undefined ? '' : `/${encodeURIComponent(id)}`}`;

  return {
    location: base,
    list: async (kind, filter, page) => call('GET', `${entityPath(kind)}${listQuery(filter, page)}`) as never,
    get: async (kind, id) => call('GET', entityPath(kind, id)) as never,
    create: async (kind, input) => call('POST', entityPath(kind), { body: input }) as never,
    patch: async (kind, id, patch, revision) =>
      call('PATCH', entityPath(kind, id), { body: patch, headers: { 'content-type': 'application/merge-patch+json', 'if-match': `"${revision}"` } }) as never,
    remove: async (kind, id) => {
      await call('DELETE', entityPath(kind, id), { headers: { 'if-match': '*' } });
    },
    importFiles: async (files, options) => {
      const query = new URLSearchParams();
      if (options.dryRun) query.set('dryRun', 'true');
      if (options.prune) query.set('prune', 'true');
      return call('POST', `/api/v1/import${query.size ? `?${query}` : ''}`, { body: { files } }) as never;
    },
    exportText: async (format, groupBy) =>
      call('GET', `/api/v1/export?${new URLSearchParams({ format, groupBy })}`, { raw: true, headers: { accept: '*/*' } }) as Promise<string>,
    impact: async (systemId, way, depth) => {
      const path = `${entityPath('system', systemId)}/${way === 'upstream' ? 'dependencies' : 'dependents'}${depth === undefined ? '' : `?depth=${depth}`}`;
      const result = (await call('GET', path)) as { system: string; way: typeof way; items: never[] };
      return { system: result.system, way: result.way, reached: result.items };
    },
    audit: async (filter, limit, cursor) => {
      const query = new URLSearchParams(Object.entries({ ...filter, limit, cursor }).filter(([, value]) => value !== undefined).map(([key, value]): [string, string] => [key, String(value)]));
      return call('GET', `/api/v1/audit${query.size ? `?${query}` : ''}`) as never;
    },
    counts: async () => ((await call('GET', '/api/v1')) as { counts: Record<EntityKind, number> }).counts,
    assess: async (answers, keep) => {
      const result = (await call('POST', `/api/v1/assessments${keep ? '' : '?dryRun=true'}`, { body: { answers } })) as Record<string, unknown>;
      return (keep ? { ...(result.doc as object), id: result.id, takenAt: result.takenAt, author: result.author } : result) as never;
    },
    assessmentHistory: async (limit, cursor) => {
      const query = new URLSearchParams(Object.entries({ limit, cursor }).filter(([, value]) => value !== undefined).map(([key, value]): [string, string] => [key, String(value)]));
      return call('GET', `/api/v1/assessments${query.size ? `?${query}` : ''}`) as never;
    },
    getAssessment: async (id) => call('GET', `/api/v1/assessments/${encodeURIComponent(id)}`) as never,
    advisePattern: async (requirements) => call('POST', '/api/v1/advice/pattern', { body: requirements }) as never,
    integrationAdvice: async (id) => call('GET', `/api/v1/integrations/${encodeURIComponent(id)}/advice`) as never,
    landscapeAdvice: async () => call('GET', '/api/v1/advice/landscape') as never,
    applyScan: async (graph, dryRun) => call('POST', `/api/v1/discovery/apply${dryRun ? '?dryRun=true' : ''}`, { body: graph }) as never,
    drift: async (graph) => call('POST', '/api/v1/discovery/drift', { body: graph }) as never,
    proposals: async (asked = {}) => {
      const query = new URLSearchParams(Object.entries(asked).filter(([, value]) => value !== undefined).map(([key, value]): [string, string] => [key, String(value)]));
      return call('GET', `/api/v1/discovery/proposals${query.size ? `?${query}` : ''}`) as never;
    },
    review: async (action, ids) => ((await call('POST', `/api/v1/discovery/proposals/${action}`, { body: { ids } })) as { results: never }).results,
    prioritise: async (settings) =>
      (settings.weights === undefined && settings.thresholds === undefined ? call('GET', '/api/v1/prioritisation') : call('POST', '/api/v1/prioritisation', { body: settings })) as never,
    close: async () => undefined,
  };
}
