import './config/env.validators';
import { NestFactory } from '@nestjs/core';
import { initTracing } from '@pingwell/application-generic';
import { WorkflowModule } from './app/workflow/workflow.module';
import { config } from './config/env.validators';

async function bootstrap() {
  initTracing('pingwell-worker');
  const app = await NestFactory.create(WorkflowModule);
  app.setGlobalPrefix('v1');
  app.enableShutdownHooks();
  // Only /v1/health-check is served; jobs arrive through BullMQ.
  await app.listen(config.PORT);
}

bootstrap();
