import type { MedusaContainer } from "@medusajs/framework/types"
import { syncProductsWorkflow } from "../workflows/sync-products"
import { MEILISEARCH_MODULE } from "../modules/meilisearch"
import MeilisearchModuleService from "../modules/meilisearch/service"

export default async function reindexProductsJob(container: MedusaContainer) {
  const search: MeilisearchModuleService = container.resolve(MEILISEARCH_MODULE)
  await search.ensureSettings()
  await syncProductsWorkflow(container).run({ input: {} })
}

export const config = {
  name: "nightly-meilisearch-reindex",
  schedule: "15 3 * * *",
}
