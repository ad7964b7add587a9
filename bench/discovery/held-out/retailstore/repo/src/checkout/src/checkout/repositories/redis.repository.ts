import { Logger, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { CheckoutRequest } from '../models';
import { CheckoutRepository } from './checkout.repository';

const KEY_PREFIX = 'checkout:';

export class RedisCheckoutRepository implements CheckoutRepository, OnModuleDestroy {
  private readonly logger = new Logger(RedisCheckoutRepository.name);
  private readonly client: Redis;

  // url comes from RETAIL_CHECKOUT_PERSISTENCE_REDIS_URL, e.g. redis://checkout-redis:6379
  constructor(url: string, private readonly ttlSeconds: number) {
    this.client = new Redis(url, {
      maxRetriesPerRequest: 3,
      enableReadyCheck: true,
      connectionName: 'checkout',
      tls: url.startsWith('rediss://') ? {} : undefined,
    });
    this.client.on('error', (err) => this.logger.warn(`redis: ${err.message}`));
  }

  async get(customerId: string): Promise<CheckoutRequest | null> {
    const raw = await this.client.get(KEY_PREFIX + customerId);
    return raw ? (JSON.parse(raw) as CheckoutRequest) : null;
  }

  async set(customerId: string, request: CheckoutRequest): Promise<void> {
    await this.client.set(KEY_PREFIX + customerId, JSON.stringify(request), 'EX', this.ttlSeconds);
  }

  async remove(customerId: string): Promise<void> {
    await this.client.del(KEY_PREFIX + customerId);
  }

  async ping(): Promise<boolean> {
    return (await this.client.ping()) === 'PONG';
  }

  async onModuleDestroy() {
    await this.client.quit();
  }
}
