import { describe, it, expect, vi, beforeAll } from 'vitest';
import request from 'supertest';

vi.mock('../src/graphdockClient', async (orig) => {
  const mod: any = await orig();
  return {
    ...mod,
    adminClient: {
      request: vi.fn()
        .mockResolvedValueOnce({ carts_by_pk: { id: 'c1', customer: { id: 'u1', email: 'a@b.c', stripe_customer_id: null }, lines: [{ product_id: 'p1', quantity: 2, product: { price_cents: 500 } }] } })
        .mockResolvedValueOnce({ insert_orders_one: { id: 'o1', total_cents: 1000 } }),
    },
  };
});
vi.mock('../src/lib/stripe', () => ({
  createPaymentIntent: vi.fn().mockResolvedValue({ id: 'pi_1', status: 'succeeded', client_secret: 'cs' }),
}));

describe('checkout action', () => {
  let app: any;
  beforeAll(async () => {
    ({ app } = await import('../src/index'));
  });

  it('rejects calls without the shared secret', async () => {
    const res = await request(app).post('/actions/checkout').send({});
    expect(res.status).toBe(401);
  });

  it('creates an order', async () => {
    const res = await request(app)
      .post('/actions/checkout')
      .set('x-actions-secret', process.env.ACTIONS_SHARED_SECRET!)
      .send({ action: { name: 'checkout' }, input: { cartId: 'c1', paymentMethodId: 'pm_card_visa' }, session_variables: { 'x-graphdock-user-id': 'u1' } });
    expect(res.body).toEqual({ orderId: 'o1', clientSecret: 'cs', status: 'succeeded' });
  });
});
