"use client"

import { Elements } from "@stripe/react-stripe-js"
import { loadStripe } from "@stripe/stripe-js"
import { ReactNode } from "react"

// Runs in the shopper's browser only; the publishable key is public.
const stripeKey = process.env.NEXT_PUBLIC_STRIPE_KEY
const stripePromise = stripeKey ? loadStripe(stripeKey) : null

export default function PaymentWrapper({ clientSecret, children }: { clientSecret?: string; children: ReactNode }) {
  if (!stripePromise || !clientSecret) {
    return <>{children}</>
  }
  return (
    <Elements stripe={stripePromise} options={{ clientSecret }}>
      {children}
    </Elements>
  )
}
