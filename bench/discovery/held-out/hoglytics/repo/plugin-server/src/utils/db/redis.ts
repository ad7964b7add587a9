import { createPool, Pool as GenericPool } from 'generic-pool'
import Redis, { RedisOptions } from 'ioredis'

import { PluginsServerConfig } from '../../types'

export async function createRedis(config: PluginsServerConfig, kind: 'main' | 'ingestion' = 'main'): Promise<Redis> {
    const options: RedisOptions = { maxRetriesPerRequest: -1 as any }
    // The ingestion Redis (overflow detection, person locks) may be a separate instance
    const redis =
        kind === 'ingestion' && config.INGESTION_REDIS_HOST
            ? new Redis(config.INGESTION_REDIS_PORT, config.INGESTION_REDIS_HOST, options)
            : new Redis(config.REDIS_URL, options)
    redis.on('error', (error) => console.error('🔴 Redis error', error))
    await redis.info()
    return redis
}

export function createRedisPool(config: PluginsServerConfig, kind: 'main' | 'ingestion' = 'main'): GenericPool<Redis> {
    return createPool<Redis>(
        {
            create: () => createRedis(config, kind),
            destroy: async (client) => {
                await client.quit()
            },
        },
        { min: config.REDIS_POOL_MIN_SIZE, max: config.REDIS_POOL_MAX_SIZE, autostart: true }
    )
}

export async function withRedis<T>(pool: GenericPool<Redis>, fn: (client: Redis) => Promise<T>): Promise<T> {
    const client = await pool.acquire()
    try {
        return await fn(client)
    } finally {
        await pool.release(client)
    }
}
