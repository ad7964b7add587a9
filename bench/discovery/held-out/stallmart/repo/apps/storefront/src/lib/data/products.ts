import { sdk } from "@lib/config"
import { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { getRegion } from "./regions"

export const getProductByHandle = cache(async function (handle: string, regionId: string) {
  return sdk.store.product
    .list(
      { handle, region_id: regionId, fields: "*variants.calculated_price,+variants.inventory_quantity" },
      { next: { tags: ["products"] } }
    )
    .then(({ products }) => products[0])
})

export const listProducts = cache(async function ({
  page = 1,
  limit = 12,
  countryCode,
  queryParams,
}: {
  page?: number
  limit?: number
  countryCode: string
  queryParams?: HttpTypes.FindParams & HttpTypes.StoreProductParams
}) {
  const region = await getRegion(countryCode)
  if (!region) {
    return { products: [], count: 0, nextPage: null }
  }
  const offset = (page - 1) * limit
  const { products, count } = await sdk.store.product.list(
    { limit, offset, region_id: region.id, fields: "*variants.calculated_price", ...queryParams },
    { next: { tags: ["products"] } }
  )
  return { products, count, nextPage: count > offset + limit ? page + 1 : null }
})
