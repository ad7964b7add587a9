import { Config, Env, Nested } from '../decorators';

@Config
class MemoryConfig {
	@Env('NODELOOM_CACHE_MEMORY_MAX_SIZE')
	maxSize: number = 3 * 1024 * 1024;

	@Env('NODELOOM_CACHE_MEMORY_TTL')
	ttl: number = 3600 * 1000;
}

@Config
class RedisConfig {
	/** Prefix for cache keys in Redis (connection settings are shared with the queue). */
	@Env('NODELOOM_CACHE_REDIS_KEY_PREFIX')
	prefix: string = 'cache';

	@Env('NODELOOM_CACHE_REDIS_TTL')
	ttl: number = 3600 * 1000;
}

@Config
export class CacheConfig {
	/** Backend for the cache. `auto` = redis in queue mode, memory otherwise. */
	@Env('NODELOOM_CACHE_BACKEND')
	backend: 'memory' | 'redis' | 'auto' = 'auto';

	@Nested
	memory: MemoryConfig;

	@Nested
	redis: RedisConfig;
}
