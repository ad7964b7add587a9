import { Job } from "bullmq";
import {
  getQueue,
  IngestionEventQueuePayload,
  logger,
  QueueJobs,
  QueueName,
  StorageServiceFactory,
  upsertObservations,
  upsertTraces,
} from "@tracelens/shared/src/server";
import { env } from "../env";

const eventStorage = StorageServiceFactory.getInstance({
  bucketName: env.TRACELENS_S3_EVENT_UPLOAD_BUCKET,
  accessKeyId: env.TRACELENS_S3_EVENT_UPLOAD_ACCESS_KEY_ID,
  secretAccessKey: env.TRACELENS_S3_EVENT_UPLOAD_SECRET_ACCESS_KEY,
  endpoint: env.TRACELENS_S3_EVENT_UPLOAD_ENDPOINT,
  region: env.TRACELENS_S3_EVENT_UPLOAD_REGION,
  forcePathStyle: env.TRACELENS_S3_EVENT_UPLOAD_FORCE_PATH_STYLE === "true",
});

export const ingestionQueueProcessor = async (job: Job<IngestionEventQueuePayload>) => {
  const { projectId } = job.data.authCheck.scope;
  const { type, eventBodyId, fileKey } = job.data.data;

  const event = JSON.parse(await eventStorage.download(fileKey));
  const now = new Date().toISOString().replace("T", " ").replace("Z", "");

  if (type.startsWith("trace-")) {
    await upsertTraces([{ ...event.body, id: eventBodyId, project_id: projectId, event_ts: now, is_deleted: 0 } as never]);
    // trace changed -> evaluate eval job configurations
    await getQueue(QueueName.TraceUpsert)?.add(QueueJobs.TraceUpsert, { projectId, traceId: eventBodyId });
  } else if (["span-create", "span-update", "generation-create", "generation-update", "event-create"].includes(type)) {
    await upsertObservations([{ ...event.body, id: eventBodyId, project_id: projectId, event_ts: now, is_deleted: 0 }]);
  } else {
    logger.warn(`Unknown ingestion event type ${type}`);
  }
};
