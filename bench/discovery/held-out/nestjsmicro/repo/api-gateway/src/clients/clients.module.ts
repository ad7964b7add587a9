import { DynamicModule, Module, Provider } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import {
  ClientProxyFactory,
  ClientsModule,
  Transport,
} from '@nestjs/microservices';
import {
  AUTH_SERVICE,
  CART_SERVICE,
  CATALOG_SERVICE,
  KAFKA_CLIENT_ID,
  KAFKA_CONSUMER_GROUP,
  ORDERS_QUEUE,
  ORDERS_SERVICE,
  PAYMENTS_SERVICE,
  RECOMMENDATIONS_SERVICE,
} from '../constants';

/**
 * Every downstream service is reached through a ClientProxy. Each one uses the
 * transport its owning team picked:
 *   auth      -> TCP   (low latency, token checks on every request)
 *   catalog   -> NATS
 *   orders    -> RabbitMQ (durable queue, survives orders-service restarts)
 *   payments  -> Kafka (request/reply on payments.* topics)
 *   cart      -> Redis pub/sub
 */
@Module({})
export class ClientsProxyModule {
  static register(): DynamicModule {
    const optional: Provider[] = [];

    // Recommendations are still behind a flag (see docs/architecture.md, "Roadmap").
    // The service is not deployed in any environment yet.
    if (process.env.RECOMMENDATIONS_ENABLED === 'true') {
      optional.push({
        provide: RECOMMENDATIONS_SERVICE,
        inject: [ConfigService],
        useFactory: (config: ConfigService) =>
          ClientProxyFactory.create({
            transport: Transport.TCP,
            options: {
              host: config.get('RECOMMENDATIONS_HOST', 'recommendations-service'),
              port: config.get<number>('RECOMMENDATIONS_PORT', 4007),
            },
          }),
      });
    }

    return {
      module: ClientsProxyModule,
      global: true,
      imports: [
        ClientsModule.registerAsync([
          {
            name: AUTH_SERVICE,
            imports: [ConfigModule],
            inject: [ConfigService],
            useFactory: (config: ConfigService) => ({
              transport: Transport.TCP,
              options: {
                host: config.get<string>('AUTH_SERVICE_HOST'),
                port: config.get<number>('AUTH_SERVICE_PORT'),
              },
            }),
          },
          {
            name: CATALOG_SERVICE,
            imports: [ConfigModule],
            inject: [ConfigService],
            useFactory: (config: ConfigService) => ({
              transport: Transport.NATS,
              options: {
                servers: config.get<string>('NATS_SERVERS').split(','),
                queue: 'catalog',
              },
            }),
          },
          {
            name: ORDERS_SERVICE,
            imports: [ConfigModule],
            inject: [ConfigService],
            useFactory: (config: ConfigService) => ({
              transport: Transport.RMQ,
              options: {
                urls: [config.get<string>('RABBITMQ_URL')],
                queue: ORDERS_QUEUE,
                queueOptions: { durable: true },
              },
            }),
          },
          {
            name: PAYMENTS_SERVICE,
            imports: [ConfigModule],
            inject: [ConfigService],
            useFactory: (config: ConfigService) => ({
              transport: Transport.KAFKA,
              options: {
                client: {
                  clientId: KAFKA_CLIENT_ID,
                  brokers: config.get<string>('KAFKA_BROKERS').split(','),
                },
                consumer: { groupId: KAFKA_CONSUMER_GROUP },
              },
            }),
          },
          {
            name: CART_SERVICE,
            imports: [ConfigModule],
            inject: [ConfigService],
            useFactory: (config: ConfigService) => ({
              transport: Transport.REDIS,
              options: {
                host: config.get<string>('REDIS_HOST'),
                port: config.get<number>('REDIS_PORT'),
              },
            }),
          },
        ]),
      ],
      providers: optional,
      exports: [ClientsModule, ...optional],
    };
  }
}
