import { HttpService } from '@nestjs/axios';
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { randomUUID } from 'crypto';
import { firstValueFrom } from 'rxjs';
import { CheckoutRequest } from '../checkout/models';

export const ORDERS_CLIENT = Symbol('ORDERS_CLIENT');

export interface OrdersClient {
  createOrder(customerId: string, request: CheckoutRequest): Promise<{ id: string }>;
}

/** Calls the orders API: POST {RETAIL_CHECKOUT_ENDPOINTS_ORDERS}/orders */
@Injectable()
export class HttpOrdersClient implements OrdersClient {
  private readonly baseUrl: string;

  constructor(private readonly http: HttpService, config: ConfigService) {
    this.baseUrl = config.getOrThrow<string>('endpoints.orders');
  }

  async createOrder(customerId: string, request: CheckoutRequest) {
    const body = {
      customerId,
      email: request.shippingAddress?.email,
      firstName: request.shippingAddress?.firstName,
      lastName: request.shippingAddress?.lastName,
      items: request.items.map((i) => ({ productId: i.id, quantity: i.quantity, unitCost: i.price })),
    };
    const res = await firstValueFrom(this.http.post<{ id: string }>(`${this.baseUrl}/orders`, body, { timeout: 5000 }));
    return res.data;
  }
}

/** Used when no orders endpoint is configured (local UI work). */
export class FakeOrdersClient implements OrdersClient {
  private readonly logger = new Logger(FakeOrdersClient.name);

  async createOrder(customerId: string) {
    const id = randomUUID();
    this.logger.warn(`no orders endpoint configured, faking order ${id} for ${customerId}`);
    return { id };
  }
}
