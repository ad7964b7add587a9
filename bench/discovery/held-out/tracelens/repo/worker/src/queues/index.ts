import { getQueue, QueueJobs, QueueName } from "@tracelens/shared/src/server";
import { env } from "../env";
import { WorkerManager } from "./workerManager";
import { ingestionQueueProcessor } from "./ingestionQueue";
import { traceUpsertProcessor, evalJobExecutorProcessor } from "./evalQueue";
import { handleBatchExportJob } from "../features/batchExport/handleBatchExportJob";
import { postHogIntegrationProcessor, postHogIntegrationProcessingProcessor } from "./postHogIntegrationQueue";

/** Each consumer can be switched off per deployment (e.g. dedicated ingestion workers). */
export function registerQueueConsumers() {
  if (env.QUEUE_CONSUMER_INGESTION_QUEUE_IS_ENABLED === "true") {
    WorkerManager.register(QueueName.IngestionQueue, ingestionQueueProcessor, {
      concurrency: env.TRACELENS_INGESTION_QUEUE_PROCESSING_CONCURRENCY,
    });
  }
  if (env.QUEUE_CONSUMER_TRACE_UPSERT_QUEUE_IS_ENABLED === "true") {
    WorkerManager.register(QueueName.TraceUpsert, traceUpsertProcessor, { concurrency: 25 });
  }
  if (env.QUEUE_CONSUMER_EVAL_EXECUTION_QUEUE_IS_ENABLED === "true") {
    WorkerManager.register(QueueName.EvaluationExecution, evalJobExecutorProcessor, {
      concurrency: env.TRACELENS_EVAL_EXECUTION_WORKER_CONCURRENCY,
      limiter: { max: 100, duration: 60_000 },
    });
  }
  if (env.QUEUE_CONSUMER_BATCH_EXPORT_QUEUE_IS_ENABLED === "true") {
    WorkerManager.register(QueueName.BatchExport, (job) => handleBatchExportJob(job.data), { concurrency: 1, lockDuration: 60_000 });
  }
  if (env.QUEUE_CONSUMER_POSTHOG_INTEGRATION_QUEUE_IS_ENABLED === "true") {
    // hourly scheduler job; fans out one processing job per enabled project
    void getQueue(QueueName.PostHogIntegrationQueue)?.add(
      QueueJobs.PostHogIntegrationJob,
      {},
      { repeat: { pattern: "30 * * * *" }, jobId: "posthog-integration-scheduler" },
    );
    WorkerManager.register(QueueName.PostHogIntegrationQueue, postHogIntegrationProcessor, { concurrency: 1 });
    WorkerManager.register(QueueName.PostHogIntegrationProcessingQueue, postHogIntegrationProcessingProcessor, {
      concurrency: 1,
    });
  }
}
