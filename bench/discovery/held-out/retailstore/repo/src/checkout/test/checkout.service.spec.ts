import { ConfigService } from '@nestjs/config';
import { CheckoutService } from '../src/checkout/checkout.service';
import { CheckoutRequest } from '../src/checkout/models';
import { InMemoryCheckoutRepository } from '../src/checkout/repositories/in-memory.repository';
import { OrdersClient } from '../src/orders/orders.client';

class RecordingOrdersClient implements OrdersClient {
  calls: string[] = [];
  async createOrder(customerId: string) {
    this.calls.push(customerId);
    return { id: 'order-123' };
  }
}

describe('CheckoutService', () => {
  const request: CheckoutRequest = {
    items: [{ id: 'lantern', name: 'Beach Lantern', quantity: 2, price: 4900 }],
    shippingAddress: {
      firstName: 'Sandy', lastName: 'Shore', email: 'sandy@example.com',
      address1: '1 Dune Rd', city: 'Tidewater', zip: '00000',
    },
    deliveryOptionToken: 'priority',
  };

  let orders: RecordingOrdersClient;
  let service: CheckoutService;

  beforeEach(() => {
    orders = new RecordingOrdersClient();
    service = new CheckoutService(new InMemoryCheckoutRepository(), orders, new ConfigService({ shipping: { namePrefix: '' } }));
  });

  it('prices with tax and free standard shipping over the threshold', async () => {
    const checkout = await service.update('c1', { ...request, deliveryOptionToken: 'standard' });
    expect(checkout.subtotal).toBe(9800);
    expect(checkout.shipping).toBe(0);
    expect(checkout.tax).toBe(490);
  });

  it('creates the order through the orders client and clears state', async () => {
    await service.update('c1', request);
    const result = await service.submit('c1');
    expect(result.orderId).toBe('order-123');
    expect(orders.calls).toEqual(['c1']);
    expect(await service.get('c1')).toBeNull();
  });

  it('refuses to submit without a delivery option', async () => {
    await service.update('c2', { ...request, deliveryOptionToken: undefined });
    await expect(service.submit('c2')).rejects.toThrow('shipping address and delivery option');
  });
});
