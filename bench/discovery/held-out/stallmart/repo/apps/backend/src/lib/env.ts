type WorkerMode = "shared" | "worker" | "server"

export function workerMode(): WorkerMode {
  const mode = (process.env.MEDUSA_WORKER_MODE || "shared").toLowerCase()
  if (mode === "worker" || mode === "server") {
    return mode
  }
  return "shared"
}

export type RedisSettings = {
  sessionUrl?: string
  cacheUrl?: string
  eventsUrl?: string
  workflowUrl?: string
}

/**
 * All redis usages share one instance in our deployments, separated by logical DB.
 * The dedicated *_REDIS_URL variables win when set, REDIS_URL is the fallback.
 */
export function readRedisSettings(): RedisSettings {
  const base = process.env.REDIS_URL
  return {
    sessionUrl: base,
    cacheUrl: process.env.CACHE_REDIS_URL || base,
    eventsUrl: process.env.EVENTS_REDIS_URL || base,
    workflowUrl: process.env.WE_REDIS_URL || base,
  }
}

export function storefrontUrl(path = ""): string {
  const base = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/$/, "")
  return `${base}${path}`
}
