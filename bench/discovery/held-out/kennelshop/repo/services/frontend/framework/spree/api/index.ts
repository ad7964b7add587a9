import { makeClient } from '@spree/storefront-api-v2-sdk'
import isomorphicConfig from '../isomorphic-config'

export const spreeClient = makeClient({
  host: isomorphicConfig.apiHost,
})

export async function getAllProducts(page = 1) {
  const res = await spreeClient.products.list(
    {},
    { include: 'primary_variant,images', page, per_page: isomorphicConfig.productsPerPage }
  )
  if (res.isFail()) throw res.fail()
  return res.success()
}

export async function getProduct(slug: string) {
  const res = await spreeClient.products.show({}, slug, { include: 'variants,images' })
  if (res.isFail()) throw res.fail()
  return res.success()
}

export async function addToCart(orderToken: string, variantId: string, quantity = 1) {
  const res = await spreeClient.cart.addItem({ orderToken }, { variant_id: variantId, quantity })
  if (res.isFail()) throw res.fail()
  return res.success()
}

export async function checkout(orderToken: string) {
  const res = await spreeClient.checkout.complete({ orderToken })
  if (res.isFail()) throw res.fail()
  return res.success()
}
