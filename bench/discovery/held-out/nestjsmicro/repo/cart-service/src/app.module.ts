import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { ClientsModule, Transport } from '@nestjs/microservices';
import Redis from 'ioredis';
import { CartController } from './cart/cart.controller';
import { CART_STORE, CartService } from './cart/cart.service';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    ClientsModule.registerAsync([
      {
        name: 'CATALOG_SERVICE',
        inject: [ConfigService],
        useFactory: (config: ConfigService) => ({
          transport: Transport.NATS,
          options: { servers: config.get<string>('NATS_SERVERS', 'nats://localhost:4222').split(',') },
        }),
      },
    ]),
  ],
  controllers: [CartController],
  providers: [
    CartService,
    {
      provide: CART_STORE,
      inject: [ConfigService],
      useFactory: (config: ConfigService) =>
        new Redis({
          host: config.get('REDIS_HOST', 'localhost'),
          port: config.get<number>('REDIS_PORT', 6379),
          db: config.get<number>('CART_REDIS_DB', 1),
          keyPrefix: 'cart:',
        }),
    },
  ],
})
export class AppModule {}
