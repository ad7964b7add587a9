import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncProductsWorkflow } from "../workflows/sync-products"
import { MEILISEARCH_MODULE } from "../modules/meilisearch"
import MeilisearchModuleService from "../modules/meilisearch/service"

export default async function productSyncHandler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  if (event.name === "product.deleted") {
    const search: MeilisearchModuleService = container.resolve(MEILISEARCH_MODULE)
    await search.deleteProducts([event.data.id])
    return
  }

  const ids = event.name === "stallmart.search.reindex_requested" ? undefined : [event.data.id]
  await syncProductsWorkflow(container).run({ input: { ids } })
}

export const config: SubscriberConfig = {
  event: ["product.created", "product.updated", "product.deleted", "stallmart.search.reindex_requested"],
}
