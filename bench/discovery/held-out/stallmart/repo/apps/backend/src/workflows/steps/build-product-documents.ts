import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ProductDocument } from "../../modules/meilisearch/types"

export type BuildProductDocumentsInput = { ids?: string[] }

export const buildProductDocumentsStep = createStep(
  "build-product-documents",
  async ({ ids }: BuildProductDocumentsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: [
        "id",
        "title",
        "handle",
        "description",
        "thumbnail",
        "status",
        "collection.title",
        "variants.sku",
        "categories.handle",
      ],
      filters: ids?.length ? { id: ids } : {},
    })

    const docs: ProductDocument[] = products.map((p: any) => ({
      id: p.id,
      title: p.title,
      handle: p.handle,
      description: p.description,
      thumbnail: p.thumbnail,
      status: p.status,
      collection_title: p.collection?.title ?? null,
      variant_skus: (p.variants ?? []).map((v: any) => v.sku).filter(Boolean),
      category_handles: (p.categories ?? []).map((c: any) => c.handle),
    }))

    return new StepResponse(docs)
  }
)
