import Cookie from 'cookie';

type APIRes<T> = T | ErrorBase | APIError;
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type ReqData = URLSearchParams | Dict | undefined | unknown;

export type ErrorBase = { error: string };
export type APIError = { exception: string; boxnet_version: string; python_version: string } & ErrorBase;

export function isApiError(data: Record<string, unknown>): data is APIError {
  return 'error' in data && 'exception' in data;
}

export function isTruthy<V extends unknown>(value: V): value is NonNullable<V> {
  const badStrings = ['', 'null', 'undefined'];
  if (Array.isArray(value)) {
    return value.length > 0;
  } else if (typeof value === 'string' && !badStrings.includes(value)) {
    return true;
  } else if (typeof value === 'number') {
    return true;
  } else if (typeof value === 'boolean') {
    return true;
  } else if (typeof value === 'object' && value !== null) {
    return true;
  }
  return false;
}

/**
 * Retrieve the CSRF token from cookie storage.
 */
export function getCsrfToken(): string {
  const { csrftoken: csrfToken } = Cookie.parse(document.cookie);
  if (typeof csrfToken === 'undefined') {
    throw new Error('Invalid or missing CSRF token');
  }
  return csrfToken;
}

/**
 * Get the boxnet `settings.BASE_PATH` from the `<html/>` element's data attributes.
 */
export function getBasePath(): string {
  const value = document.documentElement.getAttribute('data-boxnet-base-path');
  if (value === null) {
    return '/';
  }
  return value;
}

/**
 * Call the boxnet REST API on the same origin that served the page.
 */
export async function apiRequest<R extends Dict, D extends ReqData = undefined>(
  url: string,
  method: Method,
  data?: D,
): Promise<APIResponse<R>> {
  const token = getCsrfToken();
  const headers = new Headers({ 'X-CSRFToken': token });

  let body;
  if (typeof data !== 'undefined') {
    body = JSON.stringify(data);
    headers.set('content-type', 'application/json');
  }

  const res = await fetch(url, { method, body, headers, credentials: 'same-origin' });
  const contentType = res.headers.get('Content-Type');
  if (typeof contentType === 'string' && contentType.includes('text')) {
    const error = await res.text();
    return { error } as ErrorBase;
  }
  const json = (await res.json()) as R | APIError;
  if (!res.ok && Array.isArray(json)) {
    const error = json.join('\n');
    return { error } as ErrorBase;
  } else if (!res.ok && 'detail' in json) {
    return { error: json.detail } as ErrorBase;
  }
  return json;
}

export async function apiPatch<R extends Dict, D extends ReqData = Dict>(
  url: string,
  data: D,
): Promise<APIResponse<R>> {
  return await apiRequest<R, D>(url, 'PATCH', data);
}

export async function apiGetBase<R extends Dict>(url: string): Promise<APIResponse<R>> {
  return await apiRequest<R>(url, 'GET');
}

/**
 * Toggle a user preference (e.g. color mode) through /api/users/config/.
 */
export async function setUserPreference(path: string, value: unknown): Promise<void> {
  const url = `${getBasePath()}api/users/config/`;
  const data = path.split('.').reduceRight((acc, key) => ({ [key]: acc }), value as Dict);
  await apiPatch(url, data as Dict);
}

/**
 * Fetch the rendered job status for background tasks from /api/core/jobs/<id>/.
 */
export async function getJobStatus(jobId: number): Promise<APIResponse<Dict>> {
  return await apiGetBase<Dict>(`${getBasePath()}api/core/jobs/${jobId}/`);
}
