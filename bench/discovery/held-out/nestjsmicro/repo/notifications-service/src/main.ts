import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  // Pure queue worker; the tiny HTTP server only exposes /health and /metrics.
  const app = await NestFactory.create(AppModule);
  app.enableShutdownHooks();
  const port = parseInt(process.env.PORT ?? '3005', 10);
  await app.listen(port);
  Logger.log(`notifications-service worker up (http :${port})`, 'Bootstrap');
}
bootstrap();
