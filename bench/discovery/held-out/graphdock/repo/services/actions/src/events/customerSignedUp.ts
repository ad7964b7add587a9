import { Request, Response } from 'express';
import { gql } from 'graphql-request';
import { stripe } from '../lib/stripe';
import { adminClient } from '../graphdockClient';
import { sendMail } from '../lib/mailer';
import { welcomeEmail } from '../lib/templates';
import { CustomerRow, EventPayload } from '../types';

const SET_STRIPE_ID = gql`
  mutation SetStripeId($id: uuid!, $sid: String!) {
    update_customers_by_pk(pk_columns: { id: $id }, _set: { stripe_customer_id: $sid }) { id }
  }
`;

export async function customerSignedUpHandler(req: Request, res: Response) {
  const { event } = req.body as EventPayload<CustomerRow>;
  const customer = event.data.new!;
  const sc = await stripe.customers.create({ email: customer.email, metadata: { latticeshop_id: customer.id } });
  await adminClient.request(SET_STRIPE_ID, { id: customer.id, sid: sc.id });
  await sendMail({ to: customer.email, subject: 'Welcome to Lattice Shop', html: welcomeEmail(customer), tag: 'welcome' });
  res.json({ ok: true });
}
