"use client"

import { HttpTypes } from "@medusajs/types"
import { Button } from "@medusajs/ui"
import { useState, useTransition } from "react"
import { addToCart } from "@lib/data/cart"

export default function AddToCart({
  variants,
  countryCode,
}: {
  variants: HttpTypes.StoreProductVariant[]
  countryCode: string
}) {
  const [variantId, setVariantId] = useState(variants[0]?.id)
  const [pending, start] = useTransition()

  return (
    <div className="mt-6 flex flex-col gap-3">
      <select value={variantId} onChange={(e) => setVariantId(e.target.value)}>
        {variants.map((v) => (
          <option key={v.id} value={v.id}>
            {v.title}
          </option>
        ))}
      </select>
      <Button
        isLoading={pending}
        disabled={!variantId}
        onClick={() => start(() => addToCart({ variantId: variantId!, quantity: 1, countryCode }))}
      >
        Add to cart
      </Button>
    </div>
  )
}
