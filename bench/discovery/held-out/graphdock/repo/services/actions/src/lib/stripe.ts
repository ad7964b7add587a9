import Stripe from 'stripe';
import { config } from '../config';

const apiBase = config.STRIPE_API_BASE ? new URL(config.STRIPE_API_BASE) : undefined;

export const stripe = new Stripe(config.STRIPE_SECRET_KEY, {
  apiVersion: '2024-04-10',
  ...(apiBase
    ? { host: apiBase.hostname, port: Number(apiBase.port), protocol: apiBase.protocol.replace(':', '') as 'http' | 'https' }
    : {}),
});

export async function createPaymentIntent(amount: number, currency: string, customer: string | null, paymentMethod: string) {
  return stripe.paymentIntents.create({
    amount,
    currency,
    customer: customer ?? undefined,
    payment_method: paymentMethod,
    confirm: true,
    automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
  });
}

export async function refundPaymentIntent(paymentIntentId: string, reason?: string) {
  return stripe.refunds.create({
    payment_intent: paymentIntentId,
    metadata: reason ? { reason } : undefined,
  });
}
