import { Job, Processor, Worker, WorkerOptions } from "bullmq";
import { createNewRedisInstance, logger, QueueName } from "@tracelens/shared/src/server";

export class WorkerManager {
  private static workers: Partial<Record<QueueName, Worker>> = {};

  static register(queueName: QueueName, processor: Processor, options?: Partial<WorkerOptions>) {
    if (WorkerManager.workers[queueName]) return;
    const connection = createNewRedisInstance();
    if (!connection) {
      logger.error(`Redis not configured, cannot consume ${queueName}`);
      return;
    }
    const worker = new Worker(queueName, WorkerManager.metricWrapper(processor, queueName), {
      connection,
      prefix: "{tracelens}",
      ...options,
    });
    worker.on("failed", (job: Job | undefined, err: Error) =>
      logger.error(`Queue job ${job?.name} (${job?.id}) failed on ${queueName}`, err),
    );
    WorkerManager.workers[queueName] = worker;
    logger.info(`${queueName} executor started`);
  }

  private static metricWrapper(processor: Processor, queueName: QueueName): Processor {
    return async (job: Job) => {
      const start = Date.now();
      const result = await processor(job);
      logger.debug(`${queueName} processed ${job.id} in ${Date.now() - start}ms`);
      return result;
    };
  }

  static async closeWorkers() {
    await Promise.all(Object.values(WorkerManager.workers).map((w) => w?.close()));
  }
}
