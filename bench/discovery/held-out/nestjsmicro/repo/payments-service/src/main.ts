import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MicroserviceOptions, Transport } from '@nestjs/microservices';
import { AppModule } from './app.module';

async function bootstrap() {
  const brokers = (process.env.KAFKA_BROKERS ?? 'localhost:9092').split(',');
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(AppModule, {
    transport: Transport.KAFKA,
    options: {
      client: { clientId: 'payments-service', brokers },
      consumer: { groupId: 'payments-service-consumer', allowAutoTopicCreation: true },
    },
  });
  await app.listen();
  Logger.log(`payments-service consuming from ${brokers.join(',')}`, 'Bootstrap');
}
bootstrap();
