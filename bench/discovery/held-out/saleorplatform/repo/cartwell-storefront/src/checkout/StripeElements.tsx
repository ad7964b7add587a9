"use client";

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js";
import { loadStripe } from "@stripe/stripe-js";
import { useState } from "react";

import { completeCheckout } from "@/app/checkout/actions";

// Stripe.js runs in the shopper's browser and talks to Stripe directly;
// the secret key never leaves the API (see cartwell.payment.gateways.stripe).
const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);

function PaymentForm() {
  const stripe = useStripe();
  const elements = useElements();
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!stripe || !elements) return;
    const { error: submitError } = await elements.submit();
    if (submitError) return setError(submitError.message ?? "Payment failed");
    const { paymentMethod, error: pmError } = await stripe.createPaymentMethod({ elements });
    if (pmError || !paymentMethod) return setError(pmError?.message ?? "Payment failed");
    await completeCheckout(paymentMethod.id);
  };

  return (
    <form onSubmit={onSubmit}>
      <PaymentElement />
      {error && <p role="alert">{error}</p>}
      <button type="submit" disabled={!stripe}>Pay</button>
    </form>
  );
}

export function StripeCheckout({ amount, currency }: { amount: number; currency: string }) {
  return (
    <Elements stripe={stripePromise} options={{ mode: "payment", amount, currency: currency.toLowerCase() }}>
      <PaymentForm />
    </Elements>
  );
}
