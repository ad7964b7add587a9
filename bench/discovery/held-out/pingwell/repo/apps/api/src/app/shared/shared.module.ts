import { Global, Module } from '@nestjs/common';
import {
  AnalyticsService,
  CacheService,
  FeatureFlagsService,
  InMemoryProviderService,
  InMemoryProviderEnum,
  StandardQueueService,
  StorageService,
  WebSocketsQueueService,
} from '@pingwell/application-generic';
import {
  DalService,
  IntegrationRepository,
  MessageRepository,
  NotificationRepository,
  SubscriberRepository,
} from '@pingwell/dal';
import { config } from '../../config';

const dalService = {
  provide: DalService,
  useFactory: async () => {
    const service = new DalService();
    await service.connect(config.MONGO_URL, {
      minPoolSize: config.MONGO_MIN_POOL_SIZE,
      maxPoolSize: config.MONGO_MAX_POOL_SIZE,
    });
    return service;
  },
};

const cacheInMemory = {
  provide: 'CACHE_IN_MEMORY_PROVIDER',
  useFactory: () =>
    new InMemoryProviderService(InMemoryProviderEnum.CACHE, {
      host: config.REDIS_CACHE_SERVICE_HOST,
      port: config.REDIS_CACHE_SERVICE_PORT,
      clusterHost: config.REDIS_CLUSTER_SERVICE_HOST,
    }),
};

const cacheService = {
  provide: CacheService,
  useFactory: (provider: InMemoryProviderService) => new CacheService(provider),
  inject: ['CACHE_IN_MEMORY_PROVIDER'],
};

const queueConnection = {
  host: config.REDIS_HOST,
  port: config.REDIS_PORT,
  password: config.REDIS_PASSWORD || undefined,
  db: config.REDIS_DB_INDEX,
};

const storageService = {
  provide: StorageService,
  useFactory: () =>
    new StorageService({
      bucket: config.S3_BUCKET_NAME,
      region: config.S3_REGION,
      endpoint: config.S3_LOCAL_STACK || undefined,
    }),
};

@Global()
@Module({
  providers: [
    dalService,
    cacheInMemory,
    cacheService,
    storageService,
    { provide: StandardQueueService, useFactory: () => new StandardQueueService(queueConnection) },
    { provide: WebSocketsQueueService, useFactory: () => new WebSocketsQueueService(queueConnection) },
    { provide: AnalyticsService, useFactory: () => new AnalyticsService(config.SEGMENT_TOKEN) },
    { provide: FeatureFlagsService, useFactory: () => new FeatureFlagsService(config.LAUNCH_DARKLY_SDK_KEY) },
    IntegrationRepository,
    MessageRepository,
    NotificationRepository,
    SubscriberRepository,
  ],
  exports: [
    DalService,
    CacheService,
    StorageService,
    StandardQueueService,
    WebSocketsQueueService,
    AnalyticsService,
    FeatureFlagsService,
    IntegrationRepository,
    MessageRepository,
    NotificationRepository,
    SubscriberRepository,
  ],
})
export class SharedModule {}
