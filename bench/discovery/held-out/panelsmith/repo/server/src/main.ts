import { NestFactory } from '@nestjs/core';
import { ValidationPipe, Logger } from '@nestjs/common';
import * as Sentry from '@sentry/node';
import { loadEnv, isWorkerRole } from './helpers/env';
import { AppModule } from './app.module';
import { RedisIoAdapter } from './modules/multiplayer/redis-io.adapter';
import { startTracing } from './config/tracing';

loadEnv();

async function bootstrap() {
  startTracing();

  if (process.env.SENTRY_DSN) {
    Sentry.init({
      dsn: process.env.SENTRY_DSN,
      environment: process.env.NODE_ENV,
      tracesSampleRate: 0.1,
    });
  }

  const app = await NestFactory.create(AppModule.register({ worker: isWorkerRole() }), {
    bufferLogs: true,
  });
  const logger = new Logger('Bootstrap');

  app.setGlobalPrefix('api', { exclude: ['/', 'health'] });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, transform: true }));
  app.enableCors({ origin: process.env.PANELSMITH_HOST, credentials: true });

  if (!isWorkerRole()) {
    const adapter = new RedisIoAdapter(app);
    await adapter.connectToRedis();
    app.useWebSocketAdapter(adapter);
  }

  const port = parseInt(process.env.PORT || '3000', 10);
  await app.listen(port, '0.0.0.0');
  logger.log(`Panelsmith ${isWorkerRole() ? 'workflow worker' : 'server'} listening on :${port}`);
}

bootstrap();
