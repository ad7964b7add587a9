export * as db from "./db"
export * as redis from "./redis/init"
export * as cache from "./cache/appMetadata"
export * as sessions from "./auth/sessions"
export * as objectStore from "./objectStore/objectStore"
export * as queue from "./queue/queue"
export * as analytics from "./events/analytics"
export { logger, pinoSettings } from "./logging/pino"
export { default as env, setEnv } from "./environment"

import * as redis from "./redis/init"
import * as queue from "./queue/queue"
import * as analytics from "./events/analytics"

export async function init() {
  await redis.getSessionClient()
}

export async function shutdown() {
  await queue.shutdown()
  await redis.shutdown()
  await analytics.shutdown()
}
