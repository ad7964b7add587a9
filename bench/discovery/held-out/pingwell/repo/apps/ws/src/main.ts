import './config/env.validators';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { DalService, MessageRepository, SubscriberRepository } from '@pingwell/dal';
import { config } from './config/env.validators';
import { RedisIoAdapter } from './shared/framework/redis.adapter';
import { WSGateway } from './socket/ws.gateway';
import { WebSocketWorker } from './socket/services/web-socket.worker';

@Module({
  imports: [JwtModule.register({ secret: config.JWT_SECRET })],
  providers: [
    {
      provide: DalService,
      useFactory: async () => {
        const dal = new DalService();
        await dal.connect(config.MONGO_URL, { maxPoolSize: 20 });
        return dal;
      },
    },
    MessageRepository,
    SubscriberRepository,
    WSGateway,
    WebSocketWorker,
  ],
})
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  const adapter = new RedisIoAdapter(app);
  await adapter.connectToRedis();
  app.useWebSocketAdapter(adapter);
  app.enableShutdownHooks();
  await app.listen(config.PORT);
}

bootstrap();
