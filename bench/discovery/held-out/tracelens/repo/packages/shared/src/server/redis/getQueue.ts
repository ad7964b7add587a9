import { Queue } from "bullmq";
import { QueueName } from "../queues";
import { createNewRedisInstance } from "./redis";

const queues = new Map<QueueName, Queue | null>();

const defaultJobOptions = {
  removeOnComplete: true,
  removeOnFail: 10_000,
  attempts: 5,
  backoff: { type: "exponential", delay: 5000 },
};

/**
 * Lazily creates one BullMQ producer per queue name. Used by web (ingestion, batch export)
 * and by the worker itself (trace-upsert fan-out, eval execution, posthog per-project jobs).
 */
export function getQueue(name: QueueName): Queue | null {
  if (!queues.has(name)) {
    const connection = createNewRedisInstance();
    queues.set(
      name,
      connection ? new Queue(name, { connection, prefix: "{tracelens}", defaultJobOptions }) : null,
    );
  }
  return queues.get(name) ?? null;
}
