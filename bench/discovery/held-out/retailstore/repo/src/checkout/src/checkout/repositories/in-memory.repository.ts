import { CheckoutRequest } from '../models';
import { CheckoutRepository } from './checkout.repository';

export class InMemoryCheckoutRepository implements CheckoutRepository {
  private readonly store = new Map<string, CheckoutRequest>();

  async get(customerId: string) {
    return this.store.get(customerId) ?? null;
  }

  async set(customerId: string, request: CheckoutRequest) {
    this.store.set(customerId, request);
  }

  async remove(customerId: string) {
    this.store.delete(customerId);
  }

  async ping() {
    return true;
  }
}
