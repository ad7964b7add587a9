export interface SearchResult {
  docs: Array<{ id: string, title?: string, score: number }>
  total?: number
}

export async function searchFulltext (fulltextUrl: string, token: string, query: { query: string, classes?: string[] }, options: { limit?: number }): Promise<SearchResult> {
  const res = await fetch(new URL('/api/v1/search', fulltextUrl), {
    method: 'PUT',
    headers: { Authorization: 'Bearer ' + token, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, options })
  })
  if (!res.ok) {
    return { docs: [] }
  }
  return await res.json()
}
