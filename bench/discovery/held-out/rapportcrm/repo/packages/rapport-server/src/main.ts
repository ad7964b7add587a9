import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';

import * as Sentry from '@sentry/node';
import { graphqlUploadExpress } from 'graphql-upload';
import bytes from 'bytes';
import { useContainer } from 'class-validator';
import session from 'express-session';

import { LoggerService } from 'src/engine/core-modules/logger/logger.service';
import { ApplyCorsToExceptions } from 'src/utils/apply-cors-to-exceptions';
import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { getSessionStorageOptions } from 'src/engine/core-modules/session-storage/session-storage.module-factory';

import { AppModule } from './app.module';
import './instrument';

const bootstrap = async () => {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    cors: true,
    bufferLogs: process.env.LOGGER_IS_BUFFER_ENABLED === 'true',
    rawBody: true,
    snapshot: process.env.DEBUG_MODE === 'true',
  });
  const logger = app.get(LoggerService);
  const environmentService = app.get(EnvironmentService);

  // TODO: Double check this as it's not working for now, it's going to be heplful for durable trees in rapport "orm"
  // // Apply context id strategy for durable trees
  // ContextIdFactory.apply(new AggregateByWorkspaceContextIdStrategy());

  // Apply class-validator container so that we can use injection in validators
  useContainer(app.select(AppModule), { fallbackOnErrors: true });

  // Use our logger
  app.useLogger(logger);

  app.useGlobalFilters(new ApplyCorsToExceptions());

  app.use(
    graphqlUploadExpress({
      maxFieldSize: bytes(environmentService.get('API_MAX_FIELD_SIZE'))!,
      maxFiles: 10,
    }),
  );

  // Create the env-config.js of the front at runtime
  generateFrontConfig();

  // Enable session - Today it's used only for SSO
  // Redis-backed when CACHE_STORAGE_TYPE=redis (see session-storage.module-factory)
  if (environmentService.get('AUTH_SSO_ENABLED')) {
    app.use(session(getSessionStorageOptions(environmentService)));
  }

  await app.listen(process.env.PORT ?? 3000);
};

const generateFrontConfig = () => {
  // writes dist/front/env-config.js with REACT_APP_SERVER_BASE_URL = SERVER_URL
};

if (process.env.EXCEPTION_HANDLER_DRIVER === 'sentry') {
  Sentry.setTag('process', 'server');
}

bootstrap();
