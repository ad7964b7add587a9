import { Request, Response } from 'express';
import { adminClient, CART_FOR_CHECKOUT, INSERT_ORDER } from '../graphdockClient';
import { createPaymentIntent } from '../lib/stripe';
import { logger } from '../lib/logger';
import { ActionPayload } from '../types';

interface CheckoutInput {
  cartId: string;
  paymentMethodId: string;
}

export async function checkoutHandler(req: Request, res: Response) {
  const { input, session_variables } = req.body as ActionPayload<CheckoutInput>;
  const userId = session_variables['x-graphdock-user-id'];

  try {
    const { carts_by_pk: cart } = await adminClient.request<any>(CART_FOR_CHECKOUT, { cartId: input.cartId });
    if (!cart || cart.customer.id !== userId) {
      return res.status(400).json({ message: 'cart not found' });
    }
    const total = cart.lines.reduce((sum: number, l: any) => sum + l.quantity * l.product.price_cents, 0);

    const intent = await createPaymentIntent(total, 'eur', cart.customer.stripe_customer_id, input.paymentMethodId);

    const { insert_orders_one: order } = await adminClient.request<any>(INSERT_ORDER, {
      order: {
        customer_id: userId,
        total_cents: total,
        currency: 'eur',
        payment_intent_id: intent.id,
        status: intent.status === 'succeeded' ? 'paid' : 'pending',
        items: {
          data: cart.lines.map((l: any) => ({
            product_id: l.product_id,
            quantity: l.quantity,
            unit_price_cents: l.product.price_cents,
          })),
        },
      },
    });

    return res.json({ orderId: order.id, clientSecret: intent.client_secret, status: intent.status });
  } catch (err) {
    logger.error({ err }, 'checkout failed');
    return res.status(400).json({ message: 'checkout failed' });
  }
}
