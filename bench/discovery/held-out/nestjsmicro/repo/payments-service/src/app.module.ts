import { HttpModule } from '@nestjs/axios';
import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { ClientsModule, Transport } from '@nestjs/microservices';
import { TypeOrmModule, TypeOrmModuleOptions } from '@nestjs/typeorm';
import databaseConfig from './config/database.config';
import { Payment } from './payments/payment.entity';
import { PaymentsController } from './payments/payments.controller';
import { PaymentsService } from './payments/payments.service';
import { PaystreamClient } from './payments/paystream.client';

export const PAYMENT_EVENTS = 'PAYMENT_EVENTS';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, load: [databaseConfig] }),
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => config.get<TypeOrmModuleOptions>('database'),
    }),
    TypeOrmModule.forFeature([Payment]),
    HttpModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        baseURL: config.get('PAYSTREAM_BASE_URL', 'https://api.paystream.io/v2'),
        timeout: 8000,
        headers: { Authorization: `Bearer ${config.get('PAYSTREAM_API_KEY')}` },
      }),
    }),
    ClientsModule.registerAsync([
      {
        name: PAYMENT_EVENTS,
        inject: [ConfigService],
        useFactory: (config: ConfigService) => ({
          transport: Transport.KAFKA,
          options: {
            client: {
              clientId: 'payments-service-producer',
              brokers: config.get<string>('KAFKA_BROKERS', 'localhost:9092').split(','),
            },
            producerOnlyMode: true,
          },
        }),
      },
    ]),
  ],
  controllers: [PaymentsController],
  providers: [PaymentsService, PaystreamClient],
})
export class AppModule {}
