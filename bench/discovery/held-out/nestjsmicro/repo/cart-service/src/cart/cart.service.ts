import { Inject, Injectable } from '@nestjs/common';
import { ClientProxy } from '@nestjs/microservices';
import Redis from 'ioredis';
import { firstValueFrom } from 'rxjs';

export const CART_STORE = 'CART_STORE';
const CART_TTL_SECONDS = 60 * 60 * 24 * 14;

@Injectable()
export class CartService {
  constructor(
    @Inject(CART_STORE) private readonly redis: Redis,
    @Inject('CATALOG_SERVICE') private readonly catalog: ClientProxy,
  ) {}

  async get(customerId: string) {
    const raw = await this.redis.hgetall(customerId);
    const skus = Object.keys(raw);
    if (skus.length === 0) return { customerId, items: [], totalCents: 0 };

    const prices = await firstValueFrom(
      this.catalog.send<Record<string, { priceCents: number }>>('catalog.products.price', { skus }),
    );
    const items = skus.map((sku) => ({
      sku,
      quantity: parseInt(raw[sku], 10),
      unitPriceCents: prices[sku]?.priceCents ?? 0,
    }));
    return {
      customerId,
      items,
      totalCents: items.reduce((s, i) => s + i.quantity * i.unitPriceCents, 0),
    };
  }

  async addItem(customerId: string, sku: string, quantity: number) {
    await this.redis.multi().hincrby(customerId, sku, quantity).expire(customerId, CART_TTL_SECONDS).exec();
    return this.get(customerId);
  }

  async clear(customerId: string) {
    await this.redis.del(customerId);
  }
}
