"use server"

import { sdk } from "@lib/config"
import { revalidateTag } from "next/cache"
import { redirect } from "next/navigation"
import { getAuthHeaders, getCartId, setCartId } from "./cookies"
import { getRegion } from "./regions"

export async function retrieveCart() {
  const cartId = getCartId()
  if (!cartId) return null
  return sdk.store.cart
    .retrieve(cartId, {}, { next: { tags: ["cart"] }, ...getAuthHeaders() })
    .then(({ cart }) => cart)
    .catch(() => null)
}

export async function getOrSetCart(countryCode: string) {
  let cart = await retrieveCart()
  const region = await getRegion(countryCode)
  if (!region) throw new Error(`Region not found for country code: ${countryCode}`)

  if (!cart) {
    const body = { region_id: region.id }
    cart = (await sdk.store.cart.create(body, {}, getAuthHeaders())).cart
    setCartId(cart.id)
    revalidateTag("cart")
  }
  return cart
}

export async function addToCart({ variantId, quantity, countryCode }: { variantId: string; quantity: number; countryCode: string }) {
  const cart = await getOrSetCart(countryCode)
  await sdk.store.cart.createLineItem(cart.id, { variant_id: variantId, quantity }, {}, getAuthHeaders())
  revalidateTag("cart")
}

export async function initiatePaymentSession(providerId = "pp_stripe_stripe") {
  const cart = await retrieveCart()
  if (!cart) throw new Error("No cart")
  // server-side: the backend creates the Stripe PaymentIntent and returns its client_secret
  const res = await sdk.store.payment.initiatePaymentSession(cart, { provider_id: providerId }, {}, getAuthHeaders())
  revalidateTag("cart")
  return res
}

export async function placeOrder() {
  const cartId = getCartId()
  if (!cartId) throw new Error("No existing cart found when placing an order")
  const res = await sdk.store.cart.complete(cartId, {}, getAuthHeaders())
  revalidateTag("cart")
  if (res?.type === "order") {
    const countryCode = res.order.shipping_address?.country_code?.toLowerCase()
    redirect(`/${countryCode}/order/confirmed/${res.order.id}`)
  }
  return res.cart
}
