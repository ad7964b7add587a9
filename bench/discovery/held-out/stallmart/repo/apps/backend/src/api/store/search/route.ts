import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MEILISEARCH_MODULE } from "../../../modules/meilisearch"
import MeilisearchModuleService from "../../../modules/meilisearch/service"

type SearchQuery = { q?: string; limit?: string; offset?: string }

export const GET = async (req: MedusaRequest<unknown, SearchQuery>, res: MedusaResponse) => {
  const { q = "", limit = "20", offset = "0" } = req.query as SearchQuery
  const search: MeilisearchModuleService = req.scope.resolve(MEILISEARCH_MODULE)

  const result = await search.searchProducts(
    String(q),
    Math.min(Number(limit) || 20, 100),
    Number(offset) || 0
  )

  res.json({ hits: result.hits, count: result.total, limit: Number(limit), offset: Number(offset) })
}
