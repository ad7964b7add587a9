import './config';
import { NestFactory } from '@nestjs/core';
import { ValidationPipe } from '@nestjs/common';
import { initTracing } from '@pingwell/application-generic';
import { AppModule } from './app.module';
import { config } from './config';

async function bootstrap() {
  initTracing('pingwell-api');

  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  app.setGlobalPrefix('v1');
  app.enableCors({
    origin: config.NODE_ENV === 'production' ? [config.FRONT_BASE_URL] : true,
    credentials: true,
  });
  app.useGlobalPipes(new ValidationPipe({ transform: true, forbidUnknownValues: false }));
  app.enableShutdownHooks();

  await app.listen(config.PORT);
  // eslint-disable-next-line no-console
  console.log(`pingwell api listening on ${config.PORT}`);
}

bootstrap();
