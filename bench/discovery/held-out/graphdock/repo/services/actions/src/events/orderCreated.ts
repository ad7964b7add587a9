import { Request, Response } from 'express';
import { adminClient, ORDER_WITH_CUSTOMER } from '../graphdockClient';
import { sendMail } from '../lib/mailer';
import { orderConfirmationEmail } from '../lib/templates';
import { EventPayload, OrderRow } from '../types';

export async function orderCreatedHandler(req: Request, res: Response) {
  const payload = req.body as EventPayload<OrderRow>;
  const row = payload.event.data.new;
  if (!row) return res.json({ skipped: true });

  const { orders_by_pk: order } = await adminClient.request<any>(ORDER_WITH_CUSTOMER, { id: row.id });
  await sendMail({
    to: order.customer.email,
    subject: `Order ${order.id.slice(0, 8)} received`,
    html: orderConfirmationEmail(order),
    tag: 'order-confirmation',
  });
  return res.json({ ok: true });
}
