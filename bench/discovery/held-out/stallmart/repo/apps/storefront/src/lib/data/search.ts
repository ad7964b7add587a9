import { sdk } from "@lib/config"

export type SearchHit = { id: string; title: string; handle: string; thumbnail: string | null }

// Custom backend route (apps/backend/src/api/store/search) proxies to the search engine.
export async function searchProducts(q: string, limit = 24) {
  return sdk.client.fetch<{ hits: SearchHit[]; count: number }>(`/store/search`, {
    query: { q, limit },
    next: { revalidate: 60 },
  })
}
