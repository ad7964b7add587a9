import { logApp, PORT } from './config/conf';
import { searchEngineInit } from './database/engine';
import { initializeRedisClients } from './database/redis';
import { initializeBucket } from './database/file-storage';
import { metrics } from './database/rabbitmq';
import { smtpIsAlive } from './database/smtp';
import { startHttpServer } from './http/httpServer';
import telemetryManager from './manager/telemetryManager';

const checkSystemDependencies = async () => {
  await searchEngineInit();
  await initializeRedisClients();
  await initializeBucket();
  await metrics();
  await smtpIsAlive();
};

const platformStart = async () => {
  logApp.info('[OPENCTI] Starting platform');
  await checkSystemDependencies();
  await startHttpServer();
  await telemetryManager.start();
  logApp.info(`[OPENCTI] Platform ready on port ${PORT}`);
};

platformStart().catch((err) => {
  logApp.error('[OPENCTI] Platform start fail', { err });
  process.exit(1);
});
