import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AuthController } from './auth/auth.controller';
import { CartController } from './cart/cart.controller';
import { CatalogController } from './catalog/catalog.controller';
import { ClientsProxyModule } from './clients/clients.module';
import { HealthModule } from './health/health.module';
import { OrdersController } from './orders/orders.controller';
import { PaymentsController } from './payments/payments.controller';

@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      envFilePath: ['.env.local', '.env'],
    }),
    ClientsProxyModule.register(),
    HealthModule,
  ],
  controllers: [
    AuthController,
    CatalogController,
    OrdersController,
    PaymentsController,
    CartController,
  ],
})
export class AppModule {}
