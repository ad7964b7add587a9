import { Request, Response } from 'express';
import { adminClient, SALES_SINCE } from '../graphdockClient';
import { sendMail } from '../lib/mailer';
import { CronPayload } from '../types';

const OPS_MAILBOX = process.env.OPS_MAILBOX ?? 'ops@latticeshop.example';

export async function dailyDigestHandler(req: Request, res: Response) {
  const { scheduled_time } = req.body as CronPayload;
  const since = new Date(new Date(scheduled_time).getTime() - 24 * 3600 * 1000).toISOString();
  const data = await adminClient.request<any>(SALES_SINCE, { since });
  const agg = data.orders_aggregate.aggregate;
  await sendMail({
    to: OPS_MAILBOX,
    subject: `Sales digest: ${agg.count} orders`,
    html: `<p>${agg.count} paid orders, ${(agg.sum.total_cents ?? 0) / 100} EUR since ${since}</p>`,
    tag: 'digest',
  });
  res.json({ ok: true });
}
