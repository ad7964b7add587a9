import { BASEKIT_SERVICE_KEY, BASEKIT_URL, PG_META_URL } from '../constants'

export type PgMetaError = { message: string; formattedError?: string }

export function constructHeaders(headers?: Record<string, string | undefined>) {
  const cleaned: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' }
  if (headers?.['x-connection-encrypted']) {
    cleaned['x-connection-encrypted'] = headers['x-connection-encrypted']
  }
  return cleaned
}

/** Runs a SQL statement through pg-meta (`POST {STUDIO_PG_META_URL}/query`). */
export async function executeQuery<T = unknown>(query: string, headers?: Record<string, string>) {
  const response = await fetch(`${PG_META_URL}/query`, {
    method: 'POST',
    headers: constructHeaders(headers),
    body: JSON.stringify({ query }),
  })

  try {
    const result = await response.json()
    if (!response.ok) {
      return { data: undefined, error: result as PgMetaError }
    }
    return { data: result as T, error: undefined }
  } catch (error) {
    return { data: undefined, error: { message: 'Failed to parse pg-meta response' } }
  }
}

/** Calls a BaseKit API through the gateway with the service role key. */
export async function gatewayFetch(path: string, init: RequestInit = {}) {
  return fetch(`${BASEKIT_URL}${path}`, {
    ...init,
    headers: {
      apikey: BASEKIT_SERVICE_KEY,
      Authorization: `Bearer ${BASEKIT_SERVICE_KEY}`,
      'Content-Type': 'application/json',
      ...(init.headers ?? {}),
    },
  })
}
