import { Controller, Get, Module } from '@nestjs/common';
import {
  CacheService,
  InMemoryProviderEnum,
  InMemoryProviderService,
  StandardQueueService,
  StorageService,
  WebSocketsQueueService,
} from '@pingwell/application-generic';
import { DalService, IntegrationRepository, JobRepository, MessageRepository, NotificationRepository, SubscriberRepository } from '@pingwell/dal';
import { config } from '../../config/env.validators';
import { StandardWorker } from './services/standard.worker';
import { SendMessageSms } from './usecases/send-message/send-message-sms.usecase';
import { SendMessageInApp } from './usecases/send-message/send-message-in-app.usecase';
import { CompileEmailTemplate, SendMessageEmail } from './usecases/send-message/send-message-email.usecase';

@Controller('health-check')
class HealthController {
  @Get()
  check() {
    return { status: 'ok' };
  }
}

const queueConnection = {
  host: config.REDIS_HOST,
  port: config.REDIS_PORT,
  password: config.REDIS_PASSWORD || undefined,
  db: config.REDIS_DB_INDEX,
};

@Module({
  controllers: [HealthController],
  providers: [
    {
      provide: DalService,
      useFactory: async () => {
        const dal = new DalService();
        await dal.connect(config.MONGO_URL, { maxPoolSize: config.MONGO_MAX_POOL_SIZE });
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
    {
      provide: StorageService,
      useFactory: () =>
        new StorageService({
          bucket: config.S3_BUCKET_NAME,
          region: config.S3_REGION,
          endpoint: config.S3_LOCAL_STACK || undefined,
        }),
    },
    { provide: 'QUEUE_CONNECTION', useValue: queueConnection },
    { provide: StandardQueueService, useFactory: () => new StandardQueueService(queueConnection) },
    { provide: WebSocketsQueueService, useFactory: () => new WebSocketsQueueService(queueConnection) },
    IntegrationRepository,
    JobRepository,
    MessageRepository,
    NotificationRepository,
    SubscriberRepository,
    CompileEmailTemplate,
    SendMessageEmail,
    SendMessageSms,
    SendMessageInApp,
    StandardWorker,
  ],
})
export class WorkflowModule {}
