'use client';

import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import { FormEvent, useState } from 'react';

import { getStripe } from '@/lib/stripe';

function PaymentForm() {
    const stripe = useStripe();
    const elements = useElements();
    const [error, setError] = useState<string>();

    async function onSubmit(e: FormEvent) {
        e.preventDefault();
        if (!stripe || !elements) return;
        const result = await stripe.confirmPayment({
            elements,
            confirmParams: { return_url: `${window.location.origin}/checkout/confirmation` },
        });
        if (result.error) setError(result.error.message);
    }

    return (
        <form onSubmit={onSubmit}>
            <PaymentElement />
            <button type="submit" disabled={!stripe}>Pay now</button>
            {error && <p role="alert">{error}</p>}
        </form>
    );
}

export function StripePayment({ clientSecret }: { clientSecret: string }) {
    return (
        <Elements stripe={getStripe()} options={{ clientSecret }}>
            <PaymentForm />
        </Elements>
    );
}
