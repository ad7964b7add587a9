import { Logger } from '@aws-lambda-powertools/logger';
import { paymentApiBaseUrl, stripeSecretKey } from './config';

const logger = new Logger({ serviceName: 'payment' });

export class PaymentDeclinedError extends Error {
  constructor(message: string, public readonly code?: string) {
    super(message);
    this.name = 'PaymentDeclinedError';
  }
}

export interface PaymentIntent {
  id: string;
  status: string;
  amount: number;
  currency: string;
}

/**
 * Minimal Stripe REST client. We talk to the API with form-encoded requests over HTTPS
 * instead of pulling in the full `stripe` SDK to keep cold starts small.
 */
const stripeRequest = async <T>(path: string, params: Record<string, string>, idempotencyKey?: string): Promise<T> => {
  const key = await stripeSecretKey();
  const headers: Record<string, string> = {
    Authorization: `Bearer ${key}`,
    'Content-Type': 'application/x-www-form-urlencoded',
    'Stripe-Version': '2024-04-10',
  };
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;

  const response = await fetch(`${paymentApiBaseUrl()}${path}`, {
    method: 'POST',
    headers,
    body: new URLSearchParams(params).toString(),
    signal: AbortSignal.timeout(8000),
  });
  const body = (await response.json()) as T & { error?: { message: string; code?: string; type?: string } };

  if (!response.ok) {
    logger.warn('Stripe request failed', { path, status: response.status, code: body.error?.code });
    if (body.error?.type === 'card_error') throw new PaymentDeclinedError(body.error.message, body.error.code);
    throw new Error(`Stripe ${path} failed with HTTP ${response.status}`);
  }
  return body;
};

export const authorisePayment = (bookingId: string, amountMinor: number, currency: string, token: string) =>
  stripeRequest<PaymentIntent>(
    '/payment_intents',
    {
      amount: String(amountMinor),
      currency: currency.toLowerCase(),
      capture_method: 'manual',
      confirm: 'true',
      'payment_method_data[type]': 'card',
      'payment_method_data[card][token]': token,
      'metadata[bookingId]': bookingId,
    },
    `authorise-${bookingId}`,
  );

export const capturePayment = (paymentIntentId: string) =>
  stripeRequest<PaymentIntent>(`/payment_intents/${paymentIntentId}/capture`, {}, `capture-${paymentIntentId}`);

export const refundPayment = (paymentIntentId: string, reason: string) =>
  stripeRequest<{ id: string; status: string }>(
    '/refunds',
    { payment_intent: paymentIntentId, 'metadata[reason]': reason },
    `refund-${paymentIntentId}`,
  );
