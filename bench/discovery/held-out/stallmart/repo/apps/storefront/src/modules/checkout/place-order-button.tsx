"use client"

import { useElements, useStripe, CardElement } from "@stripe/react-stripe-js"
import { Button } from "@medusajs/ui"
import { useState } from "react"
import { placeOrder } from "@lib/data/cart"

export default function PlaceOrderButton({ clientSecret }: { clientSecret?: string }) {
  const stripe = useStripe()
  const elements = useElements()
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const onClick = async () => {
    setSubmitting(true)
    if (stripe && elements && clientSecret) {
      const card = elements.getElement(CardElement)
      const { error } = await stripe.confirmCardPayment(clientSecret, { payment_method: { card: card! } })
      if (error) {
        setError(error.message ?? "Payment failed")
        setSubmitting(false)
        return
      }
    }
    await placeOrder()
    setSubmitting(false)
  }

  return (
    <div>
      <CardElement />
      <Button onClick={onClick} isLoading={submitting} className="mt-4 w-full">
        Place order
      </Button>
      {error && <p className="text-red-600 text-sm">{error}</p>}
    </div>
  )
}
