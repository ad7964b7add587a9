import { Request, Response } from 'express';
import { adminClient, ORDER_WITH_CUSTOMER, SET_ORDER_STATUS } from '../graphdockClient';
import { refundPaymentIntent } from '../lib/stripe';
import { sendMail } from '../lib/mailer';
import { refundEmail } from '../lib/templates';
import { ActionPayload } from '../types';

export async function refundHandler(req: Request, res: Response) {
  const { input } = req.body as ActionPayload<{ orderId: string; reason?: string }>;
  const { orders_by_pk: order } = await adminClient.request<any>(ORDER_WITH_CUSTOMER, { id: input.orderId });
  if (!order?.payment_intent_id) {
    return res.status(400).json({ message: 'order has no payment' });
  }
  const refund = await refundPaymentIntent(order.payment_intent_id, input.reason);
  await adminClient.request(SET_ORDER_STATUS, { id: order.id, status: 'refunded' });
  await sendMail({
    to: order.customer.email,
    subject: 'Your refund is on its way',
    html: refundEmail(order),
    tag: 'refund',
  });
  return res.json({ orderId: order.id, refundId: refund.id, status: refund.status });
}
