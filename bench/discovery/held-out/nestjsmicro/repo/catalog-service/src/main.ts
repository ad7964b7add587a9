import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MicroserviceOptions, Transport } from '@nestjs/microservices';
import { AppModule } from './app.module';

async function bootstrap() {
  const servers = (process.env.NATS_SERVERS ?? 'nats://localhost:4222').split(',');
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(AppModule, {
    transport: Transport.NATS,
    options: {
      servers,
      queue: 'catalog', // queue group: replicas share the load
    },
  });
  await app.listen();
  Logger.log(`catalog-service subscribed on ${servers.join(', ')}`, 'Bootstrap');
}
bootstrap();
