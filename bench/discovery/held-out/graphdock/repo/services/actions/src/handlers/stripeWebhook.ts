import { Request, Response } from 'express';
import { stripe } from '../lib/stripe';
import { config } from '../config';
import { adminClient, SET_ORDER_STATUS } from '../graphdockClient';
import { logger } from '../lib/logger';
import { gql } from 'graphql-request';

const ORDER_BY_INTENT = gql`
  query OrderByIntent($pi: String!) {
    orders(where: { payment_intent_id: { _eq: $pi } }, limit: 1) { id }
  }
`;

export async function stripeWebhookHandler(req: Request, res: Response) {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.header('stripe-signature') ?? '', config.STRIPE_WEBHOOK_SECRET ?? '');
  } catch (err) {
    logger.warn({ err }, 'bad stripe signature');
    return res.status(400).send('bad signature');
  }

  if (event.type === 'payment_intent.succeeded' || event.type === 'payment_intent.payment_failed') {
    const intent = event.data.object as { id: string };
    const { orders } = await adminClient.request<any>(ORDER_BY_INTENT, { pi: intent.id });
    if (orders[0]) {
      const status = event.type === 'payment_intent.succeeded' ? 'paid' : 'payment_failed';
      await adminClient.request(SET_ORDER_STATUS, { id: orders[0].id, status });
    }
  }
  return res.json({ received: true });
}
