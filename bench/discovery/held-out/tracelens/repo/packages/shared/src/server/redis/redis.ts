import Redis, { Cluster, type RedisOptions } from "ioredis";
import { env } from "../../env";
import { logger } from "../logger";

const defaultRedisOptions: Partial<RedisOptions> = {
  maxRetriesPerRequest: null, // required by BullMQ
  enableAutoPipelining: true,
  keyPrefix: env.REDIS_KEY_PREFIX,
};

/**
 * Connection precedence:
 *   1. REDIS_CLUSTER_ENABLED + REDIS_CLUSTER_NODES
 *   2. REDIS_CONNECTION_STRING (redis:// or rediss://)
 *   3. REDIS_HOST / REDIS_PORT / REDIS_AUTH
 */
export const createNewRedisInstance = (additionalOptions: Partial<RedisOptions> = {}) => {
  const options = { ...defaultRedisOptions, ...additionalOptions };

  if (env.REDIS_CLUSTER_ENABLED === "true" && env.REDIS_CLUSTER_NODES) {
    const nodes = env.REDIS_CLUSTER_NODES.split(",").map((n) => {
      const [host, port] = n.trim().split(":");
      return { host, port: Number(port ?? 6379) };
    });
    return new Cluster(nodes, { redisOptions: { ...options, password: env.REDIS_AUTH ?? undefined } });
  }

  const instance = env.REDIS_CONNECTION_STRING
    ? new Redis(env.REDIS_CONNECTION_STRING, options)
    : env.REDIS_HOST
      ? new Redis({
          host: String(env.REDIS_HOST),
          port: Number(env.REDIS_PORT),
          password: String(env.REDIS_AUTH),
          tls: env.REDIS_TLS_ENABLED === "true" ? {} : undefined,
          ...options,
        })
      : null;

  instance?.on("error", (err) => logger.error("Redis connection error", err));
  return instance;
};

const globalForRedis = globalThis as unknown as { redis?: Redis | Cluster | null };
export const redis = globalForRedis.redis ?? createNewRedisInstance();
if (env.NODE_ENV !== "production") globalForRedis.redis = redis;
