/**
 * The one way the app talks to Patchbay: the public REST API, with the token when there is one.
 * Every non-success answer becomes an ApiProblem carrying the server's problem details.
 */
import { ApiProblem, type ProblemBody } from './problem';
import { currentToken, reportUnauthorised } from './token';

export type Query = Record<string, string | number | boolean | string[] | undefined | null>;

/** A query string from a record; arrays become comma-separated lists (the API's "any of"). */
export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface Answer<T> {
  data: T;
  etag: string | null;
  status: number;
}

export interface RequestOptions {
  method?: string;
  query?: Query;
  body?: unknown;
  /** Raw body text (imports) instead of JSON. */
  text?: string;
  contentType?: string;
  ifMatch?: string;
  signal?: AbortSignal;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  const token = currentToken();
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  let body: string | undefined;
  if (options.text !== undefined) {
    body = options.text;
    headers['content-type'] = options.contentType ?? 'application/yaml';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = options.contentType ?? 'application/json';
  }
  const response = await fetch(`${path}${queryString(options.query)}`, {
    method: options.method ?? 'GET',
    headers,
    ...(body !== undefined ? { body } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok) {
    let problem: ProblemBody = { status: response.status, title: response.statusText };
    if (type.includes('json')) problem = { ...problem, ...((await response.json()) as ProblemBody) };
    if (response.status === 401) reportUnauthorised();
    throw new ApiProblem(response.status, problem);
  }
  let data: unknown = null;
  if (response.status !== 204) data = type.includes('json') ? await response.json() : await response.text();
  return { data: data as T, etag: response.headers.get('etag'), status: response.status };
}

export async function get<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
  return (await request<T>(path, { ...(query ? { query } : {}), ...(signal ? { signal } : {}) })).data;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
}

/** Every item of a list, following cursors page by page (500, the API's largest page). */
export async function getAll<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await get<Page<T>>(path, { ...query, limit: 500, ...(cursor ? { cursor } : {}) }, signal);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
