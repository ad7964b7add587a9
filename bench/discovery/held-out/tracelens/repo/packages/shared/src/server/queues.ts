export enum QueueName {
  IngestionQueue = "ingestion-queue",
  TraceUpsert = "trace-upsert",
  EvaluationExecution = "evaluation-execution-queue",
  BatchExport = "batch-export-queue",
  PostHogIntegrationQueue = "posthog-integration-queue",
  PostHogIntegrationProcessingQueue = "posthog-integration-processing-queue",
}

export enum QueueJobs {
  IngestionJob = "ingestion-job",
  TraceUpsert = "trace-upsert",
  EvaluationExecution = "evaluation-execution-job",
  BatchExportJob = "batch-export-job",
  PostHogIntegrationJob = "posthog-integration-job",
  PostHogIntegrationProcessingJob = "posthog-integration-processing-job",
}

export type IngestionEventQueuePayload = {
  authCheck: { scope: { projectId: string } };
  data: { type: string; eventBodyId: string; fileKey: string };
};
