import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TerminusModule } from '@nestjs/terminus';
import { PrometheusModule } from '@willsoto/nestjs-prometheus';
import configuration from './config/configuration';
import { CheckoutModule } from './checkout/checkout.module';
import { HealthController } from './health/health.controller';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, load: [configuration] }),
    TerminusModule,
    PrometheusModule.register({ path: '/metrics', defaultMetrics: { enabled: true } }),
    CheckoutModule,
  ],
  controllers: [HealthController],
})
export class AppModule {}
