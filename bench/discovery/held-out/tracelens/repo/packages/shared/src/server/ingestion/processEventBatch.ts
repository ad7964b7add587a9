import { randomUUID } from "crypto";
import { env } from "../../env";
import { getQueue } from "../redis/getQueue";
import { QueueJobs, QueueName } from "../queues";
import { StorageServiceFactory } from "../services/StorageService";
import { logger } from "../logger";

let eventStorage: ReturnType<typeof StorageServiceFactory.getInstance> | undefined;
const getEventStorage = () =>
  (eventStorage ??= StorageServiceFactory.getInstance({
    bucketName: env.TRACELENS_S3_EVENT_UPLOAD_BUCKET,
    accessKeyId: env.TRACELENS_S3_EVENT_UPLOAD_ACCESS_KEY_ID,
    secretAccessKey: env.TRACELENS_S3_EVENT_UPLOAD_SECRET_ACCESS_KEY,
    endpoint: env.TRACELENS_S3_EVENT_UPLOAD_ENDPOINT,
    region: env.TRACELENS_S3_EVENT_UPLOAD_REGION,
    forcePathStyle: env.TRACELENS_S3_EVENT_UPLOAD_FORCE_PATH_STYLE === "true",
  }));

export type IngestionEvent = { id: string; type: string; timestamp: string; body: { id?: string } & Record<string, unknown> };

/**
 * Write-ahead: every event is persisted to S3 first, then a small pointer job is
 * enqueued. The worker reads the file back and writes to ClickHouse.
 */
export async function processEventBatch(events: IngestionEvent[], projectId: string) {
  const queue = getQueue(QueueName.IngestionQueue);
  if (!queue) throw new Error("Ingestion queue not available: Redis is not configured");

  const results = await Promise.allSettled(
    events.map(async (event) => {
      const eventBodyId = event.body.id ?? randomUUID();
      const fileKey = `${env.TRACELENS_S3_EVENT_UPLOAD_PREFIX}${projectId}/${event.type}/${eventBodyId}/${event.id}.json`;
      await getEventStorage().uploadJson(fileKey, event);
      await queue.add(
        QueueJobs.IngestionJob,
        { authCheck: { scope: { projectId } }, data: { type: event.type, eventBodyId, fileKey } },
        { delay: 5000 },
      );
      return event.id;
    }),
  );

  const errors = results.filter((r) => r.status === "rejected");
  if (errors.length) logger.error(`Failed to process ${errors.length} events`);
  return { successes: results.length - errors.length, errors: errors.length };
}
