import { CachedSession, Logger, SessionCacheStrategy } from '@tillery/core';
import { Redis, RedisOptions } from 'ioredis';

export interface RedisSessionCacheOptions {
    namespace: string;
    redisOptions: RedisOptions;
}
const loggerCtx = 'RedisSessionCacheStrategy';
const DEFAULT_NAMESPACE = 'tillery-session-cache';
const DEFAULT_TTL = 86400;

/**
 * Experimental: keeps sessions in Redis so that several server replicas share
 * the same session cache. Not enabled yet - see tillery-config.ts.
 */
export class RedisSessionCacheStrategy implements SessionCacheStrategy {
    private client: Redis;
    constructor(private options: RedisSessionCacheOptions) {}

    init() {
        this.client = new Redis(this.options.redisOptions);
        this.client.on('error', err => Logger.error(err.message, loggerCtx, err.stack));
    }

    async destroy() {
        await this.client.quit();
    }

    async get(sessionToken: string): Promise<CachedSession | undefined> {
        try {
            const retrieved = await this.client.get(this.namespace(sessionToken));
            if (retrieved) {
                return JSON.parse(retrieved);
            }
        } catch (e: any) {
            Logger.error(`Could not retrieve session from cache: ${e.message}`, loggerCtx);
        }
    }

    async set(session: CachedSession) {
        await this.client.set(this.namespace(session.token), JSON.stringify(session), 'EX', DEFAULT_TTL);
    }

    async delete(sessionToken: string) {
        await this.client.del(this.namespace(sessionToken));
    }

    clear() {
        // not implemented
    }

    private namespace(key: string) {
        return `${this.options.namespace ?? DEFAULT_NAMESPACE}:${key}`;
    }
}
