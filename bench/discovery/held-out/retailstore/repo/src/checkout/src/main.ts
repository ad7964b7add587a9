import { Logger, ValidationPipe } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.useGlobalPipes(new ValidationPipe({ transform: true, whitelist: true }));
  app.enableShutdownHooks();
  const port = app.get(ConfigService).get<number>('port', 8080);
  await app.listen(port);
  Logger.log(`checkout listening on ${port}`, 'Bootstrap');
}

void bootstrap();
