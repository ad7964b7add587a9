import * as appInsights from 'applicationinsights';
import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import Router from 'koa-router';
import pino from 'pino';
import { loadSettings } from './config';
import { PackageRepository } from './db/repository';
import { packageRoutes } from './routes/packages';

const settings = loadSettings();
const logger = pino({ level: settings.logLevel });

if (settings.instrumentationKey) {
  appInsights.setup(settings.instrumentationKey).setAutoCollectRequests(true).setAutoCollectDependencies(true).start();
}

async function main(): Promise<void> {
  const repo = new PackageRepository(settings.connectionString, settings.dbName, settings.collectionName);
  await repo.connect();

  const app = new Koa();
  const health = new Router();
  health.get('/healthz', (ctx) => {
    ctx.body = 'ok';
  });

  app.use(bodyParser());
  app.use(health.routes());
  const api = packageRoutes(repo);
  app.use(api.routes()).use(api.allowedMethods());

  app.listen(settings.port, () => logger.info(`package service listening on ${settings.port}`));
}

main().catch((err) => {
  logger.error(err, 'package service failed to start');
  process.exit(1);
});
