import { CheckoutRequest } from '../models';

export const CHECKOUT_REPOSITORY = Symbol('CHECKOUT_REPOSITORY');

export interface CheckoutRepository {
  get(customerId: string): Promise<CheckoutRequest | null>;
  set(customerId: string, request: CheckoutRequest): Promise<void>;
  remove(customerId: string): Promise<void>;
  ping(): Promise<boolean>;
}
