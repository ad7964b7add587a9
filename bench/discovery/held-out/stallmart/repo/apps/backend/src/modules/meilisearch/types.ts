export type MeilisearchOptions = {
  host: string
  apiKey?: string
  productIndexName: string
  requestTimeoutMs?: number
}

export type ProductDocument = {
  id: string
  title: string
  handle: string
  description?: string | null
  thumbnail?: string | null
  collection_title?: string | null
  variant_skus: string[]
  category_handles: string[]
  status: string
}

export type SearchHit = Pick<ProductDocument, "id" | "title" | "handle" | "thumbnail">

export interface SearchClient {
  upsert(index: string, docs: ProductDocument[]): Promise<void>
  remove(index: string, ids: string[]): Promise<void>
  query(index: string, q: string, opts: { limit: number; offset: number }): Promise<{ hits: SearchHit[]; total: number }>
  configure(index: string): Promise<void>
}
