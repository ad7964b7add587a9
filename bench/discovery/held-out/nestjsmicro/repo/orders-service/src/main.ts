import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { MicroserviceOptions, Transport } from '@nestjs/microservices';
import { AppModule } from './app.module';

async function bootstrap() {
  // Hybrid application: HTTP for /health + /metrics, RabbitMQ for commands from the
  // gateway and Kafka for payment events.
  const app = await NestFactory.create(AppModule);
  const config = app.get(ConfigService);

  app.connectMicroservice<MicroserviceOptions>({
    transport: Transport.RMQ,
    options: {
      urls: [config.get<string>('rabbitmq.url')],
      queue: config.get<string>('rabbitmq.queue'),
      queueOptions: { durable: true },
      noAck: false,
      prefetchCount: 10,
    },
  });

  app.connectMicroservice<MicroserviceOptions>({
    transport: Transport.KAFKA,
    options: {
      client: {
        clientId: `${config.get('kafka.clientId')}-consumer`,
        brokers: config.get<string[]>('kafka.brokers'),
      },
      consumer: { groupId: config.get<string>('kafka.groupId') },
    },
  });

  await app.startAllMicroservices();
  await app.listen(config.get<number>('http.port'));
  Logger.log('orders-service started (rmq + kafka + http)', 'Bootstrap');
}
bootstrap();
