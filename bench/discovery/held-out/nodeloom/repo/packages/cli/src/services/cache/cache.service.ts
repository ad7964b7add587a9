import { GlobalConfig } from '@nodeloom/config';
import { caching } from 'cache-manager';
import type { MemoryCache } from 'cache-manager';
import { Service } from 'typedi';

import { RedisClientService } from '@/services/redis-client.service';
import type { Cluster, Redis } from 'ioredis';
import type { Cache, Store, Config as CacheManagerConfig } from 'cache-manager';

export type RedisStore = Store & {
	client: Redis | Cluster;
	hset(key: string, value: Record<string, unknown>): Promise<void>;
};
export type RedisCache = Cache<RedisStore>;

/** Adapts an existing ioredis client to the cache-manager Store interface. */
export function redisStoreUsingClient(
	redisCache: Redis | Cluster,
	options: CacheManagerConfig & { keyPrefix?: string },
): RedisStore {
	const prefix = options.keyPrefix ?? '';
	const p = (key: string) => `${prefix}${key}`;

	return {
		name: 'redis',
		client: redisCache,
		async get<T>(key: string) {
			const val = await redisCache.get(p(key));
			return val === undefined || val === null ? undefined : (JSON.parse(val) as T);
		},
		async set(key, value, ttl) {
			const t = ttl ?? options.ttl;
			if (t) await redisCache.set(p(key), JSON.stringify(value), 'PX', t);
			else await redisCache.set(p(key), JSON.stringify(value));
		},
		async mset() {},
		async mget() { return []; },
		async del(key) { await redisCache.del(p(key)); },
		async mdel(...keys) { await redisCache.del(keys.map(p)); },
		async reset() {},
		async keys(pattern = '*') { return await redisCache.keys(p(pattern)); },
		async ttl(key) { return await redisCache.pttl(p(key)); },
		async hset(key, value) {
			await redisCache.hset(p(key), Object.fromEntries(Object.entries(value).map(([k, v]) => [k, JSON.stringify(v)])));
		},
	} as RedisStore;
}

type TaggedRedisCache = RedisCache & { kind: 'redis' };
type TaggedMemoryCache = MemoryCache & { kind: 'memory' };

/**
 * Cache for workflow ownership, webhooks, variables and project relations.
 * Uses Redis when in queue mode (shared by main, webhook processors and workers), memory otherwise.
 */
@Service()
export class CacheService {
	private cache: TaggedRedisCache | TaggedMemoryCache;

	constructor(
		private readonly globalConfig: GlobalConfig,
		private readonly redisClientService: RedisClientService,
	) {}

	async init() {
		const { backend } = this.globalConfig.cache;
		const mode = this.globalConfig.executionsMode;

		const useRedis = backend === 'redis' || (backend === 'auto' && mode === 'queue');

		if (useRedis) {
			const { ttl, prefix } = this.globalConfig.cache.redis;
			const redisClient = this.redisClientService.createClient({ type: 'cache(nodeloom)' });
			const keyPrefix = this.redisClientService.toValidPrefix(`${this.globalConfig.queue.bull.prefix}:${prefix}:`);

			const redisStore = redisStoreUsingClient(redisClient, { ttl, keyPrefix });
			const redisCache = await caching(redisStore, { ttl });
			this.cache = { ...redisCache, kind: 'redis' };
			return;
		}

		const { maxSize, ttl } = this.globalConfig.cache.memory;
		const memoryCache = await caching('memory', { ttl, maxSize, sizeCalculation: (v) => JSON.stringify(v).length });
		this.cache = { ...memoryCache, kind: 'memory' };
	}

	isRedis() {
		return this.cache.kind === 'redis';
	}

	async get<T = unknown>(key: string): Promise<T | undefined> {
		return await this.cache.store.get(key);
	}

	async set(key: string, value: unknown, ttl?: number) {
		await this.cache.store.set(key, value, ttl);
	}

	async delete(key: string) {
		await this.cache.store.del(key);
	}

	async setHash(key: string, hash: Record<string, unknown>) {
		if (this.cache.kind === 'redis') {
			await this.cache.store.hset(key, hash);
			return;
		}
		const existing = (await this.get<Record<string, unknown>>(key)) ?? {};
		await this.set(key, { ...existing, ...hash });
	}
}
