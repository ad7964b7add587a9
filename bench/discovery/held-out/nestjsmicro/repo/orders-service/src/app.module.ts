import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { ClientsModule, Transport } from '@nestjs/microservices';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import configuration from './config/configuration';
import { Order, OrderLine } from './orders/order.entity';
import { OrdersController } from './orders/orders.controller';
import { OrdersService } from './orders/orders.service';

export const CATALOG_SERVICE = 'CATALOG_SERVICE';
export const KAFKA_PRODUCER = 'KAFKA_PRODUCER';
export const NOTIFICATIONS_QUEUE = 'notifications';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, load: [configuration] }),
    TerminusModule,
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        type: 'postgres',
        url: config.get<string>('database.url'),
        autoLoadEntities: true,
        synchronize: false,
        migrationsRun: true,
      }),
    }),
    TypeOrmModule.forFeature([Order, OrderLine]),
    BullModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        redis: {
          host: config.get<string>('redis.host'),
          port: config.get<number>('redis.port'),
        },
        prefix: 'brindle',
      }),
    }),
    BullModule.registerQueue({ name: NOTIFICATIONS_QUEUE }),
    ClientsModule.registerAsync([
      {
        name: CATALOG_SERVICE,
        inject: [ConfigService],
        useFactory: (config: ConfigService) => ({
          transport: Transport.NATS,
          options: { servers: config.get<string[]>('nats.servers') },
        }),
      },
      {
        name: KAFKA_PRODUCER,
        inject: [ConfigService],
        useFactory: (config: ConfigService) => ({
          transport: Transport.KAFKA,
          options: {
            client: {
              clientId: config.get<string>('kafka.clientId'),
              brokers: config.get<string[]>('kafka.brokers'),
            },
            producerOnlyMode: true,
          },
        }),
      },
      // Legacy: stock used to live in a separate inventory-service reached over TCP.
      // Folded into catalog-service in v1.2 - kept for reference until the migration doc is closed.
      // {
      //   name: 'INVENTORY_SERVICE',
      //   useFactory: () => ({
      //     transport: Transport.TCP,
      //     options: { host: process.env.INVENTORY_HOST ?? 'inventory-service', port: 4005 },
      //   }),
      // },
    ]),
  ],
  controllers: [OrdersController],
  providers: [OrdersService],
})
export class AppModule {}
