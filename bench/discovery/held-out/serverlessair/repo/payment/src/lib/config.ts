import { getParameter } from '@aws-lambda-powertools/parameters/ssm';

/** Fallback used when PAYMENT_API_BASE_URL is not set (e.g. `sam local invoke` without env vars). */
export const DEFAULT_STRIPE_API = 'https://api.stripe.com/v1';

export const paymentApiBaseUrl = (): string => process.env.PAYMENT_API_BASE_URL ?? DEFAULT_STRIPE_API;

/**
 * The Stripe secret key lives in SSM as a SecureString. Powertools caches it for 5 minutes
 * so key rotation is picked up without a redeploy.
 */
export const stripeSecretKey = async (): Promise<string> => {
  const name = process.env.STRIPE_SECRET_KEY_PARAM;
  if (!name) throw new Error('STRIPE_SECRET_KEY_PARAM is not configured');
  const value = await getParameter(name, { decrypt: true, maxAge: 300 });
  if (!value) throw new Error(`SSM parameter ${name} is empty`);
  return value;
};
