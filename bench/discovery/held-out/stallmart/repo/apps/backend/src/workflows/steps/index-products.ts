import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEILISEARCH_MODULE } from "../../modules/meilisearch"
import MeilisearchModuleService from "../../modules/meilisearch/service"
import { ProductDocument } from "../../modules/meilisearch/types"

export const indexProductsStep = createStep(
  "index-products-in-meilisearch",
  async (docs: ProductDocument[], { container }) => {
    const search: MeilisearchModuleService = container.resolve(MEILISEARCH_MODULE)
    await search.indexProducts(docs)
    return new StepResponse({ indexed: docs.length })
  }
)
