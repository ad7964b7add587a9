import { shopApi } from '@/lib/shop-api';
import { CREATE_STRIPE_PAYMENT_INTENT } from '@/lib/queries';

import { StripePayment } from './StripePayment';

export const dynamic = 'force-dynamic';

export default async function CheckoutPage() {
    // The server's StripePlugin creates the PaymentIntent and returns its client secret.
    const { createStripePaymentIntent } = await shopApi<{ createStripePaymentIntent: string }>(
        CREATE_STRIPE_PAYMENT_INTENT,
    );
    return (
        <section>
            <h1>Payment</h1>
            <StripePayment clientSecret={createStripePaymentIntent} />
        </section>
    );
}
