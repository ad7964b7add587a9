import { MeiliSearch } from "meilisearch"
import { MeilisearchOptions, ProductDocument, SearchClient, SearchHit } from "./types"

const DEFAULT_TIMEOUT = 5_000

function normalizeHost(host: string): string {
  const trimmed = host.trim().replace(/\/+$/, "")
  return /^https?:\/\//.test(trimmed) ? trimmed : `http://${trimmed}`
}

/**
 * Thin wrapper around the official meilisearch-js client so the rest of the
 * codebase only depends on SearchClient (and tests can swap in a fake).
 */
export class MeiliSearchClient implements SearchClient {
  private readonly meili: MeiliSearch

  constructor(options: MeilisearchOptions) {
    this.meili = new MeiliSearch({
      host: normalizeHost(options.host),
      apiKey: options.apiKey,
      timeout: options.requestTimeoutMs ?? DEFAULT_TIMEOUT,
    })
  }

  async upsert(index: string, docs: ProductDocument[]): Promise<void> {
    if (!docs.length) {
      return
    }
    await this.meili.index(index).addDocuments(docs, { primaryKey: "id" })
  }

  async remove(index: string, ids: string[]): Promise<void> {
    await this.meili.index(index).deleteDocuments(ids)
  }

  async query(index: string, q: string, opts: { limit: number; offset: number }) {
    const res = await this.meili.index(index).search<SearchHit>(q, {
      limit: opts.limit,
      offset: opts.offset,
      attributesToRetrieve: ["id", "title", "handle", "thumbnail"],
    })
    return { hits: res.hits, total: res.estimatedTotalHits ?? res.hits.length }
  }

  async configure(index: string): Promise<void> {
    await this.meili.index(index).updateSettings({
      searchableAttributes: ["title", "description", "variant_skus", "collection_title"],
      filterableAttributes: ["category_handles", "status"],
      sortableAttributes: ["title"],
    })
  }
}
