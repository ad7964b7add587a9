import BullQueue, { Queue, QueueOptions } from "bull"
import env from "../environment"
import { getRedisOptions } from "../redis/redis"

export enum JobQueue {
  AUTOMATION = "appAutomationQueue",
  APP_BACKUP = "appBackupQueue",
  AUDIT_LOG = "auditLogQueue",
}

const QUEUES: Queue[] = []
const CLEANUP_PERIOD_MS = 60 * 1000

export function createQueue<T>(jobQueue: JobQueue, opts: { removeStalledCb?: any } = {}): Queue<T> {
  const { opts: redisOpts, redisProtocolUrl } = getRedisOptions()
  const queueConfig: QueueOptions = {
    redis: redisProtocolUrl || redisOpts,
    settings: {
      maxStalledCount: 0,
      lockDuration: 5 * 60 * 1000,
    },
  }
  if (env.isTest()) {
    // in-memory queue for tests
    const { InMemoryQueue } = require("./inMemoryQueue")
    return new InMemoryQueue(jobQueue, queueConfig) as any
  }
  const queue: Queue<T> = new BullQueue(jobQueue, queueConfig)
  const interval = setInterval(() => queue.clean(CLEANUP_PERIOD_MS, "completed"), CLEANUP_PERIOD_MS)
  queue.on("error", err => console.error(`${jobQueue} error`, err))
  queue.on("failed", (job, err) => console.warn(`${jobQueue} job ${job.id} failed`, err.message))
  queue.on("close", () => clearInterval(interval))
  QUEUES.push(queue)
  return queue
}

export async function shutdown() {
  for (const queue of QUEUES) {
    await queue.close()
  }
  console.log("Queues shutdown")
}
