import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { randomBytes } from 'crypto';
import { ORDERS_CLIENT, OrdersClient } from '../orders/orders.client';
import { Checkout, CheckoutRequest, ShippingOption, SubmittedCheckout } from './models';
import { CHECKOUT_REPOSITORY, CheckoutRepository } from './repositories/checkout.repository';

const TAX_RATE = 0.05;
const FREE_SHIPPING_THRESHOLD = 7500;

@Injectable()
export class CheckoutService {
  constructor(
    @Inject(CHECKOUT_REPOSITORY) private readonly repository: CheckoutRepository,
    @Inject(ORDERS_CLIENT) private readonly orders: OrdersClient,
    private readonly config: ConfigService,
  ) {}

  private shippingRates(subtotal: number): ShippingOption[] {
    const prefix = this.config.get<string>('shipping.namePrefix', '');
    return [
      { name: `${prefix}Standard`, amount: subtotal >= FREE_SHIPPING_THRESHOLD ? 0 : 1000, token: 'standard', estimatedDays: 5 },
      { name: `${prefix}Priority`, amount: 2500, token: 'priority', estimatedDays: 1 },
    ];
  }

  price(request: CheckoutRequest): Checkout {
    const subtotal = request.items.reduce((sum, i) => sum + i.price * i.quantity, 0);
    const rates = this.shippingRates(subtotal);
    const shipping = rates.find((r) => r.token === request.deliveryOptionToken)?.amount ?? 0;
    const tax = Math.round(subtotal * TAX_RATE);
    return {
      request,
      shippingRates: rates,
      paymentToken: randomBytes(8).toString('hex'),
      subtotal,
      tax,
      shipping,
      total: subtotal + tax + shipping,
    };
  }

  async get(customerId: string): Promise<Checkout | null> {
    const request = await this.repository.get(customerId);
    return request ? this.price(request) : null;
  }

  async update(customerId: string, request: CheckoutRequest): Promise<Checkout> {
    await this.repository.set(customerId, request);
    return this.price(request);
  }

  async submit(customerId: string): Promise<SubmittedCheckout> {
    const request = await this.repository.get(customerId);
    if (!request) throw new BadRequestException('no checkout in progress');
    if (!request.shippingAddress || !request.deliveryOptionToken) {
      throw new BadRequestException('shipping address and delivery option are required');
    }
    const priced = this.price(request);
    const order = await this.orders.createOrder(customerId, request);
    await this.repository.remove(customerId);
    return { orderId: order.id, subtotal: priced.subtotal, total: priced.total };
  }
}
