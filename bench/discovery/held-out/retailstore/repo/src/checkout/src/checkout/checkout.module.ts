import { HttpModule, HttpService } from '@nestjs/axios';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { FakeOrdersClient, HttpOrdersClient, ORDERS_CLIENT } from '../orders/orders.client';
import { CheckoutController } from './checkout.controller';
import { CheckoutService } from './checkout.service';
import { CHECKOUT_REPOSITORY } from './repositories/checkout.repository';
import { InMemoryCheckoutRepository } from './repositories/in-memory.repository';
import { RedisCheckoutRepository } from './repositories/redis.repository';

@Module({
  imports: [HttpModule],
  controllers: [CheckoutController],
  providers: [
    CheckoutService,
    {
      provide: CHECKOUT_REPOSITORY,
      inject: [ConfigService],
      useFactory: (config: ConfigService) => {
        if (config.get('persistence.provider') === 'redis') {
          return new RedisCheckoutRepository(
            config.getOrThrow<string>('persistence.redisUrl'),
            config.get<number>('persistence.ttlSeconds', 3600),
          );
        }
        return new InMemoryCheckoutRepository();
      },
    },
    {
      provide: ORDERS_CLIENT,
      inject: [HttpService, ConfigService],
      useFactory: (http: HttpService, config: ConfigService) =>
        config.get('endpoints.orders') ? new HttpOrdersClient(http, config) : new FakeOrdersClient(),
    },
  ],
})
export class CheckoutModule {}
