import "./instrumentation";
import { logger } from "@tracelens/shared/src/server";
import { env } from "./env";
import { app } from "./app";
import { WorkerManager } from "./queues/workerManager";
import { registerQueueConsumers } from "./queues";

const server = app.listen(env.PORT, env.HOSTNAME, () => {
  logger.info(`Tracelens worker listening on http://${env.HOSTNAME}:${env.PORT}`);
});

registerQueueConsumers();

const shutdown = async (signal: string) => {
  logger.info(`${signal} received, draining workers`);
  await WorkerManager.closeWorkers();
  server.close(() => process.exit(0));
};
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
