import './config/env.validators';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CacheService, InMemoryProviderEnum, InMemoryProviderService } from '@pingwell/application-generic';
import { DalService, IntegrationRepository, JobRepository, MessageRepository } from '@pingwell/dal';
import { config } from './config/env.validators';
import { WebhooksController } from './webhooks/webhooks.controller';
import { ParseEventRequest } from './webhooks/usecases/parse-event.usecase';

@Controller('health-check')
class HealthController {
  @Get()
  check() {
    return { status: 'ok' };
  }
}

@Module({
  controllers: [HealthController, WebhooksController],
  providers: [
    {
      provide: DalService,
      useFactory: async () => {
        const dal = new DalService();
        await dal.connect(config.MONGO_URL);
        return dal;
      },
    },
    {
      provide: CacheService,
      useFactory: () =>
        new CacheService(
          new InMemoryProviderService(InMemoryProviderEnum.CACHE, {
            host: config.REDIS_CACHE_SERVICE_HOST,
            port: config.REDIS_CACHE_SERVICE_PORT,
          })
        ),
    },
    IntegrationRepository,
    JobRepository,
    MessageRepository,
    ParseEventRequest,
  ],
})
class WebhookModule {}

async function bootstrap() {
  const app = await NestFactory.create(WebhookModule, { rawBody: true });
  app.setGlobalPrefix('webhooks');
  await app.listen(config.PORT);
}

bootstrap();
